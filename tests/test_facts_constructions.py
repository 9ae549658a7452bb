"""The constructions of issue 11, each a table: the headline year, a unit written once, rates with their base,
elided nouns, and differences that keep their kind (pipeline.facts)."""
from __future__ import annotations

import math
from typing import Optional

import pytest

from pipeline.facts import TextBlock, extract_facts, facts_of_text


def facts(text: str, reporting_year: Optional[int] = None) -> list:
    return extract_facts([TextBlock(p) for p in text.split("\n")], "analytical_note", reporting_year=reporting_year)


def same(got: list[tuple], want: list[tuple]) -> bool:
    """Equal tuples, the first member (the value) within float rounding."""
    return len(got) == len(want) and all(
        math.isclose(g[0], w[0], rel_tol=1e-9) and g[1:] == w[1:] for g, w in zip(got, want, strict=True))


# --- the year of a figure: the reporting period -----------------------------------------------------------

@pytest.mark.parametrize("text, reporting_year, want", [
    # a headline figure compared with earlier years takes the reporting year; the earlier values keep theirs
    ("Уровень безработицы снизился до 2,8% (2016 г. – 4,6%, 2017 г. – 3,9%).", 2018,
     [(2.8, 2018), (4.6, 2016), (3.9, 2017)]),
    ("Экономия составила 254,3 млрд. тенге, что на 12,6% больше, чем в 2019 году.", 2020, [(254.3e9, 2020), (12.6, 2020)]),
    ("Объем услуг составил 24,8 млрд. рублей, что на 1,2% ниже уровня 2016 года.", 2017, [(24.8e9, 2017), (1.2, 2017)]),
    ("Выпуск вырос на 4% к аналогичному периоду прошлого года.", 2021, [(4, 2021)]),
    # "в отчетном году" is the reporting year
    ("В отчетном году проведено 1 240 мероприятий.", 2021, [(1240, 2021)]),
    ("За январь – декабрь отчетного года объем вырос у предприятий:\n- АО «Звезда» – на 78,9%;\n- АО «Луч» – на 5,3%.",
     2018, [(78.9, 2018), (5.3, 2018)]),
    # no comparison, or no reporting year: the figure keeps no year
    ("Доля населения, занимающегося спортом, составила 32,1% при плане 31,5%.", 2021, [(32.1, None), (31.5, None)]),
    ("Уровень безработицы снизился до 2,8% (2016 г. – 4,6%).", None, [(2.8, None), (4.6, 2016)]),
    ("Проведено 1 240 мероприятий в отчетном году.", None, [(1240, None)]),
    # a comparison base is not the figure's year, however it is written
    ("Поголовье на 1 января 2017 года составило 116 голов (к началу 2016 года снизилось на 7,2%).", None,
     [(116, 2017), (7.2, 2017)]),
    ("В 2018 году прогнозируется уменьшение оборота к 2017 году на 4,4% и составит 6,5 млн. рублей.", None,
     [(4.4, 2018), (6.5e6, 2018)]),
    ("Произведено 62,43 тонн, или 107,2% к аналогичному периоду 2016 г., молока 464 тонны (71%).", None,
     [(62.43, None), (107.2, None), (464, None), (71, None)]),
    ("По итогам 2018 года объем составил 39,0 млрд. рублей, т.е. увеличился по сравнению с январем - декабрем 2017 "
     "года на 15,6%.", None, [(39e9, 2018), (15.6, 2018)]),
    ("Недоимка на 1 января 2016 года по сравнению с ее наличием на начало 2015 года увеличилась на 4466,5 тыс. "
     "рублей.", None, [(4466500, 2016)]),
    ("В прогнозном периоде, начиная с 2020 года, количество предприятий составит 6 единиц.", None, [(6, 2020)]),
    # "К 2019 году" is a target, "к 2017 году" beside a change a base
    ("К 2019 году показатель достигнет 3785,2 млн. руб.", None, [(3785.2e6, 2019)]),
    # the base named, "с X до Y" runs from the base to the period
    ("Число родившихся в январе-июне 2017 года составило 37 человек и по сравнению с январем-июнем 2016 года "
     "снизилось на 24,5%, коэффициент рождаемости снизился с 10,8 до 8,3 человека на 1000 населения.", None,
     [(37, 2017), (24.5, 2017), (10.8, 2016), (8.3, 2017)]),
    ("Число умерших в январе-июне 2017 года составило 81 человек и по сравнению с аналогичным периодом предыдущего "
     "года сократилось на 12,9 %, коэффициент смертности снизился с 20,5 до 18,2 человек на 1000 населения.", None,
     [(81, 2017), (12.9, 2017), (20.5, 2016), (18.2, 2017)]),
    ("Младенческая смертность снизилась с 8,2 до 7,8 на 1000 родившихся живыми.", 2020, [(8.2, None), (7.8, None)]),
])
def test_the_year_of_a_figure(text, reporting_year, want):
    got = [(f.value, f.year) for f in facts(text, reporting_year)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # prose that is no report: the period its paragraph (or the one before) named stands for the reporting year
    ("В 2017 году отмечен рост производства.\nТак, произведено 1355 тонн, что на 8,3 % выше уровня 2016 года "
     "( 2016 г. - 1251 тонна ).", [(1355, 2017), (8.3, 2017), (1251, 2016)]),
    ("Число родившихся в 2016 году составило 98 человек. Число умерших в отчетном году составило 191 человек.",
     [(98, 2016), (191, 2016)]),
    # a sentence that compares nothing keeps its figures undated
    ("В 2017 году отмечен рост.\nПроизведено 45 тонн картофеля.", [(45, None)]),
])
def test_facts_of_text_take_the_period_the_text_named(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


def test_facts_of_text_locates_each_line():
    found = facts_of_text("Заголовок без чисел\n\nВ 2019 году обучено 500 человек.")
    assert [(f.value, f.location.paragraph, f.part) for f in found] == [(500, 2, "analytical_note")]
