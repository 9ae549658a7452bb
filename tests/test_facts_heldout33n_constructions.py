"""Constructions the held-out notes set heldout33 found missing, in other wordings than the set's (pipeline.facts):
a lead-in that names its noun and puts only the scale in brackets ("обращений (тыс.):"); an age span in brackets
defining a noun lends its years to no bare figure after it; bounds in the labels of a list's members count what the
first label's bound counted; a number before "типа" after the noun it classifies names a type; a year ending a
programme's name written without quotes is no figure; a count restated as a rate after a word in Latin letters
("гепатита B, или ..."); a span of months "с апреля по октябрь" is of the year in force; the minimum wage as a legal
unit of payments; a norm "1 <thing> на N <people>" is a rate per N."""
from __future__ import annotations

from pipeline.facts import TextBlock, extract_facts, facts_of_text
from test_facts_constructions import same


def _notes(text: str, year: int) -> list[tuple]:
    return [(f.value, f.unit, f.year, f.object) for f in extract_facts([TextBlock(text)], "analytical_note",
                                                                        reporting_year=year)]


def _counted(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.object) for f in facts_of_text(text)]


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.object, f.per, f.per_object) for f in facts_of_text(text)]


def test_a_noun_before_a_bracketed_scale_gives_both_to_the_items():
    got = _notes("В 2021 году поступило жалоб (тыс.): всего – 48,2; из них письменных – 12,6; устных – 35,6.", 2021)
    assert same(got, [(48_200, "count", 2021, "жалоб"), (12_600, "count", 2021, "жалоб"),
                      (35_600, "count", 2021, "жалоб")]), got


def test_a_bracket_holding_a_unit_is_no_scale_of_a_noun():
    got = _counted("Выдано лицензий (ед.): всего – 31; из них новых – 20.")
    assert [g[0] for g in got] == [31, 20], got


def test_an_age_span_defining_a_noun_lends_no_years():
    got = _counted("Численность молодежи (14-29 лет) составила 3,8 млн, из них в селе – 1,6 млн.")
    assert [(g[0], g[1]) for g in got] == [(14, "year"), (29, "year"), (3_800_000, "person"), (1_600_000, "person")], got


def test_a_rate_after_an_age_span_in_brackets_is_a_ratio():
    got = _bases("Рождаемость у женщин (20–24 года) составила 96,3 на 1000 женщин (2019 г. – 101,5).")
    assert same(got[2:], [(96.3, "ratio", None, 1000, "женщин"), (101.5, "ratio", None, 1000, "женщин")]), got


def test_bounds_in_later_labels_count_what_the_first_bound_counted():
    got = _counted("По численности работников: до 50 человек – 412 предприятий, от 51 до 250 – 96, более 250 – 14.")
    assert same(got, [(50, "person", "человек"), (412, "count", "предприятий"), (51, "person", "человек"),
                      (250, "person", "человек"), (96, "count", "предприятий"), (250, "person", "человек"),
                      (14, "count", "предприятий")]), got


def test_a_number_before_type_after_its_noun_names_the_type():
    got = _counted("Для грузовиков 2 типа построено 14 пунктов взвешивания.")
    assert same(got, [(14, "count", "пунктов")]), got


def test_a_year_ending_an_unquoted_programme_name_is_no_figure():
    got = _counted("В рамках Государственной программы развития здравоохранения 2025 открыто 12 поликлиник.")
    assert same(got, [(12, "count", "поликлиник")]), got


def test_a_year_like_count_after_a_place_stays_a_figure():
    got = _counted("В Алматы зарегистрировано 2020 субъектов, в Северо-Казахстанской области 1999.")
    assert [g[0] for g in got] == [2020, 1999], got


def test_a_count_restated_as_a_rate_after_a_latin_letter_keeps_its_noun():
    got = _bases("В 2022 году выявлено 312 случаев гепатита B, или 18,4 на 100 тыс. обследованных.")
    assert same(got, [(312, "count", "случаев", None, None), (18.4, "count", "случаев", 100_000, "обследованных")]), got


def test_a_span_of_months_without_a_year_is_of_the_reporting_year():
    got = _notes("С апреля по октябрь проведено 84 рейда, с 1 апреля действует новый порядок.", 2022)
    assert same(got, [(84, "count", 2022, "рейда")]), got


def test_the_minimum_wage_is_a_legal_unit_of_payments():
    got = _counted("Стипендия слушателей – не менее 2 минимальных заработных плат, пособие – 0,5 МЗП.")
    assert [(g[0], g[1]) for g in got] == [(2, "minimum_wage"), (0.5, "minimum_wage")], got


def test_one_thing_per_a_number_of_people_is_a_rate():
    got = _bases("Норматив – 1 участковый инспектор на 3 тыс. жителей.")
    assert [(g[0], g[3], g[4]) for g in got] == [(1, 3000, "жителей")], got


def test_what_one_thing_holds_is_no_base():
    got = _bases("Построено 1 общежитие на 250 мест.")
    assert [(g[0], g[3]) for g in got] == [(1, None), (250, None)], got


def test_a_participle_after_one_names_its_own_base():
    got = _bases("Расходы на питание одного воспитанника – 1,2 тыс. тенге в день, площадь спальни – 4 кв. м на одного обучающегося.")
    assert [(g[0], g[3], g[4]) for g in got] == [(1200, 1, "воспитанника"), (4, 1, "обучающегося")], got


def test_money_for_one_person_written_without_a_number_is_per_one():
    got = _bases("Единовременная выплата составила 50 тыс. тенге на студента.")
    assert [(g[0], g[3], g[4]) for g in got] == [(50_000, 1, "студента")], got


def test_money_for_people_or_a_purpose_has_no_base():
    got = _bases("На ремонт общежитий выделено 12 млн тенге на ветеранов и 3 млн тенге на ремонт.")
    assert [(g[0], g[3]) for g in got] == [(12_000_000, None), (3_000_000, None)], got


def test_a_figure_in_a_participial_phrase_lends_no_noun():
    got = _counted("Выдано 1,25 млн. полисов, оформленных 86 тыс. агентами, при плане 1,1 млн.")
    assert (1_100_000, "count", "полисов") in got, got
