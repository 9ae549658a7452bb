"""Documents extracted in isolated worker processes, each under a time limit and a memory cap.

A document that makes its worker crash (segfault, os._exit), run past the time limit or allocate past the
memory cap becomes a failed document with its reason; the worker is killed and replaced, the others go on.
`extract`, `validate` and the library all run documents through `extract_isolated`.

Worker-side set-up is in plain functions (`limit_memory`, `die_with_parent`, `run_task`) so that another
scheduler's worker (a Dask worker plugin, say) can apply the same limits and answer the same way.

The workers stay in the batch's process group, so a signal sent to the group (timeout(1), a job cancelled
from the shell) reaches them too; on Linux each also asks the kernel to kill it when its parent dies
(PR_SET_PDEATHSIG), so kill -9 of the parent leaves no orphan.

Test-only hooks, honoured in the worker: PIPELINE_TEST_HANG_ON=<substring> makes it sleep forever on a
file whose name contains the substring (a hung parser); PIPELINE_TEST_CRASH_ON=<substring> makes it
exit at once with os._exit (a crashed parser).
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from pipeline import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT
from pipeline.export import document_json
from pipeline.extract import extract_document, sha256_of
from pipeline.findings import FAILURE_CODES, finding
from pipeline.models import Finding, Report, Source
from pipeline.readers import declared_format
from pipeline.readers.ocr import OcrOptions

if TYPE_CHECKING:  # ForkContext exists only where fork does
    from multiprocessing.context import ForkContext, SpawnContext

HANG_HOOK, CRASH_HOOK = "PIPELINE_TEST_HANG_ON", "PIPELINE_TEST_CRASH_ON"
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Limits:
    """What one document may take: seconds of wall time, MiB of address space (None: no cap)."""

    timeout: float = DEFAULT_TIMEOUT
    max_memory: Optional[int] = DEFAULT_MAX_MEMORY


DEFAULT_LIMITS = Limits()


@dataclass
class Task:
    """One document for a worker: its index in the run, where to read it, the name to report."""

    index: int
    path: Path
    display: str
    sha256: str
    ocr: Optional[OcrOptions] = None  # when to OCR PDF pages (None: the default, --ocr auto)


@dataclass
class Done:
    """A worker's answer: the document's JSON text and its failure reason, if any."""

    index: int
    text: str
    reason: Optional[str]
    peak_rss: int = 0
    retire: bool = False  # the worker ran out of memory: replace it rather than trust its heap


# --- one document, never raising -----------------------------------------------------------------------

def failure_reason(report: Report | dict) -> Optional[str]:
    """Why the document counts as not extracted (its findings of a failing code), or None."""
    findings = report.findings if isinstance(report, Report) else [Finding(**f) for f in report["findings"]]
    reasons = [f.message for f in findings if f.code in FAILURE_CODES]
    return "; ".join(reasons) or None


def extract_one(path: Path, display: str, digest: Optional[str] = None, ocr: Optional[OcrOptions] = None,
                max_memory: Optional[int] = None) -> dict:
    """Extract one document, never raising: an unexpected error becomes an `extraction_failed` finding."""
    digest = digest if digest is not None else _digest(path)
    try:
        return extract_document(path, display_name=display, ocr=ocr).model_dump(mode="json")
    except MemoryError:
        return failed_report(path, display, digest, memory_finding(display, max_memory))
    except Exception as exc:  # one broken document must not end the batch
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return failed_report(path, display, digest,
                             finding("extraction_failed", f"{display}: the extractor failed on this file ({detail})"))


def memory_finding(display: str, max_memory: Optional[int]) -> Finding:
    limit = f" of {max_memory} MiB" if max_memory else ""
    return finding("extraction_failed", f"{display}: the extraction went past the memory limit{limit} and was stopped")


def _digest(path: Path) -> str:
    """The file's sha256, or "" when it cannot be read."""
    try:
        return sha256_of(path)
    except OSError:
        return ""


def failed_report(path: Path, display: str, digest: str, problem: Finding) -> dict:
    """The document object of a file that could not be extracted: its identity and the finding saying why."""
    return Report(
        document_id=digest,
        source=Source(file=display, format=declared_format(path), sha256=digest),
        findings=[problem],
    ).model_dump(mode="json")


# --- worker side ---------------------------------------------------------------------------------------

def limit_memory(max_memory: Optional[int]) -> None:
    """Cap this process's address space at `max_memory` MiB: an allocation past it fails (MemoryError in Python,
    a refused malloc in C libraries) instead of growing the process."""
    if not max_memory:
        return
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = max_memory << 20
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def no_core_dumps() -> None:
    """A worker that aborts (a C library refusing to go past the memory cap) must not spend a minute writing a
    gigabyte core file while the batch waits for it."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (0, hard))


def die_with_parent(parent_pid: int) -> None:
    """On Linux, have the kernel SIGKILL this process when its parent dies (kill -9 included); elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)


def run_task(task: Task, limits: Limits) -> Done:
    """Extract one task's document (in a worker already limited) and answer as the pool expects."""
    _test_hooks(task.display)
    report = extract_one(task.path, task.display, task.sha256, task.ocr, limits.max_memory)
    try:
        text = document_json(report)
    except MemoryError:
        report = failed_report(task.path, task.display, task.sha256, memory_finding(task.display, limits.max_memory))
        text = document_json(report)
    except ValueError as exc:  # a NaN or an infinity that strict JSON cannot hold
        report = failed_report(task.path, task.display, task.sha256, finding(
            "extraction_failed", f"{task.display}: the extraction gave a value JSON cannot hold ({exc})"))
        text = document_json(report)
    out_of_memory = any("memory limit" in f["message"] for f in report["findings"] if f["code"] == "extraction_failed")
    return Done(task.index, text, failure_reason(report), _peak_rss(), retire=out_of_memory)


def worker_main(conn, limits: Limits, parent_pid: int) -> None:
    """A worker's loop: extract each task sent until told to stop (None) or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent_pid)
    no_core_dumps()
    limit_memory(limits.max_memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(run_task(task, limits))


def _test_hooks(display: str) -> None:
    """Test-only: hang or crash on a file whose name contains $PIPELINE_TEST_HANG_ON / $PIPELINE_TEST_CRASH_ON."""
    hang, crash = os.environ.get(HANG_HOOK), os.environ.get(CRASH_HOOK)
    while hang and hang in display:
        time.sleep(3600)
    if crash and crash in display:
        os._exit(70)


def _peak_rss() -> int:
    """This process's peak resident memory in bytes."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# --- parent side ---------------------------------------------------------------------------------------

def extract_isolated(tasks: list[Task], jobs: int, limits: Limits | float = DEFAULT_LIMITS) -> Iterator[Done]:
    """Run the tasks on `jobs` worker processes; yield each answer as it comes (a failure for a crash or a timeout).

    SIGTERM of the calling process (in its main thread) ends the run like Ctrl-C: the workers are stopped first.
    """
    if not isinstance(limits, Limits):  # the time limit alone, as callers before the memory cap passed it
        limits = Limits(timeout=float(limits))
    pending = deque(tasks)
    workers: list[Optional[Worker]] = [None] * max(1, min(jobs, len(tasks)))
    if tasks and START_METHOD == "fork":
        warm_up({declared_format(task.path) for task in tasks})
    with _terminate_as_interrupt():
        try:
            while pending or any(w and w.task for w in workers):
                for slot, worker in enumerate(workers):
                    if pending and not (worker and worker.task):
                        worker = workers[slot] = worker or Worker(limits)
                        worker.give(pending.popleft())
                yield from _answers(workers)
        finally:
            for worker in workers:
                if worker:
                    worker.stop()


def warm_up(formats: set[str]) -> None:
    """Load here, before the workers fork, what each of them would otherwise load for itself: the readers of
    the run's formats and the morphology dictionaries (forked workers share these pages with this process)."""
    if "docx" in formats:
        import pipeline.readers.docx  # noqa: F401
    if "pdf" in formats:
        import pipeline.readers.pdf  # noqa: F401
    from pipeline.morph import analyzer

    analyzer()


START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _context(start_method: str = START_METHOD) -> ForkContext | SpawnContext:
    """The multiprocessing context of start_method, "fork" or "spawn" (each branch a literal, so the type checker
    knows its Process). pipeline.cluster spawns: a fork of a large process starts near the memory cap."""
    return multiprocessing.get_context("fork") if start_method == "fork" else multiprocessing.get_context("spawn")


@contextlib.contextmanager
def _terminate_as_interrupt():
    """SIGTERM raises KeyboardInterrupt while the pool runs, so `finally` stops the workers before the parent goes."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: the parent-death signal still covers the workers
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _answers(workers: list[Optional[Worker]]) -> Iterator[Done]:
    """Wait for the first busy worker to answer, die or pass its deadline; free (or drop) each such worker."""
    busy = [w for w in workers if w and w.task]
    wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
         timeout=max(0.0, min(w.deadline for w in busy) - time.monotonic()))
    for slot, worker in enumerate(workers):
        done = worker.answer() if worker and worker.task else None
        if worker is None or done is None:
            continue
        if worker.broken or done.retire:
            worker.stop()
            workers[slot] = None
        yield done


class Worker:
    """One worker process, fed one task at a time through a pipe."""

    def __init__(self, limits: Limits, start_method: str = START_METHOD):
        context = _context(start_method)
        self.limits = limits
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, limits, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.task: Optional[Task] = None
        self.deadline = 0.0
        self.broken = False  # it crashed or overran its deadline: to be killed and replaced

    def give(self, task: Task) -> None:
        self.conn.send(task)
        self.task, self.deadline = task, time.monotonic() + self.limits.timeout

    def answer(self) -> Optional[Done]:
        """Its result if it has answered; a failure (marking it broken) if it died or overran; else None (also when idle)."""
        task = self.task
        if task is None:
            return None
        if self.conn.poll():
            try:
                done, self.task = self.conn.recv(), None
                return done
            except (EOFError, OSError):
                return self._crashed(task)
        if not self.process.is_alive():
            return self._crashed(task)
        if time.monotonic() >= self.deadline:
            return self._fail(task, finding("extraction_timeout", f"{task.display}: extraction did not finish within "
                                                                  f"{self.limits.timeout:g} s and was stopped"))
        return None

    def _crashed(self, task: Task) -> Done:
        death = self._death()
        if self.limits.max_memory and ("SIGSEGV" in death or "SIGABRT" in death):
            death += f"; a C library may have failed to allocate under the memory limit of {self.limits.max_memory} MiB"
        return self._fail(task, finding("extraction_failed", f"{task.display}: the worker extracting this file crashed "
                                                             f"({death})"))

    def _fail(self, task: Task, problem: Finding) -> Done:
        """The task's failed document (the worker is marked to be replaced)."""
        self.broken = True
        report = failed_report(task.path, task.display, task.sha256, problem)
        return Done(task.index, document_json(report), failure_reason(report))

    def _death(self) -> str:
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"killed by signal {signal.Signals(-code).name}"
        return f"exit status {code}"

    def stop(self) -> None:
        """End the process (killing it if busy or hung) and close the pipe."""
        if self.process.is_alive() and not self.broken and self.task is None:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()
