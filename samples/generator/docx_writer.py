"""Write a generated report as DOCX with python-docx, and the little raw XML python-docx has no API for.

Raw XML covers: merged cells (gridSpan, vMerge), header rows repeated on every page (w:tblHeader), rows
that may not split (w:cantSplit), sub- and superscripts (w:vertAlign), tracked changes (w:ins, w:del),
footnotes (a word/footnotes.xml part and w:footnoteReference runs), a PAGE field in the footer.
The output is deterministic: fixed core properties and ZIP timestamps (build_samples' helpers).
"""
from __future__ import annotations

import io
import itertools
from typing import Optional

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from lxml import etree

from build_samples import (
    FIXED_TIME,
    REVISION_AUTHOR,
    REVISION_DATE,
    configure_table,
    hide_revision_marks,
    new_tc,
    plain_font,
    set_page,
    w_el,
    zip_deterministic,
)
from generator.markup import Run, runs
from generator.model import GroupRow, Para, Record, Report, Table, Typography

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
ALIGN = {"both": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}
PARA_STYLES = {"title": "Report Title", "meta": "Report Meta", "section": "Heading 1", "heading": "Heading 2",
               "body": "Normal", "intro": "Normal", "continuation": "Report Continuation"}
CENTERED_ROLES = {"no", "plan", "fact", "unit"}


def set_defaults(doc, font: str, size: float) -> None:
    """Document defaults: the report's font and size, Russian, no spacing after paragraphs."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(r_pr):
        r_pr.remove(child)
    r_pr.append(w_el("w:rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font))
    r_pr.append(w_el("w:sz", val=round(size * 2)))
    r_pr.append(w_el("w:szCs", val=round(size * 2)))
    r_pr.append(w_el("w:lang", val="ru-RU", eastAsia="ru-RU", bidi="ar-SA"))
    p_pr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for child in list(p_pr):
        p_pr.remove(child)
    p_pr.append(w_el("w:spacing", after=0, line=240, lineRule="auto"))


def add_style(doc, name: str, size: float, font: Optional[str] = None, bold: bool = False, italic: bool = False,
              align=WD_ALIGN_PARAGRAPH.LEFT, line: float = 1.0, after: float = 0.0):
    """A paragraph style based on Normal, with its own font, size, alignment and line spacing."""
    style = doc.styles.add_style(name, 1)
    style.base_style = doc.styles["Normal"]
    style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
    if font:
        style.font.name = font
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), font)
    fmt = style.paragraph_format
    fmt.alignment, fmt.first_line_indent, fmt.space_after, fmt.line_spacing = align, Cm(0), Pt(after), line
    fmt.space_before = Pt(0)
    return style


def setup_styles(doc, t: Typography) -> None:
    """Body, heading, title and table styles from the report's typography."""
    set_defaults(doc, t.body_font, t.body_size)
    normal = doc.styles["Normal"].paragraph_format
    normal.alignment, normal.first_line_indent = ALIGN[t.align], Cm(t.first_indent)
    normal.space_after, normal.line_spacing = Pt(t.space_after), t.line / 240
    for name, delta, before in (("Heading 1", 1, 12), ("Heading 2", 0, 6)):
        style = doc.styles[name]
        plain_font(style)
        style.font.size, style.font.bold, style.font.italic = Pt(t.body_size + delta), True, False
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.first_line_indent = Pt(before), Pt(6), Cm(0)
        fmt.alignment, fmt.line_spacing = WD_ALIGN_PARAGRAPH.LEFT, 1.0
    center, table_line = WD_ALIGN_PARAGRAPH.CENTER, t.table_line / 240
    add_style(doc, "Report Title", t.body_size + 2, bold=True, align=center, after=6)
    add_style(doc, "Report Meta", t.body_size, align=center, after=12)
    add_style(doc, "Report Continuation", t.body_size - 1, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=3)
    add_style(doc, "Table Text", t.table_size, t.table_font, align=ALIGN[t.table_align], line=table_line)
    add_style(doc, "Table Header", t.table_size, t.table_font, bold=True, align=center)
    add_style(doc, "Table Group", t.table_size, t.table_font, bold=True, line=table_line)
    add_style(doc, "Table Number", t.table_size, t.table_font, align=center, line=table_line)


class ReportWriter:
    """Writes one generated Report into a python-docx Document."""

    def __init__(self, report: Report):
        self.report = report
        self.doc = Document()
        self.revisions = itertools.count(1)
        self.footnotes: list[str] = []
        self.style_ids: dict[str, str] = {}
        setup_styles(self.doc, report.typography)
        set_page(self.doc.sections[0], report.orientation == "landscape")

    # ------------------------------------------------------------------ runs and paragraphs
    def run_element(self, run: Run):
        """A w:r (inside w:ins / w:del for a tracked change) for one run of markup."""
        r = w_el("w:r")
        r_pr = w_el("w:rPr")
        if run.bold:
            r_pr.append(w_el("w:b"))
        if run.italic:
            r_pr.append(w_el("w:i"))
        if run.vert or run.footnote is not None:
            r_pr.append(w_el("w:vertAlign", val=run.vert or "superscript"))
        if len(r_pr):
            r.append(r_pr)
        if run.footnote is not None:
            self.footnotes.append(run.footnote)
            r.append(w_el("w:footnoteReference", id=len(self.footnotes)))
        for i, line in enumerate(run.text.split("\n")):
            if i:
                r.append(w_el("w:br"))
            if line:
                t = w_el("w:delText" if run.change == "del" else "w:t")
                t.set(XML_SPACE, "preserve")
                t.text = line
                r.append(t)
        if run.change is None:
            return r
        change = w_el(f"w:{run.change}", id=next(self.revisions), author=REVISION_AUTHOR, date=REVISION_DATE)
        change.append(r)
        return change

    def write_markup(self, paragraph, markup: str) -> None:
        for run in runs(markup):
            paragraph._p.append(self.run_element(run))

    def add_para(self, para: Para) -> None:
        paragraph = self.doc.add_paragraph(style=PARA_STYLES[para.style])
        if para.space_before:
            paragraph.paragraph_format.space_before = Pt(para.space_before)
        self.write_markup(paragraph, para.text)

    def page_break_paragraph(self) -> None:
        """What Word's Ctrl+Enter inside a table leaves between the two halves: a paragraph holding a page break."""
        paragraph = self.doc.add_paragraph(style="Normal")
        run = w_el("w:r")
        run.append(w_el("w:br", type="page"))
        paragraph._p.append(run)

    # ------------------------------------------------------------------ tables
    def fill_cell(self, cell: _Cell, markup: str, style: str) -> None:
        """Cell content: "\\n\\n" separates paragraphs; an empty text leaves one empty paragraph."""
        for i, chunk in enumerate(markup.split("\n\n")):
            paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            paragraph._p.style = self.style_id(style)  # python-docx's style setter searches every style: slow
            self.write_markup(paragraph, chunk)

    def style_id(self, name: str) -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.doc.styles[name].style_id
        return self.style_ids[name]

    def add_row(self, table, spec: Table, cells: list[tuple], header: bool = False) -> None:
        """A row from (markup, width, span, vmerge, style) tuples."""
        tr = table._tbl._add_tr()
        repeated = header and spec.repeat_header
        if repeated or (spec.cant_split and not header):
            tr_pr = tr.get_or_add_trPr()
            if spec.cant_split and not header:
                tr_pr.append(w_el("w:cantSplit"))
            if repeated:
                tr_pr.append(w_el("w:tblHeader"))
        for markup, width, span, vmerge, style in cells:
            tc = new_tc(tr, width, span, vmerge, "center" if header else "top")
            self.fill_cell(_Cell(tc, table), markup, style)

    def header_rows(self, table, spec: Table) -> None:
        widths = [w for _, w in spec.columns]
        for header in spec.header:
            cells, col = [], 0
            for h in header:
                cells.append((h.text, sum(widths[col : col + h.span]), h.span, h.vmerge, "Table Header"))
                col += h.span
            assert col == len(widths), "header row must cover the grid"
            self.add_row(table, spec, cells, header=True)
        if spec.numbering_row:
            self.add_row(table, spec, [(str(i), w, 1, None, "Table Number") for i, w in enumerate(widths, 1)],
                         header=True)

    def group_row(self, table, spec: Table, row: GroupRow) -> None:
        widths = [w for _, w in spec.columns]
        if spec.group_style == "merged":
            self.add_row(table, spec, [(row.label, sum(widths), len(widths), None, "Table Group")])
            return
        first_text = next(i for i, (role, _) in enumerate(spec.columns) if role != "no")
        texts = [""] * len(widths)
        texts[first_text] = row.label
        if spec.group_style == "number_cell" and first_text > 0:
            texts[0] = row.number or ""
        self.add_row(table, spec, [(t, w, 1, None, "Table Group") for t, w in zip(texts, widths, strict=True)])

    def data_row(self, table, spec: Table, record: Record) -> None:
        cells = []
        for role, width in spec.columns:
            style = "Table Number" if role in CENTERED_ROLES else "Table Text"
            cells.append((record.cells.get(role, ""), width, 1, None, style))
        self.add_row(table, spec, cells)

    def write_table(self, spec: Table, rows: list, header: bool, break_before: bool = False) -> None:
        """One Word table: the header rows (unless a headerless continuation), then group and data rows."""
        table = self.doc.add_table(rows=0, cols=len(spec.columns))
        table.style = self.doc.styles["Table Grid"]
        configure_table(table._tbl, [w for _, w in spec.columns])
        if header:
            self.header_rows(table, spec)
        for row in rows:
            if isinstance(row, GroupRow):
                self.group_row(table, spec, row)
            else:
                self.data_row(table, spec, row)
        if break_before:
            first = table._tbl.tr_lst[0].tc_lst[0].p_lst[0]
            first.get_or_add_pPr().insert(0, w_el("w:pageBreakBefore"))

    def add_table(self, spec: Table) -> None:
        """The table, cut before every forced break as its mode says."""
        cuts = sorted(spec.breaks)
        bounds = [0] + cuts + [len(spec.rows)]
        self.write_table(spec, spec.rows[bounds[0] : bounds[1]], header=True)
        for start, end in itertools.pairwise(bounds[1:]):
            mode = spec.breaks[start]
            if mode == "continuation":
                paragraph = self.doc.add_paragraph(style="Report Continuation")
                paragraph.paragraph_format.page_break_before = True
                self.write_markup(paragraph, spec.continuation_text)
                self.write_table(spec, spec.rows[start:end], header=True)
            elif mode == "split_header":
                self.page_break_paragraph()
                self.write_table(spec, spec.rows[start:end], header=True)
            else:
                self.page_break_paragraph()
                self.write_table(spec, spec.rows[start:end], header=False)

    # ------------------------------------------------------------------ page furniture and footnotes
    def furniture(self) -> None:
        """A running header line and page numbers in the footer, when the report has them."""
        section = self.doc.sections[0]
        if self.report.running_header:
            paragraph = section.header.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.add_run(self.report.running_header).font.size = Pt(9)
        if self.report.page_numbers:
            paragraph = section.footer.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            field = w_el("w:fldSimple", instr="PAGE")
            run = w_el("w:r")
            t = w_el("w:t")
            t.text = "1"
            run.append(t)
            field.append(run)
            paragraph._p.append(field)

    def footnotes_part(self) -> None:
        """word/footnotes.xml with Word's two separators and the report's footnotes."""
        if not self.footnotes:
            return
        size = round(max(8.0, self.report.typography.body_size - 2) * 2)
        root = etree.Element(qn("w:footnotes"), nsmap={"w": W_NS})
        for fid, kind in ((-1, "separator"), (0, "continuationSeparator")):
            note = etree.SubElement(root, qn("w:footnote"), {qn("w:type"): kind, qn("w:id"): str(fid)})
            etree.SubElement(etree.SubElement(etree.SubElement(note, qn("w:p")), qn("w:r")), qn(f"w:{kind}"))
        for fid, text in enumerate(self.footnotes, 1):
            note = etree.SubElement(root, qn("w:footnote"), {qn("w:id"): str(fid)})
            p = etree.SubElement(note, qn("w:p"))
            p.append(_footnote_run(None, size, mark=True))
            p.append(_footnote_run(" " + text, size))
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # ------------------------------------------------------------------ the document
    def new_section(self, landscape: bool) -> None:
        set_page(self.doc.add_section(WD_SECTION.NEW_PAGE), landscape)

    def build(self) -> bytes:
        """The whole document as DOCX bytes."""
        mixed = self.report.orientation == "tables_landscape"
        for block in self.report.blocks:
            if isinstance(block, Table):
                self.add_table(block)
                continue
            if mixed and block.style == "section":
                if block is self.first_section():
                    self.new_section(landscape=True)
                elif "записк" in block.text.lower():
                    self.new_section(landscape=False)
            self.add_para(block)
        self.furniture()
        self.footnotes_part()
        props = self.doc.core_properties
        props.title = "Отчет о реализации стратегического плана"
        props.author = props.last_modified_by = REVISION_AUTHOR
        props.created = props.modified = FIXED_TIME
        props.revision = 1
        hide_revision_marks(self.doc)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return zip_deterministic(buffer.getvalue())

    def first_section(self) -> Optional[Para]:
        return next((b for b in self.report.blocks if isinstance(b, Para) and b.style == "section"), None)


def _footnote_run(text: Optional[str], size: int, mark: bool = False):
    """A run of a footnote: its mark (w:footnoteRef, superscript) or its text."""
    r = w_el("w:r")
    r_pr = w_el("w:rPr")
    r_pr.append(w_el("w:sz", val=size))
    if mark:
        r_pr.append(w_el("w:vertAlign", val="superscript"))
    r.append(r_pr)
    if mark:
        r.append(w_el("w:footnoteRef"))
    else:
        t = w_el("w:t")
        t.set(XML_SPACE, "preserve")
        t.text = text
        r.append(t)
    return r


def docx_bytes(report: Report) -> bytes:
    """The report as DOCX bytes."""
    return ReportWriter(report).build()



def with_horizontal_rules_only(data: bytes) -> bytes:
    """The same DOCX with every table ruled by horizontal lines only (top, bottom and between rows; no side
    or column borders), as some agencies set their tables."""
    doc = Document(io.BytesIO(data))
    for table in doc.tables:
        tbl_pr = table._tbl.tblPr
        for old in tbl_pr.findall(qn("w:tblBorders")):
            tbl_pr.remove(old)
        borders = w_el("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if side in ("top", "bottom", "insideH"):
                borders.append(w_el(f"w:{side}", val="single", sz=4, space=0, color="000000"))
            else:
                borders.append(w_el(f"w:{side}", val="nil"))
        tbl_pr.append(borders)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
