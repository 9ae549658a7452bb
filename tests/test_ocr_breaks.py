"""Words a narrow table cell broke over two lines, their rest read in Latin or digit shapes or glued to the next
word, put back together (pipeline/readers/ocr/breaks.py), on rendered cells and as a table of readings."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.breaks import _by_shape, _rest_of, rejoin_broken_words
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.reading import read_as_written
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.paragraphs import cell_text

FONTS = Path("/usr/share/fonts/truetype")
needs_tesseract = pytest.mark.skipif(engine.missing() is not None and not os.environ.get("CI"),
                                     reason="Tesseract with Russian data is not installed")


@pytest.mark.parametrize("head, read, expected", [
    ("вспомогател", "bHbIMU", ("ьными", None)),  # the rest in Latin shapes
    ("информацио", "HHbIX", ("нных", None)),
    ("профессиона", "JIbHbIMU", ("льными", None)),
    ("инвалидност", "blo", ("ью", None)),
    ("инвалидность", "10", ("ю", None)),  # after a dictionary word, only a rest in no Russian letters
    ("обеспечени", "елиц", ("е", "лиц")),  # the space after the rest lost
    ("Достигну", "7", ("т", None)),  # a "т" read as the digit of its shape, after a dictionary word
    ("предприятия", "xc", ("х", "с")),
    ("(компенсато", "рными)", None),  # already the rest: the PDF reader joins it
    ("услуг", "в", None),  # two words
    ("развития", "экономики", None),
    ("Минцифр", "DATA", None),  # no word made
    ("ЦОН", "bHbIMU", None),  # capitals: no broken word
    ("по", "bHbIMU", None),  # too short a head
])
def test_the_rest_of_a_broken_word_read_by_shape(head, read, expected):
    assert _rest_of(head, read) == expected


@pytest.mark.parametrize("head, read, small, expected", [
    ("организаци", "A", True, ("я", None)),  # a lone "я" on the next line read as a Latin "A" ...
    ("организаци", "А", True, ("я", None)),  # ... or a Cyrillic one, no taller than small letters
    ("информационна", "А", True, ("я", None)),  # a short adjective too, when the letter is small
    ("регион", "А", False, None),  # a capital's height: a word, and a conjunction opening the next line
    ("деятельност", "И", False, None),
])
def test_a_lone_capital_as_low_as_small_letters_is_read_by_its_shape(head, read, small, expected):
    assert _rest_of(head, read, small) == expected


def test_a_word_broken_twice_takes_its_last_letter_by_its_shape():
    """"Нацио" / "нальна" / "А" (the "А" as low as the small letters): the middle line alone makes no word with it;
    the two lines before it do. A capital standing taller is read as written."""
    cell = _cell("Нацио", "нальна", "А")
    rejoin_broken_words(cell)
    assert [w.text for w in cell] == ["Нацио", "нальна", "я"]
    cell = _cell("Нацио", "нальна", "А")
    cell[-1].letters[0] = cell[-1].letters[0]._replace(top=cell[-1].letters[0].top - 8)
    rejoin_broken_words(cell)
    assert [w.text for w in cell] == ["Нацио", "нальна", "А"]


def test_shapes_give_every_cyrillic_reading():
    assert "ьными" in _by_shape("bHbIMU")
    assert _by_shape("Digital") == ()  # a "D" has no Cyrillic shape


def _cell(*lines: str) -> list[Word]:
    """The words of one table cell, a line per argument; letters 10 px wide, 20 high, baseline at the bottom."""
    words = []
    for n, line in enumerate(lines):
        x = 0
        for text in line.split():
            letters = [Letter(ch, x + 10 * k, x + 10 * (k + 1), 20 * n + (0 if ch.isdigit() else 6), 20 * n + 20)
                       for k, ch in enumerate(text)]
            words.append(Word(text, x, 20 * n, x + 10 * len(text), 20 * n + 20, 0.9, n, 20.0 * n + 20, 20.0, letters, 3))
            x += 10 * len(text) + 5
    return words


def test_a_word_holding_the_rest_and_a_word_of_its_own_is_cut_in_two():
    cell = _cell("обеспечени", "елиц с")
    rejoin_broken_words(cell)
    assert [w.text for w in cell] == ["обеспечени", "е", "лиц", "с"]
    assert all(w.text == "".join(x.text for x in w.letters) for w in cell)
    assert cell[1].x1 < cell[2].x0 and cell[2].line == 1


def test_digits_as_tall_as_capitals_are_a_number_not_a_rest():
    """'деятельность' / '10 организаций': the digits rise above the small letters, no "ю" stands there."""
    cell = _cell("деятельность", "10 организаций")
    rejoin_broken_words(cell)
    assert [w.text for w in cell] == ["деятельность", "10", "организаций"]


def test_a_word_read_over_a_spaced_dash_is_cut_there_and_its_first_letter_ends_the_broken_word():
    """'Не достигну' / 'т – В связи': the recogniser read the second line's start as one word 'T-B' (gen_07606)."""
    cell = _cell("Не достигну", "T-B связи")
    dashed = cell[2]
    dashed.letters = [Letter("T", 0, 10, 20, 40), Letter("-", 22, 32, 30, 32), Letter("B", 44, 54, 20, 40)]
    dashed.x1 = 54
    rejoin_broken_words(cell)
    assert [w.text for w in cell] == ["Не", "достигну", "т", "-", "В", "связи"]
    assert [w.line for w in cell] == [0, 0, 1, 1, 1, 1]


def test_a_hyphen_inside_a_word_is_no_spaced_dash():
    cell = _cell("Не достигну", "T-B связи")  # letters side by side: "Т-В" as written, no word's rest
    rejoin_broken_words(cell)
    assert [w.text for w in cell] == ["Не", "достигну", "T-B", "связи"]


def render_cell(lines: list[str], font: Path, dpi: int, pt: float = 10.0) -> np.ndarray:
    """Grey pixels of a narrow cell's lines, as a clean scan gives them."""
    size = round(pt * dpi / 72)
    image = Image.new("L", (600, 60 + round(1.6 * size) * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for k, text in enumerate(lines):
        draw.text((20, 20 + k * round(1.6 * size)), text, font=ImageFont.truetype(str(font), size), fill=0)
    return np.asarray(image).copy()


@needs_tesseract
@pytest.mark.parametrize("font", ["liberation/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"])
def test_the_rest_of_a_word_in_a_typewriter_face_is_read_in_cyrillic(font):
    """'инвалидност' / 'ью' at 200 dpi: the recogniser reads the rest 'blo'."""
    pixels = render_cell(["инвалидност", "ью"], FONTS / font, 200)
    [words] = engine.read_blocks(pixels, 200, [(0, 0, pixels.shape[1], pixels.shape[0])])
    read_as_written(words, pixels)
    assert [w.text for w in words] == ["инвалидност", "ью"]


# ------------------------------------------------------------- a word's ending on the next line of an OCR'd cell
def _ocr_line(text: str, n: int, width: float) -> Line:
    """A line of an OCR'd table cell `width` pt wide, 10 pt letters at 5 pt each, its words as read."""
    line = Line(text, 0.0, 5.0 * len(text), 12.0 * n, 12.0 * n + 10, 10.0, False, 5.0 * len(text.split()[0]), 5.0, 1)
    line.right = width
    line.words = []
    return line


@pytest.mark.parametrize("first, second, expected", [
    ("предприятия", "ми.", "предприятиями."),  # a known word and its ending, alone on its line with its full stop
    ("Ведомственны", "е данные", "Ведомственные данные"),  # an ending that is no common word ("е")
    ("Реализован", "о", "Реализовано"),
    ("сетей", "в регионах", "сетей в регионах"),  # a common word after a word: two words
    ("услуг", "и сервисов", "услуг и сервисов"),
    ("развития", "экономики", "развития экономики"),
])
def test_an_ocr_line_ending_a_known_word_is_joined_only_to_an_ending(first, second, expected):
    """OCR's boxes hug the ink, so the room a line seems to leave says little: the dictionary decides."""
    width = 5.0 * len(first) + 20  # the room the letter boxes seem to leave at the line's end
    text = cell_text([_ocr_line(first, 0, width), _ocr_line(second, 1, width)])
    assert " ".join(text.split()) == expected
