"""`validate`: check submissions and render their findings (text for a terminal, JSON for machines, HTML for reviewers)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Optional

from pipeline.batch import DEFAULT_MAX_FILE_SIZE, TOO_LARGE, collect_paths, input_id, too_large_report
from pipeline.findings import SEVERITY_ORDER
from pipeline.workers import DEFAULT_LIMITS, Limits, Task, extract_isolated


def documents_of(paths: list[str], jobs: int = 1, limits: Limits = DEFAULT_LIMITS) -> list[tuple[Path, dict]]:
    """Every document under `paths`, extracted (nothing written), each in a worker process under the limits,
    so that one hostile submission cannot tie up the caller (a validation service) in time or memory."""
    files = collect_paths(paths)
    tasks = [Task(n, path, path.name, input_id(path, DEFAULT_MAX_FILE_SIZE)) for n, path in enumerate(files)]
    answers = {t.index: too_large_report(t, DEFAULT_MAX_FILE_SIZE) for t in tasks if t.sha256.startswith(TOO_LARGE)}
    for done in extract_isolated([t for t in tasks if t.index not in answers], jobs, limits):
        answers[done.index] = done
    return [(path, json.loads(answers[n].text)) for n, path in enumerate(files)]


def add_history_findings(documents: list[tuple[Path, dict]], url: str) -> None:
    """Append to each document's findings those of its history (pipeline/series/history.py)."""
    from pipeline.series.against_database import HistoryDatabase

    database = HistoryDatabase.read(url)
    for path, doc in documents:
        database.recheck_statuses(path, doc)
        doc["findings"] += [f.model_dump(mode="json") for f in database.findings(path, doc)]


def findings_of(documents: list[tuple[Path, dict]]) -> list[dict]:
    """Every finding, each carrying its document's file name."""
    return [{"file": str(path), "document_id": doc["document_id"], **f} for path, doc in documents for f in doc["findings"]]


def format_text(findings: list[dict], files: list[Path]) -> str:
    """Grouped by document and severity, one line a finding, a summary count at the end."""
    lines = []
    by_file: dict[str, list[dict]] = {str(f): [] for f in files}
    for f in findings:
        by_file.setdefault(f["file"], []).append(f)
    for file, items in by_file.items():
        lines.append(f"{file}: {'OK, no findings' if not items else f'{len(items)} findings'}")
        for f in sorted(items, key=lambda f: SEVERITY_ORDER[f["severity"]]):
            lines.append(f"  {f['severity']:<7} {f['code']:<22} {_where(f.get('location'))}{f['message']}")
    counts = Counter(f["severity"] for f in findings)
    lines.append(f"{len(by_file)} documents: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info")
    return "\n".join(lines)


def _where(location) -> str:
    if not location:
        return ""
    parts = [f"{k} {v}" for k, v in location.items() if v is not None]
    return f"[{', '.join(parts)}] " if parts else ""


def validate_paths(paths: list[str], fmt: str, history: Optional[str] = None, jobs: int = 1,
                   limits: Limits = DEFAULT_LIMITS) -> tuple[str, int]:
    """The findings as `fmt` (text, json or html) and the exit status: 1 when any is an error.
    history: a database URL; each submission is also checked against its agency's earlier reports there."""
    documents = documents_of(paths, jobs, limits)
    if history:
        add_history_findings(documents, history)
    findings = findings_of(documents)
    if fmt == "json":
        output = json.dumps(findings, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        from pipeline.html_report import render_page

        output = render_page((str(path), doc) for path, doc in documents)
    else:
        output = format_text(findings, [path for path, _ in documents]) + "\n"
    return output, 1 if any(f["severity"] == "error" for f in findings) else 0
