"""Constructions the held-out set heldout31 (notes) found missing, in other wordings than the set's (pipeline.facts):
an earlier value in brackets labelled by a stock date, which takes no unit written after the bracket; a change stated
once for a whole that its members, labelled by a preposition, break down; people on a staff headcount counted in
"единиц"; a part elided after a noun of coverage ("с охватом"), which counts the events; months named in brackets
after "месяцы"/"период"; and the first of three members that write their noun once."""
from __future__ import annotations

import pytest

from pipeline.facts import TextBlock, extract_facts, facts_of_text
from test_facts_constructions import same


def _facts(text: str, reporting_year: int | None = None) -> list[tuple]:
    return [_counted(f) for f in facts_of_text(text, reporting_year)]


def _counted(f) -> tuple:
    """Value, unit, year and the object of a count (the labels' object, null for other units)."""
    return f.value, f.unit, f.year, f.object if f.unit in ("count", "person") else None


def _changes(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.change) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("Число аптек на 1 июля 2022 года достигло 512 (на 1 июля 2021 года – 478), их общая площадь – 36,2 тыс. кв. м.",
     [(512, "count", 2022, "аптек"), (478, "count", 2021, "аптек"), (36200, "sqm", 2022, None)]),
    ("Число приютов составило 48 (годом ранее – 41), а их вместимость – 2,6 тыс. мест.",
     [(48, "count", 2023, "приютов"), (41, "count", 2022, "приютов"), (2600, "count", 2023, "мест")]),
])
def test_an_earlier_value_in_brackets_takes_no_unit_written_after_the_bracket(text, want):
    got = _facts(text, 2023)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Снижение тарифов составило 7%, по 12 районам – более 10%.",
     [(7, "percent", "decrease"), (12, "count", None), (10, "percent", "decrease")]),
    ("Прирост выпуска составил 6,2%, в том числе в сельской местности – 8,1%.",
     [(6.2, "percent", "increase"), (8.1, "percent", "increase")]),
    # a new measure named by a noun is no member of the change
    ("Рост ВВП составил 4,5%, доля экспорта – 30%.", [(4.5, "percent", "increase"), (30, "percent", None)]),
])
def test_a_change_keeps_its_kind_in_the_members_that_break_it_down(text, want):
    got = _changes(text)
    assert same(got, want), got


def test_a_member_of_100_percent_or_more_is_an_index_no_change():
    got = _changes("Рост производства в 2021 году может составить по умеренному сценарию – 97,8%, по оптимистичному – 103,2%.")
    assert got[-1] == (103.2, "percent", None), got


@pytest.mark.parametrize("text, want", [
    ("Штатная численность операторов составила 640 единиц, из них 85 – в районных службах.",
     [(640, "person", None, "операторов"), (85, "person", None, "операторов")]),
    ("Штатная численность страховых агентов – 1 240 единиц.", [(1240, "person", None, "агентов")]),
    # operators alone, without a staff list, are organisations; a staff list's noun that is no one is a count
    ("Численность операторов связи – 45 единиц.", [(45, "count", None, "операторов")]),
    ("Штатная численность подразделений – 45 единиц.", [(45, "count", None, "подразделений")]),
])
def test_a_staff_headcount_counts_people(text, want):
    got = _facts(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("В 2022 году проведено 48 семинаров с охватом 2 150 слушателей, из них 12 выездных.",
     [(48, "count", 2022, "семинаров"), (2150, "person", 2022, "слушателей"), (12, "count", 2022, "семинаров")]),
    # a part at the coverage's own scale counts the people covered
    ("В 2022 году проведено 45 тренингов с охватом 3,2 тыс. человек, в том числе 1,1 тыс. – в сельской местности.",
     [(45, "count", 2022, "тренингов"), (3200, "person", 2022, "человек"), (1100, "person", 2022, "человек")]),
])
def test_a_part_after_a_coverage_counts_the_events(text, want):
    got = _facts(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("В летние месяцы (июнь, июль и август) поступало до 12 тыс. заявок в неделю.", [(12000, "count", 2022, "заявок")]),
    ("За первые месяцы (январь–март) высажено 412 тыс. саженцев.", [(412000, "count", 2022, "саженцев")]),
    # a span from one year into the next names no single year
    ("В зимний период (декабрь–февраль) отгружалось до 12 тыс. тонн в сутки.", [(12000, "tonne", None, None)]),
])
def test_months_in_brackets_after_a_span_are_of_the_reporting_year(text, want):
    got = [_counted(f) for f in _note_facts(text, 2022)]
    assert same(got, want), got


def _note_facts(text: str, reporting_year: int) -> list:
    """Facts of one paragraph of a report's note of that reporting year."""
    return extract_facts([TextBlock(text)], "analytical_note", reporting_year=reporting_year)


def test_the_first_of_three_members_takes_the_noun_written_once():
    got = _facts("Построено 12 жилых, 4 административных и 7 производственных зданий.")
    assert same(got, [(12, "count", None, "зданий"), (4, "count", None, "зданий"), (7, "count", None, "зданий")]), got
