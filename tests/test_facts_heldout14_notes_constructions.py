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


@pytest.mark.parametrize("text, want", [
    # a noun written once after the second of two figures joined across hyphenated attributes
    ("Проведено 1 204 тактико-специальных и 3 318 пожарно-тактических учений.",
     [(1204, "count", "учений"), (3318, "count", "учений")]),
    ("Подготовлено 86 медико-социальных и 112 социально-бытовых работников.",
     [(86, "person", "работников"), (112, "person", "работников")]),
])
def test_figures_joined_across_hyphenated_attributes(text, want):
    got = _counted(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the people a sentence counts first are what its parts count; the word after the dash names the part
    ("В очереди состоят 8 412 человек, из них 3 115 – учителя, 1 208 – врачи.",
     [(8412, "person", "человек"), (3115, "person", "человек"), (1208, "person", "человек")]),
    # without such a figure before it, the word after the dash is what is counted
    ("Из них 45 тыс. – пенсионеры.", [(45000, "person", "пенсионеры")]),
])
def test_a_part_after_a_dash_counts_the_people_named_first(text, want):
    got = _counted(text)
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a part "из них" counts the set, not the rate restating it, and takes no base
    ("Работают 1 640 медиаторов, или 8,7 медиатора на 100 тыс. населения, из них 1 212 – профессиональных.",
     [(1640, "медиаторов", None), (8.7, "медиатора", 100000), (1212, "медиаторов", None)]),
])
def test_a_part_of_a_set_is_no_rate(text, want):
    got = [(f.value, f.object, f.per) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the base written as a word before the figure: "на один X", "затраты на ... одного X"
    ("На одну вакансию в среднем претендовали 3,6 человека.", [(3.6, 1, "вакансию")]),
    ("На один тендер в среднем поступило 4,1 заявки (2021 г. – 3,7).", [(4.1, 1, "тендер"), (3.7, 1, "тендер")]),
    ("Затраты на содержание одного заключенного составили 2,1 млн. тенге.", [(2.1e6, 1, "заключенного")]),
    # a duration is no base
    ("Срок действия продлен на один год, выделено 5 млн. тенге.", [(5e6, None, None)]),
])
def test_a_base_written_as_a_word_before_the_figure(text, want):
    got = [(f.value, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got
