"""Constructions the held-out notes set heldout34 found missing, in other wordings than the set's (pipeline.facts):
kilovolt-amperes ("кВА", "МВА") and barrels are units of their own; a scale's full stop before a unit's symbol that
opens with a capital ("млн. Гкал", "тыс. МВт") ends no sentence; what an amount is of may be hyphenated or abbreviated
before the base of its rate ("кг шерсти-сырца на 1 овцу", "кг у.т. на 1 Гкал"); a participle before the noun it
agrees with opens a new subject, not a plan phrase that dates the figure before it; a percentage "в реальном
выражении к" a year compares with that year, which dates no later figure; the bare first member of a pair after
"соответственно" restates the first of the earlier pair; a start date in a participial phrase describing a noun
is no period of the clause."""
from __future__ import annotations

from pipeline.facts import facts_of_text
from test_facts_constructions import same


def _facts(text: str, reporting_year: int | None = None) -> list[tuple]:
    return [(f.value, f.unit, f.year) for f in facts_of_text(text, reporting_year=reporting_year)]


def test_kilovolt_amperes_and_megavolt_amperes_are_units():
    got = _facts("Введено 124 трансформаторные подстанции мощностью 86,4 тыс. кВА и 2 трансформатора по 40 МВА.")
    assert [g[1] for g in got] == ["count", "kVA", "count", "MVA"], got


def test_barrels_are_a_unit_and_a_day_is_their_period():
    got = [(f.value, f.unit, f.per) for f in facts_of_text("Добыча нефти на месторождении составила 480 тыс. баррелей в сутки.")]
    assert same(got, [(480_000, "barrel", None)]), got


def test_a_scale_before_a_capitalised_unit_symbol_ends_no_sentence():
    got = _facts("В 2021 году выработка тепла составила 12,6 млн. Гкал, установленная мощность – 2,4 тыс. МВт.")
    assert same(got, [(12_600_000, "Gcal", 2021), (2_400, "MW", 2021)]), got


def test_an_abbreviated_fuel_before_the_base_of_a_rate():
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text("Норма расхода – 152 кг у.т. на 1 Гкал отпущенного тепла.")]
    assert same(got, [(152, "kg", 1, "Гкал")]), got


def test_a_hyphenated_product_before_the_base_of_a_rate():
    got = [(f.value, f.unit, f.per, f.per_object) for f in facts_of_text("Средний настриг составил 3,2 кг шерсти-сырца на 1 овцу.")]
    assert same(got, [(3.2, "kg", 1, "овцу")]), got


def test_a_participle_before_its_noun_opens_a_new_subject_not_a_plan_phrase():
    text = ("Поступления в бюджет за 2020 год составили 412,6 млрд. тенге при прогнозе 405 млрд., накопленная недоимка "
            "на 1 января 2021 года – 18,3 млрд. тенге.")
    got = _facts(text)
    assert same(got, [(412.6e9, "KZT", 2020), (405e9, "KZT", 2020), (18.3e9, "KZT", 2021)]), got


def test_a_percentage_in_real_terms_to_a_year_compares_with_it():
    text = ("Объем промышленного производства за 2019 год составил 1 250 млрд. тенге, или 104,2% в реальном выражении "
            "к 2018 году; из него обрабатывающая промышленность – 640,5 млрд. тенге.")
    got = _facts(text)
    assert same(got, [(1250e9, "KZT", 2019), (104.2, "percent", 2019), (640.5e9, "KZT", 2019)]), got


def test_a_bare_first_member_after_respectively_restates_the_earlier_count():
    text = ("На конец 2020 года действовали 54 элеватора общей вместимостью 3,2 млн. тонн (на конец 2019 года – 49 и "
            "2,9 млн. тонн соответственно).")
    got = [(f.value, f.unit, f.object) for f in facts_of_text(text)]
    assert same(got, [(54, "count", "элеватора"), (3.2e6, "tonne", "тонн"), (49, "count", "элеватора"),
                      (2.9e6, "tonne", "тонн")]), got


def test_a_start_date_of_a_described_programme_is_no_period_of_the_clause():
    got = _facts("В рамках программы льготного кредитования, действующей с 1 марта 2020 года, выдано 1 240 кредитов.")
    assert same(got, [(1240, "count", None)]), got


def test_a_start_date_of_the_clause_itself_dates_its_figures():
    got = _facts("С 1 марта 2020 года выдано 1 240 кредитов.")
    assert same(got, [(1240, "count", 2020)]), got
