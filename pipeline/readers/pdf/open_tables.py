"""Tables ruled with horizontal lines only: their vertical borders, inferred from the columns of text.

Some reports draw a table's rows but not its columns (top, bottom and inside-horizontal borders only).
The table finder needs borders in both directions, so the missing ones are drawn here from the text:
between a stack of rules of one width, a column border runs where no row's text crosses, and where a
row's text does cross it (a direction or goal row merged across the table, a header cell over its sub-
columns, cut off by a shorter rule below it) that row has no border there, so that the cell finder merges
it.  A row whose text forms one block is such a merged row; it proves nothing about the columns.

A paragraph between two such tables sits between rules like a merged row; it is told apart by its
distance from the rule above it, which differs from the cells' own top padding.
"""
from __future__ import annotations

import bisect
import functools
import statistics
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
from pdfplumber import table as plumber_table

SPAN_TOL = 3.0  # rules whose ends agree within this belong to one table's stack
RULE_SNAP_TOL = 1.0  # rules closer than this vertically are one rule
MIN_RULES = 2  # a stack needs this many rules (one row: the rest of a row broken by a page is one)
MIN_SEPARATORS = 2  # ... and this many inferred column borders (three columns)
MIN_COLUMN_BANDS = 1  # ... found in at least this many rows of several blocks
COLUMN_GAP_MIN = 4.5  # an empty strip this wide in every row is a column border (a word space is narrower)
NARROW_GAP_MIN = 3.0  # ... or this wide, where in NARROW_GAP_ROWS rows lines start within NARROW_START_TOL of
NARROW_GAP_ROWS = 2  # its right edge (NARROW_GAP_LINES in all) and text ends within NARROW_END_REACH of its left
NARROW_GAP_LINES = 4  # edge
NARROW_START_TOL = 1.5
NARROW_END_REACH = 2 * COLUMN_GAP_MIN
STRETCHED_COLUMN_MAX = 12.0  # a 'column' this narrow with one row's words continuing lines left of it is no column
STRETCHED_MIN_ROWS = 3  # ... where the table has at least this many rows of several blocks
HEADER_CENTRE_TOL = 2.0  # a header's text is centred over its column within this
WORD_GAP_RATIO = 0.35  # characters on one line closer than this x their height are one run (a word space is
# under a third of the font size, a column gap two cells' paddings and more)
SPACE_FILL_TOL = 1.0  # a drawn space fills a gap when it reaches this close to both words
BLOCK_LINE_TOL = 2.0  # baselines within this are one line
CROSSING_SHARE = 0.25  # a line whose box rises this share of its height above its band's top rule is above it
SCRIPT_RATIO = 0.8  # characters this much smaller than a line's, inside its height, are its sub- or superscript
ALIGN_TOL = 1.0  # line edges (or centres) within this are aligned
ALIGNED_SHARE = 0.5  # a column is aligned where this share of its lines agree
ALIGNED_MIN_LINES = 2  # ... of at least this many lines
FRAGMENT_INDENT_MIN = 2 * COLUMN_GAP_MIN  # a lone column's text starts at least this far right of the table's side
FRAGMENT_PAD = 3.0  # the cell padding assumed beside a lone column's text (its page before corrects it)
SIZE_TOL = 0.5  # character boxes whose heights agree within this are of one font size
INSET_TOL = 2.5  # a merged row's text starts this close to the cells' usual distance from their top rule
BASELINE_INSET_TOL = 1.0  # ... or its first baseline this close to theirs, where no cell has its font's boxes
RESOLUTION = 4  # coverage is measured in quarter points
RULE_END_WEIGHT = 1000.0  # how surely a border is placed: where a shorter rule ends, ...
CENTRE_WEIGHT = 0.5  # ... by a centred column's lines (x their number; aligned edges, merged rows' starts count
# 1 a line: a start is one padding right of its border, the padding itself measured on the page) ...
FRAGMENT_WEIGHT = 0.5  # ... by the one or two lines of a row's rest (an assumed padding); the middle of a gap: 0


@dataclass
class Band:
    """The strip between two rules of a stack, with the boxes (x0, x1, top, bottom, baseline, is a space) of its
    characters (a space drawn between two words joins them into one run)."""

    top: float
    bottom: float
    boxes: list = field(default_factory=list)

    @functools.cached_property
    def blocks(self) -> list[tuple[float, float]]:
        """The extents of its runs of text (see _blocks), once its characters are all in."""
        return _blocks(self.boxes)

    @property
    def one_block(self) -> bool:
        """Does its text form a single block (a merged row, or a paragraph)?"""
        return len(self.blocks) == 1

    @property
    def inset(self) -> float:
        """Distance from the rule above to the highest character."""
        return min(b[2] for b in self.boxes) - self.top

    @property
    def baseline_inset(self) -> float:
        """Distance from the rule above to the baseline of the first line of text."""
        first = _lines([b for b in self.boxes if not b[5]])[0]
        return statistics.median(b[4] for b in first) - self.top


def open_table_borders(edges: list[dict], chars: list[tuple]) -> list[dict]:
    """Vertical edges for the tables of a page drawn with horizontal rules only (none where a page has
    vertical rulings across a stack).  chars: (ch, x0, x1, top, bottom, ...) in display space."""
    horizontal = [e for e in edges if e["orientation"] == "h"]
    if len(horizontal) < MIN_RULES:
        return []
    vertical = [e for e in edges if e["orientation"] == "v"]
    merged = plumber_table.merge_edges(horizontal, RULE_SNAP_TOL, RULE_SNAP_TOL, SPAN_TOL, SPAN_TOL)
    out: list[dict] = []
    stacks = _stacks(merged)
    for (x0, x1), ys in stacks.items():
        if _nested(x0, x1, ys, stacks):
            continue  # the rules under a header cell spanning sub-columns, inside a wider table's stack
        if any(x0 - SPAN_TOL < v["x0"] < x1 + SPAN_TOL and v["bottom"] > ys[0] and v["top"] < ys[-1] for v in vertical):
            continue  # a ruled table: the cell finder has its borders
        partial = [e for e in merged if x0 - SPAN_TOL <= e["x0"] and e["x1"] <= x1 + SPAN_TOL
                   and ys[0] < e["top"] < ys[-1] and (e["x0"] > x0 + SPAN_TOL or e["x1"] < x1 - SPAN_TOL)]
        bands = _bands(x0, x1, ys, chars)
        borders = [edge for table in _tables_in_stack(bands) for edge in _borders(x0, x1, table, partial, chars,
                                                                                  _sides(merged, table, x0, x1))]
        out += borders or _fragment_borders(x0, x1, bands)
    return out


def _sides(rules: list[dict], table: list[Band], x0: float, x1: float) -> tuple[float, float]:
    """The left and right ends of the rules of one table of a stack: tables one under the other whose ends
    differ by less than SPAN_TOL share a stack, not their sides."""
    ys = [table[0].top] + [b.bottom for b in table]
    own = [e for e in rules if abs(e["x0"] - x0) <= SPAN_TOL and abs(e["x1"] - x1) <= SPAN_TOL
           and any(abs(e["top"] - y) <= RULE_SNAP_TOL for y in ys)]
    if not own:
        return x0, x1
    return statistics.median(e["x0"] for e in own), statistics.median(e["x1"] for e in own)


def _fragment_borders(x0: float, x1: float, stack: list[Band]) -> list[dict]:
    """Borders around the columns of text of rows that tell too few columns of their own: the rest of
    a row broken by the page, its other columns left empty ('Актюбинская область – подключено ...' alone in
    the column of actual measures; 'зондирования Земли до' alone in the name column; the ends of planned and
    actual measures).  Each column of text gets a border one padding before it (unless it starts at the
    table's side) and after it (unless it reaches the other side).  Marked 'fragment': the page before must
    confirm them (open_pages.harmonize_borders), or the text is read as prose."""
    bands = [b for b in stack if b.boxes]
    if not bands:
        return []
    columns = _merged([extent for b in bands for extent in b.blocks])
    if any(b[0] - a[1] < COLUMN_GAP_MIN for a, b in pairwise(columns)):
        return []
    top, bottom = stack[0].top, stack[-1].bottom
    out = [_vertical(x, top, bottom, (x, x)) for x in (x0, x1)]
    ends = [x0 + SPAN_TOL] + [right for _, right in columns]
    starts = [left for left, _ in columns] + [x1 - SPAN_TOL]
    for k, (end, start) in enumerate(zip(ends, starts, strict=True)):
        if start - end < COLUMN_GAP_MIN or (k == 0 and start - x0 < FRAGMENT_INDENT_MIN):
            continue  # text at the table's side, or running to it
        pad = min(FRAGMENT_PAD, (start - end) / 2)
        x = start - pad if k < len(columns) else end + pad
        out.append(_vertical(x, top, bottom, (end, start), FRAGMENT_WEIGHT))
    if len(out) == 2:
        return []
    for edge in out:
        edge["fragment"] = True
    return out


def _nested(x0: float, x1: float, ys: list[float], stacks: dict) -> bool:
    """Does a wider stack span this one's rules?"""
    return any(a <= x0 + SPAN_TOL and x1 - SPAN_TOL <= b and (b - a) > (x1 - x0) + SPAN_TOL
               and others[0] <= ys[0] and ys[-1] <= others[-1] for (a, b), others in stacks.items())


def _stacks(rules: list[dict]) -> dict[tuple[float, float], list[float]]:
    """Rules grouped by their ends (x0, x1): the y of each, sorted; only groups of at least MIN_RULES."""
    groups: dict[tuple[float, float], list[float]] = {}
    for rule in sorted(rules, key=lambda e: e["x1"] - e["x0"], reverse=True):
        key = next((k for k in groups if abs(k[0] - rule["x0"]) <= SPAN_TOL and abs(k[1] - rule["x1"]) <= SPAN_TOL),
                   (rule["x0"], rule["x1"]))
        groups.setdefault(key, []).append(rule["top"])
    stacks = {}
    for key, ys in groups.items():
        ys = sorted(ys)
        distinct = [y for i, y in enumerate(ys) if i == 0 or y - ys[i - 1] > RULE_SNAP_TOL]
        if len(distinct) >= MIN_RULES:
            stacks[key] = distinct
    return stacks


def _bands(x0: float, x1: float, ys: list[float], chars: list[tuple]) -> list[Band]:
    """The strips between consecutive rules, each with the characters whose centre lies in it."""
    bands = [Band(top, bottom) for top, bottom in pairwise(ys)]
    tops = [b.top for b in bands]
    for ch in chars:
        cx, cy = (ch[1] + ch[2]) / 2, (ch[3] + ch[4]) / 2
        if x0 <= cx <= x1 and ys[0] < cy < ys[-1]:
            box = (ch[1], ch[2], ch[3], ch[4], ch[6], ch[0].isspace())
            bands[bisect.bisect_right(tops, cy) - 1].boxes.append(box)
    for above, band in pairwise(bands):
        _give_back_crossing_line(above, band)
    for band in bands:
        if all(b[5] for b in band.boxes):
            band.boxes = []  # spaces alone are no text
    return bands


def _give_back_crossing_line(above: Band, band: Band) -> None:
    """Move into the band above a line that starts clearly above the band's top rule: the rest of a cell of
    a row broken by the page, drawn across the rule under it ('исполнени' / 'и' of a header cell centred
    in its row)."""
    glyphs = [b for b in band.boxes if not b[5]]
    if not glyphs:
        return
    base = min(b[4] for b in glyphs)
    first = [b for b in band.boxes if b[4] - base <= BLOCK_LINE_TOL]
    if len(first) < len(band.boxes) and band.top - min(b[2] for b in first) > CROSSING_SHARE * _glyph_height(first):
        above.boxes += first
        band.boxes = [b for b in band.boxes if b[4] - base > BLOCK_LINE_TOL]


def _tables_in_stack(bands: list[Band]) -> list[list[Band]]:
    """The stack's bands cut into tables: at a one-block strip whose text stands off its top rule otherwise than
    the cells do and starts where the rows start (a paragraph between two tables; the rest of a row broken
    by the page stands in its own column), or at an empty strip; each kept table has its columns.  Where
    rows of several blocks have characters of the strip's size (a group row set like the header, in another
    font than the body rows), the strip is compared with those, as a font's boxes stand off the rule by its
    own amount."""
    blocks = [b for b in bands if b.boxes and not b.one_block]
    if not blocks:
        return []
    usual_start = statistics.median(_start(b) for b in blocks)
    tables: list[list[Band]] = [[]]
    for band in bands:
        outside = not band.boxes or (band.one_block and not _inset_like_cells(band, blocks)
                                     and _start(band) <= usual_start + INSET_TOL)
        if outside:
            tables.append([])
        else:
            tables[-1].append(band)
    return [table for table in tables if len(table) >= MIN_RULES - 1
            and sum(1 for b in table if b.boxes and not b.one_block) >= MIN_COLUMN_BANDS]


def _inset_like_cells(band: Band, blocks: list[Band]) -> bool:
    """Does the strip's text stand off its top rule as the rows of several blocks with characters of its size
    do?  Where none has (a group row in a bold font whose boxes are lower than the body's, on a page without
    the header row set in it), its first baseline is compared with theirs: the boxes of two fonts of one size
    stand off the rule by different amounts, their baselines by the same."""
    height = _glyph_height([b for b in band.boxes if not b[5]])
    alike = [b.inset for b in blocks if abs(_glyph_height([c for c in b.boxes if not c[5]]) - height) <= SIZE_TOL]
    if alike:
        return any(abs(band.inset - inset) <= INSET_TOL for inset in alike)
    return abs(band.baseline_inset - statistics.median(b.baseline_inset for b in blocks)) <= BASELINE_INSET_TOL


def _start(band: Band) -> float:
    """Where the band's text starts."""
    return min(b[0] for b in band.boxes if not b[5])


def _borders(x0: float, x1: float, bands: list[Band], partial: list[dict], chars: list[tuple],
             sides: tuple[float, float]) -> list[dict]:
    """Vertical edges of one table: its two sides on every row, and each column border on the rows (or parts
    of rows cut by a shorter rule) whose text does not cross it.  The borders are placed from the table's own
    sides; the sides are drawn where its stack has them, the same for every table of the stack (the cell
    finder would snap two sides so close together to their middle)."""
    ys = [bands[0].top] + [b.bottom for b in bands]
    gaps = _column_gaps(x0, x1, bands, partial)
    if len(gaps) < MIN_SEPARATORS:
        return []
    merged_starts = [_start(band) for band in bands if band.boxes and band.one_block]
    rule_ends = [x for e in partial for x in (e["x0"], e["x1"])]
    separators = _placed_borders(*sides, gaps, [b for b in bands if b.boxes and not b.one_block],
                                 merged_starts, rule_ends)
    cuts = sorted({*ys, *(e["top"] for e in partial if ys[0] < e["top"] < ys[-1])})
    strips = bands if len(cuts) == len(ys) else _bands(x0, x1, cuts, chars)  # rows cut by shorter rules
    out = [_vertical(x, ys[0], ys[-1], (x, x)) for x in (x0, x1)]
    for strip in strips:
        closed = strip.blocks + _spanning_headers(strip, partial)
        out += [_vertical(x, strip.top, strip.bottom, gap, weight) for (x, weight), gap in zip(separators, gaps, strict=True)
                if not any(left < x < right for left, right in closed)]
    return out


def _spanning_headers(strip: Band, partial: list[dict]) -> list[tuple[float, float]]:
    """The extents of the shorter rules right under the strip with one block of text over them: a header cell
    spanning exactly its rule's columns ('Отчетный 2021 год' over 'План' | 'Факт'), whatever its text's width."""
    out = []
    for rule in partial:
        if abs(rule["top"] - strip.bottom) <= RULE_SNAP_TOL:
            over = [b for b in strip.boxes if rule["x0"] <= (b[0] + b[1]) / 2 <= rule["x1"]]
            if over and _one_block(over):
                out.append((rule["x0"] + SPAN_TOL, rule["x1"] - SPAN_TOL))
    return out


def _column_gaps(x0: float, x1: float, bands: list[Band], partial: list[dict]) -> list[tuple[float, float]]:
    """The strips (left, right), at least COLUMN_GAP_MIN wide, that no character of a row of several blocks
    covers (a header cell over sub-columns, cut off by a shorter rule, is left out): a column border lies in
    each.  A narrower strip is one where rows have text on both its sides, several lines starting at its
    right edge: a column whose neighbour's words, broken to fill their lines, leave it little more than the
    two cells' paddings."""
    width = int((x1 - x0) * RESOLUTION) + 1
    covered = np.zeros(width, dtype=bool)
    rows = [_without_spanning_headers(band, partial) for band in bands if band.boxes and not band.one_block]
    for boxes in rows:
        for left, right, *_, space in boxes:
            if not space:
                covered[max(0, int((left - x0) * RESOLUTION)):int((right - x0) * RESOLUTION) + 1] = True
    free = np.flatnonzero(~covered)
    if not len(free):
        return []
    runs = np.split(free, np.flatnonzero(np.diff(free) > 1) + 1)
    strips = [(x0 + r[0] / RESOLUTION, x0 + r[-1] / RESOLUTION) for r in runs if r[0] > 0 and r[-1] < width - 1]
    gaps = [(left, right) for left, right in strips if right - left >= COLUMN_GAP_MIN
            or (right - left >= NARROW_GAP_MIN and _across(rows, left, right) >= (NARROW_GAP_ROWS, NARROW_GAP_LINES))]
    ends = [g[0] for g in gaps[1:]] + [x1]
    begins = [x0] + [g[1] for g in gaps[:-1]]
    return [gap for gap, begin, end in zip(gaps, begins, ends, strict=True)
            if not _stretched_space(gap, end, rows) and not _justified_column(gap, begin, end, rows)]


def _stretched_space(gap: tuple[float, float], end: float, rows: list[list[tuple]]) -> bool:
    """Is the gap a justified line's stretched space: the narrow 'column' after it holds text in one row of
    several only, on lines that go on from text left of the gap ('населения' ... 'в' at the cell's end)?"""
    if end - gap[1] > STRETCHED_COLUMN_MAX or len(rows) < STRETCHED_MIN_ROWS:
        return False
    holding = [boxes for boxes in rows if any(gap[1] <= b[0] and b[1] <= end and not b[5] for b in boxes)]
    if len(holding) != 1:
        return False
    lines = [line for line in _lines(holding[0]) if any(gap[1] <= b[0] and b[1] <= end and not b[5] for b in line)]
    return all(any(b[1] <= gap[0] and not b[5] for b in line) for line in lines)


def _justified_column(gap: tuple[float, float], begin: float, end: float, rows: list[list[tuple]]) -> bool:
    """Is the 'column' after the gap the ends of a justified column's lines: the header row's text is centred
    between the text before the gap and the 'column's end ('Целевой индикатор' over 'Доля переработки и
    утилизации твердых   бытовых' / 'отходов'), and every line with text in it goes on from the column before it
    (the same baseline) and is not its paragraph's last line (the next line there starts where it starts),
    the pieces ending at one x (the justified edge)?"""
    def inside(b: tuple) -> bool:
        return gap[1] <= b[0] and b[1] <= end and not b[5]

    def before(b: tuple) -> bool:
        return begin <= b[0] and b[1] <= gap[0] and not b[5]

    if not rows or any(inside(b) for b in rows[0]) or not _centred_over(rows[0], begin, end):
        return False
    piece_ends = []
    for boxes in rows[1:]:
        lines = _lines(boxes)
        for i in [i for i, line in enumerate(lines) if any(inside(b) for b in line)]:
            left = [b for b in lines[i] if before(b)]
            below = next(([b for b in line if before(b)] for line in lines[i + 1:] if any(before(b) for b in line)), [])
            if not left or not below or abs(min(b[0] for b in below) - min(b[0] for b in left)) > ALIGN_TOL:
                return False
            piece_ends.append(max(b[1] for b in lines[i] if inside(b)))
    return bool(piece_ends) and max(piece_ends) - min(piece_ends) <= ALIGN_TOL


def _centred_over(boxes: list[tuple], begin: float, end: float) -> bool:
    """Is the text between begin and end one block centred between them?"""
    held = [b for b in boxes if begin <= b[0] and b[1] <= end]
    if not held or not _one_block(held):
        return False
    left, right = _blocks(held)[0]
    return abs((left + right) / 2 - (begin + end) / 2) <= HEADER_CENTRE_TOL


def _across(rows: list[list[tuple]], left: float, right: float) -> tuple[int, int]:
    """How many rows have lines starting at the strip's right edge (within NARROW_START_TOL) and text ending
    near its left edge (within NARROW_END_REACH), and how many such lines they have: two columns side by
    side, the right one's lines aligned on its padding; not a column of centred numbers ('1.') beside
    labels of other rows ('1.1'), nor the last words of two justified lines."""
    n_rows = n_lines = 0
    for boxes in rows:
        glyphs = [b for b in boxes if not b[5]]
        if not any(left - NARROW_END_REACH <= b[1] <= left for b in glyphs):
            continue
        starts = [min((b[0] for b in line if b[0] >= right), default=float("inf")) for line in _lines(glyphs)]
        aligned = sum(x <= right + NARROW_START_TOL for x in starts)
        n_rows += aligned > 0
        n_lines += aligned
    return n_rows, n_lines


def _placed_borders(x0: float, x1: float, gaps: list[tuple[float, float]], bands: list[Band],
                    merged_starts: list[float], rule_ends: list[float]) -> list[tuple[float, float]]:
    """Where in each gap its column border runs, from how the columns' lines are aligned, and how surely
    (the weight): (x, weight) per gap.

    A left-aligned column starts its lines one cell padding right of its left border, a right-aligned one
    ends them one padding left of its right border, and a centred one has its border pair symmetric about
    its lines' centre: from the table's sides, known, the borders follow column by column ('План' and 'Факт'
    centred between a left-aligned status column and the sides), the column whose lines agree most first
    (eight lines starting at one x outweigh two of three ending together: 'мкг/м³' over 'дней').  A merged
    row's text (a goal written in the name column and the cells after it) starts one padding right of the
    border it starts at.  Where a shorter rule (under a header cell over sub-columns) ends in a gap, the
    border is there, whatever the text says.  The padding is the distance the first column's text keeps
    from the table's side where that column is left-aligned, else the least distance any text keeps from a
    border.  A border nothing decides is the middle of its gap, and every border stays in its gap
    (harmonize_borders then makes the pages of one table agree, the surer placements first)."""
    edges = [x0] + [g[0] for g in gaps] + [x1]
    starts = [x0] + [g[1] for g in gaps]
    columns = [_column_lines(bands, a, b) for a, b in zip(starts, edges[1:], strict=True)]
    pad = _padding(x0, x1, gaps, columns)
    borders: list[float | None] = [x0] + [None] * len(gaps) + [x1]
    weights = [0.0] * len(borders)
    for end in rule_ends:
        k = next((k for k, (left, right) in enumerate(gaps, start=1) if left - SPAN_TOL <= end <= right + SPAN_TOL),
                 None)
        if k is not None:
            borders[k], weights[k] = end, RULE_END_WEIGHT
    for start in merged_starts:
        k = next((k for k, (left, right) in enumerate(gaps, start=1) if left <= start - pad <= right), None)
        if k is not None and weights[k] < RULE_END_WEIGHT:
            borders[k], weights[k] = start - pad, weights[k] + 1.0
    while candidates := [c for k, lines in enumerate(columns) for c in _column_candidates(borders, gaps, k, lines, pad)]:
        weight, k, x = max(candidates)
        borders[k], weights[k] = x, weight
    placed = []
    for k, (left, right) in enumerate(gaps, start=1):
        x = borders[k]
        placed.append((min(max(x, left), right), weights[k]) if x is not None else ((left + right) / 2, 0.0))
    return placed


def _padding(x0: float, x1: float, gaps: list[tuple[float, float]], columns: list[list[tuple[float, float]]]) -> float:
    """The cells' inner padding: how far the first column's left-aligned lines start from the table's side,
    else the least distance any text keeps from a border (a glyph's box may overhang its advance); never
    more than half a gap."""
    half_gaps = [(g[1] - g[0]) / 2 for g in gaps]
    first = _first_start(columns[0]) - x0
    if len(columns[0]) >= ALIGNED_MIN_LINES and _alignment(columns[0])[0] == "left":
        return max(0.0, min(half_gaps + [first]))
    return max(0.0, min(half_gaps + [first, x1 - _last_end(columns[-1])]))


def _column_lines(bands: list[Band], left: float, right: float) -> list[tuple[float, float]]:
    """(start, end) of each line of text between left and right, in rows of several blocks."""
    out = []
    for band in bands:
        for line in _lines([b for b in band.boxes if left <= b[0] and b[1] <= right and not b[5]]):
            out.append((min(b[0] for b in line), max(b[1] for b in line)))
    return out


def _first_start(lines: list[tuple[float, float]]) -> float:
    return min((a for a, _ in lines), default=float("inf"))


def _last_end(lines: list[tuple[float, float]]) -> float:
    return max((b for _, b in lines), default=float("-inf"))


def _column_candidates(borders: list, gaps: list[tuple[float, float]], k: int, lines: list[tuple[float, float]],
                       pad: float) -> list[tuple]:
    """(weight, index, x) of the border column k's alignment tells, where it is still open: a left-aligned
    column tells its left border, a right-aligned one its right border, a centred one the border opposite a
    known one (less surely: an error in its centre counts twice).  The weight is the number of lines that
    agree.  Where lines taken for centred would put that border outside its free strip and as many of them
    agree on the edge at that border, they are aligned on that edge (two 'Выполнено' a point apart in width,
    starting at one x)."""
    if len(lines) < ALIGNED_MIN_LINES:
        return []
    kind, agreeing = _alignment(lines)
    if kind == "left" and borders[k] is None:
        return [(float(agreeing), k, _first_start(lines) - pad)]
    if kind == "right" and borders[k + 1] is None:
        return [(float(agreeing), k + 1, _last_end(lines) + pad)]
    if kind == "centre" and (borders[k] is None) != (borders[k + 1] is None):
        centre = statistics.median((a + b) / 2 for a, b in lines)
        known, other = (k, k + 1) if borders[k] is not None else (k + 1, k)
        x = 2 * centre - borders[known]
        edge = "left" if other == k else "right"
        if not gaps[other - 1][0] - ALIGN_TOL <= x <= gaps[other - 1][1] + ALIGN_TOL \
                and _alignment_scores(lines)[edge] == agreeing:
            return [(float(agreeing), other, _first_start(lines) - pad if edge == "left" else _last_end(lines) + pad)]
        return [(agreeing * CENTRE_WEIGHT, other, x)]
    return []


def _alignment(lines: list[tuple[float, float]]) -> tuple[str | None, int]:
    """'left', 'centre' or 'right' where most of the lines agree on that edge or on their centre (lines all of
    one width agree on all three: centred, the usual for such a column), and how many lines agree; None
    where none does."""
    scores = _alignment_scores(lines)
    best = max(scores, key=lambda kind: scores[kind])
    return (best, scores[best]) if scores[best] >= ALIGNED_SHARE * len(lines) else (None, 0)


def _alignment_scores(lines: list[tuple[float, float]]) -> dict[str, int]:
    """How many lines agree on their centre, on their start and on their end."""
    def agreeing(values: list[float]) -> int:
        anchor = statistics.median(values)
        return sum(abs(v - anchor) <= ALIGN_TOL for v in values)

    return {"centre": agreeing([(a + b) / 2 for a, b in lines]),
            "left": agreeing([a for a, _ in lines]),
            "right": agreeing([b for _, b in lines])}


def _without_spanning_headers(band: Band, partial: list[dict]) -> list[tuple]:
    """The band's character boxes less those of a one-block cell standing on a shorter rule inside the band
    ('2020 год' over 'План' | 'Факт')."""
    boxes = band.boxes
    for rule in partial:
        if band.top < rule["top"] < band.bottom:
            over = [b for b in boxes if rule["x0"] <= (b[0] + b[1]) / 2 <= rule["x1"] and (b[2] + b[3]) / 2 < rule["top"]]
            if over and _one_block(over):
                boxes = [b for b in boxes if b not in over]
    return boxes


def _blocks(boxes: list[tuple]) -> list[tuple[float, float]]:
    """Horizontal extents (x0, x1) of the strip's runs of text: characters of one line closer than a word gap,
    or with a drawn space filling the gap between them, are one run; runs of different lines overlapping in x
    are one block.  A space at a line's end (some producers draw it) joins nothing."""
    runs = []
    for line in _lines(boxes):
        glyphs = sorted(b for b in line if not b[5])
        if not glyphs:
            continue
        spaces = [b for b in line if b[5]]
        height = statistics.median(b[3] - b[2] for b in glyphs)
        left, right = glyphs[0][0], glyphs[0][1]
        for b in glyphs[1:]:
            if b[0] - right > WORD_GAP_RATIO * height and not _space_between(spaces, right, b[0]):
                runs.append((left, right))
                left = b[0]
            right = max(right, b[1])
        runs.append((left, right))
    return _merged(runs)


def _space_between(spaces: list[tuple], left: float, right: float) -> bool:
    """Is the gap from left to right filled by a drawn space?"""
    return any(s[0] <= left + SPACE_FILL_TOL and s[1] >= right - SPACE_FILL_TOL for s in spaces)


def _one_block(boxes: list[tuple]) -> bool:
    """Does the strip's text form a single block (a merged row, or a paragraph)?"""
    return len(_blocks(boxes)) == 1


def _lines(boxes: list[tuple]) -> list[list[tuple]]:
    """Character boxes grouped into lines by their baselines, a sub- or superscript ('м³', 'PM₂,₅') with the
    line it sits in."""
    lines: list[list[tuple]] = []
    for b in sorted(boxes, key=lambda b: b[4]):
        if lines and abs(lines[-1][-1][4] - b[4]) <= BLOCK_LINE_TOL:
            lines[-1].append(b)
        else:
            lines.append([b])
    return _scripts_attached(lines)


def _scripts_attached(lines: list[list[tuple]]) -> list[list[tuple]]:
    """Each line of characters smaller than the line's before or after it (by baseline), and with its middle
    inside that line's height, put into that line."""
    if len(lines) < 2:
        return lines
    heights = [_glyph_height(line) for line in lines]
    small = [i for i in range(len(lines)) if any(0 <= j < len(lines) and heights[i] < SCRIPT_RATIO * heights[j]
                                                  for j in (i - 1, i + 1))]
    if not small:
        return lines
    spans = [(min(b[2] for b in line), max(b[3] for b in line)) for line in lines]
    hosts = list(range(len(lines)))
    for i in small:
        middle = (spans[i][0] + spans[i][1]) / 2
        host = next((j for j in (i - 1, i + 1) if 0 <= j < len(lines) and heights[i] < SCRIPT_RATIO * heights[j]
                     and spans[j][0] < middle < spans[j][1]), None)
        if host is not None and hosts[host] == host:
            hosts[i] = host
    out: dict[int, list[tuple]] = {}
    for i, line in enumerate(lines):
        out.setdefault(hosts[i], []).extend(line)
    return list(out.values())


def _glyph_height(line: list[tuple]) -> float:
    """The middle height of the boxes (the upper median)."""
    heights = sorted(b[3] - b[2] for b in line)
    return heights[len(heights) // 2]


def _merged(extents: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping extents joined."""
    out: list[list[float]] = []
    for left, right in sorted(extents):
        if out and left <= out[-1][1]:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


def _vertical(x: float, top: float, bottom: float, gap: tuple[float, float], weight: float = 0.0) -> dict:
    """An inferred border as a pdfplumber edge, with the free strip it was placed in and how surely."""
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top, "width": 0.0, "height": bottom - top,
            "orientation": "v", "object_type": "line", "gap": gap, "weight": weight}
