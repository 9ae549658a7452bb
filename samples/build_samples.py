"""Build the sample reports: DOCX files, their PDF renderings and the expected JSON ground truth.

    python samples/build_samples.py            # DOCX + expected JSON + PDF (when soffice is on PATH)
    python samples/build_samples.py --no-pdf   # skip the LibreOffice conversion
    python samples/build_samples.py --force-pdf  # reconvert even when a DOCX is unchanged
    python samples/build_samples.py --only ministry_landscape_2020

Each sample is one data structure (see sample_model.py); the DOCX is written from it and the expected
JSON is dumped from it, never from a parser. Output is deterministic: fixed document properties,
fixed revision dates and fixed ZIP timestamps. A PDF is only reconverted when its DOCX changed,
since LibreOffice stamps every PDF with its creation date.
"""
from __future__ import annotations

import argparse
import io
import itertools
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import _Cell

SAMPLES_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES_DIR))

import sample_agds  # noqa: E402
import sample_committee  # noqa: E402
import sample_ministry  # noqa: E402
from sample_model import TRACKED, Group, Para, Sample, TableSpec, expected_json, title_text  # noqa: E402

BUILDERS = {
    "agds_2019": sample_agds.build,
    "ministry_landscape_2020": sample_ministry.build,
    "committee_long_2021": sample_committee.build,
}
FONT = "Times New Roman"
FIXED_TIME = datetime(2021, 3, 1, 9, 0, 0)
ZIP_TIME = (2021, 3, 1, 9, 0, 0)
REVISION_AUTHOR = "Сейткали А.Б."
REVISION_DATE = "2020-03-02T10:15:00Z"
TWIPS_PER_CM = 567
ROLE_ATTR = {"no": "number"}
CONTINUATION = "Продолжение таблицы"
PDF_TIMEOUT = 240


# --------------------------------------------------------------------------- raw XML helpers


def first_text_column(spec: TableSpec) -> int:
    """Grid index of the first column that is not "№ п/п"."""
    return next(i for i, (role, _) in enumerate(spec.columns) if role != "no")


def w_el(tag: str, **attrs: str) -> OxmlElement:
    """A w: element with w: attributes (keyword names without the prefix)."""
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    return el


def twips(cm: float) -> int:
    """Centimetres to twentieths of a point."""
    return round(cm * TWIPS_PER_CM)


def make_run(text: str, deleted: bool = False) -> OxmlElement:
    """A w:r holding text; "\\n" becomes a soft line break (w:br); deleted text goes to w:delText."""
    run = w_el("w:r")
    for i, line in enumerate(text.split("\n")):
        if i:
            run.append(w_el("w:br"))
        if line:
            t = w_el("w:delText" if deleted else "w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = line
            run.append(t)
    return run


def tracked_change(kind: str, text: str, rev_id: int) -> OxmlElement:
    """A tracked insertion (w:ins) or deletion (w:del) wrapping one run."""
    change = w_el(f"w:{kind}", id=rev_id, author=REVISION_AUTHOR, date=REVISION_DATE)
    change.append(make_run(text, deleted=(kind == "del")))
    return change


def set_row_properties(tr, header: bool, min_height_cm: float | None = None) -> None:
    """Row properties in schema order: a minimum height (w:trHeight), then w:tblHeader for a header row
    repeated at the top of every page. Rows stay splittable across pages (no w:cantSplit)."""
    if not header and min_height_cm is None:
        return
    tr_pr = tr.get_or_add_trPr()
    if min_height_cm is not None:
        tr_pr.append(w_el("w:trHeight", val=twips(min_height_cm), hRule="atLeast"))
    if header:
        tr_pr.append(w_el("w:tblHeader"))


def new_tc(tr, width_cm: float, span: int = 1, vmerge: str | None = None, valign: str = "top"):
    """Append a w:tc with tcW, gridSpan, vMerge and vAlign (in schema order) to a row."""
    tc = tr._add_tc()
    tc_pr = w_el("w:tcPr")
    tc_pr.append(w_el("w:tcW", w=twips(width_cm), type="dxa"))
    if span > 1:
        tc_pr.append(w_el("w:gridSpan", val=span))
    if vmerge:
        tc_pr.append(w_el("w:vMerge", val=vmerge))
    tc_pr.append(w_el("w:vAlign", val=valign))
    tc.insert(0, tc_pr)
    return tc


def table_borders() -> OxmlElement:
    """w:tblBorders drawing every outer and inner ruling line (single, 0.5 pt, black)."""
    borders = w_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(w_el(f"w:{side}", val="single", sz=4, space=0, color="000000"))
    return borders


def configure_table(tbl, widths_cm: list[float]) -> None:
    """Fixed layout, explicit width, borders, cell margins and column grid of a w:tbl."""
    tbl_pr = tbl.tblPr
    style = tbl_pr.find(qn("w:tblStyle"))
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    if style is not None:
        tbl_pr.append(style)
    tbl_pr.append(w_el("w:tblW", w=sum(twips(w) for w in widths_cm), type="dxa"))
    tbl_pr.append(table_borders())
    tbl_pr.append(w_el("w:tblLayout", type="fixed"))
    margins = w_el("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(w_el(f"w:{side}", w=57, type="dxa"))
    tbl_pr.append(margins)
    tbl_pr.append(w_el("w:tblLook", val="04A0", firstRow=1, lastRow=0, firstColumn=1, lastColumn=0,
                       noHBand=0, noVBand=1))
    grid = tbl.tblGrid
    for col in list(grid):
        grid.remove(col)
    for width in widths_cm:
        grid.append(w_el("w:gridCol", w=twips(width)))


def set_page(section, landscape: bool) -> None:
    """A4 with report margins; landscape swaps width and height and sets w:orient."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long_side, short_side = Mm(297), Mm(210)
    section.page_width, section.page_height = (long_side, short_side) if landscape else (short_side, long_side)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)


def set_doc_defaults(doc) -> None:
    """Document defaults: Times New Roman 12 pt, Russian, single spacing, no space after."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(r_pr):
        r_pr.remove(child)
    r_pr.append(w_el("w:rFonts", ascii=FONT, hAnsi=FONT, eastAsia=FONT, cs=FONT))
    r_pr.append(w_el("w:sz", val=24))
    r_pr.append(w_el("w:szCs", val=24))
    r_pr.append(w_el("w:lang", val="ru-RU", eastAsia="ru-RU", bidi="ar-SA"))
    p_pr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(p_pr):
        p_pr.remove(child)
    p_pr.append(w_el("w:spacing", after=0, line=240, lineRule="auto"))


def plain_font(style) -> None:
    """Drop theme fonts and theme colour from a built-in style so the document defaults apply."""
    r_pr = style.element.get_or_add_rPr()
    for tag in ("w:rFonts", "w:color"):
        for el in r_pr.findall(qn(tag)):
            r_pr.remove(el)
    style.font.color.rgb = RGBColor(0, 0, 0)


def hide_revision_marks(doc) -> None:
    """Open the document in "final" view (w:revisionView): renderers hide deleted text and change marks."""
    settings = doc.settings.element
    view = w_el("w:revisionView", markup=0, insDel=0, formatting=0)
    settings.find(qn("w:defaultTabStop")).addprevious(view)


def zip_deterministic(data: bytes) -> bytes:
    """Re-pack a DOCX with fixed timestamps so that the same input gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- styles


def add_paragraph_style(doc, name: str, size: float, bold: bool = False, italic: bool = False,
                        align=WD_ALIGN_PARAGRAPH.LEFT, after: float = 0, indent: float = 0):
    """A paragraph style based on Normal."""
    style = doc.styles.add_style(name, 1)
    style.base_style = doc.styles["Normal"]
    style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
    fmt = style.paragraph_format
    fmt.alignment, fmt.space_after, fmt.first_line_indent = align, Pt(after), Cm(indent)
    return style


def setup_styles(doc) -> None:
    """Body, title, heading and table styles of the report."""
    set_doc_defaults(doc)
    normal = doc.styles["Normal"].paragraph_format
    normal.alignment, normal.first_line_indent, normal.space_after = WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(1.25), Pt(6)
    for name, size, before in (("Heading 1", 12, 12), ("Heading 2", 12, 6)):
        style = doc.styles[name]
        plain_font(style)
        style.font.size, style.font.bold = Pt(size), True
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.first_line_indent = Pt(before), Pt(6), Cm(0)
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    center = WD_ALIGN_PARAGRAPH.CENTER
    add_paragraph_style(doc, "Report Title", 14, bold=True, align=center, after=6)
    add_paragraph_style(doc, "Report Meta", 12, align=center, after=12)
    add_paragraph_style(doc, "Report Continuation", 11, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=3)
    add_paragraph_style(doc, "Table Text", 10, after=3)
    add_paragraph_style(doc, "Table Header", 10, bold=True, align=center)
    add_paragraph_style(doc, "Table Group", 10, bold=True)
    add_paragraph_style(doc, "Table Number", 9, align=center)


PARA_STYLES = {
    "title": "Report Title",
    "meta": "Report Meta",
    "section": "Heading 1",
    "heading": "Heading 2",
    "body": "Normal",
    "continuation": "Report Continuation",
}


# --------------------------------------------------------------------------- document writer


class DocWriter:
    """Writes one Sample into a python-docx Document."""

    def __init__(self, sample: Sample):
        """Start an empty document with the sample's page setup and styles."""
        self.sample = sample
        self.doc = Document()
        self.revisions = itertools.count(1)
        setup_styles(self.doc)
        set_page(self.doc.sections[0], sample.landscape)

    def write_inline(self, paragraph, text: str) -> None:
        """Append text with soft breaks and tracked changes to a paragraph."""
        for piece in TRACKED.split(text):
            if piece.startswith("{+") and piece.endswith("+}"):
                paragraph._p.append(tracked_change("ins", piece[2:-2], next(self.revisions)))
            elif piece.startswith("{-") and piece.endswith("-}"):
                paragraph._p.append(tracked_change("del", piece[2:-2], next(self.revisions)))
            elif piece:
                paragraph._p.append(make_run(piece))

    def add_para(self, para: Para) -> None:
        """A body paragraph in its style ("\\n" inside is a soft break)."""
        assert "\n\n" not in para.text, para.text[:60]
        paragraph = self.doc.add_paragraph(style=PARA_STYLES[para.style])
        if para.style == "continuation":
            paragraph.paragraph_format.page_break_before = True
        self.write_inline(paragraph, para.text)

    def fill_cell(self, cell: _Cell, text: str, style: str) -> None:
        """Cell content: "\\n\\n" separates paragraphs; an empty text leaves one empty paragraph."""
        for i, chunk in enumerate(text.split("\n\n")):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph.style = self.doc.styles[style]
            self.write_inline(paragraph, chunk)

    def add_row(self, table, cells: list[tuple], header: bool = False, height: float | None = None) -> None:
        """A row from (text, width_cm, span, vmerge, style) tuples; header rows repeat on every page."""
        tr = table._tbl._add_tr()
        set_row_properties(tr, header, height)
        for text, width, span, vmerge, style in cells:
            valign = "center" if header else "top"
            tc = new_tc(tr, width, span, vmerge, valign)
            self.fill_cell(_Cell(tc, table), text, style)

    def header_rows(self, table, spec: TableSpec) -> None:
        """The header rows (vMerge / gridSpan as specified) and the column-number row."""
        widths = [w for _, w in spec.columns]
        heights = spec.header_heights or [None] * len(spec.header)
        for header, height in zip(spec.header, heights, strict=True):
            cells, col = [], 0
            for h in header:
                cells.append((h.text, sum(widths[col : col + h.span]), h.span, h.vmerge, "Table Header"))
                col += h.span
            assert col == len(widths), "header row must cover the grid"
            self.add_row(table, cells, header=True, height=height)
        if spec.numbering_row:
            numbers = [(str(i), w, 1, None, "Table Number") for i, w in enumerate(widths, 1)]
            self.add_row(table, numbers, header=True)

    def group_row(self, table, spec: TableSpec, group: Group) -> None:
        """A direction/goal row: merged across the table, or written in the first text cell only."""
        widths = [w for _, w in spec.columns]
        if spec.group_style == "merged":
            self.add_row(table, [(group.label, sum(widths), len(widths), None, "Table Group")])
            return
        first_text = first_text_column(spec)
        cells = [(group.label if i == first_text else "", w, 1, None, "Table Group") for i, w in enumerate(widths)]
        self.add_row(table, cells)

    def data_row(self, table, spec: TableSpec, row) -> None:
        """A risk or indicator row, one cell per column role."""
        cells = []
        for role, width in spec.columns:
            text = getattr(row, ROLE_ATTR.get(role, role)) or ""
            cells.append((text, width, 1, None, "Table Number" if role == "no" else "Table Text"))
        self.add_row(table, cells)

    def write_table(self, spec: TableSpec, rows: list) -> None:
        """One Word table: header rows, then group and data rows."""
        table = self.doc.add_table(rows=0, cols=len(spec.columns))
        table.style = self.doc.styles["Table Grid"]
        configure_table(table._tbl, [w for _, w in spec.columns])
        self.header_rows(table, spec)
        for row in rows:
            if isinstance(row, Group):
                self.group_row(table, spec, row)
            else:
                self.data_row(table, spec, row)

    def add_table(self, spec: TableSpec) -> None:
        """The table, split into two Word tables around "Продолжение таблицы" when spec.split_at is set."""
        if spec.split_at is None:
            self.write_table(spec, spec.rows)
            return
        self.write_table(spec, spec.rows[: spec.split_at])
        self.add_para(Para(CONTINUATION, "continuation"))
        self.write_table(spec, spec.rows[spec.split_at :])

    def set_properties(self) -> None:
        """Fixed core properties (python-docx would otherwise stamp the current time)."""
        props = self.doc.core_properties
        props.title = title_text(self.sample)
        props.author = props.last_modified_by = REVISION_AUTHOR
        props.created = props.modified = FIXED_TIME
        props.revision = 1

    def build(self) -> bytes:
        """The whole document as DOCX bytes."""
        for block in self.sample.blocks:
            if isinstance(block, TableSpec):
                self.add_table(block)
            else:
                self.add_para(block)
        self.set_properties()
        hide_revision_marks(self.doc)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return zip_deterministic(buffer.getvalue())


# --------------------------------------------------------------------------- outputs


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write bytes unless the file already holds them; True when written."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def write_expected(sample: Sample) -> Path:
    """samples/expected/<name>.json from the sample's data."""
    path = SAMPLES_DIR / "expected" / f"{sample.name}.json"
    path.parent.mkdir(exist_ok=True)
    text = json.dumps(expected_json(sample), ensure_ascii=False, indent=2) + "\n"
    write_if_changed(path, text.encode("utf-8"))
    return path


def convert_to_pdf(docx_path: Path) -> Path:
    """LibreOffice DOCX -> PDF next to the DOCX, with a profile of its own (parallel-safe)."""
    name = docx_path.stem
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo_profile_{name}", "--headless",
           "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)]
    pdf = docx_path.with_suffix(".pdf")
    before = pdf.stat().st_mtime if pdf.exists() else None
    subprocess.run(cmd, check=True, capture_output=True, timeout=PDF_TIMEOUT)
    if not pdf.exists() or pdf.stat().st_mtime == before:
        raise RuntimeError(f"soffice wrote no PDF for {docx_path.name}")
    return pdf


# --------------------------------------------------------------------------- PDF checks


def squash(text: str | None) -> str:
    """Whitespace-free text for comparing PDF cells with source text (line wraps vanish)."""
    return re.sub(r"\s+", "", text or "")


def table_header_kind(row: list) -> str | None:
    """"risks"/"indicators" when a pdfplumber row is the first header row of that table."""
    joined = squash(" ".join(c or "" for c in row))
    if "Наименованиевозможногориска" in joined or "Наименованиериска" in joined:
        return "risks"
    if "Наименованиецелевого" in joined or "Наименованиепоказателя" in joined:
        return "indicators"
    return None


def row_starts(sample: Sample) -> dict[str, list[str]]:
    """For each kind, the squashed start of every body row's first text cell (records and groups)."""
    starts: dict[str, list[str]] = {"risks": [], "indicators": []}
    for kind in starts:
        for spec in sample.tables(kind):
            role = spec.columns[first_text_column(spec)][0]
            for row in spec.rows:
                text = row.label if isinstance(row, Group) else getattr(row, role)
                starts[kind].append(squash(TRACKED.sub("", text))[:25])
    return starts


def is_number_row(row: list) -> bool:
    """The column-number row: every non-empty cell is a small integer."""
    cells = [squash(c) for c in row if c]
    return bool(cells) and all(c.isdigit() and len(c) <= 2 for c in cells)


def page_fragments(pdf) -> list[dict]:
    """Per page and table: its kind, whether it starts with the header, and its body rows."""
    fragments = []
    for page in pdf.pages:
        for table in page.extract_tables():
            kind = table_header_kind(table[0])
            body = table
            if kind is not None:
                numbers = next((i for i, r in enumerate(table) if is_number_row(r)), 0)
                body = table[numbers + 1 :]
            fragments.append({"page": page.page_number, "kind": kind, "header": kind is not None, "body": body})
    for prev, frag in itertools.pairwise(fragments):  # a fragment without header continues the table before
        if frag["kind"] is None:
            frag["kind"] = prev["kind"]
    return fragments


def broken_rows(sample: Sample, fragments: list[dict]) -> list[dict]:
    """Rows continued from the previous page: a page's first body row that starts no known row."""
    starts = row_starts(sample)
    found = []
    for prev, frag in itertools.pairwise(fragments):
        if frag["page"] == prev["page"] or frag["kind"] != prev["kind"] or not frag["body"] or not prev["body"]:
            continue
        spec = sample.tables(frag["kind"])[0]
        first = frag["body"][0]
        lead = squash(first[first_text_column(spec)] if len(first) > first_text_column(spec) else "")
        if not lead or not any(lead.startswith(s) for s in starts[frag["kind"]]):
            found.append({"page": frag["page"], "kind": frag["kind"], "before": prev["body"][-1], "after": first})
    return found


def short(row: list) -> list:
    """A pdfplumber row with each cell cut to 50 characters for printing."""
    return [None if c is None else (c[:50].replace("\n", "⏎") + ("…" if len(c) > 50 else "")) for c in row]


def rich_texts(sample: Sample):
    """Every rich text of a sample: body paragraphs and every table cell."""
    for block in sample.blocks:
        if isinstance(block, Para):
            yield block.text
            continue
        for row in block.rows:
            yield from (value for value in vars(row).values() if isinstance(value, str))


def deleted_texts(sample: Sample) -> list[str]:
    """The squashed text of every tracked deletion in the sample."""
    return [squash(m[2:-2]) for text in rich_texts(sample) for m in TRACKED.findall(text) if m.startswith("{-")]


def check_pdf(sample: Sample, pdf_path: Path) -> dict:
    """Print evidence about a PDF: pages, Cyrillic text, table spans, repeated headers, broken rows."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        n_pages = len(pdf.pages)
        first_text = pdf.pages[0].extract_text() or ""
        all_text = squash("".join(p.extract_text() or "" for p in pdf.pages))
        fragments = page_fragments(pdf)
    cyrillic = "Отчет о реализации стратегического плана" in first_text
    print(f"  {pdf_path.name}: {n_pages} pages; Cyrillic title on page 1: {cyrillic}")
    cells = {squash(c) for f in fragments for row in f["body"] for c in row if c}
    names = [squash(i["name"]) for i in expected_json(sample)["indicators"]]
    intact = sum(any(n in c for c in cells) for n in names)
    print(f"  indicator names intact in one PDF table cell: {intact}/{len(names)} (others split by a page break)")
    shown = [d for d in deleted_texts(sample) if d in all_text]
    if shown:
        raise RuntimeError(f"{pdf_path.name}: tracked deletions rendered: {shown}")
    spans = {}
    for kind in ("risks", "indicators"):
        pages = sorted({f["page"] for f in fragments if f["kind"] == kind})
        with_header = sorted({f["page"] for f in fragments if f["kind"] == kind and f["header"]})
        spans[kind] = pages
        print(f"  {kind} table on pages {pages}; header row found on pages {with_header}")
    broken = broken_rows(sample, fragments)
    for b in broken:
        print(f"  row broken across pages {b['page'] - 1}->{b['page']} ({b['kind']}):")
        print(f"    last row on page {b['page'] - 1}: {short(b['before'])}")
        print(f"    first body row on page {b['page']}: {short(b['after'])}")
    if not cyrillic:
        raise RuntimeError(f"{pdf_path.name}: Cyrillic title not extracted")
    return {"pages": n_pages, "spans": spans, "broken": broken}


def check_long_tables(result: dict) -> None:
    """The long sample must run its tables over several pages, repeat headers, and break a row."""
    for kind, pages in result["spans"].items():
        if len(pages) < 2:
            raise RuntimeError(f"committee_long_2021: {kind} table fits on one page")
    if not any(b["kind"] == "risks" for b in result["broken"]):
        raise RuntimeError("committee_long_2021: no risk row broken across pages")


# --------------------------------------------------------------------------- main


def build_sample(name: str, pdf: bool, force_pdf: bool = False) -> None:
    """Write one sample's DOCX and expected JSON; convert to PDF when the DOCX changed (or forced); check it."""
    sample = BUILDERS[name]()
    docx_path, pdf_path = SAMPLES_DIR / f"{name}.docx", SAMPLES_DIR / f"{name}.pdf"
    changed = write_if_changed(docx_path, DocWriter(sample).build())
    write_expected(sample)
    counts = f"{len(sample.records('risks'))} risks, {len(sample.records('indicators'))} indicators"
    print(f"{name}: {counts}; DOCX {'written' if changed else 'unchanged'}")
    if not pdf:
        return
    if changed or force_pdf or not pdf_path.exists():
        convert_to_pdf(docx_path)
    result = check_pdf(sample, pdf_path)
    if name == "committee_long_2021":
        check_long_tables(result)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF conversion")
    parser.add_argument("--force-pdf", action="store_true", help="convert even when the DOCX is unchanged")
    parser.add_argument("--only", choices=sorted(BUILDERS), action="append", help="build only this sample")
    args = parser.parse_args(argv)
    pdf = not args.no_pdf and shutil.which("soffice") is not None
    if not args.no_pdf and not pdf:
        print("soffice not found: PDFs not rebuilt. Install LibreOffice (apt-get install libreoffice-writer-nogui"
              " fonts-dejavu) and run, per sample:\n  soffice -env:UserInstallation=file:///tmp/lo_profile_<name> "
              "--headless --convert-to pdf --outdir samples/ samples/<name>.docx")
    for name in args.only or BUILDERS:
        if name == "agds_2019" and not sample_agds.seed_path().exists():
            print(f"agds_2019: seed {sample_agds.seed_path()} not found, skipped")
            continue
        build_sample(name, pdf, args.force_pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
