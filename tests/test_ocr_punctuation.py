"""A full stop read as a comma, told by the word after it (pipeline/readers/ocr/punctuation.py)."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.punctuation import full_stops, opens_sentence


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
