"""Words read unsurely at the working resolution, read again from the scan's own pixels (pipeline/readers/ocr/fine.py),
on real scans of the committed sample (samples/build_scans.py, as benchmarks/ocr_eval.py scans).

What the finer reading puts right is asserted where it shows in the output: a unit header's "на 1 000" read "Hal 000"
(test_ocr_headers.py), a footnote mark merged into the letter before it (test_ocr_prose.py), a photographed page's
column-number row (test_bad_scans.py)."""
from __future__ import annotations

import os
import sys

import numpy as np
import pypdfium2 as pdfium
import pytest

from helpers import SAMPLES, skewed_sample_scan
from pipeline.readers.ocr.engine import missing, read_words
from pipeline.readers.ocr.fine import _finer_crop, unsure_words
from pipeline.readers.ocr.image import WORK_DPI, deskew, page_image, turn

sys.path.insert(0, str(SAMPLES))
pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))

PAGE = 7  # agds_2019.pdf: the indicator table's last rows, then the note's prose


@pytest.fixture(scope="module")
def skewed_300(tmp_path_factory):
    """agds_2019's page 8 scanned at 300 dpi, turned by up to 0.6 degrees: its image as OCR takes it, and its words."""
    scan = skewed_sample_scan(tmp_path_factory.mktemp("fine"), PAGE)  # turned 0.47 degrees
    page = pdfium.PdfDocument(str(scan))[0]
    image = deskew(page_image(page, *page.get_size()))
    return image, read_words(image.pixels, image.dpi), scan


def test_a_300_dpi_scan_keeps_its_own_pixels_beside_the_working_ones(skewed_300):
    image, _, _ = skewed_300
    assert image.dpi == pytest.approx(WORK_DPI, rel=0.01) and image.fine_dpi == pytest.approx(300, rel=0.01)
    assert image.fine is not None and image.fine.shape[1] > 1.4 * image.pixels.shape[1]
    assert abs(image.skew_deg) >= 0.05  # the finer crops must be turned as the page was


def test_a_words_finer_crop_lies_over_the_same_ink_as_its_working_box(skewed_300):
    """Each word cut out of the scan's own pixels (deskewed as the page), brought down to the working box, is the
    working image's ink there; one pixel off it, down or right, is much less so (the two deskewed at different
    resolutions differ by their interpolation: a mean grey difference of 9-21 against 22-42 one pixel off)."""
    import cv2

    image, words, _ = skewed_300
    long_words = [w for w in words if len(w.text) >= 6 and w.confidence >= 0.9][:20]
    assert len(long_words) >= 10
    no_rulings = np.zeros_like(image.pixels)
    for word in long_words:
        crop, dpi, (x, y, factor) = _finer_crop(word, image, no_rulings)
        assert dpi == image.fine_dpi
        h, w = round(crop.shape[0] * factor), round(crop.shape[1] * factor)
        small = cv2.resize(crop, (w, h), interpolation=cv2.INTER_AREA).astype(int)
        x0, y0 = round(x), round(y)
        here, down, right = (np.abs(small - image.pixels[y0 + dy:y0 + dy + h, x0 + dx:x0 + dx + w]).mean()
                             for dx, dy in ((0, 0), (0, 1), (1, 0)))
        assert here < 0.75 * min(down, right), word.text


def test_few_words_of_a_page_are_read_again(skewed_300):
    """Only the unsure words are read again: a tenth of a clean page's words at most (9 of 247 here; each a few
    milliseconds), and none of its long words read surely."""
    image, words, _ = skewed_300
    unsure = [words[k] for k, _ in unsure_words(words, image.pixels)]
    assert len(words) > 150 and len(unsure) <= len(words) / 10
    assert not [w.text for w in unsure if len(w.text) >= 6 and w.confidence >= 0.9 and w.text.isalpha()]


def test_a_page_not_brought_down_or_turned_has_no_finer_pixels(tmp_path, skewed_300):
    """A 200-dpi scan is read at its own pixels; a turned page's words are not read again finer."""
    import build_scans

    scan = build_scans.scan_pdf(SAMPLES / "agds_2019.pdf", tmp_path / "scan200.pdf", build_scans.ScanStyle(dpi=200),
                                seed=3, pages=[PAGE])
    page = pdfium.PdfDocument(str(scan))[0]
    assert page_image(page, *page.get_size()).fine is None
    fine = pdfium.PdfDocument(str(skewed_300[2]))[0]
    assert page_image(fine, *fine.get_size()).fine is not None
    assert turn(page_image(fine, *fine.get_size()), 180).fine is None
