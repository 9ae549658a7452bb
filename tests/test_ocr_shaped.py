"""Russian words read in Latin signs of their letters' shapes, "(0)" for an "о", Latin words parted (ocr/shaped.py),
and small words and marks settled by the sentence around them (ocr/inline.py)."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.inline import settle_in_sentence
from pipeline.readers.ocr.scripts import in_russian_letters


def _line(*texts: str, line: int = 0, block: int = 3, x: int = 0) -> list[Word]:
    """Words of one line of a table cell, each letter 10 px wide, words 15 px apart."""
    words = []
    for text in texts:
        letters = [Letter(ch, x + 10 * k, x + 10 * (k + 1), 0, 20) for k, ch in enumerate(text)]
        words.append(Word(text, x, 0, x + 10 * len(text), 20, 0.9, line, 18.0, 20.0, letters, block))
        x += 10 * len(text) + 15
    return words


@pytest.mark.parametrize(("line", "expected"), [
    (("Не", "BbITIOJIH", "ено"), ("Не", "выполнено")),  # "ы" as "bI", "п" as "TI", "л" as "JI"; the rest joined
    (("TBIC.", "человек"), ("тыс.", "человек")),  # capitals of small letters' shapes: small
    (("построенных", "BOJIOKOHHO-оптических"), ("построенных", "волоконно-оптических")),  # known only as a compound
    (("Данные", "системног", "(0)", "оператора"), ("Данные", "системного", "оператора")),
    (("Достигнут", "(0)"), ("Достигнуто",)),
    (("Отчет", "Transparenc", "y", "Internationa", "1"), ("Отчет", "Transparency", "International")),
    (("принципам", "SMART."), ("принципам", "SMART.")),  # no Russian word in its shapes
    (("выбросы", "CO2", "сокращены"), ("выбросы", "CO2", "сокращены")),
    (("Digital", "agent"), ("Digital", "agent")),  # among Latin words
    (("доктора", "PhD"), ("доктора", "PhD")),
    (("Данные", "AMC", "«Е-Собес»"), ("Данные", "AMC", "«Е-Собес»")),  # capitals read one for one: an abbreviation
    (("в", "(0)"), ("в", "(0)")),  # "во" is a word, but "в" no word to end in "о"
])
def test_words_in_latin_shapes_read_in_cyrillic(line, expected):
    words = _line(*line)
    in_russian_letters(words)
    assert tuple(w.text for w in words) == expected
    assert all(w.text == "".join(x.text for x in w.letters) for w in words)


def test_a_word_in_latin_shapes_completed_on_the_next_line_is_left_as_the_head_the_pdf_reader_joins():
    words = _line("Не", "BbITIOJIH") + _line("ено", line=1)
    in_russian_letters(words)
    assert [(w.text, w.line) for w in words] == [("Не", 0), ("выполн", 0), ("ено", 1)]


def test_a_bracketed_zero_on_a_cells_next_line_ends_the_word_before():
    words = _line("Данные", "системног") + _line("(0)", "оператора", line=1)
    in_russian_letters(words)
    assert [(w.text, w.line) for w in words] == [("Данные", 0), ("системного", 0), ("оператора", 1)]


@pytest.mark.parametrize(("line", "expected"), [
    (("Исполнено", "не", "В", "полном", "объеме"), ("Исполнено", "не", "в", "полном", "объеме")),
    (("сетей", "В", "1", "251"), ("сетей", "в", "1", "251")),
    (("категории", "В", "и", "С"), ("категории", "В", "и", "С")),  # a category's letter: no preposition
    (("году.", "В", "рамках"), ("году.", "В", "рамках")),  # a sentence begins
    (("доступности", "'", "сервисов"), ("доступности", "сервисов")),  # a lone quote between Russian words
    (("разработаны", "иутверждены", "новые"), ("разработаны", "и", "утверждены", "новые")),
    (("подстанций", "и9", "159", "км"), ("подстанций", "и", "9", "159", "км")),
    (("разработаны", "иметь"), ("разработаны", "иметь")),  # a dictionary word as it stands
])
def test_small_words_and_marks_settled_by_the_sentence(line, expected):
    words = _line(*line, block=-1)
    settle_in_sentence(words)
    assert tuple(w.text for w in words) == expected
    assert all(w.text == "".join(x.text for x in w.letters) for w in words)


def test_a_line_start_is_not_cut_after_a_one_letter_word():
    words = _line("квалифицир") + _line("ованных", "ИТ", line=1)  # the rest of a word broken at the line before
    settle_in_sentence(words)
    assert [w.text for w in words] == ["квалифицир", "ованных", "ИТ"]


def test_a_number_glued_to_a_one_letter_word_is_cut_off_at_a_line_start_too():
    words = _line("подстанций") + _line("и9", "159", "км", line=1)
    settle_in_sentence(words)
    assert [w.text for w in words] == ["подстанций", "и", "9", "159", "км"]


def test_words_in_latin_shapes_of_a_narrow_cell_one_a_line():
    words = (_line("построенных") + _line("BOJIOKOHHO-", line=1) + _line("оптических", line=2)
             + _line("Transparenc", line=3) + _line("y", line=4) + _line("TBIC.", line=5, block=4)
             + _line("человек", line=6, block=4))
    in_russian_letters(words)
    assert [w.text for w in words] == ["построенных", "волоконно-", "оптических", "Transparency", "тыс.", "человек"]


def test_a_capital_preposition_at_a_line_start_inside_a_sentence_is_made_small():
    words = _line("строительство", "сетей") + _line("В", "1", "251", line=1)
    settle_in_sentence(words)
    assert [w.text for w in words] == ["строительство", "сетей", "в", "1", "251"]
    page_text = _line("Аналитическая", "записка", block=-1) + _line("В", "2020", "году", line=1, block=-1)
    settle_in_sentence(page_text)  # a heading with no full stop before a paragraph
    assert [w.text for w in page_text] == ["Аналитическая", "записка", "В", "2020", "году"]
