"""Constructions the held-out set heldout10 found missing, each a table (pipeline.facts): a minus written as a word,
a lead-in that gives one unit to the figures and another to those in brackets, and the periods of court and
migration statistics (an earlier year's value in a sentence of its own, "в 2022-м", a list after "Из них ...:")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import facts, same


@pytest.mark.parametrize("text, want", [
    # "минус" written before the value is its minus; a percentage with it is a fall
    ("Из городов выбыло 2 тыс. человек (минус 53,6%), из сёл — 620 человек (минус 29%).",
     [(2000, "person", None), (-53.6, "percent", "decrease"), (620, "person", None), (-29, "percent", "decrease")]),
    ("Удешевление товаров (от минус 0,1% до минус 0,8%) наблюдалось в 9 регионах.",
     [(-0.1, "percent", "decrease"), (-0.8, "percent", "decrease"), (9, "count", None)]),
    ("Из Костанайской области выбыло 488 человек, минус 24,3% за год.",
     [(488, "person", None), (-24.3, "percent", "decrease")]),
    # "плюс" before a balance is no change
    ("Сальдо миграции: плюс 5 тыс. человек.", [(5000, "person", None)]),
])
def test_minus_written_as_a_word(text, want):
    got = [(f.value, f.unit, f.change) for f in facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "(%, в скобках – млрд. т-км)": the bare figures are percentages, those in brackets billions of tonne-km
    ("Грузооборот железнодорожного транспорта увеличился на 5,7% (2,126 трлн. т-км), автомобильного (%, в скобках – "
     "млрд. т-км) – на 11,8 (222,8), внутреннего водного – на 13 (61), морского – сократился на 22,8 (77,5).",
     [(5.7, "percent"), (2.126e12, "tonne_km"), (11.8, "percent"), (222.8e9, "tonne_km"), (13, "percent"),
      (61e9, "tonne_km"), (22.8, "percent"), (77.5e9, "tonne_km")]),
    ("Производство выросло на 3,1%, в том числе мяса (в %, в скобках – тыс. тонн) – на 2,4 (81,5), молока – на 1,2 "
     "(412).", [(3.1, "percent"), (2.4, "percent"), (81.5e3, "tonne"), (1.2, "percent"), (412e3, "tonne")]),
    # figures with a unit of their own keep it
    ("Экспорт (%, в скобках – млн тонн) – на 8,5 (268,6 тыс. тонн).", [(8.5, "percent"), (268.6e3, "tonne")]),
])
def test_two_units_in_a_lead_in(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a year written as an ordinal is a year: here a comparison base, whose value in brackets is of that year
    ("В 2023 году осуждено 781 лицо — на 102 меньше, чем в 2022-м (883 человека).",
     [(781, 2023), (102, 2023), (883, 2022)]),
    ("В 2021-м году выпущено 12 тонн.", [(12, 2021)]),
    ("Рост в 2023-м составил 5%.", [(5, 2023)]),
    # decades are no years
    ("В 1990-х годах выпускали 5 тонн, в 2000-е годы – 7 тонн.", [(5, None), (7, None)]),
])
def test_year_written_as_an_ordinal(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a change after a dash right after a figure is that figure's: the dash is no label's
    ("В 2023 году осуждено 781 лицо — на 102 меньше, чем в 2022 году.",
     [(781, "person", "лицо"), (102, "person", "лицо")]),
    ("Выпущено 12 тонн – на 3 больше, чем в 2022 году.", [(12, "tonne", "тонн"), (3, "tonne", "тонн")]),
    # an age bound before the dash is still a label's
    ("Детей до 16 лет – на 95,2 тыс. больше.", [(16, "year", "лет"), (95200, "count", None)]),
])
def test_change_after_a_dash_keeps_the_unit(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a sentence whose only figures refer back names an earlier year to compare with, not a new period
    ("В 2023 году в суд поступило 1239 уголовных дел. В 2022 году их было 1234. С вынесением приговора суд рассмотрел "
     "756 дел, что на 78 меньше, чем годом ранее. Остаток дел на конец года составил 389, что на 84 дела больше по "
     "сравнению с 2022 годом (305 дел).",
     [(1239, 2023), (1234, 2022), (756, 2023), (78, 2023), (389, 2023), (84, 2023), (305, 2022)]),
    # a figure of its own after the earlier year: the text moved on to that year
    ("В 2023 году поступило 1239 дел. В 2022 году поступило 1234 дела, что на 5% больше, чем годом ранее.",
     [(1239, 2023), (1234, 2022), (5, 2022)]),
])
def test_an_earlier_value_in_a_sentence_of_its_own(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "(929 дел — в 2022 году)": the year after a dash closes the bracket of the value it dates
    ("Всего в 2023 году судом окончено 850 уголовных дел (929 дел — в 2022 году).", [(850, 2023), (929, 2022)]),
    ("Всего в 2023 году судом окончено 850 уголовных дел (в 2022 году — 929 дел).", [(850, 2023), (929, 2022)]),
])
def test_year_after_a_dash_in_a_bracket(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "Из них ...:" opens the parts of the last sentence's headline figure: its items take that figure's year
    ("В 2023 году осуждено 781 лицо — на 102 меньше, чем в 2022-м (883 человека). Из них приговорены:\n"
     "— к лишению свободы — 272 человека;\n— к лишению свободы условно — 286 человек, из которых 12 несовершеннолетних;",
     [(781, 2023), (102, 2023), (883, 2022), (272, 2023), (286, 2023), (12, 2023)]),
    # an undated headline gives its parts no year
    ("Выявлено 781 нарушение. Из них устранены:\n— 272 нарушения;", [(781, None), (272, None)]),
])
def test_parts_of_the_last_figure_after_a_lead_in(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a signed change after the value compared with is the headline's; a bracket of the same shape without its year
    # takes the year of the one before
    ("В 2022 году судами рассмотрено 11 103 уголовных дела (в 2021 году – 10 651, +4,2%) в отношении 11 850 лиц "
     "(11 466, +3,3%).", [(11103, 2022), (10651, 2021), (4.2, 2022), (11850, 2022), (11466, 2021), (3.3, 2022)]),
    # no year written in any bracket: the values stay the sentence's (unchanged)
    ("В 2022 году рассмотрено 11 103 дела (10 651, +4,2%).", [(11103, 2022), (10651, 2022), (4.2, 2022)]),
])
def test_changes_in_brackets_of_a_comparison(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # prices: "подорожали", "подешевели", "дороже" say which way a change goes ("дорожного" is no such word)
    ("Табачные изделия подорожали на 4,1%, бананы подешевели на 2,5%, а проезд стал дороже на 3%.",
     [(4.1, "increase"), (2.5, "decrease"), (3, "increase")]),
    ("Протяженность дорожной сети на 12 км.", [(12, None)]),
])
def test_price_words_of_a_change(text, want):
    got = [(f.value, f.change) for f in facts(text)]
    assert same(got, want), got
