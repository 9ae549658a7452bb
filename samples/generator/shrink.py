"""Shrink a failing report to a small one that still fails the same way (for a committed regression fixture).

Records and note paragraphs are removed in ever smaller chunks (delta debugging) as long as the failure
stays; every try is rendered by LibreOffice and read again, so a shrink takes a minute or two. Group rows
left without records go with them; a forced page break moves to the next row that is kept.
"""
from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Callable, Optional

from generator.compare import extract, score
from generator.docx_writer import docx_bytes
from generator.model import GroupRow, Para, Record, Report, Table
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
    kept = [r for i, r in enumerate(kept) if isinstance(r, Record) or _record_follows(kept, i)]
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


def _record_follows(rows: list, i: int) -> bool:
    for row in rows[i + 1 :]:
        if isinstance(row, Record):
            return True
        if any(g.kind == "direction" for g in row.groups) and isinstance(row, GroupRow):
            return False
    return False


def failure_signature(report: Report, workdir: Path) -> set[str]:
    """Render the report, read its PDF, and name what is wrong: "risks.status", "note", "error", "extra"."""
    path = workdir / f"{report.name}.docx"
    path.write_bytes(docx_bytes(report))
    pdf = convert([path], workdir, jobs=1)[0]
    result = score("pdf", report.truth(), extract(pdf))
    out = {f"{m.kind}.{m.field}" if m.kind in ("risks", "indicators", "report") else m.kind for m in result.mismatches}
    return out


def shrink(report: Report, target: str, log: Callable[[str], None] = print) -> Report:
    """The smallest report found whose PDF still shows the target failure (e.g. "indicators.unit", "note")."""
    with tempfile.TemporaryDirectory(prefix="shrink_") as tmp:
        workdir = Path(tmp)

        def fails(candidate: Report) -> bool:
            return any(s == target or s.startswith(target + ".") for s in failure_signature(candidate, workdir))

        if not fails(report):
            raise ValueError(f"seed {report.seed}: the PDF does not show {target!r}")
        current = units(report)
        chunk = max(1, len(current) // 2)
        while True:
            removed_any = False
            for start in range(0, len(current), chunk):
                group = set(current[start : start + chunk])
                candidate = without(report, group)
                if candidate is not None and fails(candidate):
                    report = candidate
                    current = units(report)
                    removed_any = True
                    log(f"  {len(current)} units left")
                    break
            if removed_any:
                chunk = min(chunk, max(1, len(current) // 2))
                continue
            if chunk == 1:
                return report
            chunk = max(1, chunk // 2)


__all__ = ["shrink", "units", "without", "Para"]
