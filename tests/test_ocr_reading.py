"""Recognised words made right from their letters' boxes and the recogniser's choices (pipeline/readers/ocr/reading.py).

Words are built as Tesseract returns them: letters with pixel boxes (about 10 px wide, 2 px apart at
200 dpi) and, per letter, the other readings it weighed.
"""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.reading import pieces, read_as_written

LINE_HEIGHT = 30.0


def word(text: str, gaps: dict[int, float] | None = None, choices: dict[int, str] | None = None,
         width: float = 10.0, gap: float = 2.0) -> Word:
    """A word whose letter k stands gaps[k] px after the letter before it (else `gap`)."""
    letters, x = [], 100.0
    for k, ch in enumerate(text):
        x += (gaps or {}).get(k, gap) if k else 0.0
        letters.append(Letter(ch, x, x + width, 100.0, 120.0, tuple((choices or {}).get(k, ""))))
        x += width
    return Word(text, 100, 100, round(x), 120, 0.9, 0, 120.0, LINE_HEIGHT, letters)


def comma_in_last_box(w: Word) -> Word:
    """The last letter's box widened and deepened by a comma after the one before (as read on a 200-dpi scan)."""
    last = w.letters[-1]
    w.letters[-1] = last._replace(x0=last.x0 - 6.0, bottom=last.bottom + 4.0)
    return w


def texts(w: Word) -> list[str]:
    return [text for text, _, _ in pieces(w, LINE_HEIGHT)]


@pytest.mark.parametrize("w, expected", [
    (word("АСПк", gaps={3: 9.0}), ["АСП", "к"]),  # a narrow space Tesseract glued over
    (word("была", gaps={1: 9.0}), ["была"]),  # a dictionary word keeps its own wide gap ("б ыла")
    (word("18975", gaps={2: 6.0}), ["18", "975"]),  # the digit groups of "18 975"
    (word("18975"), ["18975"]),  # evenly spaced digits are one number
    (word("12345", gaps={1: 6.0}), ["12345"]),  # a wider pitch that leaves no groups of three is no space
    (word("услугв", gaps={5: 4.0}), ["услуг", "в"]),  # a one-letter preposition glued on
    (word("услуга", gaps={5: 4.0}), ["услуга"]),  # ... but not off a dictionary word
])
def test_pieces_cut_words_where_a_space_stands(w, expected):
    assert texts(w) == expected


@pytest.mark.parametrize("w, unsure", [
    (word("272", width=11.0, gap=3.0), False),  # digits 14 px apart, 20 px high
    (word("272", gaps={2: 12.0}, width=11.0, gap=3.0), True),  # the room of a comma between 7 and 2: "27,2"
    (word("18975", gaps={2: 12.0}, width=11.0, gap=3.0), False),  # the space of a digit group ("18 975")
    (word("11", gaps={1: 21.0}, width=6.0), True),  # "1,1": a 10-pt comma adds about 9 px at 200 dpi
    (word("11", gaps={1: 12.0}, width=6.0), False),  # "11": tabular digits, the narrow "1" leaves gaps of its own
    (comma_in_last_box(word("272", width=11.0, gap=3.0)), True),  # Tesseract's box of the last "2" took the comma
])
def test_a_number_that_lost_its_decimal_comma_is_flagged_not_trusted(w, unsure):
    read_as_written([w], np.full((200, 400), 255, np.uint8))
    assert (w.confidence < 0.8) == unsure


@pytest.mark.parametrize("w, expected", [
    (word("обьем", choices={2: "ъы"}), "объем"),  # ъ/ь look alike: the dictionary decides
    (word("тенге", choices={3: "т"}), "тенге"),  # г/т do not: an unknown word stays as read ("тенте" is a word too)
    (word("услугв", choices={5: "а"}), "услугв"),  # ... nor в/а: the glued preposition is cut later instead
    (word("объем", choices={2: "ь"}), "объем"),  # a dictionary word is left alone
])
def test_dictionary_choice_trades_only_letters_alike(w, expected):
    read_as_written([w], np.full((200, 400), 255, np.uint8))
    assert w.text == expected
