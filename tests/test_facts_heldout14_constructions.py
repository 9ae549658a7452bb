"""Constructions the held-out set heldout14 found missing, each a table (pipeline.facts): "в этом году" as the current
year of a paragraph that names it, a comparison with an earlier month written without its year, the value compared
with "годом ранее" after a headline, an earlier value "(ранее – ...)" of no named period, a service named by its
number ("Служба 112"), a rate base before "пришлось"."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # "в этом году" is the year the paragraph names (as "в текущем году")
    ("По итогам девяти месяцев 2023 года доставлено 48,7 млн посылок. В этом году компания установила 370 новых "
     "постаматов.", [(48.7e6, 2023), (370, 2023)]),
    ("По итогам 2023 года спортом занимаются 6,8 млн человек. В этом году спортсмены завоевали 1 815 медалей.",
     [(6.8e6, 2023), (1815, 2023)]),
    # a paragraph that names no year leaves it unknown
    ("В этом году компания установила 370 новых постаматов.", [(370, None)]),
    ("Объем добычи за 7 месяцев этого года составил 52,23 млн тонн.", [(52.23e6, None)]),
    # nor a year named after it, a plan ("Построенные в этом году 15 школ ... В 2022 году планируется ...")
    ("Построенные в этом году 15 школ дали 40 тыс. мест. В 2022 году планируется построить еще 16 школ.",
     [(15, None), (40000, None), (16, 2022)]),
    # unknown, it is still the sentence's own period: not the period in force of a comparison (rule 6)
    ("Итоги 2022 года\nВ 2022 году добыто 5 млн тонн.\nВ этом году добыто 6 млн тонн, что на 20% больше, чем в "
     "прошлом году.", [(5e6, 2022), (6e6, None), (20, None)]),
    ("В 2022 году добыто 5 млн тонн.\nВ текущем году добыто 6 млн тонн, что на 20% больше, чем в прошлом году.",
     [(5e6, 2022), (6e6, None), (20, None)]),
])
def test_this_year_is_the_year_the_paragraph_names(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # compared with an earlier month without its year: the period in force (rule 4)
    ("Объем депозитов на конец августа 2024 г. составил 39 784,1 млрд тенге. По сравнению с июлем депозиты "
     "юридических лиц выросли на 1,5% до 20 112,7 млрд тенге.", [(39784.1e9, 2024), (1.5, 2024), (20112.7e9, 2024)]),
    ("В августе 2024 г. выдано 5 тыс. кредитов. Выдано 12 млрд тенге, что на 3% больше, чем в июле.",
     [(5000, 2024), (12e9, 2024), (3, 2024)]),
    # a month with its year is a base of its own, compared with nothing before it here: no period
    ("Депозиты выросли на 1,5% по сравнению с июлем 2023 года.", [(1.5, None)]),
    # a sentence that compares nothing stays undated (rule 6)
    ("Объем депозитов на конец августа 2024 г. составил 39 784,1 млрд тенге. Уровень долларизации снизился с 25,4% "
     "до 24,9%.", [(39784.1e9, 2024), (25.4, None), (24.9, None)]),
])
def test_a_comparison_with_an_earlier_month_takes_the_period(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "против X годом ранее" after a headline that takes the period in force: the year before it
    ("В 2022 году показано 10 870 спектаклей. Средняя заполняемость залов составила 68,4% против 61,9% годом ранее.",
     [(10870, 2022), (68.4, 2022), (61.9, 2021)]),
    # "(ранее – X)": the value before, of no period the text names
    ("С 1 июля 2024 года тариф составляет 98,45 тенге за 1 куб. м (ранее – 84,12 тенге).", [(98.45, 2024), (84.12, None)]),
    # "годом ранее –" stays the previous year's
    ("В 2023 году выявлено 125 нарушений (годом ранее – 140).", [(125, 2023), (140, 2022)]),
])
def test_the_value_compared_with_takes_its_own_period(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a service named by its number is no figure
    ("В 2023 году Служба 112 приняла 1 982 430 вызовов.", [(1982430, "count")]),
    ("Жители могут звонить по телефону 102 круглосуточно, поступило 45 обращений.", [(45, "count")]),
    # a count after "служба" in another construction is kept
    ("Служба спасения выезжала 250 раз.", [(250, "count")]),
])
def test_a_service_named_by_its_number(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the base before "пришлось" is what the figure after it is shared out over
    ("На 1000 браков пришлось 287 разводов против 261 в январе–июне 2023 г.",
     [(287, "count", 1000, "браков"), (261, "count", 1000, "браков")]),
    ("На 100 тыс. населения пришлась 41 больничная койка.", [(41, "count", 100000, "населения")]),
])
def test_a_rate_base_before_prishlos(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "что 11,5% больше" without "на" is a difference all the same
    ("Музеи посетили 6,1 млн. человек, что 11,5% больше, чем в 2021 году.", [(6.1e6, None), (11.5, "increase")]),
    ("В бассейне выловлено 2,6 млн тонн, что 17,4% больше прошлогоднего.", [(2.6e6, None), (17.4, "increase")]),
    ("Вылов составил 310 тыс. тонн, что 3,2 п.п. ниже плана.", [(310000, None), (3.2, "decrease")]),
    # a level before a comparative stays a level
    ("Доля снизилась до 24,9% ниже порога.", [(24.9, None)]),
])
def test_a_percentage_followed_by_a_comparative_is_a_difference(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a price per kilowatt-hour written with a slash keeps the unit as written for its base
    ("Электроэнергия подорожает до 24,60 тенге за 1 кВт/ч с НДС.", [(24.6, "KZT", 1, "кВт/ч")]),
    ("Тариф – 15,0528 тенге за 1 кВт/час с учетом НДС.", [(15.0528, "KZT", 1, "кВт/час")]),
    ("Выработано 12 млрд кВт/ч электроэнергии.", [(12e9, "kWh", None, None)]),
    # a price whose currency is left out (a list of tariffs) is still per one unit: the 1 is no figure (alone, with
    # no currency to take from the items before, a bare rate is a ratio)
    ("3. тариф для бюджетных организаций, - 29,5008 за 1 кВт/час с учетом НДС;", [(29.5008, "ratio", 1, "кВт/час")]),
    ("Тариф для юрлиц - 29,5008 за 1 кВт/час.", [(29.5008, "ratio", 1, "кВт/час")]),
])
def test_a_kilowatt_hour_with_a_slash(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "шт." and "ед." measure a count; what is counted is the noun after, before the dash, or of the figure before
    ("Закуплено 45 шт. компьютеров.", [(45, "count", "компьютеров")]),
    ("Из них международных отправлений – 2,4 млн, в том числе посылок – 612 тыс. шт.",
     [(2.4e6, "count", "отправлений"), (612000, "count", "посылок")]),
    ("Компания установила 370 новых постаматов, их общее число достигло 1 520 шт.",
     [(370, "count", "постаматов"), (1520, "count", "постаматов")]),
    ("Выдано 39 разрешений на строительство, из них 4 ед. на реконструкцию.",
     [(39, "count", "разрешений"), (4, "count", "разрешений")]),
    ("Количество малых предприятий составило 7 ед.", [(7, "count", "предприятий")]),
    # a later member of a series in "ед." after one in "единиц": the noun the sentence counts ("единиц" in full counts
    # it too, README_labels: "количество малых предприятий составило 7 единиц" -> "предприятий")
    ("Число малых предприятий оценивается в 187 единиц с увеличением до 190 ед. по базовому варианту.",
     [(187, "count", "предприятий"), (190, "count", "предприятий")]),
    # nothing named: the measure word stays
    ("Выдано 117 287 шт.", [(117287, "count", "шт.")]),
])
def test_a_measure_word_counts_the_noun_of_its_construction(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # people named before the dash after "из них" are what the part counts
    ("В 2021 году численность персонала составила 662,7 тыс. человек, из них исследователей – 340,9 тыс.",
     [(662700, "person", "человек"), (340900, "person", "исследователей")]),
    # insurance brokers, like insurers, are organisations
    ("На рынке работали 27 страховых организаций, а также 14 страховых брокеров.",
     [(27, "count", "организаций"), (14, "count", "брокеров")]),
])
def test_the_noun_of_a_part(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # two attributes joined by "и"/"или" before one noun: the noun is counted
    ("За год реализовано 111 532 новых легковых и коммерческих автомобиля.", [(111532, "count", "автомобиля")]),
    ("Открыто 12 частных или государственных клиник.", [(12, "count", "клиник")]),
    # not a second figure's noun phrase
    ("погибли 2 093 и ранены 14 785 человек", [(2093, "person", "человек"), (14785, "person", "человек")]),
])
def test_attributes_joined_before_the_counted_noun(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got
