"""The reader's own work around Tesseract, cut for speed (benchmarks/ocr_speed.md, ninth round), on real scans of the
committed sample (samples/build_scans.py): the skew found with only the ink near the image's edges tested for
leaving it, and an OCR'd page's words given to its lines by their heights."""
from __future__ import annotations

import os

import pypdfium2 as pdfium
import pytest

from helpers import skewed_sample_scan
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.engine import missing
from pipeline.readers.ocr.image import page_image, skew_angle
from pipeline.readers.pdf.page import read_pages

pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))

PAGE = 7  # agds_2019.pdf: the indicator table's last rows, then the note's prose


@pytest.fixture(scope="module")
def skewed_300(tmp_path_factory):
    """agds_2019's page 8 scanned at 300 dpi and turned 0.47 degrees (seed 14), as test_ocr_fine.py scans it."""
    return skewed_sample_scan(tmp_path_factory.mktemp("page_work"), PAGE)


def test_the_skew_is_found_as_well_where_the_ink_reaches_the_images_edges(skewed_300):
    """The page's skew, and the same from a crop of it whose table and text run off all four edges: there most ink
    pixels are near an edge, where the trial rotations may move them off the image (tested one by one), and the
    angle must not change for that."""
    page = pdfium.PdfDocument(str(skewed_300))[0]
    pixels = page_image(page, *page.get_size()).pixels
    whole = skew_angle(pixels)
    h, w = pixels.shape
    inked_rows = (pixels < 128).any(axis=1).nonzero()[0]
    top, bottom = int(inked_rows[0]), int(inked_rows[-1])
    crop = pixels[top + (bottom - top) // 4:bottom - (bottom - top) // 4, w // 6:w - w // 6]
    assert abs(whole) == pytest.approx(0.47, abs=0.06)
    assert skew_angle(crop) == pytest.approx(whole, abs=0.04)


def test_each_line_of_a_scanned_page_holds_the_words_centred_in_it(skewed_300):
    """Every prose and cell line of the OCR'd page gets, in reading order, exactly the recognised words whose box's
    centre lies in the line's box (looked up by height, not by testing every word against every line)."""
    (page,) = read_pages(str(skewed_300), ocr=OcrOptions())
    words = page.ocr.words
    lines = page.lines + [ln for part in page.parts for c in part.cells for ln in c.lines]
    assert len(words) > 150 and len(lines) > 30
    for line in lines:
        inside = [w for w in words if line.x0 - 1 <= (w.bbox[0] + w.bbox[2]) / 2 <= line.x1 + 1
                  and line.top <= (w.bbox[1] + w.bbox[3]) / 2 <= line.bottom]
        assert [id(w) for w in line.words] == [id(w) for w in inside], line.text
    assert sum(len(line.words) for line in lines) > 0.9 * len(words)
