"""OCR of scanned pages: a page image in, what the PDF reader reads from a text layer out.

    image.py    the page image: the embedded scan or a rendering; resolution, skew, orientation
    perspective.py  a page photographed at an angle: the paper's corners found, the page warped flat
    rulings.py  table rulings found in the image (OpenCV morphology), as the PDF reader's edges
    engine.py   Tesseract (tesserocr, model kept loaded): words with boxes and confidences
    rereading.py  an unsure number read again from other renderings of its ink, settled by their vote
    fine.py     a word read unsurely at the working resolution read again from the scan's own finer pixels
    page.py     one page end to end: characters, rulings and word confidences in PDF points

The PDF reader asks for a page's OCR when the page has no usable text layer (`--ocr auto`), or for
every page (`--ocr always`); the characters and rulings it gets back go through the same table and
paragraph routines as a text layer's, so a scan comes out in the same neutral layout. This module
stays light: the image and OCR libraries load only when a page is OCR'd.
"""
from __future__ import annotations

from dataclasses import dataclass

OCR_MODES = ("auto", "always", "never")
DEFAULT_LANGUAGES = "rus+kaz+eng"


@dataclass(frozen=True)
class OcrOptions:
    """When to OCR a PDF page and in which languages (Tesseract's names joined by '+')."""

    mode: str = "auto"  # auto: pages without usable text; always: every page; never: none
    languages: str = DEFAULT_LANGUAGES

    def __post_init__(self):
        if self.mode not in OCR_MODES:
            raise ValueError(f"OCR mode must be one of {', '.join(OCR_MODES)}, not {self.mode!r}")
        if not self.languages or not all(part.isalnum() or "_" in part for part in self.languages.split("+")):
            raise ValueError(f"OCR languages must be Tesseract names joined by '+', like {DEFAULT_LANGUAGES}")
