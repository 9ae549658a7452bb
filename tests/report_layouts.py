"""Four indicator-table layouts of agencies the samples lack, and a correct report built in any of them (DOCX).

Rows are (name, unit, last year's fact, plan, fact, status as written); shared by the tests of `validate` on
unseen reports and benchmarks/unseen_directions.py. `report_rows()` makes them from the labelled unseen names and
status wordings of tests/data/unseen_*.tsv, each row correct for the name's true direction.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from docx import Document

from helpers import merge_from, word_table

DATA = Path(__file__).parent / "data"
TITLE = ("Отчет о реализации стратегического плана Министерства экологии, геологии и природных ресурсов "
         "Республики Казахстан на 2020 – 2024 годы")
NOTE = "В 2021 году взыскано 52,7 млрд. тенге задолженности, что на 27,6% больше, чем в 2020 году."


def risk_table(d) -> None:
    word_table(d, [
        ["Наименование возможного риска", "Возможные последствия в случае непринятия мер по управлению рисками",
         "Запланированные мероприятия по управлению рисками", "Фактическое исполнение мероприятий по управлению рисками",
         "Причины неисполнения"],
        ["Снижение финансирования", "Невыполнение мероприятий программы", "Перераспределение средств",
         "Средства перераспределены в объеме 1,2 млрд. тенге", ""],
    ])


def standard_layout(d, rows) -> None:
    """Two header rows, the reporting period over plan and fact, the status in 'Примечание'."""
    t = word_table(d, [["Наименование целевого индикатора", "Источник информации", "Ед. изм.", "Отчетный период", "",
                        "Примечание"],
                       ["", "", "", "План", "Факт", ""]]
                   + [[name, "Ведомственные данные", unit, plan, fact, status] for name, unit, _, plan, fact, status in rows])
    t.cell(0, 3).merge(t.cell(0, 4))
    for c in (0, 1, 2, 5):
        t.cell(0, c).merge(t.cell(1, c))


def numbered_layout(d, rows) -> None:
    """'№ п/п', a direction row merged across, status and reasons in columns of their own."""
    t = word_table(d, [["№ п/п", "Наименование показателя", "Ед. изм.", "План", "Факт", "Статус", "Причины недостижения"],
                       ["", "", "", "", "", "", ""]]
                   + [[str(i + 1), name, unit, plan, fact, status, "Внешние факторы" if status == "Не достигнут" else ""]
                      for i, (name, unit, _, plan, fact, status) in enumerate(rows)])
    merge_from(t, 1, 0, "Стратегическое направление 1. Повышение качества жизни")


def years_layout(d, rows) -> None:
    """Last year's fact beside this year's plan and fact, years in the headers."""
    word_table(d, [["Наименование индикатора", "Ед. изм.", "План на 2021 год", "Факт 2021 года", "Факт 2020 года",
                    "Информация о достижении"]]
               + [[name, unit, plan, fact, last, status] for name, unit, last, plan, fact, status in rows])


def landscape_layout(d, rows) -> None:
    """Unit after the figures, 'Плановое/Фактическое значение', the status with its explanation in one cell."""
    word_table(d, [["Целевой индикатор", "Плановое значение", "Фактическое значение", "Единица измерения",
                    "Статус достижения"]]
               + [[name, plan, fact, unit, f"{status}\nв связи с внешними факторами" if status == "Не достигнут" else status]
                  for name, unit, _, plan, fact, status in rows])


LAYOUTS = {"standard": standard_layout, "numbered": numbered_layout, "years": years_layout,
           "landscape": landscape_layout}


def build_report(path: Path, layout: str, rows: list[tuple], title: str = TITLE, note: str | list[str] = NOTE,
                 year: int = 2021) -> Path:
    """A correct report of `year`: the risk table, the rows in the named layout, the note's paragraph(s)."""
    d = Document()
    d.add_paragraph(title)
    d.add_paragraph(f"Отчетный период: {year} год")
    d.add_paragraph("1. Анализ управления рисками")
    risk_table(d)
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    LAYOUTS[layout](d, rows)
    d.add_paragraph("3. Аналитическая записка")
    for paragraph in [note] if isinstance(note, str) else note:
        d.add_paragraph(paragraph)
    d.save(path)
    return path


@dataclass(frozen=True)
class Named:
    field: str
    name: str
    unit: str
    bound: str
    direction: str  # higher | lower | unknown


@dataclass(frozen=True)
class Wording:
    status: str  # achieved | not_achieved | partially_achieved | missing
    text: str


def _rows(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def indicators(file: str = "unseen_directions.tsv") -> list[Named]:
    return [Named(**row) for row in _rows(DATA / file)]


def wordings() -> list[Wording]:
    return [Wording(row["status"], row["text"].replace("\\n", "\n")) for row in _rows(DATA / "unseen_statuses.tsv")]


def _number(value: float, whole: bool) -> str:
    return str(int(round(value))) if whole else f"{value:.1f}".replace(".", ",")


def plan_and_fact(named: Named, status: str, i: int) -> tuple[str, str, str]:
    """Last year's fact, the plan and the fact as written, agreeing with the true direction and the status.

    Where the direction is unknown, the fact falls on either side of the plan in turn: the validator cannot know."""
    whole = named.unit in ("место", "единиц", "человек", "случаев")
    plan = 20 + (i * 7) % 60 if named.unit.startswith("%") or whole else 100 + (i * 37) % 800 + 0.5
    step = max(1.0, round(plan * 0.06)) if whole else round(plan * 0.06, 1)
    direction = named.direction if named.direction != "unknown" else ("higher", "lower")[i % 2]
    better = step if direction == "higher" else -step
    if status == "achieved":
        fact = plan if i % 9 == 0 else plan + better
    elif status == "not_achieved":
        fact = plan - better
    else:  # partially achieved: short of the plan
        fact = plan - better / 2
    plan_text = _number(plan, whole)
    if named.bound:
        plan_text = f"{named.bound} {plan_text}"
    return _number(plan - better, whole), plan_text, _number(fact, whole)


def report_rows(file: str = "unseen_directions.tsv") -> tuple[list[tuple], list[Named]]:
    """One row per name with a status cycling through the wordings that state one; then one row per wording that
    only explains a missing fact (on the names in turn)."""
    names, said = indicators(file), wordings()
    stating = [w for w in said if w.status != "missing"]
    rows, of_row = [], []
    for i, named in enumerate(names):
        wording = stating[i % len(stating)]
        last, plan, fact = plan_and_fact(named, wording.status, i)
        rows.append((named.name, named.unit, last, plan, fact, wording.text))
        of_row.append(named)
    for k, wording in enumerate(w for w in said if w.status == "missing"):
        named = names[(k * 17) % len(names)]
        last, plan, _ = plan_and_fact(named, "achieved", k)
        rows.append((named.name, named.unit, last, plan, "–" if k % 2 else "", wording.text))
        of_row.append(named)
    return rows, of_row
