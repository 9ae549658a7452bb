"""Closing marks a narrow table column wrapped onto the next line, which the recogniser passed over.

A word that fills its column's width leaves no room for the comma, point or closing bracket after it, and the
typesetter (LibreOffice) moves the mark alone to the next line: "строительства" / ", применение",
"документации" / ",", "слушателей" / ")". Read as a block, the cell's lone mark is taken for dust and dropped, so
the text loses it ("строительства применение"). The ink is still there: a piece of ink in the cell that no
letter read covers, standing first on a line (before the line's first word, or on a line of its own below the
words), is looked at by its shape against the line's size and baseline: a comma (taller than wide, reaching below
the baseline) or a closing bracket (as tall as the line,
its middle bulging right, and only where the cell has a bracket left open). Such a mark closes the line before
it: it is written after that line's last word, as the text layer of the same page has it.
"""
from __future__ import annotations

import numpy as np

from pipeline.readers.ocr.engine import Letter, Word

INK_LEVEL = 128  # grey levels below this are ink
LETTER_MARGIN_PX = 2  # ink this close to a letter read is that letter's
MIN_MARK_SHARE = 0.008  # a mark's ink is at least this share of the line height squared (a speck of dust: less)
BASELINE_SLACK = 0.12  # a comma's top stands no higher than twice this (x line height) above the baseline ...
COMMA_TALL = 1.3  # a comma is at least this many times as tall as wide ...
COMMA_MAX = 0.45  # ... at most this high (x line height) ...
COMMA_DESCENT = 0.04  # ... and reaches at least this far below the baseline
BRACKET_MIN, BRACKET_MAX = 0.6, 1.2  # a bracket spans this much of the line height ...
BRACKET_SLIM = 2.5  # ... and is at least this many times as tall as wide
BRACKET_BULGE = 0.15  # a closing bracket's middle stands this much (x its width) right of its ends
NEXT_LINE_REACH = 1.8  # a mark on a line of its own stands within this many line heights under the last line
STRIP_WIDTH = 1.5  # only the cell's strip this wide (x line height) past its text's left edge is looked at
OPENERS_BEFORE = {")": "("}  # a closing mark that needs its opening one left open in the cell


def wrapped_marks(words: list[Word], pixels: np.ndarray, cells: list[tuple[int, int, int, int]]) -> None:
    """Marks wrapped to the start of a cell's next line written after the line before's last word (in place).

    cells: the (x, y, w, h) pixel box of each block the words were read in, by block number."""
    by_block: dict[int, list[Word]] = {}
    for word in words:
        by_block.setdefault(word.block, []).append(word)
    outside = by_block.pop(-1, [])  # read with the page (what the cell reading missed): their ink is no mark either
    for block, cell_words in by_block.items():
        if block < len(cells):
            _cell_marks(cell_words, outside, pixels, cells[block])


def _cell_marks(cell: list[Word], outside: list[Word], pixels: np.ndarray, box: tuple[int, int, int, int]) -> None:
    """The wrapped marks of one cell written after the words they close."""
    import cv2

    size = float(np.median([word.size for word in cell]))
    x, y, w, h = box
    w = min(w, round(min(word.x0 for word in cell) - x + STRIP_WIDTH * size))  # a wrapped mark stands at the left
    if w <= 0:
        return
    ink = (pixels[y:y + h, x:x + w] < INK_LEVEL).astype(np.uint8)
    near = [o for o in outside if o.x1 >= x and o.x0 <= x + w and o.bottom >= y and o.top <= y + h]
    for word in cell + near:
        for x0, top, x1, bottom in [(a.x0, a.top, a.x1, a.bottom) for a in word.letters] or [
                (word.x0, word.top, word.x1, word.bottom)]:
            ink[max(0, round(top) - y - LETTER_MARGIN_PX):max(0, round(bottom) - y + LETTER_MARGIN_PX + 1),
                max(0, round(x0) - x - LETTER_MARGIN_PX):max(0, round(x1) - x + LETTER_MARGIN_PX + 1)] = 0
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 2:
        return
    lines = _lines(cell)
    for px, py, pw, ph, area in stats[1:count].tolist():
        if area < MIN_MARK_SHARE * size * size or ph > BRACKET_MAX * size:
            continue
        piece = (x + px, y + py, x + px + pw, y + py + ph)
        found = _closed_line(lines, piece, size)
        if found is None:
            continue
        closed, baseline = found
        mark = _mark_of_shape(ink[py:py + ph, px:px + pw], piece, baseline, size)
        last = closed[-1]
        if mark is None or not _may_close(mark, cell, last):
            continue
        last.letters.append(Letter(mark, float(piece[0]), float(piece[2]), float(piece[1]), float(piece[3])))
        last.text += mark


def _lines(cell: list[Word]) -> list[list[Word]]:
    """The cell's words by text line, top down."""
    lines: dict[int, list[Word]] = {}
    for word in cell:
        lines.setdefault(word.line, []).append(word)
    return [sorted(words, key=lambda w: w.x0) for _, words in sorted(lines.items(), key=lambda kv: kv[1][0].baseline)]


def _pitch(lines: list[list[Word]], size: float) -> float:
    """The distance of the cell's lines (its smallest), or a line height for a cell of one line."""
    baselines = [line[0].baseline for line in lines]
    return float(min(np.diff(baselines))) if len(baselines) > 1 else size


def _closed_line(lines: list[list[Word]], piece: tuple[int, int, int, int],
                 size: float) -> tuple[list[Word], float] | None:
    """The line a piece of ink standing first on a line closes, and the baseline the piece stands on: the line
    before the one whose first word it stands left of, or the last line when it stands alone below it; None for
    ink anywhere else."""
    x0, top, x1, bottom = piece
    for k, line in enumerate(lines):
        base = line[0].baseline
        if base - size <= bottom <= base + size * COMMA_MAX and top >= base - size:
            return (lines[k - 1], base) if k and x1 < line[0].x0 else None
    above = [line for line in lines if line[0].baseline + size * COMMA_MAX < bottom]
    if not above or x0 > min(w.x0 for line in lines for w in line) + size:
        return None
    base = above[-1][0].baseline + _pitch(lines, size)  # a line of its own under the line it closes
    return (above[-1], base) if bottom <= above[-1][0].baseline + NEXT_LINE_REACH * size else None


def _mark_of_shape(ink: np.ndarray, piece: tuple[int, int, int, int], baseline: float, size: float) -> str | None:
    """"," or ")" by the piece's shape against the line's baseline and height; None for any other shape (a point is
    not told from a speck of dust by its shape)."""
    x0, top, x1, bottom = piece
    w, h = x1 - x0, bottom - top
    foot = bottom - baseline
    if (h >= COMMA_TALL * w and h <= COMMA_MAX * size and foot >= COMMA_DESCENT * size
            and top >= baseline - BASELINE_SLACK * 2 * size):
        return ","
    if BRACKET_MIN * size <= h <= BRACKET_MAX * size and h >= BRACKET_SLIM * w and _bulges_right(ink):
        return ")"
    return None


def _bulges_right(ink: np.ndarray) -> bool:
    """Does the piece's middle stand right of its ends, as a closing bracket's does?"""
    rows = ink.shape[0]
    cols = np.arange(ink.shape[1])

    def centre(part: np.ndarray) -> float | None:
        weight = part.sum()
        return float((part * cols).sum() / weight) if weight else None

    ends = [centre(ink[: rows // 5]), centre(ink[rows - rows // 5:])]
    middle = centre(ink[2 * rows // 5: 3 * rows // 5])
    if middle is None or any(e is None for e in ends):
        return False
    return all(middle - e >= BRACKET_BULGE * ink.shape[1] for e in ends if e is not None)


def _may_close(mark: str, cell: list[Word], last: Word) -> bool:
    """Can the mark follow the line's last word: a word ending in a letter, digit, closing quote or bracket, and
    for a closing bracket a bracket left open before it in the cell?"""
    end = last.text[-1:]
    if not (end.isalnum() or end in "»”\")"):
        return False
    opener = OPENERS_BEFORE.get(mark)
    if opener is None:
        return True
    text = " ".join(w.text for w in cell[: next(k for k, w in enumerate(cell) if w is last) + 1])
    return text.count(opener) > text.count(mark)
