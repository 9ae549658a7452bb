"""The parts of one table ruled with horizontal lines only, on consecutive pages, made to agree.

Each page infers its column borders from its own text (pipeline.readers.pdf.open_tables), so the pages of one
table may disagree: a border placed elsewhere in the same free strip, a border missing where a page's rows
left its column empty (the rest of a broken row), or an extra one where a justified line's stretched space
happened to line up with free strips of the other rows.  Here the parts are matched by their free strips and
given one set of borders before the cells' lines are measured and the tables joined (joins.py).
"""
from __future__ import annotations

import functools
import statistics

from pipeline.readers.pdf.grid import PartCell, TablePart
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.open_tables import SPAN_TOL

FRAGMENT_ROWS = 2  # a part of this many rows may lack borders its table's other pages show
BASELINE_TOL = 1.0  # lines whose baselines are this close are one line
SURE_SHARE = 0.5  # pages agree on the placements at least this share as sure as the surest


def mark_inferred(parts: list, inferred: list[dict]) -> None:
    """Mark the table parts whose borders were inferred here, each inner border with the strip it lies in."""
    for part in parts:
        x0, top, x1, bottom = part.bbox
        own = [e for e in inferred if x0 - 1 <= e["x0"] <= x1 + 1 and top - 1 <= e["top"] and e["bottom"] <= bottom + 1]
        if own:
            part.from_text = True
            part.fragment = all(e.get("fragment") for e in own)
            nearest = [min(own, key=lambda e: abs(e["x0"] - x)) for x in part.xs[1:-1]]
            part.gaps = [e["gap"] for e in nearest]
            part.weights = [e.get("weight", 0.0) for e in nearest]


def harmonize_borders(pages: list) -> None:
    """Give the parts of one table on consecutive pages the same inferred column borders.

    Each page places a border from its own lines, so two pages may put it at different places of the same
    free strip; the border that every page allows is the median of their surest placements, kept inside the
    strip all of them leave free.  A blank page between two parts of a table (LibreOffice leaves one before
    a row too tall for the rest of a page) does not part them.  Parts continue one another when the last part of a page and the first of the
    next have the same sides and strips that overlap one for one."""
    parts_by_page = [page.parts for page in pages if page.parts or page.lines]  # a blank page breaks no table
    _drop_stretched_space_borders(parts_by_page)
    chain: list = []
    confirmed = set()
    for parts in parts_by_page + [[]]:
        first = parts[0] if parts else None
        if chain and first is not None:
            _fill_missing_borders(chain[-1], first)
            if len(chain) == 1:  # a header row broken by the page: its first lines alone (never a part agreed on)
                _fill_missing_borders(first, chain[-1])
        if chain and first is not None and _continues(chain[-1], first):
            chain.append(first)
            confirmed.add(id(first))
        else:
            _agree(chain)
            chain = [first] if first is not None and first.from_text else []
        if parts and parts[-1] is not first:
            _agree(chain)
            chain = [parts[-1]] if parts[-1].from_text else []
    for page in pages:
        _unconfirmed_fragments_to_text(page, confirmed)


def _unconfirmed_fragments_to_text(page, confirmed: set) -> None:
    """Give back to the page's text a lone column the page before did not continue (an indented paragraph
    between two rules, not the rest of a cell)."""
    for part in [p for p in page.parts if p.fragment and id(p) not in confirmed]:
        page.parts.remove(part)
        page.lines = sorted(page.lines + [ln for c in part.cells for ln in c.lines], key=lambda ln: (ln.top, ln.x0))


def _fill_missing_borders(other, part) -> None:
    """Draw into a part the borders that the other part of its table on the next or the previous page has and
    it lacks for want of text (the rest of a broken row leaves its number column empty, so nothing shows
    where that column ends; the first lines of a header row broken by the page lack its sub-columns); a cell
    across such a border is split there when none of its lines crosses it, and spans it otherwise ('2019 год'
    over the 'план' | 'факт' of the next page)."""
    if not (other.from_text and part.from_text and _same_sides(other, part)):
        return
    if part.fragment:
        _drop_unmatched_guesses(part, other)
    if len(part.xs) >= len(other.xs):
        return
    borders = list(zip(other.xs[1:-1], other.gaps, other.weights, strict=True))
    matched = set()
    for x, gap in zip(part.xs[1:-1], part.gaps, strict=True):
        candidates = [k for k, (_, g, _) in enumerate(borders) if _overlap(g, gap)]
        if not candidates:
            return
        matched.add(min(candidates, key=lambda k: abs(borders[k][0] - x)))
    for x, gap, weight in [b for k, b in enumerate(borders) if k not in matched]:
        if len(part.ys) > FRAGMENT_ROWS + 1 and any(ln.x0 < x < ln.x1 for c in part.cells for ln in c.lines):
            continue  # only a fragment of a row or two may have a cell spanning a border the other page shows
        for cell in [c for c in part.cells if c.x0 < x < c.x1 and not any(ln.x0 < x < ln.x1 for ln in c.lines)]:
            part.cells.append(PartCell(x, cell.top, cell.x1, cell.bottom, cell.row, cell.row_span,
                                       [ln for ln in cell.lines if ln.x0 >= x]))
            cell.x1, cell.lines = x, [ln for ln in cell.lines if ln.x0 < x]
        inner = sorted([*zip(part.xs[1:-1], part.gaps, part.weights, strict=True), (x, gap, weight)])
        part.xs = [part.xs[0]] + [b for b, _, _ in inner] + [part.xs[-1]]
        part.gaps = [g for _, g, _ in inner]
        part.weights = [w for _, _, w in inner]
    part.cells.sort(key=lambda c: (c.row, c.x0))


def _drop_unmatched_guesses(part, other) -> None:
    """Take out of a row's rest the borders guessed after its text that match none of the other part's,
    where nothing stands right of them (ragged lines ending short of the next border, or of the side)."""
    for k in range(len(part.xs) - 2, 0, -1):
        x = part.xs[k]
        if not any(_overlap(part.gaps[k - 1], g) for g in other.gaps) and _cells_across(part, x) \
                and not any(c.lines for c in part.cells if abs(c.x0 - x) < 0.01):
            _remove_border(part, k)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def _continues(a, b) -> bool:
    return (b.from_text and len(a.xs) == len(b.xs) and _same_sides(a, b)
            and all(_overlap(g, h) for g, h in zip(a.gaps, b.gaps, strict=True)))


def _agree(chain: list) -> None:
    """Move the chain's inner borders (and their cells' sides) to one place per border: the median of the
    surest placements (a page whose lines tell the border outweighs one that took the middle of its strip)."""
    if len(chain) < 2 or len({len(p.xs) for p in chain}) != 1:
        return
    for k in range(1, len(chain[0].xs) - 1):
        left = max(p.gaps[k - 1][0] for p in chain)
        right = min(p.gaps[k - 1][1] for p in chain)
        best = max(p.weights[k - 1] for p in chain)
        sure = [p.xs[k] for p in chain if p.weights[k - 1] >= best * SURE_SHARE]
        x = min(max(statistics.median(sure), left), right)
        for part in chain:
            old = part.xs[k]
            for cell in part.cells:
                cell.x0 = x if abs(cell.x0 - old) < 0.01 else cell.x0
                cell.x1 = x if abs(cell.x1 - old) < 0.01 else cell.x1
            part.xs[k] = x


def _drop_stretched_space_borders(parts_by_page: list[list]) -> None:
    """Take out of a part the borders that the parts of its table on the pages before and after it lack, where
    every line right of one goes on a line left of it (the same baseline): a justified line's stretched spaces
    ('Улучшение   качества   окружающей   среды'), which the other rows of that page left free too."""
    for i, parts in enumerate(parts_by_page):
        for part in parts:
            if not part.from_text:
                continue
            neighbours = []
            if part is parts[0] and i and parts_by_page[i - 1]:
                neighbours.append(parts_by_page[i - 1][-1])
            if part is parts[-1] and i + 1 < len(parts_by_page) and parts_by_page[i + 1]:
                neighbours.append(parts_by_page[i + 1][0])
            extras = {_extra_borders(part, n) for n in neighbours if _same_sides(part, n)}
            if len(extras) == 1 and (ks := extras.pop()) is not None:
                for x in [part.xs[k] for k in ks]:  # left to right: a word's cell may hold the words after it
                    if _continues_lines(part, x):
                        _remove_border(part, part.xs.index(x))


def _extra_borders(part: TablePart, other: TablePart) -> tuple[int, ...] | None:
    """The indices in part.xs of the borders whose removal leaves part's strips overlapping other's one for
    one, in order (other a part of several rows with the same sides and fewer borders), if there are such;
    of several such choices the one keeping the borders nearest to other's."""
    if not other.from_text or len(other.xs) >= len(part.xs) or len(other.ys) <= FRAGMENT_ROWS + 1:
        return None
    mine = list(zip(part.xs[1:-1], part.gaps, strict=True))
    theirs = list(zip(other.xs[1:-1], other.gaps, strict=True))

    @functools.cache
    def best(i: int, j: int) -> tuple[float, tuple[int, ...]] | None:
        """(distance, extras) of the best matching of theirs[j:] into mine[i:]."""
        if j == len(theirs):
            return 0.0, tuple(range(i + 1, len(mine) + 1))
        if len(mine) - i < len(theirs) - j:
            return None
        options = []
        if _overlap(mine[i][1], theirs[j][1]) and (matched := best(i + 1, j + 1)) is not None:
            options.append((matched[0] + abs(mine[i][0] - theirs[j][0]), matched[1]))
        if (skipped := best(i + 1, j)) is not None:
            options.append((skipped[0], (i + 1,) + skipped[1]))
        return min(options, default=None)

    found = best(0, 0)
    return None if found is None else found[1]


def _same_sides(a: TablePart, b: TablePart) -> bool:
    """Do two parts share their left and right sides (pages of one table)?"""
    return abs(a.xs[0] - b.xs[0]) <= SPAN_TOL and abs(a.xs[-1] - b.xs[-1]) <= SPAN_TOL


def _continues_lines(part: TablePart, x: float) -> bool:
    """Does every line of the cells starting at x share its baseline with a line of the cell before it?"""
    pairs = _cells_across(part, x)
    if not pairs or not any(right.lines for _, right in pairs):
        return False
    return all(any(abs(r.base - ln.base) <= BASELINE_TOL for ln in left.lines) for left, right in pairs for r in right.lines)


def _cells_across(part: TablePart, x: float) -> list[tuple[PartCell, PartCell]]:
    """The pairs of cells (ending at x, starting at x) of each row."""
    ends = {(c.row, c.row_span): c for c in part.cells if abs(c.x1 - x) < 0.01}
    out = []
    for c in part.cells:
        if abs(c.x0 - x) < 0.01:
            if (c.row, c.row_span) not in ends:
                return []
            out.append((ends[(c.row, c.row_span)], c))
    return out


def _remove_border(part: TablePart, k: int) -> None:
    """Merge each row's two cells across border k, a line of the right one into the line of the left one on
    its baseline."""
    for left, right in _cells_across(part, part.xs[k]):
        for line in right.lines:
            host = min(left.lines, key=lambda ln: abs(ln.base - line.base))
            _append_line(host, line)
        left.x1 = right.x1
        part.cells.remove(right)
    del part.xs[k]
    del part.gaps[k - 1]
    del part.weights[k - 1]


def _append_line(host: Line, line: Line) -> None:
    """Join line onto the end of host, one space between."""
    shift = len(host.text) + 1
    host.text = host.text + " " + line.text
    host.marks = host.marks + [(a + shift, b + shift) for a, b in line.marks]
    host.x1 = max(host.x1, line.x1)
    host.top, host.bottom = min(host.top, line.top), max(host.bottom, line.bottom)
