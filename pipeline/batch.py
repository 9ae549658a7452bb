"""Many files: collect, deduplicate, name outputs, extract each in an isolated worker process, write.

Each document is extracted in a worker process of our own (`--jobs` of them, see pipeline/workers.py)
under a time limit and a memory cap, or on a Dask cluster (a runner: pipeline/cluster.py). Results are
written as they arrive (each JSON atomically, so a killed run leaves only whole files) and ordered by input,
never by completion, so the outputs are byte-identical whatever `--jobs` (or runner) is; the CSV tables are
written last, as one set.

Files larger than `max_file_size` are refused unread (not even hashed: a 20 GiB file took 57 s to hash
before any time limit applied); their document_id is "too-large:<bytes>:<sha256 of the first MiB>".
"""
from __future__ import annotations

import hashlib
import json
import re
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Protocol

from pipeline import DEFAULT_MAX_FILE_SIZE, SCHEMA_VERSION
from pipeline.datapackage import publish_tables
from pipeline.errors import UsageError
from pipeline.export import TableRows, document_json, write_atomic
from pipeline.extract import sha256_of
from pipeline.findings import finding
from pipeline.readers import FORMATS
from pipeline.readers.ocr import OcrOptions
from pipeline.workers import (  # noqa: F401  (CRASH_HOOK, HANG_HOOK, extract_one: the batch's public names before)
    CRASH_HOOK,
    DEFAULT_MAX_MEMORY,
    DEFAULT_TIMEOUT,
    HANG_HOOK,
    Done,
    Limits,
    Task,
    extract_isolated,
    extract_one,
    failed_report,
    failure_reason,
)

RETRIED_CODES = {"extraction_failed", "extraction_timeout"}  # --skip-existing extracts these documents again


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


COLLECTED_SUFFIXES = set(FORMATS)  # .docx, .pdf and the legacy .doc, .rtf, .odt


def collect_paths(paths: Iterable[str], as_path: Callable[[str], Path] = Path) -> list[Path]:
    """Files named, and .docx/.pdf/.doc/.rtf/.odt files found recursively under folders named, sorted.

    as_path makes a path of each argument (a runner that reads fsspec URLs gives a pathlib-like object for them)."""
    found: list[Path] = []
    for raw in paths:
        path = as_path(raw)
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


def group_inputs(paths: list[Path], roots: list[Path], max_file_size: int = DEFAULT_MAX_FILE_SIZE,
                 ids: Optional[list[str]] = None) -> list[Input]:
    """One Input per distinct content; byte-identical files are extracted once, each name recorded once.

    ids: each path's input_id when it was computed elsewhere (where the file is read); by default here."""
    by_hash: dict[str, Input] = {}
    for path, digest in zip(paths, ids if ids is not None else (input_id(p, max_file_size) for p in paths), strict=True):
        entry = by_hash.setdefault(digest, Input(digest, [], []))
        entry.paths.append(path)
        if _display_name(path, roots) not in entry.display:
            entry.display.append(_display_name(path, roots))
    inputs = list(by_hash.values())
    assign_output_names(inputs)
    return inputs


TOO_LARGE = "too-large:"


def content_id(path: Path, max_file_size: int) -> str:
    """The file's sha256; for a file above max_file_size, a marked id from its size and first MiB (not read whole)."""
    size = path.stat().st_size
    if size <= max_file_size:
        return sha256_of(path)
    with open(path, "rb") as fh:
        return f"{TOO_LARGE}{size}:{hashlib.sha256(fh.read(1 << 20)).hexdigest()}"


def input_id(path: Path, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> str:
    """content_id, or a marked id naming the error when the file cannot be read (never raises)."""
    try:
        return content_id(path, max_file_size)
    except OSError as exc:
        return f"unreadable:{path}:{exc.strerror}"


def too_large_report(task: Task, max_file_size: int) -> Done:
    """The failed document of a file refused for its size."""
    size = int(task.sha256[len(TOO_LARGE):].split(":")[0])
    problem = finding("unreadable_document", f"{task.display}: the file is {size / 2**30:,.1f} GiB, more than the limit of "
                                             f"{max_file_size / 2**30:,.1f} GiB (--max-file-size): not read")
    report = failed_report(task.path, task.display, task.sha256, problem)
    return Done(task.index, document_json(report), failure_reason(report))


RESERVED_OUTPUTS = {"datapackage"}  # OUTDIR/datapackage.json describes the CSV tables
MAX_NAME_BYTES = 120  # the readable part of an output name; with "_<hash>.json" and a temporary name's affixes < 255
UNSAFE_NAME_RE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_name(text: str) -> str:
    """A name fit for a file in any file system: control characters and those Windows forbids become '_', no
    leading or trailing dot or space, at most MAX_NAME_BYTES of UTF-8 (cut at a character)."""
    name = UNSAFE_NAME_RE.sub("_", text).strip(" .")
    return name.encode("utf-8")[:MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(" .") or "document"


def _hash_of(i: Input) -> str:
    """Hex digits that tell this input from every other: its sha256, or one of its id when that is not a hash."""
    return i.sha256 if re.fullmatch(r"[0-9a-f]{64}", i.sha256) else hashlib.sha256(i.sha256.encode()).hexdigest()


def assign_output_names(inputs: list[Input]) -> None:
    """<stem> where unique; else <stem>_<format>; else the relative path joined with '_'; else that plus a hash.

    Every name is made safe and bounded first (a name cut short gets a hash), and no two inputs get one name,
    case aside, nor the name of the run's own descriptor: the names are deterministic for one set of inputs.
    """
    def bounded(name: str, i: Input) -> str:
        safe = safe_name(name)
        return safe if safe == name else f"{safe}_{_hash_of(i)[:8]}"

    def stem(i: Input) -> str:
        return bounded(i.paths[0].stem, i)

    def with_format(i: Input) -> str:
        return bounded(f"{i.paths[0].stem}_{i.paths[0].suffix.lower().lstrip('.')}", i)

    def with_path(i: Input) -> str:
        rel = Path(i.display[0])
        return bounded("_".join(list(rel.parent.parts) + [f"{rel.stem}_{rel.suffix.lower().lstrip('.')}"]), i)

    for naming in (stem, with_format, with_path):
        counts: defaultdict[str, int] = defaultdict(int)
        for i in inputs:
            counts[(i.output or naming(i)).lower()] += 1
        for i in inputs:
            if not i.output and counts[naming(i).lower()] == 1 and naming(i).lower() not in RESERVED_OUTPUTS:
                i.output = naming(i)
    taken = {i.output.lower() for i in inputs if i.output} | RESERVED_OUTPUTS
    for i in inputs:
        if i.output:
            continue
        base = safe_name(with_path(i))[:MAX_NAME_BYTES]
        for length in (8, 16, 64):
            i.output = f"{base}_{_hash_of(i)[:length]}"
            if i.output.lower() not in taken:
                break
        taken.add(i.output.lower())


class Runner(Protocol):
    """Where a run's files are hashed and its documents extracted; naming, writing, the tables and the limits stay
    in run_extract, so the outputs are the same whichever runner it is (LocalRunner here, pipeline.cluster's
    ClusterRunner on Dask)."""

    def path(self, raw: str) -> Path:
        """A command-line PATH as a path object."""

    def identify(self, paths: list[Path], max_file_size: int) -> list[str]:
        """Each file's input_id, in order."""

    def extract(self, tasks: list[Task], limits: Limits) -> Iterator[Done]:
        """Each task's answer, in any order: a crash, a timeout or the memory cap is a failed document, never an
        exception."""


@dataclass
class LocalRunner:
    """This machine: files hashed in this process, documents extracted by `jobs` isolated worker processes."""

    jobs: int = 1

    def path(self, raw: str) -> Path:
        return Path(raw)

    def identify(self, paths: list[Path], max_file_size: int) -> list[str]:
        return [input_id(p, max_file_size) for p in paths]

    def extract(self, tasks: list[Task], limits: Limits) -> Iterator[Done]:
        return extract_isolated(tasks, self.jobs, limits)


def run_extract(paths: list[str], outdir: Path, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT,
                skip_existing: bool = False, progress=None, max_memory: Optional[int] = DEFAULT_MAX_MEMORY,
                max_file_size: int = DEFAULT_MAX_FILE_SIZE, ocr: Optional[OcrOptions] = None,
                runner: Optional[Runner] = None) -> RunResult:
    """Extract every document under `paths` into `outdir`: one JSON each, then the CSV tables.

    timeout: seconds a document may take; max_memory: MiB of address space a worker may map (None: no cap);
    max_file_size: bytes above which a file is refused unread. progress: a stream (stderr) to draw a progress
    bar on when it is a terminal. runner: where the files are hashed and the documents extracted (default:
    LocalRunner(jobs); a runner given brings its own parallelism, and `jobs` is not used).
    """
    start = time.monotonic()
    runner = runner or LocalRunner(jobs)
    found = collect_paths(paths, runner.path)
    inputs = group_inputs(found, [runner.path(p) for p in paths], max_file_size, runner.identify(found, max_file_size))
    prepare_outdir(outdir)
    outcomes = already_extracted(outdir, inputs) if skip_existing else {}
    tasks = [Task(n, i.paths[0], i.display[0], i.sha256, ocr) for n, i in enumerate(inputs) if n not in outcomes]
    result = RunResult()
    bar = Progress(len(tasks), progress)
    # CSV rows come from the JSON text exactly as written (or as found, for skipped documents),
    # so the tables always agree with the files; they are gathered while the workers run.
    tables = TableRows()
    for n, outcome in outcomes.items():
        _add_rows(tables, n, outcome, (outdir / f"{outcome.input.output}.json").read_text(encoding="utf-8"))
    refused = [too_large_report(t, max_file_size) for t in tasks if t.sha256.startswith(TOO_LARGE)]
    runnable = [t for t in tasks if not t.sha256.startswith(TOO_LARGE)]
    for done in [*refused, *runner.extract(runnable, Limits(timeout, max_memory))]:
        write_atomic(outdir / f"{inputs[done.index].output}.json", done.text)
        outcomes[done.index] = Outcome(inputs[done.index], done.reason)
        _add_rows(tables, done.index, outcomes[done.index], done.text)
        result.peak_worker_rss = max(result.peak_worker_rss, done.peak_rss)
        bar.advance(failed=bool(done.reason))
    bar.close()
    result.outcomes = [outcomes[n] for n in range(len(inputs))]
    publish_tables(outdir, tables)
    result.seconds = time.monotonic() - start
    return result


def prepare_outdir(outdir: Path) -> None:
    """Create OUTDIR if needed and check it can be written; UsageError (exit 2) with the reason if not."""
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(f"-o {outdir}: exists and is not a folder")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=outdir):
            pass
    except OSError as exc:
        raise UsageError(f"-o {outdir}: cannot write there ({exc.strerror or exc})") from exc


def already_extracted(outdir: Path, inputs: list[Input]) -> dict[int, Outcome]:
    """The inputs whose JSON is already in outdir for the same content hash, schema version and file name,
    less those that failed by a crash, a timeout or the memory cap: a rerun tries them again."""
    outcomes = {}
    for n, entry in enumerate(inputs):
        try:
            doc = json.loads((outdir / f"{entry.output}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if (isinstance(doc, dict) and doc.get("schema_version") == SCHEMA_VERSION
                and doc.get("document_id") == entry.sha256 and doc.get("source", {}).get("file") == entry.display[0]
                and not any(f.get("code") in RETRIED_CODES for f in doc.get("findings", []))):
            outcomes[n] = Outcome(entry, failure_reason(doc), skipped=True)
    return outcomes


def _add_rows(tables: TableRows, position: int, outcome: Outcome, json_text: str) -> None:
    tables.add(position, json.loads(json_text), f"{outcome.input.output}.json", outcome.input.display, outcome.reason)


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
