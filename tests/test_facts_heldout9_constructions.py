"""Constructions the held-out set heldout9 found missing, each a table (pipeline.facts): a minus glued to a value
after a bracket or a comma, the previous period's value written after "АППГ –", "N раз" that counts occasions, a
period named with a part of the year after the figure, a period inside a figure's noun phrase, and a comparative
followed by its base."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import facts, same


@pytest.mark.parametrize("text, want", [
    # a sign after an opening bracket or a comma is the value's own: no label stands there to be separated
    ("Снижение количества пожаров на 22,1% (-194 сл.), погибших на 31,3% (-5 чел.).",
     [(22.1, "percent", "decrease"), (-194, "count", "decrease"), (31.3, "percent", "decrease"),
      (-5, "person", "decrease")]),
    ("Зарегистрировано 11 (-5) ДТП.", [(11, "count", None), (-5, "count", "decrease")]),
    ("Произошло 288 116 пожаров (АППГ – 315 879, -8,8%).",
     [(288116, "count", None), (315879, "count", None), (-8.8, "percent", "decrease")]),
    ("Эвакуировано 175 человек (АППГ - 94, увеличение на 86,2%, +81 чел.).",
     [(175, "person", None), (94, "person", None), (86.2, "percent", "increase"), (81, "person", "increase")]),
    # a long dash glued to the figure after a bracket or a colon is a minus too
    ("Максимальное уменьшение отмечено в Алматы: —41.4 %. Второе место после Астаны (—24.8 %).",
     [(-41.4, "percent", None), (-24.8, "percent", "decrease")]),
    # a dash glued to an amount after a label still separates it (unchanged)
    ("социальное обеспечение -11,8 млрд тенге", [(11.8e9, "KZT", None)]),
])
def test_signs_glued_after_a_bracket_or_a_comma(text, want):
    got = [(f.value, f.unit, f.change) for f in facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the value after "АППГ –" (or "за аналогичный период прошлого года –") is of the year before the figure's
    ("За 9 месяцев 2022 г. произошло 288 116 пожаров (за аналогичный период прошлого года (АППГ) – 315 879, -8,8%), "
     "на которых погибло 5 246 человек (АППГ – 5 986, -12,4%).",
     [(288116, 2022), (315879, 2021), (-8.8, 2022), (5246, 2022), (5986, 2021), (-12.4, 2022)]),
    # "АППГ" compares with the previous year: the headline takes the period in force
    ("За 9 месяцев 2022 г. произошло 288 116 пожаров. Ущерб составляет 12,6 млрд. рублей (АППГ – 11,4, 9,9%).",
     [(288116, 2022), (12.6e9, 2022), (11.4e9, 2021), (9.9, 2022)]),
    ("За 12 месяцев 2022 года зарегистрировано 684 пожара.\nобъекты на открытых территориях (420 случаев, АППГ – 686)",
     [(684, 2022), (420, 2022), (686, 2021)]),
    # a growth rate to the base is no value of the base's year
    ("К началу июня 2021 года численность свиней составила 342,1 тыс. голов, темп роста к соответствующему периоду "
     "предыдущего года – 98,2 %.", [(342.1e3, 2021), (98.2, 2021)]),
    # a comparison with the years before the pandemic, and a period named with a part of the year after the figure
    ("На 98,7 млрд тенге обслужили туристов гостиницы страны за первое полугодие 2023 года. Это на 45% больше "
     "показателей за аналогичный период прошлого года.", [(98.7e9, 2023), (45, 2023)]),
    ("С января по июнь 2022 года места размещения обслужили туристов на сумму 67,8 млрд тенге. По сравнению с "
     "допандемийным уровнем данный показатель вырос почти в 2 раза.", [(67.8e9, 2022), (2, 2022)]),
    ("Выпущено 12 тыс. тонн в январе-июне 2021 года.", [(12e3, 2021)]),
])
def test_previous_period_values_and_parts_of_the_year(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # "N раз" without "в" before it or a comparative after it counts occasions
    ("250 раз сотрудники МЧС выезжали на пожары. Транспортные средства воспламенялись 105 раз.",
     [(250, "count", "раз"), (105, "count", "раз")]),
    ("Показатель вырос в 2 раза, а в 1,5 – 2 раза снизились потери; выручка 2,2 раза больше.",
     [(2, "times", "раза"), (1.5, "times", "раза"), (2, "times", "раза"), (2.2, "times", "раза")]),
    # a rank of a rating is small; "(9 991 место)" counts places
    ("Дефицит мест в 34 школах (9 991 место). Страна заняла 28 место.",
     [(34, "count", "школах"), (9991, "count", "место"), (28, "rank", "место")]),
    # a comparative's base is no counted noun: the amount keeps the unit of the sentence's series
    ("В 2019 году привлечено 24,1 млрд. долларов США инвестиций, что на 0,7 млрд. больше уровня 2018 года.",
     [(24.1e9, "USD", "долларов США"), (0.7e9, "USD", "долларов США")]),
])
def test_counts_ranks_and_elided_units(text, want):
    got = [(f.value, f.unit, f.object) for f in facts(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, reporting_year, want", [
    # a period inside the figure's noun phrase is the figure's
    ("Из 12 314 выявленных в отчетном году нарушений устранено 9 872.", 2020, [(12314, 2020), (9872, 2020)]),
    ("Из 12 314 выявленных в 2020 году нарушений устранено 9 872.", None, [(12314, 2020), (9872, 2020)]),
])
def test_period_inside_the_noun_phrase(text, reporting_year, want):
    got = [(f.value, f.year) for f in facts(text, reporting_year)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # the noun after a signed difference in brackets is the figure's
    ("в которых 1 (-2) человек погиб", [(1, "person", "человек"), (-2, "person", "человек")]),
    # a sentence opening with "Это", "Максимум", "Минимум" refers back to the last sentence's figure
    ("В январе-июне остановились 516 тысяч иностранных туристов. Это в 1,8 раза выше прошлогоднего результата (292 "
     "тысяч по итогам полугодия в 2022 году).",
     [(516000, "person", "туристов"), (1.8, "times", "раза"), (292000, "person", "туристов")]),
    ("Средние затраты на строительство 1 кв. м составили 148.7 тыс. тенге. Максимум — в Алматы (214.6 тыс.), "
     "минимум — в Павлодарской области (88 тыс.).",
     [(148700, "KZT", "тенге"), (214600, "KZT", "тенге"), (88000, "KZT", "тенге")]),
    # without such a reference a bare figure keeps no unit of another sentence
    ("Остановились 516 тысяч туристов. В области 292 тысячи.", [(516000, "person", "туристов"), (292000, "count", None)]),
])
def test_references_back_and_bracketed_differences(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got


def test_cost_of_one_square_metre_is_a_rate_base():
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(
        "Средние затраты на строительство 1 кв. м, включая ИЖС, составили 148.7 тыс. тенге.")]
    assert same(got, [(148700, "KZT", 1.0, "кв. м")]), got


def test_a_decimal_comma_does_not_start_a_label():
    # "<label> – <figure>": the label of "возраста 1,5 лет – 196,3 тыс." starts after the clause's comma, not the
    # decimal one, so the age describes the label and lends no unit
    got = [(f.value, f.unit) for f in facts_of_text(
        "Число получателей составило 540,2 тыс. человек, в том числе по случаю потери работы – 78,9 тыс., по уходу за "
        "ребенком до достижения им возраста 1,5 лет – 196,3 тыс.")]
    assert same(got, [(540200, "person"), (78900, "person"), (1.5, "year"), (196300, "person")]), got


def test_no_headline_year_at_or_before_the_base_compared_with():
    # the period in force (2022) is no year of a figure compared with 2022: it stays unknown
    got = [(f.value, f.year) for f in facts_of_text(
        "С января по июнь 2022 года обслужено туристов на 67,8 млрд тенге.\nЗа первые 6 месяцев нынешнего года "
        "число туристов достигло 3,1 млн человек. Это на 400 тысяч человек больше, чем за аналогичный период 2022 года.")]
    assert same(got, [(67.8e9, 2022), (3.1e6, None), (400000, None)]), got


@pytest.mark.parametrize("text, want", [
    # "текущего года" is the year the paragraph names, also after it (rule 6), and "нынешнего" says the same
    ("В январе-июне текущего года остановились 516 тысяч туристов. Кроме того, по итогам первой половины 2023 года "
     "число мест размещения достигло 3914 единиц.", [(516000, 2023), (3914, 2023)]),
    ("За первые 6 месяцев нынешнего года число туристов достигло 3,1 млн человек, по итогам 2023 года – 6,2 млн.",
     [(3.1e6, 2023), (6.2e6, 2023)]),
    # a paragraph that names no year of its own leaves it unknown (a base or a bracketed earlier value is none)
    ("За первые 6 месяцев нынешнего года число туристов достигло 3,1 млн человек (2,1 млн человек в 2019 году).",
     [(3.1e6, None), (2.1e6, 2019)]),
])
def test_the_current_year_is_the_one_the_paragraph_names(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a plan year in a participial phrase after a figure's noun dates that figure and its part ("10 из 13")
    ("Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2023 год, – сказал аким.",
     [(10, "count", 2023), (13, "count", 2023)]),
    ("Из 45 мероприятий, запланированных на 2020 год, исполнено 43.", [(45, "count", 2020), (43, "count", 2020)]),
    # "квадратов" after a scale: square metres
    ("Из них более 8.8 млн квадратов пришлось на многоквартирные дома.", [(8.8e6, "sqm", None)]),
    # people in the genitive plural after a comparative or opening their clause, then a dash: what a bare figure counts
    ("При аналогичных обстоятельствах погибло на 3,8% меньше людей — 12,6 тыс.",
     [(3.8, "percent", None), (12600, "person", None)]),
    ("Из них: врачей – 120, медсестер – 300.", [(120, "person", None), (300, "person", None)]),
    # ... not people named as a complement of the label
    ("Прекращено по ходатайству авторов – 158 (9%).", [(158, "count", None), (9, "percent", None)]),
])
def test_plan_phrases_and_colloquial_units(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got
