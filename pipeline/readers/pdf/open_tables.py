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
WORD_GAP_RATIO = 0.35  # characters on one line closer than this x their height are one run (a word space is
# under a third of the font size, a column gap two cells' paddings and more)
SPACE_FILL_TOL = 1.0  # a drawn space fills a gap when it reaches this close to both words
BLOCK_LINE_TOL = 2.0  # baselines within this are one line
ALIGN_TOL = 1.0  # line edges (or centres) within this are aligned
ALIGNED_SHARE = 0.5  # a column is aligned where this share of its lines agree
ALIGNED_MIN_LINES = 2  # ... of at least this many lines
FRAGMENT_INDENT_MIN = 2 * COLUMN_GAP_MIN  # a lone column's text starts at least this far right of the table's side
FRAGMENT_PAD = 3.0  # the cell padding assumed beside a lone column's text (its page before corrects it)
INSET_TOL = 2.5  # a merged row's text starts this close to the cells' usual distance from their top rule
RESOLUTION = 4  # coverage is measured in quarter points


@dataclass
class Band:
    """The strip between two rules of a stack, with the boxes (x0, x1, top, bottom, baseline, is a space) of its
    characters (a space drawn between two words joins them into one run)."""

    top: float
    bottom: float
    boxes: list = field(default_factory=list)

    @property
    def inset(self) -> float:
        """Distance from the rule above to the highest character."""
        return min(b[2] for b in self.boxes) - self.top


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
        tables = _tables_in_stack(bands)
        for table in tables:
            out += _borders(x0, x1, table, partial, chars)
        if not tables:
            out += _column_fragment(x0, x1, bands)
    return out


def _column_fragment(x0: float, x1: float, stack: list[Band]) -> list[dict]:
    """Borders around the one column of text a stack holds away from its left side: the rest of a tall cell
    carried over a page ('Актюбинская область – подключено ...' alone in the column of actual measures).
    Marked 'fragment': the page before must confirm it (open_pages.harmonize_borders), or it is read as text."""
    bands = [b for b in stack if b.boxes]
    if not bands or not all(_one_block(b.boxes) for b in bands):
        return []
    top, bottom = stack[0].top, stack[-1].bottom
    start = min(_start(b) for b in bands)
    end = max(max(c[1] for c in b.boxes if not c[5]) for b in bands)
    if start - x0 < FRAGMENT_INDENT_MIN:
        return []
    pad = min(FRAGMENT_PAD, (start - x0) / 2)
    out = [_vertical(x, top, bottom, (x, x)) for x in (x0, x1)]
    out.append(_vertical(start - pad, top, bottom, (x0 + SPAN_TOL, start)))
    if x1 - end >= COLUMN_GAP_MIN + SPAN_TOL:
        out.append(_vertical(end + pad, top, bottom, (end, x1 - SPAN_TOL)))
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
            bands[int(np.searchsorted(tops, cy, side="right")) - 1].boxes.append(box)
    for band in bands:
        if all(b[5] for b in band.boxes):
            band.boxes = []  # spaces alone are no text
    return bands


def _tables_in_stack(bands: list[Band]) -> list[list[Band]]:
    """The stack's bands cut into tables: at a one-block strip whose text stands off its top rule otherwise than
    the cells do and starts where the rows start (a paragraph between two tables; the rest of a row broken
    by the page stands in its own column), or at an empty strip; each kept table has its columns."""
    blocks = [b for b in bands if b.boxes and not _one_block(b.boxes)]
    if not blocks:
        return []
    usual_inset = statistics.median(b.inset for b in blocks)
    usual_start = statistics.median(_start(b) for b in blocks)
    tables: list[list[Band]] = [[]]
    for band in bands:
        outside = not band.boxes or (_one_block(band.boxes) and abs(band.inset - usual_inset) > INSET_TOL
                                     and _start(band) <= usual_start + INSET_TOL)
        if outside:
            tables.append([])
        else:
            tables[-1].append(band)
    return [table for table in tables if len(table) >= MIN_RULES - 1
            and sum(1 for b in table if b.boxes and not _one_block(b.boxes)) >= MIN_COLUMN_BANDS]


def _start(band: Band) -> float:
    """Where the band's text starts."""
    return min(b[0] for b in band.boxes if not b[5])


def _borders(x0: float, x1: float, bands: list[Band], partial: list[dict], chars: list[tuple]) -> list[dict]:
    """Vertical edges of one table: its two sides on every row, and each column border on the rows (or parts
    of rows cut by a shorter rule) whose text does not cross it."""
    ys = [bands[0].top] + [b.bottom for b in bands]
    gaps = _column_gaps(x0, x1, bands, partial)
    if len(gaps) < MIN_SEPARATORS:
        return []
    merged_starts = [_start(band) for band in bands if band.boxes and _one_block(band.boxes)]
    rule_ends = [x for e in partial for x in (e["x0"], e["x1"])]
    separators = _placed_borders(x0, x1, gaps, [b for b in bands if b.boxes and not _one_block(b.boxes)],
                                 merged_starts, rule_ends)
    cuts = sorted({*ys, *(e["top"] for e in partial if ys[0] < e["top"] < ys[-1])})
    strips = bands if len(cuts) == len(ys) else _bands(x0, x1, cuts, chars)  # rows cut by shorter rules
    out = [_vertical(x, ys[0], ys[-1], (x, x)) for x in (x0, x1)]
    for strip in strips:
        closed = _blocks(strip.boxes) + _spanning_headers(strip, partial)
        out += [_vertical(x, strip.top, strip.bottom, gap) for x, gap in zip(separators, gaps, strict=True)
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
    each."""
    width = int((x1 - x0) * RESOLUTION) + 1
    covered = np.zeros(width, dtype=bool)
    for band in bands:
        if not band.boxes or _one_block(band.boxes):
            continue
        for left, right, *_, space in _without_spanning_headers(band, partial):
            if not space:
                covered[max(0, int((left - x0) * RESOLUTION)):int((right - x0) * RESOLUTION) + 1] = True
    free = np.flatnonzero(~covered)
    if not len(free):
        return []
    runs = np.split(free, np.flatnonzero(np.diff(free) > 1) + 1)
    inner = [r for r in runs if r[0] > 0 and r[-1] < width - 1 and (r[-1] - r[0]) / RESOLUTION >= COLUMN_GAP_MIN]
    return [(x0 + r[0] / RESOLUTION, x0 + r[-1] / RESOLUTION) for r in inner]


def _placed_borders(x0: float, x1: float, gaps: list[tuple[float, float]], bands: list[Band],
                    merged_starts: list[float], rule_ends: list[float]) -> list[float]:
    """Where in each gap its column border runs, from how the columns' lines are aligned.

    A left-aligned column starts its lines one cell padding right of its left border, a right-aligned one
    ends them one padding left of its right border, and a centred one has its border pair symmetric about
    its lines' centre: from the table's sides, known, the borders follow column by column ('План' and 'Факт'
    centred between a left-aligned status column and the sides).  A merged row's text (a goal written in the
    name column and the cells after it) starts one padding right of the border it starts at.  Where a
    shorter rule (under a header cell over sub-columns) ends in a gap, the border is there, whatever the
    text says.  The padding is the least distance any text keeps from a border.  A border nothing decides is
    the middle of its gap, and every border stays in its gap (harmonize_borders then makes the pages of one
    table agree)."""
    edges = [x0] + [g[0] for g in gaps] + [x1]
    starts = [x0] + [g[1] for g in gaps]
    columns = [_column_lines(bands, a, b) for a, b in zip(starts, edges[1:], strict=True)]
    pad = max(0.0, min([(g[1] - g[0]) / 2 for g in gaps] + [_first_start(columns[0]) - x0, x1 - _last_end(columns[-1])]))
    borders: list[float | None] = [x0] + [None] * len(gaps) + [x1]
    for end in rule_ends:
        k = next((k for k, (left, right) in enumerate(gaps, start=1) if left - SPAN_TOL <= end <= right + SPAN_TOL),
                 None)
        if k is not None:
            borders[k] = end
    for start in merged_starts:
        k = next((k for k, (left, right) in enumerate(gaps, start=1) if left <= start - pad <= right), None)
        if k is not None and borders[k] is None:
            borders[k] = start - pad
    for _ in range(len(columns)):
        for k, lines in enumerate(columns):
            _solve_column(borders, k, lines, pad)
    placed = []
    for k, (left, right) in enumerate(gaps, start=1):
        x = borders[k]
        placed.append(min(max(x, left), right) if x is not None else (left + right) / 2)
    return placed


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


def _solve_column(borders: list, k: int, lines: list[tuple[float, float]], pad: float) -> None:
    """Fill in column k's left or right border where its alignment and the other border tell it."""
    if len(lines) < ALIGNED_MIN_LINES:
        return
    kind = _alignment(lines)
    if kind == "left" and borders[k] is None:
        borders[k] = _first_start(lines) - pad
    elif kind == "right" and borders[k + 1] is None:
        borders[k + 1] = _last_end(lines) + pad
    elif kind == "centre":
        centre = statistics.median((a + b) / 2 for a, b in lines)
        if borders[k] is not None and borders[k + 1] is None:
            borders[k + 1] = 2 * centre - borders[k]
        elif borders[k + 1] is not None and borders[k] is None:
            borders[k] = 2 * centre - borders[k + 1]


def _alignment(lines: list[tuple[float, float]]) -> str | None:
    """'left', 'centre' or 'right' where most of the lines agree on that edge or on their centre (lines all of
    one width agree on all three: centred, the usual for such a column); None where none does."""
    def share(values: list[float]) -> float:
        anchor = statistics.median(values)
        return sum(abs(v - anchor) <= ALIGN_TOL for v in values) / len(values)

    scores = {"centre": share([(a + b) / 2 for a, b in lines]),
              "left": share([a for a, _ in lines]),
              "right": share([b for _, b in lines])}
    best = max(scores, key=lambda kind: scores[kind])
    return best if scores[best] >= ALIGNED_SHARE else None


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
    """Character boxes grouped into lines by their baselines."""
    lines: list[list[tuple]] = []
    for b in sorted(boxes, key=lambda b: b[4]):
        if lines and abs(lines[-1][-1][4] - b[4]) <= BLOCK_LINE_TOL:
            lines[-1].append(b)
        else:
            lines.append([b])
    return lines


def _merged(extents: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping extents joined."""
    out: list[list[float]] = []
    for left, right in sorted(extents):
        if out and left <= out[-1][1]:
            out[-1][1] = max(out[-1][1], right)
        else:
            out.append([left, right])
    return [(a, b) for a, b in out]


def _vertical(x: float, top: float, bottom: float, gap: tuple[float, float]) -> dict:
    """An inferred border as a pdfplumber edge, with the free strip it was placed in."""
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top, "width": 0.0, "height": bottom - top,
            "orientation": "v", "object_type": "line", "gap": gap}
