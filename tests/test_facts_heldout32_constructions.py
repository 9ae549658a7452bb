"""Constructions the held-out set heldout32 (real prose) found missing, in other wordings than the set's
(pipeline.facts): a month named after a word of its sentence ("цена ... в октябре – 180 тенге") of the period of its
passage; the months so far written in words ("За шесть месяцев"); the value in brackets after "чем годом ранее"; a
duration of a verb of lasting in the present or future tense ("обучение длится 3 месяца", "продлится 45 дней"), no
figure of a period; a telephone's country code inside the brackets of its area code; carats; a measure describing
the priced item ("толщиной 8 мм") before the price of one unit."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _years(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]


def test_a_month_after_a_word_takes_the_period_the_paragraph_before_named():
    text = ("Итоги уборки картофеля\n"
            "В 2024 году в области собрано 4,1 млн тонн картофеля.\n"
            "Розничная цена картофеля на рынках Костаная в октябре – 180 тенге за килограмм, в ноябре – 195 тенге.")
    got = _years(text)
    assert same(got, [(4_100_000, "tonne", 2024), (180, "KZT", 2024), (195, "KZT", 2024)]), got


def test_a_month_after_a_word_far_from_the_year_named_stays_undated():
    # the labels of heldout5, heldout10 and heldout12 leave a span repeated paragraphs after its year undated
    text = ("Оборот розничной торговли в январе-сентябре 2022 года составил 247,2 млрд рублей.\n"
            "По данным статведомства, оборот пищевых продуктов сократился за полгода на 7,1%.\n"
            "Оборот общественного питания в январе-сентябре уменьшился на 9,6%.")
    got = _years(text)
    assert (9.6, "percent", None) in got, got


@pytest.mark.parametrize("text, want", [
    ("Молокозавод в 2023 году переработал 84 тыс. т молока. За шесть месяцев на экспорт отправлено 12,4 тыс. т сыра.",
     [(84_000, "tonne", 2023), (12_400, "tonne", 2023)]),
    ("По итогам 2021 года добыто 3,2 млн т угля. За три месяца отгружено 0,7 млн т.",
     [(3_200_000, "tonne", 2021), (700_000, "tonne", 2021)]),
])
def test_months_so_far_in_words_are_of_the_year_the_paragraph_named(text, want):
    got = _years(text)
    assert same(got, want), got


def test_a_value_in_brackets_after_than_the_year_before_is_of_that_year():
    text = "В 2024 году библиотеку посетили 48,2 тыс. читателей – на 6% больше, чем годом ранее (45,5 тыс.)."
    got = _years(text)
    assert same(got, [(48_200, "person", 2024), (6, "percent", 2024), (45_500, "person", 2023)]), got


@pytest.mark.parametrize("text, want", [
    ("В 2023 году автошкола выпустила 640 курсантов, обучение длится 3 месяца.",
     [(640, "person", 2023), (3, "month", None)]),
    ("Реконструкция моста начнется 1 июля 2025 года и продлится 45 дней.", [(45, "day", None)]),
    # the clause names its own year, or the verb is past: the period's figure
    ("В 2025 году стажировка длится 4 месяца.", [(4, "month", 2025)]),
    ("В 2022 году ремонт дороги длился 45 дней.", [(45, "day", 2022)]),
])
def test_a_duration_of_a_verb_of_lasting_in_the_present_or_future_is_no_period_figure(text, want):
    got = _years(text)
    assert same(got, want), got


def test_a_country_code_inside_the_area_code_brackets_is_a_phone_number():
    got = _years("Справки по телефону (+996 312) 62-45-18 и (+7 727) 244-12-12.")
    assert got == [], got


def test_carats_are_a_unit_and_a_base():
    got = _bases("Добыто 1,2 млн каратов алмазов, средняя цена – 310 долларов за карат.")
    assert same(got, [(1_200_000, "carat", None, None), (310, "USD", 1, "карат")]), got


@pytest.mark.parametrize("text, want", [
    ("Цена 1 кв. м ламината толщиной 8 мм – 4 500 тенге, толщиной 12 мм – 6 200 тенге.",
     [(8, "mm", None, None), (4500, "KZT", 1, "кв. м"), (12, "mm", None, None), (6200, "KZT", 1, "кв. м")]),
    ("Стоимость аренды 1 кв. м склада высотой 12 м – 3 000 рублей в месяц.",
     [(12, "m", None, None), (3000, "RUB", 1, "кв. м")]),
])
def test_a_measure_describing_the_priced_item_leaves_the_base_to_the_price(text, want):
    got = _bases(text)
    assert same(got, want), got
