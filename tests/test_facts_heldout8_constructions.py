"""Constructions the held-out set heldout8 found missing, each a table (pipeline.facts): comparisons worded as
"больше уровня предыдущего года" or "если сравнивать с данными", the base year inside "с X ... до Y", "в текущем
году" of a paragraph that names its year, a minus after a separating dash, months that name a period, "Из них"
referring back to the last sentence's figure."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import facts, same


@pytest.mark.parametrize("text, want", [
    # a comparison with the previous year worded with "больше" / "ниже" and no preposition takes the period in force
    ("В 2016 году объем составил 5,6 трлн рублей.\nВаловой сбор зерна составил 119,1 миллиона тонн, что на 13,7% "
     "больше уровня предыдущего года.", [(5.6e12, 2016), (119.1e6, 2016), (13.7, 2016)]),
    # "если сравнивать с данными 2021 года" is a base, and the figures compared take the period named before
    ("Власти считают, что по итогам 2022 года отмечено снижение.\nПоказатель заболеваемости в прошлом году составил "
     "113,5 и снизился на 8 процентов, если сравнивать с данными 2021 года.", [(113.5, 2022), (8, 2022)]),
    # an earlier year stating its own value after undated figures: they are the period's, set beside it
    ("В 2018 году было получено 5123,9 тыс. тонн. Хлеборобы с 4060,3 тыс. га намолотили 5214 тыс. тонн, в 2017 году "
     "получено 5225,3 тыс. тонн.", [(5123.9e3, 2018), (4060.3e3, 2018), (5214e3, 2018), (5225.3e3, 2017)]),
    ("Хлеборобы намолотили 5214 тыс. тонн, в 2017 году получено 5225,3 тыс. тонн.", [(5214e3, None), (5225.3e3, 2017)]),
    # the period of a figure's clause after its predicate, however long the predicate, where no year precedes it
    ("Свыше 37 миллиардов тенге предусмотрено на реализацию программы «Дорожная карта занятости-2020» в 2015 году, "
     "сообщил вице-министр.", [(37e9, 2015)]),
    # ... not across a comma, nor past another figure, nor a comparison base
    ("Выделено 37 млрд тенге, сообщил министр в 2015 году.", [(37e9, None)]),
    ("Произведено 1355 тонн, что больше, чем в 2016 году.", [(1355, None)]),
    # a bare change names no base: it keeps no year (rule 6)
    ("В 2016 году объем составил 5,6 трлн рублей.\nСбор овощей увеличился на 0,9%.", [(5.6e12, 2016), (0.9, None)]),
    # "в текущем году" is the year the paragraph named; with none named it stays unknown
    ("По состоянию на 1 февраля 2026 года помощь назначена 138,1 тысячи человек. В текущем году из бюджета "
     "предусмотрено 62,7 миллиарда тенге.\nНа текущий год предусмотрено 132,9 млрд тенге.",
     [(138100, 2026), (62.7e9, 2026), (132.9e9, None)]),
])
def test_prose_comparisons_and_the_current_year(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, reporting_year, want", [
    # the year inside "с X ... до Y" is the start's; the end takes the report's year
    ("Доля рынков с высокой концентрацией снизилась с 38,2% в 2019 году до 33,6%.", 2021, [(38.2, 2019), (33.6, 2021)]),
    ("Доля снизилась с 38,2% в 2019 году до 33,6% в 2021 году.", None, [(38.2, 2019), (33.6, 2021)]),
    # "больше прошлогоднего" compares with the year before
    ("Выручка составила 1,84 млрд. тенге, что на 0,31 млрд. тенге больше прошлогоднего.", 2022, [(1.84e9, 2022), (0.31e9, 2022)]),
    # an earlier year beside undated figures compares only where it dates a value of the same unit after it
    ("По 132 населенным пунктам сроки завершения работ перенесены на II квартал 2022 года, к подрядным организациям "
     "применены штрафные санкции на сумму 1,2 млрд. тенге.", 2024, [(132, None), (1.2e9, 2022)]),
])
def test_note_comparisons(text, reporting_year, want):
    got = [(f.value, f.year) for f in facts(text, reporting_year)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a minus after the dash that separates the label, with a space before the digits
    ("5) дефицит (профицит) бюджета – - 6 145 093,2 тысячи тенге;", [(-6145093200.0, "KZT")]),
    ("сальдо – -122 673 тысячи тенге", [(-122673000.0, "KZT")]),
    # a dash between two numbers is a range, not a sign
    ("работают от 12 - 15 человек", [(12, "person"), (15, "person")]),
    # "за 9 месяцев" names the period reported on; "до 6 месяцев" is a duration
    ("Аким сообщил, что за 9 месяцев экспорт увеличился на 28,5%. Срок продлен до 6 месяцев.",
     [(28.5, "percent"), (6, "month")]),
    # "Из них" at a sentence's start refers back to the last sentence's figure: its unit, and its noun
    ("На социальную сферу было направлено 158,1 млрд тенге. Из них на образование - 134,6 млрд (строительство школ), "
     "здравоохранение - 4 млрд тенге.", [(158.1e9, "KZT"), (134.6e9, "KZT"), (4e9, "KZT")]),
    ("Выявлено 2 317 свалок. Из них ликвидировано 1 874.", [(2317, "count"), (1874, "count")]),
    # a whole number that takes the genitive plural before a noun that has none counts nothing: it left out the unit of
    # the member before it ("17059 ржи" between tonnes); a counted noun in a series keeps its count
    ("Хранилось 2092486 тонн ячменя, 17059 ржи, 233893 тонны овса.", [(2092486, "tonne"), (17059, "tonne"), (233893, "tonne")]),
    ("Выделено 5 тонн пшеницы, 17 тракторов, 3 тонны овса.", [(5, "tonne"), (17, "count"), (3, "tonne")]),
])
def test_signs_periods_and_parts(text, want):
    got = [(f.value, f.unit) for f in facts(text)]
    assert same(got, want), got
