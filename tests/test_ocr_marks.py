"""Punctuation the recogniser writes where the scan has no ink is dropped (pipeline/readers/ocr/marks.py)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.marks import without_phantom_marks


def _word_on_page(text: str, inked: str) -> tuple[Word, np.ndarray]:
    """Letters 10 px wide, 2 px apart, baseline at 120; ink drawn for every letter, and for the last only if
    `inked` says so ("point": a 4-px point on the baseline; "inside": the point within the letter before's box)."""
    pixels = np.full((200, 400), 255, np.uint8)
    letters, x = [], 100.0
    for k, ch in enumerate(text):
        last = k == len(text) - 1
        width = 5.0 if last else 10.0
        letters.append(Letter(ch, x, x + width, 100.0 if not last else 115.0, 120.0))
        if not last:
            pixels[105:120, round(x) + 1:round(x + width) - 1] = 0
        elif inked == "point":
            pixels[116:120, round(x) + 1:round(x) + 5] = 0
        x += width + 2
    if inked == "inside":
        pixels[116:120, round(letters[-2].x1) - 4:round(letters[-2].x1)] = 0
    return Word(text, 100, 100, round(x), 120, 0.9, 0, 120.0, 30.0, letters, 5), pixels


@pytest.mark.parametrize("text, inked, expected", [
    ("материалов.", "", "материалов"),  # a point where the cell is blank: the model's guess
    ("предпринимательства:", "", "предпринимательства"),
    ("43,8.", "", "43,8"),
    ("материалов.", "point", "материалов."),  # a point of ink stays
    ("г.", "point", "г."),
    ("т.", "inside", "т."),  # the mark's room blank but its box inside its neighbour's: left as read
    ("материалов", "", "материалов"),
])
def test_a_trailing_mark_without_ink_of_its_own_is_dropped(text, inked, expected):
    word, pixels = _word_on_page(text, inked)
    if inked == "inside":
        word.letters[-1] = word.letters[-1]._replace(x0=word.letters[-2].x0 + 2, x1=word.letters[-2].x1 - 4)
    without_phantom_marks([word], pixels)
    assert word.text == expected == "".join(x.text for x in word.letters)
