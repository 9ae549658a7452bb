"""A digit the two readings of a number dispute, settled by its ink against the page's undisputed digits.

Every number is read twice (engine.read_numbers): where the Cyrillic model and the model for numbers give
other digits, neither is trusted (reading.digits_read_again). But the page itself holds the answer: the
same typeface's "3" and "5" stand in the numbers both models agree on ("2 131,0", "53 245"). The disputed
digit's ink, cut out and brought to one size, is compared with those (normalised cross-correlation); when
it is clearly like one candidate and clearly unlike the other, that candidate is taken and the number is
trusted again ("5098,5" / "3098,3": both "3"s look like the page's other "3"s -> "3098,3"). Where the page
has no undisputed example of either candidate in that size, where the pieces of ink cannot be told apart
as digits, or where the likeness decides nothing, the number stays flagged for a person, as read. A second
reading given unsurely still names the digit to look at: where the ink clearly takes its side, it is followed.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np
import regex

from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.reading import SECOND_READING_MIN, UNSURE, digits_read_again

GLYPH_SIZE = (16, 24)  # (w, h) every digit's ink is brought to before comparing
INK_LEVEL = 128  # grey levels below this are ink
DIGIT_MIN_HEIGHT = 0.6  # a piece of ink at least this share of the number's tallest is a digit (comma, point, dust are lower)
SAME_SIZE = 0.2  # a reference digit within this share of the disputed one's height is set in the same size
MIN_LIKENESS = 0.75  # the chosen digit's best reference is at least this alike (correlation) ...
MIN_MARGIN = 0.15  # ... and this much more alike than the other candidate's best
LEAN_MARGIN = 0.05  # a flagged number takes the other reading's digit when it is at least this much more alike
UNLIKE = 0.72  # a glyph less alike than this to every example of a digit is not that digit
SEPARATORS = ",."
_LONG_NUMBER = regex.compile(r"^\d{4,}(?:[.,]\d+)?$")  # the whole part long enough for digit groups


@dataclass
class _Glyph:
    height: int
    image: np.ndarray  # float32, GLYPH_SIZE, zero mean and unit norm


def second_opinion(numbers: list[Word], seconds: list[tuple[str, float]], pixels: np.ndarray) -> None:
    """Each number checked against its second reading (text, confidence), in place: agreed, it stays as read;
    disputed, it is settled by the look of the disputed digits, or flagged when that decides nothing.

    pixels: the page image the numbers were read from (ink dark)."""
    glyphs = [_digit_glyphs(word, pixels) for word in numbers]
    references: dict[str, list[_Glyph]] = {}
    for word, (second, confidence), found in zip(numbers, seconds, glyphs, strict=True):
        first = _digits(word.text)
        if found and len(found) == len(first) and confidence >= SECOND_READING_MIN and _digits(second) == first:
            for digit, glyph in zip(first, found, strict=True):
                references.setdefault(digit, []).append(glyph)
    for word, (second, confidence), found in zip(numbers, seconds, glyphs, strict=True):
        trusted = word.confidence
        digits_read_again(word, second, confidence)
        if found and word.confidence == trusted and _weakly_disputed(word.text, second):
            _weak_opinion(word, second, found, references)
            continue
        if word.confidence == trusted or not found:
            continue
        chosen, clear = _settled(_digits(word.text), _digits(second), found, references)
        if chosen != _digits(word.text) and _rewrite(word, chosen, second):
            trusted = min(trusted, confidence)  # its separator rests on the second reading alone
        if clear:
            word.confidence = trusted


def _weakly_disputed(first: str, second: str) -> bool:
    """The second reading gives as many digits as the first, some of them other (read unsurely, or it would
    have marked the number unsure already)."""
    a, b = _digits(first), _digits(second)
    return len(a) == len(b) > 0 and a != b


def _weak_opinion(word: Word, second: str, glyphs: list[_Glyph], references: dict[str, list[_Glyph]]) -> None:
    """A number the second reading disputes unsurely, in place: where the disputed digit's ink is like the
    second reading's digit and unlike the first's, the second is taken (clearly so: trusted; only leaning: marked
    unsure). Both models read PT Sans's "3" as "5" at 200 dpi, the model for numbers the "3" as "3" at confidence
    0.0-0.3 ("2 896,3" read "2 896,5" / "2896,3"), so its doubt still names the digit to look at."""
    first = _digits(word.text)
    chosen, clear = _settled(first, _digits(second), glyphs, references)
    if chosen == first:
        return
    _rewrite(word, chosen, "")
    if not clear:
        word.confidence = min(word.confidence, UNSURE)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _settled(first: str, second: str, glyphs: list[_Glyph], references: dict[str, list[_Glyph]]) -> tuple[str, bool]:
    """The digits each disputed place looks most like, and whether every place was clearly so.

    Clearly: like one candidate's references and much more so than the other's. Only leaning (the number stays
    flagged): more like one than the other, or unlike the only candidate the page shows examples of (no two
    different digits of a page are as alike as UNLIKE)."""
    if len(first) != len(second) or len(glyphs) != len(first):
        return first, False
    out, clear = [], True
    for a, b, glyph in zip(first, second, glyphs, strict=True):
        if a == b:
            out.append(a)
            continue
        digit, sure = _likelier(a, b, glyph, references)
        out.append(digit)
        clear = clear and sure
    return "".join(out), clear


def _likelier(a: str, b: str, glyph: _Glyph, references: dict[str, list[_Glyph]]) -> tuple[str, bool]:
    """a (the first reading) or b, whichever the glyph looks like, and whether clearly so."""
    like_a, like_b = _likeness(glyph, references.get(a, [])), _likeness(glyph, references.get(b, []))
    if like_a is not None and like_b is not None:
        for one, like_one, like_other in ((a, like_a, like_b), (b, like_b, like_a)):
            if like_one >= MIN_LIKENESS and like_one - like_other >= MIN_MARGIN:
                return one, True
        return (b if like_b - like_a >= LEAN_MARGIN else a), False
    if like_a is not None and like_a < UNLIKE:
        return b, False
    if like_b is not None and like_b >= MIN_LIKENESS:
        return b, False
    return a, False


def _likeness(glyph: _Glyph, references: list[_Glyph]) -> float | None:
    """The best correlation of the glyph with a reference of its size, None when there is none."""
    scores = [float((glyph.image * ref.image).sum()) for ref in references
              if abs(ref.height - glyph.height) <= SAME_SIZE * glyph.height]
    return max(scores) if scores else None


def _digit_glyphs(word: Word, pixels: np.ndarray) -> list[_Glyph] | None:
    """The word's digits as pieces of ink, left to right: the tall pieces in order when there are as many as
    digits, else for each digit letter the tall piece its box overlaps most; None when two digits would share
    one piece or a digit has none (digits run together, a broken stroke)."""
    digits = [letter for letter in word.letters if letter.text.isdigit()]
    left, top = max(0, word.x0), max(0, word.top)
    box = (pixels[top:word.bottom + 1, left:word.x1 + 1] < INK_LEVEL).astype(np.uint8)
    if not digits or box.size == 0:
        return None
    n, labels, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
    tallest = max((int(s[3]) for s in stats[1:n]), default=0)
    tall = sorted((k for k in range(1, n) if stats[k][3] >= DIGIT_MIN_HEIGHT * tallest), key=lambda k: stats[k][0])
    if len(tall) == len(digits):  # the recogniser's letter boxes are rough: order is surer when it can tell
        return [_glyph(labels, stats[k], k) for k in tall]
    picked: list[int] = []
    for letter in digits:
        overlaps = {k: min(letter.x1, left + stats[k][0] + stats[k][2]) - max(letter.x0, left + stats[k][0]) for k in tall}
        best = max(overlaps, key=overlaps.__getitem__, default=None)
        if best is None or overlaps[best] <= 0 or best in picked:
            return None
        picked.append(best)
    return [_glyph(labels, stats[k], k) for k in picked]


def digits_boxed_by_ink(word: Word, pixels: np.ndarray) -> None:
    """A number of four digits or more, none of them apart, given its digits' ink as their boxes (in place) when its
    tall pieces of ink are as many as its digits: the recogniser's boxes of neighbouring digits may overlap ("1500":
    the "5" and the first "0" share 10 pixels), and then the space between two digit groups cannot be measured
    (reading.pieces cuts the groups by the digits' pitch). Done after the number was read and checked: its
    separator and unsureness stand as found."""
    if not _LONG_NUMBER.match(word.text):
        return
    left, top = max(0, word.x0), max(0, word.top)
    box = (pixels[top:word.bottom + 1, left:word.x1 + 1] < INK_LEVEL).astype(np.uint8)
    if box.size == 0:
        return
    n, _, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
    tallest = max((int(s[3]) for s in stats[1:n]), default=0)
    tall = sorted((s for s in stats[1:n].tolist() if s[3] >= DIGIT_MIN_HEIGHT * tallest), key=lambda s: s[0])
    places = [k for k, letter in enumerate(word.letters) if letter.text.isdigit()]
    if len(tall) != len(places) or any(a[0] + a[2] > b[0] for a, b in itertools.pairwise(tall)):
        return
    for k, (x, _, w, _, _) in zip(places, tall, strict=True):
        word.letters[k] = word.letters[k]._replace(x0=float(left + x), x1=float(left + x + w))


def _glyph(labels: np.ndarray, stat: np.ndarray, label: int) -> _Glyph:
    x, y, w, h = (int(v) for v in stat[:4])
    ink = (labels[y:y + h, x:x + w] == label).astype(np.float32)
    image = cv2.resize(ink, GLYPH_SIZE, interpolation=cv2.INTER_AREA)
    image -= image.mean()
    norm = float(np.sqrt((image * image).sum()))
    return _Glyph(h, image / norm if norm else image)


def _rewrite(word: Word, digits: str, second: str) -> bool:
    """The word's digit letters given the chosen digits; a separator only the second reading saw is put in
    ("55641" read again "3364,1": the comma stands between the fourth and fifth digits). True when it was."""
    places = [k for k, letter in enumerate(word.letters) if letter.text.isdigit()]
    for k, digit in zip(places, digits, strict=True):
        word.letters[k] = word.letters[k]._replace(text=digit)
    if not any(letter.text in SEPARATORS for letter in word.letters):
        compact = second.replace(" ", "")
        separator = next((i for i, ch in enumerate(compact) if ch in SEPARATORS), None)
        before = len(_digits(compact[:separator])) if separator is not None else 0
        if separator is not None and 0 < before < len(places):
            after = places[before - 1]
            left, right = word.letters[after], word.letters[after + 1]
            word.letters.insert(after + 1, Letter(compact[separator], left.x1, right.x0, left.top, left.bottom))
            word.text = "".join(letter.text for letter in word.letters)
            return True
    word.text = "".join(letter.text for letter in word.letters)
    return False
