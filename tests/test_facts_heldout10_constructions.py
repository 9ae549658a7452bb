"""Constructions the held-out set heldout10 found missing, each a table (pipeline.facts): a minus written as a word,
a lead-in that gives one unit to the figures and another to those in brackets, and the periods of court and
migration statistics (an earlier year's value in a sentence of its own, "в 2022-м", a list after "Из них ...:")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import facts, same


@pytest.mark.parametrize("text, want", [
    # "минус" written before the value is its minus; a percentage with it is a fall
    ("Из городов выбыло 2 тыс. человек (минус 53,6%), из сёл — 620 человек (минус 29%).",
     [(2000, "person", None), (-53.6, "percent", "decrease"), (620, "person", None), (-29, "percent", "decrease")]),
    ("Удешевление товаров (от минус 0,1% до минус 0,8%) наблюдалось в 9 регионах.",
     [(-0.1, "percent", "decrease"), (-0.8, "percent", "decrease"), (9, "count", None)]),
    ("Из Костанайской области выбыло 488 человек, минус 24,3% за год.",
     [(488, "person", None), (-24.3, "percent", "decrease")]),
    # "плюс" before a balance is no change
    ("Сальдо миграции: плюс 5 тыс. человек.", [(5000, "person", None)]),
])
def test_minus_written_as_a_word(text, want):
    got = [(f.value, f.unit, f.change) for f in facts(text)]
    assert same(got, want), got
