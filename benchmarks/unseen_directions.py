"""`validate` on correct reports built from indicators and status wordings never seen (tests/data/unseen_*.tsv).

Every name carries the way that is truly better; plan and fact are drawn to agree with it and with the status the
row states, so every `status_mismatch` and every `unknown_status` raised is a false alarm. Prints, per layout and
format: false status_mismatch, false unknown_status, `direction_unknown` notes, the findings of the rows whose status
cell only explains a missing fact, and how `better_direction` reads each name (right / wrong / unknown).

    python benchmarks/unseen_directions.py [--pdf] [--layouts standard,numbered,years,landscape]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.direction import better_direction  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402
from pipeline.models import Report  # noqa: E402
from report_layouts import LAYOUTS, build_report, indicators, report_rows  # noqa: E402

TITLE = "Отчет о реализации стратегического плана Министерства национальной экономики Республики Казахстан на 2020 – 2024 годы"
NOTE = "В 2021 году создано 24 960 постоянных рабочих мест, что на 8,5% больше, чем в 2020 году."


def to_pdf(docx: Path) -> Path:
    """The report as LibreOffice prints it, its tables ruled ("Table Grid") as a ministry's are: the PDF reader
    finds a table by its lines."""
    ruled = docx.with_name(f"{docx.stem}_ruled.docx")
    document = Document(str(docx))
    for table in document.tables:
        table.style = document.styles["Table Grid"]
    document.save(str(ruled))
    profile = (docx.parent / "lo_profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
                    "--outdir", str(docx.parent), str(ruled)], check=True, capture_output=True, timeout=600)
    return ruled.with_suffix(".pdf")


def figures(report: Report, of_row: list, stated: int) -> dict:
    """The false alarms of one correct report, and how each row's direction was read."""
    codes = Counter(f.code for f in report.findings)
    by_row: dict[tuple, list[str]] = {}
    for f in report.findings:
        if f.location and f.location.row is not None:
            by_row.setdefault((f.location.table, f.location.row), []).append(f.code)
    read: Counter = Counter()
    wrong = []
    missing_rows_ok = 0
    for k, ind in enumerate(report.indicators[: len(of_row)]):
        truth = of_row[k].direction
        got = better_direction(ind) or "unknown"
        if k >= stated:
            where = (ind.location.table, ind.location.row) if ind.location else None
            missing_rows_ok += by_row.get(where, []) == ["missing_value"]
            continue
        read[("right" if got == truth else "unknown" if got == "unknown" else "wrong") if truth != "unknown"
             else ("right" if got == "unknown" else "guessed")] += 1
        if got != truth and got != "unknown":
            wrong.append(f"{ind.name} (true {truth}, read {got})")
    return {"indicators": len(report.indicators), "status_mismatch": codes["status_mismatch"],
            "unknown_status": codes["unknown_status"], "direction_unknown": codes["direction_unknown"],
            "missing_rows_one_finding": f"{missing_rows_ok}/{len(of_row) - stated}", "direction": dict(read), "wrong": wrong,
            "messages": [f.message for f in report.findings if f.code in ("status_mismatch", "unknown_status")]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", action="store_true", help="also convert each DOCX to PDF with LibreOffice")
    parser.add_argument("--layouts", default=",".join(sorted(LAYOUTS)))
    parser.add_argument("-v", "--verbose", action="store_true", help="print each false alarm and wrong direction")
    parser.add_argument("--names", default="unseen_directions.tsv", help="the labelled names under tests/data/")
    args = parser.parse_args()
    rows, of_row = report_rows(args.names)
    stated = len(indicators(args.names))  # the rows stating a status; the rest only explain a missing fact
    with tempfile.TemporaryDirectory() as tmp:
        for layout in args.layouts.split(","):
            docx = build_report(Path(tmp) / f"unseen_{layout}.docx", layout, rows, TITLE, NOTE)
            for path in [docx] + ([to_pdf(docx)] if args.pdf else []):
                got = figures(extract_document(path), of_row, stated)
                print(f"{layout:10s} {path.suffix[1:]:4s} rows {got['indicators']}/{len(rows)}  "
                      f"status_mismatch {got['status_mismatch']}  unknown_status {got['unknown_status']}  "
                      f"direction_unknown {got['direction_unknown']}  missing-fact rows with one finding "
                      f"{got['missing_rows_one_finding']}  direction {got['direction']}")
                if args.verbose:
                    for line in got["messages"] + got["wrong"]:
                        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
