"""Capitals where Russian writes none, told by the dictionary and the words around them
(pipeline/readers/ocr/casing.py), on words as OCR read them and on the very scan the benchmark scores."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr.casing import small_letters_restored
from pipeline.readers.ocr.engine import Letter, Word
from test_ocr_generated import TOOLS_MISSING, benchmark_scan


def cell(*texts: str) -> list[Word]:
    """The words of one table cell, letters 10 px wide."""
    words, x = [], 0.0
    for text in texts:
        letters = [Letter(ch, x + 10 * k, x + 10 * k + 9, 0.0, 20.0) for k, ch in enumerate(text)]
        words.append(Word(text, round(x), 0, round(x + 10 * len(text)), 20, 0.9, 0, 20.0, 30.0, letters, 4))
        x += 10 * len(text) + 8
    return words


@pytest.mark.parametrize("texts, expected", [
    (("операторов", "свяЗи"), ("операторов", "связи")),  # one capital inside a dictionary word
    (("операторов", "сВязи"), ("операторов", "связи")),
    (("линиям", "свЯзи", "1621"), ("линиям", "связи", "1621")),
    (("подключены", "ЦОНы,", "СпецЦОНы,"), None),  # abbreviations: no dictionary word in small letters
    (("статье", "465", "КоАП"), None),
    (("отделений", "ПОЧТОВОЙ", "связи"), ("отделений", "почтовой", "связи")),  # capitals between small words
    (("услуги", "со", "CTOPOHbI", "государственных"), ("услуги", "со", "стороны", "государственных")),
    (("Стратегическое", "направление"), None),
    (("СТРАТЕГИЧЕСКОЕ", "НАПРАВЛЕНИЕ", "1."), None),  # a heading in capitals
    (("данные", "ПОЧТОВОЙ"), None),  # the cell's last word: nothing after it tells a sentence goes on
    (("данные", "АО", "«Казпочта»"), None),
    (("взносов", "ЕНПФ", "в"), None),
])
def test_capitals_where_russian_writes_none_are_made_small(texts, expected):
    words = cell(*texts)
    small_letters_restored(words)
    assert tuple(w.text for w in words) == (expected or texts)
    assert [w.text for w in words] == ["".join(x.text for x in w.letters) for w in words]


@pytest.fixture(scope="module")
def report_8903_risks(tmp_path_factory) -> str:
    """The risk and indicator tables of generated report 8903 (pages 1-4) scanned at 300 dpi as the benchmark
    scans it, read by OCR: its cells' text, one line each."""
    if TOOLS_MISSING is not None:
        pytest.skip(str(TOOLS_MISSING))
    from pipeline.readers.ocr import OcrOptions
    from pipeline.readers.pdf import read_pdf

    _, scan = benchmark_scan(8903, tmp_path_factory.mktemp("report8903"), dpi=300, pages=[0, 1, 2, 3])
    layout = read_pdf(str(scan), ocr=OcrOptions())
    return "\n".join(c.text for table in layout.tables() for row in table.rows for c in row.cells)


@pytest.mark.parametrize("read", [
    "служебного жилья молодым",  # the recogniser's "Жилья", "Связи": a capital no taller than a small letter
    "Нанесение трасс линий связи на",
    "повреждений линий связи сократилось",
    "со стороны государственных",  # read in Latin capitals, "CTOPOHbI"
])
def test_a_scans_capitals_mid_sentence_are_read_small(report_8903_risks, read):
    assert read in report_8903_risks


def test_a_real_capital_mid_sentence_stays(report_8903_risks):
    assert "зондирования Земли" in report_8903_risks


def test_a_status_words_ending_misread_on_a_line_of_its_own_is_the_pages_ending(report_8903_risks):
    """"Достигнут" / "fe)" and "Выполнен" / "е)" in the narrow status column of page 4 (ocr/wording.py); the
    page's other status cell reads "Выполнено"."""
    cells = report_8903_risks.splitlines()
    assert cells.count("Выполнено") >= 3 and "Достигнуто" in cells
    assert not {"Выполнен е)", "Достигнут fe)"} & set(cells)
