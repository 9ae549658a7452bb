"""PDF reader: rebuild the paragraphs and tables of a Word/LibreOffice-exported PDF as the neutral layout.

Everything is read through pypdfium2 (characters with their boxes, and the path objects that draw the
table rulings), which is an order of magnitude faster than parsing the pages with pdfminer.  Tables are
found from the ruling lines with pdfplumber's edge -> intersection -> cell functions (its "lines"
strategy, fed with pdfium's path segments instead of pdfminer's); merged cells get
their spans from the grid of column and row boundaries; tables that run over several pages are joined,
their repeated header rows dropped and rows broken by the page boundary glued back together.  Text
lines are turned into paragraphs by one routine shared by prose and table cells (line-fit, indentation,
spacing and sentence-end rules; hyphenated and force-broken words re-joined with the help of pymorphy3).

All distances are PDF points (1/72 inch) in display space: origin at the top-left of the page as it is
shown (after /Rotate), y growing downwards.
"""
from __future__ import annotations

import bisect
import ctypes
import functools
import math
import os
import statistics
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex
from pdfplumber import table as plumber_table
from pdfplumber.utils import filter_edges

from pipeline import morph
from pipeline.layout import Cell, Issue, Layout, Paragraph, Row, Table, UnreadableDocument, clean_text
from pipeline.readers.ocr import OcrOptions

# --- ruling lines and table grid -------------------------------------------------------------------
AXIS_TOL = 0.5  # a path segment counts as horizontal/vertical if it deviates less than this
EDGE_MIN_LEN = 3.0  # shorter ruling segments are ignored (pdfplumber's edge_min_length)
EDGE_SNAP_TOL = 3.0  # parallel rulings closer than this are snapped onto one line (pdfplumber default)
EDGE_JOIN_TOL = 3.0  # collinear rulings with gaps up to this are joined (pdfplumber default)
INTERSECTION_TOL = 3.0  # how far a ruling may stop short of a crossing one and still meet it
GRID_SNAP_TOL = 2.0  # cell borders closer than this are the same grid line
MIN_TABLE_EDGES = 2  # a page needs at least this many horizontal and vertical rulings to hold a table
WHITE_MIN = 250  # a paint whose red, green and blue are all at least this (of 255) is white: invisible on the page
RULE_MAX_WIDTH = 6.0  # a filled rectangle thinner than this draws a ruling (Word's thickest border is 6 pt)
RECT_MAX_POINTS = 6  # a rectangle path: move, three or four lines, and a close
MAX_PATH_SEGMENTS = 500  # paths with more segments are drawings and are not searched for rulings
MAX_PAGE_EDGES = 2000  # more merged rulings than this on a page: a drawing, no table search
CELL_PAD_MAX = 12.0  # upper bound for the estimated inner cell padding
CELL_PAD_DEFAULT = 5.4  # Word's default cell margin (108 twips) when it cannot be estimated

# --- characters, words and lines --------------------------------------------------------------------
LINE_Y_TOL_RATIO = 0.5  # characters share a line if their vertical centres differ less than this x height
WORD_GAP_RATIO = 0.13  # a horizontal gap wider than this x character box height separates words
SPACE_WIDTH_RATIO = 0.25  # assumed width of a space, x font size (Times New Roman's is 0.25 em)
LOOSE_BOX_MIN_HEIGHT = 0.5  # characters whose loose box is flatter than this are invisible artefacts
LOOSE_BOX_SIZE_RATIO = 1.15  # loose character box height / font size (ascent - descent), for estimates
FONT_NAME_BUF = 256  # buffer size for font names

# --- paragraphs -------------------------------------------------------------------------------------
FIT_TOL = 2.0  # safety margin: the next line's first word must fit this clearly to prove an explicit break
FORCED_BREAK_SLACK = 0.5  # a word broken mid-word left no room for its next character (within this)
INDENT_MIN = 6.0  # a line starting this much right of the previous one starts a paragraph (first-line indent)
JUSTIFY_TOL = 0.5  # a justified line ends this close to the right margin
JUSTIFY_SHORT = 3.0  # in justified text, a line ending this much short of the margin ends its paragraph
JUSTIFY_EVIDENCE_LINES = 2  # this many preceding lines of the paragraph must end at the margin to prove justification
CENTER_TOL = 3.0  # a line whose centre is this close to its region's centre counts as centred
PARA_GAP_MIN = 1.0  # extra spacing above the normal line pitch that marks a new paragraph, at least ...
PARA_GAP_RATIO = 0.1  # ... or this x font size, whichever is larger (Word/LibreOffice keep the pitch exact)
DEFAULT_FONT_SIZE = 12.0  # body text size assumed when a document has no prose to measure
PITCH_DEFAULT_RATIO = 1.15  # line pitch assumed (x font size) when it cannot be measured
PITCH_QUANTILE = 0.25  # the line pitch is this quantile of the measured baseline distances
PITCH_MAX_RATIO = 1.8  # baseline distances above this x font size are not used to measure the pitch
SIZE_CHANGE_TOL = 0.6  # a font size change bigger than this between lines starts a new paragraph
RIGHT_EDGE_PERCENTILE = 0.95  # prose right margin = this percentile of line ends on pages of one geometry
RIGHT_EDGE_MIN_WORDS = 3  # only lines with at least this many words measure the prose right margin
FRAGMENT_MAX_LEN = 3  # an unknown word may swallow a following token this short as its broken-off ending
HEADING_MAX_WORDS = 20  # longer paragraphs are never flagged as headings
HEADING_SIZE_DELTA = 0.9  # a paragraph this much larger than the body text looks like a heading
BOLD_WEIGHT = 600  # font weight from which a font counts as bold

# --- page furniture ---------------------------------------------------------------------------------
MARGIN_ZONE_RATIO = 0.12  # headers/footers live in the top/bottom this fraction of the page height
FURNITURE_EDGE_LINES = 3  # only the first/last this many lines of a page may be header/footer lines
FURNITURE_MIN_PAGES = 2  # a margin line repeated on at least this many pages is a running header/footer
FURNITURE_POS_TOL = 4.0  # repeated margin lines must sit at the same height within this

# --- tables across pages ----------------------------------------------------------------------------
COL_MATCH_TOL = 3.0  # column boundaries of a continuation part must match within this
HEADER_MAX_ROWS = 6  # at most this many rows are compared as a repeated header
OCR_ALIKE = 0.75  # header cells read by OCR repeat each other when this similar (difflib ratio)
CONTINUATION_TOP_LINES = 0.6  # a continued table starts at the top of the page body, within this many line pitches
ROW_SPLIT_BOTTOM_LINES = 3.0  # a row broken by the page ends within this many line pitches of the body bottom

# --- text layer -------------------------------------------------------------------------------------
BAD_CHAR_RATIO = 0.2  # more unmapped glyphs than this on a page = unusable text layer
MIN_LETTER_RATIO = 0.3  # fewer letters and digits than this among characters = garbage text layer
OUTLINED_TEXT_MIN_PATHS = 200  # a page without characters but this many paths probably has outlined text
FILE_HEAD_BYTES = 1024  # the %PDF- signature must appear within this many leading bytes
FILE_TAIL_BYTES = 4096  # the %%EOF marker must appear within this many trailing bytes

_PATH, _FORM, _IMAGE = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_IMAGE
_HYPHENS = "-\u00ad\u2010\u2011"
_SENTENCE_END = regex.compile(r"[.!?:;…][»\"”)\]]*$")
_LETTERS_END = regex.compile(r"(\p{L}+)$")
_LETTERS_START = regex.compile(r"^(\p{L}+)")
_CLOSING = ",.;:!?)]»”"
_LOWER_START = regex.compile(r"^[\p{Ll}]")
_UPPER_START = regex.compile(r"^[\p{Lu}\d«\"(\[•–—-]")
_PAGE_NUMBER = regex.compile(
    r"^(?:[-–—]\s*)?(?:стр\.?|страница|page|лист)?\s*\d{1,4}(?:\s*(?:из|/|of)\s*\d{1,4})?(?:\s*[-–—])?$",
    regex.IGNORECASE,
)
_DIGITS = regex.compile(r"\d+")
_TABLE_CONTINUED = regex.compile(r"^\s*(?:продолжение|окончание)\s+таблицы", regex.IGNORECASE)
_STATUS_LINE = regex.compile(
    r"^(?:не\s+|частично\s+)?(?:достигнут[аоы]?|исполнен[аоы]?|выполнен[аоы]?)"
    r"(?:\s+частично)?(?:\s*\((?:\S+\s?){1,3}\))?\.?$",
    regex.IGNORECASE,
)
_SECTION_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}")
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_BULLETS = "•▪●◦■□\u2023\u2043"
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}

PARA, SOFT, JOIN = "para", "soft", "join"
_PDFIUM_LOCK = threading.Lock()


# ==================================================================================================
# Light records
# ==================================================================================================
class _Line:
    """One text line of a region (the page body or one table cell) with what paragraph rules need."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "base", "size", "bold", "first_word_w", "first_char_w",
                 "page", "left", "right", "pitch", "furniture", "ref", "words")

    def __init__(self, text, x0, x1, top, bottom, size, bold, first_word_w, first_char_w, page):
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.bold, self.first_word_w, self.first_char_w = size, bold, first_word_w, first_char_w
        self.page = page
        self.left = x0
        self.right = x1
        self.pitch = size * PITCH_DEFAULT_RATIO
        self.furniture = False
        self.ref = -1  # index of a character in the middle of the line, for font lookups
        self.base = bottom  # the baseline (origin of a character in the middle of the line), set from pdfium
        self.words = None  # on a page read by OCR: the recognised words of the line (for their confidences)


@dataclass
class _PCell:
    """A cell of a table part on one page."""

    x0: float
    top: float
    x1: float
    bottom: float
    row: int = 0
    row_span: int = 1
    lines: list = field(default_factory=list)  # the cell's characters while its page is read, then its _Lines
    text: str = ""


@dataclass
class _Part:
    """The piece of a table drawn on one page."""

    page: int
    bbox: tuple
    xs: list
    ys: list
    cells: list  # _PCell, sorted by (row, x0)

    def rows(self) -> list[list[_PCell]]:
        """Cells grouped by their starting row."""
        out: list[list[_PCell]] = [[] for _ in range(len(self.ys) - 1)]
        for c in self.cells:
            out[c.row].append(c)
        return out


@dataclass
class _Page:
    """What one page contributes: prose lines, table parts, and the health of its text layer."""

    number: int
    width: float
    height: float
    lines: list  # prose _Line outside tables, top to bottom
    parts: list  # _Part, top to bottom
    n_chars: int = 0
    unusable: bool = False
    note: str = ""
    ocr: object = None  # the page's OcrPage when it was read by OCR


@dataclass
class _JRow:
    """A row of a joined (multi-page) table: cells with absolute x extents."""

    cells: list  # [x0, x1, row_span, text, first line, last line]
    page: int
    header: bool = False


# ==================================================================================================
# Entry point
# ==================================================================================================
def read_pdf(path, ocr: OcrOptions | None = None) -> Layout:
    """Read a PDF into the neutral layout; raise UnreadableDocument for anything that is not a readable PDF.

    ocr: when and how pages are OCR'd (pipeline.readers.ocr); None reads the text layer only."""
    path = os.fspath(path)
    _check_file(path)
    with _PDFIUM_LOCK:  # pdfium is not thread-safe
        pages = _read_pages(path, ocr)
    layout = Layout(file=path, format="pdf", pages=len(pages))
    _text_layer_issues(pages, layout)
    _ocr_issues(pages, layout)
    _table_issues(pages, layout)
    if all(p.unusable or not (p.lines or p.parts) for p in pages):
        return layout
    _mark_furniture(pages)
    _set_line_geometry(pages)
    layout.blocks = _assemble(pages)
    return layout


def _read_pages(path: str, ocr: OcrOptions | None = None) -> list[_Page]:
    """Open the PDF with pdfium and extract every page, releasing each page as soon as it is read."""
    doc = _open(path)
    try:
        return [_read_page(doc, i, ocr) for i in range(len(doc))]
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        raise UnreadableDocument(f"the PDF is damaged and its pages cannot be read ({exc})") from exc
    finally:
        doc.close()


def _check_file(path: str) -> None:
    """Refuse missing, empty, non-PDF and truncated files with a message a person understands."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(FILE_HEAD_BYTES)
            fh.seek(max(0, size - FILE_TAIL_BYTES))
            tail = fh.read()
    except OSError as exc:
        raise UnreadableDocument(f"the file cannot be opened: {exc.strerror or exc}") from exc
    if size == 0:
        raise UnreadableDocument("the file is empty (0 bytes)")
    if b"%PDF-" not in head:
        raise UnreadableDocument("the file is not a PDF (it does not start with the %PDF- signature)")
    if b"%%EOF" not in tail:
        raise UnreadableDocument("the PDF is truncated or damaged: its end-of-file marker is missing")


def _open(path: str) -> pdfium.PdfDocument:
    """Open with pdfium, translating its errors."""
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise UnreadableDocument("the PDF is encrypted and needs a password to be opened") from exc
        if "security" in msg:
            raise UnreadableDocument("the PDF uses an unsupported security (encryption) scheme") from exc
        raise UnreadableDocument(f"the PDF is damaged and cannot be parsed ({exc})") from exc
    if len(doc) == 0:
        doc.close()
        raise UnreadableDocument("the PDF has no pages")
    return doc


# ==================================================================================================
# One page: characters, rulings, tables, lines
# ==================================================================================================
def _read_page(doc: pdfium.PdfDocument, index: int, ocr: OcrOptions | None = None) -> _Page:
    """Extract one page's lines and table parts, then release the page."""
    number = index + 1
    page = doc[index]
    try:
        to_display, width, height = _display_transform(page)
        n_images, n_paths, edges = _page_paths(page, to_display)
        out = _Page(number, width, height, [], [])
        textpage = page.get_textpage()
        try:
            chars, n_bad, n_letters = _page_chars(textpage, to_display)
            out.n_chars = len(chars) + n_bad
            unusable = _text_unusable(out, chars, n_bad, n_letters, n_images, n_paths)
            if _wants_ocr(ocr, out, bool(chars or n_images)):
                _read_by_ocr(page, out, ocr)
                return out
            if unusable:
                return out
            _build_page(out, chars, edges)
            _font_details(textpage, out, to_display)
        finally:
            textpage.close()
    finally:
        page.close()
    return out


def _build_page(out: _Page, chars: list[tuple], edges: list[dict]) -> None:
    """A page's table parts from its rulings, its characters put into cells and prose, and grouped into lines."""
    parts = _find_tables_safely(edges, out)
    prose = _assign_chars(chars, parts)
    out.lines = _chars_to_lines(prose, out.number)
    for part in parts:
        for cell in part.cells:
            cell.lines = _chars_to_lines(cell.lines, out.number)
    out.parts = [p for p in parts if any(c.lines for c in p.cells)]  # ruled but empty: a drawing


def _text_unusable(out: _Page, chars: list, n_bad: int, n_letters: int, n_images: int, n_paths: int) -> bool:
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


# --- OCR: the per-page hook ------------------------------------------------------------------------
def _wants_ocr(ocr: OcrOptions | None, out: _Page, has_content: bool) -> bool:
    """OCR this page? auto: when its text layer is unusable; always: every page with something on it."""
    if ocr is None or ocr.mode == "never":
        if ocr is not None and out.unusable:
            out.note += "; OCR is off (--ocr never)"
        return False
    return out.unusable or (ocr.mode == "always" and has_content)


def _read_by_ocr(page: pdfium.PdfPage, out: _Page, ocr: OcrOptions) -> None:
    """Read the page image by OCR into lines and table parts, as its text layer would have been read."""
    from pipeline.readers.ocr.engine import missing
    from pipeline.readers.ocr.page import PageImageError, ocr_page

    problem = missing(ocr.languages)
    if problem is None:
        try:
            result = ocr_page(page, out.width, out.height, ocr)
        except PageImageError as exc:
            problem = str(exc)
    if problem is not None:
        out.unusable = True
        out.note = f"{out.note or 'the page has no usable text layer'}; it was not OCR'd: {problem}"
        return
    out.unusable, out.note, out.ocr = False, "", result
    out.width, out.height = result.width, result.height
    _build_page(out, result.chars, result.edges)
    for line in out.lines + [ln for part in out.parts for c in part.cells for ln in c.lines]:
        line.words = [w for w in result.words if _inside(w.bbox, line)]
        line.size = round(line.size, 1)  # OCR gives every line of one text size the same box height


def _inside(bbox: tuple, line: _Line) -> bool:
    """Is the centre of a word's box inside the line's box?"""
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return line.x0 - 1 <= cx <= line.x1 + 1 and line.top <= cy <= line.bottom


def _provenance(lines: list, bbox: tuple | None = None) -> dict:
    """Box (the lines' extent on the first one's page, unless given) and mean word confidence of OCR'd lines."""
    words = [w for ln in lines if ln is not None and ln.words for w in ln.words]
    if not words:
        return {}
    if bbox is None:
        first = [ln for ln in lines if ln.page == lines[0].page]
        bbox = (min(ln.x0 for ln in first), min(ln.top for ln in first),
                max(ln.x1 for ln in first), max(ln.bottom for ln in first))
    confidence = sum(w.confidence for w in words) / len(words)
    return {"bbox": tuple(round(v, 1) for v in bbox), "confidence": round(confidence, 3)}


def _font_details(textpage: pdfium.PdfTextPage, page: _Page, to_display) -> None:
    """Set each line's baseline, font size and boldness from a character in its middle (a few lookups per line)."""
    raw = textpage.raw
    buf = ctypes.create_string_buffer(FONT_NAME_BUF)
    flags = ctypes.c_int()
    x, y = ctypes.c_double(), ctypes.c_double()
    lines = list(page.lines) + [ln for part in page.parts for c in part.cells for ln in c.lines]
    for ln in lines:
        if pdfium_c.FPDFText_GetCharOrigin(raw, ln.ref, x, y):
            ln.base = to_display(x.value, y.value)[1]
        ln.size = round(pdfium_c.FPDFText_GetFontSize(raw, ln.ref), 1) or ln.size
        pdfium_c.FPDFText_GetFontInfo(raw, ln.ref, buf, FONT_NAME_BUF, flags)
        name = buf.value.decode("latin-1", "replace").lower()
        ln.bold = any(k in name for k in _BOLD_NAMES) or pdfium_c.FPDFText_GetFontWeight(raw, ln.ref) >= BOLD_WEIGHT


def _display_transform(page: pdfium.PdfPage):
    """Return (fn mapping PDF user space (x, y) to display (x, top), display width, display height)."""
    x0, y0, x1, y1 = page.get_cropbox()
    rot = page.get_rotation() % 360
    if rot == 90:
        return (lambda x, y: (y - y0, x - x0)), y1 - y0, x1 - x0
    if rot == 180:
        return (lambda x, y: (x1 - x, y - y0)), x1 - x0, y1 - y0
    if rot == 270:
        return (lambda x, y: (y1 - y, x1 - x)), y1 - y0, x1 - x0
    return (lambda x, y: (x - x0, y1 - y)), x1 - x0, y1 - y0


def _page_chars(textpage: pdfium.PdfTextPage, to_display):
    """Characters as (ch, x0, x1, top, bottom, index) in display space, plus counts of unmapped glyphs and letters.

    The page text comes from one FPDFText_GetText call; per character only the loose box is asked for.
    The rarer checks (generated spaces and line breaks, recognised line-end hyphens) are made only for
    the code points where they matter.
    """
    raw = textpage.raw
    n = textpage.count_chars()
    text = textpage.get_text_range(0, n) if n else ""
    if len(text) != n:  # characters outside the BMP shift UTF-16 indices: ask per character
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i) or 0xFFFD) for i in range(n))
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    is_generated, is_hyphen = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_IsHyphen
    rect = pdfium_c.FS_RECTF()
    chars, n_bad, n_letters = [], 0, 0
    for i, ch in enumerate(text):
        if ch <= " " or ch >= "\ufffd":
            if is_generated(raw, i):
                continue
            if ch == "\ufffe" or is_hyphen(raw, i):
                ch = "-"  # pdfium recognised a hyphen at a line end
            elif ch in "\t\r\n":
                continue
            elif ch != " ":
                n_bad += 1
                continue
        elif "\ufb00" <= ch <= "\ufb06":
            ch = _LIGATURES[ord(ch)]
        get_box(raw, i, rect)
        ax, atop = to_display(rect.left, rect.top)
        bx, bbottom = to_display(rect.right, rect.bottom)
        top, bottom = (atop, bbottom) if atop <= bbottom else (bbottom, atop)
        if bottom - top < LOOSE_BOX_MIN_HEIGHT:
            continue
        n_letters += ch.isalnum()
        chars.append((ch, ax if ax <= bx else bx, bx if ax <= bx else ax, top, bottom, i))
    return chars, n_bad, n_letters


def _page_paths(page: pdfium.PdfPage, to_display):
    """Count images and paths, and collect horizontal/vertical ruling segments as pdfplumber edge dicts."""
    counts = {"images": 0, "paths": 0}
    edges: list[dict] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    raw = page.raw
    objs = [pdfium_c.FPDFPage_GetObject(raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(raw))]
    _walk_objects(objs, identity, to_display, counts, edges)
    return counts["images"], counts["paths"], edges


def _walk_objects(objs, matrix, to_display, counts, edges) -> None:
    """Visit page objects (recursing into form XObjects), collecting rulings from visible paths."""
    fs_matrix = pdfium_c.FS_MATRIX()
    for obj in objs:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == _IMAGE:
            counts["images"] += 1
        elif kind == _PATH:
            counts["paths"] += 1
            pdfium_c.FPDFPageObj_GetMatrix(obj, fs_matrix)
            m = _mul((fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f), matrix)
            _path_edges(obj, m, to_display, edges)
        elif kind == _FORM:
            pdfium_c.FPDFPageObj_GetMatrix(obj, fs_matrix)
            m = _mul((fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f), matrix)
            n = pdfium_c.FPDFFormObj_CountObjects(obj)
            _walk_objects([pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(n)], m, to_display, counts, edges)


def _mul(a, b):
    """Product of two PDF matrices (a applied first, then b)."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def _path_edges(obj, m, to_display, edges) -> None:
    """Append the axis-aligned straight segments of a visible path object as edges.

    Like pdfplumber, a filled rectangle gives its four sides: a thin one (Word draws borders so) becomes
    one ruling once its long sides are snapped together and its short sides dropped as too short.  A
    filled rectangle wider and taller than any border is shading (a shaded cell or paragraph, a
    highlighted word): its sides are marked, and used only on pages without rulings of their own
    (see _find_tables); white shading (a white page or paragraph background) draws nothing on the white
    page and is left out.  Thin rectangles and strokes are rulings whatever their colour."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not fill.value and not stroke.value:
        return
    n_segments = pdfium_c.FPDFPath_CountSegments(obj)
    if n_segments > MAX_PATH_SEGMENTS:
        return  # a drawing (chart, logo), not table rulings
    x, y = ctypes.c_float(), ctypes.c_float()
    start = current = None
    found: list[dict] = []
    points = []
    for k in range(n_segments):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = x.value, y.value
        point = to_display(px * m[0] + py * m[2] + m[4], px * m[1] + py * m[3] + m[5])
        points.append(point)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
            _add_edge(current, point, found)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            _add_edge(point, start, found)
        current = point
    if not stroke.value and _is_shading(points):
        if _white_fill(obj):
            return
        for e in found:
            e["shading"] = True
    edges.extend(found)


def _is_shading(points: list[tuple]) -> bool:
    """Do the points of a filled path outline one axis-aligned rectangle thicker than any border both ways?"""
    if len(points) > RECT_MAX_POINTS:
        return False
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    if x1 - x0 <= RULE_MAX_WIDTH or y1 - y0 <= RULE_MAX_WIDTH:
        return False
    return all(min(abs(px - x0), abs(px - x1)) <= AXIS_TOL and min(abs(py - y0), abs(py - y1)) <= AXIS_TOL
               for px, py in points)


def _white_fill(obj) -> bool:
    """Is the path filled with white (or fully transparent) paint?"""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False
    return not a.value or min(r.value, g.value, b.value) >= WHITE_MIN


def _add_edge(p, q, edges) -> None:
    """Add segment p-q as a pdfplumber edge if it is horizontal or vertical and long enough."""
    (ax, ay), (bx, by) = p, q
    if abs(ay - by) <= AXIS_TOL and abs(ax - bx) >= EDGE_MIN_LEN:
        x0, x1, top = min(ax, bx), max(ax, bx), (ay + by) / 2
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "doctop": top, "width": x1 - x0,
                      "height": 0.0, "orientation": "h", "object_type": "line"})
    elif abs(ax - bx) <= AXIS_TOL and abs(ay - by) >= EDGE_MIN_LEN:
        top, bottom, x = min(ay, by), max(ay, by), (ax + bx) / 2
        edges.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top, "width": 0.0,
                      "height": bottom - top, "orientation": "v", "object_type": "line"})


def _find_tables_safely(edges: list[dict], page: _Page) -> list[_Part]:
    """Tables of a page; if the ruling geometry defeats the table finder, the page is read as prose."""
    try:
        return _find_tables(edges, page.number)
    except (ValueError, AssertionError, IndexError, KeyError, ZeroDivisionError) as exc:
        page.note = f"tables on page {page.number} could not be rebuilt from their rulings ({exc}); read as text"
        return []


def _find_tables(edges: list[dict], page: int) -> list[_Part]:
    """Find ruled tables (pdfplumber's lines strategy) and place each cell on the table's grid.

    Shading rectangles count only on a page without rulings in both directions: with rulings, the sides
    of a shaded cell repeat its borders, and those of shaded text inside a cell would cut it up."""
    rulings = [e for e in edges if "shading" not in e]
    if len(rulings) < len(edges) and all(sum(e["orientation"] == o for e in rulings) >= MIN_TABLE_EDGES for o in "hv"):
        edges = rulings
    if sum(e["orientation"] == "h" for e in edges) < MIN_TABLE_EDGES:
        return []
    if sum(e["orientation"] == "v" for e in edges) < MIN_TABLE_EDGES:
        return []
    merged = plumber_table.merge_edges(edges, EDGE_SNAP_TOL, EDGE_SNAP_TOL, EDGE_JOIN_TOL, EDGE_JOIN_TOL)
    merged = filter_edges(merged, min_length=EDGE_MIN_LEN)
    if len(merged) > MAX_PAGE_EDGES:
        return []  # a vector drawing, not a table (and the intersection search is quadratic)
    points = plumber_table.edges_to_intersections(merged, INTERSECTION_TOL, INTERSECTION_TOL)
    cells = plumber_table.intersections_to_cells(points)
    parts = [_make_part(group, page) for group in plumber_table.cells_to_tables(cells)]
    return sorted(parts, key=lambda p: p.bbox[1])


def _make_part(boxes: list[tuple], page: int) -> _Part:
    """Compute the grid (column x and row y boundaries) of one table part and each cell's row and span."""
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    cells = []
    for x0, top, x1, bottom in boxes:
        r0, r1 = _nearest(ys, top), _nearest(ys, bottom)
        if r1 <= r0 or _nearest(xs, x1) <= _nearest(xs, x0):
            continue
        cells.append(_PCell(xs[_nearest(xs, x0)], ys[r0], xs[_nearest(xs, x1)], ys[r1], row=r0, row_span=r1 - r0))
    cells.sort(key=lambda c: (c.row, c.x0))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return _Part(page, bbox, xs, ys, cells)


def _cluster(values: list[float], tol: float = GRID_SNAP_TOL) -> list[float]:
    """Sorted representative values, merging values closer than tol (mean of each cluster)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def _nearest(grid: list[float], v: float) -> int:
    """Index of the grid value nearest to v."""
    i = bisect.bisect_left(grid, v)
    if i == 0:
        return 0
    if i == len(grid):
        return len(grid) - 1
    return i if grid[i] - v < v - grid[i - 1] else i - 1


def _assign_chars(chars: list[tuple], parts: list[_Part]) -> list[tuple]:
    """Put each character into the table cell under its centre (cell.lines holds chars for now); return the rest."""
    if not parts:
        return chars
    tables = [(p.bbox, p.xs, p.ys, _slot_map(p), len(p.xs) - 2, len(p.ys) - 2) for p in parts]
    right = bisect.bisect_right
    prose = []
    for ch in chars:
        cx, cy = (ch[1] + ch[2]) * 0.5, (ch[3] + ch[4]) * 0.5
        for (x0, top, x1, bottom), xs, ys, slots, max_col, max_row in tables:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                col = min(max(right(xs, cx) - 1, 0), max_col)
                row = min(max(right(ys, cy) - 1, 0), max_row)
                cell = slots.get((row, col))
                if cell is not None:
                    cell.lines.append(ch)
                break
        else:
            prose.append(ch)
    return prose


def _slot_map(part: _Part) -> dict:
    """(row, col) grid slot -> the cell covering it."""
    slots = {}
    for c in part.cells:
        c0, c1 = _nearest(part.xs, c.x0), _nearest(part.xs, c.x1)
        for r in range(c.row, c.row + c.row_span):
            for k in range(c0, c1):
                slots[(r, k)] = c
    return slots


def _chars_to_lines(chars: list[tuple], page: int) -> list[_Line]:
    """Group characters into text lines (by vertical centre), left to right, with word spacing from gaps."""
    if not chars:
        return []
    chars = sorted(chars, key=lambda c: c[3] + c[4])
    groups: list[list[tuple]] = []
    centre2 = height = 0.0
    for ch in chars:
        c2, h = ch[3] + ch[4], ch[4] - ch[3]
        if groups and abs(c2 - centre2) <= 2 * LINE_Y_TOL_RATIO * (h if h < height else height):
            groups[-1].append(ch)
        else:
            groups.append([ch])
            centre2, height = c2, h
    lines = [_make_line(sorted(g, key=lambda c: (c[1], c[5])), page) for g in groups]
    return [ln for ln in lines if ln is not None]


def _make_line(chars: list[tuple], page: int) -> _Line | None:
    """Build one line's text and geometry from its characters sorted left to right (spaces and wide gaps split words)."""
    out: list[str] = []
    prev = None
    pending = False
    first_word_end = None
    top = bottom = None
    n_visible = 0
    for ch in chars:
        if ch[0] == " ":
            pending = prev is not None
            continue
        if prev is None:
            first = ch
            top, bottom = ch[3], ch[4]
        else:
            if pending or ch[1] - prev[2] > WORD_GAP_RATIO * max(ch[4] - ch[3], prev[4] - prev[3]):
                out.append(" ")
                if first_word_end is None:
                    first_word_end = prev[2]
            top, bottom = min(top, ch[3]), max(bottom, ch[4])
        out.append(ch[0])
        prev, pending = ch, False
        n_visible += 1
    if prev is None:
        return None
    if first_word_end is None:
        first_word_end = prev[2]
    visible = [c for c in chars if c[0] != " "]
    line = _Line("".join(out), first[1], prev[2], top, bottom, (bottom - top) / LOOSE_BOX_SIZE_RATIO, False,
                 first_word_end - first[1], first[2] - first[1], page)
    line.ref = visible[n_visible // 2][5]
    return line


# ==================================================================================================
# Document-level passes: text layer, furniture, line geometry
# ==================================================================================================
def _text_layer_issues(pages: list[_Page], layout: Layout) -> None:
    """Report pages whose text layer is missing or unusable (one issue for the whole document if none is usable)."""
    bad = [p for p in pages if p.unusable]
    if not bad:
        return
    if all(p.unusable or (p.n_chars == 0 and p.ocr is None) for p in pages):
        why = "".join(sorted({"; " + p.note.split("; ", 1)[1] for p in bad if "; " in p.note}))
        layout.issues.append(Issue("no_text_layer", f"the document has no usable text layer on any of its "
                                   f"{len(pages)} pages (scanned or without Unicode mapping); nothing was read{why}"))
        return
    for p in bad:
        layout.issues.append(Issue("no_text_layer", f"page {p.number}: {p.note}; its text was not read", p.number))


def _ocr_issues(pages: list[_Page], layout: Layout) -> None:
    """Which pages OCR read and how surely (one issue), blank scanned pages, and numbers read unsurely."""
    from pipeline.readers.ocr.page import LOW_CONFIDENCE

    read = [p for p in pages if p.ocr is not None]
    if not read:
        return
    per_page = ", ".join((f"{p.number} ({p.ocr.confidence:.0%}" if p.ocr.words else f"{p.number} (no text")
                         + (f", turned {p.ocr.turned}°" if p.ocr.turned else "")
                         + (f", {p.ocr.source_dpi:.0f} dpi read at {p.ocr.dpi:.0f}" if p.ocr.source_dpi > p.ocr.dpi else "")
                         + ")" for p in read)
    sure = [p.ocr.confidence for p in read if p.ocr.words]
    mean = f"; mean confidence {sum(sure) / len(sure):.0%}" if sure else ""
    layout.issues.append(Issue("ocr_used", f"{len(read)} page(s) read by OCR: page (confidence) {per_page}{mean}"))
    for p in read:
        if not p.ocr.words:
            layout.issues.append(Issue("blank_page", f"page {p.number} is an image on which OCR found no text "
                                                     f"(a blank page?)", p.number))
        for word in p.ocr.words:
            if word.is_number and word.confidence < LOW_CONFIDENCE:
                layout.issues.append(Issue("ocr_low_confidence", f"page {p.number}: {word.text!r} was read by OCR with "
                                           f"confidence {word.confidence:.0%}; check it against the page",
                                           p.number, tuple(round(v, 1) for v in word.bbox), round(word.confidence, 3)))


def _table_issues(pages: list[_Page], layout: Layout) -> None:
    """Report pages whose ruled tables could not be rebuilt (their text was read as paragraphs)."""
    for p in pages:
        if p.note and not p.unusable:
            layout.issues.append(Issue("table_not_rebuilt", p.note, p.number))


def _mark_furniture(pages: list[_Page]) -> None:
    """Flag running headers/footers and page numbers (margin lines repeated across pages, lone numbers)."""
    seen: dict[tuple, list[tuple[int, float]]] = defaultdict(list)
    candidates = []
    for page in pages:
        for line, zone, pos in _margin_lines(page):
            key = (zone, _DIGITS.sub("#", " ".join(line.text.split())).lower())
            seen[key].append((page.number, pos))
            candidates.append((line, key, pos))
    for line, key, pos in candidates:
        if _TABLE_CONTINUED.match(line.text):
            continue  # typed into the body by the author, the DOCX has it as a paragraph
        if _PAGE_NUMBER.match(line.text.strip()):
            line.furniture = True
            continue
        pages_here = {n for n, p in seen[key] if abs(p - pos) <= FURNITURE_POS_TOL}
        line.furniture = len(pages_here) >= FURNITURE_MIN_PAGES
    for page in pages:
        page.lines = [ln for ln in page.lines if not ln.furniture]


def _margin_lines(page: _Page):
    """Yield (line, zone, position) for the outermost prose lines inside the top/bottom margin zones."""
    zone_h = page.height * MARGIN_ZONE_RATIO
    table_top = min((p.bbox[1] for p in page.parts), default=page.height)
    table_bottom = max((p.bbox[3] for p in page.parts), default=0.0)
    top_lines = [ln for ln in page.lines[:FURNITURE_EDGE_LINES] if ln.bottom <= zone_h and ln.bottom <= table_top]
    bottom_lines = [ln for ln in page.lines[-FURNITURE_EDGE_LINES:]
                    if ln.top >= page.height - zone_h and ln.top >= table_bottom]
    for ln in top_lines:
        yield ln, "top", ln.top
    for ln in bottom_lines:
        yield ln, "bottom", page.height - ln.top


def _set_line_geometry(pages: list[_Page]) -> None:
    """Give every line its region's left/right limits and the document's usual line pitch; build cell texts."""
    pitches = _line_pitches(pages)
    margins = _prose_margins(pages)
    for page in pages:
        left, right = margins.get(_geometry(page), (None, None))
        for ln in page.lines:
            ln.left = left if left is not None else ln.x0
            ln.right = right if right is not None else ln.x1
            ln.pitch = pitches.get(("prose", ln.size), ln.size * PITCH_DEFAULT_RATIO)
        for part in page.parts:
            pad = _cell_padding(part)
            for cell in part.cells:
                for ln in cell.lines:
                    ln.left, ln.right = cell.x0 + pad, cell.x1 - pad
                    ln.pitch = pitches.get(("cell", ln.size), ln.size * PITCH_DEFAULT_RATIO)
                cell.text = _cell_text(cell.lines)


def _geometry(page: _Page) -> tuple[int, int]:
    """Pages of one size share margins."""
    return round(page.width), round(page.height)


def _line_pitches(pages: list[_Page]) -> dict:
    """Usual distance between the baselines of consecutive lines per (region kind, font size).

    A low quantile, so that the extra spacing between paragraphs does not count as the line pitch."""
    deltas: dict[tuple, list[float]] = defaultdict(list)

    def collect(kind, lines):
        for a, b in zip(lines, lines[1:]):
            d = b.base - a.base
            if a.size == b.size and 0 < d < PITCH_MAX_RATIO * a.size:
                deltas[(kind, a.size)].append(d)

    for page in pages:
        collect("prose", page.lines)
        for part in page.parts:
            for cell in part.cells:
                collect("cell", cell.lines)
    out = {}
    for key, values in deltas.items():
        values.sort()
        out[key] = values[int(len(values) * PITCH_QUANTILE)]
    return out


def _prose_margins(pages: list[_Page]) -> dict:
    """Left and right text margins per page geometry, measured on lines of several words."""
    ends: dict[tuple, list[float]] = defaultdict(list)
    starts: dict[tuple, list[float]] = defaultdict(list)
    for page in pages:
        for ln in page.lines:
            if ln.text.count(" ") + 1 >= RIGHT_EDGE_MIN_WORDS:
                ends[_geometry(page)].append(ln.x1)
                starts[_geometry(page)].append(ln.x0)
    out = {}
    for key, values in ends.items():
        values.sort()
        lefts = sorted(starts[key])
        out[key] = (lefts[_nearest_rank(len(lefts), 1 - RIGHT_EDGE_PERCENTILE)],
                    values[_nearest_rank(len(values), RIGHT_EDGE_PERCENTILE)])
    return out


def _nearest_rank(n: int, fraction: float) -> int:
    """Index of the nearest-rank percentile among n sorted values (the extreme value when n is small)."""
    return min(n - 1, max(0, math.ceil(fraction * n) - 1))


def _cell_padding(part: _Part) -> float:
    """Estimate the inner left padding of a table part's cells from where their lines start."""
    pads = [min(ln.x0 for ln in c.lines) - c.x0 for c in part.cells if c.lines]
    pads = [p for p in pads if 0 < p <= CELL_PAD_MAX]
    return statistics.median(pads) if pads else CELL_PAD_DEFAULT


# ==================================================================================================
# Lines -> paragraphs (shared by prose and table cells)
# ==================================================================================================
@functools.lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """Is this (lower-cased) word in the Russian dictionary?"""
    return bool(word) and morph.is_known(word.lower())


@functools.lru_cache(maxsize=65536)
def _inflected(word: str) -> bool:
    """Does pymorphy3 (with its guesser for unknown words) read the word as a form of some other lemma?"""
    word = word.lower()
    return all(p.normal_form != word for p in morph.parse(word))


def _break_kind(a: _Line, b: _Line, same_region: bool, justified: bool = False, a_first: bool = False) -> str:
    """How line b follows line a: a new paragraph, a line break inside one, or a wrapped continuation.

    justified: the line before a was stretched to the right margin, so a short line a ends its paragraph.
    a_first: a is the first line of its cell or text run (where a status word on its own line is a status).
    """
    if b.text[:1] in _CLOSING:
        return JOIN  # nobody starts a line with closing punctuation: a too-long token was broken before it
    if same_region and b.base - a.base > a.pitch + max(PARA_GAP_MIN, PARA_GAP_RATIO * a.size):
        return PARA
    if abs(a.size - b.size) > SIZE_CHANGE_TOL:
        return PARA
    if a.bold != b.bold and _UPPER_START.match(b.text) and (_SENTENCE_END.search(a.text) or _centred_block(a, b)):
        return PARA
    if len(a.text) >= 2 and a.text[-1] in _HYPHENS and a.text[-2].isalpha() and (
            _LOWER_START.match(b.text) or (a.words is not None and b.text[:1].isalpha())):
        return JOIN  # a word hyphenated (or a compound broken) at the line end; OCR's boxes are too rough to tell more
    if justified and " " in a.text and a.x1 < a.right - JUSTIFY_SHORT:
        return SOFT if _soft_break(a, b) else PARA
    if a_first and _STATUS_LINE.match(a.text) and not _STATUS_LINE.match(a.text + " " + b.text):
        return PARA
    if b.x0 - a.x0 > INDENT_MIN and b.x0 - b.left > INDENT_MIN and not (_centred(a) and _centred(b)):
        return PARA
    next_word = SPACE_WIDTH_RATIO * b.size + b.first_word_w + FIT_TOL
    if a.x1 + next_word <= a.right:
        return SOFT if _soft_break(a, b) else PARA
    if _centred_room(a) >= next_word:
        return SOFT  # a centred line broken by hand: a new line, whether of the same paragraph or not
    return JOIN


def _centred(line: _Line) -> bool:
    """Is the line centred in its region (a full-width line counts as centred too)?"""
    return abs((line.x0 + line.x1) - (line.left + line.right)) <= 2 * CENTER_TOL


def _centred_room(line: _Line) -> float:
    """Free width a centred line left for one more word, on both sides together (0 for other lines)."""
    if _centred(line) and line.x0 - line.left > INDENT_MIN:
        return (line.right - line.left) - (line.x1 - line.x0)
    return 0.0


def _centred_block(a: _Line, b: _Line) -> bool:
    """Two centred lines, the second clearly short of the margins (a title block line, not body text)."""
    return _centred(a) and _centred(b) and b.x0 - b.left > INDENT_MIN


def _at_margin(line: _Line) -> bool:
    """Does a line of several words end exactly at its region's right edge (stretched by justification)?"""
    return " " in line.text and abs(line.x1 - line.right) <= JUSTIFY_TOL


def _soft_break(a: _Line, b: _Line) -> bool:
    """A forced break in mid-sentence (a line break inside a paragraph rather than a new paragraph)."""
    return not _SENTENCE_END.search(a.text) and bool(_LOWER_START.match(b.text))


def _glue(text: str, a: _Line, b: _Line) -> str:
    """Append wrapped line b to paragraph text ending with line a: re-join hyphenated and force-broken words."""
    nxt = b.text
    if len(text) >= 2 and text[-1] in _HYPHENS and text[-2].isalnum() and nxt[:1].isalnum():
        return _join_hyphenated(text, nxt)
    if nxt[:1] in _CLOSING or _forced_break(a, b):
        return text + nxt
    return text + " " + nxt


def _join_hyphenated(text: str, nxt: str) -> str:
    """'госу-' + 'дарственной' -> 'государственной'; 'ученых-' + 'правоведов' keeps the hyphen.

    The hyphen goes only when the joined word is in the dictionary and the hyphenated one is not:
    pymorphy3 lists compounds such as 'волоконно-оптических' in both spellings."""
    left = _LETTERS_END.search(text[:-1])
    right = _LETTERS_START.match(nxt)
    if left and right and text[-2].isalpha() and not nxt[0].isupper():
        a, b = left.group(1), right.group(1)
        if _known(a + b) and not _known(a + "-" + b):
            return text[:-1] + nxt
    return text[:-1] + "-" + nxt


def _forced_break(a: _Line, b: _Line) -> bool:
    """Was a word too long for the column broken mid-word without a hyphen ('Ведомственны' / 'е данные')?

    The line must be a single word filling the line so that not even the next character fitted; then the
    parts are joined when the whole is a dictionary word, or when the first part is not one and the rest
    is a short ending ('услугополучателям' / 'и' -> 'услугополучателями')."""
    if " " in a.text or a.x1 + b.first_char_w <= a.right - FORCED_BREAK_SLACK:
        return False
    ending, right = _LETTERS_END.search(a.text), _LETTERS_START.match(b.text)
    if not ending or not right:
        return False
    left, rest = ending.group(1), right.group(1)
    if rest[0].isupper() and not left.isupper():
        return False
    if not (left.islower() or left.isupper() or left[1:].islower()):
        return False  # mixed case like 'ЦОНами' is a whole word, not a fragment
    if _known(left + rest):
        return True
    if _known(left) or len(rest) > FRAGMENT_MAX_LEN:
        return False
    # 'услугополучателей' / 'по вопросам': a complete (inflected) form followed by a short known word that
    # does not inflect it ('услугополучателейпо' is only its own lemma) is two words, a line wrapped at a space
    return not (_known(rest) and _inflected(left) and not _inflected(left + rest))


def _paragraphs(lines: list[_Line]) -> list[tuple[list[_Line], str]]:
    """Split a run of lines into paragraphs; each comes with its text (soft breaks as newlines)."""
    out: list[tuple[list[_Line], str]] = []
    if not lines:
        return out
    group, text = [lines[0]], lines[0].text
    for a, b in zip(lines, lines[1:]):
        justified = len(group) > JUSTIFY_EVIDENCE_LINES and all(_at_margin(g) for g in group[-1 - JUSTIFY_EVIDENCE_LINES:-1])
        kind = _break_kind(a, b, a.page == b.page, justified, a is lines[0])
        if kind == PARA:
            out.append((group, text))
            group, text = [b], b.text
            continue
        group.append(b)
        text = text + "\n" + b.text if kind == SOFT else _glue(text, a, b)
    out.append((group, text))
    return out


def _cell_text(lines: list[_Line]) -> str:
    """A cell's text: its paragraphs joined by newlines."""
    return clean_text("\n".join(_strip_bullet(t) for _, t in _paragraphs(lines)))


def _strip_bullet(text: str) -> str:
    """Drop a list bullet glyph that Word/LibreOffice draws but the document text does not contain."""
    if text[:1] in _BULLETS or (text and 0xE000 <= ord(text[0]) <= 0xF8FF):
        return text[1:].lstrip()
    return text


# ==================================================================================================
# Assembly: reading order, multi-page tables, paragraphs
# ==================================================================================================
class _JTable:
    """A table being assembled from its parts on consecutive pages."""

    def __init__(self, part: _Part):
        self.xs = list(part.xs)
        self.page = part.page
        self.last_page = part.page
        self.last_bottom = part.bbox[3]
        self.rows = _part_rows(part)

    def continues_with(self, part: _Part) -> bool:
        """Does this part on the next page have the same columns (one grid a subset of the other)?"""
        if part.page != self.last_page + 1:
            return False
        a, b = self.xs, part.xs
        if abs(a[0] - b[0]) > COL_MATCH_TOL or abs(a[-1] - b[-1]) > COL_MATCH_TOL:
            return False
        return _subset(a, b) or _subset(b, a)

    def append(self, part: _Part, body_bottom: float, pitch: float) -> None:
        """Add a continuation part: drop its repeated header rows and re-join a row broken by the page."""
        self.xs = _cluster(self.xs + part.xs, COL_MATCH_TOL)
        rows = _part_rows(part)
        k = self._repeated_header(rows)
        for r in self.rows[:k]:
            r.header = True
        rows = rows[k:]
        if rows and self.rows:
            touches_bottom = self.last_bottom >= body_bottom - ROW_SPLIT_BOTTOM_LINES * pitch
            if touches_bottom and self._split_row(rows[0]):
                self._merge_row(rows.pop(0))
            elif rows:
                self._extend_vertical_merges(rows[0])
        self.rows.extend(rows)
        self.last_page, self.last_bottom = part.page, part.bbox[3]

    def _signature(self, row: _JRow) -> tuple:
        """Row structure and text, on the joined grid, for header comparison."""
        return tuple((_nearest(self.xs, c[0]), _nearest(self.xs, c[1]), c[2], " ".join(c[3].split()))
                     for c in row.cells)

    def _repeated_header(self, rows: list[_JRow]) -> int:
        """How many leading rows of the continuation repeat the table's first rows."""
        k = 0
        limit = min(HEADER_MAX_ROWS, len(rows), len(self.rows))
        while k < limit and _same_header_row(self._signature(self.rows[k]), self._signature(rows[k]),
                                             _read_by_ocr_row(self.rows[k]) or _read_by_ocr_row(rows[k])):
            k += 1
        while k and any(k <= i + c[2] - 1 for i in range(k) for c in self.rows[i].cells):
            k -= 1  # never cut through a header cell that spans further down
        return k

    def _guess_header(self) -> None:
        """A table that never repeated its header: treat the rows down to a column-number row (1 2 3 ...) as header."""
        for i, row in enumerate(self.rows[:HEADER_MAX_ROWS]):
            texts = [c[3].strip() for c in sorted(row.cells, key=lambda c: c[0])]
            if len(texts) > 1 and texts == [str(k) for k in range(1, len(texts) + 1)]:
                for r in self.rows[: i + 1]:
                    r.header = True
                return

    def _covering(self, x0: float, x1: float) -> list | None:
        """The cell of the joined table that covers the slot (last row, x0..x1), if its extent matches."""
        last = len(self.rows) - 1
        for i in range(last, -1, -1):
            for cell in self.rows[i].cells:
                if i + cell[2] - 1 >= last and abs(cell[0] - x0) <= COL_MATCH_TOL and abs(cell[1] - x1) <= COL_MATCH_TOL:
                    return cell
        return None

    def _split_row(self, row: _JRow) -> bool:
        """Does this first row of a continuation carry on the last row of the previous page?"""
        score = 0
        for cell in row.cells:
            prev = self._covering(cell[0], cell[1])
            if prev is None:
                return False
            score += _continuation_score(prev[3], cell[3])
        return score > 0

    def _extend_vertical_merges(self, row: _JRow) -> None:
        """An empty cell opening a continuation under a vertically merged cell continues that merge.

        LibreOffice redraws a merged cell on every page it crosses, empty after the first.  Only cells
        under a cell already spanning several rows, or in the first column (a risk or indicator name is
        never left empty), are taken as continuations; other empty cells stay empty cells.
        """
        keep = []
        for cell in row.cells:
            above = self._covering(cell[0], cell[1])
            first_col = _nearest(self.xs, cell[0]) == 0
            if not cell[3].strip() and above is not None and above[3].strip() and (above[2] > 1 or first_col):
                above[2] += cell[2]
            else:
                keep.append(cell)
        row.cells = keep

    def _merge_row(self, row: _JRow) -> None:
        """Glue a continuation row's cell texts onto the cells of the previous page's last row."""
        for nxt in row.cells:
            cell = self._covering(nxt[0], nxt[1])
            cell[3] = _join_across(cell[3], cell[5], nxt[3], nxt[4])
            cell[2] += nxt[2] - 1
            cell[5] = nxt[5] or cell[5]

    def to_table(self, index: int) -> Table:
        """The finished layout table on the joined grid."""
        if not any(r.header for r in self.rows):
            self._guess_header()
        rows = []
        for r_index, row in enumerate(self.rows):
            cells = []
            for x0, x1, span, text, _, _, provenance in sorted(row.cells, key=lambda c: c[0]):
                c0, c1 = _nearest(self.xs, x0), _nearest(self.xs, x1)
                cells.append(Cell(clean_text(text), r_index, c0, span, max(1, c1 - c0), **provenance))
            rows.append(Row(cells, page=row.page, repeated_header=row.header))
        return Table(index=index, rows=rows, n_cols=len(self.xs) - 1, page=self.page)


def _same_header_row(original: tuple, repeat: tuple, ocr: bool = False) -> bool:
    """Is a row a repetition of a header row?  LibreOffice may clip the text of a tall repeated header
    cell, so each repeated cell may hold just the beginning of the original text; text read by OCR
    need only be alike (a letter or two may be misread)."""
    if len(original) != len(repeat) or not any(c[3] for c in repeat):
        return False
    if any(o[:3] != r[:3] for o, r in zip(original, repeat)):
        return False
    if ocr:
        return _alike("".join(c[3] for c in original), "".join(c[3] for c in repeat))
    return all(o[3].startswith(r[3]) and not (o[3] and not r[3]) for o, r in zip(original, repeat))


def _read_by_ocr_row(row: _JRow) -> bool:
    return any(c[6] for c in row.cells)


def _alike(a: str, b: str) -> bool:
    """Texts the same but for OCR's slips (difflib similarity at least OCR_ALIKE, spaces aside)."""
    import difflib

    a, b = "".join(a.split()), "".join(b.split())
    return bool(a and b) and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= OCR_ALIKE


def _part_rows(part: _Part) -> list[_JRow]:
    """A part's rows as joinable rows; a cell is [x0, x1, row_span, text, first line, last line, OCR provenance]."""
    return [_JRow([[c.x0, c.x1, c.row_span, c.text, c.lines[0] if c.lines else None,
                    c.lines[-1] if c.lines else None, _provenance(c.lines, (c.x0, c.top, c.x1, c.bottom))]
                   for c in cells], part.page)
            for cells in part.rows()]


def _subset(small: list[float], big: list[float]) -> bool:
    """Is every boundary of small within COL_MATCH_TOL of some boundary of big?"""
    return all(abs(big[_nearest(big, x)] - x) <= COL_MATCH_TOL for x in small)


def _continuation_score(prev: str, nxt: str) -> int:
    """Evidence from one column that a row continues across the page break (positive) or is new (negative)."""
    prev, nxt = prev.strip(), nxt.strip()
    if not nxt:
        return 1 if prev else 0
    if not prev:
        return -1
    if _LOWER_START.match(nxt) or prev[-1] in _HYPHENS:
        return 2
    if _UPPER_START.match(nxt) or _SENTENCE_END.search(prev):
        return -1
    return 0


def _join_across(prev: str, last: _Line | None, nxt: str, first: _Line | None) -> str:
    """Join the two halves of a cell broken by a page, with the same rules as two lines of one cell."""
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt:
        return prev or nxt
    if last is not None and first is not None:
        kind = _break_kind(last, first, False, a_first=prev == last.text)
        return prev + "\n" + nxt if kind != JOIN else _glue(prev, last, _with_text(first, nxt))
    if _SENTENCE_END.search(prev) and _UPPER_START.match(nxt):
        return prev + "\n" + nxt
    return prev + " " + nxt


def _with_text(line: _Line, text: str) -> _Line:
    """A copy of a line carrying other text (the rest of its cell), for gluing."""
    out = _Line(text, line.x0, line.x1, line.top, line.bottom, line.size, line.bold, line.first_word_w,
                line.first_char_w, line.page)
    out.left, out.right, out.pitch = line.left, line.right, line.pitch
    return out


def _assemble(pages: list[_Page]) -> list:
    """Walk pages in reading order, joining continued tables and building paragraphs across page breaks."""
    body_top, body_bottom = _body_extent(pages)
    pitch = statistics.median([ln.pitch for p in pages for ln in p.lines] or [DEFAULT_FONT_SIZE * PITCH_DEFAULT_RATIO])
    body = _body_size(pages)
    blocks: list = []
    run: list[_Line] = []
    table: _JTable | None = None
    counters = {"p": 0, "t": 0}
    for page in pages:
        if page.unusable:
            continue
        items = sorted([(ln.top, 0, ln) for ln in page.lines] + [(p.bbox[1], 1, p) for p in page.parts],
                       key=lambda t: (t[0], t[1]))
        for pos, (_, is_part, item) in enumerate(items):
            if not is_part:
                if table is not None:
                    blocks.append(table.to_table(counters["t"]))
                    counters["t"] += 1
                    table = None
                run.append(item)
                continue
            starts_page = pos == 0 and item.bbox[1] <= body_top[_geometry(page)] + CONTINUATION_TOP_LINES * pitch
            if table is not None and starts_page and table.continues_with(item):
                table.append(item, body_bottom[_geometry(page)], pitch)
                continue
            _flush_paragraphs(run, blocks, counters, body)
            run = []
            if table is not None:
                blocks.append(table.to_table(counters["t"]))
                counters["t"] += 1
            table = _JTable(item)
    _flush_paragraphs(run, blocks, counters, body)
    if table is not None:
        blocks.append(table.to_table(counters["t"]))
    return blocks


def _body_extent(pages: list[_Page]) -> tuple[dict, dict]:
    """Highest and lowest body content (prose or table) per page geometry: where a page's body starts and ends."""
    tops: dict[tuple, float] = {}
    bottoms: dict[tuple, float] = {}
    for page in pages:
        lows = [ln.bottom for ln in page.lines] + [p.bbox[3] for p in page.parts]
        highs = [ln.top for ln in page.lines] + [p.bbox[1] for p in page.parts]
        if lows:
            key = _geometry(page)
            bottoms[key] = max(bottoms.get(key, 0.0), max(lows))
            tops[key] = min(tops.get(key, page.height), min(highs))
    return tops, bottoms


def _body_size(pages: list[_Page]) -> float:
    """The most common font size of prose text (weighted by text length)."""
    sizes: Counter = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else DEFAULT_FONT_SIZE


def _flush_paragraphs(run: list[_Line], blocks: list, counters: dict, body_size: float) -> None:
    """Turn a run of prose lines (possibly spanning pages) into Paragraph blocks."""
    for lines, text in _paragraphs(run):
        text = clean_text(_strip_bullet(text))
        if not text:
            continue
        heading = _is_heading(lines, text, body_size)
        blocks.append(Paragraph(text=text, index=counters["p"], page=lines[0].page, heading=heading,
                                **_provenance(lines)))
        counters["p"] += 1


def _is_heading(lines: list[_Line], text: str, body_size: float) -> bool:
    """Short paragraph set in bold or a larger size, or numbered like a section title."""
    words = len(text.split())
    if words > HEADING_MAX_WORDS or (_centred(lines[0]) and lines[0].x0 - lines[0].left > INDENT_MIN):
        return False  # long, or a centred title block (Word marks those with a title style, not a heading)
    if all(ln.bold for ln in lines) or min(ln.size for ln in lines) >= body_size + HEADING_SIZE_DELTA:
        return True
    return bool(_SECTION_NUMBER.match(text)) and not _SENTENCE_END.search(text) and len(lines) <= 2
