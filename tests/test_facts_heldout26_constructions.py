"""Constructions the held-out sets heldout24 (notes) and heldout26 (real prose) found missing, each a table
(pipeline.facts): a rating (chess Elo) is a score in points, written bare after "рейтинг" or in "пунктов"."""
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
