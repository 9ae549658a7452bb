"""The batch on a Dask cluster (run by tests/test_distributed.py in a pytest process of its own): the same bytes as a
local run, a crash and a hang failing alone, a worker killed mid-run survived, and the acceptance check (a
scheduler and two workers started as processes of their own)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers import DOCX, PDF, add_bad_files, cli, cli_in_process, copy_into, files_of
from pipeline import DEFAULT_MAX_FILE_SIZE
from pipeline.batch import CRASH_HOOK, HANG_HOOK, Task, run_extract
from pipeline.db import load
from pipeline.extract import extract_document, sha256_of
from pipeline.workers import Limits

distributed = pytest.importorskip("distributed", reason="the [distributed] extra is not installed")

from pipeline.cluster import (  # noqa: E402
    INSTALL_HINT,
    SCHEDULER_VARIABLE,
    cluster_runner,
    extract_on_worker,
    identify_on_worker,
    retire_worker,
)

# As in test_batch: long enough for a real document on a busy shared machine, short enough for a quick test.
HANG_TIMEOUT = 10


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Good and broken reports: every sample as DOCX and PDF, one DOCX again under another name, three bad files."""
    folder = copy_into(tmp_path_factory.mktemp("mixed"), DOCX + PDF)
    copy_into(folder / "copies", [])
    shutil.copy(DOCX[0], folder / "copies" / "same_bytes.docx")
    add_bad_files(folder)
    return folder


@pytest.fixture(scope="module")
def local_run(mixed, tmp_path_factory) -> Path:
    """The mixed folder extracted by the local pool with one worker: the reference."""
    out = tmp_path_factory.mktemp("local")
    run_extract([str(mixed)], out, jobs=1)
    return out


@pytest.fixture(scope="module")
def local_db(local_run, tmp_path_factory) -> list[str]:
    """The local run loaded into SQLite, as sorted statements."""
    db = tmp_path_factory.mktemp("local_db") / "local.sqlite"
    load(local_run, f"sqlite:///{db}")
    return _dump(db)


@pytest.fixture(scope="module")
def runner():
    """A LocalCluster of two single-threaded worker processes, for the whole module."""
    with cluster_runner("local", jobs=2) as runner:
        yield runner
        children = _children(runner.client)
    _reap(children)


def _children(client, workers=None) -> list:
    """The processes the Dask workers started (the documents' child processes), as psutil.Process objects."""
    import psutil

    pids = client.run(lambda: [c.pid for c in psutil.Process().children(recursive=True)], workers=workers)
    return [psutil.Process(pid) for found in pids.values() for pid in found]


def _reap(processes: list) -> None:
    """Kill those of the processes still running: the children of Dask workers that were killed themselves.
    (Without a parent-death signal, a child blocked on its pipe would outlive its killed worker.)"""
    for process in processes:
        if process.is_running():
            process.kill()


def test_outputs_on_a_local_cluster_are_byte_identical_to_one_job(mixed, local_run, local_db, runner, tmp_path,
                                                                  monkeypatch):
    out = tmp_path / "out"
    result = run_extract([str(mixed)], out, runner=runner)
    assert files_of(out) == files_of(local_run)  # every JSON, every CSV, datapackage.json
    assert {o.input.display[0] for o in result.failed} == {"empty.docx", "truncated.docx", "notes.pdf"}
    assert result.peak_worker_rss > 0

    monkeypatch.setenv(SCHEDULER_VARIABLE, runner.client.scheduler.address)  # the address from the environment
    db = tmp_path / "cluster.sqlite"
    status, _, err = cli_in_process("extract", mixed, "-o", out, "--skip-existing", "--db", f"sqlite:///{db}")
    assert (status, files_of(out)) == (1, files_of(local_run)) and "(9 already in" in err, err
    assert _dump(db) == local_db  # the database load


def test_file_urls_read_by_the_workers_give_the_same_outputs(mixed, local_run, runner, tmp_path):
    run_extract([f"file://{mixed}"], tmp_path, runner=runner)
    assert files_of(tmp_path) == files_of(local_run)


def test_a_remote_file_is_hashed_and_extracted_from_a_copy_on_the_worker(tmp_path):
    """The worker side of an fsspec URL, run here: memory:// is a store this process alone sees."""
    upath = pytest.importorskip("upath")
    remote = upath.UPath(f"memory://{tmp_path.name}/reports/{DOCX[0].name}")
    remote.write_bytes(DOCX[0].read_bytes())
    missing = upath.UPath(f"memory://{tmp_path.name}/reports/gone.docx")
    assert identify_on_worker([remote], DEFAULT_MAX_FILE_SIZE)[0] == (sha256_of(DOCX[0]), "")
    assert identify_on_worker([remote], 1000)[0][0].startswith("too-large:")  # not read whole, as a local file
    assert identify_on_worker([missing], DEFAULT_MAX_FILE_SIZE)[0][1]  # the worker's host: the file is not there
    try:
        done = extract_on_worker(Task(0, remote, DOCX[0].name, sha256_of(DOCX[0])), Limits(HANG_TIMEOUT), {})
    finally:
        retire_worker()
    assert json.loads(done.text) == extract_document(DOCX[0]).model_dump(mode="json") and done.reason is None


def test_a_crashing_and_a_hanging_document_fail_alone_and_the_workers_stay(runner, tmp_path, monkeypatch):
    src = copy_into(tmp_path / "in", DOCX)
    shutil.copy(PDF[0], src / "hangs_parser.pdf")
    shutil.copy(PDF[1], src / "crashes_parser.pdf")
    monkeypatch.setenv(HANG_HOOK, "hangs_parser")  # set in the client: they travel with the tasks to the workers
    monkeypatch.setenv(CRASH_HOOK, "crashes_parser")
    workers = set(runner.client.scheduler_info()["workers"])
    start = time.monotonic()
    result = run_extract([str(src)], tmp_path / "out", timeout=HANG_TIMEOUT, runner=runner)
    reasons = {o.input.display[0]: o.reason for o in result.outcomes}
    assert f"did not finish within {HANG_TIMEOUT} s" in reasons.pop("hangs_parser.pdf")
    assert "worker extracting this file crashed (exit status 70)" in reasons.pop("crashes_parser.pdf")
    assert reasons == {p.name: None for p in DOCX}
    assert time.monotonic() - start < 60
    assert set(runner.client.scheduler_info()["workers"]) == workers  # the Dask workers lived on: only children died


def test_a_worker_killed_mid_run_costs_a_retry_not_the_batch(mixed, local_run, runner, tmp_path):
    client = runner.client
    pids = client.run(os.getpid)
    run = threading.Thread(target=run_extract, args=([str(mixed)], tmp_path), kwargs={"runner": runner})
    run.start()
    busy = _busy_worker(client, run)
    assert busy, "no worker was seen extracting"
    children = _children(client, [busy])
    os.kill(pids[busy], signal.SIGKILL)
    run.join(300)
    _reap(children)
    assert files_of(tmp_path) == files_of(local_run)  # every document, as if nothing had happened
    client.wait_for_workers(2, timeout=120)  # the nanny started a new worker
    assert busy not in client.scheduler_info()["workers"]


def _busy_worker(client, run: threading.Thread) -> str:
    """The address of a worker holding an extraction task (the first seen), or "" if the run ends first."""
    while run.is_alive():
        for worker, keys in client.processing().items():
            if any(str(k).startswith("extract-") for k in keys):
                return worker
        time.sleep(0.05)
    return ""


def test_acceptance_scheduler_and_workers_as_processes_same_bytes_as_a_local_run(mixed, local_run, local_db, tmp_path):
    scheduler_file = tmp_path / "scheduler.json"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"], [sys.executable, "-m", "distributed.cli.dask_worker"]
    # --dashboard-address :0: the HTTP server starts even without the dashboard, and 8787 may be taken here
    scheduler = [*dask[0], "--scheduler-file", scheduler_file, "--port", "0", "--no-dashboard", "--dashboard-address", ":0"]
    started = [_start(scheduler, tmp_path / "s.log")]
    children: list = []
    try:
        address = _address(scheduler_file, started[0])
        started += [_start([*dask[1], address, "--nthreads", "1", "--no-dashboard"], tmp_path / f"w{n}.log") for n in (1, 2)]
        out, db = tmp_path / "out", tmp_path / "cluster.sqlite"
        with distributed.Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
            done = cli("extract", mixed, "-o", out, "--scheduler", address, "--db", f"sqlite:///{db}")
            children = _children(client)
        assert done.returncode == 1, done.stderr  # the three broken files fail; the good ones are all extracted
        assert files_of(out) == files_of(local_run)
        assert _dump(db) == local_db
    finally:
        for process in reversed(started):
            process.terminate()
        for process in reversed(started):
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        _reap(children)


def _start(command: list, log: Path) -> subprocess.Popen:
    with open(log, "wb") as fh:
        return subprocess.Popen([str(c) for c in command], stdout=fh, stderr=subprocess.STDOUT)


def _address(scheduler_file: Path, scheduler: subprocess.Popen) -> str:
    """The scheduler's address, once it has written its file."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and scheduler.poll() is None:
        try:
            return json.loads(scheduler_file.read_text(encoding="utf-8"))["address"]
        except (OSError, ValueError, KeyError):
            time.sleep(0.2)
    raise AssertionError(f"the scheduler did not start (exit status {scheduler.poll()})")


def _dump(db: Path) -> list[str]:
    """The database's statements, sorted (the loader creates its indexes in no fixed order)."""
    with sqlite3.connect(db) as conn:
        return sorted(conn.iterdump())


def test_without_dask_the_scheduler_option_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails as if it were not installed
    status, _, err = cli_in_process("extract", DOCX[0], "-o", tmp_path / "out", "--scheduler", "local")
    assert status == 2 and INSTALL_HINT in err and not (tmp_path / "out").exists()


def test_urls_need_a_scheduler(tmp_path):
    status, _, err = cli_in_process("extract", f"file://{DOCX[0].parent}", "-o", tmp_path / "out")
    assert status == 2 and "--scheduler local" in err
