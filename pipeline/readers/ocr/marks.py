"""Marks the recogniser adds where the page has no ink: "материалов." for "материалов", "АЙС" for "АИС".

Tesseract's model has learnt that a line ends with a point, a comma or a colon, and at the end of a table cell's
line it now and then writes one where nothing stands ("Утверждение.", "43,8.", "предпринимательства:"). A mark
of the page is ink of its own beside the letter before it; a mark read where that room is blank is dropped.
So is a dash (or "=") read alone, unsurely, in the wide blank gap of a justified line: its box holds no ink.

Likewise a breve over a capital of an abbreviation ("АЙС" read from "АИС"): no dictionary judges an
abbreviation, but a breve is ink above the capitals' top; a "Й" with none there, which the recogniser also
weighed as "И", is an "И".

And a colon or semicolon read from a point or comma with a speck of dust above it ("млн: тенге", "сервисов; к"):
the upper dot of a colon is as large as its lower one, a speck one or two pixels; a mark whose upper piece is
no dot is the point or comma its lower piece shows (a comma is taller than wide, a point is not).
"""
from __future__ import annotations

import numpy as np

from pipeline.readers.ocr.engine import Word

TRAILING_MARKS = ".,:;"
LONE_DASHES = "-‐–—_="  # what a dash alone, or the recogniser's guess in an empty gap, is read as
INK_LEVEL = 128  # grey levels below this are ink
MIN_MARK_PIXELS = 2  # a mark's ink is at least this many pixels (a point at 200 dpi: about 9)
MARK_REACH = 3  # pixels looked at past the mark's box: the recogniser's box may stop short of the ink
MIN_PIECE_PIXELS = 4  # ... and as a piece of its own at least this many (a speck of dust: one or two)
MARK_HEIGHT_SHARE = 0.45  # a point or comma is at most this high (x the line height); a letter's stroke is taller
DESCENT_SHARE = 0.4  # a comma reaches this much (x the line height) below the baseline
BREVE_REACH = (0.35, 0.1)  # a breve's ink lies between these shares of the capitals' height above their top
BREVED = {"Й": "И"}  # a capital with a breve, and the capital without it
STACKED_MARKS = ":;"  # marks of two pieces, one above the other
UPPER_DOT_SHARE = 0.3  # a colon's upper dot has at least this share of its lower piece's ink (seen: 0.5-1.1)
COMMA_TALLNESS = 1.5  # a comma's piece is at least this many times as tall as wide; a point's is about square


def without_phantom_marks(words: list[Word], pixels: np.ndarray) -> None:
    """Each word's last mark dropped where the page has no ink beside the letter before it, and a word of dashes
    read where its box holds no ink at all dropped (in place)."""
    words[:] = [word for word in words if not _inkless_dash(word, pixels)]
    for word in words:
        if len(word.letters) >= 2 and word.letters[-1].text in TRAILING_MARKS and not _has_ink(word, pixels):
            del word.letters[-1]
            word.x1 = round(max(x.x1 for x in word.letters))
            word.text = "".join(x.text for x in word.letters)


def _inkless_dash(word: Word, pixels: np.ndarray) -> bool:
    """Is the word dashes alone ("—", "=") read in a box with no ink, as the recogniser reads the wide gap of a
    justified line ("конкурсов с — предварительным")? A dash of the page is a solid bar in its box."""
    if not word.text or any(ch not in LONE_DASHES for ch in word.text):
        return False
    box = pixels[max(0, word.top):word.bottom + 1, max(0, word.x0):word.x1 + 1]
    return box.size > 0 and int((box < INK_LEVEL).sum()) < MIN_MARK_PIXELS


def without_phantom_breves(words: list[Word], pixels: np.ndarray) -> None:
    """A capital "Й" among capitals with no breve's ink above it, weighed as "И" too, made "И" (in place)."""
    for word in words:
        capitals = [x for x in word.letters if x.text.isupper() and x.text not in BREVED]
        if len(capitals) < 2 or any(x.text.isalpha() and not x.text.isupper() for x in word.letters):
            continue
        tops = sorted(x.top for x in capitals)
        top = tops[len(tops) // 2]
        height = word.baseline - top
        for k, letter in enumerate(word.letters):
            plain = BREVED.get(letter.text)
            if plain is None or plain not in letter.choices or height <= 0:
                continue
            y0, y1 = max(0, round(top - BREVE_REACH[0] * height)), max(0, round(top - BREVE_REACH[1] * height))
            x0, x1 = round(letter.x0) + 1, round(letter.x1) - 1
            if x1 > x0 and y1 > y0 and int((pixels[y0:y1, x0:x1] < INK_LEVEL).sum()) < MIN_MARK_PIXELS:
                word.letters[k] = letter._replace(text=plain)
                word.text = "".join(x.text for x in word.letters)


def _has_ink(word: Word, pixels: np.ndarray) -> bool:
    """Is there a mark's ink after the letter before it: ink between that letter's end and the mark's right edge,
    or a small piece of ink of its own at the baseline in the letter's right half (its box may take the comma
    in: "лиц," at 300 dpi), from the line's top to a comma's depth below the baseline?"""
    mark, before = word.letters[-1], word.letters[-2]
    top, bottom = max(0, round(word.baseline - word.size)), round(word.baseline + DESCENT_SHARE * word.size)
    x0, x1 = max(round(before.x1) + 1, round(mark.x0)), round(mark.x1) + MARK_REACH
    if x1 <= x0 or bottom <= top:
        return True  # no room to look at: the mark stays as read
    if int((pixels[top:bottom, max(0, x0):x1] < INK_LEVEL).sum()) >= MIN_MARK_PIXELS:
        return True
    return _mark_piece(pixels, word, round((before.x0 + before.x1) / 2), x1, top, bottom)


def _mark_piece(pixels: np.ndarray, word: Word, x0: int, x1: int, top: int, bottom: int) -> bool:
    """Is there a piece of ink as small as a point or comma reaching the baseline between x0 and x1?"""
    import cv2

    box = (pixels[top:bottom, max(0, x0):x1] < INK_LEVEL).astype(np.uint8)
    if box.size == 0:
        return False
    count, _, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
    base = word.baseline - top
    return any(area >= MIN_PIECE_PIXELS and h <= MARK_HEIGHT_SHARE * word.size and y + h >= base - 1
               for _, y, _, h, area in stats[1:count].tolist())


def stacked_marks_of_one_dot(words: list[Word], pixels: np.ndarray) -> None:
    """A word's last ":" or ";", or one between two digits ("5:5", "1:9" in a fact cell), whose upper piece is no
    dot (a speck, or no ink at all) made the point or comma its lower piece is (in place)."""
    for word in words:
        if len(word.letters) < 2:
            continue
        text = "".join(letter.text for letter in word.letters)
        at = [len(text) - 1] if text[-1] in STACKED_MARKS else []
        at += [k for k in range(1, len(text) - 1) if text[k] in STACKED_MARKS and text[k - 1].isdigit() and text[k + 1].isdigit()]
        for k in at:
            single = _single_mark(word, pixels, k)
            if single is not None:
                word.letters[k] = word.letters[k]._replace(text=single)
        if at:
            word.text = "".join(letter.text for letter in word.letters)


def _single_mark(word: Word, pixels: np.ndarray, k: int) -> str | None:
    """"." or "," where the word's mark k has a lower piece and nothing above it as large as a colon's dot;
    None where it has its upper dot, or no mark's piece is seen at the baseline."""
    import cv2

    mark, before = word.letters[k], word.letters[k - 1]
    top, bottom = max(0, round(word.baseline - word.size)), round(word.baseline + DESCENT_SHARE * word.size)
    x1 = round(mark.x1) + MARK_REACH if k == len(word.letters) - 1 else round(word.letters[k + 1].x0)
    x0 = max(0, round((before.x0 + before.x1) / 2))
    box = (pixels[top:bottom, x0:x1] < INK_LEVEL).astype(np.uint8)
    if box.size == 0 or bottom <= top:
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(box, connectivity=8)
    pieces = stats[1:count].tolist()
    base = word.baseline - top
    lows = [p for p in pieces if p[4] >= MIN_PIECE_PIXELS and p[3] <= MARK_HEIGHT_SHARE * word.size
            and p[1] + p[3] >= base - 1 and p[1] < base]
    if not lows:
        return None
    low = max(lows, key=lambda p: p[0] + p[2])  # the rightmost: the mark, not a letter's foot
    lx, ly, lw, lh, area = low
    dots = [p for p in pieces if p[1] + p[3] <= ly and p[0] <= lx + lw and lx <= p[0] + p[2]
            and p[3] <= MARK_HEIGHT_SHARE * word.size and p[4] >= UPPER_DOT_SHARE * area]
    if dots:
        return None
    return "," if lh >= COMMA_TALLNESS * lw else "."
