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
    # a forecast against the estimate of the year before; a base in the accusative or equalled ("на уровне")
    ("Оборот в 2019 году к оценке 2018 года составит 3085,9 млн. руб. и 3098,6 млн. руб.", None,
     [(3085.9e6, 2019), (3098.6e6, 2019)]),
    ("К 2024 году этот показатель превысит уровень 2017 года на 22,4 %.", None, [(22.4, 2024)]),
    ("В 2017 году собрано 19,2 тысяч тонн. Зерна получено на уровне 2016 года, картофеля на 8 % больше.", None,
     [(19200, 2017), (8, None)]),
    # a date can be the base too; "с 01.07.2016" is a start
    ("Численность на 31 декабря 2016 года составляет 9600 чел. (на уровне 31.12.2015 года).", None, [(9600, 2016)]),
    ("Тарифы растут с 01.07.2016 года, объем составит 581,5 млн. руб.", None, [(581.5e6, 2016)]),
    # "к 2020 году" before a level is a target, before or after a change a base
    ("Уровень безработицы к 2020 году составит 3 %.", None, [(3, 2020)]),
    ("Прирост к 2020 году – 6,8%.", 2021, [(6.8, 2021)]),
    # a year that is the object of a verb dates the figures before it
    ("Из 25 сельхозпредприятий района (без учета комплексов), 19 закончили 2015 год с прибылью.", None,
     [(25, 2015), (19, 2015)]),
    # "с 2019 по 2020 гг." is a range of years, not a base: no single year
    ("В 2018 году снижение в 2 раза, с 2019 по 2020 гг. рост составит не более 2 % в год.", None, [(2, 2018), (2, None)]),
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
    # nor does one that names a period of its own in words
    ("Оборот в 2019 году составит 3085,9 млн. руб. К концу прогнозного периода он составит 3603,1 млн. руб. (120,5 % "
     "к 2017 г.).", [(3085.9e6, 2019), (3603.1e6, None), (120.5, None)]),
    # the previous year named without a year is an earlier period
    ("На конец июня 2018 года на учете 153 человека. Численность безработных уменьшилась по сравнению с данными на "
     "соответствующую дату прошлого года на 34,1 %.", [(153, 2018), (34.1, 2018)]),
])
def test_facts_of_text_take_the_period_the_text_named(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


def test_facts_of_text_locates_each_line():
    found = facts_of_text("Заголовок без чисел\n\nВ 2019 году обучено 500 человек.")
    assert [(f.value, f.location.paragraph, f.part) for f in found] == [(500, 2, "analytical_note")]


# --- a unit or scale written once ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Объем инвестиций составил: 2019 г. – 312,6, 2020 г. – 594,8, 2021 г. – 841,3 млрд. тенге.",
     [(312.6e9, "KZT", 2019), (594.8e9, "KZT", 2020), (841.3e9, "KZT", 2021)]),
    ("Расходы выросли в 2,3 раза (в 2018 году – 0,9, 2019 – 1,3, 2020 – 2,1 млрд. тенге).",
     [(2.3, "times", None), (0.9e9, "KZT", 2018), (1.3e9, "KZT", 2019), (2.1e9, "KZT", 2020)]),
    ("Поступления (млрд. тенге): налоговые – 6 412,6, неналоговые – 478,3, трансферты – 4 770,2.",
     [(6412.6e9, "KZT", None), (478.3e9, "KZT", None), (4770.2e9, "KZT", None)]),
    ("Выбросы приходятся на Карагандинскую (595,1), Павлодарскую (582,4) и Восточно-Казахстанскую (143,8 тыс. тонн) "
     "области.", [(595100, "tonne", None), (582400, "tonne", None), (143800, "tonne", None)]),
    ("Экспорт составил 3,1 млрд. долларов США, в том числе зерна – 1,5, муки – 0,5 млрд. долларов США.",
     [(3.1e9, "USD", None), (1.5e9, "USD", None), (0.5e9, "USD", None)]),
    ("Площадь посадок составит от 7 до 9 тыс. гектаров.", [(7000, "hectare", None), (9000, "hectare", None)]),
    # a figure said by its verb is no member of the list after it
    ("Коэффициент рождаемости составил 3,13, ожидаемая продолжительность жизни – 71,4 года.",
     [(3.13, "count", None), (71.4, "year", None)]),
])
def test_a_unit_written_once(text, want):
    got = [(f.value, f.unit, f.year) for f in facts(text)]
    assert same(got, want), got


# --- rates and their bases ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Заболеваемость снизилась до 38,4 случая на 100 тыс. населения (2017 г. – 52,3, 2018 г. – 45,4).",
     [(38.4, "count", 100000, "населения"), (52.3, "count", 100000, "населения"), (45.4, "count", 100000, "населения")]),
    ("Коэффициент частоты травматизма на 1000 работающих составил 0,32 (в 2018 году – 0,35).",
     [(0.32, "ratio", 1000, "работающих"), (0.35, "ratio", 1000, "работающих")]),
    ("Уровень травматизма составил 0,29 на 1 000 работающих, смертельного – 0,025.",
     [(0.29, "ratio", 1000, "работающих"), (0.025, "ratio", 1000, "работающих")]),
    ("На 10 тыс. занятых приходится 1,8 случая профессиональных заболеваний.", [(1.8, "count", 10000, "занятых")]),
    ("Коэффициент рождаемости снизился с 10,8 до 8,3 человека на 1000 населения.",
     [(10.8, "person", 1000, "населения"), (8.3, "person", 1000, "населения")]),
    ("Обеспеченность врачами на 10 тыс. населения составила 39,7, средними медицинскими работниками – 85,2.",
     [(39.7, "person", 10000, "населения"), (85.2, "person", 10000, "населения")]),
    ("Надой молока на 1 голову – 1083 кг.", [(1083, "kg", 1, "голову")]),
    ("Стоимость 1 кв. м жилья составила 438 тыс. тенге.", [(438000, "KZT", 1, "кв. м")]),
    ("Обеспеченность жильем на одного жителя составила 22,4 кв. м.", [(22.4, "sqm", 1, "жителя")]),
    # a change of people is no base
    ("Численность увеличилась на 100 человек и составила 5 200 человек.",
     [(100, "person", None, None), (5200, "person", None, None)]),
])
def test_rates_keep_their_base(text, want):
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts(text)]
    assert same(got, want), got


# --- what an elided noun counts -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Выявлено 2 317 несанкционированных свалок общей площадью 1 842 гектара, из них ликвидировано 1 874, остальные "
     "443 включены в график.",
     [(2317, "count", "свалок"), (1842, "hectare", "гектара"), (1874, "count", "свалок"), (443, "count", "свалок")]),
    ("Проведено 214 проверок частных судебных исполнителей, по итогам которых привлечено к дисциплинарной "
     "ответственности 97, лишены лицензии 14.",
     [(214, "count", "проверок"), (97, "person", "исполнителей"), (14, "person", "исполнителей")]),
    ("Эвакуировано 1 840 человек. Спасено 96, оказана помощь 1 318.",
     [(1840, "person", "человек"), (96, "person", None), (1318, "person", None)]),
    ("Индивидуальных предпринимателей вновь зарегистрировано 17, прекратили деятельность 22.",
     [(17, "person", "предпринимателей"), (22, "person", "предпринимателей")]),
    ("Создано 8 954 новых рабочих места, Казахстан занял 28 место.", [(8954, "count", "места"), (28, "rank", "место")]),
    ("Индекс загрязнения атмосферы снизился до 6,8 (2016 г. – 9,4).", [(6.8, "index", None), (9.4, "index", None)]),
    # organisations named by person nouns, and an agent that is usually a firm
    ("Работают 13 юридических лиц, 37 индивидуальных предпринимателей и 17 арендаторов.",
     [(13, "count", "лиц"), (37, "person", "предпринимателей"), (17, "count", "арендаторов")]),
])


def test_an_elided_noun_comes_from_the_construction(text, want):
    got = [(f.value, f.unit, f.object) for f in facts(text)]
    assert same(got, want), got


# --- differences keep their kind ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Среднесуточный привес составил 431 г (111 %).", [(431, "g"), (111, "percent")]),
    ("Приняло участие 29 516 г аж ан.", [(29516, "count")]),  # a PDF's broken "граждан": no grams
    # a dash before an index of a base is a separator (no such index is below -100 %); a minus on a level stays
    ("Лесоматериалы хвойных пород -111,4 %, рентабельность -5,8 %.", [(111.4, "percent"), (-5.8, "percent")]),
    ("Норматив – 537 кв. метров ( 143,1 % , + 231,26 кв. метр ).", [(537, "sqm"), (143.1, "percent"),
                                                                    (231.26, "sqm")]),
    # a dash glued to an amount separates its label, unless the amount is a balance or a result
    ("Зарплата врачей -56544,0 руб., урожайность зерновых культур –18,7 центнеров с 1 га.",
     [(56544, "RUB"), (18.7, "centner_per_hectare")]),
    ("Миграционный прирост -25 человек, финансовый результат -2,9 млн. рублей.", [(-25, "person"), (-2.9e6, "RUB")]),
    ("Площадь угодий 125 тыс. 963 гектара, в том числе пашни-46 тыс. 785 гектаров, в Шилово-3 района.",
     [(125963, "hectare"), (46785, "hectare")]),
    # keyboard slips: "%" typed before the number, ")" typed as "0"; a pair of years written without a space
    ("Достигнет 1455,8 млн. руб. (%109,3 к 2017 г.), занято 1073 га (83,8%0, за 2016,2017 годы.",
     [(1455.8e6, "RUB"), (109.3, "percent"), (1073, "hectare"), (83.8, "percent")]),
    # a percentage written once for two members joined by "и"; "или" joins a count and its share
    ("Снижение – 93,4 и 97,2 % соответственно, безработных 11086 или 11,2%.",
     [(93.4, "percent"), (97.2, "percent"), (11086, "count"), (11.2, "percent")]),
    # a sum of money whose unit is elided takes the scale with the unit
    ("Составит по второму варианту 3651,6 млн. руб. (122,1 %), по третьему 4156,0 (139 %).",
     [(3651.6e6, "RUB"), (122.1, "percent"), (4156e6, "RUB"), (139, "percent")]),
])
def test_units_and_signs(text, want):
    got = [(f.value, f.unit) for f in facts(text)]
    assert same(got, want), got
@pytest.mark.parametrize("text, want", [
    ("Производство выросло на 8%, импорт – на 3,1% меньше, доля – на 12,3 процентного пункта выше.",
     [(8, "percent", "increase"), (3.1, "percent", "decrease"), (12.3, "percentage_point", "increase")]),
    ("Расходы сократились в 1,5 раза, доходы выросли в 2 раза.", [(1.5, "times", "decrease"), (2, "times", "increase")]),
    ("Число мест увеличилось с 45 до 60 единиц.", [(45, "count", None), (60, "count", None)]),
    ("Доля снизилась до 2,8%, рост составил 104,2% к уровню 2017 года.", [(2.8, "percent", None),
                                                                         (104.2, "percent", None)]),
    ("Ежегодный прирост составит 4 - 5 %.", [(4, "percent", "increase"), (5, "percent", "increase")]),
    ("Численность сократилась на 1,06 % ( 81 человек ) и составила 7435 человек.",
     [(1.06, "percent", "decrease"), (81, "person", "decrease"), (7435, "person", None)]),
    ("Казахстан занял 29 место, поднявшись на 10 позиций.", [(29, "rank", None), (10, "rank", "decrease")]),
    ("Дефицит мест сократился на 12 тыс. мест.", [(12000, "count", "decrease")]),
    ("Норматив – 537 кв. метров ( 143,1 % , + 231,26 кв. метр ).",
     [(537, "sqm", None), (143.1, "percent", None), (231.26, "sqm", "increase")]),
    ("Открыто 213 организаций на 17,4 тыс. мест.", [(213, "count", None), (17400, "count", None)]),
    ("Снижение объемов производства составит:\n- в производстве бумаги – 20,0%;\n- в производстве мебели – 10,0%.",
     [(20, "percent", "decrease"), (10, "percent", "decrease")]),
])
def test_differences_keep_their_kind(text, want):
    got = [(f.value, f.unit, f.change) for f in facts(text)]
    assert same(got, want), got


# --- real prose of others: lists within lists, signs after a label's dash, numbers that name things ------------

@pytest.mark.parametrize("text, want", [
    # an item that opens a list of its own keeps the period of the list it belongs to
    ("1. Утвердить бюджет на 2023-2025 годы, в том числе на 2023 год в следующих объемах:\n"
     "1) доходы – 366814,4 тысячи тенге, в том числе:\nналоговые поступления – 94107 тысяч тенге;\n"
     "2) затраты – 368941,8 тысяч тенге;", [(366814400, "KZT", 2023), (94107000, "KZT", 2023), (368941800, "KZT", 2023)]),
    ("Доходы бюджета с 1 января 2003 года формируются за счет:\nОтчислений от федеральных налогов:\n"
     "а) налог на доходы физических лиц - 50 процентов;", [(50, "percent", 2003)]),
    # annex numbers listed with semicolons; a minus written after the dash of a label
    ("Утвердить бюджеты согласно приложениям 1; 2; 3; 4, в том числе на 2020 год в следующих объемах:\n"
     "5) дефицит (профицит) бюджета – -122 673 тенге;", [(-122673, "KZT", 2020)]),
    # the value compared with ("против") takes the period written after it, which dates nothing else
    ("В январе-июле 2021 г. надои составили 4282 кг против 4270 кг в соответствующем периоде 2020 г.; яйценоскость "
     "составила 172 штуки яиц против 158 штук в январе-июле 2020 г.",
     [(4282, "kg", 2021), (4270, "kg", 2020), (172, "count", 2021), (158, "count", 2020)]),
    # a quoted statement is no name: its figures count
    ("\"Численность безработных на конец июня 2021 года составила 223,5 тыс. человек, или 2,4% к рабочей силе\", – "
     "пояснили в бюро.", [(223500, "person", 2021), (2.4, "percent", 2021)]),
    ("По программе «Дорожная карта занятости 2020» создано 5 мест.", [(5, "count", None)]),
    # an ordinal period in the genitive and numbered categories count nothing
    ("В течение 1 квартала 2003 года поступило 350901 тыс. руб.", [(350901000, "RUB", 2003)]),
    ("Трудоспособное население без инвалидов 1 и 2 групп – 5 тыс. человек; создано 3 и 4 группы.",
     [(5000, "person", None), (3, "count", None), (4, "count", None)]),
    ("Грузооборот составил 231,4 млрд. тонно-км, пассажирооборот – 13,2 млрд. пассажиро-км.",
     [(231.4e9, "tonne_km", None), (13.2e9, "passenger_km", None)]),
    # an amount in three parts; a period of months of a year named in words is no figure
    ("Всего в 2021 году расходы составили 1 млрд 610 млн 200 тысяч рублей, за 8 месяцев текущего года – 17 млн 622 "
     "тысячи рублей.", [(1610200000, "RUB", 2021), (17622000, "RUB", 2021)]),
    # an age bound is no measure an elided figure refers back to
    ("941 случай ОИВДП, из них 621 случай среди детей до 14 лет (66,0%) (за аналогичный период предыдущей недели – 744 "
     "и 481 соответственно).", [(941, "count", None), (621, "count", None), (14, "year", None), (66, "percent", None),
                                (744, "count", None), (481, "count", None)]),
    # a tokenised decimal comma
    ("Зарплата среднего медицинского персонала-25320, 0 руб.", [(25320, "RUB", None)]),
])
def test_real_prose_constructions(text, want):
    got = [(f.value, f.unit, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("По состоянию на конец 2017 года на учете состояло 202 не занятых трудовой деятельностью гражданина.",
     [(202, "person", "гражданина")]),
    ("Оснащено 12 новыми автомобилями.", [(12, "count", "автомобилями")]),
    ("Назначено 764 уполномоченных по этике.", [(764, "person", "уполномоченных")]),
    # an elided noun refers back past an attribute (an amount, a speed) to the figure whose noun was named before it
    ("Количество исполнительных документов составило 2,6 млн. на общую сумму 3,9 трлн. тенге, из них окончено 1,4 млн.",
     [(2.6e6, "count", "документов"), (3.9e12, "KZT", "тенге"), (1.4e6, "count", "документов")]),
    ("Обеспечено 3 547 населенных пунктов со скоростью от 10 до 100 Мбит/с, что на 612 больше, чем в 2021 году.",
     [(3547, "count", "пунктов"), (10, "Mbps", "Мбит/с"), (100, "Mbps", "Мбит/с"), (612, "count", "пунктов")]),
])
def test_the_counted_noun_past_a_complement(text, want):
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, want), got
