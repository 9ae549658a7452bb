"""Constructions of arbiter6's rulings (README_labels, Year rules 5 and 6, and Rates), in wordings of their own: a
text's reporting period written again without its dates ("за год", "за прошедшие 12 месяцев", "за период
наблюдений") takes the year its title or lead names, in every paragraph up to the next title, and dates the figures
after it; a measure of one thing named with a numeral word is per 1 of that thing, a describing measure has no base."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # a title naming a whole year reaches a later paragraph that names none
    ("Молокозавод «Северный»: итоги 2023 года\nВ 2023 году завод переработал 41,2 тыс. тонн молока.\n"
     "Ассортимент расширен до 60 наименований. За год отгружено 3 400 тонн сыра.",
     [(41200, "tonne", 2023), (60, "count", None), (3400, "tonne", 2023)]),
    # a headline stating a figure names the year too; the year written as its twelve months
    ("В Омской области за 2021 год родились 18 тысяч детей\nОб этом сообщили в управлении ЗАГС.\n"
     "За прошедшие 12 месяцев зарегистрировано 9 100 браков.", [(18000, "person", 2021), (9100, "count", 2021)]),
    # a title without a year: the lead names the span observed
    ("Отчёт о работе археологической экспедиции\nЭкспедиция вела раскопки с 3 июня по 18 августа 2024 года.\n"
     "За период наблюдений найдено 412 артефактов.", [(412, "count", 2024)]),
    # a figure before the period in its sentence is not of it
    ("Итоги 2023 года\nВ 2023 году открыт новый цех.\nШтат – 540 человек, выручка за год – 3,2 млн рублей.",
     [(540, "person", None), (3.2e6, "RUB", 2023)]),
])
def test_a_repeated_reporting_period_takes_the_year_of_the_title_or_lead(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # no title: a year an ordinary paragraph names does not reach the next one
    ("По данным ведомства, ввод жилья снизился.\nВ 2022 году введено 15,4 млн кв. м жилья.\nЗа год построено 36 365 домов.",
     [(15.4e6, "sqm", 2022), (36365, "count", None)]),
    # a title naming a season of two calendar years gives none
    ("Итоги сезона 2024/2025\nКлуб провел 40 матчей.\nЗа год продано 12 тыс. билетов.", [(40, "count", None), (12000, "count", None)]),
    # a headline's own "за год" with nothing before it
    ("За год в городе открыли 12 школ\nСтроительство вели три подрядчика.", [(12, "count", None)]),
    # the next title ends the period
    ("Итоги 2023 года\nВ 2023 году открыт новый цех.\nКадры\nЗа год принято 45 человек.", [(45, "person", None)]),
])
def test_a_repeated_reporting_period_without_a_title_year_stays_null(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Дальность полета на одной заправке – 1 200 км.", [(1200, "km", 1, "заправке")]),
    ("Запас хода электробуса на одной зарядке составляет 280 км.", [(280, "km", 1, "зарядке")]),
    ("Вес одного мешка составляет 50 кг.", [(50, "kg", 1, "мешка")]),
    ("Размер одной ячейки составляет 20 мм.", [(20, "mm", 1, "ячейки")]),
    # a place, no base; a measure describing the thing, no base
    ("Стоянка на одной станции – 2 минуты.", [(2, "minute", None, None)]),
    ("Принимаются мешки весом до 50 кг.", [(50, "kg", None, None)]),
])
def test_a_measure_of_one_thing_is_per_one(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got
