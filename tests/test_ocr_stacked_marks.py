"""Specks of dust read as marks, on lines rendered, dusted, JPEG-compressed and read by Tesseract as a scan's cells
are: a colon or semicolon read from a point or comma with a speck above it is the mark its lower piece shows
(pipeline/readers/ocr/marks.py: stacked_marks_of_one_dot); a point read from a speck after a sentence's first word
before a small letter is dropped, and a dash read glued to the word it stands a narrow space apart from is a word of
its own (punctuation.py)."""
from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.reading import read_as_written

FONTS = Path("/usr/share/fonts/truetype")
pytestmark = pytest.mark.skipif(engine.missing() is not None and not os.environ.get("CI"),
                                reason="Tesseract with Russian data is not installed")


def dusted_line(text: str, after: str, font: str, dpi: int, speck: int, on_baseline: bool = False) -> np.ndarray:
    """`text` at 10 pt, a grey speck of `speck` x `speck` pixels set 0.45 line heights above the mark that ends
    `after` (or on the baseline after that word's last letter), JPEG at quality 40 as the benchmark's scans are."""
    size = round(10 * dpi / 72)
    image = Image.new("L", (1200, 3 * size), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(FONTS / font), size)
    draw.text((20, size), text, font=face, fill=0)
    k = text.index(after) + len(after) - 1
    x0, _, x1, bottom = draw.textbbox((20 + draw.textlength(text[:k], font=face), size), text[k], font=face)
    if on_baseline:
        draw.rectangle((x1 + 2, bottom - speck, x1 + 1 + speck, bottom - 1), fill=40)
    else:
        y = round(bottom - 0.45 * size)
        draw.rectangle(((x0 + x1) // 2, y, (x0 + x1) // 2 + speck - 1, y + speck - 1), fill=60)
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=40)
    return np.asarray(Image.open(jpeg).convert("L")).copy()


def read(pixels: np.ndarray, dpi: int) -> tuple[list[str], list[str]]:
    """(the words as the recogniser gave them, the words after read_as_written)."""
    [words] = engine.read_blocks(pixels, dpi, [(0, 0, pixels.shape[1], pixels.shape[0])])
    raw = [w.text for w in words]
    read_as_written(words, pixels)
    return raw, [w.text for w in words]


@pytest.mark.parametrize("font", ["liberation/LiberationSerif-Regular.ttf", "paratype/PTF55F.ttf"])
@pytest.mark.parametrize("text, after, dpi, speck", [
    ("на сумму 7,8 млн. тенге освоено", "млн.", 200, 1),  # an abbreviation's point before a small letter
    ("проведено 12 проверок. По итогам", "проверок.", 200, 1),  # a sentence's full stop
    ("на сумму 7,8 млн. тенге освоено", "млн.", 300, 2),  # at 300 dpi a point is 20 pixels, a 2-pixel speck no dot
    ("проведено 12 проверок. По итогам", "проверок.", 300, 2),
])
def test_a_point_with_a_speck_above_it_read_as_a_colon_is_a_point(font, text, after, dpi, speck):
    raw, words = read(dusted_line(text, after, font, dpi, speck), dpi)
    assert after[:-1] + ":" in raw  # the recogniser's colon: the speck is its upper dot
    assert words == text.split()


@pytest.mark.parametrize("font", ["liberation/LiberationSerif-Regular.ttf", "paratype/PTF55F.ttf"])
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_colon_of_two_dots_stays(font, dpi):
    size = round(10 * dpi / 72)
    image = Image.new("L", (1200, 3 * size), 255)
    ImageDraw.Draw(image).text((20, size), "в составе отчета: 14 форм", font=ImageFont.truetype(str(FONTS / font), size),
                               fill=0)
    _, words = read(np.asarray(image).copy(), dpi)
    assert words == ["в", "составе", "отчета:", "14", "форм"]


@pytest.mark.parametrize("text, first, font, dpi", [
    ("Число обращений граждан", "Число", "liberation/LiberationSerif-Regular.ttf", 200),
    ("Доля выпускников вузов", "Доля", "paratype/PTF55F.ttf", 300),
])
def test_a_speck_read_as_a_point_after_a_sentences_first_word_is_dropped(text, first, font, dpi):
    raw, words = read(dusted_line(text, first, font, dpi, 2, on_baseline=True), dpi)
    assert first + "." in raw  # the speck is ink: only grammar tells it from a full stop
    assert words == text.split()


@pytest.mark.parametrize("font, dpi, gap", [
    ("liberation/LiberationSerif-Regular.ttf", 200, 0.16),
    ("paratype/PTF55F.ttf", 300, 0.12),
])
def test_a_dash_a_narrow_space_after_a_word_is_no_hyphen(font, dpi, gap):
    """"(в 2016 году – 48 единиц)" set with a space of `gap` line heights before the dash: read "году-"."""
    size = round(10 * dpi / 72)
    image = Image.new("L", (1400, 3 * size), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(str(FONTS / font), size)
    draw.text((20, size), "(в 2016 году", font=face, fill=0)
    draw.text((20 + draw.textlength("(в 2016 году", font=face) + gap * size, size), "– 48 единиц)", font=face, fill=0)
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=40)
    raw, words = read(np.asarray(Image.open(jpeg).convert("L")).copy(), dpi)
    assert "году-" in raw
    assert words[:3] == ["(в", "2016", "году"] and words[3] in "-–—" and words[4:] == ["48", "единиц)"]
