"""A number OCR is unsure of, read again from other renderings of its ink and settled by their vote.

A number flagged unsure (a decimal comma the ink shows but the reading lost, two models disagreeing on a digit)
was read once from the scan as it is: a 200-dpi comma blurred into the digit before it ("5,2" read "577", "1,1"
read "11"). The same ink thresholded (Otsu), or enlarged first, reads right most of the time: the comma stands
apart again. So each unsure number is cut out, rendered a few ways (as it is, enlarged 1.5 times, thresholded,
enlarged twice and thresholded) and read by both models (the page's languages and the model for numbers), eight
readings in all. When several of them, each read surely, by both models, give one number and hardly any gives
another, that number is taken and trusted; else the number stays as read and flagged for a person. Only the few flagged numbers of a
page are read again (a hundredth of a second each), never every number.

A number read surely but left unconfirmed by the model for numbers (it read nothing there) is no safer for that:
when several sure readings of both models give another number ("2,2" four times, the "2,4" read first twice, by
one model), the vote is unclear but the number is disputed, and it is flagged; where the other number has twice
the votes of the number as read, it is taken (still flagged: a person checks it).
"""
from __future__ import annotations

import statistics
from collections import Counter

import numpy as np
import regex

from pipeline.readers.ocr.engine import Letter, Word, can_read_numbers, read_lines
from pipeline.readers.ocr.reading import UNSURE, separator_lost

REREAD_PAD_PX = 3  # a number is cut out this far around its word box
ENLARGE = (1.5, 2.0)  # the renderings' scales: enlarged as it is, enlarged and thresholded
VOTE_CONFIDENCE = 0.8  # a reading votes only when read at least this surely
MIN_VOTES = 3  # the number most readings give must have at least this many votes (of 8), from both models ...
MIN_LEAD = 3  # ... and this many times the votes of any other reading
_NUMBER = regex.compile(r"^\d+(?:[,.]\d+)?$")
_NUMBER_AS_READ = regex.compile(r"^\d+(?:[,.]\d*)?$")  # "5," for "5,7": the digit after the comma lost


def reread_unsure(words: list[Word], pixels: np.ndarray, dpi: float, languages: str, below: float,
                  unconfirmed: list[Word] | tuple[Word, ...] = ()) -> None:
    """Every number read less surely than `below`, or left unconfirmed by its second reading, read again and
    settled by a vote where the vote is clear (in place: its letters and text rewritten, its confidence that of
    the vote). An unsure number the vote does not settle stays flagged, an unconfirmed one stays as read."""
    others = {id(w) for w in unconfirmed}
    unsure = [w for w in words if _NUMBER_AS_READ.match(w.text) and (w.confidence < below or id(w) in others)]
    cropped = [(word, crop) for word in unsure if (crop := _crop(pixels, word)).size]  # a box off the image: as read
    unsure = [word for word, _ in cropped]
    if not unsure or not can_read_numbers():
        return
    images = [image for _, crop in cropped for image in renderings(crop, dpi)]
    by_languages, by_numbers = read_lines(images, languages), read_lines(images)
    per = len(images) // len(unsure)
    for k, word in enumerate(unsure):
        readings = by_languages[k * per:(k + 1) * per], by_numbers[k * per:(k + 1) * per]
        settled = vote(*readings)
        if settled is None:
            _flag_if_disputed(word, *readings, pixels)
            continue
        if not _may_take(word, settled[0], pixels):
            continue
        if settled[0] != word.text or word.confidence < below:  # one read surely and confirmed keeps its confidence
            word.confidence = settled[1]
        if settled[0] != word.text:
            _rewrite(word, settled[0])


def _flag_if_disputed(word: Word, by_languages: list[tuple[str, float]], by_numbers: list[tuple[str, float]],
                      pixels: np.ndarray) -> None:
    """A number the vote did not settle, flagged (in place) when another number is read surely by both models at
    least MIN_VOTES times; taken when it has at least MIN_LEAD - 1 times the votes of the number as read."""
    votes = _sure_votes(by_languages, by_numbers)
    own = len(votes.pop(word.text.replace(" ", ""), ()))
    other = max(votes.items(), key=lambda item: len(item[1]), default=None)
    if other is None or len(other[1]) < MIN_VOTES or len({model for model, _ in other[1]}) < 2:
        return
    word.confidence = min(word.confidence, UNSURE)
    if len(other[1]) >= (MIN_LEAD - 1) * own and _may_take(word, other[0], pixels):
        _rewrite(word, other[0])


def _sure_votes(by_languages: list[tuple[str, float]],
                by_numbers: list[tuple[str, float]]) -> dict[str, list[tuple[int, float]]]:
    """{number: (the model (0: the page's languages, 1: numbers), the confidence) of each sure reading of it}.
    Spaces are dropped ("2 500" and "2500" are one vote); a reading that is no number ("5/2", "") does not vote."""
    votes: dict[str, list[tuple[int, float]]] = {}
    for model, readings in enumerate((by_languages, by_numbers)):
        for text, confidence in readings:
            number = text.replace(" ", "")
            if confidence >= VOTE_CONFIDENCE and _NUMBER.match(number):
                votes.setdefault(number, []).append((model, confidence))
    return votes


def _may_take(word: Word, number: str, pixels: np.ndarray) -> bool:
    """May the vote's number replace the word? Not a number without a separator where the ink shows one, nor one
    without a separator with more or fewer digits than read ("5,2" blurred read "577" and voted "52": a comma lost
    twice is no digit dropped)."""
    if not number.isdigit():
        return True
    read = [letter.text for letter in word.letters if letter.text.isdigit()]
    return len(read) == len(number) and not separator_lost(word, pixels)


def renderings(crop: np.ndarray, dpi: float) -> list[tuple[np.ndarray, float]]:
    """The crop as it is, enlarged, thresholded, and enlarged then thresholded, each with its resolution."""
    import cv2

    out = [(crop, dpi)]
    large = [(cv2.resize(crop, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC), dpi * f) for f in ENLARGE]
    out.append(large[0])
    for image, at in ((crop, dpi), large[1]):
        _, binary = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
        out.append((binary, at))
    return out


def vote(by_languages: list[tuple[str, float]], by_numbers: list[tuple[str, float]]) -> tuple[str, float] | None:
    """The number most sure readings give, with their median confidence, when the vote is clear; else None.

    Clear: at least MIN_VOTES sure readings, of both models, give it, and MIN_LEAD times as many as give any other
    number (sure readings as `_sure_votes` counts them).
    >>> vote([("9,1", 0.96), ("9,1", 0.9), ("91", 0.56)], [("9,1", 0.88), ("951", 0.62)])
    ('9,1', 0.9)
    """
    votes = _sure_votes(by_languages, by_numbers)
    if not votes:
        return None
    ranked = Counter({number: len(c) for number, c in votes.items()}).most_common()
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < MIN_VOTES or count < MIN_LEAD * runner_up or len({model for model, _ in votes[best]}) < 2:
        return None
    return best, statistics.median(confidence for _, confidence in votes[best])


def _crop(pixels: np.ndarray, word: Word) -> np.ndarray:
    h, w = pixels.shape
    return pixels[max(0, word.top - REREAD_PAD_PX):min(h, word.bottom + REREAD_PAD_PX + 1),
                  max(0, word.x0 - REREAD_PAD_PX):min(w, word.x1 + REREAD_PAD_PX + 1)]


def _rewrite(word: Word, text: str) -> None:
    """The word's letters made the number voted for: where as many digits were read as voted, they keep their
    boxes, a separator standing between the two digits the vote puts it between ("91" -> "9,1"); else the
    letters share the word's box evenly."""
    digits = [letter for letter in word.letters if letter.text.isdigit()]
    if len(digits) == sum(ch.isdigit() for ch in text):
        letters: list[Letter] = []
        for ch in text:
            if ch.isdigit():
                letters.append(digits[sum(x.text.isdigit() for x in letters)]._replace(text=ch))
            else:
                left = letters[-1]
                right = digits[sum(x.text.isdigit() for x in letters)]
                letters.append(Letter(ch, left.x1, max(left.x1, right.x0), left.top, left.bottom))
        word.letters = letters
    else:
        step = (word.x1 - word.x0) / len(text)
        word.letters = [Letter(ch, word.x0 + k * step, word.x0 + (k + 1) * step, word.top, word.bottom)
                        for k, ch in enumerate(text)]
    word.text = text
