"""Constructions the held-out notes heldout23 found missing or misread, each a table of sentences of its own
(pipeline.facts): the end of a period of years past the years a report speaks of ("на 2020–2060 годы"), the number
of a category before its noun in the genitive singular ("клиники 2 уровня"), a value compared with "против N в
прошлом году" and one in brackets after "за аналогичный период прошлого года", an abbreviated index ("ИЗА"), a unit
elided with its scale written in a sentence that opens "Из <participle> <noun>", a rate's base going on to the next
item of a list named by another rate, the counted noun of "сеть X", of "единиц" in a relative clause and of a part
labelled after "из них", and a flow per second."""
from __future__ import annotations

import pytest

from test_facts_constructions import facts as _note
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    ("По Стратегии развития на 2020–2060 годы в 2023 году открыто 8 лабораторий.", [(8, "count", 2023)]),
    ("Доктрина на 2015-2055 гг. определяет 6 приоритетов.", [(6, "count", None)]),
    # a period the report speaks of stays a period, and a span of years after a year is still a figure
    ("Программа на 2021–2025 годы предусматривает 14 мероприятий.", [(14, "count", None)]),
])
def test_the_end_of_a_long_period_of_years_is_no_figure(text, want):
    got = [(f.value, f.unit, f.year) for f in _note(text, 2023)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Медпомощь оказывают 54 клиники, из них 9 – клиники 2 уровня.", [(54, "count"), (9, "count")]),
    ("Доля пациентов в больницах 1 и 2 уровня составила 41,5%.", [(41.5, "percent")]),
    # after a verb the same words count levels
    ("Система мониторинга имеет 3 уровня.", [(3, "count")]),
])
def test_a_level_named_by_its_number_is_no_count(text, want):
    got = [(f.value, f.unit) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Паводки затронули 14 районов против 19 в прошлом году.", [(14, 2023), (19, 2022)]),
    ("Собрано 3,4 млн тонн, что на 6,1% меньше, чем за аналогичный период прошлого года (3,62 млн тонн).",
     [(3.4e6, 2023), (6.1, 2023), (3.62e6, 2022)]),
])
def test_the_value_of_the_year_before_written_after_its_period(text, want):
    got = [(f.value, f.year) for f in _note(text, 2023)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Очень высокое загрязнение (ИЗА выше 14) отмечено в 2 городах.", [(14, "index"), (2, "count")]),
    ("В Темиртау ИЗА5 составил 9,3.", [(9.3, "index")]),
])
def test_an_abbreviated_pollution_index_is_an_index(text, want):
    got = [(f.value, f.unit) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Изъято 4,2 тыс. га пастбищ. Из изъятых участков 3,1 тыс. – в Жетысуской области.",
     [(4200, "hectare"), (3100, "hectare")]),
    # a sentence that refers back to nothing keeps its own count
    ("Изъято 4,2 тыс. га пастбищ. Из 120 проверок 31 выявила нарушения.",
     [(4200, "hectare"), (120, "count"), (31, "count")]),
])
def test_a_unit_elided_after_a_part_lead_comes_from_the_sentence_before(text, want):
    got = [(f.value, f.unit) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Показатели года: распространенность ВИЧ выросла до 0,23 на 1000 населения; летальность – до 0,9; охват"
     " лечением – 81%.", [(0.23, "ratio", 1000), (0.9, "ratio", 1000), (81, "percent", None)]),
    # an item labelled by no rate's name keeps its own measure
    ("Показатели года: распространенность ВИЧ выросла до 0,23 на 1000 населения; выявлено 412 случаев.",
     [(0.23, "ratio", 1000), (412, "count", None)]),
])
def test_a_rates_base_goes_on_to_the_next_rate_of_a_list(text, want):
    got = [(f.value, f.unit, f.per) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("За год сеть пунктов проката выросла до 57 (2022 г. – 44).", [(57, "пунктов"), (44, "пунктов")]),
    ("Перевезено 2,3 тыс. контейнеров, общий парк которых – 910 единиц.", [(2300, "контейнеров"), (910, "контейнеров")]),
    ("Принято 820,4 тыс. заявлений, в том числе пособий – 512,2 тыс., субсидий – 308,2 тыс.",
     [(820400, "заявлений"), (512200, "пособий"), (308200, "субсидий")]),
])
def test_the_counted_noun_named_by_the_construction(text, want):
    got = [(f.value, f.object) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Водоотбор насосной станции – 140 л/с.", [(140, "litre", 1, "с")]),
    ("Расход реагента – 2,5 л/га.", [(2.5, "litre", 1, "га")]),
])
def test_a_flow_per_second(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in _note(text)]
    assert same(got, want), got
