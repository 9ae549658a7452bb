"""Constructions the held-out set heldout21 found missing, each a table (pipeline.facts): money in a word countries
share read by the country the text names (pipeline/vocabulary/currency_countries.tsv), employers and premieres as
counts, a service's telephone number as no figure, "по итогам месяца" and a base "чем за 9 месяцев 2024 года"."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # a text on Turkmenistan: its bare manats are TMT, from where it names the country on
    ("Министерство культуры Туркменистана: итоги сезона\nДоходы театров составили 14,2 млн манатов.", [(14.2e6, "TMT")]),
    ("В Туркменистане средняя цена билета – 20 манатов.", [(20, "TMT")]),
    ("Стоимость проекта – 45 млн туркменских манатов, взнос – 3 млн манатов.", [(45e6, "TMT"), (3e6, "TMT")]),
    # a text on Azerbaijan, or one naming no country: AZN
    ("Правительство Азербайджана выделило 7 млн манатов.", [(7e6, "AZN")]),
    ("Фонду выделено 11,2 млн манатов.", [(11.2e6, "AZN")]),
    # a destination or a partner is no text's country; a currency written with its country keeps it
    ("Экспорт в Туркменистан составил 5 млн манатов.", [(5e6, "AZN")]),
    ("Туркменистан закупил 3 млн азербайджанских манатов.", [(3e6, "AZN")]),
    # the country named last decides: a second text of the same file
    ("Бюджет Туркменистана – 9 млн манатов.\nПравительство Азербайджана выделило 7 млн манатов.",
     [(9e6, "TMT"), (7e6, "AZN")]),
    # Belarus as before (tests/test_facts_heldout17_constructions.py)
    ("Средняя пенсия в Беларуси достигла 712 рублей.", [(712, "BYN")]),
])
def test_currency_of_the_country_the_text_names(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # employers are organisations
    ("В ярмарке приняли участие 214 работодателей, которые представили 3 860 вакансий.",
     [(214, "count"), (3860, "count")]),
    # "премьер" after 37 is the genitive plural of "премьера", not a prime minister; its elided noun too
    ("Поставлено 37 премьер, 11 из них – по произведениям местных драматургов.", [(37, "count"), (11, "count")]),
    ("Ярмарку посетили 5 200 человек.", [(5200, "person")]),
])
def test_organisations_and_premieres_are_counts(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a service's telephone number after its name and a dash or colon is no figure
    ("Погибли 61 человек; телефон службы спасения – 911.", [(61, "person")]),
    ("Телефон доверия: 150.", []),
    # a price or a count after the word is a figure
    ("Стоимость мобильного телефона – 45 000 тенге.", [(45000, "KZT")]),
    ("Абонентов мобильных телефонов – 21,5 млн.", [(21.5e6, "person")]),
])
def test_a_telephone_number_is_no_figure(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "по итогам месяца" is a part of the year the paragraph named (rule 6 note)
    ("В октябре 2025 года принято 1 946 обращений. Утечки воды по итогам месяца оцениваются в 412,5 тыс. куб. м, "
     "или 17,8% от поданной в сеть.", [(1946, 2025), (412500, 2025), (17.8, 2025)]),
    ("Утечки воды по итогам месяца оцениваются в 412,5 тыс. куб. м.", [(412500, None)]),
    # with its own year after it, it is that year's
    ("В январе-июне 2023 года остановились 516 тысяч туристов. Это в 1,8 раза выше прошлогоднего результата (292 "
     "тысяч по итогам полугодия в 2022 году).", [(516000, 2023), (1.8, 2023), (292000, 2022)]),
    # "чем за 9 месяцев 2024 года" is a base, not the period in force: the next sentence's level set against 2024
    # takes 2025 (rule 4)
    ("За январь–сентябрь 2025 года проходка составила 1 284,6 тыс. метров, что на 7,3% больше, чем за 9 месяцев 2024 "
     "года. Сроки строительства скважины сократились с 21,4 суток в 2024 году до 18,9 суток.",
     [(1284600, 2025), (7.3, 2025), (21.4, 2024), (18.9, 2025)]),
])
def test_yearless_results_and_bases_of_months_so_far(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got
