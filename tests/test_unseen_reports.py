"""`validate` on correct reports in the styles of agencies the samples lack: no false status warning, in four layouts.

The indicators and their statuses were written (as a correct report states them) before the validator was run
on them: the issue's six names, and more of the same kinds (harm, rank, time and cost, debt recovered, satisfaction).
Every status is right; a warning or an unknown status on any of them is a false alarm.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from helpers import merge_from, word_table
from pipeline.extract import extract_document

# name, unit, last year's fact, plan, fact, status as written (correct for the indicator's real direction)
INDICATORS = [
    ("Доля нормативных правовых актов, признанных несоответствующими законодательству", "%", "4,1", "3,5", "2,9",
     "Достигнут"),
    ("Доля работников, занятых во вредных и опасных условиях труда", "%", "19,2", "18,5", "18,9", "Не достигнут"),
    ("Доля государственных закупок, осуществленных способом из одного источника", "%", "38", "30", "27,4",
     "Достигнут"),
    ("Количество населенных пунктов с высоким и очень высоким уровнем загрязнения атмосферного воздуха", "ед.", "11",
     "9", "8", "Достигнут"),
    ("Позиция Республики Казахстан в рейтинге Глобального индекса конкурентоспособности", "место", "59", "50", "55",
     "Не достигнут"),
    ("Сумма взысканной задолженности", "млрд. тенге", "41,3", "45,0", "52,7", "Достигнут"),
    ("Сумма взысканной задолженности по исполнительным документам", "млрд. тенге", "12,1", "15,0", "13,2",
     "Не достигнут"),
    ("Количество дорожно-транспортных происшествий с пострадавшими", "ед.", "14 300", "13 500", "13 120", "Достигнут"),
    ("Уровень износа тепловых сетей", "%", "67", "64", "65,5", "Не достигнут"),
    ("Доля аварийного жилья в общем жилищном фонде", "%", "0,9", "0,8", "0,7", "Достигнут"),
    ("Объем выбросов загрязняющих веществ от стационарных источников", "тыс. тонн", "2 410", "2 300", "2 290",
     "Достигнут"),
    ("Заболеваемость туберкулезом", "на 100 тыс. населения", "51,2", "48,0", "46,3", "Достигнут"),
    ("Количество погибших при пожарах", "человек", "402", "380", "391", "Не достигнут"),
    ("Доля неработающих займов в ссудном портфеле банков второго уровня", "%", "8,2", "7,5", "6,9", "Достигнут"),
    ("Задолженность по заработной плате", "млн. тенге", "2 150", "1 800", "1 650", "Достигнут"),
    ("Место Казахстана в рейтинге Всемирного банка «Ведение бизнеса»", "место", "28", "25", "25", "Достигнут"),
    ("Средний срок рассмотрения обращений граждан", "дней", "12", "10", "9", "Достигнут"),
    ("Стоимость подключения к электрическим сетям", "тыс. тенге", "310", "290", "301", "Не достигнут"),
    ("Индекс восприятия коррупции", "балл", "34", "36", "38", "Достигнут"),
    ("Уровень удовлетворенности населения сроками оказания государственных услуг", "%", "78", "80", "83,4",
     "Достигнут"),
    ("Доля раскрытых преступлений", "%", "61", "63", "60,2", "Не достигнут"),
    ("Доля устраненных нарушений от числа выявленных", "%", "88", "90", "93,1", "Достигнут"),
    ("Сумма возмещенного ущерба по уголовным делам", "млрд. тенге", "9,4", "10,0", "11,8", "Достигнут"),
    ("Доля переработанных твердых бытовых отходов", "%", "15,3", "18", "21,2", "Достигнут"),
    ("Уровень доверия населения к органам внутренних дел", "%", "55", "60", "57,3", "Не достигнут"),
    ("Ожидаемая продолжительность жизни при рождении", "лет", "73,2", "73,6", "73,9", "Достигнут"),
    ("Доля сельских населенных пунктов, обеспеченных централизованным водоснабжением", "%", "88", "91", "92,5",
     "Достигнут"),
    ("Количество созданных постоянных рабочих мест", "ед.", "21 400", "23 000", "24 960", "Достигнут"),
    ("Уровень безработицы", "%", "4,9", "4,8", "4,8", "Достигнут"),
    # the plan's bound says it, whatever the name
    ("Количество проверок субъектов предпринимательства", "ед.", "5 100", "не более 4 800", "4 420", "Достигнут"),
    ("Количество выявленных нарушений законодательства о труде", "ед.", "4 700", "не менее 4 000", "4 350",
     "Достигнут"),
]
STATUS_EXPLAINED = ("Доля населения, охваченного профилактическими медицинскими осмотрами", "%", "62", "65", "н/д",
                    "Данные будут опубликованы Бюро национальной статистики в мае 2022 года")


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


def build_report(path: Path, layout) -> Path:
    d = Document()
    d.add_paragraph("Отчет о реализации стратегического плана Министерства экологии, геологии и природных ресурсов "
                    "Республики Казахстан на 2020 – 2024 годы")
    d.add_paragraph("Отчетный период: 2021 год")
    d.add_paragraph("1. Анализ управления рисками")
    risk_table(d)
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    LAYOUTS[layout](d, INDICATORS + [STATUS_EXPLAINED])
    d.add_paragraph("3. Аналитическая записка")
    d.add_paragraph("В 2021 году взыскано 52,7 млрд. тенге задолженности, что на 27,6% больше, чем в 2020 году.")
    d.save(path)
    return path


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def report(request, tmp_path_factory):
    return extract_document(build_report(tmp_path_factory.mktemp("unseen") / f"{request.param}.docx", request.param))


def test_every_indicator_is_read(report):
    got = [(i.name, i.plan_text, i.fact_text) for i in report.indicators]
    assert got == [(name, plan, fact) for name, _, _, plan, fact, _ in INDICATORS + [STATUS_EXPLAINED]]


def test_correct_statuses_bring_no_warning_and_no_unknown_status(report):
    flagged = [(f.code, f.message) for f in report.findings if f.severity != "info" and f.code != "missing_value"]
    assert flagged == []


def test_a_status_cell_explaining_the_missing_fact_is_one_missing_value(report):
    explained = report.indicators[-1]
    assert (explained.status, explained.status_text) == (None, None)
    assert explained.comment == STATUS_EXPLAINED[-1]
    about_it = [f for f in report.findings if f.location and f.location.row == explained.location.row
                and f.location.table == explained.location.table]
    assert [f.code for f in about_it] == ["missing_value"]
    assert "Данные будут опубликованы" in about_it[0].message


def test_the_risk_form_keeps_risk_and_consequences_apart(report):
    (risk,) = report.risks
    assert (risk.risk, risk.consequences) == ("Снижение финансирования", "Невыполнение мероприятий программы")
