"""A recognised word made right where its letters' boxes and the recogniser's choices tell how.

Tesseract reads each letter well but decides some things on too little evidence:
  - case, for letters whose capital is their small letter made larger ("И"/"и", "К"/"к", "О"/"о"): on a
    short line ("инспекц" / "ии" in a narrow cell) it has no small letters to compare with and may read
    "ИИ"; the height of the letter's ink above the baseline, against the block's x-height, says which it
    is (the recogniser's own letter boxes are too rough for that);
  - spaces narrower than it expects: "услуг в" becomes "услугв", "18 975" becomes "18975"; the gaps
    between the letters' boxes still show the space, and a dictionary and the digit groups of a number
    confirm it;
  - letters alike in shape ("ъ"/"ь", "И"/"Й", "е"/"с"): its second choice often makes the dictionary word
    that its first does not ("обьем" -> "объем"), also for a word a narrow column broke over two lines
    ("Ведоме" / "твенные" -> "Ведомс" / "твенные", which the PDF reader then joins).
  - a small "2" or "3" raised after a unit's letter ("м2" with a superscript "2") read as "?", a quote or "²":
    a mark standing wholly above the middle of the letter before it is the power (a "?" rests on the
    baseline), written as a plain digit, as the PDF reader reads a superscript run of a text layer ("м2"; a
    scan cannot tell a "²" character from a raised "2", and reports raise the digit far more often);
  - a round letter at a word's edge read twice, once as a bracket: "(Стратегическое" where only a "С"
    stands, the bracket's box lying inside the letter's and each weighed as the other's reading; or a
    bracket made of a speck of dust beside a letter ("(0)" over a lone "о"): a bracket is a stroke as
    tall as the letters, whose own ink beside its neighbour's box is no speck;
  - a small letter read as the digit of its shape ("о" as "0", "з" as "3", "об" as "06") among Russian
    words: a digit stands taller than the x-height, and the letters must make a dictionary word;
  - a letter whose only mark is a small tail or breve lost to blur ("щ" read "ш", "й" read "и"): an unknown
    word that the one such letter changed makes a dictionary word is that word ("помоши" -> "помощи").
Every fix needs the geometry or the dictionary (pipeline.morph) to agree, so a word that is right, a
name or an abbreviation the dictionary does not know, is left as it was read.
"""
from __future__ import annotations

import functools
import statistics
from itertools import pairwise

import numpy as np
import regex

from pipeline import morph
from pipeline.readers.ocr.breaks import line_breaks, rejoin_broken_words
from pipeline.readers.ocr.casing import small_first_capital, small_letters_restored
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.fragments import ONE_LETTER_WORDS, join_fragments, number_after_preposition, split_at_specks
from pipeline.readers.ocr.marks import stacked_marks_of_one_dot, without_phantom_breves, without_phantom_marks
from pipeline.readers.ocr.punctuation import dashes_apart, full_stops, without_impossible_marks
from pipeline.readers.ocr.scripts import in_russian_letters
from pipeline.readers.ocr.wording import by_closed_lists

# Capitals whose small letter has the same shape, only lower (the x-height): case is told by height.
SAME_SHAPE = dict(zip("ВГДЖЗИЙКЛМНОПСТХЦШЩЪЫЬЭЮЯ", "вгджзийклмнопстхцшщъыьэюя", strict=True))
X_HEIGHT_LETTERS = frozenset("авгежзийклмнопстхчшъыьэюяcoxvwz")  # small letters with no ascender nor descender
CAP_PER_X_HEIGHT = 1.22  # a letter up to this many x-heights above the baseline is small (capitals: 1.35-1.5)
MIN_SMALL_AFTER_CAPITAL = 3  # a capital before this many small letters keeps its case (see _small_letters_follow)
BREVE_EXTRA = 0.3  # "й" and "Й" stand this much (x x-height) taller for their breve
MIN_X_LETTERS = 3  # small letters needed to measure a block's x-height
MAX_X_LETTERS = 12  # letters of a word looked at for the x-height
MIN_SIZED_LINES = 2  # lines of a size whose x-heights stand for the size's
SAME_SIZE = 0.2  # lines whose heights differ by at most this share are of one text size (OCR measures within about 10 %)
INK_LEVEL = 128  # grey levels below this are ink
SPACE_GAP = 0.2  # letters of a word at least this far apart (x line height) ...
SPACE_GAP_RATIO = 2.5  # ... and this many times the word's median gap stand a space apart
GLUED_GAP_RATIO = 1.4  # a one-letter word glued on: its gap at least this many times the word's median gap
DIGIT_GROUP_PITCH = 1.12  # digits this much further apart (centre to centre, x their median pitch) are two groups
# (a 300-dpi scan gives 1.17 at "5 253,2", whose comma widened a box; digits of one group 0.9-1.07) ...
YEAR_GROUP_PITCH = 1.18  # ... but four digits alone may be a year, whose digits a scan spaces up to 1.17 ("2 021")
_YEAR = regex.compile(r"^(?:19|20)\d\d$")  # ... four digits alone that can be a year ("5 653" cannot)
SEPARATOR_PITCH = 1.1  # digits this far apart (centre to centre, x their height) had something between them
SEPARATOR_DROP = 0.15  # a digit's box reaching this much (x digit height) below the others' holds a comma ...
SEPARATOR_WIDTH = 1.3  # ... when it is also this much wider than the number's usual digit
DIGIT_HEIGHT_SHARE = 0.6  # a piece of ink at least this share of a number's tallest piece is a digit
SEPARATOR_MIN_INK = 0.15  # a comma or point is a piece of ink at least this square (x digit height) on each side
UNSURE = 0.5  # the confidence given to a number that may have lost its decimal comma (under ocr.page.LOW_CONFIDENCE)
SECOND_READING_MIN = 0.6  # a second reading of a number counts only when read at least this surely
MIN_CHOICE_WORD = 4  # choices are tried on words of at least this many letters
# Letters a scan's blur makes alike: only these trade places for a dictionary word. Any other choice
# makes known words of unknown ones too easily ("тенге" -> "тенте", "услугв" -> "услуга").
ALIKE = frozenset({("ъ", "ь"), ("ь", "ъ"), ("и", "й"), ("й", "и"), ("е", "с"), ("с", "е"), ("ш", "щ"), ("щ", "ш"),
                   ("п", "ц"), ("ц", "п")})
# Letters told from another only by a small tail or breve, which blur and JPEG lose: traded for a dictionary
# word even where the recogniser weighed no other reading ("помоши" -> "помощи"), when only one trade makes one.
MARK_LOST = {"ш": "щ", "и": "й", "ь": "ъы", "п": "ц"}  # ... and capitals ("Пель" -> "Цель"); "системь": an "ы"'s stroke
DIGIT_LOOKALIKES = {"0": "о", "3": "з", "6": "б"}  # digits shaped like small letters ("06" read for "об")
X_HEIGHT_DIGITS = frozenset("03")  # ... of which these are told by height: the letter stands at x-height
BRACKET_MIN_INK = 0.5  # a bracket's own ink (outside its neighbour's box) fills at least this share of the letter's rows
_WORD = regex.compile(r"^(\W*)([\p{L}]+(?:-[\p{L}]+)*)(\W*)$")
_NUMBER = regex.compile(r"^\d+(?:[.,]\d+)?$")
_SMALL_WORD = regex.compile(r"^(?:\p{Ll}{4}|\d)")  # a word of small letters, or a number, after a cell's first
_SENTENCE_END = regex.compile(r"(?:\d|%|\p{L}{4})[.!?][»\")]*$")  # "школ.", "75%." (no "г.", "тыс.")
_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
_CYRILLIC_WORD = regex.compile(r"^\W*\p{Cyrillic}+(?:-\p{Cyrillic}+)*\W*$")
OPENING, CLOSING = "([{", ")]}"
SUPERSCRIPT_RISE = 0.4  # a mark whose bottom stands this much (x the letter's height) above the letter before it is raised
RAISED_POWERS = {"2": "2", "3": "3", "²": "2", "³": "3"}  # a raised power as the text layer of a superscript "2" gives it
RAISED_LOOKALIKES = "23²³?”\"'’"  # what the recogniser makes of a raised "2" or "3"
ECHO_OVERLAP = 0.8  # a bracket whose box lies this much (of its width) inside its neighbour's is that letter read twice
_ROMAN_LOOKALIKE = regex.compile(r"^((?:Ш|П|[IlІ|]){1,4})(\.?)$")  # "III." read as "Ш.", "Ill." or "ІШ.", "II." as "П."
ROMAN_STROKE_HEIGHT = 0.6  # a stroke of a roman numeral is at least this share of the word's height ...
ROMAN_STROKE_WIDTH = 0.8  # ... and at most this share of its own height wide (a "Ш" is wider than high)
ROMAN_DOT_HEIGHT = 0.35  # a piece of ink in the lower half no higher than this share of the word's height: a point

Piece = tuple[str, float, float]  # text, x0, x1 in pixels


def read_as_written(words: list[Word], pixels: np.ndarray) -> None:
    """Fix case by height, then letters by the dictionary, in place; the word's text follows its letters.

    pixels: the page image the words were read from (page pixels, ink dark)."""
    ink = _Ink(pixels)
    without_phantom_marks(words, pixels)
    stacked_marks_of_one_dot(words, pixels)
    without_phantom_breves(words, pixels)
    for word in words:
        _without_bracket_echo(word, ink)
        _superscript_power(word)
    in_russian_letters(words)
    _roman_numerals(words, ink)
    x_heights = _x_heights(words, ink)
    sized = _line_x_heights_by_size(words, x_heights)
    for k, word in enumerate(words):
        x_height = x_heights.get(("line", word.line)) or x_heights.get(("block", word.block))
        before, after = words[k - 1] if k else None, words[k + 1] if k + 1 < len(words) else None
        opens = bool(before is not None and before.block == word.block and _SENTENCE_END.search(before.text)) or (
            word.block >= 0 and (before is None or before.block != word.block) and len(word.text) <= 2
            and after is not None and after.block == word.block and bool(_SMALL_WORD.match(after.text)))
        x_height = x_height or _x_height_of_size(word.size, sized)
        _case_by_height(word, x_height, ink, opens)
        if x_height and before is not None and _same_run(before, word) and word.text[:1] in SAME_SHAPE:
            small_first_capital(word, before.text, functools.partial(_height_share, ink, word, x_height))
    _digits_as_letters(words, x_heights)
    small_letters_restored(words)
    split_at_specks(words)
    join_fragments(words)
    rejoin_broken_words(words)
    for end, start in line_breaks(words):
        if _broken_word_choice(end, start):
            end.broken = start.broken = True
    for word in words:
        if not word.broken:
            _dictionary_choice(word)
        word.text = "".join(letter.text for letter in word.letters) or word.text
        if separator_lost(word, ink.pixels):
            word.confidence = min(word.confidence, UNSURE)
    by_closed_lists(words)
    dashes_apart(words)
    full_stops(words)
    without_impossible_marks(words)


def digits_read_again(word: Word, second: str, confidence: float) -> None:
    """A number whose digits a second reading gives otherwise is marked unsure, for a person to check (in place).

    second: the same ink read by the model for numbers (engine.read_numbers). Neither model is right every
    time (the Cyrillic one reads PT Sans's "3" as "5", the English one Arial's "7" as "1", both with full
    confidence), so where they differ neither is trusted. A second reading of no digits, or read unsurely, is no
    opinion."""
    first = "".join(letter.text for letter in word.letters if letter.text.isdigit())
    digits = "".join(ch for ch in second if ch.isdigit())
    if digits and confidence >= SECOND_READING_MIN and digits != first:
        word.confidence = min(word.confidence, UNSURE)


def pieces(word: Word, line_height: float) -> list[Piece]:
    """The word cut where a space stands between its letters: a wide gap, a digit group, a glued one-letter word."""
    letters = word.letters
    if len(letters) < 2:
        return [(word.text, word.x0, word.x1)]
    cuts = _gap_cuts(letters, line_height) | _digit_group_cuts(letters) | number_after_preposition(letters, SPACE_GAP * line_height)
    out = _cut(letters, cuts)
    if word.broken:
        return [("".join(x.text for x in piece), piece[0].x0, max(x.x1 for x in piece)) for piece in out]
    return [part for piece in out for part in _unglued(piece, letters)]


def _without_bracket_echo(word: Word, ink: _Ink) -> None:
    """A bracket at the word's start or end that is no bracket of its own is dropped (in place): its box lies
    inside its neighbour letter's, one of the two weighed as the other's reading (the recogniser read one glyph
    twice, "(" and "С" over the same "С"), or its own ink beside the letter is a speck of dust ("(0)" read over
    a lone "о" with two specks beside it). A real bracket close to its letter ("(уход") was never the letter's
    other reading, and its stroke is as tall as the letter."""
    letters = word.letters
    if len(letters) < 2:
        return
    for bracket, neighbour, closes in ((letters[0], letters[1], OPENING), (letters[-1], letters[-2], CLOSING)):
        if bracket not in letters or bracket.text not in closes or not neighbour.text.isalnum():
            continue
        overlap = min(bracket.x1, neighbour.x1) - max(bracket.x0, neighbour.x0)
        weighed = neighbour.text in bracket.choices or bracket.text in neighbour.choices
        echo = weighed and overlap >= ECHO_OVERLAP * max(1.0, bracket.x1 - bracket.x0)
        letter_ink = ink.beside(neighbour, bracket) if _sticks_out(bracket, neighbour) else 0.0
        if echo or (letter_ink and ink.beside(bracket, neighbour) < BRACKET_MIN_INK * letter_ink):
            letters.remove(bracket)
            word.x0, word.x1 = round(min(x.x0 for x in letters)), round(max(x.x1 for x in letters))


def _sticks_out(letter: Letter, neighbour: Letter) -> bool:
    """Does the letter's box reach outside its neighbour's? (Where it does not, as when the neighbour's box took a
    bracket in, "(в" at 200 dpi, the ink cannot tell whose it is.)"""
    return (letter.x0 < neighbour.x0 - 1 or letter.x1 > neighbour.x1 + 1 or letter.top < neighbour.top - 1
            or letter.bottom > neighbour.bottom + 1)


def _superscript_power(word: Word) -> None:
    """A raised "2" or "3" (or a mark read in its place) after a letter is a power: "м?" -> "м2" (in place)."""
    if len(word.letters) < 2:
        return
    before, last = word.letters[-2], word.letters[-1]
    height = before.bottom - before.top
    if not before.text.isalpha() or last.bottom > before.bottom - SUPERSCRIPT_RISE * height:
        return
    digit = next((ch for ch in (last.text, *last.choices) if ch in RAISED_POWERS), None)
    if digit is None and last.text == "?":  # a "?" never stands raised; a raised quote without a "2" stays a quote
        digit = "2"
    if digit is not None and last.text in RAISED_LOOKALIKES:
        word.letters[-1] = last._replace(text=RAISED_POWERS[digit])


# ------------------------------------------------------------------------------------------------- case
class _Ink:
    """Heights of the ink of letters above their baseline, measured on the page image."""

    def __init__(self, pixels: np.ndarray):
        self.pixels = pixels

    def height(self, letter: Letter, baseline: float, reach: float) -> float:
        """How far the letter's ink rises above the baseline (looked for up to `reach` pixels above it)."""
        x0, x1 = round(letter.x0) + 1, round(letter.x1) - 1  # a pixel in from each side: neighbours may touch
        bottom = round(baseline)
        top = max(0, round(baseline - reach))
        if x1 <= x0 or bottom <= top:
            return 0.0
        rows = np.flatnonzero((self.pixels[top:bottom, x0:x1] < INK_LEVEL).any(axis=1))
        return float(bottom - top - rows[0]) if rows.size else 0.0

    def beside(self, letter: Letter, neighbour: Letter) -> float:
        """How many rows of the letter's box hold ink outside its neighbour's box (0: none).

        A bracket reaches above and below the letters beside it, so its rows stay even where its box mostly
        overlaps its neighbour's ("(в" at 200 dpi); specks of dust beside a letter hold a few rows only."""
        x0, x1, top = max(0, round(letter.x0)), round(letter.x1) + 1, max(0, round(letter.top))
        box = self.pixels[top:round(letter.bottom) + 1, x0:x1] < INK_LEVEL
        if box.size == 0:
            return 0.0
        box = box.copy()
        a, b = max(0, round(neighbour.x0) - x0), max(0, round(neighbour.x1) + 1 - x0)
        c, d = max(0, round(neighbour.top) - top), max(0, round(neighbour.bottom) + 1 - top)
        box[c:d, a:b] = False
        return float(box.any(axis=1).sum())

    def strokes(self, x0: float, x1: float, top: float, bottom: float) -> list[tuple[float, float]]:
        """(x0, x1) of the separate upright strokes of ink in the box, left to right; [] when a piece is neither
        a stroke nor a low dot (the point after a numeral)."""
        import cv2

        a, b, t, d = round(x0), round(x1) + 1, round(top), round(bottom) + 1
        box = (self.pixels[max(0, t):d, max(0, a):b] < INK_LEVEL).astype(np.uint8)
        if box.size == 0:
            return []
        count, _, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
        pieces = [s for s in stats[1:count].tolist() if s[4] > 2]  # a pixel or two of dust aside
        height = box.shape[0]
        strokes = [(x, w) for x, _, w, h, _ in pieces if h >= ROMAN_STROKE_HEIGHT * height and w <= ROMAN_STROKE_WIDTH * h]
        dots = [y for _, y, _, h, _ in pieces if h <= ROMAN_DOT_HEIGHT * height and y >= height / 2]
        if len(strokes) + len(dots) != len(pieces):
            return []
        return sorted((a + x, a + x + w) for x, w in strokes)


def _roman_numerals(words: list[Word], ink: _Ink) -> None:
    """A word read as "Ш.", "П" or "Ill." whose ink is two to four separate upright strokes is a roman numeral
    ("III. Аналитическая записка", "во II квартале"): the Cyrillic model sees a "Ш" in "III" and a "П" in "II",
    but a "Ш" or a "П" is one piece of ink."""
    for word in words:
        match = _ROMAN_LOOKALIKE.match(word.text)
        if not match or len(word.letters) != len(word.text):
            continue
        strokes = ink.strokes(word.x0, word.x1, word.top, word.bottom)
        if 2 <= len(strokes) <= 4:
            word.letters = [Letter("I", x0, x1, word.top, word.bottom) for x0, x1 in strokes] + word.letters[len(match.group(1)):]
            word.text = "".join(letter.text for letter in word.letters)


def _x_heights(words: list[Word], ink: _Ink) -> dict[tuple[str, int], float]:
    """The x-height of each text line, and of each block read at once (a table cell: one font), where measurable."""
    heights: dict[tuple[str, int], list[float]] = {}
    for word in words:
        small = [ink.height(letter, word.baseline, word.size) for letter in word.letters[:MAX_X_LETTERS]
                 if letter.text in X_HEIGHT_LETTERS]
        heights.setdefault(("line", word.line), []).extend(small)
        if word.block >= 0:
            heights.setdefault(("block", word.block), []).extend(small)
    return {key: statistics.median(hs) for key, hs in heights.items() if len(hs) >= MIN_X_LETTERS}


def _line_x_heights_by_size(words: list[Word], x_heights: dict[tuple[str, int], float]) -> list[tuple[float, float]]:
    """(line height, x-height) of every line whose x-height was measured."""
    sizes = {w.line: w.size for w in words}
    return [(sizes[n], h) for (kind, n), h in x_heights.items() if kind == "line" and n in sizes]


def _x_height_of_size(size: float, sized: list[tuple[float, float]]) -> float | None:
    """The x-height of the page's lines of a text size, for a line too short to measure its own (a unit cell
    "КМ"): the median over the lines within SAME_SIZE of its height, when there are enough of them."""
    alike = [h for other, h in sized if abs(other - size) <= SAME_SIZE * size]
    return statistics.median(alike) if len(alike) >= MIN_SIZED_LINES else None


def _case_by_height(word: Word, x_height: float | None, ink: _Ink, opens_sentence: bool = False) -> None:
    """Capitals of same-shape letters no taller than a small letter are small letters ("инспекцИИ" -> "инспекции").

    A word set in capitals throughout ("ЦОН") keeps them: its letters stand at cap height; so does an
    abbreviation with a capital of another shape in it ("АИС" read "АЙС": the breve misleads the height), a word
    of capitals after an opening quote or bracket whose small letters make no dictionary word ("«НК" is no "«нк";
    a broken word's rest, "инспекц" / "ИИ", opens with none), and the first capital of a word opening a sentence
    or a table cell's text, a short word before a small one or a number ("школ. На", "К газоснабжению", "В 2020
    году"; a unit cell's "КМ" is "км"): on a short word a blurred capital's height tells too little."""
    if not x_height or _abbreviation(word):
        return
    letters = list(word.letters)
    for k, letter in enumerate(letters):
        small = SAME_SHAPE.get(letter.text)
        if small is None or (k == 0 and (opens_sentence or _small_letters_follow(letters))):
            continue
        limit = x_height * (CAP_PER_X_HEIGHT + (BREVE_EXTRA if small == "й" else 0.0))
        if 0 < ink.height(letter, word.baseline, 2 * x_height) <= limit:  # above the baseline: "д" reaches below
            letters[k] = letter._replace(text=small)
    core = "".join(x.text for x in letters if x.text.isalpha())
    if (word.text[:1] in "«(\"„" and len(core) > 1 and all(x.text.isupper() for x in word.letters if x.text.isalpha())
            and not _known(core.lower())):
        return
    word.letters = letters


def _height_share(ink: _Ink, word: Word, x_height: float) -> float:
    """The word's first letter's height above the baseline, in x-heights."""
    return ink.height(word.letters[0], word.baseline, 2 * x_height) / x_height


def _small_letters_follow(letters: list[Letter]) -> bool:
    """Does a word's first letter lead small letters ("Исполнено", "Охват")? The recogniser then saw the capital
    beside the small letters and is surer of its case than a height measured on a blurred scan."""
    rest = [letter.text for letter in letters[1:] if letter.text.isalpha()]
    return len(rest) >= MIN_SMALL_AFTER_CAPITAL and all(ch.islower() for ch in rest)


def _digits_as_letters(words: list[Word], x_heights: dict[tuple[str, int], float]) -> None:
    """Small letters read as the digits of their shape among Russian words put right, in place ("06" -> "об",
    "0" -> "о"): every "0" and "3" must stand no taller than a small letter, and the word made must be a
    dictionary word; its neighbours in the line or cell are words of Cyrillic letters, not numbers."""
    for k, word in enumerate(words):
        core = "".join(letter.text for letter in word.letters).strip(".,;:")
        if not core or not any(ch in DIGIT_LOOKALIKES for ch in core) or not _digits_and_cyrillic(core):
            continue
        if not any(ch in X_HEIGHT_DIGITS or _CYRILLIC_LETTER.match(ch) for ch in core):
            continue  # a "6" alone ("5 и 6 Плана") is as tall as a "б": nothing tells them apart
        neighbours = [n for n in (words[k - 1] if k else None, words[k + 1] if k + 1 < len(words) else None)
                      if n is not None and _same_run(n, word)]
        if not neighbours or not all(_CYRILLIC_WORD.match(n.text) for n in neighbours):
            continue
        x_height = x_heights.get(("line", word.line)) or x_heights.get(("block", word.block))
        if not x_height:
            continue
        # The letter's own box, not the ink above the baseline: in a header cell a remnant of the ruling above
        # may stand within reach.
        limit = x_height * CAP_PER_X_HEIGHT
        if any(letter.text in X_HEIGHT_DIGITS and not 0 < word.baseline - letter.top <= limit for letter in word.letters):
            continue
        letters = [letter._replace(text=DIGIT_LOOKALIKES.get(letter.text, letter.text)) for letter in word.letters]
        if _known("".join(letter.text for letter in letters).strip(".,;:")):
            word.letters = letters
            word.text = "".join(letter.text for letter in letters)


def _digits_and_cyrillic(text: str) -> bool:
    return all(ch in DIGIT_LOOKALIKES or _CYRILLIC_LETTER.match(ch) for ch in text)


def _same_run(a: Word, b: Word) -> bool:
    """Words of one line of the page, or of one table cell."""
    return a.block == b.block and (a.block >= 0 or a.line == b.line)


def _abbreviation(word: Word) -> bool:
    """Two capitals or more, one of them with a small letter of another shape ("АЙС", "ЕНПФ")."""
    capitals = [letter.text for letter in word.letters if letter.text.isupper()]
    return len(capitals) >= 2 and any(c not in SAME_SHAPE for c in capitals)


def _alike(read: str, choice: str) -> bool:
    return (read.lower(), choice.lower()) in ALIKE and read.isupper() == choice.isupper()


# ------------------------------------------------------------------------------------------- dictionary
@functools.lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """Is every part of a (hyphenated) word a dictionary word?"""
    return all(morph.is_known(part.lower()) for part in word.split("-") if part)


def _dictionary_choice(word: Word) -> None:
    """An unknown word becomes the dictionary word one other choice of one letter makes ("обьем" -> "объем").

    Only words in small letters (a capital first at most) are tried: names and abbreviations stay."""
    text = "".join(letter.text for letter in word.letters)
    match = _WORD.match(text)
    if not match or len(match.group(2)) < MIN_CHOICE_WORD or _known(match.group(2)):
        return
    core = match.group(2)
    if not core[1:].islower():
        return
    start = len(match.group(1))
    for k in range(start, start + len(core)):
        for choice in word.letters[k].choices:
            if not _alike(core[k - start], choice):
                continue
            candidate = core[:k - start] + choice + core[k - start + 1:]
            if _known(candidate):
                word.letters[k] = word.letters[k]._replace(text=choice)
                return
    trades = [(k, letter) for k in range(start, start + len(core)) for letter in _mark_lost(core[k - start])]
    made = [(k, letter) for k, letter in trades if _known(core[:k - start] + letter + core[k - start + 1:])]
    if len(made) == 1:
        k, letter = made[0]
        word.letters[k] = word.letters[k]._replace(text=letter)


def _mark_lost(letter: str) -> str:
    """The letters with the mark blur may have lost from it, in its case ("П" -> "Ц"), or ""."""
    marked = MARK_LOST.get(letter.lower(), "")
    return marked.upper() if letter.isupper() else marked


def _broken_word_choice(end: Word, start: Word) -> bool:
    """A word broken over two lines whose halves join into no word: one other choice of one letter may make one.

    True when the two are the halves of one word (as read, or after the fix)."""
    a, b = _core(end, last=True), _core(start, last=False)
    if not a or not b or not b[1][0].islower():
        return False
    if _known(a[1] + b[1]):
        return not _known(a[1])
    if _known(a[1]) and _known(b[1]):
        return False  # two words, not one broken
    if not _known(a[1]) and morph.starts_a_word(a[1] + b[1]):
        return True  # a word broken over three lines or more ("Админи" / "стратив" / "ные")
    for word, (offset, core), before in ((end, a, True), (start, b, False)):
        for k in range(len(core)):
            for choice in word.letters[offset + k].choices:
                if not _alike(core[k], choice):
                    continue
                changed = core[:k] + choice + core[k + 1:]
                if _known(changed + b[1] if before else a[1] + changed):
                    word.letters[offset + k] = word.letters[offset + k]._replace(text=choice)
                    return True
    return False


def _core(word: Word, last: bool) -> tuple[int, str] | None:
    """(offset, letters) of the run of letters at the end (last) or start of a word."""
    text = "".join(letter.text for letter in word.letters)
    match = regex.search(r"\p{L}+(?=-?$)", text) if last else regex.match(r"\p{L}+", text)
    return (match.start(), match.group()) if match else None


# ----------------------------------------------------------------------------------------------- spaces
def _gap_cuts(letters: list[Letter], line_height: float) -> set[int]:
    """Cuts before letters standing a space apart from the letter before (a gap much wider than the word's usual).

    A dictionary word is cut only after a one-letter word that leaves a dictionary word ("стем," read from
    "с тем,"): elsewhere its wide gap is the letters' own shape ("б ыла")."""
    match = _WORD.match("".join(letter.text for letter in letters))
    if len(letters) < 3:
        return set()
    gaps = [b.x0 - a.x1 for a, b in pairwise(letters)]
    space = max(SPACE_GAP * line_height, SPACE_GAP_RATIO * statistics.median(gaps))
    cuts = {k + 1 for k, ((a, b), gap) in enumerate(zip(pairwise(letters), gaps, strict=True))
            if gap >= space and (a.text.isalpha() or a.text in CLOSING) and b.text.isalpha()}  # narrow digits
    # ("1") leave wide gaps; a closing bracket is always followed by a space before a letter ("КЦИ)в")
    if match and _known(match.group(2)):
        core, start = match.group(2), len(match.group(1))
        return cuts & {start + 1} if core[0] in ONE_LETTER_WORDS and _known(core[1:]) and len(core) > 3 else set()
    if cuts and not all(_stands_alone(piece, k == 0) for k, piece in enumerate(_cut(letters, cuts))):
        return set()  # "Атырауск ая": a name's letters apart, no word of their own
    return cuts


def _stands_alone(piece: list[Letter], first: bool) -> bool:
    """Can the letters cut off stand as a word: a dictionary word, an abbreviation, a number, a one-letter word? A
    letter alone first may also be the rest of a word broken at the line before ("информационны" / "х систем."),
    but not a letter alone after others ("таки е", "ВОЛ С)")."""
    core = regex.sub(r"[^\p{L}\d-]", "", "".join(letter.text for letter in piece)).strip("-")
    if not core or any(ch.isdigit() for ch in core) or (len(core) > 1 and core.isupper()):
        return True
    if len(core) == 1:
        return first or core in ONE_LETTER_WORDS
    return _known(core)


def _digit_group_cuts(letters: list[Letter]) -> set[int]:
    """Cuts between the digit groups of a number printed with narrow spaces ("18975" read from "18 975").

    Digits of a typeface are equally wide, so their centres stand at one pitch; a space between groups adds
    to it. A cut is made only where the groups to its right hold three digits each."""
    text = "".join(letter.text for letter in letters)
    if not _NUMBER.match(text):
        return set()
    whole = len(text.replace(".", ",").split(",")[0])
    if whole < 4:
        return set()
    centres = [(letter.x0 + letter.x1) / 2 for letter in letters[:whole]]
    pitches = [b - a for a, b in pairwise(centres)]
    usual = statistics.median(pitches)
    limit = YEAR_GROUP_PITCH if _YEAR.match(text) else DIGIT_GROUP_PITCH
    cuts = {k + 1 for k, p in enumerate(pitches) if p >= limit * usual}
    if cuts and all((whole - cut) % 3 == 0 for cut in cuts):
        return cuts
    return set()


def separator_lost(word: Word, pixels: np.ndarray) -> bool:
    """Has a number of digits alone lost a comma or point that its letters' boxes or its ink show?"""
    return _lost_separator(word.letters) or _separator_ink(word, pixels)


def _lost_separator(letters: list[Letter]) -> bool:
    """A comma or point lost from a number ("27,2" read "272"), so that it must be flagged, not trusted:
    digits standing wider apart than digits do (not where a digit group ends), or a digit whose box
    took the comma in (wider than the others and reaching below the baseline)."""
    text = "".join(letter.text for letter in letters)
    if len(text) < 2 or not text.isdigit():
        return False
    height = statistics.median(letter.bottom - letter.top for letter in letters)
    baseline = min(letter.bottom for letter in letters)
    for k, letter in enumerate(letters):
        usual = statistics.median(other.x1 - other.x0 for other in letters[:k] + letters[k + 1:])
        if letter.bottom - baseline >= SEPARATOR_DROP * height and letter.x1 - letter.x0 >= SEPARATOR_WIDTH * usual:
            return True
    groups = _digit_group_cuts(letters)
    centres = [(letter.x0 + letter.x1) / 2 for letter in letters]
    return any(b - a >= SEPARATOR_PITCH * height and k + 1 not in groups
               for k, (a, b) in enumerate(pairwise(centres)))


def _separator_ink(word: Word, pixels: np.ndarray) -> bool:
    """A number read without a comma or point though its ink has one: a small piece of ink resting on the
    baseline between two digits ("1,1" read "11", the comma taken into the second digit's box)."""
    import cv2

    if len(word.text) < 2 or not word.text.isdigit():
        return False
    box = (pixels[max(0, word.top):word.bottom + 1, max(0, word.x0):word.x1 + 1] < INK_LEVEL).astype(np.uint8)
    if box.size == 0:
        return False
    count, _, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
    pieces = stats[1:count].tolist()
    height = max((h for _, _, _, h, _ in pieces), default=0)
    digits = [(x, x + w) for x, _, w, h, _ in pieces if h >= DIGIT_HEIGHT_SHARE * height]
    if len(digits) < 2:
        return False
    top = min(y for _, y, _, h, _ in pieces if h >= DIGIT_HEIGHT_SHARE * height)
    bottom = max(y + h for _, y, _, h, _ in pieces if h >= DIGIT_HEIGHT_SHARE * height)
    for x, y, w, h, area in pieces:
        centre = x + w / 2
        low = y >= top + height / 2 and y + h >= bottom - SEPARATOR_DROP * height
        between = any(x1 <= centre for _, x1 in digits) and any(centre <= x0 for x0, _ in digits)
        if low and between and h <= height / 2 and area >= (SEPARATOR_MIN_INK * height) ** 2:
            return True
    return False


def _cut(letters: list[Letter], cuts: set[int]) -> list[list[Letter]]:
    out: list[list[Letter]] = [[]]
    for k, letter in enumerate(letters):
        if k in cuts and out[-1]:
            out.append([])
        out[-1].append(letter)
    return out


def _unglued(piece: list[Letter], letters: list[Letter]) -> list[Piece]:
    """A one-letter word glued to the end or start of an unknown word over a narrow space ("услугв" -> "услуг в").

    A capital at the end is an abbreviation's last letter ("ВОЛС)"), no preposition."""
    text = "".join(letter.text for letter in piece)
    whole = [(text, piece[0].x0, max(letter.x1 for letter in piece))]
    match = _WORD.match(text)
    if not match or match.group(1) or len(piece) < 4 or _known(match.group(2)):
        return whole
    core = match.group(2)
    gaps = [b.x0 - a.x1 for a, b in pairwise(letters)]
    usual = statistics.median(gaps) if gaps else 0.0
    n = len(core)
    for cut in (n - 1, 1):
        left, right = core[:cut], core[cut:]
        single = right if cut == n - 1 else left
        gap = piece[cut].x0 - piece[cut - 1].x1
        if ((single if cut == n - 1 else single.lower()) in ONE_LETTER_WORDS and gap >= GLUED_GAP_RATIO * max(usual, 1.0)
                and _known(left if cut == n - 1 else right) and (cut == n - 1 or not right[:1].isupper())):
            first, second = piece[:cut], piece[cut:]
            return [("".join(x.text for x in first), first[0].x0, max(x.x1 for x in first)),
                    ("".join(x.text for x in second), second[0].x0, max(x.x1 for x in second))]
    return whole
