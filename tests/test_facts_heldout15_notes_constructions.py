"""Constructions the held-out notes heldout15 found missing or misread, each a table (pipeline.facts): "единиц"
written in full after the noun a "численность"/"количество" names counts that noun (people included), a part of
the year written without its year in a report's note ("За 9 месяцев") is of the reporting year, a coefficient
counts nothing ("с 0,58 до 0,63": ratio), one unit of a base after the action it is spent on ("на полив 1 гектара",
"на отпуск 1 Гкал") is the base of the rate, an earlier value in brackets after a rate is no member of the series
after the bracket, and a number before a singular noun in an oblique case ("соответствует 3 классу") names a class,
it counts nothing."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import facts as _note
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # people counted in "единиц": the noun "численность" names
    ("Численность социальных работников выросла на 214 единиц и достигла 2 460 единиц.",
     [(214, "person", "работников"), (2460, "person", "работников")]),
    ("Количество частных детских садов увеличилось на 37 единиц.", [(37, "count", "садов")]),
    # not the noun of another clause, nor the measure word itself
    ("Число пользователей выросло на 12%, оснащенность компьютерами – 7 единиц на 100 человек.",
     [(12, "percent", None), (7, "count", "единиц")]),
    ("Численность штатных единиц аппарата составляет 245 единиц.", [(245, "count", "единиц")]),
])
def test_units_written_in_full_count_the_named_noun(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, year, want", [
    ("За 6 месяцев принято на работу 1 204 молодых специалиста.", 2021, [(1204, 2021)]),
    ("По итогам девяти месяцев экспорт зерна вырос на 8,4%.", 2023, [(8.4, 2023)]),
    # a year of its own, a previous year's months and a rolling period keep theirs
    ("За 9 месяцев 2020 года выдано 412 лицензий.", 2021, [(412, 2020)]),
    ("За последние 12 месяцев выдано 412 лицензий.", 2021, [(412, None)]),
    # a part of the year is of the reporting year; a date is no period ("на 31 декабря прошлого года")
    ("С начала года принято 318 обращений.", 2021, [(318, 2021)]),
    ("По состоянию на 31 декабря прошлого года обучение проходят 1 520 служащих.", 2021, [(1520, None)]),
    # a bare window is the span a figure is measured over, no part of the reporting year
    ("Режим применяют лица, чей доход не превышает 5 000 МРП за полугодие.", 2021, [(5000, None)]),
])
def test_months_of_the_year_so_far_in_a_note(text, year, want):
    got = [(f.value, f.year) for f in _note(text, year)]
    assert same(got, want), got


def test_months_of_the_year_so_far_in_prose_stay_undated():
    # prose leaves "за 12 месяцев" without a year (README_labels rule 6); the notes' rule does not reach it
    got = [(f.value, f.year) for f in facts_of_text("За 12 месяцев на дорогах произошло 1 530 аварий.")]
    assert same(got, [(1530, None)]), got


@pytest.mark.parametrize("text, want", [
    ("Коэффициент износа основных фондов снизился с 0,71 до 0,66.", [(0.71, "ratio"), (0.66, "ratio")]),
    ("Коэффициент обновления составил 0,12.", [(0.12, "ratio")]),
    # a coefficient written with its own unit keeps it
    ("Коэффициент загрузки мощностей составил 74,5%.", [(74.5, "percent")]),
])
def test_a_coefficient_counts_nothing(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a mass base names the product it weighs (README_labels; heldout26 and heldout27 notes: "тонну ферросилиция")
    ("Удельный расход электроэнергии на производство 1 тонны цемента составил 96,4 кВт·ч.",
     [(96.4, 1, "тонны цемента")]),
    ("Удельный расход топлива на выработку 1 Гкал снижен на 2,1 кг и составил 159,8 кг.",
     [(2.1, 1, "Гкал"), (159.8, 1, "Гкал")]),
    # no action noun, or a count after a verb: no base
    ("Выделено 40 млн. тенге на строительство 1 школы.", [(40e6, None, None), (1, None, None)]),
])
def test_one_unit_after_the_action_it_is_spent_on_is_a_base(text, want):
    got = [(f.value, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Обеспеченность медсестрами составила 42,1 на 10 тыс. населения (2020 г. – 40,8), охват вакцинацией – 96,2%.",
     [(42.1, "person", 2021), (40.8, "person", 2020), (96.2, "percent", 2021)]),
    # a series whose members write their years keeps its unit written once after the last member
    ("Выдано кредитов: в 2019 году – 12,4, в 2020 году – 14,6 млрд. тенге.",
     [(12.4e9, "KZT", 2019), (14.6e9, "KZT", 2020)]),
])
def test_an_earlier_value_in_brackets_is_no_member_of_the_series_after_it(text, want):
    got = [(f.value, f.unit, f.year) for f in _note(text, 2021)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Качество воды соответствует 4 классу, отобрано 56 проб.", [(56, "count", "проб")]),
    ("На 2 этапе программы построено 18 объектов.", [(18, "count", "объектов")]),
    # counted nouns in the plural, and a singular after a number ending in 1, are counted
    ("Помощь оказана 3 семьям и 21 ветерану.", [(3, "count", "семьям"), (21, "person", "ветерану")]),
])
def test_a_number_that_names_a_class_counts_nothing(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got
