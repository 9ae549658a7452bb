"""Ruling lines -> pdfplumber's cell finder -> table parts on a grid of columns and rows; characters into cells.

The chain is pdfplumber's "lines" strategy (merge edges -> intersections -> cells -> tables), fed with the
rulings pdfium drew (pipeline.readers.pdf.rulings) instead of pdfminer's.  Each table found on a page is
one TablePart; merged cells get their spans from the part's grid of column and row boundaries.  These are
pure functions of the edges, so they can be tried on hand-made edges.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from pdfplumber import table as plumber_table
from pdfplumber.utils import filter_edges

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

    def rows(self) -> list[list[PartCell]]:
        """Cells grouped by their starting row."""
        out: list[list[PartCell]] = [[] for _ in range(len(self.ys) - 1)]
        for c in self.cells:
            out[c.row].append(c)
        return out


def find_tables(edges: list[dict], page: int) -> list[TablePart]:
    """Find ruled tables (pdfplumber's lines strategy) and place each cell on the table's grid.

    Shading rectangles count only on a page without rulings in both directions: with rulings, the sides
    of a shaded cell repeat its borders, and those of shaded text inside a cell would cut it up."""
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
    cells = plumber_table.intersections_to_cells(points)
    parts = [_make_part(group, page) for group in plumber_table.cells_to_tables(cells)]
    return sorted(parts, key=lambda p: p.bbox[1])


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
    """Put each character into the table cell under its centre (cell.lines holds chars for now); return the rest."""
    if not parts:
        return chars
    tables = [(p.bbox, p.xs, p.ys, _slot_map(p), len(p.xs) - 2, len(p.ys) - 2) for p in parts]
    right = bisect.bisect_right
    prose = []
    for ch in chars:
        cx, cy = (ch[1] + ch[2]) * 0.5, (ch[3] + ch[4]) * 0.5
        for (x0, top, x1, bottom), xs, ys, slots, max_col, max_row in tables:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                col = min(max(right(xs, cx) - 1, 0), max_col)
                row = min(max(right(ys, cy) - 1, 0), max_row)
                cell = slots.get((row, col))
                if cell is not None:
                    cell.lines.append(ch)
                break
        else:
            prose.append(ch)
    return prose


def _slot_map(part: TablePart) -> dict:
    """(row, col) grid slot -> the cell covering it."""
    slots = {}
    for c in part.cells:
        c0, c1 = nearest(part.xs, c.x0), nearest(part.xs, c.x1)
        for r in range(c.row, c.row + c.row_span):
            for k in range(c0, c1):
                slots[(r, k)] = c
    return slots
