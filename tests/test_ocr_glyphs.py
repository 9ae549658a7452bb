"""Digits the two readings of a number dispute, settled by their ink (pipeline/readers/ocr/glyphs.py), on a real scan.

The fixture is made as the OCR benchmark makes its scans: a generated report (PT Sans tables, whose "3" the
Cyrillic model reads as "5" with full confidence) rendered by LibreOffice and scanned by samples/build_scans.py
at 200 dpi (skew, dust, JPEG), its indicator table page only.
"""
from __future__ import annotations

import os
import sys

import pytest

from helpers import SAMPLES
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.engine import missing
from pipeline.readers.ocr.page import LOW_CONFIDENCE
from pipeline.readers.pdf import read_pdf

sys.path.insert(0, str(SAMPLES))
from generator import docx_bytes, generate  # noqa: E402
from generator.render import convert, soffice_available  # noqa: E402

TOOLS_MISSING = missing() or (None if soffice_available() else "LibreOffice (soffice) is not installed")
pytestmark = pytest.mark.skipif(TOOLS_MISSING is not None and not os.environ.get("CI"), reason=str(TOOLS_MISSING))

INDICATOR_PAGE = 2  # the page of report 3000 holding "119,3 / 123,6" and "3 098,3 / 3 364,1"


@pytest.fixture(scope="module")
def indicator_table(tmp_path_factory):
    """The plan and fact cells of the scanned indicator table, and the scan's OCR findings."""
    import build_scans

    out = tmp_path_factory.mktemp("glyphs")
    report = generate(3000)
    (out / "report.docx").write_bytes(docx_bytes(report))
    [pdf] = convert([out / "report.docx"], out, jobs=1)
    style = build_scans.ScanStyle(dpi=200, max_skew=0.6, specks=0.0002, quality=40)
    scan = build_scans.scan_pdf(pdf, out / "scan.pdf", style, seed=11, pages=[INDICATOR_PAGE])
    layout = read_pdf(str(scan), ocr=OcrOptions())
    return {cell.text.replace(" ", ""): cell for table in layout.tables() for row in table.rows for cell in row.cells}


SETTLED = ("119,3", "123,6", "3098,3", "3364,1")


def test_pt_sans_threes_read_as_fives_are_read_right_by_their_ink(indicator_table):
    assert set(SETTLED) <= set(indicator_table)
    assert not set(indicator_table) & {"119,5", "125,6", "5098,5", "5098,3", "5564,1", "55641"}


def test_a_number_settled_by_its_ink_is_trusted_again(indicator_table):
    assert all(indicator_table[text].confidence >= LOW_CONFIDENCE for text in ("119,3", "123,6", "3098,3"))


def test_a_comma_only_the_second_reading_saw_stays_flagged(indicator_table):
    """The Cyrillic model read "55641": the digits are settled by their ink, the comma is the second model's alone."""
    assert indicator_table["3364,1"].confidence < LOW_CONFIDENCE
