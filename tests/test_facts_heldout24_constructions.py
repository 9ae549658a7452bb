"""Constructions the held-out sets heldout24 (prose) and heldout22 (notes) found missing or misread, each a table
(pipeline.facts, pipeline.sentences), in wordings other than the sets': points of a league table ("очков") and a
bound between a figure and its noun ("100 и более баллов"), a span of dates in brackets as the period in force, an
earlier estimate or count as a comparison base ("выше оценки 1986 года"), the "C." of degrees ending a sentence,
bases of one written as the subject of a clause ("один кабинет обслуживает") or after a price word with a duration
between ("продолжительностью 3 месяца"), and a payment for a mass of a product ("за 1 кг реализованной шерсти")."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from pipeline.sentences import sentences
from test_facts_constructions import facts as _note
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # a league table's points are points, as scores are
    ("Команда заняла 3-е место, набрав 61 очко в 28 играх.", [(3, "rank"), (61, "point"), (28, "count")]),
    ("В прошлом сезоне у клуба было 54 очка.", [(54, "point")]),
    # a bound between the figure and its noun: the noun is still the figure's
    ("Оценку 90 и выше баллов получили 12 учеников.", [(90, "point"), (12, "person")]),
    ("Свыше 100 баллов набрали 83 человека.", [(100, "point"), (83, "person")]),
    ("Участвовали 3 и более человек.", [(3, "person")]),
])
def test_points_and_a_bound_before_the_noun(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a span of dates in brackets is the sentence's own period, and so the period in force for a later comparison
    # (rule 4), in the sentence after it and in the next paragraph
    ("За курортный сезон (с 1 апреля по 30 сентября 2023 года) принято 12 тыс. туристов. Средний чек составил 41 "
     "тыс. тенге (в 2022 году – 37 тыс.).\nВыручка выросла на 9% по сравнению с прошлым годом.",
     [(12000, 2023), (41000, 2023), (37000, 2022), (9, 2023)]),
    ("За отчётный период (январь – сентябрь 2024 г.) выдано 56 кредитов. Это на 5 больше, чем годом ранее.",
     [(56, 2024), (5, 2024)]),
    # a value in brackets beside an earlier year is no period in force: the next comparison keeps its figure undated
    ("Выдано 56 кредитов (в 2023 году – 50). Это на 5% больше, чем годом ранее.", [(56, None), (50, 2023), (5, None)]),
])
def test_a_bracketed_span_of_dates_is_the_period_in_force(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # an earlier estimate or count is a comparison base: the figure set against it takes the reporting year
    ("Запасы подземных вод оценены в 52 млн. куб. м, что на 12% ниже данных 2009 года.",
     [(52e6, 2020), (12, 2020)]),
    ("Площадь лесов составила 1,9 млн. га, что в 1,2 раза больше результатов учета 2005 года.",
     [(1.9e6, 2020), (1.2, 2020)]),
    # a sentence that compares with nothing keeps its figure undated (rule 6)
    ("Запасы подземных вод оценены в 52 млн. куб. м.", [(52e6, None)]),
])
def test_an_earlier_estimate_is_a_comparison_base(text, want):
    got = [(f.value, f.year) for f in _note(text, 2020)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the "C." of degrees ends a sentence, so a comparison in the next one dates nothing of it
    ("Температура теплоносителя – от 70 до 95 °C. Расход топлива составил 3,1 тыс. тонн, что на 4% ниже уровня 2019 "
     "года.", [(70, None), (95, None), (3100, 2020), (4, 2020)]),
])
def test_degrees_end_a_sentence(text, want):
    got = [(f.value, f.year) for f in _note(text, 2020)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Максимум составил +41 °С. Минимум -30 °С.", ["Максимум составил +41 °С.", "Минимум -30 °С."]),
    ("Температура воды 18 °C. В июле она выше.", ["Температура воды 18 °C.", "В июле она выше."]),
    # an initial and "с." (село) still do not end one
    ("Автор А. С. Пушкин писал.", ["Автор А. С. Пушкин писал."]),
    ("Жители с. Березовка получили воду.", ["Жители с. Березовка получили воду."]),
])
def test_the_c_of_degrees_and_initials(text, want):
    assert sentences(text) == want


@pytest.mark.parametrize("text, want", [
    # the subject "один X" of a clause: what its verb counts is per one X
    ("В области 12 фельдшерских пунктов; одна медсестра обслуживает в среднем 640 жителей.",
     [(12, None, None), (640, 1, "медсестра")]),
    ("Открыто 46 залов, один зал вмещает 120 зрителей.", [(46, None, None), (120, 1, "зал")]),
    # a base after a price word keeps past a duration that measures what the price is of
    ("Стоимость подготовки одного водителя на курсах продолжительностью 2 месяца – 95 тыс. тенге.",
     [(2, None, None), (95000, 1, "водителя")]),
    # "в течение" as before (a cost of a mass keeps the unit alone)
    ("Хранение 1 тонны картофеля в течение 6 месяцев обходится в 4,8 тыс. тенге.", [(6, None, None), (4800, 1, "тонны")]),
])
def test_bases_of_one_as_a_subject_and_past_a_duration(text, want):
    got = [(f.value, f.per, f.per_object) for f in _note(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a payment for a mass names the product it weighs, past its adjectives
    ("Субсидия за 1 кг сданного молока составляет 25 тенге.", [(25, "кг молока")]),
    ("Выплачивается 12 тыс. тенге за 1 тонну заготовленного зерна.", [(12000, "тонну зерна")]),
    ("Субсидия на 1 тонну хлопка-сырца – 20 тыс. тенге.", [(20000, "тонну хлопка-сырца")]),
    # a price keeps the unit alone (README_labels: the unit of a price)
    ("Зерно закуплено по цене 55 тыс. тенге за 1 тонну пшеницы.", [(55000, "тонну")]),
])
def test_a_payment_for_a_mass_of_a_product(text, want):
    got = [(f.value, f.per_object) for f in _note(text) if f.per is not None]
    assert same(got, want), got
