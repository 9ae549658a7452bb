"""Checks of one indicator row, fed Indicator models built by hand: pipeline.validate."""
from __future__ import annotations

from typing import Optional

import pytest

from pipeline.models import Indicator, Location
from pipeline.numbers import parse_cell_number, parse_indicator_status
from pipeline.validate import check_indicator, check_percent_range, check_status_consistency, lower_is_better

HERE = Location(table=1, row=4)


def indicator(name: str, unit: Optional[str], plan_text: Optional[str], fact_text: Optional[str],
              status_text: Optional[str] = None) -> Indicator:
    """An indicator row as the table gives it: texts as written, numbers and status read from them."""
    status = parse_indicator_status(status_text)
    return Indicator(name=name, unit=unit, plan_text=plan_text, fact_text=fact_text,
                     plan=parse_cell_number(plan_text).value, fact=parse_cell_number(fact_text).value,
                     status=status.status, status_text=status.status_text, comment=status.comment, location=HERE)


@pytest.mark.parametrize("row, codes", [
    (("Доля услуг в электронном виде", "%", "90", "95", "Достигнут"), []),
    (("Доля услуг в электронном виде", "%", "90", "90", "Достигнут"), []),
    # values missing or not numbers
    (("Доля услуг в электронном виде", "%", "-", "95", "Достигнут"), ["missing_value"]),
    (("Доля услуг в электронном виде", "%", "90", "н/д", "Не достигнут"), ["missing_value"]),
    (("Доля услуг в электронном виде", "%", None, None, "Не достигнут"), ["missing_value", "missing_value"]),
    (("Доля услуг в электронном виде", "%", "высокий", "95", "Достигнут"), ["unparsed_number"]),
    (("Доля услуг в электронном виде", "%", "90", "95 / 97", "Достигнут"), ["unparsed_number"]),
    (("Количество нарушений", "ед.", "не свыше 5", "4", "Достигнут"), []),  # a bound, not text
    # a range: kept as text, checked as a corridor
    (("Годовая инфляция", "%", "4-6", "5,1", "Достигнут"), ["value_range"]),
    (("Годовая инфляция", "%", "4-6", "20,3", "Не достигнут"), ["value_range"]),
    (("Годовая инфляция", "%", "4-6", "5,1", "Не достигнут"), ["status_mismatch", "value_range"]),
    # statuses
    (("Доля услуг в электронном виде", "%", "90", "95", "Не оценивается"), ["unknown_status"]),
    (("Доля услуг в электронном виде", "%", "90", "95", None), ["unknown_status"]),
    (("Доля услуг, оказанных в электронном виде", "%", "90", "85", "Достигнут"), ["status_mismatch"]),
    (("Доля услуг, оказанных в электронном виде", "%", "90", "95", "Не достигнут"), ["status_mismatch"]),
    # nothing says which way is better: a status that holds only if lower is better is said, not warned
    (("Количество космических аппаратов на орбите", "ед.", "5", "4", "Достигнут"), ["direction_unknown"]),
    (("Количество космических аппаратов на орбите", "ед.", "5", "6", "Не достигнут"), ["direction_unknown"]),
    (("Количество космических аппаратов на орбите", "ед.", "5", "6", "Достигнут"), []),
    (("Количество космических аппаратов на орбите", "ед.", "5", "5", "Не достигнут"), ["status_mismatch"]),
    (("Доля услуг в электронном виде", "%", "90", "85", "Частично достигнут"), []),
    (("Доля услуг в электронном виде", "%", "не менее 90", "85", "Достигнут"), ["status_mismatch"]),
    (("Количество выявленных нарушений", "ед.", "не менее 10", "8", "Достигнут"), ["status_mismatch"]),
    # lower is better, by the plan's bound or by the name
    (("Материнская смертность", "на 100 тыс. родившихся живыми", "12", "11,2", "Достигнут"), []),
    (("Материнская смертность", "на 100 тыс. родившихся живыми", "12", "13", "Достигнут"), ["status_mismatch"]),
    (("Материнская смертность", "случаев", "не более 14", "44,7", "Не достигнут"), []),
    (("Срок рассмотрения жалоб", "дней", "до 3", "2", "Достигнут"), []),
    (("Количество погибших в ДТП", "человек", "2 100", "2 046", "Достигнут"), []),
    (("Ожидаемая продолжительность жизни", "лет", "73,1", "70,2", "Не достигнут"), []),
    # shares outside 0-100
    (("Доля услуг в электронном виде", "%", "90", "105", "Достигнут"), ["percent_out_of_range"]),
    (("Уровень удовлетворенности населения", "процентов", "80", "120", "Достигнут"), ["percent_out_of_range"]),
    (("Темп роста ВВП", "%", "103", "104,1", "Достигнут"), []),
    (("Индекс физического объема ВРП", "%", "103,5", "104,1", "Достигнут"), []),
    (("Количество больниц", "ед.", "100", "120", "Достигнут"), []),
    (("Доля подростков, занимающихся спортом", "%", "30", "130", "Достигнут"), ["percent_out_of_range"]),
])
def test_check_indicator(row, codes):
    assert sorted(f.code for f in check_indicator(indicator(*row))) == codes


def test_an_empty_status_counts_only_where_the_table_has_a_status_column():
    row = indicator("Доля услуг в электронном виде", "%", "90", "95", None)
    assert [f.code for f in check_indicator(row, status_column=True)] == ["unknown_status"]
    assert check_indicator(row, status_column=False) == []


def test_findings_point_at_the_row_and_name_the_indicator():
    findings = check_indicator(indicator("Доля услуг в электронном виде", "%", "н/д", "105", "Не оценивается"))
    assert [(f.severity, f.code) for f in findings] == [
        ("error", "missing_value"), ("error", "unknown_status"), ("warning", "percent_out_of_range")]
    assert all(f.location == HERE and "Доля услуг в электронном виде" in f.message for f in findings)


@pytest.mark.parametrize("row, mismatch, assumed", [
    (("Материнская смертность", "случаев", "12", "13", "Достигнут"), True, "lower is better"),
    (("Доля услуг, оказанных в электронном виде", "%", "90", "85", "Достигнут"), True, "higher is better"),
    (("Количество выявленных нарушений", "ед.", "90", "95", "Достигнут"), False, None),  # unknown: said at info level
    (("Доля теневой экономики к ВВП", "%", "24,5", "23,8", "Достигнут"), False, None),
    (("Раскрываемость тяжких преступлений", "%", "80", "82,5", "Достигнут"), False, None),
    (("Количество обращений", "ед.", "не более 100", "120", "Достигнут"), True, "lower is better"),
    (("Количество нарушений", "ед.", "не менее 10", "12", "Достигнут"), False, None),
    (("Доля услуг в электронном виде", "%", "-", "85", "Достигнут"), False, None),  # nothing to compare
    (("Доля услуг в электронном виде", "%", "90", "85", None), False, None),
])
def test_check_status_consistency(row, mismatch, assumed):
    findings = check_status_consistency(indicator(*row), "indicator")
    assert [f.code for f in findings] == (["status_mismatch"] if mismatch else [])
    if assumed:
        assert f"assumed {assumed}" in findings[0].message


@pytest.mark.parametrize("name, unit, plan, fact, fields", [
    ("Доля услуг", "%", "90", "101", ["fact"]),
    ("Доля услуг", "%", "-5", "50", ["plan"]),
    ("Удельный вес налоговых поступлений", "%", "110", "120", ["plan", "fact"]),
    ("Охват детей дошкольным образованием", "%", "100", "100", []),
    ("Доля услуг", "%", "0", "0", []),
    ("Доля услуг", "ед.", "150", "160", []),  # not in %
    ("Количество услуг", "%", "150", "160", []),  # not a share
    ("Доля прироста инвестиций", "%", "110", "120", []),  # a growth, not a share
    ("Уровень охвата вакцинацией", "%", "95-100", "101", ["fact"]),
])
def test_check_percent_range(name, unit, plan, fact, fields):
    findings = check_percent_range(indicator(name, unit, plan, fact), "indicator")
    assert [f.message.split(": ")[1].split()[0] for f in findings] == fields


@pytest.mark.parametrize("name, lower", [
    ("Снижение уровня смертности от болезней системы кровообращения", True),
    ("Сокращение сроков оказания услуг", True),
    ("Материнская смертность", True),
    ("Уровень безработицы", True),
    ("Уровень инфляции", True),
    ("Уровень износа тепловых сетей", True),
    ("Доля теневой экономики к ВВП", True),
    ("Количество погибших в ДТП", True),
    ("Количество жалоб на действия государственных служащих", True),
    ("Количество зарегистрированных преступлений", True),
    ("Количество инцидентов информационной безопасности", True),
    ("Среднее время ожидания в очереди", True),
    ("Средний срок рассмотрения обращений", True),
    ("Место Казахстана в рейтинге Doing Business", True),
    ("Позиция в рейтинге Индекса восприятия коррупции", True),
    ("Чистая сменяемость на государственной службе", True),
    ("Доля отказов в оказании государственных услуг", True),
    ("Ожидаемая продолжительность жизни", False),
    ("Продолжительность здоровой жизни", False),
    ("Раскрываемость тяжких преступлений", False),
    ("Доля услуг, оказанных в электронном виде", False),
    ("Уровень удовлетворенности населения качеством услуг", False),
    ("Количество больниц", False),
    ("Количество созданных рабочих мест", False),
    ("Количество мест в детских садах", False),
    ("Доля граждан, доверяющих государственным органам", False),
    ("Индекс восприятия коррупции", False),
    ("Уровень удовлетворенности населения сроками оказания услуг", False),
])
def test_lower_is_better(name, lower):
    assert lower_is_better(Indicator(name=name)) is lower


@pytest.mark.parametrize("status_cell, fact, codes, status_text, comment", [
    # a status cell that only explains the missing fact: one finding, the explanation kept as the comment
    ("Данные будут опубликованы в мае 2022 года", "н/д", ["missing_value"], None,
     "Данные будут опубликованы в мае 2022 года"),
    ("Не оценивается\nстатистика публикуется в апреле", "-", ["missing_value"], None,
     "Не оценивается\nстатистика публикуется в апреле"),
    ("", "н/д", ["missing_value"], None, None),
    # a status beside a missing fact stays a status; an unknown wording beside a fact is still unknown
    ("Не достигнут\nданные не представлены", "н/д", ["missing_value"], "Не достигнут", "данные не представлены"),
    ("Уточняется", "52,4", ["unknown_status"], "Уточняется", None),
])
def test_a_status_cell_that_explains_a_missing_fact(status_cell, fact, codes, status_text, comment):
    from pipeline.records import indicator_record
    from pipeline.tables import TableRow

    row = indicator_record(TableRow(1, 4, None, {"name": "Доля граждан, удовлетворенных качеством услуг", "unit": "%",
                                                 "plan": "80", "fact": fact, "status": status_cell}, None, None))
    assert (row.status, row.status_text, row.comment) == (None if status_text != "Не достигнут" else "not_achieved",
                                                          status_text, comment)
    findings = check_indicator(row)
    assert [f.code for f in findings] == codes
    if comment and not status_text:
        assert comment.split("\n")[0] in findings[0].message
