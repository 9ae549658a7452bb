"""Constructions the held-out set heldout11 found missing, each a table (pipeline.facts): a year-on-year change
("в годовом выражении") compares with the year before, a base written with the months of its year ("к уровню
января-декабря 2011 года"), subscribers that are subscriptions, not people."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from pipeline.sentences import sentences
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # "в годовом выражении" compares with the same period a year earlier: the period in force dates the change
    ("Добыча угля в марте 2019 года составила 21,4 млн. тонн.\nВ годовом выражении за прошедший месяц выпуск "
     "стали вырос на 2,7% (в феврале – на 1,9%).", [(21.4e6, 2019), (2.7, 2019), (1.9, 2019)]),
    ("Добыча угля в марте 2019 года составила 21,4 млн. тонн.\nВ годовом исчислении потребление снизилось на 1,2%.",
     [(21.4e6, 2019), (1.2, 2019)]),
    # a sentence that compares nothing keeps its undated figures undated (unchanged)
    ("Добыча угля в марте 2019 года составила 21,4 млн. тонн.\nВыпуск стали составил 5,3 млн. тонн.",
     [(21.4e6, 2019), (5.3e6, None)]),
    # the base written with the months of its year is the base, not the figure's period
    ("Индекс производства в январе-декабре 2014 года к уровню января-декабря 2013 года составил 101,2 процента, "
     "в декабре 2014 года к уровню декабря 2013 года – 97,5 процента.", [(101.2, 2014), (97.5, 2014)]),
    ("Выпуск в 2016 году составил 98,1% к уровню ноября 2015 года.", [(98.1, 2016)]),
])
def test_year_on_year_and_bases_with_months(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # subscribers of a service are people, as its users are (README_labels)
    ("Количество абонентов сотовой связи составило 25,3 млн., пользователей интернета – 14,1 млн. человек.",
     [(25.3e6, "person"), (14.1e6, "person")]),
    ("Подключено 1 240 новых абонентов.", [(1240, "person")]),
])
def test_subscribers_are_people(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a decimal part with its magnitude, written with a point, joins the amount as with a comma
    ("Потребление составило 9 млрд 447.3 млн кВт.ч, выработка – 12 млрд 648 млн кВт.ч.",
     [(9447.3e6, "kWh"), (12648e6, "kWh")]),
    ("Поступило 7 млн 693,6 тыс. рублей.", [(7693.6e3, "RUB")]),
    # a year with an adjective before its year word is a year, no figure
    ("Веса взяты по структуре 2008 базисного года, индекс составил 101,3%.", [(101.3, "percent")]),
    ("Остаток средств 2021 финансового года составил 4,2 млрд рублей.", [(4.2e9, "RUB")]),
])
def test_compound_amounts_and_years_with_an_adjective(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a fraction of a time counts no occasions: a ratio even after a dash
    ("Прирост абонентской базы по отношению к 2001 г. – 2,3 раза.", [(2.3, "times")]),
    ("Машины выезжали 105 раз.", [(105, "count")]),
    # a currency whose morphology reads as animate stays a currency after an adjective
    ("Предотвращено расходование более 67 млрд бюджетных тенге.", [(67e9, "KZT")]),
    # "от A до B <scale>": the scale reaches A unless A, so scaled, would pass B
    ("Выплаты варьируются от 32 360 до более чем 900 тысяч тенге.", [(32360, "KZT"), (900e3, "KZT")]),
    ("Площадь составит от 7 до 9 тыс. гектаров.", [(7e3, "hectare"), (9e3, "hectare")]),
    ("Выбросы снижены с 2 412 до 2 257 тыс. тонн.", [(2412e3, "tonne"), (2257e3, "tonne")]),
])
def test_ratios_currencies_and_range_bounds(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a noun after a dash names what a bare figure counts only where it counts people ("45 тыс. – дети")
    ("3,7 млн человек имели высшее образование, 4,9 млн – среднее образование.",
     [(3.7e6, "person"), (4.9e6, "person")]),
    ("Обучаются 120 тыс. человек, из них 45 тыс. – дети.", [(120e3, "person"), (45e3, "person")]),
])
def test_a_noun_after_a_dash_counts_only_people(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a full stop glued to the next sentence ends it; a unit "кВт⋅ч." before a capital ends it too
    ("Потребление в мае 2021 года составило 83,2 млрд кВт⋅ч.При этом выработка возросла на 7,4%.",
     ["Потребление в мае 2021 года составило 83,2 млрд кВт⋅ч.", "При этом выработка возросла на 7,4%."]),
    ("Выработка в 2015 году составила 12 млрд кВт.ч. Об этом сообщает РДУ.",
     ["Выработка в 2015 году составила 12 млрд кВт.ч.", "Об этом сообщает РДУ."]),
    ("Выработка выросла в России.Потребление снизилось.", ["Выработка выросла в России.", "Потребление снизилось."]),
    # short abbreviations glued to a name do not end a sentence
    ("Живут в пос.Березовка, мкр.Самал и на ул.Абая.", ["Живут в пос.Березовка, мкр.Самал и на ул.Абая."]),
    ("Согласно ч. 2 ст. 5 закона.", ["Согласно ч. 2 ст. 5 закона."]),
])
def test_glued_sentences_and_units_of_energy(text, want):
    assert sentences(text) == want


def test_the_figure_after_a_glued_sentence_takes_no_year_of_it():
    got = [(f.value, f.year) for f in facts_of_text(
        "Потребление в мае 2021 года составило 83,2 млрд кВт⋅ч.При этом выработка возросла на 7,4%.")]
    assert same(got, [(83.2e9, 2021), (7.4, None)]), got


@pytest.mark.parametrize("text, want", [
    # years named one by one, each dating a figure, go in order to the figures after "соответственно"
    ("На его долю в 2005 г. приходилось 16%, а в 2012 г. – 19% водозабора, а также соответственно 28% и 30% потерь.",
     [(16, 2005), (19, 2012), (28, 2005), (30, 2012)]),
    # a list of years keeps its own reading (unchanged)
    ("В 2018 и 2019 годах рост составил 4,1% и 4,5% соответственно.", [(4.1, 2018), (4.5, 2019)]),
    # one year named: nothing to distribute
    ("В 2012 г. доля составила 19%, а потери – соответственно 28% и 30%.", [(19, 2012), (28, 2012), (30, 2012)]),
])
def test_respective_years_named_one_by_one(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got
