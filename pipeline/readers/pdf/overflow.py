"""Text a table row too short for it lets run over into the row below, given back to its own cell.

LibreOffice draws the last line of a cell whose row it could not make tall enough (a header row broken by a
page, its rest repeated at the top of the next page) below the row's bottom ruling, over the row beneath:
'Информация об исполнени' + 'и' drawn across the top ruling of a group row.  A line whose baseline lies
less than half its size below its cell's top ruling cannot be a line of that cell (its letters would cross
the ruling): it belongs to the cell above.
"""
from __future__ import annotations

from pipeline.readers.pdf.grid import PartCell, TablePart

BASELINE_DEPTH_RATIO = 0.5  # a cell's own line has its baseline at least this x its size below the cell's top
EDGE_TOL = 1.0  # a cell above ends within this of the cell's top


def give_back_overflow(part: TablePart) -> None:
    """Move each line drawn over a cell's top ruling to the cell above it (the cell's lines are Lines by now)."""
    for cell in part.cells:
        over = [ln for ln in cell.lines if ln.base - cell.top < BASELINE_DEPTH_RATIO * ln.size]
        for ln in over:
            above = _cell_above(part, cell, (ln.x0 + ln.x1) / 2)
            if above is not None:
                cell.lines.remove(ln)
                above.lines.append(ln)


def _cell_above(part: TablePart, cell: PartCell, x: float) -> PartCell | None:
    """The cell of the part just above this one, under x."""
    return next((c for c in part.cells if abs(c.bottom - cell.top) <= EDGE_TOL and c.x0 <= x <= c.x1), None)
