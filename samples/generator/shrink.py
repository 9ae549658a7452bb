"""Shrink a failing report to a small one that still fails the same way (for a committed regression fixture).

Records and note paragraphs are removed in ever smaller chunks (delta debugging) as long as the failure
stays; for a PDF failure every try is rendered by LibreOffice and read again, so a shrink takes a minute or
two. Group rows left without records go with them; a forced page break moves to the next row that is kept.
"""
from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Optional

from generator.compare import extract, score
from generator.docx_writer import docx_bytes, with_horizontal_rules_only
from generator.draw_report import group_row_needed
from generator.model import Record, Report, Table
from generator.render import convert

Unit = tuple[str, int]  # ("risks" | "indicators", record number) or ("note", paragraph number)


def units(report: Report) -> list[Unit]:
    """Everything that may be removed: each record, each note paragraph."""
    out: list[Unit] = []
    for kind in ("risks", "indicators"):
        out += [(kind, i) for i in range(sum(len(t.records()) for t in report.tables(kind)))]
    out += [("note", i) for i in range(len(report.note_paragraphs()))]
    return out


def without(report: Report, removed: set[Unit]) -> Optional[Report]:
    """A copy of the report without those units, or None if a part would be left empty."""
    smaller = copy.deepcopy(report)
    for kind in ("risks", "indicators"):
        drop = {i for k, i in removed if k == kind}
        records = [r for t in smaller.tables(kind) for r in t.records()]
        if len(drop) >= len(records):
            return None
        gone = {id(r) for i, r in enumerate(records) if i in drop}
        for table in smaller.tables(kind):
            _remove_rows(table, gone)
    note = smaller.note_paragraphs()
    drop_note = {id(p) for i, p in enumerate(note) if ("note", i) in removed}
    if not any(p.style == "body" and id(p) not in drop_note for p in note):
        return None
    smaller.blocks = [b for b in smaller.blocks if id(b) not in drop_note]
    return smaller


def _remove_rows(table: Table, gone: set[int]) -> None:
    """Drop records, then group rows no record follows; keep each forced break on the next surviving row."""
    breaks = {id(table.rows[i]): mode for i, mode in table.breaks.items()}
    rows = table.rows
    kept = [r for r in rows if id(r) not in gone]
    kept = [r for i, r in enumerate(kept) if isinstance(r, Record) or group_row_needed(kept, i)]
    table.breaks = {}
    pending = None
    survivors = {id(r) for r in kept}
    for row in rows:
        if id(row) in breaks:
            pending = breaks[id(row)]
        if id(row) in survivors and pending is not None:
            index = kept.index(row)
            if index > 0:
                table.breaks[index] = pending
            pending = None
    table.rows = kept


def failure_signature(report: Report, workdir: Path, fmt: str = "pdf", borders: str = "grid") -> set[str]:
    """Write (and for a PDF render) the report, read it back, and name what is wrong: "risks.status",
    "indicators.extra record", "note.text", "note.paragraphs", "findings"...  borders "hrules": its tables ruled
    with horizontal lines only."""
    path = workdir / f"{report.name}.docx"
    data = docx_bytes(report)
    path.write_bytes(with_horizontal_rules_only(data) if borders == "hrules" else data)
    if fmt == "pdf":
        path = convert([path], workdir, jobs=1)[0]
    result = score(fmt, report.truth(), extract(path))
    return {f"{m.kind}.{m.field}" if m.kind in ("risks", "indicators", "report", "note") else m.kind
            for m in result.mismatches}


def shrink(report: Report, target: str, fmt: str = "pdf", log: Callable[[str], None] = print,
           max_tries: int = 40, borders: str = "grid") -> Report:
    """The smallest report found (within max_tries renderings) whose DOCX or PDF still shows the target
    failure ("indicators.unit", "note"); borders as for failure_signature."""
    tries = [0]
    with tempfile.TemporaryDirectory(prefix="shrink_") as tmp:
        workdir = Path(tmp)

        def fails(candidate: Report) -> bool:
            tries[0] += 1
            signature = failure_signature(candidate, workdir, fmt, borders)
            return any(s == target or s.startswith(target + ".") for s in signature)

        if not fails(report):
            raise ValueError(f"seed {report.seed}: the {fmt.upper()} does not show {target!r}")
        current = units(report)
        chunk = max(1, len(current) // 2)
        while True:
            removed_any = False
            for start in range(0, len(current), chunk):
                if tries[0] >= max_tries:
                    return report
                candidate = without(report, set(current[start : start + chunk]))
                if candidate is not None and fails(candidate):
                    report, current, removed_any = candidate, units(candidate), True
                    log(f"  {len(current)} records and note paragraphs left")
                    break
            if removed_any:
                chunk = min(chunk, max(1, len(current) // 2))
            elif chunk == 1:
                return report
            else:
                chunk = max(1, chunk // 2)
