"""Fact extraction: precision/recall/year accuracy on hand-labelled sentences, and Russian number round trips."""
from __future__ import annotations

import json
import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.facts import TextBlock, extract_facts, split_sentences
from pipeline.models import Location

DATA = Path(__file__).parent / "data" / "fact_sentences.json"
MIN_PRECISION = MIN_RECALL = 0.97
MIN_YEAR_ACCURACY = 0.95


def _cases() -> list[dict]:
    """The labelled cases of the data file."""
    return json.loads(DATA.read_text(encoding="utf-8"))["cases"]


def _same_value(a: float, b: float) -> bool:
    """Values equal within 1e-9 relative."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _run(case: dict):
    """The extractor's facts for one case."""
    return extract_facts([TextBlock(text) for text in case["blocks"]], case["part"])


def _match(expected: list[dict], got: list) -> tuple[int, int]:
    """(full matches on value+unit+year, value+unit matches) pairing each expected fact with one extracted fact."""
    full = loose = 0
    free = list(got)
    for e in expected:
        hit = next((g for g in free if _same_value(g.value, e["value"]) and g.unit == e["unit"]
                    and g.year == e["year"]), None)
        full += hit is not None
        if hit is None:
            hit = next((g for g in free if _same_value(g.value, e["value"]) and g.unit == e["unit"]), None)
        if hit is not None:
            loose += 1
            free.remove(hit)
    return full, loose


def _score() -> dict:
    """Precision, recall (value+unit+year) and year accuracy over the data file, with the misses listed."""
    tp = n_expected = n_got = loose = 0
    misses = []
    for case in _cases():
        got = _run(case)
        full, vu = _match(case["facts"], got)
        tp, loose = tp + full, loose + vu
        n_expected, n_got = n_expected + len(case["facts"]), n_got + len(got)
        if full != len(case["facts"]) or len(got) != len(case["facts"]):
            misses.append((case["blocks"][0][:90], case["facts"], [(g.value, g.unit, g.year) for g in got]))
    return {
        "precision": tp / n_got if n_got else 1.0,
        "recall": tp / n_expected if n_expected else 1.0,
        "year_accuracy": tp / loose if loose else 1.0,
        "misses": misses,
    }


def test_precision_recall_and_years():
    """Precision and recall (value, unit and year must match) and year accuracy over the labelled file."""
    score = _score()
    for text, want, got in score["misses"]:
        print("MISS", text, "\n  want", [(e["value"], e["unit"], e["year"]) for e in want], "\n  got ", got)
    print(f"precision={score['precision']:.3f} recall={score['recall']:.3f} year_accuracy={score['year_accuracy']:.3f}")
    assert score["precision"] >= MIN_PRECISION
    assert score["recall"] >= MIN_RECALL
    assert score["year_accuracy"] >= MIN_YEAR_ACCURACY


def test_data_file_is_large_enough():
    """The labelled file holds at least 80 cases and 80 sentences."""
    cases = _cases()
    sentences = sum(len(split_sentences(b)) for c in cases for b in c["blocks"])
    assert len(cases) >= 80 and sentences >= 80


def test_fact_fields():
    """Every contract field of a fact is filled from the text and the block."""
    block = TextBlock("В 2019 году выявлено более 66 тыс. нарушений.", Location(paragraph=7), "2", "2.1")
    [fact] = extract_facts([block], "analytical_note")
    assert (fact.value, fact.unit, fact.object, fact.qualifier) == (66000, "count", "нарушений", "более")
    assert fact.text == "66 тыс. нарушений"
    assert fact.sentence == "В 2019 году выявлено более 66 тыс. нарушений."
    assert (fact.year, fact.part, fact.direction, fact.goal, fact.location.paragraph) == (
        2019, "analytical_note", "2", "2.1", 7)


def test_sentence_split_keeps_abbreviations_and_decimals():
    """Sentences do not break at 'млн.', 'тыс.', 'т.ч.', a leading 'В 2019 г.' or a decimal point."""
    text = "Взыскано 13,5 млн. тенге, в т.ч. 2 тыс. тенге пени. В 2019 г. проведено 5 проверок. Далее 4.5 балла."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == ["Взыскано 13,5 млн. тенге, в т.ч. 2 тыс. тенге пени.",
                         "В 2019 г. проведено 5 проверок.", "Далее 4.5 балла."]


def test_sentence_split_keeps_a_currency_with_its_country():
    """'долл. США' does not end a sentence; 'долл.' before a sentence does."""
    text = ("Экспорт составил 24,1 млрд. долл. США, увеличившись на 22,5%. Импорт – 6,4 млрд. долл. США. Экспорт составил "
            "5 млн. долл. Импорт вырос.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Экспорт составил 24,1 млрд. долл. США, увеличившись на 22,5%.", "Импорт – 6,4 млрд. долл. США.",
        "Экспорт составил 5 млн. долл.", "Импорт вырос."]


@pytest.mark.parametrize("text", [
    "Стратегическое направление 2. Повышение качества оказания государственных услуг",
    "Цель 2.1. Повышение контроля качества оказания государственных услуг",
    "С 1 января по 31 декабря прошлого года.",
    "по статье 465 КоАП, приказ от 16 января 2018 г. №13",
])
def test_not_facts(text):
    """Headings, dates and law/article/order numbers give no facts."""
    assert extract_facts([TextBlock(text)], "analytical_note") == []


@pytest.mark.parametrize("text, want", [
    # a sign glued to a figure is kept; a list dash or a dash after a year is punctuation
    ("Темп роста ВВП составил -2,6%, яйца – 4,9 млрд. штук (-2,1%), мясо (+3,4%).",
     [(-2.6, "percent"), (4.9e9, "count"), (-2.1, "percent"), (3.4, "percent")]),
    ("Сальдо миграции сложилось отрицательным: -19,6 тыс. человек.", [(-19600, "person")]),
    ("Проверки: в 2019 г. -319, в 2020 г. -280.", [(319, "count"), (280, "count")]),
    # units of measurement
    ("Выработка составила 3,24 млрд. кВт·ч при мощности 513 МВт; введено 15,3 млн. кв. м жилья и 700 млн. куб. м "
     "водохранилищ, урожайность – 12,8 ц/га, изъято 115 кг, скорость – 1 Гбит/с, экспорт – 5 млрд. долл.",
     [(3.24e9, "kWh"), (513, "MW"), (15.3e6, "sqm"), (700e6, "m3"), (12.8, "centner_per_hectare"), (115, "kg"),
      (1, "Gbps"), (5e9, "USD")]),
    # animate nouns count people; organisation-like agents, animals and abbreviations do not
    ("Обучается 1 245 стипендиатов, поддержано 86 сельхозтоваропроизводителей, 842 тыс. сайгаков и 120 ИП.",
     [(1245, "person"), (86, "count"), (842000, "count"), (120, "count")]),
    ("На 100 тыс. населения приходится 168 заключенных, погибли 2 093 и ранены 14 785 человек.",
     [(168, "person"), (2093, "person"), (14785, "person")]),
    # rate bases, scales, fractions, dotted indicator numbers
    # "обеспеченность врачами" counts doctors (tests/data/README_labels.md, issue 11; fact_sentences.json, older,
    # labels such a rate "count")
    ("Обеспеченность врачами на 10 000 населения составила 39,4.", [(39.4, "person")]),
    ("Изученность масштаба 1:200 000 составляет 100%.", [(100, "percent")]),
    ("Около 1/3 населения проживает в селах, работа в режиме 24/7.", [(1 / 3, "fraction")]),
    ("По индикатору 2.1 достигнуто 95%.", [(95, "percent")]),
    # what a bare figure counts: not the label before a dash, the noun after it, not an attribute amount
    ("Из них 45 тыс. – дети в возрасте до 18 лет, 23 тыс. – пенсионеры.",
     [(45000, "person"), (18, "year"), (23000, "person")]),
    ("Находилось 2,9 млн. документов на общую сумму 4,1 трлн. тенге, из них окончено – 1,7 млн.",
     [(2.9e6, "count"), (4.1e12, "KZT"), (1.7e6, "count")]),
])
def test_figure_kinds(text, want):
    """Signs, units, people, rate bases, scales, fractions and elided nouns."""
    got = [(f.value, f.unit) for f in extract_facts([TextBlock(text)], "analytical_note")]
    assert len(got) == len(want), got
    for (gv, gu), (wv, wu) in zip(got, want, strict=True):
        assert math.isclose(gv, wv, rel_tol=1e-9) and gu == wu, got


@pytest.mark.parametrize("text, years", [
    ("В 2020 году в г. Нур-Султан построено 15 поликлиник, в г. Алматы – 12 поликлиник.", [2020, 2020]),
    ("На конец отчетного периода (31.12.2020 г.) задолженность составила 1,2 млрд. тенге.", [2020]),
    ("Индекс составил 45 баллов (в 2019 году), а сейчас – 50 баллов.", [2019, None]),
    ("В сравнении с аналогичным периодом 2019 года количество преступлений снизилось на 12,3%.", [None]),
    ("В 2019 году доход составил 5 млрд. тенге, что на 11,2% выше уровня 2018 года, а расход – 7 млрд. тенге.",
     [2019, 2019, 2019]),
    ("1. Организовано 12 выездных приемов в 2020 году. 2. Рассмотрено 340 обращений.", [2020, None]),
])
def test_years_of_figures(text, years):
    """City abbreviations do not split sentences; dated parentheses; comparison bases are not the figure's year."""
    assert [f.year for f in extract_facts([TextBlock(text)], "analytical_note")] == years


# --- Russian number formats round trip ----------------------------------------------------

SPACES = st.sampled_from([" ", "\u00a0", "\u202f"])
MAGNITUDE_WORDS = {"тыс.": 10**3, "тысяч": 10**3, "млн.": 10**6, "млн": 10**6, "миллионов": 10**6,
                   "млрд.": 10**9, "млрд": 10**9}


def _russian(integer: int, fraction: str, space: str) -> str:
    """An integer grouped by threes with the given space, plus a decimal-comma fraction."""
    digits = str(integer)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return space.join(groups) + ("," + fraction if fraction else "")


@settings(max_examples=300, deadline=None)
@given(integer=st.integers(0, 10**9), fraction=st.from_regex(r"\A(|\d{1,3})\Z"), space=SPACES,
       magnitude=st.sampled_from([None, *MAGNITUDE_WORDS]), noun=st.sampled_from(["человек", "проверок", "тенге", "%"]))
def test_russian_numbers_round_trip(integer, fraction, space, magnitude, noun):
    """Any Russian grouping, decimal comma and magnitude parse back to the same value."""
    number = _russian(integer, fraction, space)
    joiner = "" if noun == "%" else " "
    mag = f" {magnitude}" if magnitude else ""
    text = f"За отчетный период показатель составил {number}{mag}{joiner}{noun}, что отражено выше."
    [fact] = extract_facts([TextBlock(text)], "analytical_note")
    expected = Decimal(number.replace(space, "").replace(",", ".")) * MAGNITUDE_WORDS.get(magnitude, 1)
    assert math.isclose(fact.value, float(expected), rel_tol=1e-9)
    assert fact.unit == {"человек": "person", "проверок": "count", "тенге": "KZT", "%": "percent"}[noun]
    assert fact.year is None


@settings(max_examples=100, deadline=None)
@given(integer=st.integers(1000, 10**7), space=SPACES, year=st.integers(2000, 2030))
def test_grouped_numbers_keep_their_year(integer, space, year):
    """A grouped number after 'В <year> году' is a person count of that year, not a year."""
    text = f"В {year} году назначено {_russian(integer, '', space)} государственных служащих."
    [fact] = extract_facts([TextBlock(text)], "analytical_note")
    assert (fact.value, fact.unit, fact.year) == (integer, "person", year)
