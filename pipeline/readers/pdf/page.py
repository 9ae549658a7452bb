"""Opening a PDF and reading each page once through pypdfium2: characters, fonts, rulings, the text-layer check.

A page is read in two halves.  The pdfium half asks the page for its display transform, its ruling
segments (pipeline.readers.pdf.rulings) and its characters with their loose boxes, and checks that the
text layer is usable; compose_page then builds the page's table parts and lines from those characters and
rulings alone (no pdfium), so any other source of characters in display space can be composed the same way.

All distances are PDF points (1/72 inch) in display space: origin at the top-left of the page as it is
shown (after /Rotate), y growing downwards.
"""
from __future__ import annotations

import ctypes
import math
import re
import threading
from dataclasses import dataclass, field
from itertools import compress
from typing import Optional

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.layout import Issue, UnreadableDocument
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.pdf.grid import FINDER_ERRORS, TablePart, assign_chars, find_tables
from pipeline.readers.pdf.imaged import image_edges
from pipeline.readers.pdf.lines import FontSize, chars_to_lines
from pipeline.readers.pdf.open_pages import mark_inferred
from pipeline.readers.pdf.open_tables import open_table_borders
from pipeline.readers.pdf.opening import check_file, content_box, fix_page_box, open_document, page_box
from pipeline.readers.pdf.rulings import TooManyObjects, page_paths
from pipeline.readers.pdf.scanned import read_by_ocr, reread_garbled, wants_ocr
from pipeline.readers.pdf.selfcheck import TextCheck, check_page

__all__ = ["check_file"]  # check_file is the page module's public name since the package was split

# --- characters and fonts ---------------------------------------------------------------------------
LOOSE_BOX_MIN_HEIGHT = 0.5  # characters whose loose box is flatter than this are invisible artefacts
FONT_NAME_BUF = 256  # buffer size for font names
BOLD_WEIGHT = 600  # font weight from which a font counts as bold
MATRIX_SCALE_TOL = 0.05  # a text matrix scaling glyphs by more than this (5 %) changes the font size as drawn

# --- text layer -------------------------------------------------------------------------------------
BAD_CHAR_RATIO = 0.2  # more unmapped glyphs than this on a page = unusable text layer
MIN_LETTER_RATIO = 0.3  # fewer letters and digits than this among characters = garbage text layer
OUTLINED_TEXT_MIN_PATHS = 200  # a page without characters but this many paths probably has outlined text
# --- bounds -----------------------------------------------------------------------------------------
MAX_PAGE_OBJECTS = 100_000  # drawing objects of a page, forms' included; a ruled report page has a few thousand
MAX_PAGE_CHARS = 200_000  # characters of a page; a dense page has about 5,000

_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
# code points that need a closer look: controls and spaces, ligatures, pdfium's hyphen and unmapped-glyph marks
_SPECIAL_CHAR = re.compile("[\x00- \ufb00-\ufb06\ufffd-\U0010ffff]")
PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe: every use of it holds this lock


@dataclass
class Page:
    """What one page contributes: prose lines, table parts, and the health of its text layer."""

    number: int
    width: float
    height: float
    lines: list  # prose Line outside tables, top to bottom
    parts: list  # TablePart, top to bottom
    n_chars: int = 0
    unusable: bool = False
    note: str = ""
    ocr: object = None  # the page's OcrPage when it was read by OCR
    check: TextCheck | None = None  # the self-check of its text layer (pipeline.readers.pdf.selfcheck)
    boxes: list = field(default_factory=list)  # (x0, top, x1, bottom) of ruled boxes standing alone, text in lines


# ==================================================================================================
# The file
# ==================================================================================================
def open_pdf(path: str) -> pdfium.PdfDocument:
    """Open with pdfium (repaired by qpdf where needed), translating its errors."""
    return open_document(path)[0]


def read_pages(path: str, ocr: OcrOptions | None = None, issues: Optional[list[Issue]] = None) -> list[Page]:
    """Open the PDF with pdfium and read every page, releasing each page as soon as it is read.

    A repair by qpdf is told in `issues` (`document_repaired`)."""
    with PDFIUM_LOCK:
        doc, repaired = open_document(path)
        if repaired and issues is not None:
            issues.append(Issue("document_repaired", repaired))
        try:
            return [read_page(doc, i, ocr) for i in range(len(doc))]
        except (pdfium.PdfiumError, OSError, ValueError) as exc:
            raise UnreadableDocument(f"the PDF is damaged and its pages cannot be read ({exc})") from exc
        finally:
            doc.close()


# ==================================================================================================
# One page
# ==================================================================================================
def read_page(doc: pdfium.PdfDocument, index: int, ocr: OcrOptions | None = None) -> Page:
    """Read one page's characters and rulings, check its text layer, compose its lines and tables; release it.

    A page whose text layer is missing or unusable comes back flagged (unusable, note) with no lines."""
    number = index + 1
    page = doc[index]
    try:
        fix_page_box(page)
        to_display, width, height = display_transform(page)
        textpage = page.get_textpage()
        try:
            if textpage.count_chars() > MAX_PAGE_CHARS:
                out = Page(number, width, height, [], [], unusable=True,
                           note=f"the page holds {textpage.count_chars():,} characters (more than {MAX_PAGE_CHARS:,})")
                return out
            chars, n_bad, n_letters, n_outside, text = _page_chars(textpage, to_display, width, height)
            if n_outside > len(chars) / 2:  # most characters beside the box the page draws: read them where they are
                to_display, width, height = display_transform(page, content_box(page, MAX_PAGE_OBJECTS))
                chars, n_bad, n_letters, _, text = _page_chars(textpage, to_display, width, height)
            out = Page(number, width, height, [], [])
            clipped: list = []
            try:
                n_images, n_paths, edges = page_paths(page, to_display, MAX_PAGE_OBJECTS, clipped)
            except TooManyObjects as exc:
                n_images, n_paths, edges = 0, 0, []
                out.note = (f"page {number} draws {exc} objects (more than {MAX_PAGE_OBJECTS:,}): its tables were "
                            "not rebuilt; read as text")
            if clipped:
                chars = _visible(textpage, chars, clipped)
            out.n_chars = len(chars) + n_bad
            unusable = _text_unusable(out, chars, n_bad, n_letters, n_images, n_paths)
            if ocr is not None and wants_ocr(ocr, out, bool(chars or n_images)):
                read_by_ocr(page, out, ocr, compose_page)
                return out
            if unusable:
                return out
            ruled = image_edges(page, width, height, n_images, edges)  # a scan under a text layer: its rulings
            compose_page(out, chars, ruled, _font_sizes(textpage))
            for part in out.parts if ruled is not edges else []:
                part.from_image = True
            _font_weights(textpage, out)
            out.check = check_page(out, text, chars)
            if out.check.garbled and ocr is not None:
                reread_garbled(page, out, ocr, compose_page)
        finally:
            textpage.close()
    finally:
        page.close()
    return out


def compose_page(out: Page, chars: list[tuple], edges: list[dict], font_size: FontSize | None = None) -> None:
    """Lay a page out from its characters and rulings: table parts with their cells' lines, and the prose lines.

    font_size gives a character's font size by its index (sizes are estimated from the boxes without it)."""
    try:
        inferred = open_table_borders(edges, chars)
    except FINDER_ERRORS as exc:
        inferred = []
        out.note = f"the columns of a table on page {out.number} without vertical rulings could not be inferred ({exc})"
    parts = _find_tables_safely(edges + inferred, out, out.boxes)
    mark_inferred(parts, inferred)
    prose = assign_chars(chars, parts)
    out.lines = chars_to_lines(prose, out.number, font_size)
    for part in parts:
        for cell in part.cells:
            cell.lines = chars_to_lines(cell.lines, out.number, font_size)
    out.parts = [p for p in parts if any(c.lines for c in p.cells)]  # ruled but empty: a drawing


def _find_tables_safely(edges: list[dict], page: Page, boxes: list | None = None) -> list[TablePart]:
    """Tables of a page; if the ruling geometry defeats the table finder, the page is read as prose."""
    try:
        return find_tables(edges, page.number, boxes)
    except FINDER_ERRORS as exc:
        page.note = f"tables on page {page.number} could not be rebuilt from their rulings ({exc}); read as text"
        return []


def _text_unusable(out: Page, chars: list, n_bad: int, n_letters: int, n_images: int, n_paths: int) -> bool:
    """Flag a page without a usable text layer (no characters on a page with content, or unmapped glyphs)."""
    if not chars and not n_bad:
        if n_images or n_paths >= OUTLINED_TEXT_MIN_PATHS:
            out.unusable, out.note = True, "the page has no text layer (scanned image or outlined text)"
        return True
    total = len(chars) + n_bad
    if n_bad > BAD_CHAR_RATIO * total or n_letters < MIN_LETTER_RATIO * total:
        out.unusable, out.note = True, "the page's text layer has glyphs without a Unicode mapping"
        return True
    return False


def _visible(textpage: pdfium.PdfTextPage, chars: list[tuple], clipped: list) -> list[tuple]:
    """The characters without those a clip hides (outside the clip of the text object drawing them)."""
    raw = textpage.raw
    out = []
    for ch in chars:
        cx, cy = (ch[1] + ch[2]) / 2, (ch[3] + ch[4]) / 2
        for obj, bounds, clip in clipped:
            if bounds[0] <= cx <= bounds[2] and bounds[1] <= cy <= bounds[3] and not (
                    clip[0] <= cx <= clip[2] and clip[1] <= cy <= clip[3]):
                drawn_by = pdfium_c.FPDFText_GetTextObject(raw, ch[5])
                if ctypes.cast(drawn_by, ctypes.c_void_p).value == ctypes.cast(obj, ctypes.c_void_p).value:
                    break
        else:
            out.append(ch)
    return out


def _font_sizes(textpage: pdfium.PdfTextPage) -> FontSize:
    """A character's font size in points as drawn: the size set for its font, times its text matrix's vertical scale
    (a producer may set every font at size 1 and scale the matrix instead)."""
    raw = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    matrix = pdfium_c.FS_MATRIX()
    matrix_at = ctypes.addressof(matrix)

    def font_size(index: int) -> float:
        size = _FONT_SIZE(raw, index)
        if _MATRIX(raw, index, matrix_at):
            scale = math.hypot(matrix.c, matrix.d)
            if abs(scale - 1.0) > MATRIX_SCALE_TOL:
                size *= scale
        return size

    return font_size


def _font_weights(textpage: pdfium.PdfTextPage, page: Page) -> None:
    """Set each line's boldness from its font's name or weight, read at a character in its middle, and whether it is
    bold from end to end (a bold word in the middle of a line of body text makes it bold, not all bold)."""
    raw = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    buf = ctypes.create_string_buffer(FONT_NAME_BUF)
    flags = ctypes.c_int()
    buf_at, flags_at = ctypes.addressof(buf), ctypes.addressof(flags)

    def bold(index: int) -> bool:
        _FONT_INFO(raw, index, buf_at, FONT_NAME_BUF, flags_at)
        name = buf.value.decode("latin-1", "replace").lower()
        return any(k in name for k in _BOLD_NAMES) or _FONT_WEIGHT(raw, index) >= BOLD_WEIGHT

    lines = list(page.lines) + [ln for part in page.parts for c in part.cells for ln in c.lines]
    for ln in lines:
        ln.bold = bold(ln.ref)
        ln.all_bold = ln.bold and bold(ln.ends[0]) and bold(ln.ends[1])


def display_transform(page: pdfium.PdfPage, box: Optional[tuple[float, float, float, float]] = None):
    """Return (fn mapping PDF user space (x, y) to display (x, top), display width, display height).

    box: (x0, y0, x1, y1) to use instead of the page's own (normalized) box."""
    x0, y0, x1, y1 = box or page_box(page)
    rot = page.get_rotation() % 360
    if rot == 90:
        return (lambda x, y: (y - y0, x - x0)), y1 - y0, x1 - x0
    if rot == 180:
        return (lambda x, y: (x1 - x, y - y0)), x1 - x0, y1 - y0
    if rot == 270:
        return (lambda x, y: (y1 - y, x1 - x)), y1 - y0, x1 - x0
    return (lambda x, y: (x - x0, y1 - y)), x1 - x0, y1 - y0


def _page_chars(textpage: pdfium.PdfTextPage, to_display, width: float, height: float):
    """Characters as (ch, x0, x1, top, bottom, index, baseline) in display space, counts of unmapped glyphs,
    letters and characters outside the page's box (width x height), and pdfium's text of the page.

    The page text comes from one FPDFText_GetText call; per character only the loose box and the origin are
    asked for, written straight into arrays that numpy turns into display space.  The rarer checks (generated
    spaces and line breaks, recognised line-end hyphens) are made only for the code points where they matter.
    """
    raw = textpage.raw
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    if len(text) != n:  # characters outside the BMP shift UTF-16 indices: ask per character
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i) or 0xFFFD) for i in range(n))
    letters, indices, n_bad = _kept_characters(raw, text)
    if not indices:
        return [], n_bad, 0, 0, text
    box, origin = _boxes_and_origins(raw, indices)
    ax, atop = to_display(box[:, 0], box[:, 1])
    bx, bbottom = to_display(box[:, 2], box[:, 3])
    start, base = to_display(origin[:, 0], origin[:, 1])
    ordered_x, ordered_y = ax <= bx, atop <= bbottom
    x0, x1 = np.where(ordered_x, ax, bx), np.where(ordered_x, bx, ax)
    x0 = np.where((x0 < start) & (start < x1), start, x0)  # a glyph overhanging its origin ('у') starts there
    top, bottom = np.where(ordered_y, atop, bbottom), np.where(ordered_y, bbottom, atop)
    flat = bottom - top < LOOSE_BOX_MIN_HEIGHT
    if flat.any():
        keep = ~flat
        letters, indices = list(compress(letters, keep.tolist())), list(compress(indices, keep.tolist()))
        x0, x1, top, bottom, base = x0[keep], x1[keep], top[keep], bottom[keep], base[keep]
    n_outside = int(np.count_nonzero((x1 < 0) | (x0 > width) | (bottom < 0) | (top > height)))
    chars = list(zip(letters, x0.tolist(), x1.tolist(), top.tolist(), bottom.tolist(), indices, base.tolist(), strict=True))
    return chars, n_bad, sum(map(str.isalnum, letters)), n_outside, text


def _kept_characters(raw, text: str) -> tuple[list[str], list[int], int]:
    """The characters of pdfium's text worth a box (ligatures spelt out, line-end hyphens as "-"), their indices,
    and the count of glyphs without a Unicode mapping; generated spaces and line breaks are left out."""
    textpage, is_generated, is_hyphen = ctypes.cast(raw, ctypes.c_void_p).value, _IS_GENERATED, _IS_HYPHEN
    letters: list[str] = list(text)
    kept = bytearray(b"\x01") * len(text)
    n_bad = 0
    for found in _SPECIAL_CHAR.finditer(text):
        i = found.start()
        ch = text[i]
        if "\ufb00" <= ch <= "\ufb06":
            letters[i] = _LIGATURES[ord(ch)]
        elif is_generated(textpage, i):
            kept[i] = 0
        elif ch == "\ufffe" or is_hyphen(textpage, i):
            letters[i] = "-"  # pdfium recognised a hyphen at a line end
        elif ch in "\t\r\n":
            kept[i] = 0
        elif ch != " ":
            kept[i] = 0
            n_bad += 1
    indices = range(len(text))
    if kept.count(0):
        return list(compress(letters, kept)), list(compress(indices, kept)), n_bad
    return letters, list(indices), n_bad


def _boxes_and_origins(raw, indices: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The loose boxes (left, top, right, bottom) and origins (x, y) of these characters, in PDF user space."""
    rects = (ctypes.c_float * (4 * len(indices)))()
    origins = (ctypes.c_double * (2 * len(indices)))()
    textpage, rect_at, origin_at = ctypes.cast(raw, ctypes.c_void_p).value, ctypes.addressof(rects), ctypes.addressof(origins)
    get_box, get_origin = _LOOSE_CHAR_BOX, _CHAR_ORIGIN
    for k, i in enumerate(indices):
        get_box(textpage, i, rect_at + 16 * k)
        get_origin(textpage, i, origin_at + 16 * k, origin_at + 16 * k + 8)
    box = np.ctypeslib.as_array(rects).reshape(-1, 4).astype(np.float64)
    return box, np.ctypeslib.as_array(origins).reshape(-1, 2)


def _by_address(function, restype, *argtypes):
    """A pdfium function called with plain integer addresses: the per-character calls skip pypdfium2's typed-pointer
    conversions, which cost more than the calls themselves."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_INT, _POINTER = ctypes.c_int, ctypes.c_void_p
_LOOSE_CHAR_BOX = _by_address(pdfium_c.FPDFText_GetLooseCharBox, _INT, _POINTER, _INT, _POINTER)
_CHAR_ORIGIN = _by_address(pdfium_c.FPDFText_GetCharOrigin, _INT, _POINTER, _INT, _POINTER, _POINTER)
_IS_GENERATED = _by_address(pdfium_c.FPDFText_IsGenerated, _INT, _POINTER, _INT)
_IS_HYPHEN = _by_address(pdfium_c.FPDFText_IsHyphen, _INT, _POINTER, _INT)
_FONT_SIZE = _by_address(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _POINTER, _INT)
_MATRIX = _by_address(pdfium_c.FPDFText_GetMatrix, _INT, _POINTER, _INT, _POINTER)
_FONT_INFO = _by_address(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, _POINTER, _INT, _POINTER, ctypes.c_ulong, _POINTER)
_FONT_WEIGHT = _by_address(pdfium_c.FPDFText_GetFontWeight, _INT, _POINTER, _INT)
