"""Legacy formats against the DOCX they came from: reports saved by LibreOffice as .doc, .rtf and .odt, extracted
and compared field for field (issue 12's acceptance check on reports the project has never seen).

    python benchmarks/legacy_roundtrip.py --seeds 9500-9519 --out /tmp/legacy_rt          # generated reports
    python benchmarks/legacy_roundtrip.py --docx /work/archive240/batch_0/*.docx --out /tmp/legacy_rt

Each DOCX (a generator seed's report: landscape sections, tracked changes, merged group cells, tables split
into several Word tables vary by seed; or any DOCX given) is saved in the three formats by one soffice call
per format, then every file is extracted and its report, risks, indicators, facts and findings (file name
aside) are compared with the DOCX's. Prints each differing document's first differences and the counts.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(ROOT))

from build_legacy import FILTERS  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402

PARTS = ("report", "risks", "indicators", "facts", "findings")


def save_as(docx_files: list[Path], fmt: str, outdir: Path) -> None:
    """One soffice call writes every file in `fmt` into outdir (a profile of its own)."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo_rt_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                        "--convert-to", FILTERS[fmt], "--outdir", str(outdir), *map(str, docx_files)],
                       check=True, capture_output=True, timeout=120 + 30 * len(docx_files))


def comparable(path: Path) -> dict:
    """The document object's parts, findings without the file name their messages start with."""
    doc = json.loads(extract_document(path).model_dump_json())
    doc["findings"] = [{**f, "message": f["message"].split(": ", 1)[-1]} for f in doc["findings"]]
    return {part: doc[part] for part in PARTS}


def differences(want: dict, got: dict) -> list[str]:
    """The first differing record of each part, field by field."""
    out = []
    for part in PARTS:
        a, b = want[part], got[part]
        if a == b:
            continue
        if isinstance(a, list) and len(a) != len(b):
            out.append(f"{part}: {len(a)} in the DOCX, {len(b)} here")
            continue
        pairs = zip(a, b, strict=True) if isinstance(a, list) else [(a, b)]
        x, y = next((x, y) for x, y in pairs if x != y)
        fields = [k for k in x if x.get(k) != y.get(k)]
        out.append(f"{part}: " + "; ".join(f"{k}: {x.get(k)!r} != {y.get(k)!r}" for k in fields)[:400])
    return out


def compare(docx: Path, folder: Path) -> tuple[str, dict[str, list[str]]]:
    want = comparable(docx)
    return docx.stem, {fmt: differences(want, comparable(folder / fmt / f"{docx.stem}.{fmt}")) for fmt in FILTERS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", help="generator seeds, 'A-B' or 'A,B,C'")
    parser.add_argument("--docx", nargs="*", type=Path, default=[], help="DOCX files to take as they are")
    parser.add_argument("--out", type=Path, default=Path("/tmp/legacy_roundtrip"))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if shutil.which("soffice") is None:
        print("soffice not found: install LibreOffice (apt-get install libreoffice-writer-nogui)")
        return 1
    source = args.out / "docx"
    source.mkdir(parents=True, exist_ok=True)
    files = [Path(shutil.copy(p, source / p.name)) for p in args.docx]
    if args.seeds:
        from generator import docx_bytes, generate

        low, _, high = args.seeds.partition("-")
        seeds = range(int(low), int(high) + 1) if high else [int(s) for s in low.split(",")]
        for seed in seeds:
            (source / f"seed_{seed}.docx").write_bytes(docx_bytes(generate(seed)))
            files.append(source / f"seed_{seed}.docx")
    for fmt in FILTERS:
        save_as(files, fmt, args.out / fmt)
    same = dict.fromkeys(FILTERS, 0)
    with ProcessPoolExecutor(args.jobs) as pool:
        for stem, found in pool.map(compare, files, [args.out] * len(files)):
            for fmt, diffs in found.items():
                same[fmt] += not diffs
                for line in diffs[:3]:
                    print(f"{stem}.{fmt}: {line}")
    print(" ".join(f"{fmt}: {n}/{len(files)} identical" for fmt, n in same.items()))
    return 0 if all(n == len(files) for n in same.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
