"""Documents for linking, from the document objects of a run (OUTDIR/*.json) or of one submission."""
from __future__ import annotations

from pathlib import Path

from pipeline.series.model import IndicatorRef, NoteFact, SeriesDocument


def indicator_ref(document_id: str, index: int, item: dict) -> IndicatorRef:
    """One indicator of a document object."""
    direction, goal, where = item.get("direction") or {}, item.get("goal") or {}, item.get("location") or {}
    return IndicatorRef(
        document_id, index, item.get("name") or "", item.get("unit"), item.get("plan"), item.get("fact"),
        item.get("status"), item.get("plan_text"), item.get("fact_text"), direction.get("number"),
        direction.get("title"), goal.get("number"), goal.get("title"), item.get("comment"),
        (where.get("page"), where.get("table"), where.get("row")) if where else None,
    )


def note_facts(doc: dict) -> list[NoteFact]:
    """The dated figures of the analytical note."""
    return [NoteFact(f["value"], f["unit"], f["year"], f["text"], f["sentence"],
                     ((f.get("location") or {}).get("page"), (f.get("location") or {}).get("paragraph")))
            for f in doc.get("facts", []) if f.get("part") == "analytical_note" and f.get("year") is not None]


def series_document(doc: dict, file: str = "") -> SeriesDocument:
    """A document object (as `extract` writes it) as linking sees it."""
    report = doc.get("report") or {}
    errors = sum(1 for f in doc.get("findings", []) if f.get("severity") == "error")
    return SeriesDocument(
        doc["document_id"], file or doc["source"]["file"], report.get("agency"), report.get("reporting_year"),
        doc["source"].get("format") or "docx", errors,
        [indicator_ref(doc["document_id"], i, item) for i, item in enumerate(doc.get("indicators", []))],
        note_facts(doc),
    )


def run_documents(outdir: Path) -> list[SeriesDocument]:
    """The documents of a run folder (as `load` reads them: the ones OUTDIR/documents.csv lists)."""
    from pipeline.db import read_run

    return [series_document(run.doc, run.files[0]) for run in read_run(outdir) if run.doc.get("source")]
