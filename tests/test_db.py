"""Loading a run into SQLite and into a real PostgreSQL: rows equal the CSV tables, reloads replace, failures change nothing.

The PostgreSQL tests start a throwaway cluster (initdb in a temporary folder, 127.0.0.1 and a free port,
as the `postgres` user when run as root) and skip, saying why, when the server binaries or the psycopg2
driver are absent.
"""
from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import Double, Integer, event, inspect, select
from sqlalchemy.exc import OperationalError

from helpers import DOCX, PDF, add_bad_files, cli, cli_in_process, copy_into, free_port, load_expected
from pipeline.batch import run_extract
from pipeline.datapackage import table_field_types
from pipeline.db import connect, document_files, load, load_documents, metadata, read_run
from pipeline.errors import LoadError
from pipeline.export import TABLES, restore_cell

# Text cells as written: the CSV neutralises formulas with a leading apostrophe (pipeline.export), the database does not.
CAST = {"integer": int, "number": float, "string": restore_cell}


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    """Every sample (DOCX and PDF), one DOCX under a second name, bad files: extracted once."""
    src = copy_into(tmp_path_factory.mktemp("src"), DOCX + PDF)
    shutil.copy(DOCX[0], src / "second_name.docx")
    add_bad_files(src)
    out = tmp_path_factory.mktemp("run")
    run_extract([str(src)], out, jobs=2)
    return out


def csv_table(path: Path, table: str) -> list[tuple]:
    """A CSV table's rows, each value cast to its column's type (empty -> None)."""
    fields = table_field_types(table)
    with open(path, newline="", encoding="utf-8") as fh:
        return [tuple(None if row[c] == "" else CAST[ft.type](row[c]) for c, ft in fields.items())
                for row in csv.DictReader(fh)]


def db_table(url: str, table: str) -> list[tuple]:
    engine = connect(url)
    with engine.connect() as conn:
        sql = metadata.tables[table]
        rows = [tuple(r) for r in conn.execute(select(*sql.columns))]
    engine.dispose()
    return rows


def snapshot(url: str) -> dict[str, list]:
    """Every row of every table there is, sorted."""
    engine = connect(url)
    with engine.connect() as conn:
        present = inspect(conn).get_table_names()
        out = {t.name: sorted(map(tuple, conn.execute(select(t))), key=repr) for t in metadata.sorted_tables if t.name in present}
    engine.dispose()
    return out


def test_rows_equal_the_csv_tables(run_dir, db_url):
    count, _ = load(run_dir, db_url)
    documents = csv_table(run_dir / "documents.csv", "documents")
    first_rows = list({row[0]: row for row in reversed(documents)}.values())
    assert count == len(first_rows) == len(list(run_dir.glob("*.json"))) - 1
    assert sorted(db_table(db_url, "documents"), key=repr) == sorted(first_rows, key=repr)
    assert sorted(db_table(db_url, "document_files")) == sorted((row[0], row[1]) for row in documents)
    for table in TABLES:
        assert sorted(db_table(db_url, table), key=repr) == sorted(csv_table(run_dir / f"{table}.csv", table), key=repr), table


def test_users_find_an_indicator_by_agency_year_and_name(run_dir, db_url):
    load(run_dir, db_url)
    expected = load_expected("agds_2019")
    wanted = next(i for i in expected["indicators"] if i["plan"] is not None and i["fact"] is not None)
    documents, indicators = metadata.tables["documents"], metadata.tables["indicators"]
    query = (select(documents.c.format, indicators.c.plan, indicators.c.fact)
             .join(indicators, indicators.c.document_id == documents.c.document_id)
             .where(documents.c.agency == expected["report"]["agency"],
                    documents.c.reporting_year == expected["report"]["reporting_year"],
                    indicators.c.name == wanted["name"]))
    engine = connect(db_url)
    with engine.connect() as conn:
        found = sorted(tuple(r) for r in conn.execute(query))
    engine.dispose()
    assert found == [("docx", wanted["plan"], wanted["fact"]), ("pdf", wanted["plan"], wanted["fact"])]


def test_loading_again_replaces_instead_of_duplicating(run_dir, db_url):
    load(run_dir, db_url)
    once = snapshot(db_url)
    load(run_dir, db_url)
    assert snapshot(db_url) == once


def test_a_load_failing_halfway_leaves_the_database_as_it_was(run_dir, db_url):
    load(run_dir, db_url)
    before = snapshot(db_url)
    engine = connect(db_url)
    inserts = []

    @event.listens_for(engine, "before_cursor_execute")
    def fail_on_third_document(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO documents"):
            inserts.append(statement)
            if len(inserts) == 3:
                raise OperationalError(statement, parameters, Exception("connection lost (simulated)"))

    with pytest.raises(LoadError, match="nothing was changed"):
        load_documents(engine, read_run(run_dir))
    engine.dispose()
    assert len(inserts) == 3 and snapshot(db_url) == before


def test_types_keys_and_indexes(run_dir, db_url):
    load(run_dir, db_url)
    engine = connect(db_url)
    schema = inspect(engine)
    types = {(t, c["name"]): c["type"] for t in ("documents", "indicators", "facts") for c in schema.get_columns(t)}
    for number in [("indicators", "plan"), ("indicators", "fact"), ("facts", "value")]:
        assert isinstance(types[number], Double), number
    for year in [("documents", "reporting_year"), ("documents", "plan_period_start"), ("facts", "year")]:
        assert isinstance(types[year], Integer), year
    assert schema.get_pk_constraint("documents")["constrained_columns"] == ["document_id"]
    for table in TABLES + ("document_files",):
        fks = schema.get_foreign_keys(table)
        assert [(fk["constrained_columns"], fk["referred_table"]) for fk in fks] == [(["document_id"], "documents")]
    indexed = {(t, tuple(i["column_names"])) for t in ("documents", "indicators") for i in schema.get_indexes(t)}
    assert {("documents", ("agency",)), ("documents", ("reporting_year",)), ("indicators", ("name",))} <= indexed
    assert document_files.name in schema.get_table_names()
    engine.dispose()


def test_load_command_defaults_to_sqlite_in_outdir(run_dir, tmp_path):
    out = Path(shutil.copytree(run_dir, tmp_path / "out"))
    done = cli("load", out)
    assert done.returncode == 0, done.stderr
    assert (out / "reports.sqlite").is_file() and "documents loaded into sqlite:///" in done.stderr
    assert snapshot(f"sqlite:///{out / 'reports.sqlite'}")["documents"]


def test_extract_and_load_into_postgresql_in_one_run(tmp_path, postgres_server):
    src = copy_into(tmp_path / "in", DOCX)
    engine = connect(postgres_server)
    metadata.drop_all(engine)
    engine.dispose()
    done = cli("extract", src, "-o", tmp_path / "out", "--jobs", 2, "--db", postgres_server)
    assert done.returncode == 0 and f"{len(DOCX)} documents loaded into postgresql" in done.stderr
    assert len(snapshot(postgres_server)["documents"]) == len(DOCX)


def test_an_unreachable_database_exits_1(run_dir, postgres_driver):
    done = cli("load", run_dir, "--db", f"postgresql://nobody@127.0.0.1:{free_port()}/none")
    assert done.returncode == 1 and "could not load into postgresql" in done.stderr


def test_a_missing_driver_is_bad_usage_with_advice(run_dir, monkeypatch):
    """Without psycopg2 (nor psycopg 3) a PostgreSQL URL exits 2 and says what to install, without a traceback."""
    for driver in ("psycopg2", "psycopg"):
        monkeypatch.setitem(sys.modules, driver, None)  # `import psycopg2` now raises ImportError
    status, _, stderr = cli_in_process("load", run_dir, "--db", f"postgresql://nobody@127.0.0.1:{free_port()}/none")
    assert status == 2 and "driver is not installed" in stderr and "pip install" in stderr
    assert "Traceback" not in stderr


def test_rates_keep_their_base_in_the_csv_and_the_database(run_dir, db_url):
    """Issue 11: every new fact field is in the CSV and the database: "коэффициент ... 0,25 на 1 000 работающих"
    (samples/ministry_landscape_2020.docx) is a rate per 1000 "работающих" in both."""
    load(run_dir, db_url)
    columns = list(table_field_types("facts"))
    in_db = {r for r in db_table(db_url, "facts") if r[columns.index("per")] is not None}
    in_csv = {r for r in csv_table(run_dir / "facts.csv", "facts") if r[columns.index("per")] is not None}
    assert in_db == in_csv
    rates = {(r[columns.index("value")], r[columns.index("unit")], r[columns.index("per")], r[columns.index("per_object")])
             for r in in_db}
    assert {(0.25, "ratio", 1000.0, "работающих"), (5.1, "count", 100000.0, "работающих")} <= rates
