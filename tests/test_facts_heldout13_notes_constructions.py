"""Constructions the held-out notes heldout13 found missing or mislabelled, each a table (pipeline.facts): an
attribute written "общим <noun>" ("132 судна общим дедвейтом 348 тыс. тонн, из них 27 нефтеналивных" counts
vessels), figures coordinated before the period stated after them, a noun label before a dash ("юридических
консультантов – 3 987"), indeclinable nouns counted ("23 казино"), the direction written after coordinated "в A и
B раза", "возраста" (age), which says no direction, and a rate whose base follows what its amount is of
("0,31 тонны нефтяного эквивалента на 1 тыс. долларов ВВП"); from the third part, figures joined across their
attributes ("3 286 профессиональных и 1 742 непрофессиональных медиатора") and a target year after a clause
with a percentage."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # "общим <noun in the instrumental>" is an attribute of the figure before it: the part after "из них" counts that
    ("Флот насчитывает 132 судна общим дедвейтом 348 тыс. тонн, из них 27 нефтеналивных.",
     [(132, "count", "судна"), (348000, "tonne", None), (27, "count", "судна")]),
    ("Введено 14 объектов общей стоимостью 12,4 млрд. тенге, из них 9 – в сельской местности.",
     [(14, "count", "объектов"), (12.4e9, "KZT", None), (9, "count", "объектов")]),
    # unchanged: the attribute phrases named before
    ("Выявлено 2 317 свалок общей площадью 1 842 гектара, из них ликвидировано 1 874.",
     [(2317, "count", "свалок"), (1842, "hectare", None), (1874, "count", "свалок")]),
    # a measure that is no attribute lends its scale and unit to the part
    ("Валовой сбор составил 22,1 млн. тонн, из них пшеницы – 16,4.",
     [(22.1e6, "tonne", None), (16.4e6, "tonne", None)]),
])
def test_attribute_written_with_obshchim(text, want):
    got = [(f.value, f.unit, f.object if f.unit in ("count", "person") else None) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # figures coordinated before the period stated after the last of them share it
    ("На территории 13 специальных экономических зон и 24 индустриальных зон по состоянию на 1 января 2023 года "
     "реализовано 312 проектов.", [(13, 2023), (24, 2023), (312, 2023)]),
    ("Построено 12 школ, 4 больницы и 6 поликлиник в 2022 году.", [(12, 2022), (4, 2022), (6, 2022)]),
    # a figure with a period of its own keeps it; a figure not coordinated with the dated one stays undated
    ("Построено 12 школ в 2021 году и 4 больницы в 2022 году.", [(12, 2021), (4, 2022)]),
    ("Всего 13 зон. Из них 24 проекта в 2022 году.", [(13, None), (24, 2022)]),
])
def test_coordinated_figures_share_the_period_after_them(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a noun label in the genitive plural stands for the counted noun the subject named
    ("Численность адвокатов составила 5 412, юридических консультантов – 3 987.",
     [(5412, "person", "адвокатов"), (3987, "person", "консультантов")]),
    ("Количество страховых организаций сократилось с 32 до 29, их филиалов – с 214 до 187.",
     [(32, "count", "организаций"), (29, "count", "организаций"), (214, "count", "филиалов"),
      (187, "count", "филиалов")]),
    # not for the complement of the counted noun, nor where the counted noun is written after its figure
    ("Количество посещений музеев составило 5,4 млн., театров – 2,9 млн.",
     [(5.4e6, "count", "посещений"), (2.9e6, "count", "посещений")]),
    ("Численность сайгаков составила 334 тыс. особей, архаров – 14,2 тыс.",
     [(334000, "count", "особей"), (14200, "count", "особей")]),
    ("Численность штатных единиц центрального аппарата составляет 245 единиц, территориальных подразделений – 1 120.",
     [(245, "count", "единиц"), (1120, "count", "единиц")]),
    # nor for a label of another unit
    ("Расходы составили 12 млрд. тенге, капитальных вложений – 3,4.", [(12e9, "KZT", None), (3.4e9, "KZT", None)]),
    # "юридических" makes organisations of "лиц" only
    ("Зарегистрировано 13 юридических лиц и 12 юридических консультантов.",
     [(13, "count", "лиц"), (12, "person", "консультантов")]),
    # an indeclinable noun is counted ("23 казино"); "промилле" stays a ratio per thousand
    ("Лицензии имели 76 организаций, в том числе 23 казино и 12 букмекерских контор.",
     [(76, "count", "организаций"), (23, "count", "казино"), (12, "count", "контор")]),
    ("Работают 14 такси и 3 ателье.", [(14, "count", "такси"), (3, "count", "ателье")]),
    # an abbreviation is no counted noun of its own: "3 ед." counts what the construction names
    ("Выдано разрешений на ввод объектов в эксплуатацию - 4 ед. , из общего количества жилых зданий – 3 ед .",
     [(4, "count", "ед."), (3, "count", "зданий")]),
    ("Коэффициент рождаемости составил 21,4 промилле.", [(21.4, "ratio", None)]),
])
def test_what_a_bare_or_labelled_figure_counts(text, want):
    got = [(f.value, f.unit, f.object if f.unit in ("count", "person") else None) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the direction written after coordinated "в A и B раза" belongs to each
    ("Пропущено 9,8 млн человек и 2,6 млн. транспортных средств, что соответственно в 3,1 и 1,4 раза меньше, чем в "
     "2019 году.", [(9.8e6, None), (2.6e6, None), (3.1, "decrease"), (1.4, "decrease")]),
    ("Экспорт вырос в 1,5 раза, импорт сократился в 1,2 раза.", [(1.5, "increase"), (1.2, "decrease")]),
    # "возраста", "в возрасте" (age) say no direction; "возрастает", "возрастание" do
    ("Доля трудоустроенных лиц трудоспособного возраста составила 31,4% (68,2 тыс. человек) при плане 30%.",
     [(31.4, None), (68200, None), (30, None)]),
    ("Охват детей в возрасте от 3 до 6 лет составил 98,4%.", [(3, None), (6, None), (98.4, None)]),
    ("Численность населения возрастает на 2,1%.", [(2.1, "increase")]),
    ("Возрастание доли на 2,1%.", [(2.1, "increase")]),
])
def test_the_kind_of_a_change(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # an amount, what it is of in the genitive, then a round base: one rate, the base no fact of its own
    ("Энергоемкость ВВП составила 0,31 тонны нефтяного эквивалента на 1 тыс. долларов ВВП.",
     [(0.31, "tonne", 1000, "долларов ВВП")]),
    ("Расход составил 12,4 кг условного топлива на 1000 кв. м площади.", [(12.4, "kg", 1000, "кв. м")]),
    # a difference of an amount stays one ("на 100 млн. тенге больше")
    ("Объем субсидий составил 3,2 млрд. тенге, что на 100 млн. тенге больше.",
     [(3.2e9, "KZT", None, None), (100e6, "KZT", None, None)]),
])
def test_amount_of_something_per_a_base(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a figure with attributes only, joined by "и" to one that writes the noun, counts that noun
    ("В реестре медиаторов состоит 3 286 профессиональных и 1 742 непрофессиональных медиатора.",
     [(3286, "person", "медиатора"), (1742, "person", "медиатора")]),
    ("2) открыто 22 провизорных и 31 инфекционный стационар;", [(22, "count", "стационар"), (31, "count", "стационар")]),
    ("Выдано 12 тыс. новых и 5 тыс. повторных лицензий.", [(12000, "count", "лицензий"), (5000, "count", "лицензий")]),
    # not across a predicate: "5 новых и модернизировано 7 школ" keeps the first bare
    ("Создано 5 новых и модернизировано 7 школ.", [(5, "count", None), (7, "count", "школ")]),
])
def test_figures_joined_across_their_attributes(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a percentage of the clause before "к 2025 году" is no change compared with that year: the year is a target
    ("Доля составила 91,2% при плане 89%, к 2025 году планируется довести ее до 100%.",
     [(91.2, None), (89, None), (100, 2025)]),
    # a change beside "к <year>" still compares, the dash before "на" included
    ("В 2020 году доля выросла на 4,4 % к 2017 году.", [(4.4, 2020)]),
    ("В 2020 году доля выросла на 5,2%, к 2017 году – на 4,4%.", [(5.2, 2020), (4.4, 2020)]),
])
def test_a_target_year_after_a_clause_with_a_percentage(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a round base after the subject's noun, before its predicate: the rate of the figures after it
    ("Объем выбросов на 1 тыс. кв. км территории снизился с 0,94 до 0,88 тыс. тонн.",
     [(940, "tonne", 1000), (880, "tonne", 1000)]),
    ("Выбросы на 1000 га пашни составили 12 тонн.", [(12, "tonne", 1000)]),
    # a change after its verb, a place, money and a base with no figure after its predicate stay what they were
    ("Площадь лесов сократилась на 1 тыс. кв. км.", [(1000, "sqkm", None)]),
    ("Проект на 100 млн. тенге реализован за 2 года.", [(100e6, "KZT", None), (2, "year", None)]),
    ("В 2022 году на 1 тыс. кв. км площади проведены работы.", [(1000, "sqkm", None)]),
])
def test_a_base_between_subject_and_predicate(text, want):
    got = [(f.value, f.unit, f.per) for f in facts_of_text(text)]
    assert same(got, want), got
