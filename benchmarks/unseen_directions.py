"""`validate` on correct reports built from indicators and status wordings never seen (tests/data/unseen_*.tsv).

Every name carries the way that is truly better; plan and fact are drawn to agree with it and with the status the
row states, so every `status_mismatch` and every `unknown_status` raised is a false alarm. Prints, per layout and
format: false status_mismatch, false unknown_status, `direction_unknown` notes, the findings of the rows whose status
cell only explains a missing fact, and how `better_direction` reads each name (right / wrong / unknown).

    python benchmarks/unseen_directions.py [--pdf] [--layouts standard,numbered,years,landscape]
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.direction import better_direction  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402
from pipeline.models import Report  # noqa: E402
from report_layouts import LAYOUTS, build_report  # noqa: E402

DATA = ROOT / "tests" / "data"
TITLE = "Отчет о реализации стратегического плана Министерства национальной экономики Республики Казахстан на 2020 – 2024 годы"
NOTE = "В 2021 году создано 24 960 постоянных рабочих мест, что на 8,5% больше, чем в 2020 году."


@dataclass(frozen=True)
class Named:
    field: str
    name: str
    unit: str
    bound: str
    direction: str  # higher | lower | unknown


@dataclass(frozen=True)
class Wording:
    status: str  # achieved | not_achieved | partially_achieved | missing
    text: str


def _rows(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def indicators() -> list[Named]:
    return [Named(**row) for row in _rows(DATA / "unseen_directions.tsv")]


def wordings() -> list[Wording]:
    return [Wording(row["status"], row["text"].replace("\\n", "\n")) for row in _rows(DATA / "unseen_statuses.tsv")]


def _number(value: float, whole: bool) -> str:
    return str(int(round(value))) if whole else f"{value:.1f}".replace(".", ",")


def plan_and_fact(named: Named, status: str, i: int) -> tuple[str, str, str]:
    """Last year's fact, the plan and the fact as written, agreeing with the true direction and the status.

    Where the direction is unknown, the fact falls on either side of the plan in turn: the validator cannot know."""
    whole = named.unit in ("место", "единиц", "человек", "случаев")
    plan = 20 + (i * 7) % 60 if named.unit.startswith("%") or whole else 100 + (i * 37) % 800 + 0.5
    step = max(1.0, round(plan * 0.06)) if whole else round(plan * 0.06, 1)
    direction = named.direction if named.direction != "unknown" else ("higher", "lower")[i % 2]
    better = step if direction == "higher" else -step
    if status == "achieved":
        fact = plan if i % 9 == 0 else plan + better
    elif status == "not_achieved":
        fact = plan - better
    else:  # partially achieved: short of the plan
        fact = plan - better / 2
    plan_text = _number(plan, whole)
    if named.bound:
        plan_text = f"{named.bound} {plan_text}"
    return _number(plan - better, whole), plan_text, _number(fact, whole)


def report_rows() -> tuple[list[tuple], list[Named]]:
    """One row per name with a status cycling through the wordings that state one; then one row per wording that
    only explains a missing fact (on the names in turn)."""
    names, said = indicators(), wordings()
    stating = [w for w in said if w.status != "missing"]
    rows, of_row = [], []
    for i, named in enumerate(names):
        wording = stating[i % len(stating)]
        last, plan, fact = plan_and_fact(named, wording.status, i)
        rows.append((named.name, named.unit, last, plan, fact, wording.text))
        of_row.append(named)
    for k, wording in enumerate(w for w in said if w.status == "missing"):
        named = names[(k * 17) % len(names)]
        last, plan, _ = plan_and_fact(named, "achieved", k)
        rows.append((named.name, named.unit, last, plan, "–" if k % 2 else "", wording.text))
        of_row.append(named)
    return rows, of_row


def to_pdf(docx: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return docx.with_suffix(".pdf")


def figures(report: Report, of_row: list[Named]) -> dict:
    """The false alarms of one correct report, and how each row's direction was read."""
    codes = Counter(f.code for f in report.findings)
    by_row: dict[tuple, list[str]] = {}
    for f in report.findings:
        if f.location and f.location.row is not None:
            by_row.setdefault((f.location.table, f.location.row), []).append(f.code)
    read: Counter = Counter()
    wrong = []
    missing_rows_ok = 0
    stated = len(indicators())
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
    args = parser.parse_args()
    rows, of_row = report_rows()
    with tempfile.TemporaryDirectory() as tmp:
        for layout in args.layouts.split(","):
            docx = build_report(Path(tmp) / f"unseen_{layout}.docx", layout, rows, TITLE, NOTE)
            for path in [docx] + ([to_pdf(docx)] if args.pdf else []):
                got = figures(extract_document(path), of_row)
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
