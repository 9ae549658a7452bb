"""Words read unsurely at the working resolution, read again from the scan's own finer pixels.

A 300-dpi scan is read at image.WORK_DPI (its thresholding, layout analysis and line images cost by the pixel).
Brought down, some small ink runs together: a raised footnote mark "¹" merged into the letter before it and read
":" ('года:'), "на 1" read "Hal", a column number read "В" or "ГГ". Such a word is cut out of the scan as it came
(rotated by the page's skew, the rulings painted out) and read again as one line; where that reading is otherwise
and sure it replaces the word. A word is unsure when
  - it was read with a confidence under UNSURE_BELOW (it then takes only a reading at least that sure);
  - it is a short word with a Latin letter in a table cell or line of Cyrillic words (Cyrillic shapes read in the
    Latin script);
  - a low sign of it (an x-height letter, a colon) has a box reaching far above the word's x-height letters, over
    ink (a raised mark the reading took into the sign).
A 300-dpi page holds a few such words of its hundreds (benchmarks/ocr_speed.md, eighth round), so the cost stays
a few hundredths of a second a page.
"""
from __future__ import annotations

import statistics

import cv2
import numpy as np
import regex

from pipeline.readers.ocr.engine import Word, read_placed_lines
from pipeline.readers.ocr.image import PageImage

UNSURE_BELOW = 0.8  # a word read less surely than this is read again finer
SHAPE_SURE = 0.6  # a word unsure by its shape alone takes the finer reading only when read at least this surely
LATIN_MAX = 3  # a word this short with a Latin letter among Cyrillic words is unsure
TALL_LETTER = 0.4  # a low sign whose box reaches this much (x the word's x-height) above its x-height letters ...
INK_LEVEL = 128  # grey levels below this are ink
INK_ABOVE_PX = 4  # ... over this many dark pixels above them (ink the reading took into the sign) is unsure
PAD_PX = 2  # the word is cut out this far around its box (working pixels)
X_HEIGHT_LETTERS = frozenset("авгезиклмнопстхчшыьэюя")  # small Cyrillic letters with neither ascender nor descender
LOW_SIGNS = X_HEIGHT_LETTERS | frozenset(":;,.")  # signs that stand no higher than the x-height
_LATIN = regex.compile(r"^(?=\P{L}*\p{Latin})\P{L}*(?:\p{L}\P{L}*){1,LATIN_MAX}$".replace("LATIN_MAX", str(LATIN_MAX)))
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_CYRILLIC = regex.compile(r"\p{Cyrillic}{2}")
_UPPER = regex.compile(r"\p{Lu}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")


def reread_finer(words: list[Word], image: PageImage, mask: np.ndarray, languages: str) -> list[Word]:
    """The words with every unsure one read again from the scan's finer pixels (replaced where that reads better).
    mask: the rulings found (working pixels), painted out of the finer crops as they were of the page."""
    if image.fine is None:
        return words
    unsure = unsure_words(words, image.pixels)
    if not unsure:
        return words
    crops = [_finer_crop(words[k], image, mask) for k, _ in unsure]
    readings = read_placed_lines([c for c in crops if c is not None], languages)
    replaced: dict[int, list[Word]] = {}
    found = iter(readings)
    for (k, by_shape), crop in zip(unsure, crops, strict=True):
        if crop is None:
            continue
        better = _better(words[k], next(found), by_shape)
        if better is not None:
            replaced[k] = better
    return [new for k, w in enumerate(words) for new in replaced.get(k, [w])]


def unsure_words(words: list[Word], pixels: np.ndarray) -> list[tuple[int, bool]]:
    """(index, unsure by its shape) of each word to read again finer (pixels: the image the words were read on)."""
    cyrillic = {_place(w) for w in words if _CYRILLIC.search(w.text)}
    return [(k, by_shape) for k, w in enumerate(words)
            if (by_shape := _unsure_by_shape(w, cyrillic, pixels)) or w.confidence < UNSURE_BELOW]


def _place(word: Word) -> tuple[str, int]:
    """The word's table cell, or its text line when it was read with the page."""
    return ("cell", word.block) if word.block >= 0 else ("line", word.line)


def _unsure_by_shape(word: Word, cyrillic: set[tuple[str, int]], pixels: np.ndarray) -> bool:
    """A short word with a Latin letter in a Cyrillic cell or line, or a low sign (an x-height letter, a colon)
    whose box reaches far above the word's x-height letters over ink no tall letter of the word stands on (the
    recogniser's boxes are loose: a reach over white paper is no sign)."""
    if _LATIN.match(word.text) and _place(word) in cyrillic:
        return True
    small = [x for x in word.letters if x.text in X_HEIGHT_LETTERS]
    if len(small) < 3:
        return False
    height, top = statistics.median(x.bottom - x.top for x in small), statistics.median(x.top for x in small)
    reaching = [x for x in word.letters if x.text in LOW_SIGNS and x.top <= top - TALL_LETTER * height]
    if not reaching:
        return False
    x0, y0 = round(min(x.x0 for x in word.letters)), round(min(x.top for x in reaching))
    band = pixels[y0:round(top) - 1, x0:round(max(x.x1 for x in word.letters)) + 1] < INK_LEVEL
    tall = np.zeros(band.shape[1], bool)
    for x in word.letters:
        if x.text not in LOW_SIGNS:
            tall[max(0, round(x.x0) - x0):round(x.x1) - x0 + 1] = True
    for x in reaching:
        columns = np.zeros_like(tall)
        columns[max(0, round(x.x0) - x0):round(x.x1) - x0 + 1] = True
        if int(band[round(x.top) - y0:, columns & ~tall].sum()) >= INK_ABOVE_PX:
            return True
    return False


def _better(word: Word, finer: list[Word], by_shape: bool) -> list[Word] | None:
    """The finer reading's words, set on the word's line, where they read otherwise and surely (a word read unsurely
    takes only a sure reading: "шихся" at 0.58 must not become "ШИХСЯ" at 0.74), within the word's box, with no more
    capitals nor Latin letters than it; else None."""
    finer = [w for w in finer if word.x0 <= (w.x0 + w.x1) / 2 <= word.x1 and word.top <= (w.top + w.bottom) / 2 <= word.bottom]
    if not finer:  # ink of a neighbour (a letter's tail from the line above) read beside the word is no part of it
        return None
    confidence = min(w.confidence for w in finer)
    text = " ".join(w.text for w in finer)
    if text == word.text or (_ALNUM.search(word.text) and not all(_ALNUM.search(w.text) for w in finer)):
        return None  # the same, or signs alone read beside a word (a neighbour's ink, dust)
    if _count(_UPPER, text) > _count(_UPPER, word.text) or _count(_LATIN_LETTER, text) > _count(_LATIN_LETTER, word.text):
        return None  # cut out alone, a word has no line to tell its case by: "ихся" read "UXCA", "комиссиями" in capitals
    if confidence < (SHAPE_SURE if by_shape else UNSURE_BELOW):
        return None
    for w in finer:
        w.line, w.baseline, w.size, w.block = word.line, word.baseline, word.size, word.block
    return finer


def _count(pattern: regex.Pattern, text: str) -> int:
    return len(pattern.findall(text))


def _finer_crop(word: Word, image: PageImage, mask: np.ndarray) -> tuple[np.ndarray, float, tuple] | None:
    """The word's box cut out of the finer pixels (deskewed as the page was, rulings painted white), its resolution
    and where it lies on the working image (x, y, working pixels per finer pixel); None off the image."""
    assert image.fine is not None
    h, w = image.pixels.shape
    x0, y0 = max(0, word.x0 - PAD_PX), max(0, word.top - PAD_PX)
    x1, y1 = min(w, word.x1 + PAD_PX + 1), min(h, word.bottom + PAD_PX + 1)
    if x1 <= x0 or y1 <= y0:
        return None
    factor = image.fine_dpi / image.dpi
    fx0, fy0 = int(x0 * factor), int(y0 * factor)
    size = (int(np.ceil(x1 * factor)) - fx0, int(np.ceil(y1 * factor)) - fy0)
    fh, fw = image.fine.shape
    matrix = cv2.getRotationMatrix2D((fw / 2, fh / 2), image.skew_deg, 1.0)
    matrix[:, 2] -= (fx0, fy0)
    crop = cv2.warpAffine(image.fine, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=255)
    rulings = cv2.resize(mask[y0:y1, x0:x1], size, interpolation=cv2.INTER_NEAREST)
    crop[rulings > 0] = 255
    return crop, image.fine_dpi, (fx0 / factor, fy0 / factor, 1.0 / factor)
