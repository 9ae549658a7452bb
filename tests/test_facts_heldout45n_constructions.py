"""Constructions the held-out set heldout45 (notes) found missing, each in other wordings (pipeline.facts): a round
count after "на" in a subject whose predicate states a count of another noun is that count's base ("Обеспеченность
на 1 000 жителей составила 12 коек"); a rate's noun elided after an adjective that agrees with the base's noun is the
base's noun ("На 1 000 проверенных партий приходится 4,6 бракованной"), no ratio; a dash is the predicate of a cost
of one thing written in words ("Стоимость ремонта одной школы – 42 млн тенге"); the other end of a range restated in
another currency keeps the base; a day of the month before "числа" is a date, no figure; a grade entered in the
plural after a number that governs the genitive plural ("в 10 классы") is no count; rodents and insects are
animals, no people; a year right after a figure's noun in the genitive ("стипендиатов 2020 года") dates the
figure, a year of birth does not."""
from __future__ import annotations

import pytest

from pipeline.facts import TextBlock, extract_facts
from test_facts_constructions import same


def _facts(text: str, reporting_year: int = 2021) -> list:
    return extract_facts([TextBlock(text)], "analytical_note", reporting_year=reporting_year)


@pytest.mark.parametrize("text, want", [
    ("Обеспеченность на 1 000 жителей в 2021 году достигла 12 коек.", [(12, "count", 1000, "жителей")]),
    ("Приплод ягнят на 100 овцематок составил 92 головы против 88 в 2020 году.",
     [(92, "count", 100, "овцематок"), (88, "count", 100, "овцематок")]),
    # the verb before "на": what the count was given to, no base
    ("Выделено на 100 школ 50 компьютеров.", [(100, "count", None, None), (50, "count", None, None)]),
    # a change of the same noun, no base
    ("Поголовье на 100 голов увеличилось до 2 400 голов.", [(100, "count", None, None), (2400, "count", None, None)]),
])
def test_a_round_count_in_the_subject_is_the_base_of_the_stated_count(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in _facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("На 1 000 проверенных партий приходится 4,6 бракованной.", [(4.6, "count", "партий", 1000)]),
    ("На 10 тыс. выданных полисов приходится 3,2 оспоренных (годом ранее – 3,9).",
     [(3.2, "count", "полисов", 10000), (3.9, "count", "полисов", 10000)]),
    # no adjective: a coefficient of nothing
    ("Коэффициент составил 0,32 на 1000 работающих.", [(0.32, "ratio", None, 1000)]),
])
def test_a_rate_noun_elided_after_an_agreeing_adjective_is_the_base_noun(text, want):
    got = [(f.value, f.unit, f.object, f.per) for f in _facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Стоимость капитального ремонта одной школы – около 42 млн тенге.", [(42000000, "KZT", 1, "школы")]),
    ("Цена 1 тонны угля составила 15 тыс. тенге, или 30-35 долларов США.",
     [(15000, "KZT", 1, "тонны"), (30, "USD", 1, "тонны"), (35, "USD", 1, "тонны")]),
])
def test_costs_of_one_written_with_a_dash_and_restated_ranges_keep_the_base(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in _facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Выплата производится до 5-го числа каждого месяца, в 2021 году выплачено 12 млн тенге.", [(12000000, "KZT")]),
    ("Отчет сдается не позднее 20 числа месяца, следующего за кварталом.", []),
    ("Сверены 3 числа и 25 чисел.", [(3, "count"), (25, "count")]),
    ("Прием в 10 классы профильных школ в 2021 году составил 1 200 человек.", [(1200, "person")]),
    ("Открыто 7 классов.", [(7, "count")]),
    ("Отловлено 1 200 сусликов и 312 крыс, собрано 4 тыс. клещей.", [(1200, "count"), (312, "count"), (4000, "count")]),
])
def test_days_of_the_month_plural_grades_and_animals(text, want):
    got = [(f.value, f.unit) for f in _facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Из 840 выпускников 2019 года трудоустроены 91,2%.", [(840, 2019), (91.2, 2019)]),
    ("Из 1 150 стипендиатов 2020 года завершили обучение 1 098.", [(1150, 2020), (1098, 2020)]),
    ("Обследовано 1 200 детей 2014 года рождения.", [(1200, None)]),
])
def test_a_year_after_the_figures_noun_dates_it(text, want):
    got = [(f.value, f.year) for f in _facts(text)]
    assert same(got, want), got
