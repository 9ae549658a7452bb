"""Linking indicators across years: normalized names, agencies, series on the history archive, the mapping file, stable ids.

The archive (samples/history/archive/, built by samples/build_history.py) is extracted from its DOCX and PDF
files; its truth was written by the builder from the data the reports were written from.
"""
from __future__ import annotations

import json
import sys
from dataclasses import replace

import pytest

from helpers import SAMPLES
from pipeline.errors import MappingError
from pipeline.series import build_series, run_documents
from pipeline.series.mapping import parse_mapping
from pipeline.series.normalize import expand_acronyms, normalize, unit_key
from pipeline.series.output import series_json

sys.path.insert(0, str(SAMPLES))
from history_score import score  # noqa: E402


@pytest.mark.parametrize("a, b", [
    ("Доля конкурсов, проведенных с участием наблюдателей", "доля конкурсов, проведенных с участием наблюдателей"),
    ("Уровень безработицы, %", "Уровень безработицы"),
    ("Уровень безработицы (%)", "уровень безработицы"),
    ("Место Казахстана в Индексе «Transparency International»", "Место Казахстана в Индексе Transparency International"),
    ("Доля госслужащих, прошедших обучение", "Доля государственных служащих, прошедших обучение"),
    ("Коэффициент травматизма на 1000 работающих", "Коэффициент травматизма на 1 000 работающих"),
    ("Доля лиц из числа обратившихся", "Доля лиц от числа обратившихся"),
    ("Число коек на 10 тыс. населения", "Количество коек на 10 000 населения"),
    ("Материнская смертность на 100 тысяч живорожденных", "Материнская смертность (на 100 000 живорожденных)"),
    ("Удельный вес сточных вод, прошедших очистку", "Доля сточных вод, прошедших очистку"),
    ("Выбросы загрязняющих веществ, тыс. тонн", "Выбросы загрязняющих веществ"),
    ("Ожидаемая продолжительность жизни (лет)", "Ожидаемая продолжительность жизни"),
])
def test_rewordings_with_one_normalized_form(a, b):
    assert normalize(a).key == normalize(b).key


def test_numbers_apart_and_years_ignored():
    thousand = normalize("Коэффициент травматизма (на 1 000 работающих)")
    hundred_thousand = normalize("Коэффициент травматизма (на 100 тыс. работающих)")
    assert thousand.text == hundred_thousand.text and thousand.key != hundred_thousand.key
    assert (thousand.numbers, hundred_thousand.numbers) == ({1000.0}, {100000.0})
    assert normalize("Уровень безработицы в 2020 году").key == normalize("Уровень безработицы").key


def test_an_acronym_is_spelled_out_by_the_other_names_initials():
    short = normalize("Охват получателей АСП мерами содействия занятости")
    full = normalize("Охват получателей адресной социальной помощи мерами содействия занятости, %")
    assert short.acronyms == {"асп"} and full.unit == "%"
    assert expand_acronyms(short, full).key == full.key
    assert expand_acronyms(short, normalize("Охват получателей пособий")).key == short.key
    hyphenated = normalize("Доля населения, охваченного первичной медико-санитарной помощью")
    assert expand_acronyms(normalize("Доля населения, охваченного ПМСП"), hyphenated).key == hyphenated.key


@pytest.mark.parametrize("a, b, same_class", [
    ("Доля населения, удовлетворенного качеством услуг", "Уровень удовлетворенности населения качеством услуг", True),
    ("Количество лесных пожаров", "Число лесных пожаров", True),
    ("Количество трудоустроенных", "Доля трудоустроенных", False),
    ("Объем финансирования", "Количество финансирования", False),
])
def test_measure_heads_by_class(a, b, same_class):
    assert (normalize(a).head == normalize(b).head) == same_class


@pytest.mark.parametrize("unit, key", [
    ("%", (1.0, "percent")), ("процентов", (1.0, "percent")), ("%\n(от общего количества слушателей)", (1.0, "percent")),
    ("млн. тенге", (1e6, "KZT")), ("млрд. тенге", (1e9, "KZT")), ("тыс. человек", (1e3, "person")),
    ("чел.", (1.0, "person")), ("дней", (1.0, "day")), ("тыс. га", (1e3, "hectare")), ("единиц", (1.0, "count")),
    ("", None),
])
def test_unit_keys(unit, key):
    assert unit_key(unit) == key


@pytest.fixture(scope="module")
def history_documents(history_run):
    return run_documents(history_run)


@pytest.fixture(scope="module")
def history_series(history_documents):
    return build_series(history_documents)


def test_every_link_right_and_no_false_link(history_series, history_truth):
    result = score(history_truth, json.loads(series_json(history_series.series)))
    assert result["wrong"] == [] and result["missed"] == []
    assert (result["precision"], result["recall"]) == (1.0, 1.0) and result["links"] == result["expected"] > 150


def test_the_renamed_agency_is_one_agency(history_series, history_truth):
    names = {g.key: sorted(n.name for n in g.names) for g in history_series.agencies}
    assert len(names) == 2
    civil = next(g for g in history_series.agencies if "коррупция" in g.key)
    assert civil.display_name == "Агентство Республики Казахстан по делам государственной службы"
    assert {(n.rule, n.score) for n in civil.names} == {("first", 100.0), ("fuzzy", 100.0)}
    truth_names = {d["agency"] for d in history_truth["documents"]}
    assert {n for group in names.values() for n in group} == truth_names


def test_each_link_keeps_its_rule_and_score(history_series):
    members = [m for s in history_series.series for m in s.members]
    assert {m.rule for m in members} == {"new", "exact", "fuzzy", "same_report"}
    for m in members:
        assert (m.score is None) == (m.rule == "new") and (m.linked_to is None) == (m.rule == "new")
        if m.rule == "fuzzy":
            assert 90 <= m.score <= 100
    first = [s.members[0].rule for s in history_series.series]
    assert set(first) == {"new"}


def test_two_agencies_renamed_in_the_same_year_stay_apart(history_documents):
    """Bodies that publish reports side by side are different agencies, however alike their names."""
    labour = [d for d in history_documents if d.agency and d.agency.startswith("Министерство")]
    twin = [replace(d, document_id="x" + d.document_id[1:], agency="Министерство труда Республики Казахстан",
                    indicators=[replace(i, document_id="x" + i.document_id[1:]) for i in d.indicators])
            for d in labour]
    result = build_series(labour + twin)
    assert len(result.agencies) == 2


def test_ids_are_stable_across_loads_and_new_years(history_documents, history_series):
    again = build_series(list(reversed(history_documents)))
    assert [s.series_id for s in again.series] == [s.series_id for s in history_series.series]
    without_last = [d for d in history_documents if d.reporting_year not in (2019, 2021)]
    earlier = build_series(without_last)
    full = history_series.by_member()
    for s in earlier.series:
        assert {full[m.indicator.key].series_id for m in s.members} == {s.series_id}


def test_a_backfilled_earlier_year_keeps_the_ids_given_before(history_documents, history_series):
    later = [d for d in history_documents if d.reporting_year not in (2016, 2018)]
    before = build_series(later)
    previous = {m.indicator.key: s.series_id for s in before.series for m in s.members}
    after = build_series(history_documents, previous_ids=previous).by_member()
    assert all(after[key].series_id == sid for key, sid in previous.items())
    assert len({s.series_id for s in build_series(history_documents, previous_ids=previous).series}) == \
        len(history_series.series)


def test_the_mapping_file_is_respected(history_documents, history_series):
    series = {s.name: s for s in history_series.series}
    unemployment = series["Уровень безработицы"]
    member_2020 = next(m for m in unemployment.members if m.reporting_year == 2020)
    other = series["Доля трудоустроенных из числа обратившихся в центры занятости населения"]
    agency = "Министерство труда и социальной защиты населения Республики Казахстан"
    text = ("kind,agency,reporting_year,name,target,comment\n"
            f"indicator,{agency},2020,\"{member_2020.indicator.name}\",new,another measure since 2020\n"
            f"indicator,{agency},2021,Уровень безработицы,{other.series_id},wrongly linked on purpose\n"
            f"indicator,{agency},2019,Нет такого индикатора,new,\n"
            "agency,,,Министерство труда и социальной защиты населения Республики Казахстан,new,\n")
    result = build_series(history_documents, parse_mapping(text, "mapping.csv"))
    by_member = result.by_member()
    moved = by_member[member_2020.indicator.key]
    assert moved.members[0].indicator.key == member_2020.indicator.key and moved.members[0].rule == "manual"
    assert by_member[unemployment.members[0].indicator.key].years == [2018, 2019]
    forced = next(m for m in by_member[other.members[0].indicator.key].members if m.indicator.name == "Уровень безработицы")
    assert (forced.reporting_year, forced.rule, forced.score) == (2021, "manual", 100.0)
    assert [r.line for r in result.unused_mapping] == [4]


def test_a_mapping_row_joins_two_agencies(history_documents):
    labour = [d for d in history_documents if d.agency and d.agency.startswith("Министерство")]
    renamed = [replace(d, agency="Министерство занятости Республики Казахстан") if d.reporting_year == 2021 else d
               for d in labour]
    assert len(build_series(renamed).agencies) == 2
    text = ("kind,agency,reporting_year,name,target,comment\nagency,,,Министерство занятости Республики Казахстан,"
            "Министерство труда и социальной защиты населения Республики Казахстан,renamed in 2021\n")
    joined = build_series(renamed, parse_mapping(text))
    assert len(joined.agencies) == 1 and not joined.unused_mapping
    assert {n.rule for n in joined.agencies[0].names} == {"first", "manual"}


@pytest.mark.parametrize("text, message", [
    ("kind,name\nindicator,x\n", "lacks the column"),
    ("kind,agency,reporting_year,name,target\nseries,a,2020,x,new\n", "line 2: kind 'series'"),
    ("kind,agency,reporting_year,name,target\nindicator,a,,x,new\n", "needs the agency and the reporting_year"),
])
def test_a_bad_mapping_file_is_named_with_its_line(text, message):
    with pytest.raises(MappingError, match=message):
        parse_mapping(text, "mapping.csv")
