"""Build a multi-year archive of reports and the truth of its series and planted history defects.

    python samples/build_history.py                      # samples/history/: the committed sample archive
    python samples/build_history.py --set heldout OUT    # the held-out archive (other agencies), into OUT
    python samples/build_history.py --no-pdf ...         # PDF years are written as DOCX instead

Each agency (samples/history_*.py) is a list of yearly reports and tracks (one indicator across the years);
each yearly report becomes a sample_model.Sample written by build_samples.DocWriter, so the history
reports are built exactly like the other samples. OUT/archive/ holds the reports (DOCX, and PDF where a
report is published so: converted by LibreOffice, and only when the DOCX it comes from changed (OUT/pdf_sources.json));
OUT/truth.json says which indicator of which report belongs to which series and which defect is planted where.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES_DIR))

from build_samples import DocWriter, convert_to_pdf, write_if_changed  # noqa: E402
from history_model import Agency, file_names, to_sample, truth  # noqa: E402

SETS = {  # the modules of each set's agencies, each with a build() -> Agency
    "sample": ["history_civil", "history_labour"],
    "heldout": ["history_heldout_health", "history_heldout_ecology"],
}
DEFAULT_OUT = SAMPLES_DIR / "history"


def without_pdf(agency: Agency) -> Agency:
    """The agency with every PDF-only report written as DOCX and DOCX+PDF reports as DOCX alone."""
    reports = [replace(r, formats=("docx",)) for r in agency.reports]
    return replace(agency, reports=reports)


def agencies_of(name: str, pdf: bool) -> list[Agency]:
    agencies = [importlib.import_module(module).build() for module in SETS[name]]
    return agencies if pdf else [without_pdf(a) for a in agencies]


def build_agency(agency: Agency, out: Path, digests: dict[str, str]) -> list[str]:
    """Write every report of the agency; returns the archive's file names. A PDF is converted again only when
    the DOCX it comes from changed (digests: the sha256 of each PDF's DOCX, kept in out/pdf_sources.json)."""
    archive = out / "archive"
    written = []
    for report in agency.reports:
        data = DocWriter(to_sample(agency, report)).build()
        stem = agency.file_stem(report.year)
        if "docx" in report.formats:
            write_if_changed(archive / f"{stem}.docx", data)
        if "pdf" in report.formats:
            digest = hashlib.sha256(data).hexdigest()
            if digests.get(stem) != digest or not (archive / f"{stem}.pdf").exists():
                with tempfile.TemporaryDirectory(prefix="history_pdf_") as tmp:
                    source = Path(tmp) / f"{stem}.docx"
                    source.write_bytes(data)
                    shutil.move(str(convert_to_pdf(source)), archive / f"{stem}.pdf")
                digests[stem] = digest
        written += file_names(agency, report)
    return written


def build(name: str, out: Path, pdf: bool) -> dict:
    """Build the set into out; returns its truth (also written to out/truth.json)."""
    (out / "archive").mkdir(parents=True, exist_ok=True)
    agencies = agencies_of(name, pdf)
    digests_path = out / "pdf_sources.json"
    digests = json.loads(digests_path.read_text(encoding="utf-8")) if digests_path.exists() else {}
    files = [f for agency in agencies for f in build_agency(agency, out, digests)]
    write_if_changed(digests_path, (json.dumps(digests, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    stale = [p for p in (out / "archive").iterdir() if p.name not in files]
    for path in stale:
        path.unlink()
    facts = truth(agencies)
    text = json.dumps(facts, ensure_ascii=False, indent=2) + "\n"
    write_if_changed(out / "truth.json", text.encode("utf-8"))
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--set", choices=sorted(SETS), default="sample")
    parser.add_argument("--no-pdf", action="store_true", help="write PDF years as DOCX (no LibreOffice needed)")
    args = parser.parse_args(argv)
    pdf = not args.no_pdf and shutil.which("soffice") is not None
    if not args.no_pdf and not pdf:
        print("soffice not found: PDF years are written as DOCX")
    facts = build(args.set, args.out, pdf)
    members = sum(len(s["members"]) for s in facts["series"])
    print(f"{args.out}: {len(facts['documents'])} reports, {len(facts['series'])} series ({members} members), "
          f"{len(facts['defects'])} planted defects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
