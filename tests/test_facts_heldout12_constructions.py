"""Constructions the held-out set heldout12 found missing, each a table (pipeline.facts): a currency sign written
before the number ("$2 млрд 484,5 млн"), roubles and kopecks as one amount, a year after a month without a year word
("в январе 2020"), comparisons with the previous year written without a year ("чем в январе прошлого года",
"превысил прошлогодний результат")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # the currency sign before the number gives the unit, with the magnitudes after it
    ("Экспорт снизился на 49,7% и составил $2 млрд 484,5 млн, импорт – на 50%, до $448,2 млн.",
     [(49.7, "percent"), (2484.5e6, "USD"), (50, "percent"), (448.2e6, "USD")]),
    ("Оборот России составил $208,3 млрд, поставки в ЕС – € 15 млн.", [(208.3e9, "USD"), (15e6, "EUR")]),
    # a number without the sign stays a count
    ("Выдано 12 кредитов на сумму 3 млн.", [(12, "count"), (3e6, "count")]),
])
def test_currency_sign_before_the_number(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # kopecks (tiyn) after whole roubles (tenge) are their hundredths: one amount, no count of kopecks
    ("Зарплата составила 31 308 рублей 50 копеек, в июне – 30 914 руб. 20 коп.", [(31308.5, "RUB"), (30914.2, "RUB")]),
    ("Тариф составил 12 тенге 40 тиын.", [(12.4, "KZT")]),
    # a number of kopecks of its own is a count of them, and a scaled amount takes no kopecks
    ("Цена выросла на 50 копеек.", [(50, "count")]),
    ("Собрано 5 тыс. рублей 20 человек.", [(5000, "RUB"), (20, "person")]),
])
def test_roubles_and_kopecks_are_one_amount(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a year after a month needs no year word; it names the period and is no figure
    ("Согласно данным Росстата в январе 2020 естественная убыль сократилась.\nРодилось 118,8 тыс. человек, что на "
     "7,2 тыс. меньше, чем в январе прошлого года.", [(118800, 2020), (7200, 2020)]),
    ("Объём торговли за январь–июль 2025 составил 6,5 трлн тенге.", [(6.5e12, 2025)]),
    # a count after a month's name stays a count ("в мае 2000 школ")
    ("В мае 2000 школ получили 35 автобусов.", [(2000, None), (35, None)]),
])
def test_a_year_after_a_month(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a comparison with the previous year written without a year: the period in force dates the figure (rule 4)
    ("В 2018 году оборот составил 293 млн долларов.\nОборот превысил прошлогодний результат на 47,2 процента.",
     [(293e6, 2018), (47.2, 2018)]),
    ("В 2019 году зарплата составила 45 тыс. рублей.\nОна стала больше на 14,5% по сравнению с прошлогодним маем.",
     [(45000, 2019), (14.5, 2019)]),
    ("В 2019 году зарплата составила 45 тыс. рублей.\nРеальная зарплата подросла на 3,8% по сравнению с таким же "
     "периодом прошлого года.", [(45000, 2019), (3.8, 2019)]),
    # a change that compares with nothing keeps no year (rule 6)
    ("В 2018 году оборот составил 293 млн долларов.\nОборот вырос на 47,2 процента.", [(293e6, 2018), (47.2, None)]),
])
def test_previous_year_without_a_year(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a sign after a semicolon starts a value of its own, as after a bracket or a comma
    ("Зарегистрировано 490 430 (АППГ – 480 151; +10 279 или 2,1%) заявлений, в том числе 38539 преступлений "
     "(АППГ - 39881; -1342 или 3,4%; Россия: -3,3%).",
     [(490430, "count"), (480151, "count"), (10279, "count"), (2.1, "percent"), (38539, "count"), (39881, "count"),
      (-1342, "count"), (3.4, "percent"), (-3.3, "percent")]),
    # a dash before a percentage above 100 separates a label: no share of a base falls below -100 %
    ("В 2024 году – 89,4 % - по консервативному, 109,0 % по базовому; -115 % по целевому вариантам.",
     [(89.4, "percent"), (109.0, "percent"), (115, "percent")]),
    ("Доходы снизились (-12,5 %).", [(-12.5, "percent")]),
])
def test_signs_after_a_semicolon(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # an ordinal before a place in a ranking is the rank
    ("По объему кредитования Свердловская область заняла 4-е место.", [(4, "rank")]),
    ("Регион находится на 3-й позиции, годом ранее – на 12-м месте.", [(3, "rank"), (12, "rank")]),
    # another year's place after a dash, its noun elided, is a rank too
    ("Казахстан занял 52-е место в рейтинге (в 2022 году – 171-е).", [(52, "rank"), (171, "rank")]),
    ("В 5-м классе учатся 20 детей, в 2020 году – 2-й.", [(20, "person")]),
    # other ordinals name a part and count nothing
    ("В 5-м классе учатся 20 детей.", [(20, "person")]),
])
def test_an_ordinal_place_is_a_rank(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a yield: centners with the hectare written after them, or before them as the base
    ("Урожайность зерна в среднем составляет 28,3 ц с га.", [(28.3, "centner_per_hectare")]),
    ("С одного гектара собирают в среднем 16,9 центнеров урожая.", [(16.9, "centner_per_hectare")]),
    # centners alone are a mass
    ("Собрано 300 центнеров меда.", [(300, "centner")]),
])
def test_yields_in_centners(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a change and the level it led to are of one measure: the change takes the level's unit, at its own scale
    ("В прошлом месяце сумма долга была на 200 млн меньше и составляла 27,5 млрд рублей.",
     [(200e6, "RUB"), (27.5e9, "RUB")]),
    ("Доходы выросли на 2,3 млрд и составили 15 млрд тенге.", [(2.3e9, "KZT"), (15e9, "KZT")]),
])
def test_a_change_and_its_level(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "за это же время" refers back to the period in force
    ("Экспорт за январь-июнь 2019 года снизился на 7 процентов. Импортные закупки за это же время снизились на 7,6 "
     "процента.", [(7, 2019), (7.6, 2019)]),
    # a year named as the one before ("Годом ранее - на 1 августа 2019 года") or a time before the period ("после
    # 2020-го") is not the period in force of a later comparison
    ("Доля выросла до 5,2%.\nГодом ранее - на 1 августа 2019 года - этот показатель равнялся 5%.\nОбъем составил "
     "955,4 млрд рублей (на 17% больше, чем годом ранее).", [(5.2, None), (5, 2019), (955.4e9, None), (17, None)]),
    ("Объём за январь–июль 2021 года составил 6,5 трлн тг. В текущем году рост возобновился после «коронакризисного» "
     "2020-го, когда показатель уходил в минус на 11,7 процентов.\nОбъём продаж составил 2,3 трлн тг — на 3,4 процента "
     "меньше, чем годом ранее.", [(6.5e12, 2021), (11.7, 2020), (2.3e12, 2021), (3.4, 2021)]),
    # the previous period with its value in brackets is the year before the sentence's
    ("Естественный прирост в январе 2020 года зафиксирован в 16 регионах (в январе прошлого года — в 14 регионах).",
     [(16, 2020), (14, 2019)]),
])
def test_periods_referred_back_to(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # passengers written "пасс." are people; passenger-kilometres stay a unit of their own
    ("Аэропорт Сочи обслужил 5,249 млн пасс. (+28,8%), пассажирооборот – 12 млн пасс.-км.",
     [(5.249e6, "person"), (28.8, "percent"), (12e6, "passenger_km")]),
])
def test_passengers_are_people(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "N процента от 2010 года" is a share of the base: the figure compares, the period in force dates it (rule 4)
    ("Безработица в апреле 2011 года ниже, чем годом ранее.\nЧисленность безработных составила 67,6 тыс. или 88,8 "
     "процента от 2010 года.", [(67600, 2011), (88.8, 2011)]),
    # "к тому же периоду допандемийного 2019 года" is a base
    ("Задолженность к концу апреля 2021 года достигла 460,8 млрд руб. Рост к тому же периоду допандемийного 2019 года "
     "составил 21%.", [(460.8e9, 2021), (21, 2021)]),
    # "за аналогичный период" and "за исследуемый период" alone are the period in force; with "прошлого года" a base
    ("Занятость за I квартал 2023 года выросла.\nВ Астане за аналогичный период доля составила 72,8%.",
     [(72.8, 2023)]),
    ("Товарооборот за январь-май 2014 года составил 1,6 млрд. долларов. Хотя за исследуемый период он снизился на 8,6%.",
     [(1.6e9, 2014), (8.6, 2014)]),
    ("Продажи в 2014 году выросли.\nЗа аналогичный период прошлого года продано 5 тыс. машин.", [(5000, None)]),
    # the second of a pair after "чем годом ранее ... против" is the year before's value
    ("В 2016 г. аэропорты обслужили больше пассажиров, чем годом ранее, — 159,957 млн чел. против 159,330 млн чел.",
     [(159.957e6, 2016), (159.33e6, 2015)]),
])
def test_bases_and_the_same_period(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got
