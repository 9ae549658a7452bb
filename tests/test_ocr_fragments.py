"""Pieces of one word read as words of their own, joined by the dictionary (pipeline/readers/ocr/fragments.py)."""
from __future__ import annotations

import pytest

from pipeline.readers.ocr.fragments import joined_text, split_at_speck


@pytest.mark.parametrize("texts, expected", [
    (["чрезвычайног", "о"], "чрезвычайного"),  # an unknown piece and its ending
    (["таки", "е"], "такие"),  # "е" is no one-letter word
    (["таки", "е,"], "такие,"),  # closing marks stay after the word
    (["«таки", "е»"], "«такие»"),  # ... and opening ones before it
    (["Админ", "и", "стративные"], "Административные"),  # three pieces, a capital first
    (["и", "так"], None),  # two words that make a word together stay apart ("итак")
    (["в", "ходе"], None),  # "входе"
    (["сведений", "о"], None),  # a word and a one-letter word that make no word
    (["крупног", "О"], None),  # a capital after the first piece: no piece of the word
    (["Жам", "былская"], None),  # not a dictionary word together: as read
    (["стем", "2"], None),  # a digit is no letter of the word
    (["ЦОН", "а"], None),  # an abbreviation in capitals is no fragment
    (["слово"], None),
])
def test_pieces_join_only_into_a_dictionary_word_they_are_not_already(texts, expected):
    assert joined_text(texts) == expected


@pytest.mark.parametrize("text, point", [
    ("из.них", 2),  # a speck in the space read as a point
    ("отказов.по", 7),
    ("в.2023", 1),  # a one-letter word before a number
    ("(в.2023", 2),
    ("г.Алматы", None),  # an abbreviation's point
    ("ст.41", None),
    ("и.о.", None),  # a one-letter word after it: an abbreviation too
    ("т.д.", None),
    ("года.По", None),  # a capital after it: a sentence's end
    ("ЕНПФ.по", None),  # no dictionary word before it
    ("из.нпх", None),  # no word after it
    ("59'573", 2),  # a number's digit groups: the narrow space between them read as a quote (gen_07801, 200 dpi)
    ("1’251,5", 1),
    ("(18`294,2", 3),
    ("59'57", None),  # no group of three after it
    ("2023'", None),
])
def test_a_point_between_two_words_is_a_speck_in_the_space(text, point):
    assert split_at_speck(text) == point
