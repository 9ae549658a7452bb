"""What a narrow, justified table column does to a scan, read back as the text PDF reads it. Real scans of generated
reports' pages (as benchmarks/ocr_eval.py scans them), compared with the born-digital PDF's records:

- a comma or closing bracket the column wrapped alone to the next line ("строительства" / ", применение",
  "документации" / ",") is written after the word it closes (pipeline/readers/ocr/wrapped_marks.py);
- a dash the recogniser reads in the blank gap of a justified line ("конкурсов с — предварительным") is dropped:
  its box holds no ink (ocr/marks.py);
- a status with its bracketed remark parted by the column and a comment after it ("Достигну" / "т" / "(перевыпо" /
  "лнен)" / "Превышение ...") keeps the remark (ocr/wording.py);
- a capital preposition opening a cell before a number keeps its case ("В 2020 году", ocr/reading.py);
- a compound's first part read apart from its last letter ("человек" / "о-часов") is one word (ocr/fragments.py), and
  its rest broken at a line end ("челове" / "KO-") keeps its linking vowel (ocr/breaks.py).
"""
from __future__ import annotations

import pytest

from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.breaks import _rest_of
from pipeline.readers.ocr.fragments import joined_text
from test_ocr_prose import needs_tools, scanned_page, text_pdf


@pytest.fixture(scope="module")
def report_8993(tmp_path_factory):
    return text_pdf(8993, tmp_path_factory.mktemp("report8993"))


@pytest.fixture(scope="module")
def report_8995(tmp_path_factory):
    return text_pdf(8995, tmp_path_factory.mktemp("report8995"))


def _measures(document) -> dict[str, str]:
    return {r.risk: r.planned_measures or "" for r in document.risks}


def _measures_born_and_scanned(report, dpi: int) -> tuple[dict[str, str], dict[str, str]]:
    """The planned measures of the report's first page, from the text PDF and from its scan at dpi."""
    from pipeline.extract import extract_document

    born = _measures(extract_document(report))
    return born, _measures(extract_document(scanned_page(report, 0, dpi), ocr=OcrOptions()))


@needs_tools
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_comma_wrapped_alone_to_the_next_line_closes_the_word_before_it(report_8993, dpi):
    born, scan = _measures_born_and_scanned(report_8993, dpi)
    wrapped = [risk for risk, text in born.items() if "строительства, применение" in text]
    assert wrapped and all(scan.get(risk) == born[risk] for risk in wrapped)


@needs_tools
@pytest.mark.parametrize("dpi", [200, 300])
def test_no_dash_is_read_in_the_blank_gap_of_a_justified_line(report_8995, dpi):
    born, scan = _measures_born_and_scanned(report_8995, dpi)
    gapped = [risk for risk, text in born.items() if "конкурсов с предварительным" in text]
    assert gapped and all(scan.get(risk) == born[risk] for risk in gapped)


@needs_tools
def test_a_capital_preposition_opening_a_cell_before_a_number_keeps_its_case(report_8995):
    from pipeline.extract import extract_document

    born = [r.actual_measures for r in extract_document(report_8995).risks if (r.actual_measures or "").startswith("В 20")]
    scan = extract_document(scanned_page(report_8995, 1, 300, also=(0,)), ocr=OcrOptions())
    read = [r.actual_measures for r in scan.risks if (r.actual_measures or "").lower().startswith("в 20")]
    assert read and all(text in born for text in read)


@needs_tools
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_status_remark_parted_by_a_narrow_column_stays_with_its_status(report_8993, dpi):
    from pipeline.extract import extract_document

    born = {i.name: i.status_text for i in extract_document(report_8993).indicators}
    scan = extract_document(scanned_page(report_8993, 6, dpi, also=(4, 5)), ocr=OcrOptions())
    remarked = [i for i in scan.indicators if born.get(i.name) == "Достигнут (перевыполнен)"]
    assert remarked and all(i.status_text == "Достигнут (перевыполнен)" for i in remarked)


@pytest.mark.parametrize("pieces, expected", [
    (["человек", "о-часов"], "человеко-часов"),
    (["кто", "-то"], None),  # a hyphen first: no piece of a word's letters
    (["и", "так"], None),
])
def test_a_compound_read_apart_from_its_first_parts_last_letter_is_one_word(pieces, expected):
    assert joined_text(pieces) == expected


@pytest.mark.parametrize("head, start, expected", [
    ("челове", "KO-", ("ко-", None)),  # "человеко-" / "часов": a compound's first part, its linking "о" kept
    ("обеспечени", "елиц", ("е", "лиц")),  # as before: the rest and a word of its own
])
def test_the_rest_of_a_compound_broken_at_a_line_end_keeps_its_hyphen(head, start, expected):
    assert _rest_of(head, start) == expected
