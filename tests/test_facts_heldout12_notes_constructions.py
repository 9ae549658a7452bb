"""Constructions the held-out notes heldout12 found missing, each a table (pipeline.facts): a difference of shares
"к 2019 году" compares (no target), a compound of nouns that names people ("детей-сирот"), a rate whose base comes
first ("На 1 млн. кв. км территории приходится 129 станций"), and the kind of coordinated changes ("на 5,2% и 3,9%
меньше") and of the level a change led to ("на 3,6 п.п. до 27,9%")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # percentage points "к 2019 году" compare with 2019: the figure takes the period in force, not 2019
    ("В 2020 году выдано 1 047 патентов. Доля заявок выросла до 88,6%, или на 6,2 процентного пункта к 2019 году.",
     [(1047, 2020), (88.6, 2020), (6.2, 2020)]),
    ("В 2021 году доля составила 41,2%, или на 1,4 п.п. к 2020 году больше.", [(41.2, 2021), (1.4, 2021)]),
    ("Доля в 2022 году выросла к 2021 году на 2,3 п.п.", [(2.3, 2022)]),
    # a target stays a target (unchanged)
    ("К 2025 году доля достигнет 60%.", [(60, 2025)]),
    ("К 2025 году будет газифицировано 50 населенных пунктов.", [(50, 2025)]),
])
def test_points_to_a_year_compare(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a compound of nouns names people as its first noun does (the morphology reads "детей-сирот" as a surname)
    ("Учтено 24 818 детей-сирот, из них 19 476 воспитываются в семьях.",
     [(24818, "person", "детей-сирот"), (19476, "person", "детей-сирот")]),
    ("Реабилитацию прошли 1 230 детей-инвалидов.", [(1230, "person", "детей-инвалидов")]),
    # a compound of things stays a count
    ("Открыто 5 интернет-магазинов и 7 бизнес-центров.",
     [(5, "count", "интернет-магазинов"), (7, "count", "бизнес-центров")]),
])
def test_compound_nouns_of_people(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the base of a rate written first, before "приходится": no figure of its own, the base of what follows
    ("На 1 млн. кв. км территории приходится 129 станций при рекомендуемой плотности не менее 200.",
     [(129, "count", 1e6), (200, "count", 1e6)]),
    ("На 1 кв. км территории приходится 7,2 человека.", [(7.2, "person", 1)]),
    ("На 100 га пашни приходилось 3,4 трактора.", [(3.4, "count", 100)]),
    ("На 10 тыс. занятых приходится 1,8 случая травматизма.", [(1.8, "count", 10000)]),
    # an area that is the figure of its sentence stays one (no "приходится" after it)
    ("Площадь посевов увеличилась на 100 га, на нее приходится 40% урожая.",
     [(100, "hectare", None), (40, "percent", None)]),
])
def test_a_base_before_what_is_shared_out(text, want):
    got = [(f.value, f.unit, f.per) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the direction said after the last of coordinated changes belongs to each
    ("Выпуск спирта и водки сократился, что соответственно на 5,2% и 3,9% меньше, чем в 2019 году.",
     [(5.2, "decrease"), (3.9, "decrease")]),
    ("Рост на 12,1% и 9,4% соответственно.", [(12.1, "increase"), (9.4, "increase")]),
    ("Цены выросли на 3–5 %.", [(3, "increase"), (5, "increase")]),
    # a change and the level it led to: the level is no change
    ("Доля долга в иностранной валюте снизилась на 3,6 п.п. до 27,9%.", [(3.6, "decrease"), (27.9, None)]),
    ("Численность сократилась на 1 200 человек до 45 300 человек.", [(1200, "decrease"), (45300, None)]),
])
def test_coordinated_changes_and_the_level_after(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got
