"""Plan/fact cells and status wordings as reports write them, one row per wording: pipeline.numbers."""
from __future__ import annotations

import pytest

from pipeline.numbers import CellNumber, parse_cell_number, parse_indicator_status, parse_risk_status, to_float

NBSP, NARROW_NBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.mark.parametrize("text, value", [
    ("12", 12.0),
    ("0", 0.0),
    ("1 234,5", 1234.5),
    (f"1{NBSP}234,5", 1234.5),
    (f"45{NARROW_NBSP}375", 45375.0),
    (f"1{THIN}000", 1000.0),
    ("12 345 678", 12345678.0),
    ("0,05", 0.05),
    ("7.4", 7.4),
    ("−3", -3.0),  # a minus sign
    ("–3", -3.0),  # an en dash used as one
    ("+2,5", 2.5),
])
def test_to_float(text, value):
    assert to_float(text) == value


def number(value: float, qualifier: str | None = None) -> CellNumber:
    return CellNumber(value, "number", qualifier)


MISSING = CellNumber(None, "missing")
UNPARSED = CellNumber(None, "unparsed")


@pytest.mark.parametrize("text, expected", [
    # plain numbers, with the group spaces Word and PDF exports put in
    ("90", number(90.0)),
    ("7,4", number(7.4)),
    ("1 234,5", number(1234.5)),
    (f"1{NBSP}234,5", number(1234.5)),
    (f"20{NARROW_NBSP}979", number(20979.0)),
    (f"1{NBSP}234{NBSP}567,89", number(1234567.89)),
    ("  95  ", number(95.0)),
    ("-5", number(-5.0)),
    ("−0,3", number(-0.3)),
    ("+2,5", number(2.5)),
    # a unit or a footnote mark after the number
    ("93,5 %", number(93.5)),
    ("93,5%", number(93.5)),
    ("12*", number(12.0)),
    ("79,5*", number(79.5)),
    ("120 человек", number(120.0)),
    ("90\n(прогноз)", number(90.0)),
    # a qualifier before it: the number is a bound (the vocabulary's wordings, any case)
    ("не менее 90", number(90.0, "не менее")),
    ("Не менее 90 %", number(90.0, "не менее")),
    ("не более 12,0", number(12.0, "не более")),
    ("не свыше 5", number(5.0, "не свыше")),
    ("не ниже 70", number(70.0, "не ниже")),
    ("не выше 3", number(3.0, "не выше")),
    ("до уровня 12", number(12.0, "до уровня")),
    ("до 3", number(3.0, "до")),
    ("более 100", number(100.0, "более")),
    ("свыше 1 000", number(1000.0, "свыше")),
    ("менее 10", number(10.0, "менее")),
    ("около 30", number(30.0, "около")),
    ("порядка 2,5", number(2.5, "порядка")),
    ("≥ 95", number(95.0, "≥")),
    ("≤5", number(5.0, "≤")),
    ("в 1,5 раза", number(1.5, "в")),
    # "no value" marks
    (None, MISSING),
    ("", MISSING),
    ("   ", MISSING),
    ("-", MISSING),
    ("—", MISSING),
    ("–", MISSING),
    ("н/д", MISSING),
    ("Н/Д", MISSING),
    ("н / д", MISSING),
    ("нет данных", MISSING),
    ("х", MISSING),  # a Cyrillic "х" crossing out the cell
    ("x", MISSING),
    ("*", MISSING),
    ("отсутствует", MISSING),
    # text that is not a number
    ("высокий", UNPARSED),
    ("в процессе", UNPARSED),
    ("Исполнено", UNPARSED),
    ("3 из 5", UNPARSED),
    ("1 23", UNPARSED),  # not a group of three digits
    ("100,0 / 95,0", UNPARSED),
    ("12; 13", UNPARSED),
    ("56 050, i", UNPARSED),  # a decimal digit OCR read as a letter: flagged, not cut to 56 050
    ("12,O", UNPARSED),
    ("не менее", CellNumber(None, "unparsed", "не менее")),  # a qualifier without its number
])
def test_parse_cell_number(text, expected):
    assert parse_cell_number(text) == expected


@pytest.mark.parametrize("text, low, high", [
    ("4-6", 4.0, 6.0),  # an inflation corridor
    ("4 - 6", 4.0, 6.0),
    ("4–6 %", 4.0, 6.0),
    ("0,5-1,0", 0.5, 1.0),
    ("12,5—13", 12.5, 13.0),
    ("от 4 до 6", 4.0, 6.0),
    ("3 до 5", 3.0, 5.0),
])
def test_parse_cell_number_ranges(text, low, high):
    cell = parse_cell_number(text)
    assert (cell.kind, cell.value, cell.low, cell.high) == ("range", None, low, high)


@pytest.mark.parametrize("text", ["6-4", "5-5"])
def test_a_range_must_rise(text):
    """'6-4' is no corridor: low must be below high, else the cell is text, not a range."""
    assert parse_cell_number(text).kind == "unparsed"




@pytest.mark.parametrize("text, status, status_text, comment", [
    ("Достигнут", "achieved", "Достигнут", None),
    ("достигнут", "achieved", "достигнут", None),
    ("Достигнуто", "achieved", "Достигнуто", None),
    ("  Достигнут  ", "achieved", "Достигнут", None),
    ("Достигнут.", "achieved", "Достигнут", None),
    ("Выполнен", "achieved", "Выполнен", None),
    ("Исполнен", "achieved", "Исполнен", None),
    ("Перевыполнен", "achieved", "Перевыполнен", None),
    ("Достигнуто (перевыполнено)", "achieved", "Достигнуто (перевыполнено)", None),
    ("Достигнут.\nЗа счет новых проектов", "achieved", "Достигнут", "За счет новых проектов"),
    ("Достигнут; значение превышено на 5%", "achieved", "Достигнут", "значение превышено на 5%"),
    ("Достигнут: показатель перевыполнен", "achieved", "Достигнут", "показатель перевыполнен"),
    ("Не достигнут", "not_achieved", "Не достигнут", None),
    ("Недостигнут", "not_achieved", "Недостигнут", None),
    ("НЕ ДОСТИГНУТ", "not_achieved", "НЕ ДОСТИГНУТ", None),
    ("Не выполнен", "not_achieved", "Не выполнен", None),
    ("Не достигнут\nиз-за карантина", "not_achieved", "Не достигнут", "из-за карантина"),
    # a narrow column wraps the remark onto a line of its own; a longer bracket on the next line is a comment
    ("Достигнут\n(перевыполнен)", "achieved", "Достигнут (перевыполнен)", None),
    ("Не достигнут\n(в связи с переносом сроков)", "not_achieved", "Не достигнут", "(в связи с переносом сроков)"),
    ("Не достигнут. Причина: сокращение финансирования", "not_achieved", "Не достигнут",
     "Причина: сокращение финансирования"),
    ("Не достигнут – перенос сроков", "not_achieved", "Не достигнут", "перенос сроков"),
    ("Частично достигнут", "partially_achieved", "Частично достигнут", None),
    ("Достигнут частично", "partially_achieved", "Достигнут частично", None),
    ("Достигнут не в полном объеме", "partially_achieved", "Достигнут не в полном объеме", None),
    ("Не полностью достигнут", "partially_achieved", "Не полностью достигнут", None),
    ("Достигнут не полностью", "partially_achieved", "Достигнут не полностью", None),
    ("Достигнут в полном объеме", "achieved", "Достигнут в полном объеме", None),
    ("Достигнут в полном объёме.\nЗа счет новых проектов", "achieved", "Достигнут в полном объёме", "За счет новых проектов"),
    ("Полностью достигнут", "achieved", "Полностью достигнут", None),
    ("В стадии исполнения", "partially_achieved", "В стадии исполнения", None),
    # not a known wording: no status, the first line kept as its text, the rest as the comment
    ("Не оценивается", None, "Не оценивается", None),
    ("Нет данных\nстатистика публикуется в мае", None, "Нет данных", "статистика публикуется в мае"),
    ("Достигнутый уровень", None, "Достигнутый уровень", None),
    ("", None, None, None),
    (None, None, None, None),
])
def test_parse_indicator_status(text, status, status_text, comment):
    got = parse_indicator_status(text)
    assert (got.status, got.status_text, got.comment) == (status, status_text, comment)


@pytest.mark.parametrize("text, status, status_text, comment", [
    ("Исполнено", "executed", "Исполнено", None),
    ("исполнено", "executed", "исполнено", None),
    ("Исполнены", "executed", "Исполнены", None),
    ("Выполнено", "executed", "Выполнено", None),
    ("Реализовано", "executed", "Реализовано", None),
    ("Исполнено.\nМероприятия проведены в срок", "executed", "Исполнено", "Мероприятия проведены в срок"),
    ("Исполнено в полном объеме", "executed", "Исполнено в полном объеме", None),
    ("Исполнено в полной мере", "executed", "Исполнено в полной мере", None),
    ("Не исполнено", "not_executed", "Не исполнено", None),
    ("Неисполнено", "not_executed", "Неисполнено", None),
    ("Не выполнено", "not_executed", "Не выполнено", None),
    ("Не реализовано", "not_executed", "Не реализовано", None),
    ("Не исполнено в связи с отсутствием финансирования", "not_executed", "Не исполнено",
     "в связи с отсутствием финансирования"),
    ("Исполнено частично", "partially_executed", "Исполнено частично", None),
    ("Частично исполнено", "partially_executed", "Частично исполнено", None),
    ("Исполнено не в полном объеме", "partially_executed", "Исполнено не в полном объеме", None),
    ("Исполняется", "partially_executed", "Исполняется", None),
    ("В процессе реализации", "partially_executed", "В процессе реализации", None),
    ("На исполнении", "partially_executed", "На исполнении", None),
    ("Снят с контроля", None, "Снят с контроля", None),
    ("", None, None, None),
    (None, None, None, None),
])
def test_parse_risk_status(text, status, status_text, comment):
    got = parse_risk_status(text)
    assert (got.status, got.status_text, got.comment) == (status, status_text, comment)

