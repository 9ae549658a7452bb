"""Constructions the held-out notes set heldout32 found missing, in other wordings than the set's (pipeline.facts):
a dose rate in microsieverts written with a slash ("мкЗв/ч") keeps its numerator's unit and takes the slash's base,
as "г/т" does; the word "микрозиверт" is the same unit."""
from __future__ import annotations

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]


def test_microsieverts_per_hour_written_with_a_slash_take_the_slash_base():
    text = "Фон в санитарно-защитной зоне хвостохранилища составляет 0,14 мкЗв/ч, на промплощадке – до 1,2 мкЗв/ч."
    got = _bases(text)
    assert same(got, [(0.14, "microsievert", 1, "ч"), (1.2, "microsievert", 1, "ч")]), got


def test_a_range_of_microsieverts_shares_its_slash_base():
    got = _bases("Средняя мощность дозы по городу – 0,10–0,16 мкЗв/ч.")
    assert same(got, [(0.10, "microsievert", 1, "ч"), (0.16, "microsievert", 1, "ч")]), got


def test_microsieverts_written_as_a_word_are_the_same_unit():
    got = _bases("Годовая доза облучения персонала не превысила 950 микрозивертов.")
    assert same(got, [(950, "microsievert", None, None)]), got
