"""Tables across pages: the parts of one table on consecutive pages joined into one table.

A part on the next page continues the open table when it opens the page body and has the same columns;
its repeated header rows are dropped, a row broken by the page is glued back onto the previous page's
last row (with the same break rules as two lines of one cell), and an empty cell under a vertically merged
cell continues that merge.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.layout import Cell, Row, Table, clean_text
from pipeline.readers.pdf.grid import TablePart, cluster, nearest
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.scanned import alike, provenance
from pipeline.readers.pdf.paragraphs import (
    HYPHENS,
    JOIN,
    LOWER_START,
    SENTENCE_END,
    UPPER_START,
    break_kind,
    glue,
)

COL_MATCH_TOL = 3.0  # column boundaries of a continuation part must match within this
HEADER_MAX_ROWS = 6  # at most this many rows are compared as a repeated header
CONTINUATION_TOP_LINES = 0.6  # a continued table starts at the top of the page body, within this many line pitches
ROW_SPLIT_BOTTOM_LINES = 3.0  # a row broken by the page ends within this many line pitches of the body bottom


@dataclass
class JoinedRow:
    """A row of a joined (multi-page) table: cells with absolute x extents."""

    cells: list  # [x0, x1, row_span, text, first line, last line, OCR provenance]
    page: int
    header: bool = False


@dataclass
class Seam:
    """How one page's part joined its table: leading rows dropped as a repeated header, first row glued on."""

    part: TablePart
    repeated_header_rows: int = 0
    glued: bool = False  # its first row carried on the previous page's last row


class JoinedTable:
    """A table being assembled from its parts on consecutive pages."""

    def __init__(self, part: TablePart):
        self.xs = list(part.xs)
        self.page = part.page
        self.last_page = part.page
        self.last_bottom = part.bbox[3]
        self.rows = _part_rows(part)
        self.seams: list[Seam] = [Seam(part)]  # how each page's part was joined on (for the debug view)

    def continues_with(self, part: TablePart) -> bool:
        """Does this part on the next page have the same columns (one grid a subset of the other)?"""
        if part.page != self.last_page + 1:
            return False
        a, b = self.xs, part.xs
        if abs(a[0] - b[0]) > COL_MATCH_TOL or abs(a[-1] - b[-1]) > COL_MATCH_TOL:
            return False
        return _subset(a, b) or _subset(b, a)

    def append(self, part: TablePart, body_bottom: float, pitch: float) -> None:
        """Add a continuation part: drop its repeated header rows and re-join a row broken by the page."""
        self.xs = cluster(self.xs + part.xs, COL_MATCH_TOL)
        rows = _part_rows(part)
        k = self._repeated_header(rows)
        for r in self.rows[:k]:
            r.header = True
        rows = rows[k:]
        seam = Seam(part, k)
        if rows and self.rows:
            touches_bottom = self.last_bottom >= body_bottom - ROW_SPLIT_BOTTOM_LINES * pitch
            if touches_bottom and self._split_row(rows[0]):
                self._merge_row(rows.pop(0))
                seam.glued = True
            elif rows:
                self._extend_vertical_merges(rows[0])
        self.rows.extend(rows)
        self.seams.append(seam)
        self.last_page, self.last_bottom = part.page, part.bbox[3]

    def _signature(self, row: JoinedRow) -> tuple:
        """Row structure and text, on the joined grid, for header comparison."""
        return tuple((nearest(self.xs, c[0]), nearest(self.xs, c[1]), c[2], " ".join(c[3].split()))
                     for c in row.cells)

    def _repeated_header(self, rows: list[JoinedRow]) -> int:
        """How many leading rows of the continuation repeat the table's first rows."""
        k = 0
        limit = min(HEADER_MAX_ROWS, len(rows), len(self.rows))
        while k < limit and _same_header_row(self._signature(self.rows[k]), self._signature(rows[k]),
                                             _read_by_ocr(self.rows[k]) or _read_by_ocr(rows[k])):
            k += 1
        while k and any(k <= i + c[2] - 1 for i in range(k) for c in self.rows[i].cells):
            k -= 1  # never cut through a header cell that spans further down
        return k

    def _guess_header(self) -> None:
        """A table that never repeated its header: treat the rows down to a column-number row (1 2 3 ...) as header."""
        for i, row in enumerate(self.rows[:HEADER_MAX_ROWS]):
            texts = [c[3].strip() for c in sorted(row.cells, key=lambda c: c[0])]
            if len(texts) > 1 and texts == [str(k) for k in range(1, len(texts) + 1)]:
                for r in self.rows[: i + 1]:
                    r.header = True
                return

    def _covering(self, x0: float, x1: float) -> list | None:
        """The cell of the joined table that covers the slot (last row, x0..x1), if its extent matches."""
        last = len(self.rows) - 1
        for i in range(last, -1, -1):
            for cell in self.rows[i].cells:
                if i + cell[2] - 1 >= last and abs(cell[0] - x0) <= COL_MATCH_TOL and abs(cell[1] - x1) <= COL_MATCH_TOL:
                    return cell
        return None

    def _split_row(self, row: JoinedRow) -> bool:
        """Does this first row of a continuation carry on the last row of the previous page?"""
        score = 0
        for cell in row.cells:
            prev = self._covering(cell[0], cell[1])
            if prev is None:
                return False
            score += _continuation_score(prev[3], cell[3])
        return score > 0

    def _extend_vertical_merges(self, row: JoinedRow) -> None:
        """An empty cell opening a continuation under a vertically merged cell continues that merge.

        LibreOffice redraws a merged cell on every page it crosses, empty after the first.  Only cells
        under a cell already spanning several rows, or in the first column (a risk or indicator name is
        never left empty), are taken as continuations; other empty cells stay empty cells.
        """
        keep = []
        for cell in row.cells:
            above = self._covering(cell[0], cell[1])
            first_col = nearest(self.xs, cell[0]) == 0
            if not cell[3].strip() and above is not None and above[3].strip() and (above[2] > 1 or first_col):
                above[2] += cell[2]
            else:
                keep.append(cell)
        row.cells = keep

    def _merge_row(self, row: JoinedRow) -> None:
        """Glue a continuation row's cell texts onto the cells of the previous page's last row."""
        for nxt in row.cells:
            cell = self._covering(nxt[0], nxt[1])
            assert cell is not None  # _split_row found a covering cell for every cell of the row
            cell[3] = _join_across(cell[3], cell[5], nxt[3], nxt[4])
            cell[2] += nxt[2] - 1
            cell[5] = nxt[5] or cell[5]

    def to_table(self, index: int) -> Table:
        """The finished layout table on the joined grid."""
        if not any(r.header for r in self.rows):
            self._guess_header()
        rows = []
        for r_index, row in enumerate(self.rows):
            cells = []
            for x0, x1, span, text, _, _, read in sorted(row.cells, key=lambda c: c[0]):
                c0, c1 = nearest(self.xs, x0), nearest(self.xs, x1)
                cells.append(Cell(clean_text(text), r_index, c0, span, max(1, c1 - c0), **read))
            rows.append(Row(cells, page=row.page, repeated_header=row.header))
        return Table(index=index, rows=rows, n_cols=len(self.xs) - 1, page=self.page)


def _same_header_row(original: tuple, repeat: tuple, ocr: bool = False) -> bool:
    """Is a row a repetition of a header row?  LibreOffice may clip the text of a tall repeated header
    cell, so each repeated cell may hold just the beginning of the original text; rows read by OCR
    need only be alike as a whole (a letter or two may be misread or lost)."""
    if len(original) != len(repeat) or not any(c[3] for c in repeat):
        return False
    if any(o[:3] != r[:3] for o, r in zip(original, repeat)):
        return False
    if ocr:
        return alike("".join(c[3] for c in original), "".join(c[3] for c in repeat))
    return all(o[3].startswith(r[3]) and not (o[3] and not r[3]) for o, r in zip(original, repeat))


def _read_by_ocr(row: JoinedRow) -> bool:
    return any(c[6] for c in row.cells)


def _part_rows(part: TablePart) -> list[JoinedRow]:
    """A part's rows as joinable rows; a cell is [x0, x1, row_span, text, first line, last line, OCR provenance]."""
    return [JoinedRow([[c.x0, c.x1, c.row_span, c.text, c.lines[0] if c.lines else None,
                        c.lines[-1] if c.lines else None, provenance(c.lines, (c.x0, c.top, c.x1, c.bottom))]
                       for c in cells], part.page)
            for cells in part.rows()]


def _subset(small: list[float], big: list[float]) -> bool:
    """Is every boundary of small within COL_MATCH_TOL of some boundary of big?"""
    return all(abs(big[nearest(big, x)] - x) <= COL_MATCH_TOL for x in small)


def _continuation_score(prev: str, nxt: str) -> int:
    """Evidence from one column that a row continues across the page break (positive) or is new (negative)."""
    prev, nxt = prev.strip(), nxt.strip()
    if not nxt:
        return 1 if prev else 0
    if not prev:
        return -1
    if LOWER_START.match(nxt) or prev[-1] in HYPHENS:
        return 2
    if UPPER_START.match(nxt) or SENTENCE_END.search(prev):
        return -1
    return 0


def _join_across(prev: str, last: Line | None, nxt: str, first: Line | None) -> str:
    """Join the two halves of a cell broken by a page, with the same rules as two lines of one cell."""
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt:
        return prev or nxt
    if last is not None and first is not None:
        kind = break_kind(last, first, False, a_first=prev == last.text)
        return prev + "\n" + nxt if kind != JOIN else glue(prev, last, _with_text(first, nxt))
    if SENTENCE_END.search(prev) and UPPER_START.match(nxt):
        return prev + "\n" + nxt
    return prev + " " + nxt


def _with_text(line: Line, text: str) -> Line:
    """A copy of a line carrying other text (the rest of its cell), for gluing."""
    out = Line(text, line.x0, line.x1, line.top, line.bottom, line.size, line.bold, line.first_word_w,
                line.first_char_w, line.page)
    out.left, out.right, out.pitch = line.left, line.right, line.pitch
    return out
