"""Opening a PDF: the file checked, opened with pdfium, repaired with qpdf (pikepdf) where pdfium cannot open it
or its end is lost; the page count bounded; page boxes made sane.

pdfium already rebuilds a wrong cross-reference table by itself (silently). What it cannot open, and a
file whose end (cross-reference table, trailer, %%EOF) is lost, goes through qpdf's recovery, which scans
the objects; a file qpdf cannot recover either (truncated in the middle) stays unreadable.
"""
from __future__ import annotations

import ctypes
import io
import os
from typing import Optional

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.layout import UnreadableDocument

FILE_HEAD_BYTES = 1024  # the %PDF- signature must appear within this many leading bytes
FILE_TAIL_BYTES = 4096  # the %%EOF marker is looked for within this many trailing bytes
MAX_PAGES = 5_000  # a report has tens to a few hundred; 200,000 copies of one page object took past any time limit
# Page boxes: ISO 32000 bounds a page side at 14,400 units (200 inches); below a point there is no page.
MAX_BOX_SIDE = 14_400.0
MIN_BOX_SIDE = 1.0
FALLBACK_BOX = (0.0, 0.0, 595.0, 842.0)  # A4, for a page with neither a sane box nor any object
REPAIRED = "the PDF's cross-reference table or end was damaged or missing; qpdf repaired it before it was read"


def check_file(path: str) -> bool:
    """Refuse missing, empty and non-PDF files with a message a person understands; False if the end is lost."""
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
    return b"%%EOF" in tail


def open_document(path: str) -> tuple[pdfium.PdfDocument, Optional[str]]:
    """The pdfium document and, when qpdf had to repair it, a note saying so; UnreadableDocument with the reason."""
    intact = check_file(path)
    problem = "the PDF is truncated or damaged: its end-of-file marker is missing"
    if intact:
        try:
            return _bounded(pdfium.PdfDocument(path)), None
        except pdfium.PdfiumError as exc:
            _refuse_encrypted(exc)
            problem = f"the PDF is damaged and cannot be parsed ({exc})"
    repaired = repaired_copy(path)
    if repaired is None:
        raise UnreadableDocument(problem)
    try:
        return _bounded(pdfium.PdfDocument(repaired)), REPAIRED
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(f"{problem}; qpdf's repair did not help ({exc})") from exc


def _refuse_encrypted(exc: Exception) -> None:
    msg = str(exc).lower()
    if "password" in msg:
        raise UnreadableDocument("the PDF is encrypted and needs a password to be opened") from exc
    if "security" in msg:
        raise UnreadableDocument("the PDF uses an unsupported security (encryption) scheme") from exc


def repaired_copy(path: str) -> Optional[bytes]:
    """The PDF as qpdf recovers it (objects found by scanning), written anew; None if qpdf cannot."""
    import pikepdf

    try:
        with pikepdf.open(path, attempt_recovery=True) as pdf:
            if len(pdf.pages) == 0:
                return None
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
    except (pikepdf.PdfError, pikepdf.PasswordError, OSError, ValueError, RecursionError):
        return None


def _bounded(doc: pdfium.PdfDocument) -> pdfium.PdfDocument:
    """The document, if it has pages and not more than MAX_PAGES."""
    count = len(doc)
    if 0 < count <= MAX_PAGES:
        return doc
    doc.close()
    if count == 0:
        raise UnreadableDocument("the PDF has no pages")
    raise UnreadableDocument(f"the PDF has {count:,} pages (more than {MAX_PAGES:,}; a report has hundreds): refused")


def page_box(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    """The page's visible box (CropBox, else MediaBox) as (x0, y0, x1, y1) with x0 < x1 and y0 < y1.

    An inverted box is put right; a box with a side under a point or over ISO 32000's 14,400 units (a zero or a
    10^9 MediaBox) is replaced by the bounds of what the page draws, so no page is read twice or at a scale
    that makes every position meaningless.
    """
    x0, y0, x1, y1 = page.get_cropbox()
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if MIN_BOX_SIDE <= x1 - x0 <= MAX_BOX_SIDE and MIN_BOX_SIDE <= y1 - y0 <= MAX_BOX_SIDE:
        return x0, y0, x1, y1
    return content_box(page)


def fix_page_box(page: pdfium.PdfPage) -> None:
    """Give pdfium the sane box (page_box) before it lays out the page's text: with a 10^9-point MediaBox,
    building a text page took a second a page."""
    box = page_box(page)
    if box != tuple(page.get_cropbox()):
        pdfium_c.FPDFPage_SetMediaBox(page.raw, *box)
        pdfium_c.FPDFPage_SetCropBox(page.raw, *box)


def content_box(page: pdfium.PdfPage, max_objects: int = 100_000) -> tuple[float, float, float, float]:
    """The bounds of the page's top-level objects (the first max_objects), or an A4 page if it has none."""
    raw = page.raw
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    boxes = []
    for i in range(min(pdfium_c.FPDFPage_CountObjects(raw), max_objects)):
        if pdfium_c.FPDFPageObj_GetBounds(pdfium_c.FPDFPage_GetObject(raw, i), left, bottom, right, top):
            boxes.append((left.value, bottom.value, right.value, top.value))
    if not boxes:
        return FALLBACK_BOX
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    if not (MIN_BOX_SIDE <= x1 - x0 <= MAX_BOX_SIDE and MIN_BOX_SIDE <= y1 - y0 <= MAX_BOX_SIDE):
        return FALLBACK_BOX
    return x0, y0, x1, y1
