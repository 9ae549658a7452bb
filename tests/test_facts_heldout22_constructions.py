"""Constructions the held-out set heldout22 found missing, each a table (pipeline.facts): a telephone number in any
of its groupings as no figure, decalitres as a unit of their own, a yield of another year whose per-hectare base is
elided, bases of one written without a number ("с одной коробки", "доход одной семьи", "на домовладение в год", "за
комплект"), "единиц" before a plural noun, a total since an event, "годом ранее их было", an earlier quarter."""
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
    # a line named by its service, a toll-free number in spaced groups after a colon, services listed by number
    ("Горячая линия приняла 3 400 звонков. Телефон горячей линии: 8 800 555 1234.", [(3400, "count")]),
    ("Телефон доверия 111 принял 12,4 тыс. обращений.", [(12.4e3, "count")]),
    ("Работает 4 службы: 101, 102 и 103.", [(4, "count")]),
    ("В систему вошли 3 экстренные службы: 101, 103 и 104; оператор принял 52 тыс. вызовов.", [(3, "count"), (52e3, "count")]),
    ("Установлено телефонов 150 тыс. штук.", [(150e3, "count")]),
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


@pytest.mark.parametrize("text, want", [
    # the yield of another period restates the yield per hectare before it, its base elided
    ("Урожайность пшеницы составила 31 ц/га (в прошлом году – 27 центнеров).",
     [(31, "centner_per_hectare"), (27, "centner_per_hectare")]),
    ("Собрано по 52 центнера с гектара против 46 центнеров.", [(52, "centner_per_hectare"), (46, "centner_per_hectare")]),
    # a harvest in centners after a yield is no yield
    ("Урожайность – 18 ц/га, валовой сбор – 410 центнеров.", [(18, "centner_per_hectare"), (410, "centner")]),
])
def test_a_yield_restated_for_another_period_keeps_its_base(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # what a yield is taken from, one of it in words; the range after it shares the base
    ("Надоено в среднем 3 950 кг молока с одной коровы.", [(3950, "kg", 1, "коровы")]),
    ("Получено 21,5 кг меда с одной пчелосемьи, на пасеках юга – 30–34 кг.",
     [(21.5, "kg", 1, "пчелосемьи"), (30, "kg", 1, "пчелосемьи"), (34, "kg", 1, "пчелосемьи")]),
    # not "с одной стороны"
    ("С одной стороны, выручка выросла на 5%.", [(5, "percent", None, None)]),
    # the income or spending of one
    ("Расходы одного домохозяйства на связь составили 6 200 рублей.", [(6200, "RUB", 1, "домохозяйства")]),
    ("Доходы одного из банков – 5 млрд тенге.", [(5e9, "KZT", None, None)]),
    # a base after the amount and before the period of the rate
    ("Лимит – не более 10 кубометров на двор в месяц.", [(10, "m3", 1, "двор")]),
    ("Доля выросла на треть в год, до 12%.", [(12, "percent", None, None)]),
    # a price of one thing named without a number
    ("Проезд стоит 80 рублей за поездку, комплект документов – 500 рублей за комплект.",
     [(80, "RUB", 1, "поездку"), (500, "RUB", 1, "комплект")]),
    ("Выдано 300 комплектов.", [(300, "count", None, None)]),
])
def test_bases_of_one_written_without_a_number(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "единиц" before a plural noun counts that noun, and before a collective noun in the singular (README_labels,
    # Object: "5,2 тыс. единиц техники" is "техники"); before a noun of an action ("единиц хранения") it counts units
    ("На линию вышли 64 единицы пассажирских автобусов.", [(64, "count", "автобусов")]),
    ("Закуплено 45 единиц техники.", [(45, "count", "техники")]),
    ("Фонд библиотеки – 312 тыс. единиц хранения.", [(312000, "count", "единиц")]),
])
def test_units_of_a_plural_noun_count_that_noun(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a total since an event dated by a date or a year has no single period
    ("Со дня открытия центра 12 марта 2018 года помощь получили 9 400 человек.", [(9400, "person", None)]),
    ("С момента создания фонда в 2016 году выдано 1 850 грантов.", [(1850, "count", None)]),
    # a start written alone still dates
    ("С 2015 года построено 45 школ.", [(45, "count", 2015)]),
    # the value of the year before, its noun a pronoun
    ("В 2024 году зарегистрировано 212 стартапов, годом ранее их было 174.", [(212, "count", 2024), (174, "count", 2023)]),
])
def test_a_total_since_an_event_and_the_year_before(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


def test_a_figure_compared_with_an_earlier_quarter_takes_the_period_in_force():
    text = ("Итоги за II квартал 2024 года\nЗа II квартал 2024 года выдано 8 200 кредитов. "
            "По сравнению с I кварталом объем выдач вырос на 6,5%.")
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, [(8200, "count", 2024), (6.5, "percent", 2024)]), got
