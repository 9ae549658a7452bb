"""Recognised words made right from their letters' boxes and the recogniser's choices (pipeline/readers/ocr/reading.py).

Words are built as Tesseract returns them: letters with pixel boxes (about 10 px wide, 2 px apart at
200 dpi) and, per letter, the other readings it weighed.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.glyphs import digits_boxed_by_ink
from pipeline.readers.ocr.page import LOW_CONFIDENCE, _numbers_read_again
from pipeline.readers.ocr.reading import digits_read_again, pieces, read_as_written

FONTS = Path("/usr/share/fonts/truetype")
needs_tesseract = pytest.mark.skipif(engine.missing() is not None and not os.environ.get("CI"),
                                     reason=str(engine.missing()))

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
    (word("18975", gaps={2: 3.8}), ["18", "975"]),  # a group's space 1.15 times the digits' pitch ("5 253,2")
    (word("18975", gaps={2: 2.8}), ["18975"]),  # 1.07 times: one number's digits ("17446" at 200 dpi)
    (word("2021", gaps={1: 3.8}), ["2021"]),  # four digits alone may be a year: the stricter pitch
    (word("2021", gaps={1: 6.0}), ["2", "021"]),  # ... which "1 500" passes
    (word("5653", gaps={1: 3.8}), ["5", "653"]),  # four digits that can be no year: the digits' own pitch (1.16)
    (word("на1", gaps={2: 9.0}), ["на", "1"]),  # a number glued to its preposition over a space's gap
    (word("в1", gaps={1: 10.0}), ["в", "1"]),
    (word("на1"), ["на1"]),  # ... only where a space stands
    (word("м3", gaps={1: 9.0}), ["м3"]),  # a unit and its power: no preposition
    (word("КЦИ)в", gaps={4: 9.0}), ["КЦИ)", "в"]),  # a closing bracket is followed by a space before a letter
    (word("5253,2", gaps={1: 3.8}), ["5", "253,2"]),  # a decimal part: no year
    (word("12345", gaps={1: 6.0}), ["12345"]),  # a wider pitch that leaves no groups of three is no space
    (word("услугв", gaps={5: 4.0}), ["услуг", "в"]),  # a one-letter preposition glued on
    (word("услуга", gaps={5: 4.0}), ["услуга"]),  # ... but not off a dictionary word
    (word("стем,", gaps={1: 9.0}), ["с", "тем,"]),  # "с тем,": a dictionary word ("стем") cut after a preposition
    (word("стем,"), ["стем,"]),  # ... only where a space stands
    (word("свою", gaps={2: 9.0}), ["свою"]),  # a wide gap inside a dictionary word leaves it whole
    (word("Атырауская", gaps={8: 9.0}), ["Атырауская"]),  # a name cut leaves no word of its own ("Атырауск")
    (word("Жамбылская", gaps={3: 9.0}), ["Жамбылская"]),  # ... nor here ("Жам", "былская")
    (word("ЕНПФв", gaps={4: 9.0}), ["ЕНПФ", "в"]),  # an abbreviation and a one-letter word: a space lost
    (word("ВОЛС)", gaps={3: 9.0}), ["ВОЛС)"]),  # ... but a capital alone after capitals is the abbreviation's
    (word("хсистем.", gaps={1: 9.0}), ["х", "систем."]),  # a small letter: a broken word's rest, cut off
    (word("такиe", gaps={4: 9.0}), ["такиe"]),  # ... but not a letter after others that is no one-letter word
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
    (word("Пель", choices={0: "Ц"}), "Цель"),  # Ц/П: the tail lost to blur
    (word("помоши"), "помощи"),
    (word("Пель"), "Цель"),  # a group row's "Цель" whose tail blur took, the "Ц" not even weighed
    (word("Пена"), "Пена"),  # a dictionary word stays  # щ/ш even unweighed: the tail is all that tells them, and one trade makes a word
    (word("имеюших"), "имеющих"),
    (word("информационнои"), "информационной"),  # й/и: the breve
    (word("шиши"), "шиши"),  # no trade makes a word: as read
    (word("системь"), "системы"),  # an "ы" whose thin stroke blur took (gen_08975 at 300 dpi)
    (word("новь"), "новь"),  # a dictionary word stays
])
def test_dictionary_choice_trades_only_letters_alike(w, expected):
    read_as_written([w], np.full((200, 400), 255, np.uint8))
    assert w.text == expected


@pytest.mark.parametrize("first, second, confidence, unsure", [
    ("520,9", "320,9", 0.92, True),  # the two models see other digits: neither is trusted
    ("2568,9", "2 568,9", 0.86, False),  # the same digits, grouped otherwise
    ("1", "", 0.0, False),  # the second model read nothing: no opinion
    ("2.2:", "2.23", 0.22, False),  # ... or read it unsurely
    ("41", "41", 0.95, False),
])
def test_a_number_two_models_read_otherwise_is_flagged(first, second, confidence, unsure):
    w = word(first)
    digits_read_again(w, second, confidence)
    assert (w.confidence < LOW_CONFIDENCE) == unsure
    assert w.text == first  # flagged as read, never replaced by a guess


def render(text: str, font: Path, pt: float = 12.0, dpi: int = 300) -> np.ndarray:
    """Grey page pixels of one line of text, as a clean 300-dpi scan would give."""
    image = Image.new("L", (900, 200), 255)
    ImageDraw.Draw(image).text((40, 40), text, font=ImageFont.truetype(str(font), round(pt * dpi / 72)), fill=0)
    return np.asarray(image).copy()


@needs_tesseract
@pytest.mark.parametrize("text, font, flagged", [
    ("320,9", FONTS / "paratype/PTS55F.ttf", True),  # PT Sans: the Cyrillic model reads "520,9", fully sure
    ("320,9", FONTS / "liberation/LiberationSans-Regular.ttf", False),  # both models read "320,9"
])
def test_pt_sans_three_read_as_five_is_flagged_by_the_second_reading(text, font, flagged):
    pixels = render(text, font)
    [words] = engine.read_blocks(pixels, 300, [(0, 0, pixels.shape[1], pixels.shape[0])])
    _numbers_read_again(words, pixels, 300)
    assert len(words) == 1
    assert (words[0].confidence < LOW_CONFIDENCE) == flagged
    assert flagged or words[0].text == text


@pytest.mark.parametrize("drawn, read, expected", [
    ("III.", "Ш.", "III."),  # three strokes of a serif "III" that the Cyrillic model took for one "Ш"
    ("II.", "П.", "II."),
    ("III.", "ІШ.", "III."),  # a stroke read as a Ukrainian "І", the two others with it as a "Ш" (gen_08920, 200 dpi)
    ("III.", "ПІ.", "III."),
    ("Ш.", "Ш.", "Ш."),  # a real "Ш" is one piece of ink: an initial stays as read
])
@pytest.mark.parametrize("mid_line", [False, True])  # "III. Аналитическая записка"; "во II квартале"
def test_roman_numeral_read_as_a_cyrillic_letter_is_told_by_its_strokes(drawn, read, expected, mid_line):
    pixels = render(drawn + " Аналитическая", FONTS / "dejavu/DejaVuSerif.ttf", pt=14)
    ink = np.flatnonzero((pixels < 128).any(axis=0))
    gap = np.flatnonzero(np.diff(ink) > 15)[0]  # the space after the numeral
    rows = np.flatnonzero((pixels[:, ink[0]:ink[gap] + 1] < 128).any(axis=1))
    x0, x1, top, bottom = int(ink[0]), int(ink[gap]), int(rows[0]), int(rows[-1])
    step = (x1 - 10 - x0) / (len(read) - 1)
    letters = [Letter(ch, x0 + k * step, x0 + (k + 1) * step, top, bottom) for k, ch in enumerate(read[:-1])]
    letters.append(Letter(".", x1 - 8, x1, top, bottom))
    numeral = Word(read, x0, top, x1, bottom, 0.9, 0, float(bottom), float(bottom - top), letters)
    before = [Word("во", 0, top, 2, bottom, 0.9, 0, float(bottom), float(bottom - top),
                   [Letter("в", 0, 1, top, bottom), Letter("о", 1, 2, top, bottom)])] if mid_line else []
    read_as_written(before + [numeral], pixels)
    assert numeral.text == expected


def letters_word(*letters: Letter) -> Word:
    return Word("".join(x.text for x in letters), round(letters[0].x0), 100, round(letters[-1].x1), 130, 0.9, 0,
                130.0, LINE_HEIGHT, list(letters))


@pytest.mark.parametrize("last, expected", [
    (Letter("?", 21.0, 29.0, 100.0, 115.0, ("*", "”")), "м2"),  # raised wholly above the "м": the power
    (Letter("²", 21.0, 29.0, 100.0, 115.0), "м2"),  # written as the text layer of a superscript run gives it
    (Letter("?", 21.0, 29.0, 100.0, 118.0, ("3",)), "м3"),
    (Letter("2", 21.0, 31.0, 112.0, 130.0), "м2"),  # on the baseline: a plain digit
    (Letter("”", 21.0, 29.0, 100.0, 110.0), "м”"),  # a raised quote without a "2" among its choices stays a quote
    (Letter("?", 21.0, 29.0, 112.0, 130.0), "м?"),  # a question mark on the baseline stays
])
def test_a_raised_two_after_a_letter_is_a_superscript(last, expected):
    w = letters_word(Letter("м", 3.0, 19.0, 112.0, 130.0), last)
    read_as_written([w], np.full((200, 200), 255, np.uint8))
    assert w.text == expected


@pytest.mark.parametrize("first, choices, expected", [
    (Letter("(", 0.0, 7.0, 100.0, 133.0, ("С", "[")), ("(", "К"), "Сто"),  # one glyph read twice, as the other's choice
    (Letter("(", -9.0, -2.0, 98.0, 133.0, ("С",)), ("(",), "(Сто"),  # a bracket of its own, left of the letter
    (Letter("(", 0.0, 7.0, 100.0, 133.0, ("[",)), ("К",), "(Сто"),  # close, but never weighed as the letter: "(уход"
])
def test_a_bracket_read_twice_over_a_first_letter_is_dropped(first, choices, expected):
    w = letters_word(first, Letter("С", 0.0, 18.0, 100.0, 126.0, choices), Letter("т", 19.0, 34.0, 108.0, 126.0),
                     Letter("о", 35.0, 50.0, 108.0, 126.0))
    read_as_written([w], np.full((200, 200), 255, np.uint8))
    assert w.text == expected


@pytest.mark.parametrize("drawn, dpi, flagged", [
    ("1,1", 200, True),  # read "11", the comma taken into the second digit's box: its ink still shows it
    ("1.1", 300, True),
    ("11", 200, False),
    ("2025", 300, False),
])
def test_a_number_read_without_the_separator_its_ink_shows_is_flagged(drawn, dpi, flagged):
    pixels = render(drawn, FONTS / "liberation/LiberationSerif-Regular.ttf", pt=10, dpi=dpi)
    cols = np.flatnonzero((pixels < 128).any(axis=0))
    rows = np.flatnonzero((pixels < 128).any(axis=1))
    x0, x1, top, bottom = int(cols[0]), int(cols[-1]), int(rows[0]), int(rows[-1])
    digits = drawn.replace(",", "").replace(".", "")
    step = (x1 - x0) / len(digits)
    letters = [Letter(d, x0 + k * step, x0 + (k + 1) * step, top, bottom) for k, d in enumerate(digits)]
    number = Word(digits, x0, top, x1, bottom, 0.95, 0, float(bottom), float(bottom - top), letters)
    read_as_written([number], pixels)
    assert number.text == digits
    assert (number.confidence < LOW_CONFIDENCE) == flagged


def ink_box(pixels: np.ndarray) -> tuple[int, int, int, int]:
    cols = np.flatnonzero((pixels < 128).any(axis=0))
    rows = np.flatnonzero((pixels < 128).any(axis=1))
    return int(cols[0]), int(cols[-1]), int(rows[0]), int(rows[-1])


def test_specks_of_dust_read_as_brackets_around_a_lone_letter_are_dropped():
    """"сведений (0) доходах": a lone "о" of a justified line with a speck of dust on either side, read as brackets
    whose boxes stand taller than the letter; their own ink is the specks alone."""
    pixels = render("о", FONTS / "dejavu/DejaVuSerif.ttf", pt=10)
    x0, x1, top, bottom = ink_box(pixels)
    pixels[top - 8:top - 6, x0 - 4:x0 - 2] = 0
    pixels[bottom + 4:bottom + 6, x1 + 2:x1 + 4] = 0
    letters = [Letter("(", x0 - 5, x0 + 2, top - 10, bottom + 10), Letter("о", x0, x1, top, bottom),
               Letter(")", x1 - 2, x1 + 5, top - 10, bottom + 10)]
    w = Word("(о)", x0 - 5, top - 10, x1 + 5, bottom + 10, 0.86, 0, float(bottom), float(bottom - top), letters)
    read_as_written([w], pixels)
    assert w.text == "о"


@pytest.mark.parametrize("inside", [True, False])
def test_a_real_bracket_stays_whatever_box_its_letter_was_given(inside):
    """"(в 2019 году": at 200 dpi the box of the "в" took the bracket in; or the bracket has its own box."""
    pixels = render("(в", FONTS / "liberation/LiberationSerif-Regular.ttf", pt=10, dpi=200)
    x0, x1, top, bottom = ink_box(pixels)
    cols = np.flatnonzero((pixels < 128).any(axis=0))
    split = int(cols[np.flatnonzero(np.diff(cols) > 1)[0]])  # the bracket's last column
    letters = [Letter("(", x0, split, top, bottom, ("«",)), Letter("в", x0 if inside else split + 1, x1, top, bottom)]
    w = Word("(в", x0, top, x1, bottom, 0.97, 0, float(bottom), float(bottom - top), letters)
    read_as_written([w], pixels)
    assert w.text == "(в"


@pytest.mark.parametrize("read, expected", [
    ("Исполнено", "Исполнено"),  # a capital leading small letters: the recogniser saw them together
    ("инспекцИИ", "инспекции"),  # capitals after small letters, no taller than they: the height decides
])
def test_a_capital_leading_small_letters_keeps_its_case_whatever_its_height(read, expected):
    """Every letter's ink drawn at one height (a blurred 200-dpi scan measures a capital "И" this low)."""
    pixels = np.full((200, 400), 255, np.uint8)
    w = word(read)
    for letter in w.letters:
        pixels[105:120, round(letter.x0) + 2:round(letter.x1) - 2] = 0
    w.baseline = 120.0
    read_as_written([w], pixels)
    assert w.text == expected


@needs_tesseract
@pytest.mark.parametrize("dpi", [200, 300])
def test_a_unit_cell_too_short_to_measure_takes_the_x_height_of_the_lines_of_its_size(dpi):
    """A unit column's "км", "млн." read "КМ", "МЛН." (Liberation Sans): no small letter in the cell tells the
    case, the page's other lines of the same text size do."""
    image = Image.new("L", (1400, 320), 255)
    font = ImageFont.truetype(str(FONTS / "liberation/LiberationSans-Regular.ttf"), round(10 * dpi / 72))
    draw = ImageDraw.Draw(image)
    for k, (text, unit) in enumerate([("Протяженность автомобильных дорог", "км"),
                                      ("республиканского значения", "млн."), ("в хорошем состоянии", "м")]):
        draw.text((20, 20 + 60 * k * dpi // 200), text, font=font, fill=0)
        draw.text((1000, 20 + 60 * k * dpi // 200), unit, font=font, fill=0)
    pixels = np.asarray(image).copy()
    step = 60 * dpi // 200
    cells = [(0, step * k, 900, step) for k in range(3)] + [(980, step * k, 300, step) for k in range(3)]
    words = [w for block in engine.read_blocks(pixels, dpi, cells) for w in block]
    read_as_written(words, pixels)
    assert [w.text for w in words][-3:] == ["км", "млн.", "м"]


@pytest.mark.parametrize("size, expected", [
    (20.0, 15.0),  # the median of the lines within 20 % of its size
    (30.0, None),  # one line of that size: too few to stand for it
    (10.0, None),
])
def test_the_x_height_of_a_text_size(size, expected):
    from pipeline.readers.ocr.reading import _x_height_of_size
    sized = [(20.7, 15.0), (21.3, 14.0), (19.0, 16.0), (29.8, 21.0)]
    assert _x_height_of_size(size, sized) == expected


def test_digits_boxed_by_their_ink_show_the_space_between_digit_groups():
    """'1 500' at 200 dpi read '1500' with the '5' and the first '0' given boxes 10 px into each other
    (committee_long_2021 variant 7702): the ink of each digit tells the pitch the boxes hide."""
    size = round(10 * 200 / 72)
    image = Image.new("L", (300, 3 * size), 255)
    font = ImageFont.truetype(str(FONTS / "liberation/LiberationSans-Regular.ttf"), size)
    draw = ImageDraw.Draw(image)
    x = 20.0
    for text in ("1", "\u2009", "5", "0", "0"):  # a thin space between the groups, as a word processor narrows it
        draw.text((x, size), text, font=font, fill=0)
        x += draw.textlength(text, font=font)
    pixels = np.asarray(image).copy()
    ys, xs = np.nonzero(pixels < 128)
    top, bottom, left, right = int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())
    step = (right - left) / 4
    letters = [Letter(ch, left + k * step - (6 if k == 2 else 0), left + (k + 1) * step + (6 if k == 1 else 0),
                      top, bottom) for k, ch in enumerate("1500")]  # the middle boxes reach into each other
    w = Word("1500", left, top, right, bottom, 0.96, 0, float(bottom), float(bottom - top) * 1.3, letters)
    digits_boxed_by_ink(w, pixels)
    assert [text for text, _, _ in pieces(w, bottom - top)] == ["1", "500"]


@pytest.mark.parametrize("line, expected", [
    ("школ. На площадке", "школ. На площадке"),  # a capital opening a sentence keeps its case
    ("тыс. На площадке", "тыс. на площадке"),  # ... not after an abbreviation's point: the height decides
    ("Данные АО «НК по данным", "Данные АО «НК по данным"),  # quoted capitals that make no small word
    ("слово ИИ по данным", "слово ии по данным"),  # ... without a quote: the height decides (a broken word's rest)
    ("К газоснабжению подключено", "К газоснабжению подключено"),  # a table cell's first word opens its text
])
def test_a_short_capital_word_keeps_its_case_where_the_text_says_it_is_one(line, expected):
    """Every letter's ink drawn at the small letters' height (a blurred 200-dpi scan measures "НК", "На" this low)."""
    pixels = np.full((200, 1200), 255, np.uint8)
    words, x = [], 20
    for text in line.split():
        w = word(text)
        shift = x - w.x0
        w.letters = [letter._replace(x0=letter.x0 + shift, x1=letter.x1 + shift) for letter in w.letters]
        w.x0, w.x1, w.block, w.baseline = x, w.x1 + shift, 3, 120.0
        for letter in w.letters:
            top = 105 if letter.text.isalpha() else 116  # a point or quote: a small mark
            pixels[top:120, round(letter.x0) + 2:round(letter.x1) - 2] = 0
        words.append(w)
        x = w.x1 + 30
    read_as_written(words, pixels)
    assert " ".join(w.text for w in words) == expected
