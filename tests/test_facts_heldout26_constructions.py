"""Constructions the held-out sets heldout24 (notes) and heldout26 (real prose) found missing, each a table
(pipeline.facts): a rating (chess Elo) is a score in points, written bare after "рейтинг" or in "пунктов"; a base
of one after a price in a legal unit (МРП) or before a bound of the amount; a phone number with its trunk zero and
a short local group; "за тот же месяц" without its year is of the year the paragraph named; a count written in full
before "и" and a scaled sum keeps its own scale. Then (heldout26): the numbered items of a list whose lead-in names a
rating are its points; a part opened by "из них" is dated by the period of its own clause; "на конец года" is of the
year its paragraph names, wherever; a part of the year dates no figure past a ";"; the parts of a house after its
number are no figures; "в том числе 12" takes the whole's noun, not people from a predicate of the whole's noun
phrase; "дольше", "длиннее", "короче" say the way of a difference."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _facts(text: str) -> list[tuple]:
    return [(f.value, f.unit) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("Гроссмейстер Иванов с рейтингом 2690 возглавил команду.", [(2690, "point")]),
    ("Средний рейтинг участниц турнира – 2415, что на 22 пункта выше прошлогоднего.",
     [(2415, "point"), (22, "point")]),
    ("Рейтинг лучшего юниора области составил 2 380 пунктов.", [(2380, "point")]),
])
def test_a_rating_is_a_score_in_points(text, want):
    got = _facts(text)
    assert same(got, want), got


def test_a_count_with_its_own_noun_after_a_rating_stays_a_count():
    got = _facts("В рейтинг вошли 140 стран, Казахстан занял 25-е место.")
    assert same(got, [(140, "count"), (25, "rank")]), got


def test_an_index_named_after_a_rating_gives_the_index():
    got = _facts("Страна поднялась на 12-е место в рейтинге ВЭФ; индекс конкурентоспособности составил 4,7.")
    assert same(got, [(12, "rank"), (4.7, "index")]), got


@pytest.mark.parametrize("text, want", [
    # one unit after a price in a legal unit of payments is what the price is per
    ("Оплата труда вожатого – 3 МРП за 1 смену.", [(3, "MCI")]),
    # one unit in the subject before a dash and a bound of the amount
    ("Грант на 1 га сада — до 400 тыс. тенге.", [(400000, "KZT")]),
])
def test_a_base_of_one_is_no_fact(text, want):
    got = _facts(text)
    assert same(got, want), got


def test_a_phone_with_a_trunk_zero_and_a_short_local_group_is_no_fact():
    got = _facts("Выпущено 12 тыс. буклетов; справки по тел. 0264 5-17-09.")
    assert same(got, [(12000, "count")]), got


def test_the_same_month_without_its_year_is_of_the_year_the_paragraph_named():
    text = ("Обзор рынка жилья за май 2024 года\nВ мае 2024 года зарегистрировано 3 100 сделок, что на 4,2% больше, "
            "чем в апреле. За тот же месяц выдано 940 ипотечных займов.")
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, [(3100, "count", 2024), (4.2, "percent", 2024), (940, "count", 2024)]), got


@pytest.mark.parametrize("text, want", [
    # a count written in full paired with a scaled sum ("соответственно"): no thousand times the sum
    ("В 2023 году выдано 1 870 грантов на 5,2 млрд тенге (в 2022 году – 1 512 и 4,1 млрд тенге соответственно).",
     [(1870, "count"), (5.2e9, "KZT"), (1512, "count"), (4.1e9, "KZT")]),
    # two sums share the scale
    ("Выделено 3 и 4,5 млрд тенге.", [(3e9, "KZT"), (4.5e9, "KZT")]),
])
def test_a_count_paired_with_a_sum_keeps_its_own_scale(text, want):
    got = _facts(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Сильнейшие по рейтингу среди ветеранов: 1. Петр Ильин – 2388; 2. Олег Савин – 2301.", [(2388, "point"), (2301, "point")]),
    ("Рейтинг лучших клубов лиги:\n1) «Шахтер» – 1875;\n2) «Нефтяник» – 1790.", [(1875, "point"), (1790, "point")]),
    # a lead-in naming no rating leaves its items' figures as they are
    ("Крупнейшие хозяйства района: 1. ТОО «Агро» – 970; 2. КХ «Нива» – 815.", [(970, "count"), (815, "count")]),
    # an item's noun of its own stays its count
    ("Лидеры рейтинга клубов: «Актобе» – 12 побед; «Кайрат» – 10 побед.", [(12, "count"), (10, "count")]),
])
def test_numbered_items_of_a_list_whose_lead_in_names_a_rating_are_points(text, want):
    got = _facts(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("По состоянию на 1 июля 2024 года в реестре 510 предприятий, в том числе 64 зарегистрированы в 2023 году.",
     [(510, 2024), (64, 2023)]),
    ("На 1 января 2025 года работают 92 клиники, из которых 11 открылись в 2024 году.", [(92, 2025), (11, 2024)]),
    # a part without a period of its own keeps the sentence's
    ("На 1 января 2025 года работают 92 клиники, из них 11 – частные.", [(92, 2025), (11, 2025)]),
])
def test_a_part_opened_by_iz_nih_is_dated_by_its_own_clause(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


def test_year_end_is_of_the_year_its_paragraph_names_after_it():
    text = ("Итоги работы бизнес-инкубатора\nЗаполняемость офисов на конец года – 88%. В 2024 году резиденты "
            "создали 140 рабочих мест.")
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, [(88, 2024), (140, 2024)]), got


def test_year_end_without_a_year_in_its_paragraph_stays_undated():
    got = [(f.value, f.year) for f in facts_of_text("Отчет\nЗаполняемость офисов на конец года – 88%.")]
    assert same(got, [(88, None)]), got


def test_a_part_of_the_year_dates_no_figure_past_a_semicolon():
    text = "Отчет\nВ 2023 году открыт новый цех. Площадь теплиц – 12,5 га; заполняемость на конец года – 93%."
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, [(12.5, None), (93, 2023)]), got


@pytest.mark.parametrize("text, want", [
    ("Прием ведется по адресу: ул. Садовая, 14, корпус 2.", []),
    ("Офис: проспект Абая, д. 52, стр. 2, офис 14; работает 6 дней в неделю.", [(6, "day")]),
    # the word "корпус" as a thing counted stays a count
    ("На ул. Ленина, 5 построено 3 корпуса.", [(3, "count")]),
])
def test_parts_of_a_house_after_its_number_are_no_figures(text, want):
    got = _facts(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Приобретено 30 машин скорой помощи, в том числе 8 – повышенной проходимости.",
     [(30, "count", "машин"), (8, "count", "машин")]),
    # a predicate of the part itself still counts people
    ("Спасено 96 человек, в том числе 12 детей.", [(96, "person", "человек"), (12, "person", "детей")]),
])
def test_a_part_takes_the_wholes_noun_not_a_predicate_of_its_noun_phrase(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Сезон продлился 190 дней, на 6 дней дольше прошлогоднего.", [(190, None), (6, "increase")]),
    ("Новый маршрут на 3,5 км длиннее старого.", [(3.5, "increase")]),
    ("Отопительный период был на 9 суток короче обычного.", [(9, "decrease")]),
])
def test_comparatives_of_length_and_time_say_the_way_of_a_difference(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got
