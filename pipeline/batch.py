"""Many files: collect, deduplicate, name outputs, extract each in an isolated worker process, write.

Each document is extracted in a worker process of our own (`--jobs` of them): a document that makes its
worker crash (segfault, os._exit) or run past the time limit becomes a failed document with its reason,
its worker is killed and replaced, and the others all finish. Results are written as they arrive (each
JSON atomically, so a killed run leaves only whole files) and ordered by input, never by completion,
so the outputs are byte-identical whatever `--jobs` is.

Test-only hooks, honoured in the worker: PIPELINE_TEST_HANG_ON=<substring> makes it sleep forever on a
file whose name contains the substring (a hung parser); PIPELINE_TEST_CRASH_ON=<substring> makes it
exit at once with os._exit (a crashed parser).
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import defaultdict, deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable, Iterator, Optional

from pipeline import SCHEMA_VERSION
from pipeline.datapackage import write_datapackage
from pipeline.errors import UsageError
from pipeline.export import TableRows, document_json, write_atomic
from pipeline.extract import extract_document, sha256_of
from pipeline.findings import FAILURE_CODES, finding
from pipeline.models import Finding, Report, Source
from pipeline.readers import FORMATS, declared_format
from pipeline.readers.ocr import OcrOptions

DEFAULT_TIMEOUT = 120.0  # seconds one document may take
HANG_HOOK, CRASH_HOOK = "PIPELINE_TEST_HANG_ON", "PIPELINE_TEST_CRASH_ON"


@dataclass
class Input:
    """One distinct document of a run: its bytes' hash, every path that holds them, its output name."""

    sha256: str
    paths: list[Path]
    display: list[str]
    output: str = ""


@dataclass
class Outcome:
    input: Input
    reason: Optional[str] = None  # why the document failed, for a person
    skipped: bool = False  # --skip-existing found its output already written


@dataclass
class RunResult:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    peak_worker_rss: int = 0  # bytes, the largest peak resident memory a worker reported

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.reason]


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


COLLECTED_SUFFIXES = set(FORMATS)  # .docx, .pdf and the legacy .doc, .rtf, .odt


def collect_paths(paths: Iterable[str]) -> list[Path]:
    """Files named, and .docx/.pdf/.doc/.rtf/.odt files found recursively under folders named, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in COLLECTED_SUFFIXES
                      and not p.name.startswith(("~$", "."))]
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return sorted(dict.fromkeys(found), key=lambda p: str(p))


def _display_name(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if root.is_dir():
            try:
                return str(path.relative_to(root))
            except ValueError:
                continue
    return path.name


def group_inputs(paths: list[Path], roots: list[Path]) -> list[Input]:
    """One Input per distinct content; byte-identical files are extracted once, each name recorded once."""
    by_hash: dict[str, Input] = {}
    for path in paths:
        try:
            digest = sha256_of(path)
        except OSError as exc:
            digest = f"unreadable:{path}:{exc.strerror}"
        entry = by_hash.setdefault(digest, Input(digest, [], []))
        entry.paths.append(path)
        if _display_name(path, roots) not in entry.display:
            entry.display.append(_display_name(path, roots))
    inputs = list(by_hash.values())
    assign_output_names(inputs)
    return inputs


RESERVED_OUTPUTS = {"datapackage"}  # OUTDIR/datapackage.json describes the CSV tables


def assign_output_names(inputs: list[Input]) -> None:
    """<stem> where unique; else <stem>_<format>; else the relative path joined with '_' (deterministic)."""
    def stem(i: Input) -> str:
        return i.paths[0].stem

    def with_format(i: Input) -> str:
        return f"{stem(i)}_{i.paths[0].suffix.lower().lstrip('.')}"

    def with_path(i: Input) -> str:
        rel = Path(i.display[0])
        return "_".join(list(rel.parent.parts) + [with_format(i)]).replace(os.sep, "_")

    for naming in (stem, with_format, with_path):
        counts = defaultdict(int)
        for i in inputs:
            counts[(i.output or naming(i)).lower()] += 1
        for i in inputs:
            if not i.output and counts[naming(i).lower()] == 1 and naming(i).lower() not in RESERVED_OUTPUTS:
                i.output = naming(i)
    for i in inputs:
        if not i.output:
            i.output = f"{with_path(i)}_{i.sha256[:8]}"


def failure_reason(report: Report | dict) -> Optional[str]:
    """Why the document counts as not extracted (its findings of a failing code), or None."""
    findings = report.findings if isinstance(report, Report) else [Finding(**f) for f in report["findings"]]
    reasons = [f.message for f in findings if f.code in FAILURE_CODES]
    return "; ".join(reasons) or None


def extract_one(path: Path, display: str, digest: Optional[str] = None, ocr: Optional[OcrOptions] = None) -> dict:
    """Extract one document, never raising: an unexpected error becomes an `extraction_failed` finding."""
    try:
        return extract_document(path, display_name=display, ocr=ocr).model_dump(mode="json")
    except Exception as exc:  # one broken document must not end the batch
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return failed_report(path, display, digest if digest is not None else _digest(path),
                             finding("extraction_failed", f"{display}: the extractor failed on this file ({detail})"))


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


def run_extract(paths: list[str], outdir: Path, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT,
                skip_existing: bool = False, progress=None, ocr: Optional[OcrOptions] = None) -> RunResult:
    """Extract every document under `paths` into `outdir`: one JSON each, then the CSV tables.

    progress: a stream (stderr) to draw a progress bar on when it is a terminal.
    """
    start = time.monotonic()
    inputs = group_inputs(collect_paths(paths), [Path(p) for p in paths])
    outdir.mkdir(parents=True, exist_ok=True)
    outcomes = already_extracted(outdir, inputs) if skip_existing else {}
    tasks = [Task(n, i.paths[0], i.display[0], i.sha256, ocr) for n, i in enumerate(inputs) if n not in outcomes]
    result = RunResult()
    bar = Progress(len(tasks), progress)
    # CSV rows come from the JSON text exactly as written (or as found, for skipped documents),
    # so the tables always agree with the files; they are gathered while the workers run.
    tables = TableRows()
    for n, outcome in outcomes.items():
        _add_rows(tables, n, outcome, (outdir / f"{outcome.input.output}.json").read_text(encoding="utf-8"))
    for done in extract_isolated(tasks, jobs, timeout):
        write_atomic(outdir / f"{inputs[done.index].output}.json", done.text)
        outcomes[done.index] = Outcome(inputs[done.index], done.reason)
        _add_rows(tables, done.index, outcomes[done.index], done.text)
        result.peak_worker_rss = max(result.peak_worker_rss, done.peak_rss)
        bar.advance(failed=bool(done.reason))
    bar.close()
    result.outcomes = [outcomes[n] for n in range(len(inputs))]
    tables.write(outdir)
    write_datapackage(outdir)
    result.seconds = time.monotonic() - start
    return result


def already_extracted(outdir: Path, inputs: list[Input]) -> dict[int, Outcome]:
    """The inputs whose JSON is already in outdir for the same content hash, schema version and file name."""
    outcomes = {}
    for n, entry in enumerate(inputs):
        try:
            doc = json.loads((outdir / f"{entry.output}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if (isinstance(doc, dict) and doc.get("schema_version") == SCHEMA_VERSION
                and doc.get("document_id") == entry.sha256 and doc.get("source", {}).get("file") == entry.display[0]):
            outcomes[n] = Outcome(entry, failure_reason(doc), skipped=True)
    return outcomes


def _add_rows(tables: TableRows, position: int, outcome: Outcome, json_text: str) -> None:
    tables.add(position, json.loads(json_text), f"{outcome.input.output}.json", outcome.input.display, outcome.reason)


# --- isolated workers -------------------------------------------------------------------------------

def extract_isolated(tasks: list[Task], jobs: int, timeout: float) -> Iterator[Done]:
    """Run the tasks on `jobs` worker processes; yield each answer as it comes (a failure for a crash or a timeout)."""
    pending = deque(tasks)
    workers: list[Optional[Worker]] = [None] * max(1, min(jobs, len(tasks)))
    try:
        while pending or any(w and w.task for w in workers):
            for slot, worker in enumerate(workers):
                if pending and not (worker and worker.task):
                    workers[slot] = worker or Worker()
                    workers[slot].give(pending.popleft(), timeout)
            yield from _answers(workers, timeout)
    finally:
        for worker in workers:
            if worker:
                worker.stop()


def _answers(workers: list[Optional["Worker"]], timeout: float) -> Iterator[Done]:
    """Wait for the first busy worker to answer, die or pass its deadline; free (or drop) each such worker."""
    busy = [w for w in workers if w and w.task]
    wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
         timeout=max(0.0, min(w.deadline for w in busy) - time.monotonic()))
    for slot, worker in enumerate(workers):
        done = worker.answer(timeout) if worker and worker.task else None
        if done is not None and worker.broken:
            worker.stop()
            workers[slot] = None
        if done is not None:
            yield done


class Worker:
    """One worker process, fed one task at a time through a pipe."""

    def __init__(self):
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child,), daemon=True)
        self.process.start()
        child.close()
        self.task: Optional[Task] = None
        self.deadline = 0.0
        self.broken = False  # it crashed or overran its deadline: to be killed and replaced

    def give(self, task: Task, timeout: float) -> None:
        self.conn.send(task)
        self.task, self.deadline = task, time.monotonic() + timeout

    def answer(self, timeout: float) -> Optional[Done]:
        """Its result if it has answered; a failure (marking it broken) if it died or overran; else None."""
        if self.conn.poll():
            try:
                done, self.task = self.conn.recv(), None
                return done
            except (EOFError, OSError):
                return self._crashed()
        if not self.process.is_alive():
            return self._crashed()
        if time.monotonic() >= self.deadline:
            return self._fail(finding("extraction_timeout", f"{self.task.display}: extraction did not finish within "
                                                            f"{timeout:g} s and was stopped"))
        return None

    def _crashed(self) -> Done:
        return self._fail(finding("extraction_failed", f"{self.task.display}: the worker extracting this file crashed "
                                                       f"({self._death()})"))

    def _fail(self, problem: Finding) -> Done:
        """The task's failed document (the worker is marked to be replaced)."""
        self.broken = True
        report = failed_report(self.task.path, self.task.display, self.task.sha256, problem)
        return Done(self.task.index, document_json(report), failure_reason(report))

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


def worker_main(conn) -> None:
    """A worker's loop: extract each task sent until told to stop (None) or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        _test_hooks(task.display)
        report = extract_one(task.path, task.display, task.sha256, task.ocr)
        conn.send(Done(task.index, document_json(report), failure_reason(report), _peak_rss()))


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


# --- reporting ---------------------------------------------------------------------------------------

class Progress:
    """A one-line progress bar (documents done, failures, rate) on a terminal stream; silent elsewhere."""

    WIDTH = 30

    def __init__(self, total: int, stream=None):
        self.stream = stream if stream is not None and stream.isatty() else None
        self.total, self.done, self.failed = total, 0, 0
        self.start = time.monotonic()

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        if self.stream:
            filled = self.WIDTH * self.done // max(self.total, 1)
            rate = self.done / max(time.monotonic() - self.start, 1e-9)
            self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total} documents, "
                              f"{self.failed} failed, {rate:.1f} documents/s ")
            self.stream.flush()

    def close(self) -> None:
        if self.stream:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def summary_line(result: RunResult, outdir: Path) -> str:
    """One line for the end of a run: counts, time and rate."""
    total, failed = len(result.outcomes), len(result.failed)
    skipped = sum(o.skipped for o in result.outcomes)
    rate = (total - skipped) / result.seconds if result.seconds else 0.0
    return (f"{total} documents, {total - failed} extracted, {failed} failed"
            f"{f' ({skipped} already in {outdir}, not extracted again)' if skipped else ''}; "
            f"{result.seconds:.1f} s, {rate:.1f} documents/s -> {outdir}")


def failure_lines(result: RunResult) -> list[str]:
    """One line per failed document: its names and the reason."""
    return [f"FAILED {', '.join(outcome.input.display)}: {outcome.reason}" for outcome in result.failed]
