"""Column headers read by OCR in Latin letters of their Cyrillic letters' shapes ("Ед. U3M." for "Ед. изм."): the
column still takes its role (pipeline/tables.py map_columns). A real scan of a generated report's indicator page (as
benchmarks/ocr_eval.py scans) and the header wordings themselves."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr import OcrOptions
from pipeline.tables import INDICATOR, map_columns
from test_ocr_prose import needs_tools, scanned_page, text_pdf

HEADER = ["Наименование целевого индикатора", "Ед. изм.", "План на 2022 год", "Факт за 2022 год", "Статус достижения",
          "Источник"]


@pytest.mark.parametrize("unit_header", ["Ед. изм.", "Ед. U3M.", "Eд. изм.", "EД. U3M"])
def test_a_unit_header_in_latin_shapes_is_the_unit_column(unit_header):
    roles = map_columns([[HEADER[0], unit_header, *HEADER[2:]]], INDICATOR).roles
    assert roles["unit"] == 1 and roles["plan"] == 2 and roles["fact"] == 3 and roles["name"] == 0


@pytest.mark.parametrize("status_header", ["Информация об исполнении", "Информация 00 исполнении",
                                           "Информация 06 исполнении", "Информацияо исполнении"])
def test_a_status_header_whose_about_came_back_in_digits_is_the_status_column(status_header):
    roles = map_columns([["№", "Целевой индикатор", "План", "Факт", "Ед. изм.", status_header]], INDICATOR).roles
    assert roles["status"] == 5


def test_a_latin_header_of_no_cyrillic_shape_stays_unmapped():
    mapped = map_columns([[*HEADER, "KPI"]], INDICATOR)
    assert "KPI" in mapped.unmapped and 6 not in mapped.roles.values()


@needs_tools
def test_a_scanned_unit_header_read_in_latin_shapes_keeps_the_units(tmp_path):
    from pipeline.extract import extract_document

    pdf = text_pdf(8974, tmp_path)  # at 300 dpi its "Ед. изм." header comes back "Ед. U3M."
    born = [i.unit for i in extract_document(pdf).indicators if i.location.page == 3]
    scan = [i.unit for i in extract_document(scanned_page(pdf, 2, 300), ocr=OcrOptions()).indicators]
    assert len(born) >= 5 and scan == born


@needs_tools
def test_a_kazakh_name_broken_over_a_narrow_cells_lines_keeps_its_kazakh_letters(tmp_path):
    from pipeline.layout import Table
    from pipeline.readers.pdf import read_pdf

    pdf = text_pdf(8971, tmp_path)  # "«Қазақстан" broken "«Қазақс" / "тан" in its narrow source column
    layout = read_pdf(str(scanned_page(pdf, 5, 200)), ocr=OcrOptions())
    cells = [c for b in layout.blocks if isinstance(b, Table) for r in range(len(b.rows)) for c in b.row_texts(r)]
    assert "Данные АО «НК «Қазақстан Ғарыш Сапары»" in [" ".join(c.split()) for c in cells]


@needs_tools
def test_a_scanned_status_header_read_with_digits_keeps_the_status_column(tmp_path):
    from pipeline.extract import extract_document

    pdf = text_pdf(8963, tmp_path)  # at 300 dpi its "Информация об исполнении" comes back "Информация 00 исполнении"
    born = [i.status_text for i in extract_document(pdf).indicators if i.location.page == 6]
    scan = [i.status_text for i in extract_document(scanned_page(pdf, 5, 300), ocr=OcrOptions()).indicators]
    assert len(born) >= 3 and scan[:len(born)] == born
