"""Constructions the held-out notes heldout21 found missing or misread, each a table of sentences of its own
(pipeline.facts): the end or start of the year written without its year ("на конец года"), school grades listed by
"для 1 классов – ...", a series of rates per 1000 in brackets split by semicolons and a difference of that rate, a
target's value followed by "к 2025 году", a price of one hour, a base of one that is a participle used as a noun ("на
одного обследованного"), a later member naming its own base ("одного ..., подкожной метки – 95 тенге") and a norm
sharing the base with its unit written another way ("гектаров" and "га")."""
from __future__ import annotations

import pytest

from test_facts_constructions import facts as _note
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    ("В 2022 году введено 14 подстанций. На конец года в работе находилось 312 подстанций.",
     [(14, "count", 2022), (312, "count", 2022)]),
    ("В 2022 году введено 14 подстанций. К концу года построено еще 6 подстанций.",
     [(14, "count", 2022), (6, "count", 2022)]),
    # with its own year it keeps that year; where the paragraph named no year, none (not the reporting year)
    ("В 2022 году введено 14 подстанций. На конец 2021 года в работе было 290 подстанций.",
     [(14, "count", 2022), (290, "count", 2021)]),
    ("Парк пополнился на 40 автобусов и на начало года насчитывает 1,2 тыс. автобусов.",
     [(40, "count", None), (1200, "count", None)]),
])
def test_the_end_of_the_year_without_its_year_is_of_the_paragraphs_year(text, want):
    got = [(f.value, f.unit, f.year) for f in _note(text, 2022)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Закуплено 3,2 млн. тетрадей, в том числе: для 1 классов – 0,8 млн.; для 4 классов – 0,6 млн.; для 9 классов –"
     " 0,5 млн.", [(3200000,), (800000,), (600000,), (500000,)]),
    ("Для 1 классов издано 42 тыс. прописей, для 2 классов – 38 тыс.", [(42000,), (38000,)]),
    # a count of classes stays a count
    ("В школе открыто 5 классов, для 3 классов закуплены доски.", [(5,), (3,)]),
])
def test_grades_listed_after_one_are_no_counts(text, want):
    got = [(f.value,) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Заболеваемость туберкулезом снизилась до 31,2 на 100 тыс. населения (2020 г. – 38,4; 2021 г. – 34,9), что на"
     " 3,7 ниже уровня прошлого года.",
     [(31.2, "ratio", 100000), (38.4, "ratio", 100000), (34.9, "ratio", 100000), (3.7, "ratio", 100000)]),
    ("На 1000 жителей приходится 412 абонентов (2020 г. – 380; 2021 г. – 397).",
     [(412, "person", 1000), (380, "person", 1000), (397, "person", 1000)]),
    # a semicolon outside brackets still ends the rate's clause
    ("Смертность составила 7,9 на 1000 населения; в сельской местности зарегистрировано 12 случаев.",
     [(7.9, "ratio", 1000), (12, "count", None)]),
])
def test_a_bracketed_series_split_by_semicolons_keeps_the_base(text, want):
    got = [(f.value, f.unit, f.per) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Охват широкополосным доступом в 2021 году составил 78,4% при плановом значении 85% к 2025 году.",
     [(78.4, 2021), (85, 2025)]),
    # no target named: a level against a year's level dates nothing by that year
    ("В 2022 году выпущено 512 тыс. тонн цемента (2021 г. – 480 тыс.), или 106,7% к 2021 году.",
     [(512000, 2022), (480000, 2021), (106.7, 2022)]),
    ("Поголовье коров на 1 мая 2021 г. составило 7,1 тыс. голов (93,2% к 1 мая 2020 г.).",
     [(7100, 2021), (93.2, 2021)]),
])
def test_a_targets_value_takes_the_year_after_it(text, want):
    got = [(f.value, f.year) for f in _note(text, 2022)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Средняя стоимость одного часа работы переводчика – 6 200 тенге.", [(6200, "KZT", 1, "часа")]),
    ("Расходы на одну экспедицию составили 3,1 млн. тенге, на одного обследованного – 2,6 тыс. тенге.",
     [(3100000, "KZT", 1, "экспедицию"), (2600, "KZT", 1, "обследованного")]),
    ("Цена одного чипа с установкой – 1 200 тенге, подкожной метки – 95 тенге.",
     [(1200, "KZT", 1, "чипа"), (95, "KZT", 1, "метки")]),
    ("Нагрузка составляет 12,4 тыс. гектаров на одного лесника (при нормативе 10 тыс. га).",
     [(12400, "hectare", 1, "лесника"), (10000, "hectare", 1, "лесника")]),
    # an adjective alone after the same numeral keeps the noun of the base before it
    ("На одного частного нотариуса приходится 410 сделок, на одного государственного – 380.",
     [(410, "count", 1, "нотариуса"), (380, "count", 1, "нотариуса")]),
    ("Продление срока на один год обходится в 5 тыс. тенге.", [(5000, "KZT", None, None)]),
    # "на одной" is a place (the prepositional case), a base is "на одну"
    ("Время ожидания на одной остановке – от 4 до 9 минут.", [(4, "minute", None, None), (9, "minute", None, None)]),
    ("Расход топлива на одну машину составил 14 литров.", [(14, "litre", 1, "машину")]),
])
def test_bases_of_one_in_a_series_of_prices(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in _note(text)]
    assert same(got, want), got
