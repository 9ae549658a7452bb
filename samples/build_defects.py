"""Build defective submissions for the `validate` tests: each is a sample report with one known defect.

    python samples/build_defects.py            # DOCX (+ PDF with soffice, encrypted PDF with qpdf)

Output goes to tests/data/defective/ (not samples/, whose reports are all correct), with
manifest.json saying, per file, the finding code expected and where: the indicator (by name), the
note paragraph (by a snippet of its text) or the whole document.
"""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

SAMPLES_DIR = Path(__file__).resolve().parent
ROOT = SAMPLES_DIR.parent
OUT = ROOT / "tests" / "data" / "defective"
sys.path.insert(0, str(SAMPLES_DIR))

import build_samples  # noqa: E402
import sample_agds  # noqa: E402
from sample_model import IndicatorRow, Para, Sample, TableSpec  # noqa: E402


@dataclass
class Defect:
    name: str
    code: str
    target: Optional[dict]  # {"indicator": name prefix} | {"paragraph": snippet} | None (document)
    mutate: Callable[[Sample], None]
    pdf: bool = False


def indicator(sample: Sample, prefix: str) -> IndicatorRow:
    """The indicator row whose name starts with prefix."""
    return next(r for r in sample.records("indicators") if r.name.startswith(prefix))


def set_indicator(prefix: str, **changes) -> Callable[[Sample], None]:
    def mutate(sample: Sample) -> None:
        row = indicator(sample, prefix)
        for field, value in changes.items():
            setattr(row, field, value)
    return mutate


def replace_in_note(old: str, new: str) -> Callable[[Sample], None]:
    def mutate(sample: Sample) -> None:
        hits = [b for b in sample.blocks if isinstance(b, Para) and old in b.text]
        assert len(hits) == 1, old
        hits[0].text = hits[0].text.replace(old, new)
    return mutate


def drop_indicator_section(sample: Sample) -> None:
    """Remove the indicator table and its title."""
    sample.blocks = [b for b in sample.blocks
                     if not (isinstance(b, TableSpec) and b.kind == "indicators")
                     and not (isinstance(b, Para) and "Достижение целей" in b.text)]


DEFECTS = [
    Defect("no_indicator_table", "missing_section", None, drop_indicator_section),
    Defect("status_contradiction", "status_mismatch", {"indicator": "Доля исполненных рекомендаций"},
           set_indicator("Доля исполненных рекомендаций", status="Не достигнут"), pdf=True),
    Defect("wrong_percentage", "arithmetic_mismatch", {"paragraph": "из которых 300 исполнено"},
           replace_in_note("(97,09%)", "(79,09%)"), pdf=True),
    Defect("plan_not_available", "missing_value", {"indicator": "Доля исполненных предложений"},
           set_indicator("Доля исполненных предложений", plan="н/д")),
    Defect("unknown_status", "unknown_status", {"indicator": "Доля лиц из числа обратившихся"},
           set_indicator("Доля лиц из числа обратившихся", status="Уточняется")),
    Defect("fact_not_a_number", "unparsed_number", {"indicator": "Доля государственных услуг, охваченных"},
           set_indicator("Доля государственных услуг, охваченных", fact="см. примечание")),
    Defect("share_over_100", "percent_out_of_range", {"indicator": "Доля восстановленных прав"},
           set_indicator("Доля восстановленных прав", fact="108,4")),
    Defect("note_differs_from_table", "note_table_mismatch", {"indicator": "Доля конкурсов"},
           set_indicator("Доля конкурсов", fact="90,1")),
]


def build_docx_defect(defect: Defect) -> list[Path]:
    sample = copy.deepcopy(sample_agds.build())
    sample.name = defect.name
    defect.mutate(sample)
    path = OUT / f"{defect.name}.docx"
    build_samples.write_if_changed(path, build_samples.DocWriter(sample).build())
    built = [path]
    if defect.pdf and shutil.which("soffice"):
        pdf = path.with_suffix(".pdf")
        if not pdf.exists() or pdf.stat().st_mtime < path.stat().st_mtime:
            build_samples.convert_to_pdf(path)
        built.append(pdf)
    return built


def build_broken_files() -> dict[str, dict]:
    """Files that are no readable document, and a scan without a text layer."""
    good_docx, good_pdf = SAMPLES_DIR / "agds_2019.docx", SAMPLES_DIR / "agds_2019.pdf"
    (OUT / "truncated.docx").write_bytes(good_docx.read_bytes()[: good_docx.stat().st_size * 2 // 5])
    (OUT / "truncated.pdf").write_bytes(good_pdf.read_bytes()[: good_pdf.stat().st_size // 3])
    (OUT / "text_named.pdf").write_text("Отчет о реализации стратегического плана\n", encoding="utf-8")
    (OUT / "empty.docx").write_bytes(b"")
    manifest = {name: {"code": "unreadable_document", "target": None}
                for name in ("truncated.docx", "truncated.pdf", "text_named.pdf", "empty.docx")}
    build_scan(good_pdf, OUT / "scan.pdf")
    manifest["scan.pdf"] = {"code": "no_text_layer", "target": None}
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--encrypt", "secret", "owner-secret", "256", "--", str(good_pdf),
                        str(OUT / "encrypted.pdf")], check=True)
        manifest["encrypted.pdf"] = {"code": "unreadable_document", "target": None}
    return manifest


def build_scan(source: Path, target: Path, pages: int = 2) -> None:
    """Pages rendered to images and saved as an image-only PDF: what a scanner produces."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(source))
    images = [document[i].render(scale=1).to_pil().convert("L") for i in range(pages)]
    images[0].save(target, "PDF", save_all=True, append_images=images[1:], resolution=72)
    document.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    for defect in DEFECTS:
        for path in build_docx_defect(defect):
            manifest[path.name] = {"code": defect.code, "target": defect.target}
    manifest.update(build_broken_files())
    (OUT / "manifest.json").write_text(json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    print(f"{len(manifest)} defective files in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
