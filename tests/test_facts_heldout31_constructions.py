"""Constructions the held-out set heldout31 found missing, in other wordings than the set's (pipeline.facts): a price
written with a verb of costing or paying ("стоил", "обходится", "платят") instead of a word of price, and an amount
shared out "за каждый" span of time or item, with no word of price at all; one unit after "для" and the action it
takes ("Для выпуска 1 тонны цемента расходуется ...") the base of what the action takes; the number a hotline is
named by after a colon ("Горячая линия: 1-80"); a span of dates from one year into the next ("с 1 декабря 2024
года по 4 апреля 2025 года"), of no single year; the unit of a price after a dash and "за" ("25 тенге – за 1 кг")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("Аренда лодки на озере стоила 600 рублей за час.", [(600, "RUB", 1, "час")]),
    ("Парковка у вокзала обходится в 300 тенге за час.", [(300, "KZT", 1, "час")]),
    # no verb of costing: a sum earned over a year is no price of one year
    ("Доход фермы составил 300 тыс. рублей за год.", [(300_000, "RUB", None, None)]),
])
def test_a_verb_of_costing_makes_an_amount_the_price_of_one_span(text, want):
    got = _bases(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Хранение контейнера – 500 тенге за каждые сутки.", [(500, "KZT", 1, "сутки")]),
    ("Штраф составляет 1 200 рублей за каждый день просрочки.", [(1200, "RUB", 1, "день")]),
])
def test_an_amount_for_each_span_is_a_rate_of_one(text, want):
    got = _bases(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a verb of paying says a price: the mass keeps the unit alone
    ("Заготовители платят 40 тенге за 1 кг сухой шерсти.", [(40, "KZT", 1, "кг")]),
    ("Магазины платили по 90 рублей за 1 кг клюквы.", [(90, "RUB", 1, "кг")]),
    # no price: a payment per a mass produced names the product it weighs
    ("Субсидия составила 50 тенге за 1 кг произведенного меда.", [(50, "KZT", 1, "кг меда")]),
])
def test_a_verb_of_paying_makes_a_mass_base_the_unit_of_a_price(text, want):
    got = _bases(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Для выпуска 1 тонны цемента расходуется 110 кВт·ч электроэнергии.", [(110, "kWh", 1, "тонны")]),
    ("Для получения 1 л масла требуется 5–6 кг семян.", [(5, "kg", 1, "л"), (6, "kg", 1, "л")]),
    # "для" with a noun of people names whom, no action: the grade is no base
    ("Для учеников 1 класса закуплено 40 тыс. учебников.", [(40_000, "count", None, None)]),
])
def test_one_unit_after_for_and_an_action_is_the_base_of_what_it_takes(text, want):
    got = _bases(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Справки по работе пунктов приема. Горячая линия: 1-90.", []),
    ("Горячая линия – 3 150 обращений за год.", [(3150, "count")]),
])
def test_the_number_after_hotline_and_a_colon_counts_nothing(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


def _years(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("С 15 октября 2023 года по 30 апреля 2024 года котельные выработали 2,4 млн Гкал.", [(2_400_000, "Gcal", None)]),
    ("С 1 октября 2023 года по 31 марта 2024 года отгружено 52 тыс. тонн угля; в марте 2024 года – 9 тыс. тонн.",
     [(52_000, "tonne", None), (9000, "tonne", 2024)]),
    # a span within one year is of that year
    ("С 3 июня 2024 года по 9 августа 2024 года в лагерях отдохнули 14 тыс. детей.", [(14_000, "person", 2024)]),
])
def test_a_span_of_dates_from_one_year_into_the_next_names_no_single_year(text, want):
    got = _years(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Цена бензина – 250 тенге за литр, дизельного топлива – 290 тенге – за 1 литр.",
     [(250, "KZT", 1, "литр"), (290, "KZT", 1, "литр")]),
])
def test_a_price_s_unit_after_a_dash_and_for_is_its_base(text, want):
    got = _bases(text)
    assert same(got, want), got
