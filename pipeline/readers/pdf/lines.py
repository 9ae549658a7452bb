"""Characters -> words -> text lines, for the page body and for each table cell alike.

A character is a tuple (ch, x0, x1, top, bottom, index) in display space (see pipeline.readers.pdf.page);
a line is grouped by vertical centre and spaced into words by space characters and by wide gaps, so that
words drawn one by one without a space character still come apart.
"""
from __future__ import annotations

LINE_Y_TOL_RATIO = 0.5  # characters share a line if their vertical centres differ less than this x height
WORD_GAP_RATIO = 0.13  # a horizontal gap wider than this x character box height separates words
LOOSE_BOX_SIZE_RATIO = 1.15  # loose character box height / font size (ascent - descent), for estimates
PITCH_DEFAULT_RATIO = 1.15  # line pitch assumed (x font size) when it cannot be measured


class Line:
    """One text line of a region (the page body or one table cell) with what paragraph rules need."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "base", "size", "bold", "first_word_w", "first_char_w",
                 "page", "left", "right", "pitch", "furniture", "ref", "words")

    def __init__(self, text, x0, x1, top, bottom, size, bold, first_word_w, first_char_w, page):
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.bold, self.first_word_w, self.first_char_w = size, bold, first_word_w, first_char_w
        self.page = page
        self.left = x0
        self.right = x1
        self.pitch = size * PITCH_DEFAULT_RATIO
        self.furniture = False
        self.ref = -1  # index of a character in the middle of the line, for font lookups
        self.base = bottom  # the baseline (origin of a character in the middle of the line), set from pdfium
        self.words = None  # on a page read by OCR: the recognised words of the line (for their confidences)


def chars_to_lines(chars: list[tuple], page: int) -> list[Line]:
    """Group characters into text lines (by vertical centre), left to right, with word spacing from gaps."""
    if not chars:
        return []
    chars = sorted(chars, key=lambda c: c[3] + c[4])
    groups: list[list[tuple]] = []
    centre2 = height = 0.0
    for ch in chars:
        c2, h = ch[3] + ch[4], ch[4] - ch[3]
        if groups and abs(c2 - centre2) <= 2 * LINE_Y_TOL_RATIO * (h if h < height else height):
            groups[-1].append(ch)
        else:
            groups.append([ch])
            centre2, height = c2, h
    lines = [_make_line(sorted(g, key=lambda c: (c[1], c[5])), page) for g in groups]
    return [ln for ln in lines if ln is not None]

def _make_line(chars: list[tuple], page: int) -> Line | None:
    """Build one line's text and geometry from its characters sorted left to right (spaces and wide gaps split words)."""
    out: list[str] = []
    prev = None
    pending = False
    first_word_end = None
    top = bottom = 0.0  # set from the first visible character
    n_visible = 0
    for ch in chars:
        if ch[0] == " ":
            pending = prev is not None
            continue
        if prev is None:
            first = ch
            top, bottom = ch[3], ch[4]
        else:
            if pending or ch[1] - prev[2] > WORD_GAP_RATIO * max(ch[4] - ch[3], prev[4] - prev[3]):
                out.append(" ")
                if first_word_end is None:
                    first_word_end = prev[2]
            top, bottom = min(top, ch[3]), max(bottom, ch[4])
        out.append(ch[0])
        prev, pending = ch, False
        n_visible += 1
    if prev is None:
        return None
    if first_word_end is None:
        first_word_end = prev[2]
    visible = [c for c in chars if c[0] != " "]
    line = Line("".join(out), first[1], prev[2], top, bottom, (bottom - top) / LOOSE_BOX_SIZE_RATIO, False,
                 first_word_end - first[1], first[2] - first[1], page)
    line.ref = visible[n_visible // 2][5]
    return line
