"""Constructions the held-out set heldout22 found missing, each a table (pipeline.facts): a telephone number in any
of its groupings as no figure, decalitres as a unit of their own."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # an area code in brackets, with or without the trunk digit, hyphenated or spaced groups
    ("Приемная министерства: +7 (7172) 74-18-55; обращений за год – 3 412.", [(3412, "count")]),
    ("Жалобы принимаются по номеру 8 (495) 621 33 07, рассмотрено 96 жалоб.", [(96, "count")]),
    ("Звонить: (8 3952) 24 11 90.", []),
    # hyphenated groups: a toll-free number, a city number with its code, a local one
    ("Консультации – по бесплатному номеру 8-800-555-35-35.", []),
    ("Контакты колл-центра: 0-22-51-77-80, обслужено 1 250 абонентов.", [(1250, "person")]),
    ("Для справок: тел. 22-46-81 (отдел кадров), 412-33-90 (бухгалтерия).", []),
    # a country code and spaced groups; an area code without brackets
    ("WhatsApp для заявок: +996 312 62 44 18.", []),
    ("Факс 8 7212 41-05-63.", []),
    # ranges, ratios, dates and year spans keep their figures
    ("Рост цен составил 10-15-20% в зависимости от региона.", [(10, "percent"), (15, "percent"), (20, "percent")]),
    ("В 2019-2021 годах принято 12 345 человек (1 250) на 3 курсах.", [(12345, "person"), (1250, "person"), (3, "count")]),
])
def test_a_telephone_number_whatever_its_grouping_is_no_figure(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Выпуск коньячных спиртов достиг 2,7 млн декалитров.", [(2.7e6, "decalitre")]),
    ("Розлито 860 тыс. дал виноматериалов и 4,1 млн л соков.", [(860e3, "decalitre"), (4.1e6, "litre")]),
    # "дал" the verb after a number is no unit
    ("Из 40 опрошенных 12 дали положительный ответ.", [(40, "person"), (12, "person")]),
])
def test_decalitres_are_a_unit_of_their_own(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got
