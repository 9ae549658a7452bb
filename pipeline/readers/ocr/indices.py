"""Digits set raised or lowered after a letter (a unit's power "м3", a formula's index "PM2,5", "CO2"), read again.

The recogniser reads a small run of digits above or below the line with the letters' model at the letters' size,
and often wrongly: "м3" read "м2", "м?" or "м*"; the "2,5" of "PM2,5" read ">5", "," or "." ("РМ>5"). Cut out
alone and enlarged, it reads right. So after the word's last letter of full height, ink standing wholly above the
letter's middle (raised), or wholly below it after a capital with a piece as tall as a digit (lowered, a formula's
index), is read again in a few renderings (enlarged, enlarged and thresholded): a raised run by the model for
numbers, a lowered one by it and by the page's languages; a number is taken only where most sure readings give it,
with as many separators as the ink shows small pieces between its digits. A comma or point after a word, or a
closing quote, is no run of digits: it is never taller than half the letter, or reads as no number.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import numpy as np
import regex

from pipeline.readers.ocr import engine
from pipeline.readers.ocr.engine import Letter, Word, can_read_numbers

FULL_HEIGHT = 0.6  # a letter at least this share of the word's tallest letter is of full height (a base)
RAISED = 0.4  # ink whose bottom stands this much (x the base letter's height) above the letter's bottom is raised
LOWERED = 0.35  # ink whose top stands this much (x the base letter's height) below a capital's top is lowered
DIGIT_SHARE = 0.45  # a piece at least this share of the base letter's height is a digit (smaller ones: a comma, dust)
MIN_PIECE = 0.08  # pieces of ink smaller than this (x the letter's height) on each side are dust
PAD_PX = 2  # the run is cut out this far around its ink
RENDERINGS = ((1.5, False), (2.0, True), (3.0, True))  # a lowered run is read enlarged (scale, thresholded) these
# ways by both models; a raised one (a unit's power, most of them) the first two ways by the model for numbers
# alone, which reads a raised "3" surer than the page's languages do (and costs less)
RAISED_RENDERINGS = 2
SURE = 0.7  # a reading votes when at least this sure
MIN_VOTES = {False: 2, True: 3}  # the number taken has at least this many votes (raised: of 2, lowered: of 6) ...
MIN_LEAD = 2  # ... and this many times the votes of any other
INK_LEVEL = 128
POINTS = ".,;:"
_DECIMAL_POINT = regex.compile(r"(?<=\d)\.(?=\d)")
_INDEX = regex.compile(r"^\d+(?:[.,]\d+)?[.,]?$")  # a lowered run may take the point after it in
_SEPARATOR = regex.compile(r"(?<=\d)[.,](?=\d)")


class Run(NamedTuple):
    """A raised or lowered run of ink after a word's letter: the letter's index, the run's pixel box (x0, top, x1,
    bottom), whether it is lowered, how many small pieces of ink stand between its digits (a comma), and whether
    a point or comma follows it."""

    base: int
    box: tuple[int, int, int, int]
    lowered: bool
    separators: int
    point_after: bool  # a point or comma stands after the (raised) run


def reread_indices(words: list[Word], pixels: np.ndarray, dpi: float, languages: str) -> None:
    """Raised and lowered runs of digits after a word's letters read again (in place), each in a few renderings,
    taken where the vote is clear: a lowered run by the model for numbers and by the page's languages (which
    reads a lowered "2,5" surer), a raised one by the model for numbers."""
    if not can_read_numbers():
        return
    found = [(word, run) for word in words if (run := _index_run(word, pixels)) is not None]
    if not found:
        return
    renderings = [RENDERINGS if run.lowered else RENDERINGS[:RAISED_RENDERINGS] for _, run in found]
    images = [[_rendering(pixels, run.box, scale, threshold, dpi) for scale, threshold in ways]
              for (_, run), ways in zip(found, renderings, strict=True)]
    by_numbers = iter(engine.read_lines([image for each in images for image in each]))
    lowered = [image for (_, run), each in zip(found, images, strict=True) if run.lowered for image in each]
    by_languages = iter(engine.read_lines(lowered, languages) if lowered else [])
    taken: list[tuple[Word, Run]] = []
    for (word, run), each in zip(found, images, strict=True):
        readings = [next(by_numbers) for _ in each] + ([next(by_languages) for _ in each] if run.lowered else [])
        text = _voted(readings, run)
        if text is not None:
            _rewrite(word, run, text)
            taken.append((word, run))
    if taken:  # a piece of the run read as a word of its own ("РМ," and "5") is in the run now
        words[:] = [w for w in words if not any(w is not word and w.line == word.line and _within(w, run.box)
                                                for word, run in taken)]


def _within(word: Word, box: tuple[int, int, int, int]) -> bool:
    return box[0] - PAD_PX <= word.x0 and word.x1 <= box[2] + PAD_PX


def _voted(readings: list[tuple[str, float]], run: Run) -> str | None:
    """The number most sure readings of a run give, when the vote is clear; else None. A reading votes only with as
    many separators as the ink shows pieces between digits; a formula's index (lowered) is a decimal number,
    written with a comma in Russian, and its comma is a pixel or two, which the models read as a point ("PM2.5")."""
    votes: Counter[str] = Counter()
    for text, confidence in readings:
        text = text.replace(" ", "")
        if run.lowered:
            text = _DECIMAL_POINT.sub(",", text)
        if confidence >= SURE and _INDEX.match(text) and len(_SEPARATOR.findall(text)) == run.separators:
            votes[text] += 1
    ranked = votes.most_common(2) + [("", 0), ("", 0)]
    (best, count), (_, runner_up) = ranked[0], ranked[1]
    return best if count >= MIN_VOTES[run.lowered] and count >= MIN_LEAD * runner_up else None


def _index_run(word: Word, pixels: np.ndarray) -> Run | None:
    """The raised or lowered run of ink after the word's last letter of full height, or None."""
    letters = word.letters
    tallest = max((x.bottom - x.top for x in letters if x.text.isalpha()), default=0.0)
    highest = min((x.top for x in letters if x.text.isalpha()), default=0.0)
    bases = [k for k, x in enumerate(letters[:-1]) if x.text.isalpha() and x.bottom - x.top >= FULL_HEIGHT * tallest
             and x.top <= highest + (1 - FULL_HEIGHT) * tallest]  # not a lowered digit read as a letter ("РМг>5")
    if not bases or all(x.text.isalpha() for x in letters[bases[-1] + 1:]):
        return None
    base_box = letters[bases[-1]]
    pieces = _ink_pieces(pixels, word.x0 - PAD_PX, word.x1 + PAD_PX, word.top - PAD_PX, word.bottom + PAD_PX, 1.0)
    base = max(pieces, key=lambda p: _overlap(p, base_box), default=None)  # the base letter's ink (its box is rough)
    if base is None or _overlap(base, base_box) <= 0:
        return None
    at = max((k for k, x in enumerate(letters) if x.text.isalpha()),
             key=lambda k: _overlap(base, letters[k]))  # the letter of that ink (the "М" of "РМг>5")
    base_box = letters[at]
    height = base[3] - base[1]
    after = [p for p in pieces if p[0] >= base[2]]
    pieces = [p for p in after if max(p[2] - p[0], p[3] - p[1]) >= MIN_PIECE * height]
    pieces.sort()
    raised = [p for p in pieces if p[3] <= base[3] - RAISED * height]
    lowered = [p for p in pieces if p[1] >= base[1] + LOWERED * height]
    if raised and pieces[:len(raised)] == raised and all(p[3] - p[1] <= height / 2 for p in pieces[len(raised):]):
        run = raised  # and a point or comma after it, read as it was
    elif (lowered and len(lowered) == len(pieces) and base_box.text.isupper()
          and any(p[3] - p[1] >= DIGIT_SHARE * height for p in lowered)):
        run = lowered
    else:
        return None
    box = (min(p[0] for p in run), min(p[1] for p in run), max(p[2] for p in run), max(p[3] for p in run))
    digits = [p for p in run if p[3] - p[1] >= DIGIT_SHARE * height]
    # a 200-dpi comma may be a single pixel: every piece between two digits in the run's lower half counts
    between = [p for p in after if p[3] - p[1] < DIGIT_SHARE * height and digits[0][2] <= p[0] and p[2] <= digits[-1][0]
               and p[1] >= (box[1] + box[3]) / 2] if digits else []
    return Run(at, box, run is lowered, len(between), len(pieces) > len(run)) if digits else None


def _overlap(piece: tuple[int, int, int, int], letter: Letter) -> float:
    """The area a piece of ink shares with a letter's box."""
    w = min(piece[2], letter.x1) - max(piece[0], letter.x0)
    h = min(piece[3], letter.bottom) - max(piece[1], letter.top)
    return w * h if w > 0 and h > 0 else 0.0


def _ink_pieces(pixels: np.ndarray, x0: int, x1: int, top: int, bottom: int,
                smallest: float) -> list[tuple[int, int, int, int]]:
    """Pieces of ink (x0, top, x1, bottom in page pixels) inside the box, those smaller than `smallest` left out."""
    import cv2

    h, w = pixels.shape
    x0, x1, top, bottom = max(0, x0), min(w, x1), max(0, top), min(h, bottom)
    if x1 <= x0 or bottom <= top:
        return []
    ink = (pixels[top:bottom, x0:x1] < INK_LEVEL).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return [(x0 + x, top + y, x0 + x + pw, top + y + ph) for x, y, pw, ph, _ in stats[1:count].tolist()
            if pw >= smallest or ph >= smallest]


def _rendering(pixels: np.ndarray, box: tuple[int, int, int, int], scale: float, threshold: bool,
               dpi: float) -> tuple[np.ndarray, float]:
    """The run cut out with a margin, enlarged (and thresholded by Otsu), with its resolution."""
    import cv2

    x0, top, x1, bottom = box
    h, w = pixels.shape
    crop = pixels[max(0, top - PAD_PX):min(h, bottom + PAD_PX), max(0, x0 - PAD_PX):min(w, x1 + PAD_PX)]
    large = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    if threshold:
        _, large = cv2.threshold(large, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return large, dpi * scale


def _rewrite(word: Word, run: Run, text: str) -> None:
    """The letters after the base made the run's reading, spread over its box; the word's last point or comma stays
    where its ink stands after the run (a lowered run took such ink in; the letters' boxes are too rough to tell)."""
    x0, top, x1, bottom = run.box
    base = run.base
    ending = len(word.letters)
    while run.point_after and ending > base + 1 and word.letters[ending - 1].text in POINTS:
        ending -= 1
    after = word.letters[ending:]
    step = (x1 - x0) / len(text)
    read = [Letter(ch, x0 + k * step, x0 + (k + 1) * step, top, bottom) for k, ch in enumerate(text)]
    word.letters = word.letters[:base + 1] + read + after
    word.text = "".join(x.text for x in word.letters)
    word.x1 = max(word.x1, x1)
