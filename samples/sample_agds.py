"""agds_2019: a faithful rebuild of the real seed report, parsed from its plain-text dump.

The dump writes body paragraphs as lines, a table cell as a line starting with a TAB (its further
lines follow without a TAB), a blank line between rows. Inside a cell, blank-line-separated blocks
become paragraphs and the single line breaks inside a block become soft breaks.
"""
from __future__ import annotations

import re
from pathlib import Path

from sample_model import (
    HeaderCell,
    IndicatorRow,
    Para,
    ReportInfo,
    RiskRow,
    Sample,
    TableSpec,
    parse_group,
)

SEED_NAME = "000_2d6b93e50b15151d.txt"
RISK_SECTION = "1. Анализ управления рисками"
INDICATOR_SECTION = "2. Достижение целей и целевых индикаторов"
NOTE_SECTION = "3. Аналитическая записка"
HEADING = re.compile(r"^(Стратегическое направление \d+\.|Цель \d+\.\d+\.)")
SENTENCE_END = (".", ":", ";", ")", "*")

# Tracked changes laid over the seed text: (cell snippet as in the seed, the same with markup).
TRACKED_CHANGE = (
    "Это сократило время на проведение конкурсов.",
    "Это сократило {-почти вдвое -}{+время на проведение+} конкурсов.",
)
# Non-breaking spaces added inside numbers of the note (the seed already has a few of its own).
NBSP_NUMBERS = ("45 375 человек", "24 987 человек")


def seed_path() -> Path:
    """Where the seed dump lives: ../shared/seeds/ next to the repository."""
    return Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED_NAME


def blocks_to_rich(lines: list[str]) -> str:
    """Lines of one cell -> rich text: blank lines split paragraphs, other breaks become soft breaks."""
    paragraphs, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    return "\n\n".join(paragraphs)


def split_cells(lines: list[str]) -> list[str]:
    """The cells of a table region, in order, as rich text (a cell starts at a TAB-led line)."""
    cells: list[list[str]] = []
    for line in lines:
        if line.startswith("\t"):
            assert "\t" not in line[1:], line
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)
        else:
            assert not line.strip(), f"text before the first cell: {line!r}"
    return [blocks_to_rich(c) for c in cells]


def take_rows(cells: list[str], width: int, make_row) -> list:
    """Group cells into body rows: a group label is a one-cell row, anything else takes `width` cells."""
    rows, i = [], 0
    while i < len(cells):
        if HEADING.match(cells[i]):
            rows.append(parse_group(cells[i]))
            i += 1
        else:
            rows.append(make_row(*cells[i : i + width]))
            i += width
    assert i == len(cells)
    return rows


def risk_table(lines: list[str]) -> TableSpec:
    """The risk table: one header row, the column-number row, group rows merged across, data rows."""
    cells = split_cells(lines)
    header, numbers, body = cells[:4], cells[4:8], cells[8:]
    assert numbers == ["1", "2", "3", "4"], numbers
    return TableSpec(
        kind="risks",
        columns=[("risk", 3.9), ("planned", 4.1), ("actual", 6.0), ("status", 3.0)],
        header=[[HeaderCell(t) for t in header]],
        rows=take_rows(body, 4, RiskRow),
    )


def indicator_table(lines: list[str]) -> TableSpec:
    """The indicator table: two header rows (vMerge + "Отчетный период" spanning План/Факт), numbers, rows."""
    cells = split_cells(lines)
    top, sub, numbers, body = cells[:5], cells[5:11], cells[11:17], cells[17:]
    assert sub == ["", "", "", "План", "Факт", ""], sub
    assert numbers == [str(n) for n in range(1, 7)], numbers
    restart = [HeaderCell(t, vmerge="restart") for t in top]
    restart[3] = HeaderCell(top[3], span=2)
    cont = HeaderCell("", vmerge="continue")
    return TableSpec(
        kind="indicators",
        columns=[("name", 5.6), ("source", 3.0), ("unit", 2.0), ("plan", 1.5), ("fact", 1.5), ("status", 3.4)],
        header=[restart, [cont, cont, cont, HeaderCell("План"), HeaderCell("Факт"), cont]],
        rows=take_rows(body, 6, IndicatorRow),
        # Tall enough for the 4-line "Примечание" cell: LibreOffice clips vMerge text in repeated headers.
        header_heights=[1.6, None],
    )


def body_paragraphs(lines: list[str]) -> list[Para]:
    """Body lines -> paragraphs: a blank line or a finished sentence ends a paragraph, else a soft break."""
    paras: list[Para] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            text = "\n".join(current)
            paras.append(Para(text, "heading" if HEADING.match(text) else "body"))
            current.clear()

    for line in lines:
        text = line.strip()
        if not text:
            flush()
            continue
        if current and (HEADING.match(text) or HEADING.match(current[0]) or current[-1].endswith(SENTENCE_END)):
            flush()
        current.append(text)
    flush()
    return paras


def add_markup(sample: Sample) -> None:
    """Lay the tracked change over a risk cell and NBSPs into numbers of the note."""
    old, new = TRACKED_CHANGE
    hits = [r for r in sample.records("risks") if old in r.actual]
    assert len(hits) == 1, "tracked-change anchor must occur once"
    hits[0].actual = hits[0].actual.replace(old, new)
    for number in NBSP_NUMBERS:
        paras = [b for b in sample.blocks if isinstance(b, Para) and number in b.text]
        assert len(paras) == 1, number
        paras[0].text = paras[0].text.replace(number, number.replace(" ", "\u00a0", 1))


def build() -> Sample:
    """Parse the seed dump into the agds_2019 sample."""
    lines = seed_path().read_text(encoding="utf-8").split("\n")
    i_risk, i_ind, i_note = (lines.index(s) for s in (RISK_SECTION, INDICATOR_SECTION, NOTE_SECTION))
    head = [line.strip() for line in lines[:i_risk] if line.strip()]
    title, period = head[:-1], head[-1]
    assert period == "Период отчета: 2019 год", period
    blocks = [Para("\n".join(title), "title")]
    blocks += [Para(period, "meta"), Para(RISK_SECTION, "section"), risk_table(lines[i_risk + 1 : i_ind])]
    blocks += [Para(INDICATOR_SECTION, "section"), indicator_table(lines[i_ind + 1 : i_note])]
    blocks += [Para(NOTE_SECTION, "section")] + body_paragraphs(lines[i_note + 1 :])
    info = ReportInfo("Агентство Республики Казахстан по делам государственной службы", 2017, 2021, 2019)
    sample = Sample("agds_2019", info, blocks)
    add_markup(sample)
    return sample


