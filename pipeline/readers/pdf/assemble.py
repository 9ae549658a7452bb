"""The document: every page read once, then the document-level passes, then the blocks in reading order.

read_pdf runs the stages in order:
  check the file -> read every page (page.py: characters, rulings, text-layer check, tables, lines)
  -> report pages without usable text, pages whose text the self-check doubts (selfcheck.py), and tables that
     could not be rebuilt
  -> document passes (furniture.py: running headers and footers out; footnotes.py: footnotes and their marks out;
     geometry.py: margins and line pitch;
     cell texts by paragraphs.py)
  -> flow: prose runs and tables joined across pages (joins.py), in reading order -> paragraphs and tables.
"""
from __future__ import annotations

import os
import statistics
from collections.abc import Iterator

from pipeline.layout import Issue, Layout
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.pdf.footnotes import drop_footnotes
from pipeline.readers.pdf.furniture import mark_furniture
from pipeline.readers.pdf.geometry import (
    CELL_PAD_MAX,
    DEFAULT_FONT_SIZE,
    body_extent,
    body_size,
    page_geometry,
    set_line_geometry,
)
from pipeline.readers.pdf.grid import PartCell, TablePart
from pipeline.readers.pdf.joins import CONTINUATION_TOP_LINES, JoinedTable
from pipeline.readers.pdf.lines import PITCH_DEFAULT_RATIO, Line
from pipeline.readers.pdf.open_pages import harmonize_borders
from pipeline.readers.pdf.overflow import give_back_overflow
from pipeline.readers.pdf.page import Page, check_file, read_pages
from pipeline.readers.pdf.paragraphs import cell_text, paragraph_blocks
from pipeline.readers.pdf.scanned import boxes_on_their_pages, ocr_issues
from pipeline.readers.pdf.selfcheck import page_doubt


def read_pdf(path, ocr: OcrOptions | None = None) -> Layout:
    """Read a PDF into the neutral layout; raise UnreadableDocument for anything that is not a readable PDF.

    ocr: when and how pages are OCR'd (pipeline.readers.ocr); None reads the text layer only."""
    path = os.fspath(path)
    check_file(path)
    repairs: list[Issue] = []
    pages = read_pages(path, ocr, repairs)
    layout = Layout(file=path, format="pdf", pages=len(pages), issues=repairs)
    _text_layer_issues(pages, layout)
    _text_quality_issues(pages, layout)
    ocr_issues(pages, layout)
    _table_issues(pages, layout)
    if not has_text(pages):
        return layout
    document_passes(pages)
    layout.blocks = assemble(pages)
    boxes_on_their_pages(layout.blocks, pages)
    return layout


def _text_layer_issues(pages: list[Page], layout: Layout) -> None:
    """Report pages whose text layer is missing or unusable (one issue for the whole document if none is usable)."""
    bad = [p for p in pages if p.unusable]
    if not bad:
        return
    if all(p.unusable or (p.n_chars == 0 and p.ocr is None) for p in pages):
        why = "".join(sorted({"; " + p.note.split("; ", 1)[1] for p in bad if "; " in p.note}))
        layout.issues.append(Issue("no_text_layer", f"the document has no usable text layer on any of its "
                                   f"{len(pages)} pages (scanned or without Unicode mapping); nothing was read{why}"))
        return
    for p in bad:
        layout.issues.append(Issue("no_text_layer", f"page {p.number}: {p.note}; its text was not read", p.number))


def _text_quality_issues(pages: list[Page], layout: Layout) -> None:
    """Report each page whose text the self-check doubts, with the share of its words in doubt."""
    for p in pages:
        check = page_doubt(p)
        if check is None:
            continue
        if check.garbled:
            why = (f"{check.garbage_figure}: the text layer is probably garbage (fonts mapping glyphs to the "
                   "wrong letters); read it by OCR or from the DOCX")
        else:
            why = (f"{check.disagreement:.0%} of its words as read differ from pdfium's own reading of the page "
                   "(lines or words put together wrongly): check its values against the page")
        layout.issues.append(Issue("text_quality", f"page {p.number} (share in doubt {check.share:.2f}): {why}",
                                   p.number))


def _table_issues(pages: list[Page], layout: Layout) -> None:
    """Report pages whose ruled tables could not be rebuilt (their text was read as paragraphs)."""
    for p in pages:
        if p.note and not p.unusable:
            layout.issues.append(Issue("table_not_rebuilt", p.note, p.number))


def has_text(pages: list[Page]) -> bool:
    """Is there any page with a usable text layer and something on it?"""
    return not all(p.unusable or not (p.lines or p.parts) for p in pages)


def document_passes(pages: list[Page]) -> None:
    """What needs every page: running headers, footers and footnotes dropped, lines given margins and pitch, cell
    texts built."""
    drop_footnotes(pages)  # first: a footnote repeated at the foot of several pages is no running footer
    mark_furniture(pages)
    harmonize_borders(pages)
    set_line_geometry(pages)
    for page in pages:
        for part in page.parts:
            give_back_overflow(part)
            for cell in part.cells:
                cell.text = cell_text(cell.lines)


def assemble(pages: list[Page]) -> list:
    """The layout's blocks: paragraphs and tables in reading order, each kind numbered from 0."""
    body = body_size(pages)
    blocks: list = []
    n_paragraphs = n_tables = 0
    for item in flow(pages):
        if isinstance(item, JoinedTable):
            blocks.append(item.to_table(n_tables))
            n_tables += 1
        else:
            paragraphs = paragraph_blocks(item, n_paragraphs, body)
            blocks.extend(paragraphs)
            n_paragraphs += len(paragraphs)
    return blocks


def flow(pages: list[Page]) -> Iterator[list[Line] | JoinedTable]:
    """The document's content in reading order: runs of prose lines (crossing pages) and tables joined across pages.

    A table part continues the open table when it is the first thing of its page's body and has the same
    columns; any prose line between them closes the table. The body's top is where pages of this size
    usually start theirs; a part ruled in a page image (a scanned sheet under a text layer or read by OCR: each one a
    little larger or smaller, placed a little higher or lower) only has to come first on its page."""
    body_top, body_bottom = body_extent(pages)
    pitch = statistics.median([ln.pitch for p in pages for ln in p.lines] or [DEFAULT_FONT_SIZE * PITCH_DEFAULT_RATIO])
    run: list[Line] = []
    table: JoinedTable | None = None
    for page in pages:
        if page.unusable:
            continue
        items = reading_order(page)
        if table is not None:
            items = framed_row_first(page, items, table)
        for pos, item in enumerate(items):
            if isinstance(item, Line):
                if table is not None:
                    yield table
                    table = None
                run.append(item)
                continue
            starts_page = pos == 0 and (item.from_image or page.ocr is not None  # scanned sheets differ in size
                                        or item.bbox[1] <= body_top[page_geometry(page)] + CONTINUATION_TOP_LINES * pitch)
            if table is not None and starts_page and table.continues_with(item):
                table.append(item, body_bottom[page_geometry(page)], pitch)
                continue
            if run:
                yield run
                run = []
            if table is not None:
                yield table
            table = JoinedTable(item)
    if run:
        yield run
    if table is not None:
        yield table


def reading_order(page: Page) -> list[Line | TablePart]:
    """A page's prose lines and table parts, top to bottom (a table part before a line at the same height)."""
    items = sorted([(ln.top, 0, ln) for ln in page.lines] + [(p.bbox[1], 1, p) for p in page.parts],
                   key=lambda t: (t[0], t[1]))
    return [item for _, _, item in items]


def framed_row_first(page: Page, items: list[Line | TablePart], table: JoinedTable) -> list[Line | TablePart]:
    """A page opening with a ruled box as wide as the open table: that table's one row alone on the page
    (LibreOffice drew a group row 'Цель 1.3. ...' alone before a page break; a table of one cell is
    no table to the cell finder).  Its lines become a one-cell part, so the table is joined across it."""
    if not page.boxes or not items or not isinstance(items[0], Line):
        return items
    for x0, top, x1, bottom in page.boxes:
        if abs(x0 - table.xs[0]) > table.col_tol or abs(x1 - table.xs[-1]) > table.col_tol:
            continue
        inside = [ln for ln in items if isinstance(ln, Line) and x0 <= ln.x0 and ln.x1 <= x1
                  and top <= (ln.top + ln.bottom) / 2 <= bottom]
        if not inside or inside[0] is not items[0]:
            continue
        pad = min(min(ln.x0 for ln in inside) - x0, CELL_PAD_MAX)
        for ln in inside:
            ln.left, ln.right = x0 + pad, x1 - pad
        cell = PartCell(x0, top, x1, bottom, lines=inside, text=cell_text(inside))
        part = TablePart(page.number, (x0, top, x1, bottom), [x0, x1], [top, bottom], [cell])
        return [part] + [item for item in items if not any(item is ln for ln in inside)]
    return items
