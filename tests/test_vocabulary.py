"""The word lists of pipeline/vocabulary: well-formed files, and the wordings they hold read where they are used."""
from __future__ import annotations

import pytest

from pipeline import morph, vocabulary
from pipeline.layout import Paragraph
from pipeline.models import Indicator
from pipeline.numbers import parse_cell_number, parse_indicator_status, parse_risk_status
from pipeline.sections import find_identity
from pipeline.tables import INDICATOR, RISK, map_columns
from pipeline.validate import SECTION_NAMES, check_percent_range, lower_is_better


def test_direction_lemmas_are_normal_forms():
    """pipeline.direction compares the normal forms of a name's words: an entry that is not one ("возобновляемый",
    whose normal form is "возобновлять") matches one word form only and misses the rest."""
    not_normal = [word for row in vocabulary.entries("indicator_direction") for word in row[0].split()
                  if word not in {p.normal_form.replace("ё", "е") for p in morph.parse(word)}]
    assert not_normal == []


@pytest.mark.parametrize("path", sorted(vocabulary.DATA.glob("*.tsv")), ids=lambda p: p.stem)
def test_every_list_has_its_columns(path):
    columns = vocabulary.COLUMNS[path.stem]
    rows = vocabulary.entries(path.stem)
    assert rows, f"{path.name} is empty"
    optional = vocabulary.OPTIONAL_COLUMNS.get(path.stem, ())
    allowed = {len(columns) - k for k in range(len(optional) + 1)}
    assert {len(row) for row in rows} <= allowed, f"{path.name}: every row has the columns {columns}"
    assert all(all(row) for row in rows), f"{path.name}: an empty column"
    assert len(set(rows)) == len(rows), f"{path.name}: a row twice"


@pytest.mark.parametrize("text, status, status_text", [
    ("Исполнено", "executed", "Исполнено"),
    ("Реализовано", "executed", "Реализовано"),
    ("Не исполнено\nпо причине ...", "not_executed", "Не исполнено"),
    ("Частично исполнено", "partially_executed", "Частично исполнено"),
    ("Выполнено не в полном объеме", "partially_executed", "Выполнено не в полном объеме"),
    ("В стадии реализации", "partially_executed", "В стадии реализации"),
    ("Исполняется", "partially_executed", "Исполняется"),
    ("Достигнуто", None, "Достигнуто"),  # an indicator's wording, not a risk's
])
def test_risk_statuses(text, status, status_text):
    parsed = parse_risk_status(text)
    assert (parsed.status, parsed.status_text) == (status, status_text)


@pytest.mark.parametrize("text, status", [
    ("Достигнут", "achieved"),
    ("Перевыполнено", "achieved"),
    ("Недостигнут", "not_achieved"),
    ("Не-достигнут", "not_achieved"),
    ("Достигнут частично", "partially_achieved"),
    ("Не полностью достигнут", "partially_achieved"),
    ("Реализовано", None),  # a risk's wording, not an indicator's
])
def test_indicator_statuses(text, status):
    assert parse_indicator_status(text).status == status


@pytest.mark.parametrize("cell, kind", [
    ("н/д", "missing"), ("Н / Д", "missing"), ("нет  данных.", "missing"), ("Отсутствует", "missing"),
    ("x", "missing"), ("х", "missing"), ("*", "missing"), ("—", "missing"), ("", "missing"),
    ("нет", "unparsed"), ("отс.", "unparsed"), ("90", "number"),
])
def test_missing_value_marks(cell, kind):
    assert parse_cell_number(cell).kind == kind


@pytest.mark.parametrize("kind, headers, roles", [
    (RISK, ["№ п/п", "Наименование риска", "Меры по управлению", "Фактическое исполнение", "Причины", "Статус"],
     {"number": 0, "risk": 1, "planned_measures": 2, "actual_measures": 3, "comment": 4, "status": 5}),
    (RISK, ["Риски", "Планируемые мероприятия", "Ход исполнения мероприятий", "Отметка об исполнении"],
     {"risk": 0, "planned_measures": 1, "actual_measures": 2, "status": 3}),
    (INDICATOR, ["Наименование показателя", "Источник информации", "Ед. изм.", "План", "Факт", "Пояснение"],
     {"name": 0, "source": 1, "unit": 2, "plan": 3, "fact": 4, "comment": 5}),
    (INDICATOR, ["Целевой индикатор", "Плановое значение", "Фактическое значение", "Информация о достижении"],
     {"name": 0, "plan": 1, "fact": 2, "status": 3}),
])
def test_column_roles_by_header_wording(kind, headers, roles):
    assert map_columns([headers], kind).roles == roles


@pytest.mark.parametrize("name, lower", [
    ("Снижение уровня бедности", True),
    ("Уровень смертности от болезней", True),
    ("Среднее время ожидания в очереди", True),
    ("Место Казахстана в рейтинге", True),
    ("Ожидаемая продолжительность жизни", False),
    ("Раскрываемость преступлений", False),
    ("Доля населения, удовлетворенного услугами", False),
])
def test_which_way_is_better_by_the_name(name, lower):
    assert lower_is_better(Indicator(name=name)) is lower


@pytest.mark.parametrize("name, checked", [
    ("Доля выпускников, трудоустроенных по специальности", True),
    ("Удельный вес услуг в электронном виде", True),
    ("Уровень удовлетворенности", True),
    ("Темп роста ВВП", False),  # a change may pass 100 %
    ("Количество обращений", False),
])
def test_share_names_keep_a_percentage_within_0_100(name, checked):
    findings = check_percent_range(Indicator(name=name, unit="%", plan=120.0), "label")
    assert [f.code for f in findings] == (["percent_out_of_range"] if checked else [])


@pytest.mark.parametrize("written, agency", [
    ("МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН", "Министерство финансов Республики Казахстан"),
    ("АКИМАТА КАРАГАНДИНСКОЙ ОБЛАСТИ", "Акимат Карагандинской области"),
    ("КОМИТЕТА ПО ДЕЛАМ СПОРТА", "Комитет по делам спорта"),
])
def test_agency_names_in_capitals(written, agency):
    title = Paragraph(f"ОТЧЕТ О РЕАЛИЗАЦИИ СТРАТЕГИЧЕСКОГО ПЛАНА {written} НА 2017 – 2021 ГОДЫ", 0)
    assert find_identity([title]).agency == agency


def test_messages_name_the_parts_by_their_titles():
    assert SECTION_NAMES["indicators"] == "the indicator table (Достижение целей и целевых индикаторов)"
