"""Constructions the held-out set heldout13 found missing, each a table (pipeline.facts, pipeline.sentences): a
sentence that opens with a number after a full stop, a comparison worded "соответствует уровню прошлого года", an
amount said to be a change noun ("падение составило 2,9 млн тонн"), the second of two changes joined by "и", and a
price per one unit ("тенге за 1 кВт/час")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from pipeline.sentences import sentences
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # a full stop after a whole word ends a sentence before a number that opens the next one
    ("Прирост составил 27,4% к аналогичному периоду прошлого года. 99,99% из всех кредитов выдано в рублях.",
     ["Прирост составил 27,4% к аналогичному периоду прошлого года.", "99,99% из всех кредитов выдано в рублях."]),
    ("В 2018 году построено 5 школ. 45 вообще работали без разрешения.",
     ["В 2018 году построено 5 школ.", "45 вообще работали без разрешения."]),
    # not after a magnitude (one number with two scales) or an abbreviation ("прил. 2", "15 февр. 2020")
    ("Выделено 5 млрд. 200 млн тенге.", ["Выделено 5 млрд. 200 млн тенге."]),
    ("См. табл. 3 и прил. 2.", ["См. табл. 3 и прил. 2."]),
    ("С 15 февр. 2020 г. действует новый тариф.", ["С 15 февр. 2020 г. действует новый тариф."]),
    # nor after a short unit abbreviation
    ("Выдано 117 287 шт. 99,99% из них в рублях.", ["Выдано 117 287 шт. 99,99% из них в рублях."]),
])
def test_a_sentence_may_open_with_a_number(text, want):
    assert sentences(text) == want


@pytest.mark.parametrize("text, want", [
    # the year of the first sentence is not carried to a figure of the next one that compares with nothing
    ("Объем выдачи за январь-февраль 2016 года составил 204,4 млрд руб., прирост составил 27,4% к аналогичному "
     "периоду прошлого года. 99,99% из всех выданных кредитов было выдано в рублях.",
     [(204.4e9, "RUB", 2016), (27.4, "percent", 2016), (99.99, "percent", None)]),
])
def test_a_period_is_not_carried_into_a_sentence_that_opens_with_a_number(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "соответствует уровню прошлого года", "сохранилось на уровне прошлого года": compared with the previous year, so
    # the period in force (rule 4); a figure that compares with nothing stays without a year (rule 6)
    ("К 18 января 2023 года вылов составил 175,4 тыс. тонн. Вылов трески в 5,2 тыс. тонн соответствует уровню "
     "прошлого года. Объем добычи сельди составил 22,8 тыс. тонн.",
     [(175400, "tonne", 2023), (5200, "tonne", 2023), (22800, "tonne", None)]),
    ("В 2022 году вылов составил 175,4 тыс. тонн. Поголовье коз в 3,2 млн голов сохранилось на уровне прошлого года.",
     [(175400, "tonne", 2022), (3.2e6, "count", 2022)]),
])
def test_a_level_equal_to_the_previous_year_is_a_comparison(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a rate said to be a change noun ("спад", "падение") is a change of that direction
    ("Добыча составила 5 млн тонн, спад составил 3%.", [(5e6, None), (3, "decrease")]),
    ("Падение производства составило 2,9%.", [(2.9, "decrease")]),
    # an amount in other units said of such a noun stays a level, as the labelled sets have it ("Прирост запасов меди
    # составил 1,2 млн. тонн" is what was added, heldout8_07; "Миграционная убыль ... составила 1338 человек")
    ("Прирост запасов меди составил 1,2 млн. тонн.", [(1.2e6, None)]),
    ("Средний возраст служащих составил 39 лет.", [(39, None)]),
    # the second of two changes joined by "и", each with what it is in
    ("Прирост рынка составил 27,4% в количественном и 36,2% в денежном выражении.",
     [(27.4, "increase"), (36.2, "increase")]),
    # but not a level of another kind after "и"
    ("Рост составил 5% и доля 30%.", [(5, "increase"), (30, None)]),
    ("Доля составила 5% в городе и 30% в селе.", [(5, None), (30, None)]),
])
def test_a_rate_said_of_a_change_noun_is_a_change(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a price "за 1" unit: the 1 is the base of the rate, not a figure
    ("1. тариф для бытовых потребителей - 15,0528 тенге за 1 кВт/час с учетом НДС;", [(15.0528, "KZT", 1)]),
    ("Цена составила 500 рублей за 1 кг.", [(500, "RUB", 1)]),
    # the base goes to the price, not to a figure after it
    ("Штраф 5000 рублей за 1 нарушение и 2 штуки.", [(5000, "RUB", 1), (2, "count", None)]),
    # "за 1" after anything but a price is a figure as before
    ("Получено 20 тонн за 1 рейс.", [(20, "tonne", None), (1, "count", None)]),
])
def test_a_price_per_one_unit(text, want):
    got = [(f.value, f.unit, f.per) for f in facts_of_text(text)]
    assert same(got, want), got
