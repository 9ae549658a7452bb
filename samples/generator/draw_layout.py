"""How a generated report looks: typography, column order and widths, header rows, group rows, page breaks.

Header rows are built from one path of labels per column, top to bottom: a label shared by adjacent
columns becomes one cell spanning them ("Отчетный период" over "План | Факт"), a column whose own label
sits higher than the last header row is merged down to it (vMerge).
"""
from __future__ import annotations

import random
from typing import Optional, Union

from generator import wording
from generator.model import GroupRow, Record, Table, Typography
from sample_model import HeaderCell

FONTS = ["Times New Roman", "Liberation Serif", "Liberation Sans", "Arial", "DejaVu Serif", "DejaVu Sans",
         "PT Serif", "PT Sans", "Noto Serif", "Noto Sans"]
BODY_SIZES = [9, 10, 10.5, 11, 12, 12, 13, 14]
LINE_SPACINGS = [240, 240, 252, 264, 276, 288, 312, 336, 360]  # 1.0 .. 1.5 lines
USABLE_WIDTH_CM = {"portrait": 17.0, "landscape": 25.7}  # A4 less the 2.5 cm and 1.5 cm side margins
BASE_WIDTHS = {"no": 1.0, "risk": 4.5, "planned": 4.5, "actual": 6.5, "status": 3.2, "name": 6.0, "source": 3.2,
               "unit": 1.9, "plan": 1.9, "fact": 1.9, "comment": 3.2}
NARROW_ROLES = ["source", "unit", "status", "plan", "fact"]  # columns real reports make narrow
# Widths counted in characters of the table font (a Cyrillic letter is about half an em wide), plus the padding:
NARROW_CHARS = (7, 12)  # a narrow column holds 7-12 letters a line: long words break mid-word
MIN_CHARS = {"no": 4}  # the narrowest any column gets; others: DEFAULT_MIN_CHARS
DEFAULT_MIN_CHARS = 7
CHAR_EM = 0.5
CELL_PADDING_CM = 0.2
PT_PER_CM = 28.35
BREAK_MODES = ["split", "split", "split_header", "continuation"]
# LibreOffice clips a row that may not split but is taller than a page (Word splits it): keep such rows splittable.
CANT_SPLIT_MAX_CHARS = 700

Path = list[tuple]  # per header level: ("leaf", text) | ("span", group id, text) | ("cont",)


def draw_typography(rng: random.Random) -> Typography:
    """Fonts of Debian packages (and the Word names LibreOffice maps onto them), 9-14 pt, spacing 1.0-1.5."""
    body_font = rng.choice(FONTS)
    body_size = rng.choice(BODY_SIZES)
    return Typography(
        body_font=body_font,
        table_font=body_font if rng.random() < 0.6 else rng.choice(FONTS),
        body_size=body_size,
        table_size=max(8.0, min(12.0, body_size - rng.choice([0, 1, 1, 2]))),
        align=rng.choice(["both", "both", "left"]),
        table_align=rng.choice(["left", "left", "both"]),
        line=rng.choice(LINE_SPACINGS),
        table_line=rng.choice([240, 240, 240, 264, 276]),
        first_indent=rng.choice([0.0, 0.75, 1.0, 1.25, 1.25]),
        space_after=rng.choice([0.0, 0.0, 3.0, 6.0]),
    )


class LayoutDrawer:
    """Draws the geometry of a report's two tables."""

    def __init__(self, rng: random.Random, year: int, seed: int, table_size: float):
        self.rng = rng
        self.year = year
        self.seed = seed
        self.char_cm = table_size * CHAR_EM / PT_PER_CM

    # ------------------------------------------------------------------ tables
    def table(self, kind: str, rows: list[Union[GroupRow, Record]], orientation: str, with_comment: bool) -> Table:
        """A table of one kind around its rows, with random columns, header and group style."""
        rng = self.rng
        depth = rng.choice([1, 1, 2, 2, 3])
        with_number = rng.random() < 0.45
        roles, variant = (self.indicator_columns(depth, with_comment) if kind == "indicators"
                          else self.risk_columns(depth))
        if with_number:
            roles = ["no"] + roles
        width = USABLE_WIDTH_CM["portrait" if orientation == "portrait" else "landscape"]
        widths, narrow = self.widths(roles, width)
        paths = self.indicator_paths(roles, depth, variant) if kind == "indicators" else self.risk_paths(roles, depth)
        group_style = rng.choice(["merged", "merged", "first_cell", "number_cell" if with_number else "first_cell"])
        table = Table(
            kind=kind,
            columns=list(zip(roles, widths, strict=True)),
            narrow_role=narrow,
            header=header_rows(paths),
            rows=rows,
            numbering_row=rng.random() < 0.5,
            repeat_header=rng.random() < 0.7,
            group_style=group_style,
            cant_split=rng.random() < 0.15 and longest_cell(rows) <= CANT_SPLIT_MAX_CHARS,
        )
        self.number_rows(table)
        self.forced_break(table)
        return table

    def indicator_columns(self, depth: int, with_comment: bool) -> tuple[list[str], str]:
        """Column roles in order; plan and fact always side by side (a header may span them)."""
        rng = self.rng
        rest = ["source", "unit", "pf", "status"]
        rng.shuffle(rest)
        variant = "b" if depth == 3 and rng.random() < 0.5 else "a"
        if variant == "b" or (rest.index("status") < rest.index("pf") and rng.random() < 0.75):
            rest.remove("status")
            rest.insert(rest.index("pf") + 1, "status")
        if with_comment:
            rest.insert(rest.index("status") + 1, "comment")
        order = ["name"] + rest if rng.random() < 0.9 else rest[:1] + ["name"] + rest[1:]
        roles = []
        for role in order:
            roles += ["plan", "fact"] if role == "pf" else [role]
        return roles, variant

    def risk_columns(self, depth: int) -> tuple[list[str], str]:
        """Risk first; planned and actual side by side under a two-row header, then the status under three."""
        rng = self.rng
        if depth == 3:
            return ["risk", "planned", "actual", "status"], "a"
        if depth == 2:
            blocks = [["planned", "actual"], ["status"]]
            rng.shuffle(blocks)
            return ["risk"] + blocks[0] + blocks[1], "a"
        rest = ["planned", "actual", "status"]
        if rng.random() < 0.3:
            rng.shuffle(rest)
        return ["risk"] + rest, "a"

    def leaf(self, kind: str, role: str) -> str:
        """A single-row header wording for a role."""
        table = wording.INDICATOR_HEADERS if kind == "indicators" else wording.RISK_HEADERS
        return self.rng.choice(table[role]).format(year=self.year)

    def indicator_paths(self, roles: list[str], depth: int, variant: str) -> list[Path]:
        """Label paths of an indicator header of 1-3 rows."""
        rng = self.rng
        plan_leaf, fact_leaf = rng.choice(wording.PLAN_FACT_LEAVES)
        span = rng.choice(wording.PLAN_FACT_SPANS).format(year=self.year)
        paths = []
        for role in roles:
            if depth == 1 or role not in ("plan", "fact", "status") or (role == "status" and variant != "b"):
                paths.append(_down(("leaf", self.leaf("indicators", role)), depth))
                continue
            leaf = {"plan": plan_leaf, "fact": fact_leaf}.get(role)
            if depth == 2:
                paths.append([("span", "pf", span), ("leaf", leaf)])
            elif variant == "a":
                top = rng.choice(wording.PLAN_FACT_TOPS) if role == "plan" else paths[-1][0][2]
                paths.append([("span", "top", top), ("span", "pf", span), ("leaf", leaf)])
            else:
                top = f"Отчетный {self.year} год"
                if role == "status":
                    paths.append([("span", "top", top), ("leaf", self.leaf("indicators", "status")), ("cont",)])
                else:
                    paths.append([("span", "top", top), ("span", "pf", "Значение"), ("leaf", leaf)])
        return paths

    def risk_paths(self, roles: list[str], depth: int) -> list[Path]:
        """Label paths of a risk header of 1-3 rows."""
        rng = self.rng
        planned_leaf, actual_leaf = rng.choice(wording.RISK_MEASURE_LEAVES)
        span = rng.choice(wording.RISK_MEASURE_SPANS)
        execution, actual3, status3 = wording.RISK_STATUS_SPANS[0]
        paths = []
        for role in roles:
            if depth == 1 or role in ("no", "risk") or (depth == 2 and role == "status"):
                paths.append(_down(("leaf", self.leaf("risks", role)), depth))
            elif depth == 2:
                paths.append([("span", "m", span), ("leaf", planned_leaf if role == "planned" else actual_leaf)])
            elif role == "planned":
                paths.append([("span", "m", span), ("leaf", planned_leaf), ("cont",)])
            else:
                paths.append([("span", "m", span), ("span", "e", execution),
                              ("leaf", actual3 if role == "actual" else status3)])
        return paths

    def widths(self, roles: list[str], usable: float) -> tuple[list[float], Optional[str]]:
        """Column widths: the usual proportions varied, sometimes one column so narrow that words break
        (the narrow column's role is returned too)."""
        rng = self.rng
        widths = [BASE_WIDTHS[r] * rng.uniform(0.6, 1.5) for r in roles]
        narrow = None
        if rng.random() < 0.3:
            narrow = rng.choice([i for i, r in enumerate(roles) if r in NARROW_ROLES])
        total = usable * rng.uniform(0.88, 1.0)
        fixed = self.chars_cm(rng.uniform(*NARROW_CHARS)) if narrow is not None else 0.0
        free = sum(w for i, w in enumerate(widths) if i != narrow)
        out = []
        for i, w in enumerate(widths):
            w = fixed if i == narrow else w * (total - fixed) / free
            out.append(round(max(w, self.chars_cm(MIN_CHARS.get(roles[i], DEFAULT_MIN_CHARS))), 2))
        return out, roles[narrow] if narrow is not None else None

    def chars_cm(self, chars: float) -> float:
        """The width of a column holding this many letters of the table font a line."""
        return chars * self.char_cm + CELL_PADDING_CM

    def number_rows(self, table: Table) -> None:
        """The "№ п/п" of records (1, 2, ...) and of group rows in the number-cell style."""
        if table.columns[0][0] != "no":
            return
        style = self.rng.choice(["{n}", "{n}.", "{n}"])
        n = 0
        for row in table.rows:
            if isinstance(row, Record):
                n += 1
                row.cells["no"] = style.format(n=n)
            elif table.group_style != "number_cell":
                row.number = None

    def forced_break(self, table: Table) -> None:
        """Now and then a page break forced before one body row, the row position cycling with the seed."""
        rng = self.rng
        if rng.random() >= 0.35 or len(table.rows) < 2:
            return
        position = 1 + self.seed % (len(table.rows) - 1)
        mode = rng.choice(BREAK_MODES)
        table.breaks[position] = mode
        if mode == "continuation":
            table.continuation_text = rng.choice(wording.CONTINUATION_WORDINGS)


def longest_cell(rows: list) -> int:
    return max((len(text) for r in rows if isinstance(r, Record) for text in r.cells.values()), default=0)


def _down(first: tuple, depth: int) -> Path:
    """A column whose label fills the header from this row down (merged vertically)."""
    return [first] + [("cont",)] * (depth - 1)


def header_rows(paths: list[Path]) -> list[list[HeaderCell]]:
    """Header cells row by row from the columns' label paths."""
    depth = len(paths[0])
    rows: list[list[HeaderCell]] = []
    for level in range(depth):
        cells: list[HeaderCell] = []
        c = 0
        while c < len(paths):
            token = paths[c][level]
            if token[0] == "cont":
                cells.append(HeaderCell("", vmerge="continue"))
                c += 1
            elif token[0] == "leaf":
                below = level + 1 < depth and paths[c][level + 1][0] == "cont"
                cells.append(HeaderCell(token[1], vmerge="restart" if below else None))
                c += 1
            else:
                span = 1
                while c + span < len(paths) and paths[c + span][level][:2] == token[:2]:
                    span += 1
                cells.append(HeaderCell(token[2], span=span))
                c += span
        rows.append(cells)
    return rows


def break_kinds(table: Table) -> list[str]:
    """What follows each forced break: "group" or "record", with the mode ("split:group")."""
    out = []
    for position, mode in sorted(table.breaks.items()):
        row = table.rows[position]
        out.append(f"{mode}:{'group' if isinstance(row, GroupRow) else 'record'}")
    return out
