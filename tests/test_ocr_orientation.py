"""A scanned page is turned upright by Tesseract's orientation detection only when its first reading is poor.

A report's title page holds a dozen or two words: too few to call the page upright by their number alone.
Read surely, in dictionary words set along its lines, it is upright and orientation detection (0.4-0.8 s
of a 300-dpi page) is not asked; the same page upside down or sideways still is, and is turned.
"""
from __future__ import annotations

import io
import os
import sys

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from helpers import SAMPLES
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr import page as ocr_page_module
from pipeline.readers.ocr.engine import missing

sys.path.insert(0, str(SAMPLES))
from build_scans import add_image_page  # noqa: E402

pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))

DPI = 300
A4_PT = (595.0, 842.0)
TITLE = ["Отчет о реализации стратегического плана", "Министерства здравоохранения",
         "Республики Казахстан на 2019 – 2022 годы", "за 2019 год"]
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def title_page(turn_by: int) -> pdfium.PdfDocument:
    """A one-page PDF holding a 300-dpi grey scan of a title page (four centred lines), turned clockwise by turn_by."""
    width, height = round(A4_PT[0] * DPI / 72), round(A4_PT[1] * DPI / 72)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SERIF, round(16 * DPI / 72))
    for k, line in enumerate(TITLE):
        draw.text((width / 2, height / 3 + k * 1.6 * font.size), line, font=font, fill=0, anchor="mm")
    image = image.rotate(-turn_by, expand=True)
    data = io.BytesIO()
    image.save(data, "JPEG", quality=60)
    size = A4_PT if turn_by % 180 == 0 else A4_PT[::-1]
    doc = pdfium.PdfDocument.new()
    add_image_page(doc, data.getvalue(), *size)
    return doc


@pytest.mark.parametrize("turn_by, asked", [(0, False), (90, True), (180, True), (270, True)])
def test_title_page_goes_to_orientation_detection_only_when_not_read_upright(monkeypatch, turn_by, asked):
    calls = []
    detect = ocr_page_module.orientation
    monkeypatch.setattr(ocr_page_module, "orientation", lambda *a: calls.append(1) or detect(*a))
    doc = title_page(turn_by)
    page = doc[0]
    result = ocr_page_module.ocr_page(page, *page.get_size(), OcrOptions())
    assert bool(calls) == asked
    assert result.turned == (360 - turn_by) % 360
    text = " ".join(w.text for w in result.words)
    assert "стратегического плана" in text and "здравоохранения" in text
