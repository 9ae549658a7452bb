"""Characters -> words -> text lines, for the page body and for each table cell alike.

A character is a tuple (ch, x0, x1, top, bottom, index, base) in display space (see
pipeline.readers.pdf.page): its box, its index in pdfium's text page, and its baseline (the origin of the
glyph).  Sources without baselines (OCR) may give the first six only; their box bottom stands in for it.

Characters share a line when they sit on one baseline: the loose box of a comma or of a letter with a
descender is drawn differently from its neighbours' in some fonts (Liberation Serif, PT Serif: pdfium
falls back to glyph-tight boxes), but its baseline is exactly theirs.  A run set smaller on a baseline of
its own just above or below a line (a superscript "м²", a footnote mark, a subscript "CO₂", "PM2,5") is a
sub- or superscript of that line and joins it.  Within a line, words come apart at space characters and
at wide gaps, so that words drawn one by one without a space character still come apart.
"""
from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter, sub

BASE_TOL_RATIO = 0.2  # characters whose baselines differ less than this x the taller box share a line
WORD_GAP_RATIO = 0.13  # a horizontal gap wider than this x character box height separates words
LOOSE_BOX_SIZE_RATIO = 1.15  # loose character box height / font size (ascent - descent), for estimates
PITCH_DEFAULT_RATIO = 1.15  # line pitch assumed (x font size) when it cannot be measured
SCRIPT_SIZE_RATIO = 0.8  # a run set at most this x the size of the line next to it may be its sub/superscript
SCRIPT_RISE_RATIO = 0.6  # ... when its baseline is at most this x the line's size above the line's baseline
SCRIPT_DROP_RATIO = 0.35  # ... or at most this x the line's size below it
SCRIPT_REACH_RATIO = 1.0  # ... and it stands within this x the line's size of the line's text, left or right
SCRIPT_GAP_RATIO = 0.2  # beside a character off the line's baseline, only a gap this wide (x font size) separates words
SCRIPT_SHIFT_MIN = 0.3  # a character whose baseline is this far off the line's (points) is a sub- or superscript
DIGIT_GAP_RATIO = 0.06  # digits (of equal advance in every font) this far apart (x box height) are digit groups

FontSize = Callable[[int], float]  # character index -> font size in points (0 when unknown)
_RIGHT, _TOP, _BOTTOM, _BASELINE = itemgetter(2), itemgetter(3), itemgetter(4), itemgetter(6)
_LEFT_TO_RIGHT = itemgetter(1, 5)  # by left edge, then by pdfium's order


class Line:
    """One text line of a region (the page body or one table cell) with what paragraph rules need."""

    __slots__ = ("text", "x0", "x1", "top", "bottom", "base", "size", "bold", "first_word_w", "first_char_w",
                 "page", "left", "right", "pitch", "furniture", "ref", "ends", "all_bold", "marks", "words")

    def __init__(self, text, x0, x1, top, bottom, size, bold, first_word_w, first_char_w, page):
        self.text, self.x0, self.x1, self.top, self.bottom = text, x0, x1, top, bottom
        self.size, self.bold, self.first_word_w, self.first_char_w = size, bold, first_word_w, first_char_w
        self.page = page
        self.left = x0
        self.right = x1
        self.pitch = size * PITCH_DEFAULT_RATIO
        self.furniture = False
        self.ref = -1  # index of a character in the middle of the line, for font lookups
        self.ends = (-1, -1)  # indices of its first and last characters
        self.all_bold = False  # bold from its first character to its last (a heading's line, not a bold word's)
        self.base = bottom  # the baseline (origin of the character in the middle of the line)
        self.marks: list[tuple[int, int]] = []  # (start, end) in text of raised runs of digits or asterisks
        self.words = None  # on a page read by OCR: the recognised words of the line (for their confidences)


def chars_to_lines(chars: list[tuple], page: int, font_size: FontSize | None = None) -> list[Line]:
    """Group characters into text lines by baseline, sub- and superscripts into their line, top to bottom.

    font_size gives a character's size by its index (pdfium's FPDFText_GetFontSize, scaled); without it,
    sizes are estimated from the box heights."""
    if not chars:
        return []
    chars = _with_baselines(chars)
    rows = [_Row(sorted(r, key=_LEFT_TO_RIGHT), font_size) for r in _baseline_rows(chars)]
    lines = [_make_line(row.chars, page, row) for row in _attach_scripts(rows)]
    return [ln for ln in lines if ln is not None]


def _with_baselines(chars: list[tuple]) -> list[tuple]:
    """The characters, each with its baseline as its seventh item (its box bottom for sources that give none)."""
    if min(map(len, chars)) > 6:
        return chars
    return [c if len(c) > 6 else (*c[:6], c[4]) for c in chars]


def _baseline_rows(chars: list[tuple]) -> list[list[tuple]]:
    """Characters grouped by baseline, top to bottom (a row's first baseline anchors it, so rows never drift)."""
    rows: list[list[tuple]] = []
    anchor = height = 0.0
    row: list[tuple] = []
    for ch in sorted(chars, key=_BASELINE):
        b, h = ch[6], ch[4] - ch[3]
        if row and b - anchor <= BASE_TOL_RATIO * (h if h > height else height):
            row.append(ch)
            if h > height:
                height = h
        else:
            row = [ch]
            rows.append(row)
            anchor, height = b, h
    return rows


class _Row:
    """Characters on one baseline, left to right, with the baseline and size of the character in their middle."""

    __slots__ = ("chars", "ref", "base", "size", "x0", "x1", "raised")

    def __init__(self, chars: list[tuple], font_size: FontSize | None):
        self.chars = chars
        self.raised: set[int] = set()  # indices of the superscript characters merged into the row
        visible = [c for c in chars if c[0] != " "] or chars
        mid = visible[len(visible) // 2]
        self.size = (round(font_size(mid[5]), 1) if font_size else 0.0) or _estimated_size(visible)
        if font_size and len(visible) > 2 and _tallest(visible) * SCRIPT_SIZE_RATIO > mid[4] - mid[3]:
            # the middle character may be a subscript ("PM2,5"): the median of three sizes along the row
            n = len(visible)
            sized = sorted((round(font_size(c[5]), 1), k) for k, c in enumerate((visible[n // 4], mid, visible[3 * n // 4])))
            self.size, k = sized[1]
            mid = (visible[n // 4], mid, visible[3 * n // 4])[k]
        self.ref, self.base = mid[5], mid[6]
        self.x0, self.x1 = chars[0][1], max(map(_RIGHT, chars))  # chars are sorted by their left edges


def _tallest(chars: list[tuple]) -> float:
    """The height of the tallest character box."""
    return max(map(sub, map(_BOTTOM, chars), map(_TOP, chars)))


def _estimated_size(chars: list[tuple]) -> float:
    """The font size of a run of characters told by the height of their boxes."""
    return (max(c[4] for c in chars) - min(c[3] for c in chars)) / LOOSE_BOX_SIZE_RATIO


def _attach_scripts(rows: list[_Row]) -> list[_Row]:
    """Merge each sub- or superscript row into the line it belongs to; the other rows stay as they are."""
    host: dict[int, int] = {}
    for i, row in enumerate(rows):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(rows) and _is_script_of(row, rows[j])]
        if near:
            host[i] = min(near, key=lambda j: abs(row.base - rows[j].base) / rows[j].size)
    if not host:
        return rows
    out: dict[int, _Row] = {}
    for i, row in enumerate(rows):
        j = i
        while j in host:
            j = host[j]
        if j == i:
            out[i] = row
    for i, j in host.items():
        while j in host:
            j = host[j]
        if j in out:
            target = out[j]
            target.chars = sorted(target.chars + rows[i].chars, key=_LEFT_TO_RIGHT)
            if rows[i].base < target.base:
                target.raised.update(c[5] for c in rows[i].chars)
    return [out[i] for i in sorted(out)]


def _is_script_of(row: _Row, line: _Row) -> bool:
    """Is row a smaller run just above or below line's baseline, beside or inside line's text?"""
    if row.size > SCRIPT_SIZE_RATIO * line.size:
        return False
    offset = row.base - line.base
    if not -SCRIPT_RISE_RATIO * line.size <= offset <= SCRIPT_DROP_RATIO * line.size:
        return False
    reach = SCRIPT_REACH_RATIO * line.size
    return line.x0 - reach <= row.x0 and row.x1 <= line.x1 + reach


def _make_line(chars: list[tuple], page: int, row: _Row) -> Line | None:
    """Build one line's text and geometry from its characters sorted left to right (spaces and wide gaps split words).

    Two characters are in one word unless a space or a gap wider than WORD_GAP_RATIO x the taller box comes
    between them.  A sub- or superscript is set a little apart from its word in justified text ("PM" "₂,₅"),
    by about as much as a narrow space between thousands ("1 042"), so beside one only a gap wider than
    SCRIPT_GAP_RATIO x the line's size counts.  Digits otherwise touch: a narrow no-break space LibreOffice draws
    as a mere gap ("3 439") parts digit groups, so between two digits a gap of DIGIT_GAP_RATIO x the box counts."""
    out: list[str] = []
    prev = None
    pending = prev_off = False
    first_word_end = None
    top = bottom = prev_h = 0.0  # set from the first visible character
    raised: list[int] = []  # text positions of superscript characters
    base, script_gap, marked = row.base, SCRIPT_GAP_RATIO * row.size, row.raised
    for ch in chars:
        if ch[0] == " ":
            pending = prev is not None
            continue
        h = ch[4] - ch[3]
        off = abs(ch[6] - base) > SCRIPT_SHIFT_MIN
        if prev is None:
            first = ch
            top, bottom = ch[3], ch[4]
        else:
            if off or prev_off:
                gap = script_gap
            else:
                ratio = DIGIT_GAP_RATIO if ch[0].isdigit() and prev[0].isdigit() else WORD_GAP_RATIO
                gap = ratio * (prev_h if prev_h > h else h)
            if pending or ch[1] - prev[2] > gap:
                out.append(" ")
                if first_word_end is None:
                    first_word_end = prev[2]
            if ch[3] < top:
                top = ch[3]
            if ch[4] > bottom:
                bottom = ch[4]
        if marked and ch[5] in marked:
            raised.append(len(out))
        out.append(ch[0])
        prev, pending, prev_h, prev_off = ch, False, h, off
    if prev is None:
        return None
    if first_word_end is None:
        first_word_end = prev[2]
    line = Line("".join(out), first[1], prev[2], top, bottom, row.size, False,
                first_word_end - first[1], first[2] - first[1], page)
    line.ref, line.base, line.ends = row.ref, row.base, (first[5], prev[5])
    if raised:
        line.marks = _mark_spans(line.text, raised)
    return line


def _mark_spans(text: str, raised: list[int]) -> list[tuple[int, int]]:
    """The (start, end) spans of consecutive raised characters that are all digits or asterisks (footnote marks)."""
    spans: list[tuple[int, int]] = []
    start = prev = raised[0]
    for pos in raised[1:] + [-1]:
        if pos != prev + 1:
            mark = text[start:prev + 1]
            if all(c.isdigit() or c == "*" for c in mark):
                spans.append((start, prev + 1))
            start = pos
        prev = pos
    return spans
