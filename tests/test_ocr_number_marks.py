"""A decimal comma with a speck of dust above it read as a colon between a number's digits ("5:5", "1:9"): the mark
is the comma its lower piece shows when its upper piece is no dot (ocr/marks.py, as for a word's last mark), so the
fact cell is a number again. Real scans of varied samples (as benchmarks/ocr_eval.py builds and scans them)."""
from __future__ import annotations

import pytest

from pipeline.layout import Table
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.pdf import read_pdf
from test_ocr_prose import needs_tools, scanned_page, varied_pdf


def rows_with(path, word: str) -> list[list[str]]:
    layout = read_pdf(str(path), ocr=OcrOptions())
    return [b.row_texts(r) for b in layout.blocks if isinstance(b, Table) for r in range(len(b.rows))
            if word in " ".join(b.row_texts(r))]


@needs_tools
@pytest.mark.parametrize("sample, seed, page, word, numbers", [
    ("ministry_landscape_2020", 9071, 3, "Уровень безработицы", ["5,3", "5,5"]),  # "5:5" before
    ("committee_long_2021", 9070, 6, "после сбоя", ["1,9", "1,9"]),  # "1:9" before
])
def test_a_decimal_comma_read_as_a_colon_between_digits_is_a_comma(tmp_path, sample, seed, page, word, numbers):
    [row] = rows_with(scanned_page(varied_pdf(sample, seed, tmp_path), page, 300), word)
    assert [cell for cell in row if "," in cell and len(cell) < 6] == numbers
