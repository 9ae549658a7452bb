"""An inflected word parted before its ending where both pieces are dictionary words ("координационно" / "му":
"му" is an interjection): joined, on one line (ocr/fragments.py) or over a narrow cell's line end (pdf/paragraphs.py),
when the whole is a form of the first piece's own word; a function word after a word ("том у", "так же") stays.
A real scan of a generated report's risk page (as benchmarks/ocr_eval.py scans) and the pieces themselves."""
from __future__ import annotations

import pytest

from pipeline import morph
from pipeline.layout import Table
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.fragments import joined_text
from pipeline.readers.pdf import read_pdf
from test_ocr_prose import needs_tools, scanned_page, text_pdf


@pytest.mark.parametrize("stem, ending, expected", [
    ("координационно", "му", True),  # "координационному": a form of "координационный", as the short form is
    ("нов", "ые", True),
    ("это", "го", True),
    ("том", "у", False),  # a preposition
    ("так", "же", False),  # a particle
    ("и", "так", False),
    ("в", "ходе", False),
    ("за", "дачи", False),  # "задачи" is no form of "за"
    ("она", "ми", False),
    ("координационно", "мурлыка", False),  # longer than an ending
])
def test_an_ending_of_the_words_own_is_told_from_a_word(stem, ending, expected):
    assert morph.ending_of_own_word(stem, ending) is expected


@pytest.mark.parametrize("pieces, expected", [
    (["координационно", "му"], "координационному"),
    (["чрезвычайног", "о"], "чрезвычайного"),  # as before: a piece no word
    (["том", "у"], None),
    (["и", "так"], None),
])
def test_pieces_of_one_line_joined(pieces, expected):
    assert joined_text(pieces) == expected


def cell_texts(path) -> str:
    layout = read_pdf(str(path), ocr=OcrOptions())
    return " ".join(" ".join(b.row_texts(r)) for b in layout.blocks if isinstance(b, Table) for r in range(len(b.rows)))


@needs_tools
def test_a_word_broken_before_its_ending_in_a_narrow_cell_is_one_word(tmp_path):
    pdf = text_pdf(8975, tmp_path)
    text = " ".join(cell_texts(scanned_page(pdf, 4, 300)).split())
    assert "Национальному координационному центру" in text and "координационно му" not in text
