"""Constructions the held-out set heldout37 found missing, in other wordings than the set's (pipeline.facts): units of
apparent power, current, particle energy and standard labour hours; a toll-free telephone number of five hyphenated
groups and a classifier's code, which count nothing; a season the text reports on ("в сезон"), a back reference
"за этот период" and a value "против X за N месяцев прошлого года"; an earlier value "чем в прошлом сезоне (X)";
a bare bracketed value repeating a labelled bracket of the same sentence; a scaled bare member that takes no
percent from the member after it; a small round base in a subject before a level ("на 10 яиц снижен до"), and one
unit opening a clause before a dash and a level; a contract's term written as a hyphenated adjective."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _units(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in facts_of_text(text)]


def _years(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("Установлены два трансформатора по 25 МВА и 630 кВА.", [(25, "MVA"), (630, "kVA")]),
    ("Ускоритель разгоняет протоны до 7 ГэВ при токе 120 мА.", [(7, "GeV"), (120, "mA")]),
    ("На ремонт тепловоза затрачено 18,5 тыс. нормо-часов.", [(18_500, "standard_hour")]),
    # "мА" is no metre, "МВт" no apparent power
    ("Мощность блока – 210 МВт.", [(210, "MW")]),
])
def test_units_of_apparent_power_current_particle_energy_and_labour(text, want):
    got = _units(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Справки по телефону доверия 8-800-555-3-535 принимаются круглосуточно, поступило 412 обращений.",
     [(412, "count")]),
    ("Товар отнесен к коду 10.51 ТН ВЭД, выпущено 36 партий.", [(36, "count")]),
])
def test_a_hyphenated_phone_number_and_a_code_count_nothing(text, want):
    got = _units(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a season the text reports on, referred to without its year
    ("Отопительный сезон 2024 года начался 1 октября. В сезон котельные сожгли 48 тыс. тонн угля.",
     [(48_000, "tonne", 2024)]),
    # a season named by what follows it is no reference to it
    ("Отопительный сезон 2024 года начался 1 октября. В сезон дождей выпало 310 мм осадков.",
     [(310, "mm", None)]),
    # "за этот период": the period named before
    ("Сбор урожая за январь–август 2023 года завершен. Выручка за этот период составила 5,2 млрд тенге.",
     [(5_200_000_000, "KZT", 2023)]),
])
def test_a_season_reported_on_and_a_period_referred_back(text, want):
    got = _years(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a value set against the same months of the year before
    ("За восемь месяцев 2024 года выпуск вырос. Загрузка линии составила 88,2% против 79,4% за восемь месяцев "
     "прошлого года.", [(88.2, "percent", 2024), (79.4, "percent", 2023)]),
    # the earlier season's value in brackets after "чем в прошлом сезоне"
    ("В сезоне 2023 года собрано 41,7 тыс. тонн хлопка, что на 12% больше, чем в прошлом сезоне (37,2 тыс. тонн).",
     [(41_700, "tonne", 2023), (12, "percent", 2023), (37_200, "tonne", 2022)]),
])
def test_the_value_of_the_earlier_period_takes_the_year_before(text, want):
    got = _years(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the second bracket holds only a value: the same earlier year as the first
    ("В 2022 году добыто 3,4 млн тонн угля (2021 г. – 3,1 млн), сланца – 840 тыс. тонн (790).",
     [(3_400_000, "tonne", 2022), (3_100_000, "tonne", 2021), (840_000, "tonne", 2022), (790_000, "tonne", 2021)]),
])
def test_a_bare_bracket_repeats_the_labelled_bracket_before_it(text, want):
    got = _years(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a scaled bare member before a percent takes the currency of the first member
    ("Доходы бюджета составили 412,3 млн сомов, расходы – 398,1 млн, дефицит – 2,4%.",
     [(412_300_000, "KGS"), (398_100_000, "KGS"), (2.4, "percent")]),
])
def test_a_scaled_bare_member_takes_no_percent(text, want):
    got = _units(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Расход топлива на 10 рейсов сократился до 2,6 тонны.", [(2.6, "tonne", 10, "рейсов")]),
    ("Затраты электроэнергии на 1 тонну проката снижены до 410 кВт·ч, на 1 тонну литья – до 520 кВт·ч.",
     [(410, "kWh", 1, "тонну проката"), (520, "kWh", 1, "тонну литья")]),
    # a count of the same kind is the amount of a change, no base
    ("Число пунктов на 10 единиц увеличилось до 140.", [(10, "count", None, None), (140, "count", None, None)]),
    # money spent on things: no base
    ("Затраты на 10 объектов составили 3 млн рублей.", [(10, "count", None, None), (3_000_000, "RUB", None, None)]),
])
def test_a_round_base_in_the_subject_before_a_level(text, want):
    got = _bases(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Участок передан по 25-летнему контракту.", [(25, "year")]),
    ("Склад взят в рамках 3-летней аренды.", [(3, "year")]),
])
def test_a_contract_term_written_as_an_adjective(text, want):
    got = _units(text)
    assert same(got, want), got

