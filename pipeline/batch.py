"""Many files: collect, deduplicate, name outputs, extract each in isolation (optionally in parallel), write."""
from __future__ import annotations

import json
import os
import sys
import traceback
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pipeline.export import document_json, write_atomic, write_tables
from pipeline.extract import extract_document, sha256_of
from pipeline.models import Finding, Report, Source
from pipeline.readers import FORMATS

# Findings that mean the document itself could not be extracted (exit status 1).
FAILURE_CODES = {"unreadable_document", "no_text_layer", "missing_section", "extraction_failed"}


class UsageError(Exception):
    """Bad command-line input (exit status 2)."""


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
    report: dict
    reason: Optional[str] = None  # why the document failed, for a person


@dataclass
class RunResult:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.reason]


def collect_paths(paths: Iterable[str]) -> list[Path]:
    """Files named, and .docx/.pdf files found recursively under folders named, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += [p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in FORMATS
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
    """One Input per distinct content; byte-identical files are extracted once."""
    by_hash: dict[str, Input] = {}
    for path in paths:
        try:
            digest = sha256_of(path)
        except OSError as exc:
            digest = f"unreadable:{path}:{exc.strerror}"
        entry = by_hash.setdefault(digest, Input(digest, [], []))
        entry.paths.append(path)
        entry.display.append(_display_name(path, roots))
    inputs = list(by_hash.values())
    assign_output_names(inputs)
    return inputs


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
            if not i.output and counts[naming(i).lower()] == 1:
                i.output = naming(i)
    for i in inputs:
        if not i.output:
            i.output = f"{with_path(i)}_{i.sha256[:8]}"


def failure_reason(report: Report | dict) -> Optional[str]:
    findings = report.findings if isinstance(report, Report) else [Finding(**f) for f in report["findings"]]
    reasons = [f.message for f in findings if f.severity == "error" and f.code in FAILURE_CODES]
    return "; ".join(reasons) or None


def extract_one(path: Path, display: str) -> dict:
    """Extract one document, never raising: an unexpected error becomes an `extraction_failed` finding."""
    try:
        return extract_document(path, display_name=display).model_dump(mode="json")
    except Exception as exc:  # one broken document must not end the batch
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        digest = sha256_of(path) if path.exists() else ""
        report = Report(
            document_id=digest,
            source=Source(file=display, format=FORMATS.get(path.suffix.lower(), "pdf"), sha256=digest),
            findings=[Finding(severity="error", code="extraction_failed",
                              message=f"{display}: the extractor failed on this file ({detail})")],
        )
        return report.model_dump(mode="json")


def run_extract(paths: list[str], outdir: Path, jobs: int = 1) -> RunResult:
    """Extract every document under `paths` into `outdir`: one JSON each, then the CSV tables."""
    roots = [Path(p) for p in paths]
    inputs = group_inputs(collect_paths(paths), roots)
    outdir.mkdir(parents=True, exist_ok=True)
    result = RunResult()
    for entry, report in zip(inputs, _extract_all(inputs, jobs)):
        write_atomic(outdir / f"{entry.output}.json", document_json(report))
        result.outcomes.append(Outcome(entry, report, failure_reason(report)))
    write_tables(outdir, _table_entries(outdir, result))
    return result


def _extract_all(inputs: list[Input], jobs: int):
    args = [(i.paths[0], i.display[0]) for i in inputs]
    if jobs <= 1 or len(inputs) <= 1:
        yield from (extract_one(*a) for a in args)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(extract_one, *a) for a in args]
        for (path, display), future in zip(args, futures):
            try:
                yield future.result()
            except Exception as exc:  # the worker process died (e.g. killed by the OS)
                yield _crashed(path, display, exc)


def _crashed(path: Path, display: str, exc: Exception) -> dict:
    digest = sha256_of(path)
    return Report(
        document_id=digest,
        source=Source(file=display, format=FORMATS.get(path.suffix.lower(), "pdf"), sha256=digest),
        findings=[Finding(severity="error", code="extraction_failed",
                          message=f"{display}: the worker extracting this file crashed ({type(exc).__name__}: {exc})")],
    ).model_dump(mode="json")


def _table_entries(outdir: Path, result: RunResult):
    """CSV rows come from the JSON files as written, so the tables always agree with them."""
    for outcome in result.outcomes:
        doc = json.loads((outdir / f"{outcome.input.output}.json").read_text(encoding="utf-8"))
        yield doc, f"{outcome.input.output}.json", outcome.input.display, outcome.reason


def print_failures(result: RunResult, stream=sys.stderr) -> None:
    for outcome in result.failed:
        print(f"FAILED {', '.join(outcome.input.display)}: {outcome.reason}", file=stream)
