"""Constructions the held-out notes heldout14 found missing, each a table of sentences of its own (pipeline.facts):
a scale written once at the end of a bracket with only its last member's scale ("(2019 г. – 334, 2020 г. – 532
тыс.)"), a part of a whole with the noun written once after the whole ("186 из 412 лиц"), a count of things
counted before ("на 9 из них"), and a dash range of small numbers before a category noun, which names grades or
groups, not a count ("для 5–9 классов")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _counted(text: str, reporting_year: int | None = None) -> list[tuple]:
    return [(f.value, f.unit, f.object if f.unit in ("count", "person") else None)
            for f in facts_of_text(text, reporting_year=reporting_year)]


@pytest.mark.parametrize("text, want", [
    # the bracket's last member writes only a scale: the members before it take that scale, the unit comes later
    ("Численность архаров выросла до 21 тыс. голов (2020 г. – 17, 2021 г. – 19,5 тыс.).",
     [(21000, "count", "голов"), (17000, "count", "голов"), (19500, "count", "голов")]),
    ("Экспорт услуг составил 6,2 млрд. долларов США (в 2019 году – 4,8, в 2020 году – 5,1 млрд.).",
     [(6.2e9, "USD", None), (4.8e9, "USD", None), (5.1e9, "USD", None)]),
    # a member with a scale of its own keeps it; a figure with no series gap before the scale is not a member
    ("Посевы заняли 812 тыс. га (2021 г. – 790 тыс., 2022 г. – 0,8 млн.).",
     [(812000, "hectare", None), (790000, "hectare", None), (800000, "hectare", None)]),
    ("Принято 45 заявлений, рассмотрено 12 тыс. обращений.",
     [(45, "count", "заявлений"), (12000, "count", "обращений")]),
])
def test_a_scale_written_once_at_the_end_of_a_bracket(text, want):
    got = _counted(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "N из M <noun>": the part counts what the whole counts
    ("Аттестацию прошли 97 из 130 судей, представленных к аттестации.",
     [(97, "person", "судей"), (130, "person", "судей")]),
    ("Газ подведен к 1 204 из 3 310 сельских населенных пунктов.",
     [(1204, "count", "пунктов"), (3310, "count", "пунктов")]),
    ("Лицензии получили 14 из 21 тыс. заявителей.",
     [(14000, "person", "заявителей"), (21000, "person", "заявителей")]),
    # a part with a noun of its own keeps it
    ("Выдано 35 лицензий из 40 заявок.", [(35, "count", "лицензий"), (40, "count", "заявок")]),
])
def test_a_part_of_a_whole_written_once(text, want):
    got = _counted(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "на N из них": the things counted before, not the sum of money written last
    ("Капитальный ремонт начат в 48 школах на сумму 12,6 млрд. тенге (2022 г. – 9,1 млрд. тенге), в 31 из них "
     "работы завершены.",
     [(48, "count", "школах"), (12.6e9, "KZT", None), (9.1e9, "KZT", None), (31, "count", "школах")]),
    ("Проверено 215 водителей, затраты составили 4,2 млн. тенге, у 37 из которых выявлены нарушения.",
     [(215, "person", "водителей"), (4.2e6, "KZT", None), (37, "person", "водителей")]),
    # a bare figure after a sum, without "из них", still takes the sum's measure
    ("На ремонт направлено 3,4 млрд. тенге, из них на дороги – 1,2.",
     [(3.4e9, "KZT", None), (1.2e9, "KZT", None)]),
])
def test_a_count_of_them_takes_the_counted_thing(text, want):
    got = _counted(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a dash range of small numbers before a category noun names grades or groups: no figure
    ("Для учащихся 5–9 классов закуплено 48 тыс. планшетов.", [(48000, "count", "планшетов")]),
    ("Работникам 3-6 разрядов повышена оплата на 12%.", [(12, "percent", None)]),
    ("Питанием охвачены ученики 1–4 классов, для 10–11 классов – 820 тыс. порций.",
     [(820000, "count", "порций")]),
    # a range said by a verb counts, and so does a range beyond the numbers of categories
    ("Ежегодно создается 5-9 групп.", [(5, "count", "групп"), (9, "count", "групп")]),
    ("В школах открыто 15–20 классов.", [(15, "count", "классов"), (20, "count", "классов")]),
])
def test_a_range_of_categories_counts_nothing(text, want):
    got = _counted(text)
    assert same(got, want), got
