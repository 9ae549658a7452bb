"""Constructions the held-out set heldout16 found missing, each a table (pipeline.facts): temperatures and
precipitation, a tonne-kilometre written "т·км", the points of an index, a part of the year written without its year
in a paragraph that names it, a rolling period, a climate norm as a comparison base, the parts of an article, a quote
its speaker follows, a bracketed attribute, a year inside a participial phrase after a figure's noun."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    ("Средняя температура июля в Павлодаре составила 22,4 °C, в Семее – 21,9 °С.",
     [(22.4, "degree_celsius"), (21.9, "degree_celsius")]),
    ("Ночью воздух остывал до 35 градусов Цельсия, днем прогревался до 4 градусов.",
     [(35, "degree_celsius"), (4, "degree_celsius")]),
    # a minus written as an en dash on the value, after a bracket, a comma or a word
    ("Самым холодным был февраль (–12,6 °C); минимум, –38,2 °C, зафиксирован в Аркалыке, максимум –2,1 °C.",
     [(-12.6, "degree_celsius"), (-38.2, "degree_celsius"), (-2.1, "degree_celsius")]),
    ("За сутки выпало 41 мм осадков, за месяц – 127 миллиметров.", [(41, "mm"), (127, "mm")]),
    # "Мм" is no unit of a word that only begins with it
    ("Проведено 12 ммунизаций.", [(12, "count")]),
    ("Грузооборот железной дороги составил 231,4 млрд т·км, автомобильного транспорта – 18,2 млрд ткм.",
     [(231.4e9, "tonne_km"), (18.2e9, "tonne_km")]),
])
def test_temperatures_precipitation_and_tonne_km(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # an anomaly is a difference from the norm, its sign the direction; a signed temperature elsewhere is a level
    ("Аномалия средней температуры весны составила +0,84 °C, самым теплым был апрель (аномалия +2,7 °C), "
     "холоднее нормы оказался март (–0,9 °C).",
     [(0.84, "increase"), (2.7, "increase"), (-0.9, "decrease")]),
    ("Абсолютный максимум, +43,5 °C, отмечен в Туркестане, абсолютный минимум, –41,3 °C, – в Астане.",
     [(43.5, None), (-41.3, None)]),
    ("Норма превышена на 1,3 °C.", [(1.3, "increase")]),
])
def test_a_signed_temperature_is_a_deviation_only_from_a_norm(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Индекс MOEX на 29 марта составил 3 322,4 пункта, снизившись за неделю на 41,6 пункта.",
     [(3322.4, "index", None), (41.6, "index", None)]),
    # places stay counts
    ("Индекс охвата рассчитан по 74 населенным пунктам.", [(74, "count", "пунктам")]),
    ("Открыто 12 пунктов выдачи, индекс удовлетворенности – 86,4%.", [(12, "count", "пунктов"), (86.4, "percent", None)]),
])
def test_the_points_of_an_index(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the year the paragraph named before the part of the year written without it
    ("Остатки на депозитах на 1 июня 2025 года составили 41,2 трлн тенге. С начала года они увеличились на 2,9 трлн "
     "тенге. За май население разместило 0,8 трлн тенге.",
     [(41.2e12, 2025), (2.9e12, 2025), (0.8e12, 2025)]),
    ("Продажи автомобилей в сентябре 2022 года составили 14 812 единиц. Выручка за месяц выросла на 6,1% и на 30 "
     "сентября достигла 98,6 млрд рублей (+4,2% за месяц).",
     [(14812, 2022), (6.1, 2022), (98.6e9, 2022), (4.2, 2022)]),
    ("Доклад о погоде 2021 года. Самый сильный ветер, 34 м/с, отмечен 3 марта на перевале, а во II квартале "
     "зарегистрировано 16 ураганов.", [(34, 2021), (16, 2021)]),
    # the year written after the month is read as one, and a month compared with is a base ("чем в марте")
    ("Объем торгов в апреле 2023 года составил 3,1 трлн тенге, что на 5,2% больше, чем в марте.",
     [(3.1e12, 2023), (5.2, 2023)]),
    # a paragraph that named no year before: the month gives none (rule 6)
    ("За февраль поступило 12,4 млрд тенге взносов.", [(12.4e9, None)]),
    # a document's date without its year dates nothing
    ("В 2024 году рассмотрено письмо от 14 марта, в котором указано 15 адресов.", [(15, 2024)]),
])
def test_a_part_of_the_year_without_its_year(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a rolling period names no single year and is no figure
    ("Инфляция в марте 2024 года составила 0,6%, за последние 12 месяцев – 8,7%.", [(0.6, 2024), (8.7, None)]),
    ("Средняя доходность за последние 6 месяцев составила 11,2%.", [(11.2, None)]),
    # the months of the year so far stay a period, and a duration stays a figure
    ("За 9 месяцев 2023 года перевезено 14,2 млн тонн.", [(14.2e6, 2023)]),
    ("Срок рассмотрения сократился до 3 месяцев.", [(3, None)]),
])
def test_a_rolling_period(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a climate norm and a multi-year average are bases of a comparison (rule 4): the period in force
    ("Обзор погоды 2022 года. Летом в Костанае выпало 74 мм осадков (61% нормы). Число дней с градом достигало 9, что "
     "вдвое больше многолетнего среднего. Весна была теплее нормы на 1,4 °C.",
     [(74, 2022), (61, 2022), (9, 2022), (1.4, 2022)]),
    # perennial grasses compare nothing
    ("В 2022 году засеяно 1,2 млн га. Площадь многолетних трав – 312 тыс. га.", [(1.2e6, 2022), (312e3, None)]),
    # a norm of law compares nothing either
    ("В 2022 году проверено 48 организаций. Нормы права нарушены в 12 случаях.", [(48, 2022), (12, None)]),
])
def test_a_climate_norm_is_a_comparison_base(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Привлечено к ответственности по частям 2 и 4 статьи 19.5 КоАП РФ 61 должностное лицо.",
     [(61, "person", "лицо")]),
    # a quote its speaker follows after a dash is a statement (here without a verb morphology reads first)
    ("«Это рекорд для региона: с начала года открыто более 9 тысяч новых счетов в банках», – сообщили в банке.",
     [(9000, "count", "счетов")]),
    # a bracketed second name of the attribute: the noun after it is counted, not the noun of the figure before
    ("В районе работают 56 врачей и 14 сельских (аульных) амбулаторий.",
     [(56, "person", "врачей"), (14, "count", "амбулаторий")]),
])
def test_references_quotes_and_bracketed_attributes(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a year in a participial phrase right after a figure's noun dates that figure, and the part of it
    ("Из 28 школ, запланированных к вводу в 2024 году, построено 19.", [(28, 2024), (19, 2024)]),
    ("Из 120 нарушений, выявленных в 2023 году, устранено 97.", [(120, 2023), (97, 2023)]),
])
def test_a_year_in_a_participial_phrase(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got
