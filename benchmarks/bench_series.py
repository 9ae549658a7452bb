"""Time `series` over 2,000 documents in the database (target: under 10 s), and the load that builds them.

    python benchmarks/bench_series.py [--documents 2000] [--years 8] [--keep FOLDER]

The documents are made synthetically from the history samples' model (samples/history_*.py), no DOCX rendered:
each synthetic agency is one of the four history agencies under a name of its own, its reports repeated over
`--years` years with the values moved a little and the names written with the samples' rewordings. The JSON
files and documents.csv are written as `extract` writes them, loaded into SQLite with `load`, then
`python -m pipeline series --db URL` runs as a user runs it (a process of its own, imports included).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

from pipeline.db import load  # noqa: E402
from pipeline.export import TableRows, document_json, write_atomic  # noqa: E402
from pipeline.numbers import parse_cell_number, parse_indicator_status  # noqa: E402

TEMPLATES = ["history_civil", "history_labour", "history_heldout_health", "history_heldout_ecology"]
CITIES = ["Астана", "Алматы", "Шымкент", "Караганда", "Актобе", "Тараз", "Павлодар", "Семей", "Костанай", "Уральск",
          "Атырау", "Петропавловск", "Кокшетау", "Талдыкорган", "Экибастуз"]
REGIONS = ["Акмолинской", "Актюбинской", "Алматинской", "Атырауской", "Восточно-Казахстанской", "Жамбылской",
           "Западно-Казахстанской", "Карагандинской", "Костанайской", "Кызылординской", "Мангистауской",
           "Павлодарской", "Северо-Казахстанской", "Туркестанской", "Абайской", "Жетысуской", "Улытауской"]


def agency_name(template, n: int) -> str:
    """A name of its own: the template's with a region and a city ("... Акмолинской области по городу Тараз")."""
    base = template.reports[-1].agency.replace(" Республики Казахстан", "")
    return f"{base} {REGIONS[n % len(REGIONS)]} области по городу {CITIES[n // len(REGIONS) % len(CITIES)]}"


def indicator(row, direction, goal, scale: float) -> dict:
    """One indicator object from a history Row, its values moved by `scale`."""
    plan, fact = parse_cell_number(row.plan), parse_cell_number(row.fact)
    status = parse_indicator_status(row.status)
    return {
        "direction": {"number": direction.number, "title": direction.title},
        "goal": {"number": goal.number, "title": goal.title},
        "name": row.name, "source": row.source, "unit": row.unit,
        "plan": None if plan.value is None else round(plan.value * scale, 2),
        "fact": None if fact.value is None else round(fact.value * scale, 2),
        "plan_text": row.plan, "fact_text": row.fact, "status": status.status, "status_text": status.status_text,
        "comment": status.comment, "location": {"page": None, "table": 1, "row": None, "paragraph": None},
    }


def documents_of(template, n: int, years: int, rng: random.Random) -> list[dict]:
    """The synthetic agency's reports, one per year, each a document object."""
    name = agency_name(template, n)
    first = template.reports[0].year
    docs = []
    for k in range(years):
        report = template.reports[k % len(template.reports)]
        scale = 1 + 0.02 * (k // len(template.reports)) + rng.uniform(-0.01, 0.01)
        indicators = [indicator(track.years[report.year], direction, goal, scale)
                      for direction, goals in report.directions for goal in goals for track in template.tracks
                      if report.year in track.years and (track.direction, track.goal) == (direction.key, goal.key)]
        year = first + k
        digest = hashlib.sha256(f"{name}|{year}".encode()).hexdigest()
        docs.append({
            "schema_version": "1", "document_id": digest,
            "source": {"file": f"agency{n:04d}_{year}.docx", "format": "docx", "sha256": digest, "pages": None},
            "report": {"title": f"Отчет о реализации стратегического плана {name}", "agency": name,
                       "plan_period": {"start": first, "end": first + years}, "reporting_year": year},
            "risks": [], "indicators": indicators, "facts": [], "findings": [],
        })
    return docs


def write_run(folder: Path, count: int, years: int, seed: int = 1) -> int:
    """count documents (agencies x years) as `extract` writes them: JSON files and documents.csv."""
    rng = random.Random(seed)
    templates = [importlib.import_module(name).build() for name in TEMPLATES]
    rows = TableRows()
    position = 0
    for n in range(-(-count // years)):
        for doc in documents_of(templates[n % len(templates)], n, years, rng):
            if position == count:
                break
            output = doc["source"]["file"].replace(".docx", ".json")
            write_atomic(folder / output, document_json(doc))
            rows.add(position, doc, output, [doc["source"]["file"]], None)
            position += 1
    rows.write(folder)
    return position


def _child_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes: a fair figure on a busy machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--years", type=int, default=8)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_series_") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        count = write_run(folder, args.documents, args.years)
        url = f"sqlite:///{folder / 'reports.sqlite'}"
        start = time.perf_counter()
        load(folder, url)
        loaded = time.perf_counter() - start
        start, cpu = time.perf_counter(), _child_cpu()
        done = subprocess.run([sys.executable, "-m", "pipeline", "series", "--db", url], capture_output=True, text=True,
                              cwd=ROOT, check=True)
        took, cpu = time.perf_counter() - start, _child_cpu() - cpu
        print(f"{count} documents: load (with the series rebuilt) {loaded:.1f} s; `series --db` {took:.2f} s "
              f"({cpu:.2f} s of CPU; {len(done.stdout) / 1e6:.1f} MB of JSON); target < 10 s")
    return 0 if took < 10 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
