"""Constructions the held-out set heldout54 (real prose) found missing, each in other wordings (pipeline.facts): a
telephone number after a quoted line's name; a year ending an event's name before a colon; "в этом году" set against
the year before the period in force by its number; a comparison with a season of the previous year; a unit
abbreviated after a number ("см.", "с.") ends its sentence; a time in abbreviated units ("мин.", "с", "ч"); a bare
value after a counted round base in a subject of nouns is a ratio per that base; "Из <singular genitive> <noun>"
refers to the last sentence's figure, whose unit a bare scaled part takes."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from pipeline.sentences import sentences
from test_facts_constructions import same


def _got(text: str, *keys: str) -> list:
    return [tuple(getattr(f, k) for k in keys) for f in facts_of_text(text)]


@pytest.mark.parametrize("text", [
    "Обращения принимаются до 15 мая 2025 года; телефон «доверия» – 2-33-17.",
    "Консультации – по номеру «Единый центр» – 7-40-91.",
])
def test_a_phone_after_a_quoted_line_name_is_no_figure(text):
    assert _got(text, "value") == []


@pytest.mark.parametrize("text, want", [
    ("Всероссийская перепись – 2021: первые итоги\nВ 2021 году переписано 146 млн человек.", [(146e6,)]),
    ("Фестиваль «Музыка» 2024: итоги\nНа фестивале в 2024 году выступили 85 коллективов.", [(85,)]),
])
def test_a_year_ending_an_event_name_before_a_colon_is_no_figure(text, want):
    assert same(_got(text, "value"), want)


def test_a_plain_number_before_a_colon_stays_a_figure():
    assert [v for (v,) in _got("Всего поступило обращений – 2025: из них 140 жалоб.", "value")] == [2025, 140]


@pytest.mark.parametrize("text, want", [
    ("Итоги\nВ 2024 году школ построено 12.\nПлата за обучение в этом году составила 40 тыс. тенге (в 2023 году – 35 тыс.).",
     [(12, 2024), (40000, 2024), (35000, 2023)]),
])
def test_this_year_against_the_year_before_the_period_in_force(text, want):
    assert same(_got(text, "value", "year"), want)


def test_this_year_against_the_previous_year_in_words_stays_unknown():
    text = "Итоги\nВ 2022 году добыто 5 млн тонн.\nВ этом году добыто 6 млн тонн, что на 20% больше, чем в прошлом году."
    assert same(_got(text, "value", "year"), [(5e6, 2022), (6e6, None), (20, None)])


@pytest.mark.parametrize("text, want", [
    ("Итоги\nЗа 2024 год собрано 3,2 тыс. тонн меда. Это на 400 тонн больше, чем летом прошлого года.",
     [(3200, 2024), (400, 2024)]),
    ("Итоги\nВ 2023 году высажено 12 тыс. саженцев, на 15% больше, чем осенью прошлого года.", [(12000, 2023), (15, 2023)]),
])
def test_a_season_of_the_previous_year_is_a_comparison_base(text, want):
    assert same(_got(text, "value", "year"), want)


@pytest.mark.parametrize("text, count", [
    ("Рост саженцев – 45 см. В 2023 году высажено 300 штук.", 2),
    ("Лучший результат – 9,8 с. Второе место занял гость.", 2),
    ("Подробнее см. Приложение 3.", 1),
    ("Жители с. Ивановка собрали 5 тонн.", 1),
])
def test_an_abbreviated_unit_after_a_number_ends_its_sentence(text, count):
    assert len(sentences(text)) == count, sentences(text)


@pytest.mark.parametrize("text, want", [
    ("Победитель прошел трассу за 2 мин. 14 с.", [(2, "minute"), (14, "second")]),
    ("Поезд идет 5 ч 40 мин.", [(5, "hour"), (40, "minute")]),
    ("Время ожидания сократилось до 12 мин.", [(12, "minute")]),
    ("Рекорд – 48,3 сек.", [(48.3, "second")]),
])
def test_a_time_in_abbreviated_units(text, want):
    assert same(_got(text, "value", "unit"), want)


def test_mines_counted_stay_a_count():
    assert same(_got("Саперы обезвредили 12 мин и 5 снарядов.", "value", "unit"), [(12, "count"), (5, "count")])


@pytest.mark.parametrize("text, want", [
    ("В 2024 году приплод ягнят на 100 овцематок – 96 (годом ранее – 91).",
     [(96, "ratio", 100, "овцематок"), (91, "ratio", 100, "овцематок")]),
    ("В 2023 году выход поросят на 10 свиноматок составил 182.", [(182, "ratio", 10, "свиноматок")]),
])
def test_a_bare_value_after_a_counted_round_base_is_a_ratio(text, want):
    assert same(_got(text, "value", "unit", "per", "per_object"), want)


@pytest.mark.parametrize("text, want", [
    ("За 2024 год заготовлено 54,2 тыс. куб. м древесины. Из заготовленного объема 31,5 тыс. пришлось на сосну.",
     [(54200, "m3"), (31500, "m3")]),
    ("В 2023 году намолочено 1,4 млн тонн зерна. Из общего урожая 0,9 млн пришлось на пшеницу.",
     [(1.4e6, "tonne"), (0.9e6, "tonne")]),
])
def test_a_bare_part_of_the_last_sentences_amount_takes_its_unit(text, want):
    assert same(_got(text, "value", "unit"), want)
