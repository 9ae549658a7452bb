"""Ruling lines -> pdfplumber's cell finder -> table parts on a grid of columns and rows; characters into cells.

The chain is pdfplumber's "lines" strategy (merge edges -> intersections -> cells -> tables), fed with the
rulings pdfium drew (pipeline.readers.pdf.rulings) instead of pdfminer's.  Each table found on a page is
one TablePart; merged cells get their spans from the part's grid of column and row boundaries.  These are
pure functions of the edges, so they can be tried on hand-made edges.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter

import numpy as np
from pdfplumber import table as plumber_table
from pdfplumber.utils import filter_edges, obj_to_bbox

from pipeline.readers.pdf.rulings import EDGE_MIN_LEN

EDGE_SNAP_TOL = 3.0  # parallel rulings closer than this are snapped onto one line (pdfplumber default)
EDGE_JOIN_TOL = 3.0  # collinear rulings with gaps up to this are joined (pdfplumber default)
INTERSECTION_TOL = 3.0  # how far a ruling may stop short of a crossing one and still meet it
GRID_SNAP_TOL = 2.0  # cell borders closer than this are the same grid line
MIN_TABLE_EDGES = 2  # a page needs at least this many horizontal and vertical rulings to hold a table
MAX_PAGE_EDGES = 2000  # more merged rulings than this on a page: a drawing, no table search
# What pdfplumber's cell finder raises when a page's ruling geometry defeats it (the page is then read as prose).
FINDER_ERRORS = (ValueError, AssertionError, IndexError, KeyError, ZeroDivisionError)


@dataclass
class PartCell:
    """A cell of a table part on one page."""

    x0: float
    top: float
    x1: float
    bottom: float
    row: int = 0
    row_span: int = 1
    lines: list = field(default_factory=list)  # the cell's characters while its page is read, then its Lines
    text: str = ""


@dataclass
class TablePart:
    """The piece of a table drawn on one page."""

    page: int
    bbox: tuple
    xs: list
    ys: list
    cells: list  # PartCell, sorted by (row, x0)
    from_image: bool = False  # its rulings were found in a scanned page image (pipeline.readers.pdf.imaged)
    from_text: bool = False  # its column borders were inferred from the text (pipeline.readers.pdf.open_tables)
    gaps: list = field(default_factory=list)  # ... then the free strip (left, right) each inner border of xs lies in
    weights: list = field(default_factory=list)  # ... and how surely the text placed it there (open_tables)
    fragment: bool = False  # ... from one column's text alone: the rest of a tall cell, if the page before agrees

    def rows(self) -> list[list[PartCell]]:
        """Cells grouped by their starting row."""
        out: list[list[PartCell]] = [[] for _ in range(len(self.ys) - 1)]
        for c in self.cells:
            out[c.row].append(c)
        return out


def find_tables(edges: list[dict], page: int, boxes: list | None = None) -> list[TablePart]:
    """Find ruled tables (pdfplumber's lines strategy) and place each cell on the table's grid.

    Shading rectangles count only on a page without rulings in both directions: with rulings, the sides
    of a shaded cell repeat its borders, and those of shaded text inside a cell would cut it up.
    boxes, if given, receives the (x0, top, x1, bottom) of each ruled box standing alone (pdfplumber finds
    no table of one cell): a framed paragraph, or a table's one row alone on a page."""
    rulings = [e for e in edges if "shading" not in e]
    if len(rulings) < len(edges) and all(sum(e["orientation"] == o for e in rulings) >= MIN_TABLE_EDGES for o in "hv"):
        edges = rulings
    if sum(e["orientation"] == "h" for e in edges) < MIN_TABLE_EDGES:
        return []
    if sum(e["orientation"] == "v" for e in edges) < MIN_TABLE_EDGES:
        return []
    merged = plumber_table.merge_edges(edges, EDGE_SNAP_TOL, EDGE_SNAP_TOL, EDGE_JOIN_TOL, EDGE_JOIN_TOL)
    merged = filter_edges(merged, min_length=EDGE_MIN_LEN)
    if len(merged) > MAX_PAGE_EDGES:
        return []  # a vector drawing, not a table (and the intersection search is quadratic)
    points = plumber_table.edges_to_intersections(merged, INTERSECTION_TOL, INTERSECTION_TOL)
    cells = intersections_to_cells(points)
    groups = plumber_table.cells_to_tables(cells)
    if boxes is not None:
        grouped = {cell for group in groups for cell in group}
        boxes.extend(cell for cell in cells if cell not in grouped)
    parts = [_make_part(group, page) for group in groups]
    return sorted(parts, key=lambda p: p.bbox[1])


def intersections_to_cells(intersections: dict) -> list[tuple]:
    """pdfplumber's table.intersections_to_cells: for each crossing of rulings, in sorted order, the smallest
    cell it is the top-left corner of.  The same cells in the same order, found faster: each crossing's sets
    of rulings are made once (pdfplumber makes them anew at each test), and the crossings below and to the
    right of one are looked up in its column and row (pdfplumber scans all the crossings after it)."""
    rulings = {p: ({obj_to_bbox(e) for e in found["v"]}, {obj_to_bbox(e) for e in found["h"]})
               for p, found in intersections.items()}

    def connected(p1: tuple, p2: tuple) -> bool:
        """Does a ruling run from one crossing to the other?"""
        return ((p1[0] == p2[0] and not rulings[p1][0].isdisjoint(rulings[p2][0]))
                or (p1[1] == p2[1] and not rulings[p1][1].isdisjoint(rulings[p2][1])))

    points = sorted(intersections)
    columns: dict[float, list[tuple]] = {}
    rows: dict[float, list[tuple]] = {}
    for pt in points:
        columns.setdefault(pt[0], []).append(pt)
        rows.setdefault(pt[1], []).append(pt)
    column_place = {pt: k for column in columns.values() for k, pt in enumerate(column)}
    row_place = {pt: k for row in rows.values() for k, pt in enumerate(row)}
    cells = []
    for pt in points:
        below = columns[pt[0]][column_place[pt] + 1:]
        right = rows[pt[1]][row_place[pt] + 1:]
        cell = _smallest_cell(pt, below, right, intersections, connected)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt: tuple, below: list[tuple], right: list[tuple], intersections: dict, connected) -> tuple | None:
    """The first cell (pdfplumber's order) with pt for its top-left corner, whose four sides are drawn."""
    for below_pt in below:
        if not connected(pt, below_pt):
            continue
        for right_pt in right:
            if not connected(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in intersections and connected(corner, right_pt) and connected(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def _make_part(boxes: list[tuple], page: int) -> TablePart:
    """Compute the grid (column x and row y boundaries) of one table part and each cell's row and span."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    cells = []
    for x0, top, x1, bottom in boxes:
        r0, r1 = nearest(ys, top), nearest(ys, bottom)
        if r1 <= r0 or nearest(xs, x1) <= nearest(xs, x0):
            continue
        cells.append(PartCell(xs[nearest(xs, x0)], ys[r0], xs[nearest(xs, x1)], ys[r1], row=r0, row_span=r1 - r0))
    cells.sort(key=lambda c: (c.row, c.x0))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return TablePart(page, bbox, xs, ys, cells)


def cluster(values: list[float], tol: float = GRID_SNAP_TOL) -> list[float]:
    """Sorted representative values, merging values closer than tol (mean of each cluster)."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


def nearest(grid: list[float], v: float) -> int:
    """Index of the grid value nearest to v."""
    i = bisect.bisect_left(grid, v)
    if i == 0:
        return 0
    if i == len(grid):
        return len(grid) - 1
    return i if grid[i] - v < v - grid[i - 1] else i - 1


def assign_chars(chars: list[tuple], parts: list[TablePart]) -> list[tuple]:
    """Put each character into the table cell under its centre (cell.lines holds chars for now); return the rest.

    A character inside a table's box but on a grid slot no cell covers is dropped; the characters keep their
    order, in each cell and in the rest."""
    if not parts:
        return chars
    n = len(chars)
    cx = (_column(chars, 1, n) + _column(chars, 2, n)) * 0.5
    cy = (_column(chars, 3, n) + _column(chars, 4, n)) * 0.5
    free = np.ones(n, dtype=bool)
    for part in parts:
        x0, top, x1, bottom = part.bbox
        inside = np.flatnonzero(free & (x0 <= cx) & (cx <= x1) & (top <= cy) & (cy <= bottom))
        free[inside] = False
        col = np.minimum(np.maximum(np.searchsorted(part.xs, cx[inside], side="right") - 1, 0), len(part.xs) - 2)
        row = np.minimum(np.maximum(np.searchsorted(part.ys, cy[inside], side="right") - 1, 0), len(part.ys) - 2)
        _fill_cells(chars, part, inside, row, col)
    return [chars[i] for i in np.flatnonzero(free).tolist()]


def _column(chars: list[tuple], item: int, n: int) -> np.ndarray:
    """One coordinate of every character, as an array."""
    return np.fromiter(map(itemgetter(item), chars), dtype=np.float64, count=n)


def _fill_cells(chars: list[tuple], part: TablePart, inside: np.ndarray, row: np.ndarray, col: np.ndarray) -> None:
    """Append the characters at these indices to the cells covering their (row, col) slots, in page order."""
    cells: list[PartCell] = []
    number: dict[int, int] = {}  # id of a cell -> its place in cells
    grid = np.full((len(part.ys) - 1, len(part.xs) - 1), -1)
    for (r, k), cell in _slot_map(part).items():
        if id(cell) not in number:
            number[id(cell)] = len(cells)
            cells.append(cell)
        grid[r, k] = number[id(cell)]
    owner = grid[row, col]
    order = np.argsort(owner, kind="stable")
    owner, inside = owner[order], inside[order]
    starts = np.flatnonzero(np.diff(owner, prepend=-2)).tolist() + [len(owner)]
    for start, end in pairwise(starts):
        if owner[start] >= 0:
            cells[owner[start]].lines.extend([chars[i] for i in inside[start:end].tolist()])


def _slot_map(part: TablePart) -> dict:
    """(row, col) grid slot -> the cell covering it."""
    slots = {}
    for c in part.cells:
        c0, c1 = nearest(part.xs, c.x0), nearest(part.xs, c.x1)
        for r in range(c.row, c.row + c.row_span):
            for k in range(c0, c1):
                slots[(r, k)] = c
    return slots
