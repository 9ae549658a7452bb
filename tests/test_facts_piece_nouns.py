"""The noun a figure counted in "штук" counts where it is written before the measure word (README_labels, Object,
ruling of arbiter8), in wordings other than the label sets'; "штук" stays the object where no counted noun is written."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text


def _objects(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.object) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    # a list item's own noun before its dash, with and without an adjective
    ("Выпуск продукции за год: комбайнов – 1,2 тыс. штук; легковых прицепов – 540 штук.",
     [(1200, "count", "комбайнов"), (540, "count", "прицепов")]),
    # the noun right before the figure, past an instrumental noun of the measure and its adjective
    ("Завод выпустил 12 моделей наручных часов суммарным тиражом 48 тыс. штук.",
     [(12, "count", "моделей"), (48000, "count", "часов")]),
    ("За год собрано меда 14 т, перепелиных яиц 31 тыс. штук.", [(14, "tonne", "меда"), (31000, "count", "яиц")]),
    # the subject of a clause whose figure an instrumental noun of the measure leads to
    ("Юбилейная медаль диаметром 40,5 мм изготовлена тиражом 1 500 штук.",
     [(40.5, "mm", None), (1500, "count", "медаль")]),
    # the complement of the clause's subject
    ("Выпуск кирпичей за год достиг 3,4 млн штук.", [(3.4e6, "count", "кирпичей")]),
    # the whole a part belongs to, the earlier value, the result a plan is set against
    ("Продано 52 400 билетов, в том числе онлайн – 31 800 штук.", [(52400, "count", "билетов"), (31800, "count", "билетов")]),
    ("При плановом объеме 2,5 млн штук высажено 2,61 млн саженцев.",
     [(2.5e6, "count", "саженцев"), (2.61e6, "count", "саженцев")]),
    # a lead-in that writes only the measure word: the head of the noun group before its bracket
    ("Отпущено в реку мальками осетра (тыс. штук): в 2022 году – 310, в 2023 году – 345.",
     [(310000, "count", "мальками"), (345000, "count", "мальками")]),
])
def test_pieces_count_the_noun_written_before_them(text, want):
    got = _objects(text)
    assert [(v, u, o) for v, u, o in got if u == "count"] == [w for w in want if w[1] == "count"], got


@pytest.mark.parametrize("text, want", [
    ("Средняя продуктивность утки-несушки – 190 штук.", "штук"),  # a measure of its own before the dash
    ("Хозяйству установлен план в объеме 2,2 млн штук.", "штук"),  # no counted noun written
])
def test_pieces_stay_the_object_where_no_counted_noun_is_written(text, want):
    got = _objects(text)
    assert [o for _, u, o in got if u == "count"] == [want], got
