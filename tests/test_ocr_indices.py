"""Digits set raised or lowered after a letter ("м3", "PM2,5", "CO2") read again (pipeline/readers/ocr/indices.py),
on lines rendered as a scan gives them: the recogniser reads such small runs with the letters' model ("м?",
"РМ>5", "СО;"), the model for numbers reads them cut out and enlarged."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.indices import Run, _voted, reread_indices
from pipeline.readers.ocr.reading import read_as_written

FONT = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pytestmark = pytest.mark.skipif(engine.missing() is not None and not os.environ.get("CI"), reason=str(engine.missing()))

SCRIPT_SIZE = 0.58  # a word processor's sub- and superscript size, x the font size
RAISE, LOWER = -0.05, 0.42  # their tops, x the font size, against the line's top


def render(pieces: list[tuple[str, str]], dpi: int, pt: float = 11.0) -> np.ndarray:
    """Grey pixels of one line of (text, position) pieces: position "" on the line, "^" raised, "_" lowered."""
    size = round(pt * dpi / 72)
    font, small = ImageFont.truetype(str(FONT), size), ImageFont.truetype(str(FONT), round(SCRIPT_SIZE * size))
    image = Image.new("L", (round(9 * dpi), 3 * size), 255)
    draw = ImageDraw.Draw(image)
    x = 20.0
    for text, where in pieces:
        face = font if not where else small
        y = size + (0 if not where else round((RAISE if where == "^" else LOWER) * size))
        draw.text((x, y), text, font=face, fill=0)
        x += draw.textlength(text, font=face)
    return np.asarray(image).copy()


def read(pixels: np.ndarray, dpi: int) -> str:
    [words] = engine.read_blocks(pixels, dpi, [(0, 0, pixels.shape[1], pixels.shape[0])])
    reread_indices(words, pixels, dpi, engine.DEFAULT_LANGUAGES)
    read_as_written(words, pixels)
    return " ".join(w.text for w in words)


@pytest.mark.parametrize("dpi", [200, 300])
def test_a_raised_power_and_a_lowered_index_are_read_as_their_digits(dpi):
    pixels = render([("концентрация PM", ""), ("2,5", "_"), (" составила 1 901,9 мкг/м", ""), ("3", "^"),
                     (".", "")], dpi)
    assert read(pixels, dpi).split() == ["концентрация", "PM2,5", "составила", "1", "901,9", "мкг/м3."]


@pytest.mark.parametrize("dpi", [200, 300])
def test_a_formula_index_makes_the_latin_formula(dpi):
    pixels = render([("выбросы CO", ""), ("2", "_"), (" снижены, площадь 5 м", ""), ("2", "^")], dpi)
    assert read(pixels, dpi).split() == ["выбросы", "CO2", "снижены,", "площадь", "5", "м2"]


def test_a_comma_after_a_word_and_a_closing_quote_are_no_index():
    pixels = render([("портала «Е-лицензирование», ЦОН, АО «НИТ».", "")], 300)
    assert read(pixels, 300) == "портала «Е-лицензирование», ЦОН, АО «НИТ»."


@pytest.mark.parametrize("readings, expected", [
    ([("2,5", 0.9), ("2.5", 0.95), ("25", 0.9), ("2,5", 0.8)], "2,5"),  # a lowered index's point is its comma
    ([("25", 0.9), ("25", 0.95), ("25", 0.9)], None),  # the ink shows a comma between the digits: no "25"
    ([("2,5", 0.9), ("2,9", 0.9), ("2,5", 0.9), ("2,9", 0.9)], None),  # no clear lead
    ([("2,5", 0.5), ("", 0.0), ("2,5", 0.6)], None),  # nothing read surely
    ([], None),
])
def test_a_run_is_taken_only_on_a_clear_vote(readings, expected):
    run = Run(0, (0, 0, 10, 10), lowered=True, separators=1, point_after=False)
    assert _voted(readings, run) == expected
