"""Russian words read by OCR with Latin lookalike letters or a speck read as a single quote (ocr/scripts.py)."""
from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.reading import read_as_written
from pipeline.readers.ocr.scripts import in_russian_letters

needs_tesseract = pytest.mark.skipif(engine.missing() is not None and not os.environ.get("CI"),
                                     reason="Tesseract with Russian data is not installed")


def _line(*texts: str) -> list[Word]:
    """Words of one text line, each letter 10 px wide, words 5 px apart."""
    words, x = [], 0
    for text in texts:
        letters = [Letter(ch, x + 10 * k, x + 10 * (k + 1), 0, 20) for k, ch in enumerate(text)]
        words.append(Word(text, x, 0, x + 10 * len(text), 20, 0.9, 0, 18.0, 20.0, letters))
        x += 10 * len(text) + 5
    return words


@pytest.mark.parametrize(("line", "expected"), [
    (("перенесены", "Ha", "II", "квартал"), ("перенесены", "На", "II", "квартал")),  # Latin H, a
    (("риски", "B", "сфере"), ("риски", "В", "сфере")),
    (("Kазахстан",), ("Казахстан",)),  # one Latin letter in a Cyrillic word: always Cyrillic
    (("принципам", "SMART."), ("принципам", "SMART.")),  # S, R have no Cyrillic lookalike
    (("выбросов", "CO2"), ("выбросов", "CO2")),  # a digit: no dictionary word
    (("Digital", "agent"), ("Digital", "agent")),
    (("Ha", "Hub"), ("Ha", "Hub")),  # among Latin words a Latin word stays
    (("‘урожайности",), ("урожайности",)),
    (("с’", "учетом"), ("с", "учетом")),
    (("‘кавычки’",), ("‘кавычки’",)),  # a pair of quotes is the writer's
    (("'2020",), ("'2020",)),  # not before a Cyrillic letter
    (("данные", "MTC3H"), ("данные", "МТСЗН")),  # a "3" inside capitals is a "З"
    (("данные", "МТС3Н"), ("данные", "МТСЗН")),
    (("выбросы", "CO2"), ("выбросы", "CO2")),  # a digit at the end is a digit
    (("Digital", "MTC3H"), ("Digital", "MTC3H")),  # among Latin words: as read
    (("в", "|", "квартале"), ("в", "I", "квартале")),  # a bar between Russian words is the roman one
    (("|", "квартале"), ("|", "квартале")),  # ... only between two
    (("Digital", "|", "Hub"), ("Digital", "|", "Hub")),
    (("работы", "во", "І", "полугодии"), ("работы", "во", "I", "полугодии")),  # the Kazakh "І" alone: roman
    (("перенесены", "—", "ІІ", "этап"), ("перенесены", "—", "II", "этап")),  # after a dash too
    (("бiлiм", "І"), ("бiлiм", "І")),  # nothing after it to number
    (("Digital", "І", "Hub"), ("Digital", "І", "Hub")),
])
def test_russian_letters(line, expected):
    words = _line(*line)
    in_russian_letters(words)
    assert tuple(w.text for w in words) == expected
    assert all(w.text == "".join(x.text for x in w.letters) for w in words)


def test_a_bar_reaching_below_the_baseline_is_no_numeral_and_is_dropped():
    """A ruling's or bracket's piece read as "|" between two words ("средств | печати") reaches as low as a
    descender; a roman "I" stands on the baseline (the first bar here, 2 px under it, as the letters)."""
    words = _line("на", "|", "этапе", "средств", "|", "печати")
    low = words[4]
    words[4] = Word(low.text, low.x0, low.top, low.x1, low.bottom + 8, low.confidence, 0, 18.0, 20.0, low.letters)
    in_russian_letters(words)
    assert [w.text for w in words] == ["на", "I", "этапе", "средств", "печати"]


def test_dropped_quote_leaves_the_word_box_on_the_letters():
    words = _line("‘урожайности")
    in_russian_letters(words)
    assert (words[0].x0, words[0].x1) == (10, 120)


def test_a_word_alone_on_its_line_in_a_table_cell_has_the_cell_for_neighbours():
    """"Исполнено частич" / "HO" in a narrow status cell: "HO" alone on its line is still among Cyrillic words."""
    words = _line("Исполнено", "частич", "HO")
    for k, word in enumerate(words):
        word.line, word.block = k, 7
    in_russian_letters(words)
    assert words[2].text == "НО"
    alone = _line("HO")  # read with the page, alone on its line: no Cyrillic neighbour
    in_russian_letters(alone)
    assert alone[0].text == "HO"


@pytest.mark.parametrize("text, expected", [("KM", "КМ"), ("TOO", "ТОО"), ("SMART", "SMART"), ("CO2", "CO2")])
def test_a_cell_of_one_word_in_lookalike_letters_is_cyrillic_when_that_makes_a_word(text, expected):
    """A unit cell "км" read "KM" has no neighbour to tell its alphabet: the dictionary decides (case comes later)."""
    cell = _line(text)
    cell[0].block = 4
    in_russian_letters(cell)
    assert cell[0].text == expected
    page_word = _line(text)  # read with the page, alone: as read
    in_russian_letters(page_word)
    assert page_word[0].text == text


@pytest.mark.parametrize("line, expected", [
    (("портал", "еСоу"), ("портал", "eGov")),  # Latin words of latin_words.tsv read in Cyrillic letters of their shapes
    (("портал", "ебоу"), ("портал", "eGov")),  # a "G" read as "б"
    (("сети", "4С"), ("сети", "4G")),
    (("индекс", "(ССІ)"), ("индекс", "(GCI)")),  # its brackets kept
    (("«Тесһ", "Огdа»"), ("«Tech", "Orda»")),
    (("принципам", "5МАКТ."), ("принципам", "SMART.")),
    (("ІТ",), ("IT",)),
    (("индекс", "Тгапзрагепсу"), ("индекс", "Transparency")),  # "r", "n", "s" read "г", "п", "з"
    (("индексе", "(СС!)"), ("индексе", "(GCI)")),  # an "I" read "!"
    (("Сеть", "ТОО"), ("Сеть", "ТОО")),  # Russian words and abbreviations of no listed word stay
    (("выбросы", "СО"), ("выбросы", "СО")),
    (("выбросы", "46"), ("выбросы", "46")),  # digits alone: a number
])
def test_a_listed_latin_word_read_in_cyrillic_lookalikes_is_given_back(line, expected):
    words = _line(*line)
    in_russian_letters(words)
    assert tuple(w.text for w in words) == expected
    assert all(w.text == "".join(x.text for x in w.letters) for w in words)


@needs_tesseract
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_latin_word_on_a_rendered_line_keeps_its_latin_letters(dpi):
    """'eGov' in a typewriter face at 200 dpi comes back 'ебоу' from the recogniser."""
    image = Image.new("L", (700, 120), 255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", round(10 * dpi / 72))
    ImageDraw.Draw(image).text((20, 20), "портал eGov", font=font, fill=0)
    pixels = np.asarray(image).copy()
    [words] = engine.read_blocks(pixels, dpi, [(0, 0, pixels.shape[1], pixels.shape[0])])
    read_as_written(words, pixels)
    assert [w.text for w in words] == ["портал", "eGov"]
