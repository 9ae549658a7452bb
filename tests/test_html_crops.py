"""`validate --format html` shows, beside each finding at a value read by OCR, the crop of the page it came from.

The scan is made here from the born-digital sample (its indicator-table page, 200 dpi, out of focus,
JPEG quality 20), so OCR is unsure of some numbers and the report has findings at OCR'd cells.
"""
from __future__ import annotations

import base64
import io
import os
import re
import sys

import pytest
from PIL import Image

from helpers import DEFECTIVE, SAMPLES
from pipeline.html_report import render_page
from pipeline.page_crops import CROP_MARGIN, CROP_MAX_HEIGHT, CROP_MAX_WIDTH, CROP_SCALE
from pipeline.readers.ocr.engine import missing
from pipeline.submission import documents_of, findings_of

sys.path.insert(0, str(SAMPLES))
pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))
CROP_RE = re.compile(r"<img class='crop' [^>]*src='data:image/jpeg;base64,([^']+)'>")
INDICATOR_PAGE = 7  # agds_2019.pdf's indicator table


@pytest.fixture(scope="module")
def blurred_scan(tmp_path_factory):
    """(path, its extracted document) of a poor scan of the indicator-table page."""
    import build_scans

    path = build_scans.scan_pdf(SAMPLES / "agds_2019.pdf", tmp_path_factory.mktemp("scan") / "blurred.pdf",
                                build_scans.ScanStyle(dpi=200, blur=1.5, quality=20), seed=3, pages=[INDICATOR_PAGE])
    [(source, doc)] = documents_of([str(path)])
    return source, doc


def _at_ocr_values(doc: dict) -> list[dict]:
    return [f for f in doc["findings"] if (f["location"] or {}).get("confidence") is not None]


def _crops(html: str) -> list[Image.Image]:
    return [Image.open(io.BytesIO(base64.b64decode(data))) for data in CROP_RE.findall(html)]


def test_each_finding_at_an_ocr_value_has_the_crop_of_its_page_region(blurred_scan):
    source, doc = blurred_scan
    located = _at_ocr_values(doc)
    assert located, "the blurred scan should leave OCR unsure somewhere"
    html = render_page([(str(source), doc)])
    crops = _crops(html)
    assert len(crops) == len(located)
    for image in crops:
        assert image.format == "JPEG" and image.mode == "L"
        assert image.width <= CROP_MAX_WIDTH and image.height <= CROP_MAX_HEIGHT
        assert image.getextrema()[0] < 100  # ink, not an empty stretch of paper


def test_a_flagged_number_is_cropped_to_its_own_box(blurred_scan):
    source, doc = blurred_scan
    flagged = [f for f in doc["findings"] if f["code"] == "ocr_low_confidence"]
    assert flagged
    html = render_page([(str(source), {**doc, "findings": flagged[:1]})])
    [image] = _crops(html)
    x0, top, x1, bottom = flagged[0]["location"]["bbox"]
    assert abs(image.width - (x1 - x0 + 2 * CROP_MARGIN) * CROP_SCALE) <= 2
    assert abs(image.height - (bottom - top + 2 * CROP_MARGIN) * CROP_SCALE) <= 2


def test_the_json_holds_no_images_and_a_missing_source_leaves_the_crops_out(blurred_scan):
    source, doc = blurred_scan
    assert "data:image" not in str(findings_of([(source, doc)]))
    html = render_page([(str(source.with_name("moved-away.pdf")), doc)])
    assert not _crops(html) and "ocr_low_confidence" in html


def test_a_page_ocr_turned_is_cropped_by_its_recorded_turn_without_asking_tesseract_again(monkeypatch):
    """The upside-down scan's page was turned 180° to be read (the ocr_used finding says so): its crops are turned
    the same way, and Tesseract's orientation detection is not run a second time at validate time."""
    import pipeline.readers.ocr.engine as engine
    from pipeline.extract import extract_document
    from pipeline.html_report import page_crops
    from pipeline.page_crops import ocr_turns

    path = DEFECTIVE.parent / "scans" / "upside_down.pdf"
    doc = extract_document(path).model_dump(mode="json")  # in this process: no worker's time limit on a busy machine
    assert ocr_turns(doc["findings"]) == {1: 180}
    at_risk = {"code": "ocr_low_confidence", "severity": "warning", "message": "", "location": doc["risks"][0]["location"]}
    without_turns = [f for f in doc["findings"] if f["code"] != "ocr_used"]
    asked = page_crops(str(path), without_turns + [at_risk])  # as before: Tesseract asked again
    calls = []
    monkeypatch.setattr(engine, "orientation", lambda *args: calls.append(args) or 0)
    told = page_crops(str(path), doc["findings"] + [at_risk])
    assert calls == [] and len(told) == 1 and list(told.values()) == list(asked.values())
