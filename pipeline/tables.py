"""Table interpretation: which tables hold risks and indicators, header rows -> column roles,
group rows -> direction/goal, data rows -> rows of text by role.

Columns are found by their header wording (with synonyms), never by position, so extra columns
("№ п/п"), another order, or "План"/"Факт" under a spanning "Отчетный период" all map the same way.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

import regex

from pipeline import vocabulary
from pipeline.layout import Table
from pipeline.numbers import parse_indicator_status, parse_risk_status
from pipeline.sections import INDICATORS, RISKS, Group, Parts, label_lines, parse_group_label

RISK, INDICATOR = "risk", "indicator"
MAX_HEADER_ROWS = 4
MAX_HEADER_CELL_LENGTH = 200


def header_role(role: str, table: str, *patterns: str) -> tuple[str, regex.Pattern]:
    """A column role and its header wording: the vocabulary's stems for it, and the patterns a stem cannot say."""
    stems = vocabulary.alternation(vocabulary.words("column_headers", role=role, table=f"{table}|both"))
    return role, regex.compile("|".join(p for p in (stems, *patterns) if p), regex.IGNORECASE)


# "информация о(б) ...": the space before "о" maybe lost by OCR, and the one after it where a narrow column's
# header broken mid-word ("Информ" / "аци я о достижении") is matched with its spaces squashed (map_columns); a
# scan's "о" and "б" may come back as the digits of their shapes ("Информация 00 исполнении", "06")
_INFO_ABOUT = r"информаци\w*?\s*[о0][б60]?\s*"
# A header word a scan gave back in Latin letters and digits of its Cyrillic letters' shapes ("Ед. U3M." for "Ед.
# изм."): read in those letters when the header as read takes no role (map_columns).
_CYRILLIC_OF_SHAPE = str.maketrans("ABCEHKMOPTXYUaceopxyuk306", "авсенкмортхуиасеорхуикзоб")
_LATIN_TOKEN = regex.compile(r"\S*\p{Latin}\S*")

# Role -> header wording. Order matters: the first role whose pattern matches a column wins,
# so the more specific wordings come first ("Фактическое исполнение мероприятий по управлению рисками"
# is `actual_measures`, although it also mentions risks).
NUMBER_ROLE = header_role("number", "both", r"^\s*(?:№|n|no\.?)\s*(?:п\s*/\s*п)?\s*$|^\s*п\s*/\s*п\s*$")
# A direction or goal written in a column of its own rather than in group rows.
GROUP_COLUMN_ROLES = [
    header_role("direction_column", "both", r"^\s*(?:наименование\s+)?стратегическ\w*\s+направлени"),
    header_role("goal_column", "both", r"^\s*(?:наименование\s+)?(?:стратегическ\w*\s+)?цел[иьей]\b"),
]
COMMENT_ROLE = header_role("comment", "both")
RISK_ROLES: list[tuple[str, regex.Pattern]] = [
    NUMBER_ROLE,
    *GROUP_COLUMN_ROLES,
    header_role("actual_measures", RISK,
                r"выполненн\w*\s+мероприят|исполнени\w*\s+мероприят|(?:ход|результат\w*)\s+исполнени"),
    header_role("planned_measures", RISK),
    # "Возможные последствия в случае непринятия мер по управлению рисками": not the risk, though it says "рисками"
    header_role("consequences", RISK),
    header_role("risk", RISK),
    COMMENT_ROLE,
    # "Информацияо достижении": a scan's centred header may lose the narrow space before "о" (_INFO_ABOUT)
    header_role("status", RISK, _INFO_ABOUT + r"(?:исполнени|выполнени)"),
]
INDICATOR_ROLES: list[tuple[str, regex.Pattern]] = [
    NUMBER_ROLE,
    *GROUP_COLUMN_ROLES,
    header_role("source", INDICATOR),
    header_role("unit", INDICATOR, r"ед\w*\.?\s*изм|единиц\w*\s+измерени|^\s*ед\.?\s*$"),
    # "План" / "Плановое значение", but not "Запланированные мероприятия" of a risk table
    header_role("plan", INDICATOR,
                r"(?<![а-яё])план(?![а-яё])|(?<![а-яё])планов\w*\s*значени|(?<![а-яё])планов(?:ое|ый)\b"),
    header_role("fact", INDICATOR,
                r"(?<![а-яё])факт(?![а-яё])|фактическ\w*\s+(?:значени|показател|уров|данн|исполнени|выполнени)"),
    COMMENT_ROLE,
    header_role("status", INDICATOR,
                _INFO_ABOUT + r"(?:исполнени|выполнени|достижени|недостижени)"),
    header_role("name", INDICATOR),
]
REQUIRED = {RISK: {"risk"}, INDICATOR: {"name", "plan", "fact"}}
ROLES = {RISK: RISK_ROLES, INDICATOR: INDICATOR_ROLES}
STATUS_PARSERS = {RISK: parse_risk_status, INDICATOR: parse_indicator_status}
# Among several plan or fact columns (e.g. last year's fact beside this year's), prefer the reporting period.
REPORTING_PERIOD_RE = regex.compile(r"отч[её]тн", regex.IGNORECASE)
HEADER_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
COLUMN_NUMBER_RE = regex.compile(r"^\s*\d{1,2}\s*[.)]?\s*$")
MISREAD_NUMBER_ROW_MIN = 4  # a column-number row this long may hold one number OCR misread
NOT_DIGIT_RE = regex.compile(r"\D")
SPECK_RE = regex.compile(r"[^\p{L}\p{N}]")  # what OCR makes of dust and rules: brackets, bars, dashes
LETTER_RE = regex.compile(r"\p{L}")
MISREAD_NUMBER_MAX_LENGTH = 6
# "2019 год" over a pair of plan/fact columns: a header cell, not data.
YEAR_HEADER_RE = regex.compile(r"^\s*(?:19|20)\d\d\s*(?:год|г\.?)?\s*$", regex.IGNORECASE)
# A sentence, as a record's cell holds and a header cell never does: four words or more, the line ending in a
# full stop after a word (not after an abbreviation: "тыс.", "ед. изм.", "г.").
SENTENCE_RE = regex.compile(r"(?:\S+[^\S\n]+){3,}\p{Ll}{5,}\.[^\S\n]*$", regex.MULTILINE)
RECORD_SENTENCE_RE = regex.compile(r"(?:\S+[^\S\n]+){3,}\S{4,}\.[^\S\n]*$", regex.MULTILINE)
# "1.", "1.1.", "II" in the "№" cell of a group row, before the label itself; OCR reads a point of a row number as a
# comma ("1,2", "2,") often enough that a comma is taken too: no group row is numbered with a decimal.
ROW_NUMBER_RE = regex.compile(r"^\s*(?:\d+(?:[.,]\d+)*|[IVXLC]+)\s*[.),]?\s*$")


@dataclass
class ColumnMap:
    kind: str
    roles: dict[str, int]  # role -> grid column
    header_rows: list[list[str]]  # per header row, text per grid column (spanning cells repeated)
    unmapped: list[str] = field(default_factory=list)  # header wordings no role claimed


@dataclass
class GroupContext:
    """The direction and goal in force at the current row."""

    direction: Optional[Group] = None
    goal: Optional[Group] = None

    def enter(self, group: Group) -> None:
        if group.kind == "direction":
            self.direction, self.goal = group, None
        elif group.kind == "goal":
            self.goal = group


@dataclass
class TableRow:
    """One data row, its text by role, and where it came from."""

    table: int
    row: int
    page: Optional[int]
    values: dict[str, str]
    direction: Optional[Group]
    goal: Optional[Group]
    bbox: Optional[tuple] = None  # read by OCR: the row's box on its page (points)
    confidence: Optional[float] = None  # read by OCR: the least sure of its cells


def row_provenance(cells: list) -> tuple[Optional[tuple], Optional[float]]:
    """Box around a row's cells read by OCR, and the lowest of their confidences (None, None for text)."""
    read = [c for c in cells if c.bbox is not None]
    if not read:
        return None, None
    box = (min(c.bbox[0] for c in read), min(c.bbox[1] for c in read),
           max(c.bbox[2] for c in read), max(c.bbox[3] for c in read))
    sure = [c.confidence for c in read if c.confidence is not None]
    return box, (min(sure) if sure else None)


def spanned_row_texts(table: Table, r: int) -> list[str]:
    """Texts of row r per grid column, a spanning cell's text repeated over every column it covers,
    including rows below it for a vertically merged header cell."""
    texts = [""] * table.n_cols
    for i in range(max(0, r - MAX_HEADER_ROWS), r + 1):
        for cell in table.rows[i].cells:
            if i + cell.row_span > r:
                for c in range(cell.col, min(cell.col + cell.col_span, table.n_cols)):
                    texts[c] = cell.text
    return texts


def is_column_number_row(texts: list[str]) -> bool:
    """'1 2 3 4 ...': the row of column numbers under the header; in a row of at least four, one of them may be
    misread by OCR as another short token ('i 2 3 4 5 6 7', '(нк 2 3 4 5 6': specks around it do not count), the
    others standing each at its own place."""
    values = [t.strip() for t in texts if t.strip()]
    if len(values) < 2:
        return False
    if all(COLUMN_NUMBER_RE.match(v) for v in values):
        numbers = [int(NOT_DIGIT_RE.sub("", v)) for v in values]
        if numbers == sorted(numbers) and len(set(numbers)) == len(numbers):
            return True
    misread = [v for k, v in enumerate(values, 1) if NOT_DIGIT_RE.sub("", v) != str(k)]
    if len(values) < MISREAD_NUMBER_ROW_MIN or len(misread) != 1:
        return False
    # In a longer row a number and the specks around it may read as a few letterless characters ('2 224' for '4')
    return len(SPECK_RE.sub("", misread[0])) <= 2 or (len(values) > MISREAD_NUMBER_ROW_MIN and len(misread[0]) <= MISREAD_NUMBER_MAX_LENGTH
                                    and not LETTER_RE.search(misread[0]))


def group_of_row(table: Table, r: int) -> list[Group]:
    """The direction/goal/task labels of a group row: merged across the row or written in one cell only,
    possibly several in one cell ("Стратегическое направление 1. ...\nЦель 1.1. ...")."""
    texts = [c.text for c in table.rows[r].cells if c.text.strip()]
    if len(texts) > 1 and ROW_NUMBER_RE.match(texts[0]):
        texts = texts[1:]  # the row's number in a "№" column
    if not texts:
        return []
    groups = groups_in_cell(texts[0])
    if not groups or len(texts) > 2:
        return []
    if len(texts) == 2:  # label in one cell, its title in the next
        if len(groups) > 1 or groups[0].title is not None:
            return []
        return [Group(groups[0].kind, groups[0].number, " ".join(texts[1].split()))]
    return groups


def groups_in_cell(text: str) -> list[Group]:
    """Labels of a cell; a line starting a new label splits it from the previous one's title, and so does a label
    starting inside a line ("Стратегическое направление 2. Title Цель 2.1. Title")."""
    chunks: list[str] = []
    for line in label_lines(text):
        if chunks and parse_group_label(line) is None:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
    groups = [group for chunk in chunks if (group := parse_group_label(chunk)) is not None]
    return groups if len(groups) == len(chunks) else []


def _role_of(header: str, roles) -> Optional[str]:
    for role, pattern in roles:
        if pattern.search(header):
            return role
    return None


def _squashed(text: str) -> str:
    """The text without its white space ('Источни к' -> 'Источник')."""
    return "".join(text.split())


def _in_cyrillic_shapes(text: str) -> str:
    """The words holding Latin letters read as the Cyrillic letters of their signs' shapes ('Ед. U3M.' -> 'Ед. изм.')."""
    return _LATIN_TOKEN.sub(lambda m: m.group().translate(_CYRILLIC_OF_SHAPE), text)


def _column_headers(header_rows: list[list[str]]) -> list[str]:
    """Per grid column, the header wording of all header rows from the top ('Отчетный период План')."""
    n = len(header_rows[0])
    out = []
    for c in range(n):
        seen: list[str] = []
        for row in header_rows:
            if row[c] and row[c] not in seen:
                seen.append(row[c])
        out.append(" ".join(" ".join(seen).split()))
    return out


def _leaf_header(header_rows: list[list[str]], c: int) -> str:
    """The lowest non-empty header text of column c ('План' under 'Отчетный период')."""
    for row in reversed(header_rows):
        if row[c]:
            return row[c]
    return ""


def map_columns(header_rows: list[list[str]], kind: str) -> ColumnMap:
    """Assign a role to each column by its header wording."""
    headers = _column_headers(header_rows)
    candidates: dict[str, list[int]] = {}
    unmapped: list[str] = []
    for c, header in enumerate(headers):
        if not header:
            continue
        leaf = _leaf_header(header_rows, c)
        # squashed: a header word broken by a page or a narrow column and read as two ('Источни' | 'к')
        role = (_role_of(leaf, ROLES[kind]) or _role_of(header, ROLES[kind]) or _role_of(_squashed(header), ROLES[kind])
                or _role_of(_in_cyrillic_shapes(header), ROLES[kind]))
        if role is None:
            if header not in unmapped:
                unmapped.append(header)
            continue
        if c > 0 and headers[c - 1] == header and role in candidates:
            continue  # a horizontally merged header cell covering two grid columns
        candidates.setdefault(role, []).append(c)
    plan_year = _header_year(headers[_prefer_reporting_period(candidates["plan"], headers)]) if "plan" in candidates else None
    roles = {role: _prefer_reporting_period(cols, headers, plan_year) for role, cols in candidates.items()}
    return ColumnMap(kind, roles, header_rows, unmapped)


def _prefer_reporting_period(columns: list[int], headers: list[str], plan_year: Optional[int] = None) -> int:
    """Of several columns of a role: the reporting period's, else the plan's year ("План на 2021 | Факт 2021 |
    Факт 2020"), else the latest year, else the last."""
    if len(columns) == 1:
        return columns[0]
    reporting = [c for c in columns if REPORTING_PERIOD_RE.search(headers[c])]
    if reporting:
        return reporting[-1]
    years = {c: _header_year(headers[c]) for c in columns}
    same_year = [c for c in columns if plan_year is not None and years[c] == plan_year]
    dated = sorted((years[c], c) for c in columns if years[c] is not None)
    return (same_year or [c for _, c in dated[-1:]] or columns)[-1]


def _header_year(header: str) -> Optional[int]:
    m = HEADER_YEAR_RE.search(header)
    return int(m.group(0)) if m else None


def _looks_like_header_row(texts: list[str], kind: str) -> bool:
    values = [t for t in dict.fromkeys(texts) if t.strip()]
    if not values or any(len(v) > MAX_HEADER_CELL_LENGTH or _is_status_value(v, kind) for v in values):
        return False
    matched = sum(1 for v in values if _role_of(v, ROLES[kind]) or v.lower().startswith("отч") or YEAR_HEADER_RE.match(v))
    return matched * 2 >= len(values)


def _is_status_value(text: str, kind: str) -> bool:
    """A status as a data cell states it ("Исполнено"): never a header wording, however short the row."""
    status = STATUS_PARSERS[kind](text)
    return status.status is not None and status.comment is None


def _record_sentences(texts: list[str]) -> int:
    """How many cells end in a sentence of a record: four words or more, the last of four characters or more
    before its full stop ('... счетов-фактур.', '... 2017 года.'; not a header's 'на 2021 г.')."""
    return sum(1 for t in dict.fromkeys(texts) if RECORD_SENTENCE_RE.search(t))


def find_header(table: Table, kind: str) -> tuple[list[list[str]], int]:
    """The header rows of a table (texts per column) and the index of the first row after them."""
    header_rows: list[list[str]] = []
    r = 0
    while r < min(len(table.rows), MAX_HEADER_ROWS):
        texts = spanned_row_texts(table, r)
        if group_of_row(table, r) or not _looks_like_header_row(texts, kind):
            break
        if header_rows and any(SENTENCE_RE.search(t) for t in texts) or _record_sentences(texts) >= 2:
            break  # a record, its wording close to a header's ("Недовыполнение плана ..."), below the header or
            # opening a table that continues the one before without one (two sentences: no header is worded so)
        header_rows.append(texts)
        r += 1
    return header_rows, r


def classify_table(table: Table) -> Optional[ColumnMap]:
    """Map a table as a risk or an indicator table by its header; None if neither fits."""
    best: Optional[ColumnMap] = None
    for kind in (INDICATOR, RISK):
        header_rows, _ = find_header(table, kind)
        if not header_rows:
            continue
        mapping = map_columns(header_rows, kind)
        if REQUIRED[kind] <= set(mapping.roles):
            if best is None or len(mapping.roles) > len(best.roles):
                best = mapping
    return best


def data_rows(tables: Iterable[Table], kind: str, context: Optional[GroupContext] = None):
    """Records of one part's tables, in order; a table without its own header continues the previous one.

    Yields TableRow items, and ColumnMap items for each table whose header was read (for validation).
    """
    context = context or GroupContext()
    mapping: Optional[ColumnMap] = None
    for table in tables:
        header_rows, start = find_header(table, kind)
        if header_rows:
            candidate = map_columns(header_rows, kind)
            if REQUIRED[kind] <= set(candidate.roles) or mapping is None:
                mapping = candidate
                yield mapping
        if mapping is None or not (REQUIRED[kind] <= set(mapping.roles)):
            continue
        if len(mapping.header_rows[0]) != table.n_cols and not header_rows:
            continue
        yield from _rows_of(table, start, mapping, context)


def _rows_of(table: Table, start: int, mapping: ColumnMap, context: GroupContext):
    header_texts = {" ".join(t) for t in mapping.header_rows}
    filled_down: dict[int, tuple[str, int]] = {}
    continued: set[int] = set()  # rows read as the second half of a group row broken by a page
    for r in range(start, len(table.rows)):
        if r in continued:
            continue
        row = table.rows[r]
        groups = group_of_row(table, r)
        if not groups or groups[-1].title is None:
            joined = _group_broken_by_page(table, r)
            if joined:
                groups = joined
                continued.add(r + 1)
        if groups:
            for group in groups:
                context.enter(group)
            continue
        texts = table.row_texts(r)
        if is_column_number_row(texts) or " ".join(spanned_row_texts(table, r)) in header_texts:
            continue
        texts = _fill_vertical_spans(table, r, texts, filled_down)
        values = {role: texts[c] for role, c in mapping.roles.items() if c < len(texts)}
        _enter_group_columns(values, context)
        if is_subheading(values, mapping.kind):
            continue
        yield TableRow(table.index, r, row.page, values, context.direction, context.goal, *row_provenance(row.cells))


def _lone_text(table: Table, r: int) -> Optional[str]:
    """The text of a row with one filled cell, or None."""
    if not 0 <= r < len(table.rows):
        return None
    texts = [c.text for c in table.rows[r].cells if c.text.strip()]
    return texts[0] if len(texts) == 1 else None


def _next_page_half(table: Table, r: int) -> Optional[str]:
    """The lone text of row r + 1 when row r is a lone text too and the page changes between them (in a PDF a
    row broken by the page that the reader could not glue back comes as two such rows)."""
    if _lone_text(table, r) is None or r + 1 >= len(table.rows):
        return None
    here, there = table.rows[r].page, table.rows[r + 1].page
    if here is None or there is None or here == there:
        return None
    return _lone_text(table, r + 1)


def _group_broken_by_page(table: Table, r: int) -> list[Group]:
    """The labels of a group row broken by a page into two rows ('Стратегическое направление' | '3. Title',
    'Цель 2.1.' | 'Title'), read from the two halves joined; [] when they do not read as labels."""
    rest = _next_page_half(table, r)
    if rest is None or groups_in_cell(rest):
        return []
    first = _lone_text(table, r) or ""
    return groups_in_cell(first + " " + rest) if ROW_NUMBER_RE.match(first) is None else []


def _enter_group_columns(values: dict[str, str], context: GroupContext) -> None:
    """A direction or goal column ("Цель | Риск | ...") sets the context like a group row would."""
    for role, kind in (("direction_column", "direction"), ("goal_column", "goal")):
        text = values.pop(role, "")
        if text:
            parsed = parse_group_label(text)
            context.enter(parsed if parsed and parsed.kind == kind else Group(kind, None, " ".join(text.split())))


def is_subheading(values: dict[str, str], kind: str) -> bool:
    """An empty row, or an indicator row with nothing but a name ("Показатели прямых результатов")."""
    filled = {role for role, v in values.items() if v and role != "number"}
    return not filled or (kind == INDICATOR and filled == {"name"})


def _fill_vertical_spans(table: Table, r: int, texts: list[str], open_cells: dict[int, tuple[str, int]]) -> list[str]:
    """A data cell merged over several rows gives its text to each of them (open_cells: column -> text, first row past it)."""
    texts = list(texts)
    for cell in table.rows[r].cells:
        for c in range(cell.col, cell.col + cell.col_span):
            open_cells.pop(c, None)
        if cell.row_span > 1:
            open_cells[cell.col] = (cell.text, cell.row + cell.row_span)
    for c, (text, until) in list(open_cells.items()):
        if r >= until:
            del open_cells[c]
        elif not texts[c]:
            texts[c] = text
    return texts


# --- the tables of a document ---------------------------------------------------------------

@dataclass
class TableParts:
    """The tables of each kind in document order, their rows, and the column maps read from their headers."""

    tables: dict[str, list[Table]] = field(default_factory=lambda: {RISK: [], INDICATOR: []})
    rows: dict[str, list[TableRow]] = field(default_factory=lambda: {RISK: [], INDICATOR: []})
    column_maps: list[ColumnMap] = field(default_factory=list)


def read_tables(parts: Parts) -> TableParts:
    """Sort the tables outside the note into risk and indicator tables, then read their rows."""
    out = TableParts()
    previous: Optional[tuple[str, int]] = None  # kind and width of the last table read
    sections = ((None, parts.preamble), (RISK, parts.blocks[RISKS]), (INDICATOR, parts.blocks[INDICATORS]))
    for section_kind, blocks in sections:
        for table in (b for b in blocks if isinstance(b, Table)):
            kind = table_kind(table, section_kind, previous)
            if kind is not None:
                out.tables[kind].append(table)
                previous = (kind, table.n_cols)
    for kind, tables in out.tables.items():
        for item in data_rows(tables, kind):
            if isinstance(item, ColumnMap):
                out.column_maps.append(item)
            else:
                out.rows[kind].append(item)
    return out


def table_kind(table: Table, section_kind: Optional[str], previous: Optional[tuple[str, int]]) -> Optional[str]:
    """Risk or indicator table: by its header; a headerless table continues the previous one."""
    mapping = classify_table(table)
    if mapping is not None:
        return mapping.kind
    if section_kind is not None and find_header(table, section_kind)[0]:
        return section_kind
    if previous is not None and previous[1] == table.n_cols:
        return previous[0]
    return None
