"""Build a synthetic archive of varied reports (DOCX and PDF) for benchmarks/bench_batch.py; it is not committed.

    python samples/build_archive.py [FOLDER] [--count 240] [--pdf-share 0.3] [--jobs 2] [--seed 1]

Each report is one of the committed samples/*.docx with its text edited by python-docx: another agency in
the title, every year shifted, the numbers of the tables changed, table rows dropped or duplicated. A share
of them is converted to PDF by LibreOffice (several files per soffice call, concurrent calls each with a
profile folder of its own). A few bad files are added: empty, truncated, a text file named .pdf, and one
report under two names. FOLDER (default /tmp/archive) is emptied first if this script built it.
"""
from __future__ import annotations

import argparse
import copy
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

SAMPLES = Path(__file__).resolve().parent
MARKER = ".built_by_build_archive"
AGENCIES = [  # genitive, as the title puts them after "стратегического плана"
    "Министерства финансов Республики Казахстан",
    "Министерства юстиции Республики Казахстан",
    "Министерства здравоохранения Республики Казахстан",
    "Министерства энергетики Республики Казахстан",
    "Министерства образования и науки Республики Казахстан",
    "Министерства сельского хозяйства Республики Казахстан",
    "Министерства культуры и спорта Республики Казахстан",
    "Министерства национальной экономики Республики Казахстан",
    "Министерства иностранных дел Республики Казахстан",
    "Министерства по чрезвычайным ситуациям Республики Казахстан",
    "Министерства торговли и интеграции Республики Казахстан",
    "Агентства Республики Казахстан по противодействию коррупции",
    "Агентства Республики Казахстан по делам государственной службы",
    "Агентства по стратегическому планированию и реформам Республики Казахстан",
]
TITLE = re.compile(r"(стратегического плана\s+)(.+?)(\s+на\s+\d{4}|$)", re.S)
YEAR = re.compile(r"\b20[0-2]\d\b")
NUMBER = re.compile(r"^\d{1,3}(?: \d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")


def set_text(paragraph, text: str) -> None:
    """Replace a paragraph's text, keeping the first run's formatting."""
    runs = paragraph.runs
    if runs:
        runs[0].text = text
        for run in runs[1:]:
            run.text = ""


def retitle(document, agency: str) -> None:
    """Put another agency into the title (the first paragraph naming the strategic plan)."""
    for paragraph in document.paragraphs:
        if "стратегического плана" in paragraph.text:
            set_text(paragraph, TITLE.sub(lambda m: m.group(1) + agency + m.group(3), paragraph.text, count=1))
            return


def shift_years(document, delta: int) -> None:
    """Every year in the text moves by delta, so period, reporting year and dated facts stay consistent."""
    for node in document.element.body.iter(qn("w:t")):
        if node.text and YEAR.search(node.text):
            node.text = YEAR.sub(lambda m: str(int(m.group()) + delta), node.text)


def data_rows(table) -> list:
    """Rows holding one record: a cell per grid column, no merges, several filled cells, not a header."""
    rows = []
    for row in table.rows:
        texts = [tc.xpath("string(.)") for tc in row._tr.tc_lst]
        if ("gridSpan" in row._tr.xml or "vMerge" in row._tr.xml or sum(bool(t.strip()) for t in texts) < 3
                or all(t.strip().isdigit() for t in texts) or any("Наименование" in t for t in texts)):
            continue
        rows.append(row)
    return rows


def vary_numbers(rows, rng: random.Random) -> None:
    """Numeric cells (past the first column) scaled by 0.8-1.2, written back with a decimal comma."""
    for row in rows:
        for tc in row._tr.tc_lst[1:]:
            text = "".join(tc.xpath(".//w:t/text()")).strip()
            if NUMBER.match(text):
                value = float(text.replace(" ", "").replace(",", ".")) * rng.uniform(0.8, 1.2)
                decimals = len(text.split(",")[1]) if "," in text else 0
                _set_cell_text(tc, f"{value:.{decimals}f}".replace(".", ","))


def _set_cell_text(tc, text: str) -> None:
    """The cell's first text node gets the text, the others are emptied."""
    nodes = tc.xpath(".//w:t")
    nodes[0].text = text
    for node in nodes[1:]:
        node.text = ""


def drop_and_duplicate(table, rng: random.Random) -> None:
    """Drop one record row or duplicate one, now and then."""
    rows = data_rows(table)
    if len(rows) < 3:
        return
    choice = rng.random()
    tr = rng.choice(rows)._tr
    if choice < 0.3:
        tr.getparent().remove(tr)
    elif choice < 0.6:
        tr.addnext(copy.deepcopy(tr))


def vary(source: Path, target: Path, rng: random.Random) -> None:
    """One varied report written to target."""
    document = Document(str(source))
    retitle(document, rng.choice(AGENCIES))
    shift_years(document, rng.randint(-3, 3))
    for table in document.tables:
        vary_numbers(data_rows(table), rng)
        drop_and_duplicate(table, rng)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))


def to_pdf(batch: list[Path], outdir: Path, profile: Path) -> None:
    """Convert several DOCX files with one soffice call, in a user profile of its own."""
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), *map(str, batch)], check=True, capture_output=True, timeout=1800)


def convert_share(docx_files: list[Path], archive: Path, jobs: int) -> None:
    """Convert the files to PDF into the archive (same subfolder), jobs soffice calls at a time."""
    groups: dict[Path, list[Path]] = {}
    for path in docx_files:
        groups.setdefault(path.parent, []).append(path)
    batches = [(files[i:i + 20], archive / folder.name) for folder, files in groups.items() for i in range(0, len(files), 20)]
    with tempfile.TemporaryDirectory(prefix="lo_archive_") as profiles, ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda n: to_pdf(*batches[n], Path(profiles) / str(n % jobs)), range(len(batches))))


def add_bad_files(archive: Path, a_report: Path) -> None:
    """Empty, truncated, a text file named .pdf, and a report under a second name."""
    bad = archive / "bad"
    bad.mkdir()
    (bad / "empty.docx").write_bytes(b"")
    (bad / "truncated.docx").write_bytes(a_report.read_bytes()[: a_report.stat().st_size // 2])
    (bad / "readme.pdf").write_text("Not a report: notes saved under the wrong name.\n", encoding="utf-8")
    shutil.copy(a_report, bad / f"copy_of_{a_report.name}")


def prepare(folder: Path) -> None:
    """An empty folder to build into; refuse one with other content."""
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            sys.exit(f"{folder} is not empty and was not built by this script; choose another folder")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("built by samples/build_archive.py\n", encoding="utf-8")


def build(folder: Path, count: int, pdf_share: float, jobs: int, seed: int) -> None:
    sources = sorted(SAMPLES.glob("*.docx"))
    if not sources:
        sys.exit("no samples/*.docx: run samples/build_samples.py first")
    prepare(folder)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="archive_docx_") as staging:
        made = []
        for n in range(count):
            source = sources[n % len(sources)]
            made.append(Path(staging) / f"batch_{n % 7}" / f"{source.stem}_{n:03d}.docx")
            vary(source, made[-1], rng)
        as_pdf = set(rng.sample(range(count), round(count * pdf_share)))
        convert_share([made[n] for n in sorted(as_pdf)], folder, jobs)
        for n, path in enumerate(made):
            if n not in as_pdf:
                (folder / path.parent.name).mkdir(exist_ok=True)
                shutil.copy(path, folder / path.parent.name / path.name)
    add_bad_files(folder, next(folder.glob("batch_*/*.docx")))
    counts = {s: len(list(folder.rglob(f"*.{s}"))) for s in ("docx", "pdf")}
    print(f"{folder}: {counts['docx']} DOCX, {counts['pdf']} PDF ({count} varied reports, 4 bad files)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("/tmp/archive"))
    parser.add_argument("--count", type=int, default=240, help="varied reports (default 240)")
    parser.add_argument("--pdf-share", type=float, default=0.3, help="share converted to PDF (default 0.3)")
    parser.add_argument("--jobs", type=int, default=2, help="soffice conversions at once (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    build(args.folder, args.count, args.pdf_share, args.jobs, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
