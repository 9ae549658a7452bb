"""Constructions the held-out notes set heldout32 found missing, in other wordings than the set's (pipeline.facts):
a dose rate in microsieverts written with a slash ("мкЗв/ч") keeps its numerator's unit and takes the slash's base,
as "г/т" does; the word "микрозиверт" is the same unit; a base of one written "на каждого"/"на каждую" as
"на одного" is; the words that complete a base's name "часов налета", "члена семьи"; a part written with a
preposition ("на 21 из них") is a part of the whole written with the same preposition, not of the people counted
between them; a target's value "к" a year later than the reporting year is of that year, though its sentence names
no earlier year; a change said "за каждый X" is a rate of one X."""
from __future__ import annotations

from pipeline.facts import TextBlock, extract_facts, facts_of_text
from test_facts_constructions import same


def _bases(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text(text)]


def test_microsieverts_per_hour_written_with_a_slash_take_the_slash_base():
    text = "Фон в санитарно-защитной зоне хвостохранилища составляет 0,14 мкЗв/ч, на промплощадке – до 1,2 мкЗв/ч."
    got = _bases(text)
    assert same(got, [(0.14, "microsievert", 1, "ч"), (1.2, "microsievert", 1, "ч")]), got


def test_a_range_of_microsieverts_shares_its_slash_base():
    got = _bases("Средняя мощность дозы по городу – 0,10–0,16 мкЗв/ч.")
    assert same(got, [(0.10, "microsievert", 1, "ч"), (0.16, "microsievert", 1, "ч")]), got


def test_microsieverts_written_as_a_word_are_the_same_unit():
    got = _bases("Годовая доза облучения персонала не превысила 950 микрозивертов.")
    assert same(got, [(950, "microsievert", None, None)]), got


def test_a_base_of_each_one_is_per_one():
    got = _bases("Норма выдачи комбикорма установлена в размере 4 кг на каждую голову.")
    assert same(got, [(4, "kg", 1, "голову")]), got


def test_each_one_in_a_place_is_no_base():
    got = _bases("На каждой станции установлено 3 датчика.")
    assert [(g[2], g[3]) for g in got] == [(None, None)], got


def test_a_member_of_a_family_is_the_base_with_its_family():
    got = _bases("Среднедушевой доход составил 38,6 тыс. тенге на одного члена семьи, пособие – 6 МРП на каждого члена семьи.")
    assert same(got, [(38_600, "KZT", 1, "члена семьи"), (6, "MCI", 1, "члена семьи")]), got


def test_hours_of_flight_are_the_base_with_their_complement():
    got = _bases("Частота серьезных инцидентов снизилась до 0,8 на 100 тыс. часов налета.")
    assert same(got, [(0.8, "ratio", 100_000, "часов налета")]), got


def _counted(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.object) for f in facts_of_text(text)]


def test_a_part_with_a_preposition_belongs_to_the_whole_with_the_same_one():
    got = _counted("Проверки проведены на 56 предприятиях, где заняты 8,4 тыс. работников; нарушения выявлены на 21 из них.")
    assert (21, "count", "предприятиях") in got, got


def test_vo_is_the_same_preposition_as_v():
    got = _counted("Вакцинация прошла в 34 школах с контингентом 15 600 учащихся; во 2 из них занятия приостановлены.")
    assert (2, "count", "школах") in got, got


def _years_in_report(text: str, reporting_year: int) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in extract_facts([TextBlock(text)], "analytical_note", reporting_year)]


def test_a_target_of_a_later_year_takes_that_year_without_an_earlier_one():
    got = _years_in_report("Уровень охвата услугами – 81,4% при целевом индикаторе 90% к 2027 году.", 2023)
    assert (90, "percent", 2027) in got, got


def test_a_plan_to_a_year_not_after_the_report_is_no_target():
    got = _years_in_report("Индекс физического объема – 112% при плане 110% к 2020 году.", 2024)
    assert (110, "percent", 2020) not in got, got


def test_a_change_for_each_one_is_a_rate_of_one():
    got = _bases("Надбавка к должностному окладу повышается на 5% за каждые три года стажа, пеня растет на 0,1 процента "
                 "за каждый день просрочки.")
    assert same(got, [(5, "percent", None, None), (0.1, "percent", 1, "день")]), got


def test_a_change_for_each_one_before_it_is_a_rate_of_one():
    got = _bases("За каждую тонну сверх лимита плата увеличивается на 12,5%.")
    assert same(got, [(12.5, "percent", 1, "тонну")]), got
