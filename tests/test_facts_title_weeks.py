"""A week written without its dates under a title naming the period with its year (rule 5, ruling of arbiter2), in
other wordings than the sets' (pipeline.facts.title_weeks): "За отчетную неделю", "за прошедшую неделю" in any
paragraph take the title's year; a title giving a stock date or hour names no period, and a text whose title names
no year leaves the week null (rule 6)."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _facts(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("Управление МЧС по Омской области: сводка о пожарах за неделю с 3 по 9 марта 2025 года\n"
     "Пожарная обстановка в области оставалась напряженной.\n"
     "За отчетную неделю спасено 12 человек, эвакуировано 140 жителей.",
     [(12, "person", 2025), (140, "person", 2025)]),
    ("Оперативная обстановка на транспорте 10–16 февраля 2025 года\n"
     "Рейды прошли на всех вокзалах города.\n"
     "В целом за прошедшую неделю изъято 214 единиц контрафактной продукции.",
     [(214, "count", 2025)]),
])
def test_a_week_without_its_dates_takes_the_year_of_a_title_naming_the_period(text, want):
    got = _facts(text)
    assert same(got, want), got


@pytest.mark.parametrize("text", [
    "Информация о паводковой обстановке (по состоянию на 09:00 14 апреля 2025 года)\n"
    "За неделю подтоплено 23 двора.",
    "Сводка ГИБДД о состоянии аварийности на дорогах области\n"
    "За прошедшую неделю зарегистрировано 23 ДТП.",
])
def test_a_week_under_a_stock_date_or_an_undated_title_stays_null(text):
    got = _facts(text)
    assert same(got, [(23, "count", None)]), got
