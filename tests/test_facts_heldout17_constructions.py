"""Constructions the held-out set heldout17 found missing, each a table (pipeline.facts): a part of the year written
without its year ("за сезон", "за полугодие", "на сегодня") in a paragraph that names it, "проц." as percent, nights
of stay, and roubles in a text on Belarus."""
from __future__ import annotations

import pytest

from pipeline.facts import facts_of_text
from test_facts_constructions import same


@pytest.mark.parametrize("text, want", [
    # the paragraph names the year before the yearless period; the figures of its sentence take it
    ("Горнолыжный сезон 2022 года завершился в апреле. За сезон курорт принял 214 тыс. гостей.",
     [(214000, 2022)]),
    ("В первом полугодии 2021 г. открыто 12 филиалов. За полугодие банк выдал 3,4 тыс. кредитов.",
     [(12, 2021), (3400, 2021)]),
    ("Уборка урожая 2023 года идет по графику. На сегодня обмолочено 5,1 млн гектаров, или 34 процента.",
     [(5.1e6, 2023), (34, 2023)]),
    ("Кампания 2020 года стартовала в марте. На сегодняшний день выдано 718 субсидий.", [(718, 2020)]),
    # no year named before: the yearless period gives none
    ("За сезон курорт принял 214 тыс. гостей.", [(214000, None)]),
])
def test_yearless_season_half_year_and_today(text, want):
    got = [(f.value, f.year) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    ("Экспорт и импорт выросли на 7,2 и 3,8 проц. соответственно.", [(7.2, "percent"), (3.8, "percent")]),
    ("Доля сделок составила 41,5 проц.", [(41.5, "percent")]),
    ("Гости в среднем оставались на 3,2 ночи, в высокий сезон – на 5 ночей.", [(3.2, "night"), (5, "night")]),
])
def test_percent_abbreviated_and_nights(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a text on Belarus: its roubles written without their country are BYN, from where it names Belarus on
    ("Розничный товарооборот Республики Беларусь в 2022 г.\nОборот составил 56,3 млрд. рублей.", [(56.3e9, "BYN")]),
    ("Средняя пенсия в Беларуси достигла 712 рублей.", [(712, "BYN")]),
    ("Доход составил 640 белорусских рублей. Расход – 410 рублей.", [(640, "BYN"), (410, "BYN")]),
    # a trading partner is no text on Belarus; Russian roubles keep their country
    ("Экспорт в Республику Беларусь составил 14 млн рублей.", [(14e6, "RUB")]),
    ("Поставки из Беларуси выросли до 9,1 млн рублей.", [(9.1e6, "RUB")]),
    ("Товарооборот в Беларуси составил 3,1 млрд российских рублей.", [(3.1e9, "RUB")]),
    # roubles before Belarus is named stay RUB
    ("Бюджет составил 8 млн рублей. Делегация посетила Беларусь.", [(8e6, "RUB")]),
])
def test_roubles_of_a_text_on_belarus(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a count restated as a rate counts the same noun, with its base; the earlier year's value in brackets too
    ("Выявлено 2 418 случаев гепатита (41,2 на 100 тыс. населения).",
     [(2418, "count", None), (41.2, "count", 100000)]),
    ("В районе работает 312 врачей, или 28,4 на 10 тыс. жителей (в 2021 году – 27,9).",
     [(312, "person", None), (28.4, "person", 10000), (27.9, "person", 10000)]),
    # a rate that restates nothing stays a coefficient
    ("Смертность составила 9,7 на 1 000 населения.", [(9.7, "ratio", 1000)]),
    # a price of one unit written as a word: per 1; a period after "за" is no base
    ("Бензин продавался по 312 тенге за литр.", [(312, "KZT", 1)]),
    ("За год долг вырос на 14 млн рублей.", [(14e6, "RUB", None)]),
    # a base written as a word with its adjective: «на фуражную корову»
    ("Надой на фуражную корову составил 6 120 кг.", [(6120, "kg", 1)]),
])
def test_restated_counts_and_word_bases(text, want):
    got = [(f.value, f.unit, f.per) for f in facts_of_text(text)]
    assert same(got, want), got


@pytest.mark.parametrize("text, want", [
    # a difference in the numerator's unit right after a yield is a difference of the yield
    ("Урожайность пшеницы – 24,8 ц/га, что на 3,1 центнера выше прошлогодней.",
     [(24.8, "centner_per_hectare"), (3.1, "centner_per_hectare")]),
    ("Собрано 1 250 центнеров, на 300 центнеров больше.", [(1250, "centner"), (300, "centner")]),
    # a convention of measure is no figure
    ("Выпущено 2 310 тыс. т фосфорных удобрений (в пересчете на 100% P2O5).", [(2.31e6, "tonne")]),
    ("Выпуск удобрений составил 96% к уровню прошлого года.", [(96, "percent")]),
])
def test_yield_difference_and_conventions_of_measure(text, want):
    got = [(f.value, f.unit) for f in facts_of_text(text)]
    assert same(got, want), got
