"""Dump what the pipeline makes of every document and labelled case we have, to compare two versions byte for byte.

    python benchmarks/snapshot_outputs.py OUTDIR [FOLDER...]     then:  diff -r OUTDIR_BEFORE OUTDIR_AFTER

Covers the samples, every file under tests/data (defective, producers, fixtures), the real documents of
../shared/real when present, the documents the layout tests build, and the facts of every labelled case of
tests/data/*.json, and every document under each FOLDER given (e.g. the archive samples/build_archive.py
builds). A refactoring that changes no behaviour leaves the two folders identical.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.batch import extract_one  # noqa: E402

DOCUMENT_SUFFIXES = {".docx", ".pdf", ".doc", ".rtf", ".odt"}


def document_paths(extra: list[Path]) -> list[Path]:
    roots = [ROOT / "samples", ROOT / "tests" / "data", ROOT.parent / "shared" / "real", *extra]
    found = []
    for root in roots:
        if root.is_dir():
            found += [p for p in sorted(root.rglob("*")) if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file()]
    return found


def built_documents(folder: Path) -> list[Path]:
    """Documents the layout tests build with python-docx (functions named build_*(path) in tests/)."""
    sys.path.insert(0, str(ROOT / "tests"))
    out = []
    for test_file in sorted((ROOT / "tests").glob("test_*.py")):
        module_name = test_file.stem
        try:
            module = __import__(module_name)
        except Exception:  # a test module that needs fixtures or tools we lack: skip it
            continue
        for name in sorted(dir(module)):
            fn = getattr(module, name)
            if name.startswith("build_") and callable(fn):
                try:
                    path = fn(folder / f"{module_name}__{name}.docx")
                except TypeError:
                    continue
                if isinstance(path, Path) and path.exists():
                    out.append(path)
    return out


def label_files() -> list[Path]:
    return sorted(p for p in (ROOT / "tests" / "data").glob("*.json") if _holds_cases(p))


def _holds_cases(path: Path) -> bool:
    """A label file is a JSON object with "cases" (a long "about" text may come first)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return isinstance(data, dict) and "cases" in data


def dump_facts(outdir: Path) -> None:
    from pipeline.facts import TextBlock, extract_facts

    for path in label_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        results = []
        for case in data.get("cases", []):
            blocks = case.get("blocks") or ([case["text"]] if "text" in case else [])
            facts = extract_facts([TextBlock(text) for text in blocks], case.get("part", "analytical_note"))
            results.append([f.model_dump(mode="json") for f in facts])
        (outdir / f"facts__{path.stem}.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    outdir, extra = Path(argv[0]), [Path(a).resolve() for a in argv[1:]]
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths = document_paths(extra) + built_documents(Path(tmp))
        for path in paths:
            rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path(path.name)
            doc = extract_one(path, path.name)
            if str(path).startswith(tmp):  # python-docx stamps the time: the hash of a built file changes
                rel = Path("built") / path.name
                text = json.dumps(doc, ensure_ascii=False).replace(doc["document_id"], "<built>")
                doc = json.loads(text)
            elif path.is_relative_to(ROOT.parent / "shared" / "real"):
                rel = Path("real") / path.relative_to(ROOT.parent / "shared" / "real")
            elif not path.is_relative_to(ROOT):
                rel = Path("extra") / next(path.relative_to(e) for e in extra if path.is_relative_to(e))
            name = "__".join(rel.parts)
            (outdir / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    dump_facts(outdir)
    print(f"{len(list(outdir.glob('*.json')))} files in {outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
