"""Constructions the real-style prose set heldout45 found missing (pipeline.facts): a currency's hundredth written as
its own word (the Tajik diram, the Kazakh tiyn, the Georgian tetri ...) is a unit of its own, kept as written and not
scaled to the currency, as US cents are; it is money, so a round base after it is a price's base; written after a
whole amount of its currency it is that amount's hundredths."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from pipeline.facts.figures import MONEY_UNITS
from pipeline.facts.money import FRACTION_CODES, MONEY_CODES
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    ("Стоимость газа для бытовых потребителей – 86 дирамов за один кубометр.", [(86, "diram", 1, "кубометр")]),
    ("Проезд в троллейбусе подорожал до 60 тетри.", [(60, "tetri", None, None)]),
    ("Цена на газ для населения – 45 тиынов за 1 куб. м.", [(45, "tiyn", 1, "куб. м")]),
    # the base written once for two prices, the second in the currency itself
    ("Тариф на воду составляет 72,5 дирама за 1 куб. м, для предприятий – 1,2 сомони.",
     [(72.5, "diram", 1, "куб. м"), (1.2, "TJS", 1, "куб. м")]),
])
def test_a_currency_hundredth_is_a_unit_of_money(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Тариф на воду – 3 сомони 40 дирамов за кубометр.", [(3.4, "TJS")]),
    ("Проезд в автобусе стоит 25 сомов 50 тыйынов.", [(25.5, "KGS")]),
    ("Билет на фуникулер стоит 2 лари 50 тетри.", [(2.5, "GEL")]),
    ("Налог составил 12 тенге 50 тиын.", [(12.5, "KZT")]),
])
def test_hundredths_after_a_whole_amount_are_one_amount(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


def test_hundredths_are_money_but_no_currency():
    assert {"diram", "tiyn", "tetri"} <= FRACTION_CODES <= MONEY_UNITS
    assert not FRACTION_CODES & MONEY_CODES  # not converted or scaled as a currency code is


@pytest.mark.parametrize("text, want", [
    # what one of a thing amounts to, its verb "составляет": per 1 of it
    ("Продолжительность одной смены составляет 12 часов.", [(12, "hour", 1, "смены")]),
    ("Пробег одного автобуса составил в среднем 420 км.", [(420, "km", 1, "автобуса")]),
    # the weight of one thing, per 1 of it as its price is (ruling of arbiter6)
    ("Вес одной посылки составляет до 30 кг.", [(30, "kg", 1, "посылки")]),
])
def test_what_one_thing_amounts_to_is_per_one(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got
