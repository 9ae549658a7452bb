"""Four indicator-table layouts of agencies the samples lack, and a correct report built in any of them (DOCX).

Rows are (name, unit, last year's fact, plan, fact, status as written); shared by the tests of `validate` on
unseen reports and benchmarks/unseen_directions.py.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

from helpers import merge_from, word_table

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


def build_report(path: Path, layout: str, rows: list[tuple], title: str = TITLE, note: str = NOTE) -> Path:
    """A correct 2021 report: the risk table, the rows in the named layout, one note paragraph."""
    d = Document()
    d.add_paragraph(title)
    d.add_paragraph("Отчетный период: 2021 год")
    d.add_paragraph("1. Анализ управления рисками")
    risk_table(d)
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    LAYOUTS[layout](d, rows)
    d.add_paragraph("3. Аналитическая записка")
    d.add_paragraph(note)
    d.save(path)
    return path
