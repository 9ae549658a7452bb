"""`validate` on correct reports in the styles of agencies the samples lack: no false status warning, in four layouts.

The indicators and their statuses were written (as a correct report states them) before the validator was run
on them: the issue's six names, and more of the same kinds (harm, rank, time and cost, debt recovered, satisfaction).
Every status is right; a warning or an unknown status on any of them is a false alarm.
"""
from __future__ import annotations

import pytest

from pipeline.extract import extract_document
from report_layouts import LAYOUTS, build_report

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


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def report(request, tmp_path_factory):
    return extract_document(build_report(tmp_path_factory.mktemp("unseen") / f"{request.param}.docx", request.param,
                                         INDICATORS + [STATUS_EXPLAINED]))


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
