"""Constructions the held-out sets up to heldout15 left, each a table (pipeline.facts), in sentences written for
these tests: the product a mass base weighs ("на 1 тонну цемента"), a base without a number after the rate's period
("в месяц на домашнее хозяйство"), the earlier value of a change after "против", a change in brackets before its
comparative ("(на 4%) больше"), a change of one unit ("сократилась на 1 га"), resource users that are organisations
("охотпользователями"), and a month whose year is the period in force ("В марте ...")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # a mass the rate is per names what it weighs; the product noun completes the base's name
    ("Удельный расход электроэнергии на 1 тонну цемента снизился с 112 до 105 кВт·ч.",
     [(112, 1, "тонну цемента"), (105, 1, "тонну цемента")]),
    ("Расход условного топлива на 1 тонну чугуна составил 548 кг.", [(548, 1, "тонну чугуна")]),
    # a base that is no mass, a price of one unit and a mass with no product after it keep the unit alone
    ("На 1 млн. кв. км территории приходится 129 станций.", [(129, 1e6, "кв. км")]),
    ("Средняя цена 1 тонны пшеницы составила 84,2 тыс. тенге.", [(84200, 1, "тонны")]),
    ("Расход на 1 тонну снизился на 2 кг.", [(2, 1, "тонну")]),
    # a base of one without a number, after the period of the rate: the noun group names it
    ("Средние затраты составили 412,5 тенге в месяц на домашнее хозяйство.", [(412.5, 1, "домашнее хозяйство")]),
    ("Водопотребление составило 162 литра в сутки на человека.", [(162, 1, "человека")]),
])
def test_the_base_of_a_rate(text, want):
    got = [(f.value, f.per, f.per_object) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the earlier value after "против" is the same change, a year before the period in force
    ("В 2023 году инвестиции выросли на 8,4% против 5,2% годом ранее.", [(8.4, 2023, "increase"), (5.2, 2022, "increase")]),
    # a change of its own after "против" keeps its own direction, and does not lend it to the figure before
    ("Экспорт вырос на 3,1% против снижения на 2,4% годом ранее.", [(3.1, None, "increase"), (2.4, None, "decrease")]),
    # a level against a level stays a level
    ("В 2022 году превышения зафиксированы в 0,36% проб против 0,52% в 2021 году.",
     [(0.36, 2022, None), (0.52, 2021, None)]),
])
def test_against_the_year_before(text, want):
    got = [(f.value, f.year, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Площадь посевов (на 4%) больше, чем в 2022 году.", [(4, "increase")]),
    ("Посевная площадь составила 240 га, что на 12 га (на 5%) больше, чем годом ранее.",
     [(240, None), (12, "increase"), (5, "increase")]),
    ("Поголовье (на 2,5%) меньше уровня прошлого года.", [(2.5, "decrease")]),
])
def test_a_change_in_brackets_before_its_comparative(text, want):
    got = [(f.value, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a change of one unit is a figure, not the base of a rate
    ("Площадь лесного фонда в 2023 году сократилась на 1 га.", [(1, "hectare", "decrease")]),
    ("Численность штата увеличилась на 1 человека и составила 48 человек.",
     [(1, "person", "increase"), (48, "person", None)]),
    # one unit after "на" with no change said is still a base
    ("Надой молока на 1 голову составил 1083 кг.", [(1083, "kg", None)]),
])
def test_a_change_of_one_unit(text, want):
    got = [(f.value, f.unit, f.change) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # users of hunting grounds, forests and water hold them by contract: organisations (README_labels: count)
    ("Угодья закреплены за 1 012 охотпользователями, леса – за 214 лесопользователями.",
     [(1012, "count"), (214, "count")]),
    ("Разрешения выданы 37 водопользователям.", [(37, "count")]),
    # users of a service are people
    ("Число пользователей портала достигло 9 512.", [(9512, "person")]),
])
def test_resource_users_are_organisations(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("В марте 2023 года выдано 45 лицензий.", [(45, 2023)]),
    # a month alone is the sentence's own period, of the year in force
    ("В 2023 году выдано 512 лицензий. В марте выдано 45 лицензий.", [(512, 2023), (45, 2023)]),
    ("По итогам 2023 года выдано 512 лицензий.\nВ январе–марте выдано 45 лицензий.", [(512, 2023), (45, 2023)]),
    # a month with its own year keeps it; a month with nothing in force before it stays undated
    ("В 2023 году выдано 512 лицензий. В марте 2022 года выдано 40 лицензий.", [(512, 2023), (40, 2022)]),
    ("В марте выдано 45 лицензий.", [(45, None)]),
    # a date is not a period
    ("В 2023 году выдано 512 лицензий. Приказом от 12 марта утверждено 14 правил.", [(512, 2023), (14, None)]),
])
def test_a_month_takes_the_year_in_force(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got
