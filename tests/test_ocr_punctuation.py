"""A full stop read as a comma, told by the word after it (pipeline/readers/ocr/punctuation.py)."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.punctuation import dashes_apart, full_stops, opens_sentence, without_impossible_marks


@pytest.mark.parametrize("text, opens", [
    ("В", True),  # a preposition with a capital starts a sentence
    ("Кроме", True),
    ("Также", True),
    ("в", False),
    ("Агентство", False),  # a name may follow a comma ("..., Агентство и Министерство")
    ("Казахстан", False),
    ("КоАП", False),
    ("И.И.", False),  # initials
])
def test_a_capitalised_function_word_opens_a_sentence(text, opens):
    assert opens_sentence(text) == opens


def line(*texts: str, comma_choices: tuple[str, ...] = (".",)) -> list[Word]:
    words, x = [], 0.0
    for text in texts:
        letters = [Letter(ch, x + 10 * k, x + 10 * k + 9, 0.0, 20.0, comma_choices if ch == "," else ())
                   for k, ch in enumerate(text)]
        words.append(Word(text, round(x), 0, round(x + 10 * len(text)), 20, 0.9, 0, 20.0, 30.0, letters))
        x += 10 * len(text) + 8
    return words


@pytest.mark.parametrize("words, expected", [
    (line("тенге,", "В", "целях"), ["тенге.", "В", "целях"]),
    (line("тенге,", "в", "целях"), ["тенге,", "в", "целях"]),  # a small letter after it: a comma
    (line("тенге,", "Агентство"), ["тенге,", "Агентство"]),
    (line("тенге,", "В", "целях", comma_choices=()), ["тенге,", "В", "целях"]),  # no point weighed: as read
])
def test_a_comma_before_a_sentence_is_its_full_stop(words, expected):
    full_stops(words)
    assert [w.text for w in words] == expected
    assert [w.text for w in words] == ["".join(x.text for x in w.letters) for w in words]


# Words around a mark, as OCR read them on the scans of generated reports (benchmarks/ocr_eval.py batches).
@pytest.mark.parametrize("texts, expected", [
    (("создано", "рабочих"), None),
    (("по", "итогам."), None),
    (("линиям.", "связи"), ("линиям", "связи")),  # a speck beside the last letter, a small letter after it
    (("госслужащих.", "ниже"), ("госслужащих", "ниже")),
    (("на.", "воде."), ("на", "воде.")),  # no sentence ends with a preposition
    (("по.", "итогам"), ("по", "итогам")),
    (("1663", ".", "патрулирований,"), ("1663", "патрулирований,")),  # a lone point before a small letter
    (("средств", ".", "массовой"), ("средств", "массовой")),
    (("тыс.", "тенге"), ("тыс.", "тенге")),  # an abbreviation's point stays
    (("млн.", "тенге"), ("млн.", "тенге")),
    (("тер.", "департаменты"), ("тер.", "департаменты")),  # too short to tell from an abbreviation
    (("т.д.", "в"), ("т.д.", "в")),
    (("с.", "Кызылту"), ("с.", "Кызылту")),
    (("тенге.", "В", "целях"), ("тенге.", "В", "целях")),  # a sentence's end before a capital
    (("тенге.", "2020"), ("тенге.", "2020")),
    (("Доля.", "выпускников"), ("Доля", "выпускников")),  # a sentence's first word ends none either
    (("Число.", "обращений"), ("Число", "обращений")),
    (("Рис.", "схема"), ("Рис.", "схема")),  # too short to tell from an abbreviation
    (("Прим.", "данные"), ("Прим.", "данные")),  # no dictionary word: maybe an abbreviation
    (("ООО.", "строительство"), ("ООО.", "строительство")),  # capitals: an abbreviation or a name
    (("Низкий", "-", "объем"), ("Низкий", "объем")),  # an adjective and the noun it agrees with: no dash
    (("цифровой", "–", "грамотности"), ("цифровой", "грамотности")),
    (("к", "-", "персональным"), ("к", "персональным")),  # no dash after a preposition
    (("вследствие", "-", "длительных"), ("вследствие", "длительных")),
    (("область", "–", "подключено"), ("область", "–", "подключено")),  # a dash between subject and predicate
    (("году", "–", "397"), ("году", "–", "397")),
    (("первый", "–", "рост"), ("первый", "–", "рост")),  # an ordinal before a dash may stand for a noun
    (("переменной", "–", "бонусы"), ("переменной", "–", "бонусы")),
])
def test_marks_no_sentence_can_hold_are_dropped(texts, expected):
    words = line(*texts)
    for w in words:
        w.block = 3  # one table cell
    without_impossible_marks(words)
    assert tuple(w.text for w in words) == (expected or texts)
    assert [w.text for w in words] == ["".join(x.text for x in w.letters) for w in words]


@pytest.mark.parametrize("texts, expected", [
    (("Не-выполнено",), ("Не", "выполнено")),  # "не" is never hyphenated to the word it negates
    (("ни-одного",), ("ни", "одного")),
    (("месяца-на", "треть"), ("месяца", "на", "треть")),  # nor a word to a preposition after it
    (("году-и",), ("году", "и")),
    (("из-за",), None),  # a compound preposition
    (("кто-либо",), None),  # a particle after the hyphen
    (("сделай-ка",), None),
    (("северо-восток",), None),
    (("веб-ресурсы",), None),
    (("Е-Собес",), None),
])
def test_a_hyphen_no_compound_can_hold_parts_its_words(texts, expected):
    words = line(*texts)
    dashes_apart(words)
    assert tuple(w.text for w in words) == (expected or texts)
    assert [w.text for w in words] == ["".join(x.text for x in w.letters) for w in words]


def test_a_page_of_no_words_has_no_dash_to_part():
    words: list = []
    dashes_apart(words)
    assert words == []
