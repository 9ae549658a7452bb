"""Series in the database (SQLite and a throwaway PostgreSQL alike), and browsing it with Datasette.

The history archive is loaded; the series tables and the view must hold the truth's series, loading again must
change nothing, a new year must change no id, the mapping file must be kept, and every canned query of the
Datasette metadata must run in Datasette itself.
"""
from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from helpers import cli_in_process
from pipeline.datasette import QUERIES, TABLES, describe
from pipeline.db import connect, load, load_documents, read_run
from pipeline.series.store import SERIES_TABLES, VIEW, series_mapping


def rows(url: str) -> dict[str, list]:
    """Every row of the series tables and of the view, sorted."""
    engine = connect(url)
    with engine.connect() as conn:
        out = {t.name: sorted(map(tuple, conn.execute(select(t))), key=repr) for t in SERIES_TABLES}
        out[VIEW] = sorted(map(tuple, conn.execute(text(f"SELECT * FROM {VIEW}"))), key=repr)
    engine.dispose()
    return out


def series_json(url: str) -> list[dict]:
    status, out, err = cli_in_process("series", "--db", url)
    assert status == 0, err
    return json.loads(out)


def test_load_builds_the_series_and_the_view(history_run, history_truth, db_url):
    load(history_run, db_url)
    tables = rows(db_url)
    members = sum(len(s["members"]) for s in history_truth["series"])
    copies = sum(1 for s in history_truth["series"] for m in s["members"] if m["file"].endswith(".pdf")
                 and m["file"].replace(".pdf", ".docx") in {x["file"] for x in s["members"]})
    assert (len(tables["series"]), len(tables["series_members"])) == (len(history_truth["series"]), members)
    assert len(tables[VIEW]) == members - copies  # one row per series and year: the PDF copy of a DOCX left out
    assert len(tables["agencies"]) == 2 and len(tables["agency_names"]) == 3


def test_loading_twice_gives_the_same_rows_and_ids(history_run, db_url):
    load(history_run, db_url)
    once = rows(db_url)
    load(history_run, db_url)
    assert rows(db_url) == once


def test_a_new_year_changes_no_id(history_run, db_url):
    documents = read_run(history_run)
    engine = connect(db_url)
    load_documents(engine, [d for d in documents if d.doc["report"]["reporting_year"] not in (2019, 2021)])
    engine.dispose()
    before = {m["document_id"] + str(m["index"]): s["series_id"] for s in series_json(db_url) for m in s["members"]}
    load(history_run, db_url)
    after = {m["document_id"] + str(m["index"]): s["series_id"] for s in series_json(db_url) for m in s["members"]}
    assert before and all(after[key] == sid for key, sid in before.items())
    assert len(after) > len(before)


def test_the_mapping_is_kept_for_later_loads(history_run, tmp_path, db_url):
    out = Path(shutil.copytree(history_run, tmp_path / "run"))
    agency = "Министерство труда и социальной защиты населения Республики Казахстан"
    (out / "series_mapping.csv").write_text(
        "kind,agency,reporting_year,name,target,comment\n"
        f"indicator,{agency},2020,Уровень безработицы в Республике Казахстан,new,a person's decision\n", encoding="utf-8")
    status, _, err = cli_in_process("load", out, "--db", db_url)
    assert status == 0, err
    (out / "series_mapping.csv").unlink()
    load(out, db_url)  # a later load without the file: the database's copy applies
    member = next(m for s in series_json(db_url) for m in s["members"]
                  if m["name"] == "Уровень безработицы в Республике Казахстан")
    assert (member["rule"], member["score"]) == ("manual", 100.0)
    engine = connect(db_url)
    with engine.connect() as conn:
        assert [r.comment for r in conn.execute(select(series_mapping))] == ["a person's decision"]
    engine.dispose()


def test_series_from_the_database_equal_those_from_the_run(history_run, tmp_path):
    url = f"sqlite:///{tmp_path / 'reports.sqlite'}"
    load(history_run, url)
    status, out, err = cli_in_process("series", history_run)
    assert status == 0, err
    from_run = json.loads(out)
    from_db = series_json(url)
    strip = [{**s, "members": [{k: v for k, v in m.items() if k != "file"} for m in s["members"]]} for s in from_db]
    assert strip == [{**s, "members": [{k: v for k, v in m.items() if k != "file"} for m in s["members"]]} for s in from_run]


# ------------------------------------------------------------------------------------------ Datasette


@pytest.fixture(scope="module")
def browsable(history_run, tmp_path_factory) -> Path:
    """The archive loaded into SQLite the default way: reports.sqlite and metadata.json in the run folder."""
    out = Path(shutil.copytree(history_run, tmp_path_factory.mktemp("browse") / "run"))
    status, _, err = cli_in_process("load", out)
    assert status == 0, err
    return out


def test_load_writes_the_metadata_next_to_the_database(browsable):
    metadata = json.loads((browsable / "metadata.json").read_text(encoding="utf-8"))
    database = metadata["databases"]["reports"]
    assert set(database["tables"]) == set(TABLES) and set(database["queries"]) == set(QUERIES)
    for name, table in database["tables"].items():
        assert " / " in table["description"], name
        undescribed = [c for c, words in table["columns"].items() if words == c or " / " not in words]
        assert not undescribed, f"{name}: columns without a description: {undescribed}"
    assert database["tables"]["series_years"]["facets"] == ["agency", "reporting_year", "status"]
    assert describe("series", "name") != describe("indicators", "name")


def test_datasette_runs_every_canned_query(browsable):
    datasette = pytest.importorskip("datasette.app", reason="Datasette is in the test extra (pip install -e '.[test]')")
    metadata = json.loads((browsable / "metadata.json").read_text(encoding="utf-8"))
    app = datasette.Datasette([str(browsable / "reports.sqlite")], metadata=metadata)
    unemployment = next(s["series_id"] for s in json.loads(cli_in_process("series", browsable)[1])
                        if s["name"] == "Уровень безработицы")

    async def results() -> dict[str, list]:
        out = {}
        for name in QUERIES:
            response = await app.client.get(f"/reports/{name}.json?_shape=array&series_id={unemployment}")
            assert response.status_code == 200, (name, response.text[:500])
            out[name] = response.json()
        page = await app.client.get("/reports/series_years")
        assert page.status_code == 200 and "Plan, actual value and status" in page.text
        return out

    answers = asyncio.run(results())
    assert all(answers.values()), [name for name, rows in answers.items() if not rows]
    assert [r["reporting_year"] for r in answers["one_indicator_over_the_years"]] == [2018, 2019, 2020, 2021]
    running = {(r["series_name"], r["second_year"]) for r in answers["not_achieved_two_years_running"]}
    assert ("Уровень безработицы", 2021) in running
