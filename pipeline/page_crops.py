"""Crops of a PDF page for review: the part of the page image a value read by OCR came from.

`validate --format html` shows them beside flagged values, so a person compares the number with the
scan without opening the file. The page is rendered again from the source at validate time (the
extracted JSON holds no images): only the value's box and a margin, grey, scaled down to a small
inline JPEG. A page photographed at an angle was read flattened, so its boxes are cut from the page
image flattened the same way (ocr.image.page_image); a page OCR read turned (upside down, sideways) has its
boxes on the page as it lies (the reader maps them back), and its crops are turned upright the same way: by the
turn the `ocr_used` finding records for the page ("3 (95%, turned 180°)"), not by Tesseract's orientation
detection asked again (0.4-0.8 s a 300-dpi page, and it may answer otherwise than the reader, which asks it only
of pages read poorly).
"""
from __future__ import annotations

import base64
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Optional

CROP_MARGIN = 8.0  # points of page around the box: the neighbouring digits and the cell's rulings
CROP_SCALE = 2.0  # pixels per point at most (144 dpi): digits of a 10-pt font stay legible
CROP_MAX_WIDTH = 640  # pixels: a whole table row is scaled down to this
CROP_MAX_HEIGHT = 240
CROP_JPEG_QUALITY = 70  # a grey 640 x 240 row: ~15 KB (PNG: ~40 KB, the scan's own JPEG noise compresses badly)
_PAGE_READ = re.compile(r"(\d+) \(([^()]*)\)")  # the ocr_used finding's "3 (95%, turned 180°, ...)" (readers.pdf.scanned)
_TURNED = re.compile(r"\bturned (\d+)°")


def ocr_turns(findings: Iterable[dict]) -> dict[int, int]:
    """Page number -> the clockwise turn OCR gave the page to read it, for every page the `ocr_used` finding names.

    "2 page(s) read by OCR: page (confidence) 1 (93%), 2 (88%, turned 180°); mean confidence 90%" -> {1: 0, 2: 180}"""
    turns: dict[int, int] = {}
    for finding in findings:
        if finding.get("code") == "ocr_used":
            for page, details in _PAGE_READ.findall(finding.get("message", "").partition("page (confidence) ")[2]):
                turned = _TURNED.search(details)
                turns[int(page)] = int(turned.group(1)) if turned else 0
    return turns


class PageCropper:
    """Crops of one source file's pages; the file is opened once, on the first crop, and never raises."""

    def __init__(self, path: Path | str, turns: Mapping[int, int] | None = None):
        """turns: page number -> the clockwise turn OCR gave it (ocr_turns); a page not in it is turned as
        Tesseract's orientation detection says."""
        self.path = Path(path)
        self._pdf = None
        self._failed = False
        self._images: dict[int, Any] = {}  # page index -> its PageImage as OCR takes it, or None
        self._turns = {page - 1: turn for page, turn in (turns or {}).items()}  # page index -> the turn upright

    def data_uri(self, page: int, bbox: Sequence[float]) -> Optional[str]:
        """'data:image/jpeg;base64,...' of `bbox` ([x0, top, x1, bottom] in points from the top-left) on the
        1-based `page`; None where the file is not a PDF any more, or the box is off the page."""
        pdf = self._open()
        if pdf is None or not 1 <= page <= len(pdf):
            return None
        try:
            seen = self._page_image(pdf, page - 1)
            flat = seen if seen is not None and seen.notes else None
            image = cut_box(flat, bbox) if flat is not None else render_box(pdf[page - 1], bbox)
            if image is None:
                return None
            image = upright(image, self._turn(page - 1))
        except Exception:  # a damaged page: the report is still written, without the picture
            return None
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=CROP_JPEG_QUALITY, optimize=True)
        return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")

    def _page_image(self, pdf, index: int):
        """The page's image as OCR took it (a photograph flattened), or None where OCR would refuse it."""
        if index not in self._images:
            from pipeline.readers.ocr.image import page_image  # OpenCV: loaded only for pages read by OCR

            page = pdf[index]
            try:
                self._images[index] = page_image(page, *page.get_size())
            except Exception:  # an image OCR would refuse: the page is rendered as it is
                self._images[index] = None
        return self._images[index]

    def _turn(self, index: int) -> int:
        """The clockwise turn (0, 90, 180, 270) that OCR gave the page to read it upright: as the document records
        it, else Tesseract's orientation detection asked again (a document without the `ocr_used` finding)."""
        if index not in self._turns:
            from pipeline.readers.ocr.engine import missing, orientation

            image = self._images.get(index)
            found = orientation(image.pixels, image.dpi) if image is not None and missing() is None else 0
            self._turns[index] = (360 - found) % 360
        return self._turns[index]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def _open(self):
        if self._pdf is None and not self._failed:
            import pypdfium2 as pdfium

            try:
                self._pdf = pdfium.PdfDocument(str(self.path))
            except Exception:  # moved, changed or not a PDF: no pictures for this file
                self._failed = True
        return self._pdf


def render_box(page, bbox: Sequence[float]):
    """The grey PIL image of the box with its margin, clipped to the page; None for an empty box."""
    width, height = page.get_size()
    box = _with_margin(bbox, width, height)
    if box is None:
        return None
    x0, top, x1, bottom = box
    # pdfium crops by the points cut off each side: left, bottom, right, top
    bitmap = page.render(scale=_scale(box), grayscale=True, crop=(x0, height - bottom, width - x1, top))
    return bitmap.to_pil().convert("L")


def cut_box(image, bbox: Sequence[float]):
    """The same crop cut from a page image already in hand (ocr.image.PageImage)."""
    from PIL import Image

    box = _with_margin(bbox, image.width_pt, image.height_pt)
    if box is None:
        return None
    per_pt = 1 / image.scale
    x0, top, x1, bottom = (round(v * per_pt) for v in box)
    piece = Image.fromarray(image.pixels[top:bottom, x0:x1])
    factor = _scale(box) / per_pt
    return piece.resize((max(1, round(piece.width * factor)), max(1, round(piece.height * factor))), Image.Resampling.LANCZOS)


def upright(image, clockwise_deg: int):
    """A crop of a page OCR read turned (an upside-down scan), turned the same way so a person reads it upright."""
    from PIL import Image

    turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return image.transpose(turns[clockwise_deg]) if clockwise_deg in turns else image


def _with_margin(bbox: Sequence[float], width: float, height: float) -> tuple[float, float, float, float] | None:
    x0, top = max(0.0, bbox[0] - CROP_MARGIN), max(0.0, bbox[1] - CROP_MARGIN)
    x1, bottom = min(width, bbox[2] + CROP_MARGIN), min(height, bbox[3] + CROP_MARGIN)
    return (x0, top, x1, bottom) if x1 - x0 >= 1 and bottom - top >= 1 else None


def _scale(box: tuple[float, float, float, float]) -> float:
    """Pixels per point of the crop: CROP_SCALE, less where the box would be too large."""
    x0, top, x1, bottom = box
    return min(CROP_SCALE, CROP_MAX_WIDTH / (x1 - x0), CROP_MAX_HEIGHT / (bottom - top))
