"""Extract a generated report's DOCX and PDF with the pipeline and compare both with the truth.

Every risk and indicator field counts as one cell: right when it equals the truth after whitespace
normalization (a line break where a PDF line wraps anyway leaves no trace). Records are aligned by their
name (risk text) so that one phantom or lost row costs its own cells, not those of every row after it.
Also compared: the report identity, the note's text (truth, DOCX, PDF) and its paragraph breaks (reported
apart from a perfect report: the text may be right with a paragraph cut in two), the note's facts PDF vs DOCX
(precision and recall of (value, unit, year)), and the findings (no `error` on a correct report).
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from generator.markup import words
from generator.model import INDICATOR_FIELDS, RISK_FIELDS, TEXT_FIELDS

FIELDS = {"risks": RISK_FIELDS, "indicators": INDICATOR_FIELDS}
KEY_FIELD = {"risks": "risk", "indicators": "name"}
SHOW = 90  # characters of a value shown in a mismatch line


@dataclass
class Extraction:
    """What the pipeline made of one file: records, identity, note text, note facts, findings."""

    risks: list[dict]
    indicators: list[dict]
    report: dict
    note_text: str
    facts: list[tuple]
    note_paragraphs: list[str]
    errors: list[str]
    warnings: list[str]


@dataclass
class Mismatch:
    kind: str  # "risks" | "indicators" | "report" | "note" | "findings"
    index: Optional[int]  # the record's position in the truth
    field: str
    expected: object
    got: object

    def line(self) -> str:
        where = f"{self.kind}[{self.index}]" if self.index is not None else self.kind
        return f"{where}.{self.field}: expected {_short(self.expected)} got {_short(self.got)}"


@dataclass
class Score:
    """One file against the truth."""

    fmt: str
    cells: Counter = field(default_factory=Counter)  # (kind, field) -> right
    totals: Counter = field(default_factory=Counter)  # (kind, field) -> total
    mismatches: list[Mismatch] = field(default_factory=list)
    extra_records: int = 0
    note_equal: bool = True
    paragraphs_equal: bool = True  # the note's paragraph breaks; reported apart, not part of perfect
    errors: list[str] = field(default_factory=list)

    def right(self, text_only: bool = False) -> tuple[int, int]:
        keys = [k for k in self.totals if not text_only or k[1] in TEXT_FIELDS]
        return sum(self.cells[k] for k in keys), sum(self.totals[k] for k in keys)

    @property
    def perfect(self) -> bool:
        return (not any(m.field != "paragraphs" for m in self.mismatches) and not self.extra_records
                and self.note_equal and not self.errors)


def extract(path: Path) -> Extraction:
    """Run the pipeline on one file; the note's text is read from the same layout the records come from."""
    from pipeline.extract import build_report, sha256_of
    from pipeline.layout import Paragraph
    from pipeline.models import Source
    from pipeline.readers import declared_format, read_layout
    from pipeline.sections import NOTE, split_parts

    layout = read_layout(path)
    source = Source(file=path.name, format=declared_format(path), sha256=sha256_of(path), pages=layout.pages)
    doc = build_report(layout, source).model_dump(mode="json")
    paragraphs = [words(b.text) for b in split_parts(layout).blocks[NOTE] if isinstance(b, Paragraph)]
    facts = [(f["value"], f["unit"], f["year"]) for f in doc["facts"] if f["part"] == "analytical_note"]
    return Extraction(doc["risks"], doc["indicators"], doc["report"], words(" ".join(paragraphs)), facts,
                      [p for p in paragraphs if p],
                      [f"{f['code']}: {f['message']}" for f in doc["findings"] if f["severity"] == "error"],
                      sorted(f["code"] for f in doc["findings"] if f["severity"] == "warning"))


def normalized(value):
    """Strings whitespace-normalized, dicts and lists recursively; numbers as they are."""
    if isinstance(value, str):
        return words(value)
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    return value


def align(kind: str, expected: list[dict], got: list[dict]) -> list[tuple[Optional[int], Optional[int]]]:
    """Pairs (truth index, extracted index) matched by the records' key text; None on the side that lacks one."""
    key = KEY_FIELD[kind]
    a = [words(r.get(key))[:80] for r in expected]
    b = [words(r.get(key))[:80] for r in got]
    pairs: list[tuple[Optional[int], Optional[int]]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            pairs += list(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        common = min(i2 - i1, j2 - j1)  # the rest of an uneven block: pair in order, then leftovers
        pairs += list(zip(range(i1, i1 + common), range(j1, j1 + common), strict=True))
        pairs += [(i, None) for i in range(i1 + common, i2)] + [(None, j) for j in range(j1 + common, j2)]
    return pairs


def score(fmt: str, truth: dict, got: Extraction) -> Score:
    """One extraction against the truth."""
    out = Score(fmt)
    for kind in ("risks", "indicators"):
        expected, records = truth[kind], getattr(got, kind)
        for i, j in align(kind, expected, records):
            if i is None:
                out.extra_records += 1
                out.mismatches.append(Mismatch(kind, None, "extra record", None, records[j].get(KEY_FIELD[kind])))
                continue
            for name in FIELDS[kind]:
                want = normalized(expected[i].get(name))
                have = normalized(records[j].get(name)) if j is not None else "<missing record>"
                out.totals[(kind, name)] += 1
                if _equal(want, have):
                    out.cells[(kind, name)] += 1
                else:
                    out.mismatches.append(Mismatch(kind, i, name, want, have))
    for name, want in truth["report"].items():
        have = got.report.get(name)
        if normalized(want) != normalized(have):
            out.mismatches.append(Mismatch("report", None, name, want, have))
    out.note_equal = got.note_text == truth["note_text"]
    if not out.note_equal:
        out.mismatches.append(Mismatch("note", None, "text", *first_difference(truth["note_text"], got.note_text)))
    paragraphs = [p for p in truth.get("note_paragraphs", got.note_paragraphs) if p]
    out.paragraphs_equal = got.note_paragraphs == paragraphs
    if not out.paragraphs_equal:  # a sentence cut by a paragraph break loses its facts' years and units
        out.mismatches.append(Mismatch("note", None, "paragraphs", *first_split(paragraphs, got.note_paragraphs)))
    out.errors = got.errors
    for error in got.errors:
        out.mismatches.append(Mismatch("findings", None, "error", None, error))
    return out


def first_split(want: list[str], have: list[str]) -> tuple[str, str]:
    """The first paragraph that differs, on each side (a paragraph cut in two, or two run together)."""
    i = next((k for k, (x, y) in enumerate(zip(want, have, strict=False)) if x != y), min(len(want), len(have)))
    return (want[i] if i < len(want) else "<none>"), (have[i] if i < len(have) else "<none>")


def _equal(want, have) -> bool:
    if isinstance(want, float) and isinstance(have, (int, float)):
        return abs(want - have) < 1e-9
    return want == have


def first_difference(a: str, b: str, context: int = 40) -> tuple[str, str]:
    """The two texts around their first difference."""
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(0, i - context)
    return "…" + a[start : i + context] + "…", "…" + b[start : i + context] + "…"


HYPHEN_CODES = str.maketrans({"\ufffe": "-", "\u00ad": "-", "\x02": "-"})


def lost_characters(pdf_path: Path, truth: dict) -> Counter:
    """Characters of the truth's texts that the PDF does not show at all (pdfium's own text of every page).

    Empty for a faithful rendering; anything else means LibreOffice clipped or dropped text, and the seed
    says nothing about the reader."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        shown = "".join(page.get_textpage().get_text_range() for page in doc).translate(HYPHEN_CODES)
    finally:
        doc.close()
    texts = [truth["report"]["title"], truth["note_text"]]
    groups = set()
    for kind in ("risks", "indicators"):
        for record in truth[kind]:
            texts += [v for k, v in record.items() if k in TEXT_FIELDS and isinstance(v, str)]
            groups |= {(g["number"], g["title"]) for g in (record["direction"], record["goal"]) if g}
    texts += [title for _, title in groups]
    wanted = Counter(c for c in "".join(texts) if not c.isspace())
    return wanted - Counter(c for c in shown if not c.isspace())


def fact_agreement(pdf: Extraction, docx: Extraction) -> tuple[int, int, int]:
    """(common, PDF count, DOCX count) of the note's (value, unit, year) facts."""
    a, b = Counter(pdf.facts), Counter(docx.facts)
    return sum((a & b).values()), sum(a.values()), sum(b.values())


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= SHOW else text[: SHOW - 1] + "…'"
