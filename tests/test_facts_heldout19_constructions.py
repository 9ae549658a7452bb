"""Constructions the held-out set heldout19 found missing, each a table (pipeline.facts): units outside the README
table (a flow in m³/s, containers in TEU, US cents, Azerbaijani manats), a price per a round base, numbers that are no
figure (a year that ends a Latin name, a house number, a hotline's), dates and weeks that are no period of the year in
force, a comparison with the week before, the earlier value after a comma, and the noun of a rate's series."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from pipeline.sentences import sentences
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    ("Средний приток воды составил 1 940 куб. м/с, максимальный – 2 615 м3/с.",
     [(1940, "m3_per_second"), (2615, "m3_per_second")]),
    ("Расход воды – 12 кубометров в секунду, запас – 4 куб. м.", [(12, "m3_per_second"), (4, "m3")]),
    # a scale's full stop before an upper-case unit code ends no sentence
    ("Контейнерооборот составил 61,8 тыс. TEU против 48,9 тыс. TEU годом ранее.", [(61800, "teu"), (48900, "teu")]),
    ("Пропускная способность увеличится до 25 млн т грузов и 500 тыс. TEU в год.", [(25e6, "tonne"), (500000, "teu")]),
    # cents are a unit of their own, not scaled to dollars
    ("Средняя цена экспорта – 4,2 цента США.", [(4.2, "us_cent")]),
    ("Доходы составили 68,7 млн азербайджанских манатов, расходы – 41 млн манатов.", [(68.7e6, "AZN"), (41e6, "AZN")]),
])
def test_units_outside_the_table(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


def test_scale_before_a_unit_code_ends_no_sentence():
    assert len(sentences("Составил 61,8 тыс. TEU против 2 млн. USD. Далее.")) == 2
    assert len(sentences("Выдано 5 тыс. Кредиты погашены.")) == 2  # a capitalised word is a new sentence


@pytest.mark.parametrize("text, want", [
    # one unit, or a round number of a unit, right after a price is its base
    ("Тариф на газ – 28 950 тенге за 1 000 кубометров.", [(28950, "KZT", 1000, "кубометров")]),
    ("Средняя цена экспорта – 4,2 цента США за 1 кВт·ч.", [(4.2, "us_cent", 1, "кВт·ч")]),
    ("Тариф составил 15,05 тенге за 1 кВт/час.", [(15.05, "KZT", 1, "кВт/час")]),
    # a count after "за" is no base
    ("Получено 300 тыс. тенге за 1 000 проданных книг.", [(300000, "KZT", None, None), (1000, "count", None, None)]),
    # a base written as a word after what a sum is paid for
    ("Размер ущерба за незаконный вылов одной особи осетра составляет 1 200 МРП.", [(1200, "MCI", 1, "особи")]),
])
def test_price_per_base(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Казахский университет занял 150 место в рейтинге QS World University Rankings 2025.", [150]),
    ("Павильон Expo 2017 принял 3,9 млн посетителей.", [3.9e6]),
    ("В 2023 году рейтинг QS охватил 1 503 вуза.", [1503]),  # a year said as a year stays one
    ("Место проведения: зал заседаний (ул. Коммунальная, 6). Присутствовали 84 человека.", [84]),
    ("Офис по адресу: проспект Абая, д. 52 принял 120 заявлений.", [120]),
    ("Через портал поступило 58% обращений, по телефону горячей линии 1515 – 23%.", [58, 23]),
    ("На горячую линию 1414 поступило 350 обращений.", [350]),
])
def test_numbers_of_names_addresses_and_hotlines(text, want):
    got = [f.value for f in facts_of_text(text)]
    assert same([(v,) for v in got], [(v,) for v in want]), got


@pytest.mark.parametrize("text, want", [
    # the day a rule starts is no period of the year in force
    ("За январь–октябрь 2024 года перевезено 3,72 млн пассажиров. В расписании, действующем с 27 октября, "
     "выполняется 186 рейсов в неделю; флот насчитывает 34 судна.", [(3.72e6, 2024), (186, None), (34, None)]),
    # a range of dates is the sentence's period
    ("В 2024 году выполнено 5 рейдов. В период с 20 апреля по 20 июня лов запрещен на 148 участках.",
     [(5, 2024), (148, 2024)]),
    # a comparison with the week, month or quarter before gives the period in force (rule 4)
    ("С 18 по 24 ноября 2024 года зарегистрировано 47 ДТП. По сравнению с предыдущей неделей число ДТП снизилось на "
     "11, число раненых – на 14,9%.", [(47, 2024), (11, 2024), (14.9, 2024)]),
    # a numbered week is a period of its own without a year
    ("По состоянию на 15 ноября 2022 года привито 512,4 тыс. человек. Заболеваемость на 46-й неделе составила 68,2 "
     "на 10 тыс. населения, что на 12,5% выше предыдущей недели.", [(512400, 2022), (68.2, None), (12.5, None)]),
    # the earlier value after a comma takes the year before the period in force
    ("В январе–июне 2024 года поступило 3 147 обращений.\nУдовлетворено 71,2% обращений, годом ранее – 64,5%.",
     [(3147, 2024), (71.2, 2024), (64.5, 2023)]),
])
def test_dates_weeks_and_earlier_values(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a noun in the genitive plural after a number, though morphology ranks the verb first
    ("Газопровод протяженностью 142 км подключит еще 12 сел района.", [(142, "km", "км"), (12, "count", "сел")]),
    # a member named by another rate shares the base, not the neighbour's noun
    ("Средняя читаемость составила 19,6 экземпляра на одного пользователя, посещаемость – 9,0.",
     [(19.6, "count", "экземпляра"), (9.0, "ratio", None)]),
    ("Средняя читаемость составила 19,6 экземпляра на одного пользователя, в 2022 году – 18,1.",
     [(19.6, "count", "экземпляра"), (18.1, "count", "экземпляра")]),
    # the noun of a rate's base is no predicate of people: the earlier value is the same rate
    ("Показатель тяжести составил 7,6 погибших на 100 пострадавших против 8,1 годом ранее.",
     [(7.6, "person", "погибших"), (8.1, "person", "погибших")]),
])
def test_nouns_of_counts_and_rates(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


def test_rate_series_keeps_its_base():
    facts = facts_of_text("Показатель тяжести составил 7,6 погибших на 100 пострадавших против 8,1 годом ранее.")
    assert [(f.per, f.per_object) for f in facts] == [(100, "пострадавших")] * 2
    facts = facts_of_text("Средняя читаемость составила 19,6 экземпляра на одного пользователя, посещаемость – 9,0.")
    assert [(f.per, f.per_object) for f in facts] == [(1, "пользователя")] * 2
