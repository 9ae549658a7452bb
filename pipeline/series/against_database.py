"""`validate --history URL`, the part that reads: the database's documents (once per run) and the submission's note.

    history = HistoryDatabase.read(url)
    findings = history.findings(path, doc)      # doc: the submission as `extract` makes it
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from sqlalchemy.exc import SQLAlchemyError

from pipeline.errors import UnreadableDocument, UsageError
from pipeline.findings import finding
from pipeline.models import Finding
from pipeline.series.history import check_history, history_context, status_rechecks
from pipeline.series.mapping import Mapping
from pipeline.series.model import SeriesDocument
from pipeline.series.sources import series_document

STATUS_CODES = frozenset({"status_mismatch", "direction_unknown"})


@dataclass
class HistoryDatabase:
    """The earlier reports a submission is checked against: every document of the database, its mapping and ids."""

    url: str
    documents: list[SeriesDocument]
    mapping: Optional[Mapping] = None
    ids: dict[tuple[str, int], str] = field(default_factory=dict)
    _contexts: dict = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, url: str) -> HistoryDatabase:
        """Read the database at url once; an unreachable one is bad usage of --history."""
        from sqlalchemy import inspect

        from pipeline.db import connect
        from pipeline.series.store import documents_in, series_members, stored_ids, stored_mapping

        engine = connect(url)
        try:
            with engine.connect() as conn:
                if "documents" not in inspect(conn).get_table_names():
                    raise UsageError(f"--history {engine.url.render_as_string(hide_password=True)}: no documents "
                                     "loaded there (python -m pipeline load OUTDIR --db URL)")
                has_series = series_members.name in inspect(conn).get_table_names()
                return cls(url, documents_in(conn), stored_mapping(conn) if has_series else None,
                           stored_ids(conn) if has_series else {})
        except SQLAlchemyError as exc:
            where = engine.url.render_as_string(hide_password=True)
            raise UsageError(f"--history {where}: cannot read the database ({getattr(exc, 'orig', None) or exc})") from exc
        finally:
            engine.dispose()

    def findings(self, path: Path, doc: dict) -> list[Finding]:
        """The history findings of one extracted submission."""
        if not doc.get("indicators") and not (doc.get("report") or {}).get("agency"):
            return []  # nothing was read of it: its own findings say why
        history, why = self._context(path, doc)
        if history is None:
            return [finding("history_not_checked", f"{path.name}: not checked against earlier reports: {why}")]
        return check_history(history, note_sentences(path))

    def recheck_statuses(self, path: Path, doc: dict) -> None:
        """Replace the submission's status findings (status_mismatch, direction_unknown) of the indicators with
        earlier members by those checked with them: the agency's earlier statuses may say which way is better."""
        if not doc.get("indicators"):
            return
        history, _ = self._context(path, doc)
        if history is None:
            return
        for location, findings in status_rechecks(history, doc["indicators"]):
            where = location.model_dump(mode="json") if location else None
            doc["findings"] = [f for f in doc["findings"] if f["code"] not in STATUS_CODES or f.get("location") != where]
            doc["findings"] += [f.model_dump(mode="json") for f in findings]

    def _context(self, path: Path, doc: dict):
        """The submission's history (computed once per document), or None and why not."""
        key = doc["document_id"]
        if key not in self._contexts:
            submission = series_document(doc, path.name)
            self._contexts[key] = history_context(submission, self.documents, self.mapping, self.ids)
        return self._contexts[key]


def note_sentences(path: Path) -> list[str]:
    """The sentences of the file's analytical note (read again: the document object keeps only its figures)."""
    from pipeline.layout import Paragraph
    from pipeline.readers import read_layout
    from pipeline.sections import NOTE, split_parts
    from pipeline.sentences import sentences

    try:
        parts = split_parts(read_layout(path))
    except UnreadableDocument:
        return []
    return [s for block in parts.blocks[NOTE] if isinstance(block, Paragraph) for s in sentences(block.text)]
