"""Constructions the held-out set heldout51 (notes) found missing, each in other wordings (pipeline.facts): prose that
opens right after a goal's, task's or direction's heading ("Задача 2.1. За 2020 год выдано ...") is no title, its
figures are facts (a title opens with no period and holds no number but a year); illuminance in lux ("400 лк") is a
unit; a measure right after a counted noun names its class ("трансформаторов 10 кВ"), a bare part after it counts
the noun; a bare figure of a counted whole counts the things its dash names in the nominative plural ("Из числа
заявителей 52 – предприятия"); in a series of count-and-amount pairs a bare amount takes the unit another pair wrote;
a total "всего с 2015 года" in a passage on a later year has no single year, and inside brackets ends at them; a
sentence opening with a difference's noun ("Сокращение выбросов ... (тыс. тонн): ТЭЦ-1 – 4,2") states it for each part."""
from __future__ import annotations

import pytest

from pipeline.facts import TextBlock, extract_facts
from test_facts_constructions import same


def _facts(text: str, reporting_year: int = 2021) -> list:
    return extract_facts([TextBlock(text)], "analytical_note", reporting_year=reporting_year)


@pytest.mark.parametrize("text, want", [
    ("Задача 2.1. За 2020 год выдано 318 лицензий на пользование недрами.", [(318, "count", 2020)]),
    ("Направление 3. В отчетном году построено 12 км дорог.", [(12, "km", 2021)]),
    ("Задача 4 По итогам года выдано 52 разрешения.", [(52, "count", 2021)]),
    ("Задача 3. Учреждением выдано 420 заключений.", [(420, "count", None)]),
    # a title after the bare heading is still no prose, whether without figures or naming a target with no verb
    ("Цель 3.2. Развитие массового спорта. В 2021 году открыто 14 залов.", [(14, "count", 2021)]),
    ("Цель 1.2. Снижение смертности до 10 случаев на 100 тыс. населения. В 2021 году выявлено 12 случаев.",
     [(12, "count", 2021)]),
])
def test_prose_right_after_a_heading_keeps_its_figures(text, want):
    got = [(f.value, f.unit, f.year) for f in _facts(text)]
    assert same(got, want), got


def test_illuminance_in_lux():
    got = [(f.value, f.unit) for f in _facts("Освещенность в классах доведена до 400 лк при норме 300 лк.")]
    assert same(got, [(400, "lux"), (300, "lux")]), got


@pytest.mark.parametrize("text, want", [
    ("Из 64 трансформаторов 10 кВ отремонтировано 40.", [(64, "count"), (10, "kV"), (40, "count")]),
    ("Построено 8 подстанций 35 кВ, из них 3 – в сельской местности.", [(8, "count"), (35, "kV"), (3, "count")]),
    # a period before a measure is no counted noun: the part is of the measure
    ("За 9 месяцев 120 тонн отгружено, из них 40 – на экспорт.", [(120, "tonne"), (40, "tonne")]),
])
def test_a_measure_naming_the_class_of_counted_things(text, want):
    got = [(f.value, f.unit) for f in _facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Из числа заявителей 52 – предприятия, 18 – крестьянские хозяйства.", [(52, "count"), (18, "count")]),
    # people after the dash stay people, money stays money
    ("Из числа пострадавших 12 – дети.", [(12, "person")]),
    ("Выделено 2,5 млрд тенге, из них 1,2 млрд – школы.", [(2.5e9, "KZT"), (1.2e9, "KZT")]),
])
def test_a_part_of_a_counted_whole_counts_what_its_dash_names(text, want):
    got = [(f.value, f.unit) for f in _facts(text)]
    assert same(got, want), got


def test_a_bare_amount_of_a_count_and_amount_pair():
    text = "В 2020 году заключено 40 контрактов на 3,2 млрд., в 2021 году – 52 контракта на 4,5 млрд. тенге."
    got = [(f.value, f.unit, f.year) for f in _facts(text)]
    assert same(got, [(40, "count", 2020), (3.2e9, "KZT", 2020), (52, "count", 2021), (4.5e9, "KZT", 2021)]), got


@pytest.mark.parametrize("text, want", [
    ("В 2021 году оцифровано 1,2 млн документов (всего с 2015 года – 6,8 млн), что составляет 40% фонда.",
     [(1.2e6, "count", 2021), (6.8e6, "count", None), (40, "percent", 2021)]),
    ("В отчетном году введено 14 объектов, нарастающим итогом с 2016 г. – 95 объектов.",
     [(14, "count", 2021), (95, "count", None)]),
])
def test_a_total_since_an_earlier_year(text, want):
    got = [(f.value, f.unit, f.year) for f in _facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Сокращение выбросов по предприятиям (тыс. тонн): ТЭЦ-1 – 4,2; ТЭЦ-2 – 3,1.", ["decrease", "decrease"]),
    ("Рост поступлений в отчетном году (млн. тенге): налоги – 512,4; сборы – 38,1.", ["increase", "increase"]),
    # a lead-in naming no difference states levels
    ("Объем выбросов по предприятиям (тыс. тонн): ТЭЦ-1 – 4,2; ТЭЦ-2 – 3,1.", [None, None]),
])
def test_parts_after_a_lead_in_opening_with_a_difference(text, want):
    got = [f.change for f in _facts(text)]
    assert got == want, got


def test_a_clause_after_the_parts_of_a_difference_is_no_part():
    text = "Снижение затрат по филиалам (млн. тенге): Север – 12,4; Юг – 8,1, что обеспечило экономию 3% (годом ранее – 2%)."
    got = [f.change for f in _facts(text)]
    assert got[:2] == ["decrease", "decrease"] and got[-1] is None, got
