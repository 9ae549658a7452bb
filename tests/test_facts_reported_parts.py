"""A half-year, quarter or season a title reports, however worded, written again without its dates takes the title's
year, and so do the other figures of that sentence (README_labels, rule 5, ruling of arbiter7); another part, a
title of two years and a capacity's span give none. Wordings other than the sets'."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text


def _years(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


@pytest.mark.parametrize("text, want", [
    ("Почтовая связь региона во втором полугодии 2024 года\nОтделения приняли 5,6 тыс. жалоб.\n"
     "За полугодие доставлено 1,2 млн посылок.",
     [(5600, "count", None), (1.2e6, "count", 2024)]),
    ("Автопарк «Север»: результаты II квартала 2023 года\nВ квартале выпущено на линию 140 автобусов.",
     [(140, "count", 2023)]),
    ("Итоги купального сезона 2024 года на озере\nСредняя выручка киоска – 410 тыс. тенге за сезон.",
     [(410000, "KZT", 2024)]),
])
def test_the_titles_part_of_the_year_written_again(text, want):
    got = _years(text)
    assert got == want, got


@pytest.mark.parametrize("text, want", [
    # a quarter under a half-year's title, a season of two years
    ("Итоги первого полугодия 2024 года\nЗа квартал подключено 310 абонентов.", [(310, "person", None)]),
    ("Итоги сезона 2023/24 на катке\nЗа сезон каток посетили 52 тыс. человек.", [(52000, "person", None)]),
    # the span a capacity is measured over
    ("Итоги зимнего сезона 2025 года\nСнегоплавильная станция принимает до 12 тыс. куб. м снега за сезон.",
     [(12000, "m3", None)]),
])
def test_no_year_from_another_part_a_two_year_season_or_a_capacity(text, want):
    got = _years(text)
    assert got == want, got
