"""Constructions the held-out sets heldout24 (notes) and heldout26 (real prose) found missing, each a table
(pipeline.facts): a rating (chess Elo) is a score in points, written bare after "рейтинг" or in "пунктов"; a base
of one after a price in a legal unit (МРП) or before a bound of the amount; a phone number with its trunk zero and
a short local group; "за тот же месяц" without its year is of the year the paragraph named; a count written in full
before "и" and a scaled sum keeps its own scale."""
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
