"""Constructions the held-out set heldout25 found missing, each a table (pipeline.facts): a norm written with its limit
(a standard, no earlier period), a span since a year (a level up to now, or a value in force from the year on), a
minus written as a dash after a separating dash, the number of a model's name, prices of one unit abbreviated ("за кг",
"руб./т"), a pair of prices with their base written once, a series of prices going on past a semicolon, a turnover
ratio, a span of days dating the figure before it."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _facts(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


def test_a_norm_written_with_its_limit_is_no_earlier_period():
    # rule 6: the sentence names no period; "норму (не более ...)" is a standard, not a climate norm of earlier years
    text = ("Итоги проверок молочной продукции\nЗа I квартал 2024 года исследовано 500 проб.\n"
            "В 14 пробах молока содержание кадмия превышало норму (не более 0,03 мг/кг) в 2 раза.")
    got = _facts(text)
    assert same(got, [(500, "count", 2024), (14, "count", None), (0.03, "mg", None), (2, "times", None)]), got


def test_a_climate_norm_still_compares_with_earlier_years():
    text = "За июль 2024 года выпало 86 мм осадков. В августе осадков выпало 40 мм, что ниже нормы."
    got = _facts(text)
    assert same(got, [(86, "mm", 2024), (40, "mm", 2024)]), got


@pytest.mark.parametrize("text, want", [
    # started before the period in force: a span up to now, no single year (rule 6)
    ("Отчёт лесничества за 2024 год\nЗа 2024 год высажено 120 га леса. Площадь лесов района с 1990 года "
     "сократилась на 4 тыс. га, или в среднем на 120 га в год.",
     [(120, "hectare", 2024), (4000, "hectare", None), (120, "hectare", None)]),
    # started at the period in force: a value in force from that year on is of it
    ("Изменение цен на проезд с 1 марта 2025 года\nС 1 марта 2025 года проезд в автобусе составит 120 тенге. "
     "Проезд в трамвае с 2025 года – 100 тенге (2024 год – 90 тенге).",
     [(120, "KZT", 2025), (100, "KZT", 2025), (90, "KZT", 2024)]),
])
def test_a_span_since_a_year(text, want):
    got = _facts(text)
    assert same(got, want), got


def test_a_dash_glued_to_a_number_after_a_separating_dash_is_its_minus():
    got = [(f.value, f.unit) for f in facts_of_text("Температура днём – –5,5 °C, ночью – –12 °C.")]
    assert same(got, [(-5.5, "degree_celsius"), (-12, "degree_celsius")]), got


def test_the_number_of_a_models_name_is_no_figure():
    text = "Площадь ангара — 12 тыс. кв. м, парк — самолёты Boeing 737 и Embraer 190."
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, [(12000, "sqm")]), got


@pytest.mark.parametrize("text, want", [
    ("Цена овса выросла до 9 870 руб./т, гречихи – до 21 300 тенге/т.",
     [(9870, "RUB", 1, "т"), (21300, "KZT", 1, "т")]),
    ("Газоблок стоит 27 800–29 400 тенге за куб. м, картофель – 85 тенге за кг.",
     [(27800, "KZT", 1, "куб. м"), (29400, "KZT", 1, "куб. м"), (85, "KZT", 1, "кг")]),
    # the pair written with one unit and one base
    ("Для предприятий тарифы составят 205,10 и 140,75 сома за 1 куб. м соответственно.",
     [(205.1, "KGS", 1, "куб. м"), (140.75, "KGS", 1, "куб. м")]),
    # the series goes on past a semicolon; an amount of another size is no member
    ("Цена рапса составила 38 200 руб. за тонну, что на 900 руб. выше; льна – 41 500 руб. (+2,2%), горчицы – "
     "36 900 руб.; выручка – 14,3 млн руб.",
     [(38200, "RUB", 1, "тонну"), (900, "RUB", 1, "тонну"), (41500, "RUB", 1, "тонну"), (2.2, "percent", None, None),
      (36900, "RUB", 1, "тонну"), (14.3e6, "RUB", None, None)]),
])
def test_prices_of_one_unit(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


def test_a_turnover_without_a_counted_noun_is_a_ratio():
    text = "Выдано 1,2 млн книг, оборачиваемость запасов – 5,2, обращаемость фонда — 0,7."
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, [(1.2e6, "count"), (5.2, "ratio"), (0.7, "ratio")]), got


def test_a_span_of_days_dates_the_figure_before_it():
    text = "Отряд из 12 человек работал в горах с 3 июня по 9 августа 2024 года, всего 68 суток."
    got = _facts(text)
    assert same(got, [(12, "person", 2024), (68, "day", 2024)]), got
