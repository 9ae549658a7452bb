"""Fixtures shared by the tests (a throwaway PostgreSQL, the extracted history archive); plain helpers are in helpers.py."""
from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from helpers import HISTORY, SAMPLES, free_port, postgres_bindir


@pytest.fixture(scope="session")
def extracted():
    """Extract each sample file once per test session: (name, format) -> document dict."""
    from pipeline.extract import extract_document

    cache: dict[tuple[str, str], dict] = {}

    def get(name: str, fmt: str) -> dict:
        key = (name, fmt)
        if key not in cache:
            path = SAMPLES / f"{name}.{fmt}"
            if not path.exists():
                pytest.skip(f"{path.name} not built")
            cache[key] = extract_document(path).model_dump(mode="json")
        return cache[key]

    return get


@pytest.fixture(scope="session")
def postgres_driver():
    """Skip, saying why, when no PostgreSQL driver is installed."""
    pytest.importorskip("psycopg2", reason="the PostgreSQL driver psycopg2 is not installed (pip install -e '.[postgres]')")


@pytest.fixture(scope="session")
def postgres_server(postgres_driver):
    """A PostgreSQL cluster of its own for this test session, listening on 127.0.0.1 only: its URL."""
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's `postgresql` package")
    base = Path(tempfile.mkdtemp(prefix="pipeline-pg-"))
    user = {}
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        owner = pwd.getpwnam("postgres")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        user = {"user": owner.pw_uid, "group": owner.pw_gid}
    port, data = free_port(), base / "data"
    pg_ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-w"]
    try:
        subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                        "--no-locale", "--no-sync"], check=True, capture_output=True, cwd=base, **user)
        subprocess.run([*pg_ctl, "-l", str(base / "server.log"), "-o", f"-h 127.0.0.1 -p {port} -k {base} -F", "start"],
                       check=True, capture_output=True, cwd=base, **user)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True, cwd=base, **user)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    from pipeline.db import connect, metadata

    url = request.getfixturevalue("postgres_server")
    engine = connect(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def history_run(tmp_path_factory) -> Path:
    """samples/history/archive/ (two agencies over four years) extracted once: the run folder."""
    from pipeline.batch import run_extract

    out = tmp_path_factory.mktemp("history_run")
    run_extract([str(HISTORY / "archive")], out, jobs=2)
    return out


@pytest.fixture(scope="session")
def history_truth() -> dict:
    return json.loads((HISTORY / "truth.json").read_text(encoding="utf-8"))
