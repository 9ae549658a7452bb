"""Constructions the held-out sets heldout6 and heldout7 found missing, each a table (pipeline.facts): relative
periods, list items, rates beside rates of another kind, comparisons, participial phrases, prices and tonnes."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import facts, same


@pytest.mark.parametrize("text, reporting_year, want", [
    # the year after the report's
    ("Индекс в отчетном году составил 103,2%, на следующий год прогнозируется 104,5%.", 2022, [(103.2, 2022), (104.5, 2023)]),
    ("Трансферты на следующий год предусмотрены в объеме 3 500,0 млрд. тенге.", 2022, [(3.5e12, 2023)]),
    ("В предстоящем году будет создано 1 200 рабочих мест.", 2021, [(1200, 2022)]),
    # without a report's year, a note names no year
    ("Трансферты на следующий год предусмотрены в объеме 3 500,0 млрд. тенге.", None, [(3.5e12, None)]),
])
def test_the_next_year_of_a_report(text, reporting_year, want):
    got = [(f.value, f.year) for f in facts(text, reporting_year)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # prose: "на следующий год" of a forecast is the plan year the text named, and list items of two sentences keep it
    ("Утвержден прогноз развития области на 2019 год.\nОсновные показатели прогноза на следующий год:\n– ВРП – 221,8 "
     "млрд рублей. Рост ВРП составит 1,4 процента\n– индекс производства вырастет на 1,7 процента",
     [(221.8e9, 2019), (1.4, 2019), (1.7, 2019)]),
    # a year that is no plan year gives "следующий год" no year
    ("В 2017 году рост составил 5 %.\nНа следующий год ожидается 6 %.", [(5, 2017), (6, None)]),
    # a paragraph opened by a dash of dialogue is no list item: its later sentences take no lead-in's noun
    ("— Всего было зарегистрировано 3 106 случаев гриппа. Показатель заболеваемости составил 31,6 на 10 тысяч "
     "населения.", [(3106, None), (31.6, None)]),
    # a change named before "к 2016 году" has its base there: the figure takes the period in force
    ("По итогам работы 2017 года прогнозируется снижение на 1,3 %.\nОбъем составит 112,6 млн. руб., рост к 2016 году "
     "составит 103,4%.", [(1.3, 2017), (112.6e6, 2017), (103.4, 2017)]),
    # the first day of a year closes the period named before it; it sets no period of its own for what follows
    ("В 2016 году действовало 244 субъекта. На 1 января 2017 года зарегистрировано 16 предприятий.\nКоличество "
     "предпринимателей по сравнению с 2015 годом выросло на 1 или на 0,5%.", [(244, 2016), (16, 2017), (1, 2016), (0.5, 2016)]),
    ("В 2018 году рост составил 5 %. На начало 2019 года на учете 150 человек, что на 3 % меньше, чем годом ранее.",
     [(5, 2018), (150, 2019), (3, 2019)]),
    # "к 2019 году" before a value is still a target
    ("К 2019 году объем составит 5 млн. руб.", [(5e6, 2019)]),
])
def test_prose_periods(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a rate that writes its own base but no noun is a coefficient, though a rate with a noun stands before it
    ("Заболеваемость снизилась до 42,1 случая на 100 тыс. населения (2020 г. – 48,7, 2021 г. – 45,3), смертность – "
     "до 2,1 на 100 тыс. населения.",
     [(42.1, "count", 100000, "населения"), (48.7, "count", 100000, "населения"), (45.3, "count", 100000, "населения"),
      (2.1, "ratio", 100000, "населения")]),
    # nor is a neighbour's person noun
    ("Обеспеченность составила 6 учащихся на 1 компьютер, смертность детей – 0,4 на 100 тыс. учащихся.",
     [(6, "person", 1, "компьютер"), (0.4, "ratio", 100000, "учащихся")]),
    # "на 1 <noun>" right after a counted figure is its base, not a figure
    ("Обеспеченность школ компьютерами составила 6 учащихся на 1 компьютер.", [(6, "person", 1, "компьютер")]),
    # later members of the same rate keep its noun and base
    ("Заболеваемость снизилась до 38,4 случая на 100 тыс. населения (2017 г. – 52,3).",
     [(38.4, "count", 100000, "населения"), (52.3, "count", 100000, "населения")]),
])
def test_rates_of_another_kind(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, reporting_year, want", [
    # "против N в 2021 году" compares the figure with an earlier period: the figure is the reporting year's
    ("Урожайность зерновых составила 14,2 ц/га против 12,8 ц/га в 2021 году.", 2022, [(14.2, "centner_per_hectare", 2022),
                                                                                     (12.8, "centner_per_hectare", 2021)]),
    # a measure elided after a scaled member takes its scale too; a count does not
    ("В 2022 году валовой сбор составил 22,1 млн. тонн, в том числе пшеницы – 16,4.", None,
     [(22.1e6, "tonne", 2022), (16.4e6, "tonne", 2022)]),
    ("В 2022 году выявлено 3 118 свалок общей площадью 2 604 гектара, из них ликвидировано 2 497.", None,
     [(3118, "count", 2022), (2604, "hectare", 2022), (2497, "count", 2022)]),
    ("Поголовье составило 1,2 тыс. голов, из них коров – 458.", None, [(1200, "count", None), (458, "count", None)]),
])
def test_values_compared_and_elided_scales(text, reporting_year, want):
    got = [(f.value, f.unit, f.year) for f in facts(text, reporting_year)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a list item written like the one before it takes its units by position
    ("Промышленность представлена видами деятельности:\nпищевые продукты – 3 хозяйствующих субъекта, доля – 13,9%;\n"
     "производство кожи – 1 и 0,6%;\nобработка древесины – 6 и 7,2 %.",
     [(3, "count", "субъекта"), (13.9, "percent", None), (1, "count", "субъекта"), (0.6, "percent", None),
      (6, "count", "субъекта"), (7.2, "percent", None)]),
    # a range of one measure stays one measure where the item before mixes nothing
    ("Рост составит:\nв промышленности – 97,7-100,3 %;\nв торговле – 101 и 102,5 %.",
     [(97.7, "percent", None), (100.3, "percent", None), (101, "percent", None), (102.5, "percent", None)]),
    # outside a list the pair is one measure
    ("Доля составит 1 и 0,6%.", [(1, "percent", None), (0.6, "percent", None)]),
])
def test_list_items_like_the_one_before(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, reporting_year, want", [
    # a year inside a participial phrase after a figure's noun dates that figure only
    ("В 2021 году высажено 199,4 млн. деревьев. Из 2 млрд. деревьев, предусмотренных к посадке до 2025 года, высажено "
     "10%.", 2021, [(199.4e6, 2021), (2e9, 2025), (10, None)]),
    # a year inside a phrase before its noun is no period of the sentence
    ("В 2015 году обеспеченность составила 453,8 кв. м, что превышает предусмотренный в Стратегии развития района до "
     "2025 года норматив (319,1 кв.м) в 1,4 раза.", None, [(453.8, 2015), (319.1, 2015), (1.4, 2015)]),
    # a phrase that holds the clause's own period is none: its year dates the clause
    ("Площадь участков предоставленных для строительства в 2016 составила 22,47 га.", None, [(22.47, 2016)]),
    ("Заработная плата, начисленная работникам в январе-июне 2023 года, составила 290 991 тенге.", None, [(290991, 2023)]),
])
def test_a_year_of_a_participial_phrase(text, reporting_year, want):
    got = [(f.value, f.year) for f in facts(text, reporting_year)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a substantivised adjective before a noun of one form is that noun's attribute
    ("В республике функционирует 1 146 пожарных депо.", [(1146, "count", "депо")]),
    ("Открыто 12 новых кафе.", [(12, "count", "кафе")]),
    # and stays the counted noun where none follows
    ("На дежурство заступили 40 пожарных.", [(40, "person", "пожарных")]),
    ("Принято на работу 20 безработных граждан.", [(20, "person", "граждан")]),
])
def test_the_counted_noun_of_one_form(text, want):
    got = [(f.value, f.unit, f.object) for f in facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a quoted statement whose predicate is a short participle is speech, not a name: its figures count
    ("Отмечается, что \"из общего числа зарегистрированных в 2020 году случаев заболеваний 2178 случаев выявлено у "
     "детей\".", [(2178, "count", 2020)]),
    ("Реализуется программа «Дорожная карта занятости 2020».", []),
    # comparisons written without "уровня": "того же периода 2002 года", "к прошлогоднему показателю"
    ("В январе-июле 2003 года объем составил 156,2 млрд тенге, что больше того же периода 2002 года на 1,4%.",
     [(156.2e9, "KZT", 2003), (1.4, "percent", 2003)]),
    ("Данные за девять месяцев 2022 года.\nОбъемы торговли составили 94,5 % к прошлогоднему показателю.",
     [(94.5, "percent", 2022)]),
    # "т" after a number is tonnes, "т.е." and "т.ч." are not
    ("Было транспортировано 6,3 млн т грузов, в т.ч. 3 т угля.", [(6.3e6, "tonne", None), (3, "tonne", None)]),
    ("Выдано 5 т.е. пять займов.", [(5, "count", None)]),
])
def test_speech_comparisons_and_tonnes(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the value compared with "годом ранее" is of the year before its sentence's
    ("На 1 января 2023 года поголовье составило 8,5 млн. голов против 8,2 млн. голов годом ранее.",
     [(8.5e6, "count", 2023), (8.2e6, "count", 2022)]),
    ("В 2020 году добыто 90 млн. тонн против 86 млн. тонн в прошлом году.", [(90e6, "tonne", 2020), (86e6, "tonne", 2019)]),
    # the "1" of a price with words between is its base
    ("Стоимость строительства 1 кв. м арендного жилья не превышает 280–300 тыс. тенге.", [(280000, "KZT", None),
                                                                                       (300000, "KZT", None)]),
])
def test_against_the_year_before_and_prices(text, want):
    got = [(f.value, f.unit, f.year) for f in facts(text)]
    assert same(got, want), got
