"""Constructions the held-out set heldout15 found missing, each a table (pipeline.facts): the currencies of
Kyrgyzstan, Tajikistan, Uzbekistan, Armenia and Belarus, volumes in "кубометров", litres written "л", a quarter in
Roman figures as a comparison base, an academic year as a period of its own, "годом ранее" after a figure, a base of
one unit of a measure after the subject, a year written once for two dates, a comparative after a bracket."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    ("Доходы исполнены в сумме 2 148,6 млн сомов, на благоустройство – 276,1 млн, на здравоохранение – 98,4 млн. сомов.",
     [(2148.6e6, "KGS"), (276.1e6, "KGS"), (98.4e6, "KGS")]),
    ("Возмещен ущерб на сумму свыше 38,6 млн сомони.", [(38.6e6, "TJS")]),
    ("Чистая прибыль составила 412,6 млрд сумов, депозиты – 21,3 трлн сумов.", [(412.6e9, "UZS"), (21.3e12, "UZS")]),
    ("Денежная масса достигла 3,9 трлн драмов.", [(3.9e12, "AMD")]),
    ("Ресурсы составили 1 986,7 белорусского рубля, пенсия – 712,4 бел. руб.", [(1986.7, "BYN"), (712.4, "BYN")]),
    # the Russian rouble stays RUB, and the words that only begin like a currency are no unit
    ("Штрафы составили 3,2 млн руб., выплачено 86,9 млн рублей.", [(3.2e6, "RUB"), (86.9e6, "RUB")]),
    ("На сумму 5 млн рублей заключено 12 сомнительных сделок.", [(5e6, "RUB"), (12, "count")]),
])
def test_currencies_of_the_region(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Откачано 9,8 млн кубометров воды.", [(9.8e6, "m3")]),
    ("Производство коньяка составило 4,6 млн л, или 97,2%.", [(4.6e6, "litre"), (97.2, "percent")]),
    ("Экспортировано 29,4 млн литров коньяка.", [(29.4e6, "litre")]),
])
def test_volumes_and_litres(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "по сравнению со II кварталом 2022 г." and "к IV кварталу 2022 г." are bases: the period in force stays 2023
    ("Прибыль во II квартале 2023 г. составила 412,6 млрд сумов, увеличившись на 27,5% по сравнению со II кварталом "
     "2022 г. Рентабельность капитала – 19,8% против 16,1% годом ранее.",
     [(412.6e9, 2023), (27.5, 2023), (19.8, 2023), (16.1, 2022)]),
    ("Ресурсы в IV квартале 2023 г. выросли на 6,3% к IV кварталу 2022 г. Доля расходов на питание – 37,9% (в IV "
     "квартале 2022 г. – 39,4%).", [(6.3, 2023), (37.9, 2023), (39.4, 2022)]),
    ("Выпуск в первом полугодии 2024 г. составил 5 млн тонн, или 104% к первому полугодию 2023 г.",
     [(5e6, 2024), (104, 2024)]),
])
def test_a_quarter_in_roman_figures_is_a_comparison_base(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # an academic year is the sentence's own period, no single year: not the period in force (rules 1 and 6)
    ("На 1 октября 2023 г. обучаются 24 318 студентов. За 2022/2023 учебный год опубликовано 2 845 работ – в 1,6 "
     "раза больше, чем годом ранее.", [(24318, 2023), (2845, None), (1.6, None)]),
    ("В 2023/24 сельскохозяйственном году собрано 17 млн тонн.", [(17e6, None)]),
    # two years that are no academic year stay what they were
    ("Соотношение 2020/2019 составило 1,2.", [(1.2, None)]),
])
def test_an_academic_year_is_a_period_of_its_own(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "годом ранее" dates the figure before it; the counted noun comes from the partner
    ("Безработных на 1 января 2024 года – 2,3 тыс. человек против 3,1 тыс. годом ранее.",
     [(2300, "person", 2024), (3100, "person", 2023)]),
    ("Выявлено 125 нарушений против 140 месяцем ранее.", [(125, "count", None), (140, "count", None)]),
    # a number of years stays one
    ("Срок сократился с 5 лет до 3 лет.", [(5, "year", None), (3, "year", None)]),
])
def test_a_time_said_before_is_no_unit(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Удельный выброс на 1 тонну стали снизился с 18,7 до 17,9 кг.", [(18.7, 1), (17.9, 1)]),
    # a change of one unit is a figure
    ("Выделено на 1 тонну больше, чем в 2022 году.", [(1, None)]),
])
def test_a_base_of_one_unit_after_the_subject(text, want):
    got = [(f.value, f.per) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the year written once for the two dates of a pair belongs to both
    ("Доля неработающих кредитов снизилась с 4,6% на 1 января до 3,9% на 1 июля 2023 г.", [(4.6, 2023), (3.9, 2023)]),
    ("Запасы выросли с 12 тыс. тонн на 1 марта до 15 тыс. тонн на 1 мая 2024 года.", [(12000, 2024), (15000, 2024)]),
    # a date of another sentence lends it nothing
    ("На 1 января было 5 тыс. тонн. На 1 июля 2023 г. запасы составили 7 тыс. тонн.", [(5000, None), (7000, 2023)]),
])
def test_a_year_written_once_for_two_dates(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the comparative after a bracket that restates the difference gives both their direction
    ("Выбросы составили 312,4 тыс. тонн, что на 3,6 тыс. тонн (1,1%) меньше уровня 2021 года.",
     [(312400, None), (3600, "decrease"), (1.1, "decrease")]),
    # a direction word after the bracket that is no comparative belongs to the next figure
    ("Это вызвано увеличением числа умерших на 25 человек (на 15,1%) и сокращением числа родившихся на 24 человека.",
     [(25, "increase"), (15.1, "increase"), (24, "decrease")]),
])
def test_a_comparative_after_a_bracket(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got
