"""Tables across pages: the parts of one table on consecutive pages joined into one table.

A part on the next page continues the open table when it opens the page body and has the same columns;
its repeated header rows are dropped, a row broken by the page is glued back onto the previous page's
last row (with the same break rules as two lines of one cell), and an empty cell under a vertically merged
cell continues that merge.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.layout import Cell, Row, Table, clean_text
from pipeline.readers.pdf.grid import TablePart, cluster, nearest
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.paragraphs import (
    HYPHENS,
    JOIN,
    LOWER_START,
    SENTENCE_END,
    STATUS_LINE,
    UPPER_START,
    break_kind,
    cell_text,
    ends_mid_phrase,
    glue,
)
from pipeline.readers.pdf.scanned import alike, provenance

_ROW_NUMBER = regex.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+)\.?\s*$")  # "2", "1.1.", "IV"
# "2. Стратегическое направление ...", "IV. Анализ", "Цель 1.2. ...", "Стратегическое направление 2: ...": a numbered item
_NUMBERED_ITEM = regex.compile(r"^(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]+\.)\s+\p{Lu}"
                               r"|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+\d{1,2}(?:\.\d{1,2})*[.:]?(?:\s|$))")
# "Цель 2.2", "1. Стратегическое направление 1.": a numbered label whose title has not come yet
_BARE_LABEL = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+\d{1,2}(?:\.\d{1,2})*[.:]?$")
# a group row's label with its title after it, or alone: "Стратегическое направление 1. Повышение ...", "Цель 2.2"
_GROUP_LABEL = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+\d{1,2}(?:\.\d{1,2})*[.:]?"
                             r"(?:\s+[\p{Lu}«\"]|$)")
_DECIMAL_COMMA_END = regex.compile(r"\d,$")  # '10 991,': a number broken after its decimal comma (not a row number '1.')
# capitalized wherever it stands: a Latin word in Russian text ("Astana Hub"), an abbreviation ("АСП", "ВОЛС)"),
# a name in quotes ("«Казгидромет»")
_NAME_START = regex.compile(r"^(?:\p{Latin}|\p{Lu}{2,}(?!\p{Ll})|[«\"„]\p{Lu})")
COL_MATCH_TOL = 3.0  # column boundaries of a continuation part must match within this
SCAN_COL_MATCH_TOL = 12.0  # ... or this, between parts ruled in page images (each sheet lies askew on the scanner)
# or whose column borders were inferred from the text (open_tables.py)
_CLOSING_PUNCTUATION = ".,;:!?)»"  # what never opens a cell: it closes a sentence or a quote
HEADER_MAX_ROWS = 6  # at most this many rows are compared as a repeated header
MISREAD_COLUMN_NUMBERS = 1  # a column-number row read by OCR (of four columns or more) may have this many misread
CONTINUATION_TOP_LINES = 0.6  # a continued table starts at the top of the page body, within this many line pitches
ROW_SPLIT_BOTTOM_LINES = 3.0  # a row broken by the page ends within this many line pitches of the body bottom
ENDED_LINES = 0.8  # a cell whose text ends more than this many line pitches above its row's bottom ended early
BROKEN_SHAPE_SCORE = 2  # evidence of a broken row: cells that ended early, or half of them, empty in the continuation
FILLED_COLUMN_RECORDS = 2  # a column every one of at least this many earlier records filled is one a new record fills


@dataclass
class JoinedRow:
    """A row of a joined (multi-page) table: cells with absolute x extents."""

    cells: list  # [x0, x1, row_span, text, first line, last line, OCR provenance, bottom, lines on this page]
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
        self.col_tol = _column_tolerance(part)  # how closely its columns match
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
        tol = min(self.col_tol, _column_tolerance(part))
        if abs(a[0] - b[0]) > tol or abs(a[-1] - b[-1]) > tol:
            return False
        return _subset(a, b, tol) or _subset(b, a, tol)

    def append(self, part: TablePart, body_bottom: float, pitch: float) -> None:
        """Add a continuation part: drop its repeated header rows and re-join a row broken by the page."""
        self.xs = cluster(self.xs + part.xs, self.col_tol)
        rows = _part_rows(part)
        k = n_header = self._repeated_header(rows)
        numbering = self._numbering_row()
        if not k and numbering is not None and rows and _column_numbers(rows[0], missing=int(part.from_image)):
            k, n_header = 1, numbering + 1  # only the column-number row (1 2 3 4) is repeated on the new page
        elif (k and k == numbering and len(rows) > k and (part.from_image or _read_by_ocr(rows[k]))
              and _column_numbers(rows[k], missing=int(part.from_image))):
            k = n_header = k + 1  # the header repeated, its column-number row misread by OCR on one page ("1 2 9 4")
        for r in self.rows[:n_header]:
            r.header = True
        rows = rows[k:]
        seam = Seam(part, k)
        if rows and self.rows:
            touches_bottom = self.last_bottom >= body_bottom - ROW_SPLIT_BOTTOM_LINES * pitch
            if touches_bottom and self._split_row(rows[0]) or not touches_bottom and self._goes_on_by_text(rows[0]):
                self._merge_row(rows.pop(0))
                seam.glued = True
            elif touches_bottom and self._carry_tall_cells(rows[0]):
                seam.glued = True
            elif rows:
                self._extend_vertical_merges(rows[0])
        self.rows.extend(rows)
        self.seams.append(seam)
        self.last_page, self.last_bottom = part.page, part.bbox[3]

    def _signature(self, row: JoinedRow) -> tuple:
        """Row structure and text without its spaces, on the joined grid, for header comparison (a header cell
        may wrap differently on another page: 'Запланированные' / 'Запланиров анные')."""
        return tuple((nearest(self.xs, c[0]), nearest(self.xs, c[1]), c[2], "".join(c[3].split()))
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
        numbering = self._numbering_row()
        for r in self.rows[: numbering + 1] if numbering is not None else []:
            r.header = True

    def _numbering_row(self) -> int | None:
        """The index of the column-number row (1 2 3 ...) among the table's first rows, if it has one."""
        return next((i for i, row in enumerate(self.rows[:HEADER_MAX_ROWS]) if _column_numbers(row)), None)

    def _covering(self, x0: float, x1: float) -> list | None:
        """The cell of the joined table that covers the slot (last row, x0..x1), if its extent matches."""
        last = len(self.rows) - 1
        for i in range(last, -1, -1):
            for cell in self.rows[i].cells:
                if i + cell[2] - 1 >= last and abs(cell[0] - x0) <= self.col_tol and abs(cell[1] - x1) <= self.col_tol:
                    return cell
        return None

    def _split_row(self, row: JoinedRow) -> bool:
        """Does this first row of a continuation carry on the last row of the previous page?

        A row broken by the page goes on only in columns that had text; a new row fills its first column
        (a name, a number, a group label), so a continuation leaving empty a first column that had text
        carries the row on.  Otherwise the text decides (lower-case starts and hyphens at the break say
        the row goes on, capitals say it is new), helped by the shape of the break: cells whose text had
        ended well above the page's foot, or half of the row's cells, staying empty here are what a broken
        row leaves behind (a new record fills its cells), and so is a column every earlier record of the
        table filled (its row number, its unit) staying empty.  A continuation filling only its first
        column (a group row, or a long name going on) is judged by its text, and by the row before when the text
        says nothing (a record's name goes on, a group row opens with its label)."""
        covers = []
        for cell in sorted(row.cells, key=lambda c: c[0]):
            prev = self._covering(cell[0], cell[1])
            if prev is None:
                return False
            covers.append((cell, prev))
        filled = [(c, p) for c, p in covers if c[3].strip()]
        if not filled or any(not p[3].strip() for _, p in filled):
            return False  # nothing here, or text in a column the row had left empty: a new row
        if _opens_group(filled, covers):
            return False
        if _leaves_first_text_column(covers) or _number_alone(covers) or self._leaves_row_number(covers):
            return True
        first = covers[0][0]
        score = sum(_continuation_score(p[3], c[3]) for c, p in filled)
        if len(filled) == 1 and filled[0][0] is first:
            return score > 0 or _label_goes_on(covers) or (score == 0 and _record_name_goes_on(covers))
        left_behind = [p for c, p in covers if p[3].strip() and not c[3].strip()]
        broken_shape = (any(map(_ended_early, left_behind)) or 2 * len(left_behind) >= len(left_behind) + len(filled)
                        or self._filled_by_every_record(left_behind))
        return score + (BROKEN_SHAPE_SCORE if broken_shape else 0) > 0

    def _goes_on_by_text(self, row: JoinedRow) -> bool:
        """Does the first row of a continuation carry on the last row of a table that stopped short of the page's
        foot (a break forced before the rest of a row, a Word table split in two)?  Only its text can tell: every
        cell it fills goes on from the same column's text ('Не' | 'выполнено – в связи с ...') or says nothing
        ('«Национальные информационные технологии»'), and one at least goes on."""
        scores = []
        for cell in row.cells:
            prev = self._covering(cell[0], cell[1])
            if cell[3].strip():
                if prev is None or not prev[3].strip():
                    return False
                scores.append(_continuation_score(prev[3], cell[3]))
        return bool(scores) and min(scores) >= 0 and sum(scores) > 0

    def _leaves_row_number(self, covers: list[tuple[list, list]]) -> bool:
        """Does the continuation leave empty a row-number column ("9") that every earlier record filled?  A new
        record of such a table numbers itself, and a new group row was caught before by its label, so the row
        goes on whatever its text says ('... доступом к сети' | 'Интернет')."""
        cell, prev = covers[0]
        return not cell[3].strip() and bool(_ROW_NUMBER.match(prev[3])) and self._filled_by_every_record([prev])

    def _filled_by_every_record(self, cells: list[list]) -> bool:
        """Did every earlier record of the table (a body row before the last, with two cells of text or more)
        have text over the column of one of these cells?  Cells merged down from the row above leave a record's
        column empty.  The records are found once for all the cells."""
        def filled(row: JoinedRow, cell: list) -> bool:
            return any(c[3].strip() and c[0] <= cell[0] + self.col_tol and cell[1] <= c[1] + self.col_tol
                       for c in row.cells)
        if not cells:
            return False
        numbering = self._numbering_row()
        body = self.rows[numbering + 1 if numbering is not None else 0:-1]
        records = [r for r in body if not r.header and sum(bool(c[3].strip()) for c in r.cells) >= 2]
        return len(records) >= FILLED_COLUMN_RECORDS and any(all(filled(r, cell) for r in records) for cell in cells)

    def _carry_tall_cells(self, row: JoinedRow) -> bool:
        """A row broken by the page whose part on this page is divided further: its tall cells go on beside
        new rows ('Источник' | 'информации' spanning down beside 'Значение' over 'План' | 'Факт', under
        'Отчетный год'): carry their text and span on, and keep the rest of the row as a row of its own."""
        last = self.rows[-1].cells
        tall, inside = [], []
        for cell in row.cells:
            prev = self._covering(cell[0], cell[1])
            if prev is not None:
                tall.append((cell, prev))
            elif any(p[0] - self.col_tol <= cell[0] and cell[1] <= p[1] + self.col_tol for p in last):
                inside.append(cell)
            else:
                return False
        if not inside or not tall or any(c[2] < 2 for c, _ in tall) or not any(c[3].strip() for c, _ in tall):
            return False
        for cell, prev in tall:
            prev[3] = _join_across(prev[3], prev[5], cell[3], cell[8])
            prev[2] += cell[2]
            prev[5], prev[7] = cell[5] or prev[5], cell[7]
        row.cells = inside
        return True

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
            cell[3] = _join_across(cell[3], cell[5], nxt[3], nxt[8])
            cell[2] += nxt[2] - 1
            cell[5], cell[7] = nxt[5], nxt[7]  # where the cell now ends: on this page (no last line if it ended before)

    def to_table(self, index: int) -> Table:
        """The finished layout table on the joined grid."""
        if not any(r.header for r in self.rows):
            self._guess_header()
        rows = []
        for r_index, row in enumerate(self.rows):
            cells = []
            for x0, x1, span, text, _, _, read, _, _ in sorted(row.cells, key=lambda c: c[0]):
                c0, c1 = nearest(self.xs, x0), nearest(self.xs, x1)
                cells.append(Cell(clean_text(text), r_index, c0, span, max(1, c1 - c0), **read))
            rows.append(Row(cells, page=row.page, repeated_header=row.header))
        return Table(index=index, rows=rows, n_cols=len(self.xs) - 1, page=self.page)


def _same_header_row(original: tuple, repeat: tuple, ocr: bool = False) -> bool:
    """Is a row a repetition of a header row?  LibreOffice may clip the text of a tall header cell, on
    the table's first page as well as on a repeat, so of two cells one may hold just the beginning of
    the other's text; rows read by OCR need only be alike as a whole (a letter or two may be misread or lost)."""
    if len(original) != len(repeat) or not any(c[3] for c in repeat):
        return False
    if any(o[:3] != r[:3] for o, r in zip(original, repeat, strict=True)):
        return False
    if ocr:
        return alike("".join(c[3] for c in original), "".join(c[3] for c in repeat))
    return all(bool(o[3]) == bool(r[3]) and (o[3].startswith(r[3]) or r[3].startswith(o[3]))
               for o, r in zip(original, repeat, strict=True))


def _read_by_ocr(row: JoinedRow) -> bool:
    return any(c[6] for c in row.cells)


def _part_rows(part: TablePart) -> list[JoinedRow]:
    """A part's rows as joinable rows; a cell is [x0, x1, row_span, text, first line, last line, OCR provenance,
    bottom, lines]."""
    rows = [JoinedRow([[c.x0, c.x1, c.row_span, c.text, c.lines[0] if c.lines else None,
                        c.lines[-1] if c.lines else None, provenance(c.lines, (c.x0, c.top, c.x1, c.bottom)), c.bottom,
                        c.lines]
                       for c in cells], part.page)
            for cells in part.rows()]
    for row in rows:
        _drop_header_overflow(row)
    return rows


def _drop_header_overflow(row: JoinedRow) -> None:
    """A column-number row under a header broken by the page may carry, above each number, the end of the
    header text LibreOffice let run over ('х)' + '3', 'недости' + '6'): such a row is the numbers alone."""
    cells = sorted(row.cells, key=lambda c: c[0])
    last_lines = [c[3].strip().rsplit("\n", 1)[-1].strip() for c in cells]
    if len(cells) > 2 and last_lines == [str(k) for k in range(1, len(cells) + 1)]:
        for cell, number in zip(cells, last_lines, strict=True):
            cell[3] = number


def _column_tolerance(part: TablePart) -> float:
    """How far a part's column borders may stray: exact for drawn rulings, loose for rulings found in a page
    image or borders inferred from the text between the rules (each page places them from its own lines)."""
    return SCAN_COL_MATCH_TOL if part.from_image or part.from_text else COL_MATCH_TOL


def _subset(small: list[float], big: list[float], tol: float = COL_MATCH_TOL) -> bool:
    """Is every boundary of small within tol of some boundary of big?"""
    return all(abs(big[nearest(big, x)] - x) <= tol for x in small)


def _column_numbers(row: JoinedRow, missing: int = 0) -> bool:
    """Is the row the column numbers printed under a header: "1 2 3 4"? Up to `missing` of them may be absent
    (a scan's text layer that lost a lone digit: "1 2 _ 4"), each cell holding its own number or nothing.
    A row read by OCR may instead have one of them misread as another short token ("i!" for "1", "9" for "3")."""
    texts = [c[3].strip() for c in sorted(row.cells, key=lambda c: c[0])]
    if len(texts) - missing < 2 or texts.count("") > missing:
        return False
    wrong = [text for k, text in enumerate(texts, 1) if text not in ("", str(k))]
    misread = MISREAD_COLUMN_NUMBERS if _read_by_ocr(row) and len(texts) > 3 else 0
    return (len(wrong) <= misread and len(wrong) + texts.count("") <= max(missing, misread)
            and all(len(text) <= 2 for text in wrong))


def _ended_early(cell: list) -> bool:
    """Did a cell's text end well above the bottom of its row (or on an earlier page)?"""
    last = cell[5]
    return last is None or cell[7] - last.bottom > ENDED_LINES * last.pitch


def _leaves_first_text_column(covers: list[tuple[list, list]]) -> bool:
    """Does a continuation leave empty its row's first column with text (its "№" columns empty too)?

    A new row fills it: a record its name, a group row its label.  A row number ("1.") does not count as
    that column: a group row may leave the "№" column empty, so an empty one there proves nothing alone."""
    for cell, prev in covers:
        if cell[3].strip() or not prev[3].strip():
            return False
        if not _ROW_NUMBER.match(prev[3]):
            return True
    return False


def _label_goes_on(covers: list[tuple[list, list]]) -> bool:
    """Does a group label row (only its first cell filled, with a numbered label) go on in that cell alone,
    with no label of its own ('Цель 1.2. Обеспечение ... к сети' | 'Интернет')?  A new group row opens
    with its label; a record fills more than one cell."""
    before = [p for _, p in covers if p[3].strip()]
    if len(before) != 1 or before[0] is not covers[0][1] or not _NUMBERED_ITEM.match(before[0][3]):
        return False
    return not _NUMBERED_ITEM.match(covers[0][0][3].strip()) and not _ROW_NUMBER.match(covers[0][0][3])


def _record_name_goes_on(covers: list[tuple[list, list]]) -> bool:
    """Was the last row a record (text in two columns or more), going on in its first column alone, where the
    text says nothing ('... коронавирусной инфекции' | 'COVID-19.')?  A new record fills more than its first
    column, and a new group row opens with its label (rejected before, as a numbered item is)."""
    before = [p for _, p in covers if p[3].strip()]
    return len(before) >= 2 and not _ROW_NUMBER.match(covers[0][0][3])


def _opens_group(filled: list[tuple[list, list]], covers: list[tuple[list, list]]) -> bool:
    """Is the continuation a new group row: its one filled cell opens a numbered label ('Стратегическое
    направление 1. ...') under a cell that held more than a bare number or label?  (When the page before
    ended with the table's header, not repeated, the header's '№' above the group row's empty '№' cell
    would otherwise read as a row going on.)"""
    if len(filled) != 1 or not any(filled[0][0] is c for c, _ in covers[:2]):
        return False  # a group row writes its label in its first column, or the one after the '№'
    cell, prev = filled[0]
    return bool(_GROUP_LABEL.match(cell[3].strip())) and not (_ROW_NUMBER.match(prev[3]) or _BARE_LABEL.match(prev[3].strip()))


def _number_alone(covers: list[tuple[list, list]]) -> bool:
    """Was the last row only a number ('2.'), its text going on in that one cell on the new page?  A row holding
    nothing but a number is neither a record nor a group row: a group label broken after its number
    ('2.' | 'Стратегическое направление 2. ...')."""
    before = [(c, p) for c, p in covers if p[3].strip()]
    if len(before) != 1 or not _ROW_NUMBER.match(before[0][1][3]):
        return False
    return all(bool(c[3].strip()) == (c is before[0][0]) for c, _ in covers)


def _continuation_score(prev: str, nxt: str) -> int:
    """Evidence from one column that a row continues across the page break (positive) or is new (negative).

    An empty cell says nothing: a continued row leaves empty the cells whose text ended on the page
    before, and a group row written in its first cell only leaves the others empty too."""
    prev, nxt = prev.strip(), nxt.strip()
    if not nxt:
        return 0
    if not prev:
        return -1
    if LOWER_START.match(nxt.lstrip("(«\"")) or prev[-1] in HYPHENS:
        return 2  # ("(зачисление в ...)" goes on as much as "зачисление")
    if nxt[0] in _CLOSING_PUNCTUATION:
        return 3  # a cell never opens with what closes a sentence or a quote ('... в полном объеме' | '.')
    if _DECIMAL_COMMA_END.search(prev) and nxt[0].isdigit():
        return 3  # a number broken after its decimal comma ('10 991,' | '4'): no number ends with one
    if STATUS_LINE.match(prev):
        # a status opens its cell and its explanation follows, capitalized: only a second status is a new row
        return -3 if STATUS_LINE.match(nxt.split("\n", 1)[0]) else 0
    if _NUMBERED_ITEM.match(nxt):
        return -3  # a numbered item opens a new row
    if _BARE_LABEL.match(prev):
        return 3  # the title of a group label broken off by the page ('Цель 2.2' | 'Повышение эффективности ...')
    if ends_mid_phrase(prev):
        return 3  # '... подключенных к' | 'Национальному ...': no phrase ends with a preposition
    if prev[-1] in ",–—":
        return 1  # a sentence broken after a comma or a dash goes on
    if UPPER_START.match(nxt) and not nxt[0].isdigit() and nxt[0] not in "–—-" and not _NAME_START.match(nxt):
        return -1 if SENTENCE_END.search(prev) else -2  # a capital in mid-sentence is rarer than after one
    if SENTENCE_END.search(prev):
        return -1
    return 0


def _join_across(prev: str, last: Line | None, nxt: str, lines: list[Line]) -> str:
    """Join the two halves of a cell broken by a page, with the same rules as two lines of one cell; the
    lines of the second half are glued again after its first one is glued on ('Перевып' | 'олнение' |
    'обусловл' | 'ено': 'олнение' alone is no word, 'Перевыполнение' is one)."""
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt:
        return prev or nxt
    if last is not None and lines:
        first = lines[0]
        kind = break_kind(last, first, False, opening=None if "\n" in prev else prev)
        if kind != JOIN:
            return prev + "\n" + nxt
        return cell_text(lines, glue(prev, last, first))
    if SENTENCE_END.search(prev) and UPPER_START.match(nxt):
        return prev + "\n" + nxt
    return prev + " " + nxt
