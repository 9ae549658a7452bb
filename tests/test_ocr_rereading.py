"""Unsure numbers read again from other renderings of their ink and settled by a vote (pipeline/readers/ocr/rereading.py)."""
from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.page import LOW_CONFIDENCE
from pipeline.readers.ocr.rereading import _flag_if_disputed, reread_unsure, vote

FONTS = Path("/usr/share/fonts/truetype")
needs_tesseract = pytest.mark.skipif(engine.missing() is not None and not os.environ.get("CI"),
                                     reason=str(engine.missing()))


@pytest.mark.parametrize("by_languages, by_numbers, expected", [
    ([("9,1", 0.94)] * 3 + [("91", 0.56)], [("9,1", 0.96)] * 3 + [("951", 0.62)], "9,1"),  # unsure readings do not vote
    ([("1,1", 0.95)] * 3 + [("11", 0.96)], [("1,1", 0.95)] * 3, "1,1"),  # one sure dissent against six
    ([("5,2", 0.96)] * 2 + [("5/2", 0.93), ("52", 0.44)], [("5,2", 0.96)] * 2 + [("", 0.0), ("2", 0.0)], "5,2"),
    ([("2 500", 0.9)] * 2, [("2500", 0.9)] * 2, "2500"),  # a digit group's space is no other reading
    ([("9,1", 0.96)] * 2 + [("91", 0.5)] * 2, [("91", 0.5)] * 4, None),  # too few sure votes
    ([("7,5", 0.96)] * 4, [("7,8", 0.9)] * 2, None),  # two sure readings of another number: no clear vote
    ([("7,5", 0.96)] * 4, [("7,5", 0.96)] * 2 + [("7,8", 0.9)] * 2, "7,5"),
    ([("52", 0.96)] * 4, [("", 0.0)] * 4, None),  # one model alone: the numbers' model read nothing
    ([], [], None),
])
def test_the_vote_takes_a_number_only_most_sure_readings_of_both_models_give(by_languages, by_numbers, expected):
    settled = vote(by_languages, by_numbers)
    assert (settled[0] if settled else None) == expected
    assert settled is None or settled[1] >= 0.8


def scanned(text: str, dpi: int = 200, pt: float = 10.0, blur: float = 1.0) -> np.ndarray:
    """Grey pixels of one number in a table cell's font, blurred as a 200-dpi office scan blurs it."""
    font = ImageFont.truetype(str(FONTS / "liberation/LiberationSerif-Regular.ttf"), round(pt * dpi / 72))
    image = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(image).text((40, 30), text, font=font, fill=0)
    return cv2.GaussianBlur(np.asarray(image), (0, 0), blur)


def as_read(pixels: np.ndarray, text: str, confidence: float) -> Word:
    """The word the first reading gave over all the ink: `text` with its letters sharing the ink's box."""
    cols = np.flatnonzero((pixels < 200).any(axis=0))
    rows = np.flatnonzero((pixels < 200).any(axis=1))
    x0, x1, top, bottom = int(cols[0]), int(cols[-1]), int(rows[0]), int(rows[-1])
    step = (x1 - x0) / len(text)
    letters = [Letter(ch, x0 + k * step, x0 + (k + 1) * step, top, bottom) for k, ch in enumerate(text)]
    return Word(text, x0, top, x1, bottom, confidence, 0, float(bottom), float(bottom - top), letters)


@needs_tesseract
@pytest.mark.parametrize("drawn, read, expected", [
    ("5,2", "577", "5,2"),  # the comma blurred into the "2": read as two sevens
    ("1,1", "11", "1,1"),  # the comma lost
    ("17,7", "177", "17,7"),
    ("745", "145", "745"),  # two models read a digit otherwise: the renderings agree on it
])
def test_an_unsure_number_read_again_is_settled_by_the_vote(drawn, read, expected):
    pixels = scanned(drawn)
    number = as_read(pixels, read, 0.5)
    reread_unsure([number], pixels, 200, engine.DEFAULT_LANGUAGES, below=LOW_CONFIDENCE)
    assert number.text == expected
    assert number.confidence >= LOW_CONFIDENCE
    assert "".join(letter.text for letter in number.letters) == expected


@needs_tesseract
def test_a_number_no_rendering_reads_surely_stays_flagged_as_read():
    pixels = scanned("5,2", blur=2.5)  # a smear: too few readings are sure of one number
    number = as_read(pixels, "577", 0.5)
    reread_unsure([number], pixels, 200, engine.DEFAULT_LANGUAGES, below=LOW_CONFIDENCE)
    assert (number.text, number.confidence) == ("577", 0.5)


@needs_tesseract
def test_a_vote_without_the_separator_the_ink_shows_is_not_taken():
    pixels = scanned("2025")  # the foot of a serif "2" rests on the baseline like a comma between two digits
    number = as_read(pixels, "2025", 0.5)
    reread_unsure([number], pixels, 200, engine.DEFAULT_LANGUAGES, below=LOW_CONFIDENCE)
    assert (number.text, number.confidence) == ("2025", 0.5)


@needs_tesseract
def test_sure_numbers_and_words_are_not_read_again():
    pixels = scanned("5,2")
    sure, word = as_read(pixels, "577", 0.95), as_read(pixels, "5/2", 0.5)
    reread_unsure([sure, word], pixels, 200, engine.DEFAULT_LANGUAGES, below=LOW_CONFIDENCE)
    assert (sure.text, word.text) == ("577", "5/2")


@pytest.mark.parametrize("by_languages, by_numbers, expected", [
    # gen_08964 at 300 dpi: "2,2" read "2,4" surely, the model for numbers reading nothing; its renderings
    ([("2,4", 0.91), ("2,4", 0.95), ("2,2", 0.94), ("2,2", 0.96)], [("", 0.0), ("22", 0.0), ("2,2", 0.95), ("2,2", 0.94)],
     ("2,2", True)),  # four sure votes of both models against two of one: taken, flagged
    ([("2,4", 0.91)] * 3 + [("2,2", 0.94)], [("2,2", 0.95)] * 2, ("2,4", True)),  # disputed, not twice as many: flagged
    ([("2,5", 0.94), ("2,5", 0.95), ("2,9", 0.76)], [("", 0.0), ("2,0", 0.92), ("2,9", 0.75)], ("2,4", False)),  # too few
    ([("2,4", 0.95)] * 2 + [("2,2", 0.95)] * 2, [("", 0.0)] * 4, ("2,4", False)),  # one model alone disputes nothing
])
def test_a_number_the_vote_leaves_open_is_flagged_where_both_models_read_another(by_languages, by_numbers, expected):
    word = Word("2,4", 0, 0, 30, 20, 0.914, 0, 18.0, 20.0,
                [Letter(ch, 10 * k, 10 * (k + 1), 0, 20) for k, ch in enumerate("2,4")])
    _flag_if_disputed(word, by_languages, by_numbers, np.zeros((20, 30), np.uint8))
    assert (word.text, word.confidence < LOW_CONFIDENCE) == expected
