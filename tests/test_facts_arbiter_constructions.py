"""The constructions the label arbiter settled (README_labels: Units' twenty-foot equivalent sentence, Year rule 6's
`за год` sentence, rule 1 for the age bounds of a definition), in wordings of no labelled set (pipeline.facts)."""
from __future__ import annotations

import math

import pytest

from pipeline.facts import TextBlock, extract_facts, facts_of_text


def years(text: str) -> list[tuple[float, str, int | None]]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text)]


def same(got: list[tuple], want: list[tuple]) -> bool:
    """Equal tuples, the first member (the value) within float rounding."""
    return len(got) == len(want) and all(
        math.isclose(g[0], w[0], rel_tol=1e-9) and g[1:] == w[1:] for g, w in zip(got, want, strict=True))


# --- "за год" without its number: the year the paragraph named for its own figures --------------------------

@pytest.mark.parametrize("text, want", [
    # a change over the year after a stock date of that year
    ("На 1 октября 2023 года на учете состояли 5 214 безработных. За год их число сократилось на 312 человек.",
     [(5214, "person", 2023), (312, "person", 2023)]),
    # the paragraph names its year after the sentence with "за год"
    ("Грузооборот за год вырос на 4,1% и достиг 12,6 млн т. Средняя ставка фрахта в 2022 году – 41 доллар.",
     [(4.1, "percent", 2022), (12.6e6, "tonne", 2022), (41, "USD", 2022)]),
    # "за весь год" likewise
    ("В 2019 году открыто 14 филиалов. За весь год банк выдал 3,2 тыс. кредитов.",
     [(14, "count", 2019), (3200, "count", 2019)]),
    # no year in the paragraph: none
    ("За год поголовье овец выросло на 6%, до 1,9 млн голов.", [(6, "percent", None), (1.9e6, "count", None)]),
])
def test_year_span_takes_the_paragraphs_year(text: str, want: list[tuple]) -> None:
    assert same(years(text), want), years(text)


def test_year_span_does_not_take_a_comparison_base() -> None:
    """A year named only as the base of a comparison is no period of the paragraph's own figures."""
    got = years("За год выпуск вырос на 3,4% по сравнению с 2020 годом.")
    assert same(got, [(3.4, "percent", None)]), got


def test_year_span_stays_in_its_paragraph() -> None:
    """The year of the paragraph before is not carried into the next one's "за год"."""
    got = years("В 2021 году построено 52 школы.\nЗа год число учеников выросло на 8 тыс.")
    assert same(got, [(52, "count", 2021), (8000, "person", None)]), got


def test_year_span_dates_its_clause_only() -> None:
    """"за год" dates the clause it stands in, not an undated figure of another clause of its sentence."""
    got = years("В 2020 году открыто 3 музея. Выдано 520 разрешений, а число посетителей за год выросло на 41 тыс. человек.")
    assert same(got, [(3, "count", 2020), (520, "count", None), (41000, "person", 2020)]), got


def test_year_span_in_a_reports_note() -> None:
    """In a report's note "за год" takes the year its paragraph named before it, not the reporting year alone."""
    note = [TextBlock("В 2019 году сдано 14 объектов. Объем инвестиций за год вырос на 8,2%."),
            TextBlock("Объем инвестиций за год вырос на 3,1%.")]
    got = [(f.value, f.year) for f in extract_facts(note, "analytical_note", reporting_year=2019)]
    assert same(got, [(14, 2019), (8.2, 2019), (3.1, None)]), got


# --- age bounds of a definition in brackets take their sentence's period -----------------------------------

@pytest.mark.parametrize("text, want", [
    ("Число занятых (лица в возрасте от 18 до 63 лет) на 1 июля 2024 года составило 41 200 человек.",
     [(18, "year", 2024), (63, "year", 2024), (41200, "person", 2024)]),
    ("Численность молодежи (граждане в возрасте 14-35 лет) по состоянию на 31.12.2020 года – 12 400 человек.",
     [(14, "year", 2020), (35, "year", 2020), (12400, "person", 2020)]),
    # the sentence names no period: the bounds stay undated, as its figure does
    ("Число пенсионеров (женщины старше 58 лет, мужчины старше 63 лет) составляет 7 300 человек.",
     [(58, "year", None), (63, "year", None), (7300, "person", None)]),
])
def test_bracketed_age_bounds_take_the_sentences_period(text: str, want: list[tuple]) -> None:
    assert same(years(text), want), years(text)


# --- containers in twenty-foot equivalent written in words: teu, object null --------------------------------

def test_containers_in_twenty_foot_equivalent_are_teu() -> None:
    got = [(f.value, f.unit, f.object) for f in facts_of_text(
        "Порт Курык обработал 18,3 тыс. контейнеров в двадцатифутовом эквиваленте и 4 120 контейнеров весом до 5 т.")]
    assert same(got[:2], [(18300, "teu", None), (4120, "count", "контейнеров")]), got


def test_containers_in_twenty_foot_equivalent_written_with_a_digit() -> None:
    got = [(f.value, f.unit, f.object) for f in facts_of_text(
        "Терминал рассчитан на 250 тыс. контейнеров в 20-футовом эквиваленте в год.")]
    assert same(got, [(250000, "teu", None)]), got
