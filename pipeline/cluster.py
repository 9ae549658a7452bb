"""The same batch on a Dask cluster, with the same bytes out: a runner for `run_extract` (pipeline.batch).

run_extract collects, deduplicates, names and writes; a runner hashes the files and extracts the documents.
ClusterRunner sends both to a Dask scheduler: the files are hashed by the workers (the client never reads a
document's bytes), then one task per distinct document. Only paths travel: the workers read the inputs from
a folder they share with the client (NFS, a mounted bucket) or through fsspec URLs (`s3://bucket/reports`,
with that store's package, e.g. s3fs, installed on client and workers).

Isolation holds as in the local pool: inside its Dask task each document runs in a child process of the
Dask worker, the very `Worker` of the local pool (kept warm between tasks, one per worker thread), under the
same time limit; a document that crashes or hangs its child becomes a failed document and the child is
replaced, while the Dask worker goes on. A Dask worker lost mid-task (killed from outside) costs a retry:
the scheduler gives its tasks to other workers; a task that loses `distributed.scheduler.allowed-failures`
workers in a row fails its document (extraction_failed) and the batch goes on.

The test hooks of the local pool (PIPELINE_TEST_HANG_ON / PIPELINE_TEST_CRASH_ON) travel with the tasks from
the client's environment to the Dask workers' children.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import multiprocessing
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Optional, cast

from pipeline.batch import TOO_LARGE, input_id
from pipeline.errors import UsageError
from pipeline.export import document_json
from pipeline.findings import finding
from pipeline.workers import (
    CRASH_HOOK,
    HANG_HOOK,
    Done,
    Limits,
    Task,
    Worker,
    failed_report,
    failure_reason,
)

SCHEDULER_VARIABLE = "PIPELINE_SCHEDULER"  # the scheduler's address when --scheduler is not given
INSTALL_HINT = "pip install 'kz-report-pipeline[distributed]'"
HASH_CHUNK = 16  # files hashed per Dask task: a few tasks per worker, not one per file
LOCAL_PROTOCOLS = {"", "file", "local"}


def dask_distributed() -> Any:
    """The `distributed` package, or UsageError (exit 2) saying what to install."""
    try:
        import distributed
    except ImportError as exc:
        raise UsageError(f"--scheduler needs Dask's distributed scheduler, which is not installed: {INSTALL_HINT}") from exc
    return distributed


@contextlib.contextmanager
def cluster_runner(address: str, jobs: int = 1) -> Iterator[ClusterRunner]:
    """A ClusterRunner connected to the scheduler at `address` (tcp://host:8786), or to a LocalCluster of `jobs`
    single-threaded worker processes started here for `address` "local"; closed on leaving."""
    distributed = dask_distributed()
    with contextlib.ExitStack() as stack:
        if address == "local":
            address = stack.enter_context(local_cluster(distributed, jobs)).scheduler_address
        try:
            client = stack.enter_context(distributed.Client(address, timeout="20s"))
        except (OSError, ValueError, TypeError) as exc:
            raise UsageError(f"--scheduler {address}: cannot reach a Dask scheduler there ({exc})") from exc
        check_workers(client)
        yield ClusterRunner(client)


def check_workers(client: Any) -> None:
    """UsageError unless every worker runs this very pipeline (same code, same word lists): else the outputs
    would depend on which worker took which document."""
    try:
        theirs = client.run(package_fingerprint)
    except Exception as exc:  # a worker that cannot even import the package
        raise UsageError(f"the Dask workers cannot run the pipeline ({type(exc).__name__}: {exc}); install this "
                         f"package, with {INSTALL_HINT}, on every worker") from exc
    ours = package_fingerprint()
    others = sorted(worker for worker, fingerprint in theirs.items() if fingerprint != ours)
    if others:
        raise UsageError(f"the Dask worker{'s' if len(others) > 1 else ''} {', '.join(others)} run{'' if len(others) > 1 else 's'} "
                         "another version of the pipeline than this client: install the same one everywhere")


def package_fingerprint() -> str:
    """The sha256 of the pipeline package's code and data files, by relative name."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".tsv")):
        digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# Dask's background work, slowed down for a cluster whose tasks each take a CPU for a while: an idle two-worker
# LocalCluster took 12-14 % of a core with the defaults (event-loop ticks every 20 ms, system and memory monitors,
# the sampling profiler), 2 % with these. The same settings suit `dask scheduler`/`dask worker` (README).
QUIET_DASK = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(distributed: Any, workers: int) -> Any:
    """A LocalCluster of single-threaded worker processes, quiet, without a dashboard, with QUIET_DASK."""
    import dask

    with dask.config.set(QUIET_DASK):
        # The scheduler's HTTP server (health, metrics) starts even without a dashboard: on a free port, not on 8787
        # with a warning when another cluster has it.
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                                        scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.ERROR)


@dataclass
class ClusterRunner:
    """Hashes and extracts on the Dask cluster of `client` (see the module's docstring)."""

    client: Any  # distributed.Client

    def path(self, raw: str) -> Path:
        return as_path(raw)

    def identify(self, paths: list[Path], max_file_size: int) -> list[str]:
        """Each file's input_id, computed on the workers; UsageError if a worker cannot see a file the client listed."""
        chunks = [paths[i:i + HASH_CHUNK] for i in range(0, len(paths), HASH_CHUNK)]
        answers = self.client.gather(self.client.map(identify_on_worker, chunks, max_file_size=max_file_size,
                                                     pure=False))
        ids = [digest for chunk in answers for digest, _ in chunk]
        missing = [(path, where) for chunk, answer in zip(chunks, answers, strict=True)
                   for path, (_, where) in zip(chunk, answer, strict=True) if where]
        if missing:
            path, where = missing[0]
            raise UsageError(f"{path}: listed here but not found on the Dask worker at {where} ({len(missing)} files so): "
                             "the workers must see the inputs at the same path (a shared folder) or through an fsspec URL")
        return ids

    def extract(self, tasks: list[Task], limits: Limits) -> Iterator[Done]:
        """One Dask task per document; each answer as its future completes (a lost task: a failed document)."""
        distributed = dask_distributed()
        hooks = {name: os.environ[name] for name in (HANG_HOOK, CRASH_HOOK) if name in os.environ}
        keys = [f"extract-{t.index}-{t.sha256[-8:]}" for t in tasks]
        futures = self.client.map(extract_on_worker, tasks, limits=limits, hooks=hooks, key=keys, pure=False)
        pending = {future.key: (future, task) for future, task in zip(futures, tasks, strict=True)}
        del futures  # a result is dropped from its worker once read
        try:
            for future in distributed.as_completed([f for f, _ in pending.values()]):
                _, task = pending.pop(future.key)
                yield future.result() if future.status == "finished" else lost_task(task, future)
        finally:
            self.client.cancel([f for f, _ in pending.values()])


def lost_task(task: Task, future: Any) -> Done:
    """The failed document of a task the cluster could not run (its workers died under it, or Dask failed)."""
    try:
        error = future.exception()
    except (Exception, asyncio.CancelledError) as exc:  # a cancelled future raises its CancelledError
        error = exc
    what = f"{type(error).__name__}: {error}".strip().rstrip(":")
    report = failed_report(task.path, task.display, task.sha256,
                           finding("extraction_failed", f"{task.display}: the Dask cluster could not run the extraction "
                                                        f"of this file ({what})"))
    return Done(task.index, document_json(report), failure_reason(report))


def as_path(raw: str) -> Path:
    """A command-line PATH: a local path, or for an fsspec URL (s3://..., file://...) a universal_pathlib UPath."""
    if "://" not in raw:
        return Path(raw)
    try:
        from upath import UPath
    except ImportError as exc:
        raise UsageError(f"{raw}: URLs need universal-pathlib and fsspec: {INSTALL_HINT}") from exc
    try:
        return cast(Path, UPath(raw))  # not a pathlib.Path, but with its interface: what the batch asks of a path
    except (ImportError, ValueError) as exc:  # no fsspec implementation for that protocol installed
        raise UsageError(f"{raw}: {exc}") from exc


def is_local(path: Path) -> bool:
    return getattr(path, "protocol", "") in LOCAL_PROTOCOLS


# --- on the Dask workers -----------------------------------------------------------------------------

def identify_on_worker(paths: list[Path], max_file_size: int) -> list[tuple[str, str]]:
    """(input_id, "" or this worker's host when the file is not there) for each path, read where the worker is."""
    return [(input_id(Path(p), max_file_size) if is_local(p) else stream_digest(p, max_file_size),
             "" if p.exists() else socket.gethostname()) for p in paths]


def stream_digest(path: Path, max_file_size: int) -> str:
    """input_id of a remote file, read in chunks (above max_file_size, only its size and first MiB, as
    pipeline.batch.content_id does); a marked id naming the error when it cannot be read."""
    digest = hashlib.sha256()
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            if size > max_file_size:
                return f"{TOO_LARGE}{size}:{hashlib.sha256(fh.read(1 << 20)).hexdigest()}"
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        return f"unreadable:{path}:{exc.strerror or exc}"
    return digest.hexdigest()


def extract_on_worker(task: Task, limits: Limits, hooks: dict[str, str]) -> Done:
    """A Dask task: one document through this thread's isolated child process, answered as the local pool answers."""
    if is_local(task.path):
        return extract_isolated_here(replace(task, path=Path(task.path)), limits, hooks)
    with tempfile.TemporaryDirectory(prefix="pipeline-") as tmp:
        copy = Path(tmp) / f"document{task.path.suffix}"
        try:
            with task.path.open("rb") as src, open(copy, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        except OSError as exc:
            report = failed_report(task.path, task.display, task.sha256, finding(
                "extraction_failed", f"{task.display}: the file could not be read from {task.path} ({exc.strerror or exc})"))
            return Done(task.index, document_json(report), failure_reason(report))
        return extract_isolated_here(replace(task, path=copy), limits, hooks)


def extract_isolated_here(task: Task, limits: Limits, hooks: dict[str, str]) -> Done:
    """A local file's task through this thread's child process: its answer, or a failure if it crashed, overran
    or went past the memory cap."""
    worker = kept_worker(limits, hooks)
    worker.give(task)
    done = None
    while done is None:
        wait([worker.conn, worker.process.sentinel], timeout=max(0.0, worker.deadline - time.monotonic()))
        done = worker.answer()
    if worker.broken or done.retire:  # it crashed, overran or ran out of memory: the next task gets a fresh one
        retire_worker()
    return done


_kept = threading.local()  # this thread's (limits, hooks, Worker): one warm child per worker thread


def kept_worker(limits: Limits, hooks: dict[str, str]) -> Worker:
    """This thread's child process under `limits`, started (with the client's test hooks in its environment) if
    there is none.

    Spawned, not forked: a forked child would inherit the Dask worker's address space, which its threads' stacks
    and malloc arenas make large (1152 MB for a worker of 8 threads here), and start past the --max-memory cap
    (an RLIMIT_AS of 1024 MiB by default) before reading a byte. A spawned child starts small; it is kept warm, so
    its start-up (the interpreter, the package) is paid once per worker thread and after each crash."""
    current = getattr(_kept, "entry", None)
    if current is not None and current[:2] == (limits, hooks) and current[2].process.is_alive():
        return current[2]
    retire_worker()
    for name in (HANG_HOOK, CRASH_HOOK):
        if name in hooks:
            os.environ[name] = hooks[name]
        else:
            os.environ.pop(name, None)
    # Dask starts its workers as daemonic processes, which multiprocessing forbids to have children of their own;
    # ours are daemonic themselves (stopped when the worker exits), so the worker need not be treated as a daemon.
    multiprocessing.current_process().daemon = False
    _kept.entry = (limits, dict(hooks), Worker(limits, "spawn"))
    return _kept.entry[2]


def retire_worker() -> None:
    """Stop this thread's child process, if any."""
    current: Optional[tuple[Limits, dict, Worker]] = getattr(_kept, "entry", None)
    _kept.entry = None
    if current is not None:
        current[2].stop()
