"""A Datasette metadata file for the SQLite database `load` writes: people browse the reports with

    datasette reports.sqlite -m metadata.json

Every table and column is described in Russian and English (columns from pipeline/datasette_columns.tsv),
tables get facets on agency, year and status, and canned queries answer the questions a single report
cannot: indicators not achieved two years running, one indicator over the years, indicators an agency
stopped reporting, plans lowered after a miss. The tables are read from the database file itself, so the
file always describes what is there.
"""
from __future__ import annotations

import functools
import json
import sqlite3
from pathlib import Path

METADATA_FILE = "metadata.json"
COLUMNS_FILE = Path(__file__).with_name("datasette_columns.tsv")

# table -> (Russian, English, facets)
TABLES = {
    "documents": ("Отчеты: одна строка на документ", "Reports: one row per document",
                  ["agency", "reporting_year", "status"]),
    "document_files": ("Все имена входных файлов документа", "Every input file name of a document", []),
    "risks": ("Анализ управления рисками: риски, мероприятия, исполнение", "Risk analysis: risks, measures, execution",
              ["status", "direction_number"]),
    "indicators": ("Целевые индикаторы: план, факт, достижение", "Target indicators: plan, actual value, achievement",
                   ["status", "unit", "direction_number"]),
    "facts": ("Числовые факты аналитической записки и таблицы рисков",
              "Numeric facts of the analytical note and the risk table", ["unit", "year", "part"]),
    "findings": ("Замечания проверки", "Findings of the checks", ["severity", "code"]),
    "agencies": ("Государственные органы под всеми их названиями", "Government agencies under all their names",
                 ["first_year", "last_year"]),
    "agency_names": ("Названия органов в отчетах и с каким органом они сопоставлены",
                     "Agency names in the reports and the agency each was matched to", ["rule"]),
    "series": ("Ряды: один индикатор одного органа по годам", "Series: one indicator of one agency over the years",
               ["agency", "first_year", "last_year"]),
    "series_members": ("Записи рядов: индикатор отчета, правило и оценка его связи",
                       "Series members: a report's indicator, the rule and score of its link", ["reporting_year", "rule"]),
    "series_mapping": ("Решения человека о связях (файл сопоставлений)", "A person's link decisions (the mapping file)",
                       ["kind"]),
    "series_years": ("План, факт и статус каждого ряда по отчетным годам",
                     "Plan, actual value and status of each series per reporting year", ["agency", "reporting_year", "status"]),
}

QUERIES = {
    "not_achieved_two_years_running": {
        "title": "Индикаторы, не достигнутые два года подряд / Indicators not achieved two years running",
        "sql": "SELECT a.agency, b.series_name, a.reporting_year AS first_year, b.reporting_year AS second_year,\n"
               "       a.plan AS first_plan, a.fact AS first_fact, b.plan AS second_plan, b.fact AS second_fact, a.series_id\n"
               "FROM series_years a JOIN series_years b ON b.series_id = a.series_id AND b.reporting_year = a.reporting_year + 1\n"
               "WHERE a.status = 'not_achieved' AND b.status = 'not_achieved'\n"
               "ORDER BY a.agency, b.series_name, b.reporting_year",
    },
    "one_indicator_over_the_years": {
        "title": "Один индикатор по годам / One indicator over the years",
        "description": "series_id: из таблицы series / from the series table",
        "sql": "SELECT reporting_year, name, unit, plan, fact, status, file, rule, score\n"
               "FROM series_years WHERE series_id = :series_id ORDER BY reporting_year",
    },
    "indicators_no_longer_reported": {
        "title": "Индикаторы, которых нет в последнем отчете органа / Indicators missing from the agency's latest report",
        "sql": "SELECT s.agency, s.name, s.last_year, ag.last_year AS agency_last_year, s.series_id\n"
               "FROM series s JOIN agencies ag ON ag.agency_key = s.agency_key\n"
               "WHERE s.last_year < ag.last_year ORDER BY s.agency, s.last_year, s.name",
    },
    "plan_lowered_after_a_miss": {
        "title": "План ниже прежнего после недостижения / Plan below the last one after a miss",
        "description": "Для индикаторов, где лучше больше / for indicators where higher is better",
        "sql": "SELECT a.agency, b.series_name, b.reporting_year, a.plan AS last_plan, a.fact AS last_fact, b.plan, a.series_id\n"
               "FROM series_years a JOIN series_years b ON b.series_id = a.series_id AND b.reporting_year = a.reporting_year + 1\n"
               "WHERE a.status = 'not_achieved' AND b.plan < a.plan ORDER BY a.agency, b.series_name",
    },
    "achievement_by_agency_and_year": {
        "title": "Достижение индикаторов по органам и годам / Indicators achieved by agency and year",
        "sql": "SELECT agency, reporting_year, COUNT(*) AS indicators,\n"
               "       SUM(status = 'achieved') AS achieved, SUM(status = 'partially_achieved') AS partially_achieved,\n"
               "       SUM(status = 'not_achieved') AS not_achieved\n"
               "FROM series_years GROUP BY agency, reporting_year ORDER BY agency, reporting_year",
    },
    "agency_names": {
        "title": "Органы под всеми названиями / Agencies under all their names",
        "sql": "SELECT ag.agency, n.name, n.rule, n.score, ag.first_year, ag.last_year\n"
               "FROM agency_names n JOIN agencies ag ON ag.agency_key = n.agency_key ORDER BY ag.agency, n.name",
    },
}


@functools.cache
def column_descriptions() -> dict[str, tuple[str, str]]:
    """column or table.column -> (Russian, English)."""
    out = {}
    for line in COLUMNS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, ru, en = line.split("\t")
            out[key] = (ru, en)
    return out


def describe(table: str, column: str) -> str:
    """"Русский / English" for one column; the column's own name for one nobody described (a test sees to it that
    there is none)."""
    described = column_descriptions().get(f"{table}.{column}") or column_descriptions().get(column)
    return f"{described[0]} / {described[1]}" if described else column


def relations(database: Path) -> dict[str, list[str]]:
    """Every table and view of the SQLite file with its columns."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")]
        return {name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')] for name in names}


def metadata(database: Path) -> dict:
    """The metadata of one database file (Datasette names a database after its file's stem)."""
    tables = {}
    for name, columns in relations(database).items():
        if name not in TABLES:
            continue  # a table of someone else's
        ru, en, facets = TABLES[name]
        tables[name] = {
            "description": f"{ru} / {en}",
            "columns": {c: describe(name, c) for c in columns},
            **({"facets": [f for f in facets if f in columns]} if facets else {}),
        }
    return {
        "title": "Отчеты о реализации стратегических планов / Strategic plan implementation reports",
        "description": "Риски, целевые индикаторы, факты и замечания из отчетов госорганов Казахстана; индикаторы по годам. / "
                       "Risks, target indicators, facts and findings of Kazakh agencies' reports; indicators over the years.",
        "databases": {database.stem: {"tables": tables, "queries": QUERIES}},
    }


def write_metadata(database: Path) -> Path:
    """metadata.json next to the database file."""
    path = database.parent / METADATA_FILE
    path.write_text(json.dumps(metadata(database), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
