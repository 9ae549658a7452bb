"""Status cells of a narrow status column read by OCR: the wording that opens a cell before its remark, parted by the
column into pieces or glued ("Испол" / "нено" / "нев" / "полно" / "м" ...), is the status the text PDF gives
(pipeline/readers/ocr/wording.py). Real scans of a generated report (as benchmarks/ocr_eval.py scans)."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr import OcrOptions
from test_ocr_prose import needs_tools, scanned_page, text_pdf


@pytest.fixture(scope="module")
def report_8970(tmp_path_factory):
    return text_pdf(8970, tmp_path_factory.mktemp("report8970"))


@needs_tools
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_status_opening_a_narrow_cell_before_its_remark_is_read_whole(report_8970, dpi):
    from pipeline.extract import extract_document

    born = {r.risk: r for r in extract_document(report_8970).risks}
    scan = extract_document(scanned_page(report_8970, 2, dpi, also=(1,)), ocr=OcrOptions())
    partial = [r for r in scan.risks if r.status == "partially_executed"]
    assert partial and all(r.status_text == born[r.risk].status_text == "Исполнено не в полном объеме" for r in partial)
