"""Punctuation the recogniser writes where the scan has no ink is dropped, and a breve over a capital with no ink
of its own (pipeline/readers/ocr/marks.py)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.marks import without_phantom_breves, without_phantom_marks

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


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


def rendered(text: str, read: str, choices: dict[int, str]) -> tuple[Word, np.ndarray]:
    """The text drawn at 12 pt, 300 dpi, read as `read`: letters boxed on their own ink."""
    font = ImageFont.truetype(str(FONT), 50)
    image = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 60), text, font=font, fill=0)
    letters = []
    for k, ch in enumerate(read):
        x0, top, x1, bottom = draw.textbbox((40 + draw.textlength(text[:k], font=font), 60), text[k], font=font)
        letters.append(Letter(ch, x0, x1, top, bottom, tuple(choices.get(k, ""))))
    baseline = max(x.bottom for x in letters)
    word = Word(read, round(letters[0].x0), round(min(x.top for x in letters)), round(letters[-1].x1),
                round(baseline), 0.9, 0, baseline, 60.0, letters)
    return word, np.asarray(image).copy()


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu Sans not installed")
@pytest.mark.parametrize("text, read, choices, expected", [
    ("АИС", "АЙС", {1: "И"}, "АИС"),  # a breve read where the page has none
    ("АЙС", "АЙС", {1: "И"}, "АЙС"),  # a breve of ink stays
    ("АИС", "АЙС", {}, "АЙС"),  # "И" never weighed: as read
])
def test_a_breve_over_a_capital_needs_its_ink(text, read, choices, expected):
    word, pixels = rendered(text, read, choices)
    without_phantom_breves([word], pixels)
    assert word.text == expected
