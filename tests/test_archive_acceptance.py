"""Defects the acceptance check of issue 12 found on reports the project had never seen, each on real rendered files.

* a PDF page whose fonts map glyphs to the wrong letters (the text layer is garbage, not missing) is read by OCR,
  also when it is a page of table cells only (the dictionary check samples the cells' words);
* a page photographed under a lamp to one side keeps the columns of its dim side (the light is evened out);
* a page scanned sideways either way is turned upright (a sideways read scores about 0.63, which the upright
  check let pass);
* the crop beside a flagged value of a page OCR turned upright shows that value, upright, and its box is on the
  page as the file shows it;
* the column-number row of a table OCR read with one number misread ('i 2 3 4 5 6 7') is no record;
* a PDF named .doc is said to be one, and a document of blank scans fails saying its pages are blank.
"""
from __future__ import annotations

import base64
import io
import os
import re
import shutil
import sys
from types import SimpleNamespace

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from helpers import ROOT, SAMPLES
from pipeline.extract import extract_document
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.engine import missing
from pipeline.readers.pdf.scanned import page_box
from pipeline.tables import is_column_number_row

sys.path.insert(0, str(SAMPLES))
import build_scans  # noqa: E402

pytestmark = pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))
AGDS_PDF = SAMPLES / "agds_2019.pdf"
INDICATOR_PAGE = 7  # agds_2019.pdf's indicator table (0-based)
RISK_PAGE = 3  # a page of the risk table only: cells, no prose (0-based)
BAD_SCANS = ROOT / "tests" / "data" / "scans"


def _records(doc) -> list[tuple]:
    return [(i.name, i.plan_text, i.fact_text, i.status_text) for i in doc.indicators] + [
        (r.risk, r.status_text) for r in doc.risks]


def garbled_copy(target, page: int):
    """agds_2019.pdf with one page whose fonts' ToUnicode maps every Cyrillic glyph to a Latin letter or sign
    ('Цель' -> 'kdO]'): characters are there, with Unicode, but wrong, as in PDFs of some old producers."""
    garbled = target.with_name("all_garbled.pdf")
    with pikepdf.open(AGDS_PDF) as pdf:
        for font in pdf.pages[page].obj.Resources.Font.values():
            if "/ToUnicode" in font:
                cmap = font.ToUnicode.read_bytes().decode("latin-1")
                cmap = re.sub(r"<04([0-9A-Fa-f]{2})>", lambda m: "<00%02X>" % (0x41 + int(m.group(1), 16) * 7 % 58), cmap)
                font.ToUnicode.write(cmap.encode("latin-1"))
        pdf.save(garbled)
    clean, bad = pdfium.PdfDocument(str(AGDS_PDF)), pdfium.PdfDocument(str(garbled))
    out = pdfium.PdfDocument.new()
    for i in range(len(clean)):
        out.import_pages(bad if i == page else clean, [i])
    out.save(str(target))
    return target


@pytest.fixture(scope="module")
def text_pdf():
    return extract_document(AGDS_PDF)


@pytest.mark.parametrize("page", [INDICATOR_PAGE, RISK_PAGE], ids=["indicator page", "risk-table page"])
def test_a_page_of_garbage_text_is_read_by_ocr(page, tmp_path, text_pdf):
    doc = extract_document(garbled_copy(tmp_path / "garbled.pdf", page))
    used = [f.message for f in doc.findings if f.code == "ocr_used"]
    assert len(used) == 1 and f"page (confidence) {page + 1} (" in used[0] and "its text layer was garbage" in used[0]
    assert "text_quality" not in {f.code for f in doc.findings}
    assert len(doc.indicators) == len(text_pdf.indicators) and len(doc.risks) == len(text_pdf.risks)
    same = sum(a == b for a, b in zip(_records(doc), _records(text_pdf), strict=True))
    assert same >= 0.9 * len(_records(text_pdf))  # OCR's slips aside, the records of the text layer


def test_with_ocr_off_a_page_of_garbage_text_stays_in_doubt(tmp_path):
    from pipeline.readers.pdf import read_pdf

    layout = read_pdf(garbled_copy(tmp_path / "garbled.pdf", INDICATOR_PAGE), OcrOptions(mode="never"))
    assert [(i.code, i.page) for i in layout.issues if i.code in ("text_quality", "ocr_used")] == [
        ("text_quality", INDICATOR_PAGE + 1)]


def test_a_photograph_lit_from_one_side_keeps_its_dim_columns(tmp_path):
    """Page 4 of ministry_landscape_2020.pdf photographed as build_scans does it (perspective, the light falling
    to 75 % at one side, soft focus, 150 dpi): every plan and fact of the page as born digital."""
    source = SAMPLES / "ministry_landscape_2020.pdf"
    doc = extract_document(build_scans.photographed(source, tmp_path / "photo.pdf", page=3, seed=3))
    born = [(i.plan_text, i.fact_text) for i in extract_document(source).indicators if i.location.page == 4]
    assert len(born) == 7 and [(i.plan_text, i.fact_text) for i in doc.indicators] == born


@pytest.mark.parametrize("angle", [90, 270])
def test_a_page_scanned_sideways_is_turned_upright(angle, tmp_path, text_pdf):
    source = pdfium.PdfDocument(str(AGDS_PDF))
    width, height = source[INDICATOR_PAGE].get_size()
    image = build_scans.render(source[INDICATOR_PAGE], 250).rotate(angle, expand=True)
    out = pdfium.PdfDocument.new()
    build_scans.add_image_page(out, build_scans.jpeg(image, 50), height, width)
    out.save(str(tmp_path / "sideways.pdf"))
    doc = extract_document(tmp_path / "sideways.pdf")
    assert "turned" in next(f.message for f in doc.findings if f.code == "ocr_used")
    born = [(i.plan_text, i.fact_text) for i in text_pdf.indicators if i.location.page == INDICATOR_PAGE + 1]
    assert [(i.plan_text, i.fact_text) for i in doc.indicators] == born


@pytest.mark.parametrize("turned, box, expected", [
    (0, (10, 20, 30, 40), (10, 20, 30, 40)),
    (180, (10, 20, 30, 40), (90, 160, 110, 180)),  # read frame 120 x 200, as is the page
    (90, (10, 20, 30, 40), (20, 90, 40, 110)),  # read frame 120 x 200: the page is 200 x 120
    (270, (10, 20, 30, 40), (160, 10, 180, 30)),
])
def test_a_box_read_on_a_turned_page_is_put_back_on_the_page(turned, box, expected):
    assert page_box(SimpleNamespace(turned=turned, width=120, height=200), box) == expected


def _flagged_numbers(path) -> list:
    """Every number OCR read on the page, flagged as if unsure (the confidence bar set above 1)."""
    import pipeline.readers.ocr.page as ocr_page

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ocr_page, "LOW_CONFIDENCE", 1.01)
        return [f for f in extract_document(path).findings if f.code == "ocr_low_confidence"]


def test_the_crop_of_a_value_on_an_upside_down_page_is_where_it_lies_and_upright(tmp_path):
    """The indicator page scanned upside down and square on: each value's box is the square-on box turned half
    round the page, and its crop, read again by Tesseract as it stands, holds the value's digits."""
    from pipeline.page_crops import PageCropper
    from pipeline.readers.ocr.engine import read_blocks

    upside = build_scans.upside_down(AGDS_PDF, tmp_path / "upside.pdf", page=INDICATOR_PAGE, seed=2)
    square = build_scans.scan_pdf(AGDS_PDF, tmp_path / "square.pdf", build_scans.ScanStyle(max_skew=0.0), seed=2,
                                  pages=[INDICATOR_PAGE])
    width, height = pdfium.PdfDocument(str(AGDS_PDF))[INDICATOR_PAGE].get_size()
    upright = {f.message.split(": ", 2)[2].split(" was")[0]: f.location.bbox for f in _flagged_numbers(square)}
    flagged = _flagged_numbers(upside)
    assert len(flagged) >= 8
    cropper, placed, shown = PageCropper(upside), 0, 0
    for finding in flagged:
        value = finding.message.split(": ", 2)[2].split(" was")[0]
        if value in upright:
            x0, top, x1, bottom = upright[value]
            placed += max(abs(a - b) for a, b in zip(finding.location.bbox, (width - x1, height - bottom,
                                                                             width - x0, height - top), strict=True)) < 4
        uri = cropper.data_uri(finding.location.page, finding.location.bbox)
        crop = Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("L")
        crop = np.asarray(crop.resize((crop.width * 2, crop.height * 2)))
        [words] = read_blocks(crop, 288.0, [(0, 0, crop.shape[1], crop.shape[0])], "rus+eng")
        read = re.sub(r"\D", "", "".join(w.text for w in words))
        shown += re.sub(r"\D", "", value) in read
    assert placed >= 0.8 * len(flagged) and shown >= 0.7 * len(flagged)  # before: boxes and crops upside down, 0 of 10


@pytest.mark.parametrize("texts, numbering", [
    (["1", "2", "3", "4", "5", "6", "7"], True),
    (["i", "2", "3", "4", "5", "6", "7"], True),  # OCR read '1' as 'i'
    (["1", "2", "9", "4", "5"], True),
    (["i", "2", "3"], False),  # too short to forgive
    (["i", "2", "3", "4", "x", "6"], False),  # two misread
    (["1", "Доля", "3", "4", "5"], False),  # a word is no misread number
    (["1", "2", "3", "4", "5", "6", "70"], True),  # ascending numbers, as before
    (["1", "2", "3", "4", "5", "6", "7", "8x"], False),
    (["1", "2", "3", "2 224", "5", "6"], True),  # a 300-dpi scan of report 8905: '4' and specks beside it
    (["1", "2", "2 224", "4"], False),  # too short to forgive more than a short token
    (["1", "2", "3", "4 и 5", "5", "6"], False),
    (["(нк", "2\n|", "3", "4", "5", "6"], True),  # a photographed page read at 240 dpi: '1' and specks around it
    (["(нкх", "2", "3", "4", "5", "6"], False),  # three letters are a word, specks or not
])
def test_column_number_row_forgives_one_misread_number(texts, numbering):
    assert is_column_number_row(texts) is numbering


def test_a_pdf_named_doc_is_said_to_be_a_pdf(tmp_path):
    shutil.copy(AGDS_PDF, tmp_path / "report.doc")
    report = extract_document(tmp_path / "report.doc")
    assert [(f.code, f.message) for f in report.findings] == [
        ("unreadable_document", "report.doc: not a Word .doc file: it is a PDF named .doc; rename it to .pdf to read it")]


def test_a_document_of_blank_scans_fails_saying_so(tmp_path):
    """The batch prints a failed document's errors: for a blank scan, that its pages are blank, not 'not a report'."""
    path = build_scans.blank_scan(tmp_path / "blank.pdf", seed=77)
    errors = [f.message for f in extract_document(path).findings if f.severity == "error"]
    assert errors == ["blank.pdf: nothing to read: every page is a blank scan (OCR found no text on it)"]
