"""Punctuation the recogniser adds where the page has no ink: "материалов." for "материалов".

Tesseract's model has learnt that a line ends with a point, a comma or a colon, and at the end of a table cell's
line it now and then writes one where nothing stands ("Утверждение.", "43,8.", "предпринимательства:"). A mark
of the page is ink of its own beside the letter before it; a mark read where that room is blank is dropped.
"""
from __future__ import annotations

import numpy as np

from pipeline.readers.ocr.engine import Word

TRAILING_MARKS = ".,:;"
INK_LEVEL = 128  # grey levels below this are ink
MIN_MARK_PIXELS = 2  # a mark's ink is at least this many pixels (a point at 200 dpi: about 9)
MARK_REACH = 3  # pixels looked at past the mark's box: the recogniser's box may stop short of the ink
DESCENT_SHARE = 0.4  # a comma reaches this much (x the line height) below the baseline


def without_phantom_marks(words: list[Word], pixels: np.ndarray) -> None:
    """Each word's last mark dropped where the page has no ink beside the letter before it (in place)."""
    for word in words:
        if len(word.letters) >= 2 and word.letters[-1].text in TRAILING_MARKS and not _has_ink(word, pixels):
            del word.letters[-1]
            word.x1 = round(max(x.x1 for x in word.letters))
            word.text = "".join(x.text for x in word.letters)


def _has_ink(word: Word, pixels: np.ndarray) -> bool:
    """Is there ink between the end of the mark's letter before it and the mark's right edge, from the line's
    top to a comma's depth below the baseline?"""
    mark, before = word.letters[-1], word.letters[-2]
    x0, x1 = max(round(before.x1) + 1, round(mark.x0)), round(mark.x1) + MARK_REACH
    top, bottom = max(0, round(word.baseline - word.size)), round(word.baseline + DESCENT_SHARE * word.size)
    if x1 <= x0 or bottom <= top:
        return True  # no room to look at: the mark stays as read
    return int((pixels[top:bottom, max(0, x0):x1] < INK_LEVEL).sum()) >= MIN_MARK_PIXELS
