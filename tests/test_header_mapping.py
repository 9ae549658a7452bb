"""Columns found by their header wording, whatever their order, merges or extra columns: pipeline.tables.

Every table is a pipeline.layout.Table built by hand (helpers.layout_table: LEFT/UP mark merged slots), no Word file.
"""
from __future__ import annotations

import pytest

from helpers import LEFT, UP, layout_table
from pipeline.tables import INDICATOR, RISK, classify_table, data_rows, find_header, map_columns

AGDS_INDICATOR_HEADER = [
    ["Наименование целевого индикатора", "Источник информации", "Ед. изм.", "Отчетный период", LEFT, "Примечание"],
    [UP, UP, UP, "План", "Факт", UP],
]
AGDS_RISK_HEADER = [["Наименование возможного риска", "Запланированные мероприятия по управлению рисками",
                     "Фактическое исполнение мероприятий по управлению рисками",
                     "Примечание (информация об исполнении/ неисполнении)"]]
INDICATOR_ROW = ["Доля граждан, удовлетворенных качеством услуг", "Ведомственные данные", "%", "90", "92", "Достигнут"]


def fill(header: list[list[str]], *rows: list[str]) -> list[list[str]]:
    """A header followed by data rows (a table's header is read the same with or without them)."""
    return [*header, *rows]


CLASSIFIED = {
    "a header row broken by a page: its words split over the two rows ('Источни' | 'к', seed 10)": (
        [["№", "Наименование показателя", "Источни", "Ед.", "2019 год", LEFT, "Примечание"],
         ["п/п", "", "к", "измерения", "план", "факт", ""], INDICATOR_ROW[:1] + ["", *INDICATOR_ROW[1:]]],
        INDICATOR, {"number": 0, "name": 1, "source": 2, "unit": 3, "plan": 4, "fact": 5, "status": 6}),
    "seed report: 'Отчетный период' spanning 'План | Факт', merged vertically around it": (
        fill(AGDS_INDICATOR_HEADER, ["1", "2", "3", "4", "5", "6"], INDICATOR_ROW),
        INDICATOR, {"name": 0, "source": 1, "unit": 2, "plan": 3, "fact": 4, "status": 5}),
    "seed report's risk table": (
        fill(AGDS_RISK_HEADER, ["1", "2", "3", "4"], ["Отток кадров", "Обучение", "Проведено", "Исполнено"]),
        RISK, {"risk": 0, "planned_measures": 1, "actual_measures": 2, "status": 3}),
    "№ п/п first, reworded risk headers": (
        [["№ п/п", "Наименование риска", "Мероприятия по управлению рисками", "Фактическое исполнение мероприятий",
          "Информация об исполнении"]],
        RISK, {"number": 0, "risk": 1, "planned_measures": 2, "actual_measures": 3, "status": 4}),
    "№ п/п, unit before source, a year spanning 'План | Факт'": (
        [["№ п/п", "Наименование показателя", "Единица измерения", "Источник информации", "2020 год", LEFT,
          "Информация об исполнении"],
         [UP, UP, UP, UP, "План", "Факт", UP]],
        INDICATOR, {"number": 0, "name": 1, "unit": 2, "source": 3, "plan": 4, "fact": 5, "status": 6}),
    "one header row naming the year in 'План на 2021 год' / 'Факт за 2021 год'": (
        [["Наименование целевого индикатора", "Источник информации", "Ед. изм.", "План на 2021 год",
          "Факт за 2021 год", "Примечание"]],
        INDICATOR, {"name": 0, "source": 1, "unit": 2, "plan": 3, "fact": 4, "status": 5}),
    "another order: fact before plan, the name last": (
        [["Факт", "План", "Ед. изм.", "Наименование индикатора"], ["95", "90", "%", "Доля услуг"]],
        INDICATOR, {"fact": 0, "plan": 1, "unit": 2, "name": 3}),
    "'Плановое значение' / 'Фактическое значение'": (
        [["Показатель", "Плановое значение", "Фактическое значение", "Статус"]],
        INDICATOR, {"name": 0, "plan": 1, "fact": 2, "status": 3}),
    "last year's fact beside this year's plan and fact: this year's fact": (
        [["№", "Наименование показателя", "Ед. изм.", "Источник информации", "Факт 2020 года", "План 2021 года",
          "Факт 2021 года", "Статус"]],
        INDICATOR, {"number": 0, "name": 1, "unit": 2, "source": 3, "plan": 5, "fact": 6, "status": 7}),
    "the reporting period's fact by its wording, before last year's": (
        [["Наименование индикатора", "Факт отчетного года", "План", "Факт предыдущего года"]],
        INDICATOR, {"name": 0, "fact": 1, "plan": 2}),
    "a column of reasons beside the status": (
        [["Наименование целевого индикатора", "Ед. изм.", "2022 год", LEFT, "Степень достижения, %", "Статус",
          "Причины недостижения"],
         [UP, UP, "План", "Факт", UP, UP, UP]],
        INDICATOR, {"name": 0, "unit": 1, "plan": 2, "fact": 3, "status": 5, "comment": 6}),
    "the goal in a column of its own, reasons of non-execution": (
        [["Цель", "Возможный риск", "Запланированные мероприятия", "Фактическое исполнение мероприятий",
          "Статус исполнения", "Причины неисполнения"]],
        RISK, {"goal_column": 0, "risk": 1, "planned_measures": 2, "actual_measures": 3, "status": 4, "comment": 5}),
    "direction and goal columns before the indicator": (
        [["Стратегическое направление", "Цель", "Наименование индикатора", "Ед. изм.", "План", "Факт"]],
        INDICATOR, {"direction_column": 0, "goal_column": 1, "name": 2, "unit": 3, "plan": 4, "fact": 5}),
    "a scan's centred header that lost the space before 'о' ('Информацияо достижении/ недостижении')": (
        [["№", "Наименование показателя", "Источник информации", "Ед. изм.", "План", "Факт",
          "Информацияо достижении/ недостижении"]],
        INDICATOR, {"number": 0, "name": 1, "source": 2, "unit": 3, "plan": 4, "fact": 5, "status": 6}),
    "a narrow column's header broken mid-word ('Информ аци я о достижении/ недостижении')": (
        [["Наименование целевого индикатора", "Информ аци я о достижении/ недостижении", "Ед. изм.", "План", "Факт",
          "Источник информации"]],
        INDICATOR, {"name": 0, "status": 1, "unit": 2, "plan": 3, "fact": 4, "source": 5}),
    "a header cell merged over two grid columns counts once": (
        [["Наименование индикатора", LEFT, "План", "Факт"], ["Доля услуг", "", "90", "95"]],
        INDICATOR, {"name": 0, "plan": 2, "fact": 3}),
}


@pytest.mark.parametrize("grid, kind, roles", CLASSIFIED.values(), ids=CLASSIFIED.keys())
def test_classify_table_maps_columns_by_wording(grid, kind, roles):
    mapping = classify_table(layout_table(grid))
    assert mapping is not None
    assert (mapping.kind, mapping.roles) == (kind, roles)


@pytest.mark.parametrize("headers, plan, fact", [
    (["Наименование показателя", "План на 2021 год", "Факт 2021 года", "Факт 2020 года"], 1, 2),
    (["Наименование показателя", "Факт 2020 года", "План на 2021 год", "Факт 2021 года"], 2, 3),
    (["Наименование показателя", "Факт 2021 года", "Факт 2020 года", "План"], 3, 1),  # the latest year
    (["Наименование показателя", "План", "Факт", "Факт отчетного периода"], 1, 3),
])
def test_this_years_fact_before_last_years(headers, plan, fact):
    mapping = classify_table(layout_table([headers]))
    assert (mapping.roles["plan"], mapping.roles["fact"]) == (plan, fact)


def test_consequences_column_of_the_standard_risk_form_is_not_the_risk():
    """The standard form's second column describes consequences, not the risk."""
    mapping = classify_table(layout_table([[
        "Наименование возможного риска", "Возможные последствия в случае непринятия мер по управлению рисками",
        "Запланированные мероприятия по управлению рисками", "Фактическое исполнение мероприятий по управлению рисками",
        "Причины неисполнения"]]))
    assert (mapping.roles["risk"], mapping.roles["planned_measures"], mapping.roles["actual_measures"]) == (0, 2, 3)
    assert (mapping.roles["consequences"], mapping.roles["comment"]) == (1, 4)


@pytest.mark.parametrize("grid", [
    [["Показатель", "2019", "2020"], ["ВВП", "100", "104"]],  # a statistics table: no plan, no fact
    [["Доля услуг", "%", "90", "95", "Достигнут"]],  # a headerless continuation
    [["Наименование", "Количество"], ["Школы", "12"]],
    [["1", "2", "3", "4"]],
])
def test_tables_that_are_neither_kind(grid):
    assert classify_table(layout_table(grid)) is None


@pytest.mark.parametrize("header_rows, kind, unmapped", [
    ([["Наименование индикатора", "План", "Факт", "Ответственный исполнитель"]], INDICATOR, ["Ответственный исполнитель"]),
    ([["Наименование индикатора", "Ед. изм.", "2022 год", "2022 год", "Степень достижения, %"],
      ["Наименование индикатора", "Ед. изм.", "План", "Факт", "Степень достижения, %"]], INDICATOR,
     ["Степень достижения, %"]),
    ([["Наименование риска", "Мероприятия", "Фактическое исполнение", "Срок"]], RISK, ["Срок"]),
    ([["Наименование риска", "Мероприятия", "Фактическое исполнение"]], RISK, []),
])
def test_map_columns_lists_the_headers_no_role_claims(header_rows, kind, unmapped):
    assert map_columns(header_rows, kind).unmapped == unmapped


@pytest.mark.parametrize("plan_header", [
    "Плановое значение на 2025 год",
    "Планов\nое значение на 2025 год",  # a narrow column broke the word, and "Планов" is a word of its own
])
def test_the_plan_column_is_found_though_its_header_word_was_broken(plan_header):
    headers = ["Наименование целевого индикатора (показателя)", "Ед.\nизмерения", plan_header, "Факт 2025\nгода"]
    assert map_columns([headers], INDICATOR).roles["plan"] == 2


@pytest.mark.parametrize("grid, kind, header_rows, start", [
    # two header rows, the spanning cell's text over both its columns, then the column numbers
    (fill(AGDS_INDICATOR_HEADER, ["1", "2", "3", "4", "5", "6"], INDICATOR_ROW), INDICATOR,
     [["Наименование целевого индикатора", "Источник информации", "Ед. изм.", "Отчетный период", "Отчетный период",
       "Примечание"],
      ["Наименование целевого индикатора", "Источник информации", "Ед. изм.", "План", "Факт", "Примечание"]], 2),
    # a group row right under the header ends it
    (fill(AGDS_RISK_HEADER, ["Стратегическое направление 1. Кадры", LEFT, LEFT, LEFT],
          ["Отток кадров", "Обучение", "Проведено", "Исполнено"]), RISK, [AGDS_RISK_HEADER[0]], 1),
    # a first data row worded like a header is data: a status as a cell states it is no header wording
    (fill(AGDS_RISK_HEADER, ["Риск аварий", "Мероприятия по ремонту", "Фактически исполнено в срок", "Исполнено"]),
     RISK, [AGDS_RISK_HEADER[0]], 1),
    # a record whose cells hold sentences worded like headers ("выполнен", "мероприяти"): data (seed 204)
    (fill([["Риски", "Планируемые мероприятия по управлению рисками", "Фактическое исполнение", "Примечание"]],
          ["Недовыполнение плана поступлений в бюджет в связи со снижением деловой активности.",
           "Усиление налогового администрирования.", "Поступления составили 97,6 млрд. тенге.",
           "Исполнено\nМероприятие исполнено в полном объеме."]), RISK,
     [["Риски", "Планируемые мероприятия по управлению рисками", "Фактическое исполнение", "Примечание"]], 1),
    # a second header row ending in abbreviations is still a header row
    (fill([["Наименование показателя", "Ед. изм.", "Значение", LEFT, "Примечание"],
           [UP, UP, "План на отчетный год, тыс. тенге", "Факт за отчетный год, тыс.", UP]],
          ["Доля граждан", "%", "90", "92", "Достигнут"]), INDICATOR,
     [["Наименование показателя", "Ед. изм.", "Значение", "Значение", "Примечание"],
      ["Наименование показателя", "Ед. изм.", "План на отчетный год, тыс. тенге", "Факт за отчетный год, тыс.",
       "Примечание"]], 2),
    # a table continued from the previous page: no header at all
    ([["Отток кадров", "Обучение", "Проведено", "Исполнено"]], RISK, [], 0),
    ([INDICATOR_ROW], INDICATOR, [], 0),
])
def test_find_header(grid, kind, header_rows, start):
    assert find_header(layout_table(grid), kind) == (header_rows, start)


def row_summary(items) -> list[tuple]:
    """(values, direction number, goal number) of each data row data_rows yields."""
    return [(row.values, row.direction and row.direction.number, row.goal and row.goal.number)
            for row in items if hasattr(row, "values")]


def test_data_rows_under_group_rows_skip_column_numbers_and_subheadings():
    table = layout_table([
        ["Наименование индикатора", "Ед. изм.", "План", "Факт", "Статус"],
        ["1", "2", "3", "4", "5"],
        ["Стратегическое направление 1. Кадры", LEFT, LEFT, LEFT, LEFT],
        ["Цель 1.1 Профессионализм", LEFT, LEFT, LEFT, LEFT],
        ["Показатели прямых результатов", "", "", "", ""],
        ["Доля обученных", "%", "90", "92", "Достигнут"],
        ["Цель 1.2. Открытость", LEFT, LEFT, LEFT, LEFT],
        ["Число жалоб", "ед.", "не более 10", "12", "Не достигнут"],
    ])
    assert row_summary(data_rows([table], INDICATOR)) == [
        ({"name": "Доля обученных", "unit": "%", "plan": "90", "fact": "92", "status": "Достигнут"}, "1", "1.1"),
        ({"name": "Число жалоб", "unit": "ед.", "plan": "не более 10", "fact": "12", "status": "Не достигнут"},
         "1", "1.2"),
    ]


def test_data_rows_continue_into_a_headerless_table_with_the_header_repeated_or_not():
    header = ["Наименование риска", "Мероприятия", "Фактическое исполнение", "Примечание"]
    first = layout_table([header, ["Стратегическое направление 2. Связь", LEFT, LEFT, LEFT],
                          ["Сбои сети", "Резерв", "Создан", "Исполнено"]], index=0)
    second = layout_table([["Отток кадров", "Обучение", "Проведено", "Не исполнено"]], index=1)
    third = layout_table([header, ["Рост цен", "Закупки", "Проведены", "Исполнено"]], index=2)
    rows = [row for row in data_rows([first, second, third], RISK) if hasattr(row, "values")]
    assert [(row.table, row.row, row.values["risk"], row.direction.number) for row in rows] == [
        (0, 2, "Сбои сети", "2"), (1, 0, "Отток кадров", "2"), (2, 1, "Рост цен", "2")]


def test_a_data_cell_merged_down_gives_its_text_to_each_row():
    table = layout_table([
        ["Наименование риска", "Мероприятия", "Фактическое исполнение", "Примечание"],
        ["Отток кадров", "Обучение", "Проведено", "Исполнено"],
        [UP, "Надбавки", "Выплачены", "Исполнено"],
    ])
    assert [row.values["risk"] for row in data_rows([table], RISK) if hasattr(row, "values")] == [
        "Отток кадров", "Отток кадров"]
