"""Punctuation the recogniser writes where the scan has no ink is dropped (pipeline/readers/ocr/marks.py)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.marks import without_phantom_marks


def _word_on_page(text: str, inked: str) -> tuple[Word, np.ndarray]:
    """Letters 10 px wide, 2 px apart, baseline at 120; ink drawn for every letter, and for the last only if
    `inked` says so ("point": a 4-px point on the baseline; "inside": the mark's box within the letter before's and
    nothing there; "tucked": the same with a comma there)."""
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
    if inked in ("inside", "tucked"):
        before = letters[-2]
        pixels[100:121, round(before.x1) - 4:round(before.x1) + 1] = 255  # the letter's ink stops short ...
        if inked == "tucked":
            pixels[116:121, round(before.x1) - 3:round(before.x1)] = 0  # ... and a comma stands in its box
        letters[-1] = letters[-1]._replace(x0=before.x1 - 1, x1=before.x1)  # the mark's box ends with the letter's
    return Word(text, 100, 100, round(x), 120, 0.9, 0, 120.0, 30.0, letters, 5), pixels


@pytest.mark.parametrize("text, inked, expected", [
    ("материалов.", "", "материалов"),  # a point where the cell is blank: the model's guess
    ("предпринимательства:", "", "предпринимательства"),
    ("43,8.", "", "43,8"),
    ("материалов.", "point", "материалов."),  # a point of ink stays
    ("г.", "point", "г."),
    ("лиц,", "tucked", "лиц,"),  # the comma inside the letter's box ("лиц," at 300 dpi): a small piece of its own
    ("материалов.", "inside", "материалов"),  # the mark's box inside the letter's, no piece of ink: a guess
    ("материалов", "", "материалов"),
])
def test_a_trailing_mark_without_ink_of_its_own_is_dropped(text, inked, expected):
    word, pixels = _word_on_page(text, inked)
    without_phantom_marks([word], pixels)
    assert word.text == expected == "".join(x.text for x in word.letters)
