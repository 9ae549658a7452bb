"""A debug view of one page, like pdfplumber's debug_tablefinder: what the reader found, drawn over the page.

    python -m pipeline debug report.pdf --page 3 -o page3.png

For a person asking why a page read wrong.  The page is rendered with pypdfium2 and over it are drawn,
each in its own colour (LEGEND):
  red      the ruling segments found among the page's paths (orange: sides of shaded areas, which count as
           rulings only on a page without rulings of its own)
  blue     the cells of each table part, tinted, with their row and column on the page's grid ("r2 c0",
           and "rs3" / "cs2" for row and column spans) and the part's table number in the document
  green    the text lines in reading order, numbered; a bar left of a line marks the start of a paragraph
           (in the prose and inside a cell alike)
  magenta  running headers, footers, page numbers and footnotes, dropped from the text
and a banner says what the reader reported about the page (no usable text layer, a table not rebuilt).
The whole document is read, because headers and footers and tables running over pages are only known
across pages.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.pdf.assemble import document_passes, flow, has_text, reading_order
from pipeline.readers.pdf.grid import TablePart, nearest
from pipeline.readers.pdf.joins import JoinedTable, Seam
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.page import PDFIUM_LOCK, Page, check_file, display_transform, open_pdf, read_pages
from pipeline.readers.pdf.paragraphs import paragraphs
from pipeline.readers.pdf.rulings import page_paths

DEFAULT_RESOLUTION = 144.0  # pixels per inch of the rendered page (twice the PDF's 72 points per inch)
LABEL_SIZE = 7.0  # label text height in points (scaled with the resolution)
RULING_WIDTH = 1.5  # ruling segments are drawn this wide, in points
CELL_INSET = 1.5  # cell outlines are drawn this far inside the cell, so that the rulings stay visible
PARAGRAPH_BAR = 2.5  # width in points of the bar marking a line that starts a paragraph
CELL_TINT_ALPHA = 40  # opacity (of 255) of the tint over table cells
LEGEND_MARGIN = 4.0  # the legend box keeps this far from the page edge, in points

RULING = (220, 20, 60)
SHADING = (255, 140, 0)
CELL = (30, 80, 220)
LINE = (0, 150, 60)
FURNITURE = (200, 0, 200)
BANNER = (180, 0, 0)
WHITE = (255, 255, 255)
LEGEND = [
    (RULING, "ruling segment"),
    (SHADING, "side of a shaded area"),
    (CELL, "table cell: row, col on this page (rs/cs: spans)"),
    (LINE, "text line: number = reading order, bar = new paragraph"),
    (FURNITURE, "header/footer/page number/footnote: dropped"),
]


def draw_page(pdf_path, page_number: int, out_png, resolution: float = DEFAULT_RESOLUTION) -> Path:
    """Draw page page_number (1-based) of a PDF with what the reader found on it, and write it as a PNG.

    Raises UnreadableDocument for a file read_pdf refuses, ValueError for a page the PDF does not have."""
    path = os.fspath(pdf_path)
    check_file(path)
    pages = read_pages(path)
    if not 1 <= page_number <= len(pages):
        raise ValueError(f"{Path(path).name} has {len(pages)} page(s); there is no page {page_number}")
    found = _what_the_reader_found(pages, page_number)
    image, edges = _render(path, page_number, resolution)
    page = pages[page_number - 1]
    canvas = _Canvas(image, image.width / page.width, image.height / page.height, resolution)
    _draw_cells(canvas, page, found.tables)
    _draw_rulings(canvas, edges)
    _draw_lines(canvas, page, found.starts, found.furniture)
    if page.note:
        canvas.banner(f"page {page.number}: {page.note}")
    canvas.legend(LEGEND, _occupied(page, found.furniture))
    out = Path(out_png)
    image.save(out)
    return out


@dataclass
class _Found:
    """What the document-level passes decided about the page's lines and table parts."""

    furniture: list[Line] = field(default_factory=list)  # lines dropped as header, footer, page number, footnote
    starts: set[int] = field(default_factory=set)  # ids of the lines that start a paragraph
    tables: dict[int, str] = field(default_factory=dict)  # id of a table part -> its label


def _what_the_reader_found(pages: list[Page], page_number: int) -> _Found:
    """Run read_pdf's document passes and flow; note the page's furniture, paragraph starts and tables."""
    found = _Found()
    printed = list(pages[page_number - 1].lines)  # before the furniture is taken out
    if not has_text(pages):
        return found
    document_passes(pages)
    found.furniture = [ln for ln in printed if ln.furniture]
    n_tables = 0
    for item in flow(pages):
        if isinstance(item, JoinedTable):
            for k, seam in enumerate(item.seams):
                found.tables[id(seam.part)] = _table_label(n_tables, k, seam)
            n_tables += 1
        else:
            found.starts.update(id(lines[0]) for lines, _ in paragraphs(item))
    for part in pages[page_number - 1].parts:
        for cell in part.cells:
            found.starts.update(id(lines[0]) for lines, _ in paragraphs(cell.lines))
    return found


def _table_label(number: int, k: int, seam: Seam) -> str:
    """'table 2', or for a continuation 'table 2 continued: 2 repeated header rows dropped, first row glued ...'."""
    if not k:
        return f"table {number}"
    n = seam.repeated_header_rows
    how = [f"{n} repeated header row{'s' if n > 1 else ''} dropped"] if n else []
    if seam.glued:
        how.append("first row glued to the last row of the page before")
    return f"table {number} continued" + (": " + ", ".join(how) if how else "")


def _render(path: str, page_number: int, resolution: float) -> tuple[Image.Image, list[dict]]:
    """The page as an RGB image, and its ruling segments in display space."""
    with PDFIUM_LOCK:
        doc = open_pdf(path)
        try:
            page = doc[page_number - 1]
            to_display, _, _ = display_transform(page)
            _, _, edges = page_paths(page, to_display)
            image = page.render(scale=resolution / 72).to_pil().convert("RGB")
            page.close()
        finally:
            doc.close()
    return image, edges


class _Canvas:
    """Drawing in display-space points onto the rendered page."""

    def __init__(self, image: Image.Image, sx: float, sy: float, resolution: float):
        self.image, self.sx, self.sy = image, sx, sy
        self.draw = ImageDraw.Draw(image)
        self.text_height = max(8, round(LABEL_SIZE * resolution / 72))
        self.font = ImageFont.load_default(size=self.text_height)

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return x * self.sx, y * self.sy

    def box(self, x0: float, top: float, x1: float, bottom: float, colour: tuple, width: float = 1.0) -> None:
        self.draw.rectangle([self.xy(x0, top), self.xy(x1, bottom)], outline=colour, width=self.px(width))

    def segment(self, a: tuple, b: tuple, colour: tuple, width: float) -> None:
        self.draw.line([self.xy(*a), self.xy(*b)], fill=colour, width=self.px(width))

    def px(self, points: float) -> int:
        return max(1, round(points * self.sx))

    def tint(self, boxes: list[tuple], colour: tuple) -> None:
        """Fill the boxes with a translucent colour."""
        overlay = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for x0, top, x1, bottom in boxes:
            draw.rectangle([self.xy(x0, top), self.xy(x1, bottom)], fill=colour + (CELL_TINT_ALPHA,))
        self.image.paste(Image.alpha_composite(self.image.convert("RGBA"), overlay).convert("RGB"))

    def label(self, x: float, y: float, text: str, colour: tuple, anchor: str = "la") -> None:
        """Text on a white background at point (x, y), kept inside the image."""
        px, py = self.xy(x, y)
        left, top, right, bottom = self.draw.textbbox((px, py), text, font=self.font, anchor=anchor)
        dx = max(0.0, -left) - max(0.0, right - self.image.width)
        dy = max(0.0, -top) - max(0.0, bottom - self.image.height)
        self.draw.rectangle([left + dx - 1, top + dy - 1, right + dx + 1, bottom + dy + 1], fill=WHITE)
        self.draw.text((px + dx, py + dy), text, fill=colour, font=self.font, anchor=anchor)

    def banner(self, text: str) -> None:
        """A message across the top of the page."""
        self.label(LEGEND_MARGIN, LEGEND_MARGIN, text, BANNER)

    def legend(self, entries: list[tuple], occupied: list[tuple]) -> None:
        """The colour key, in the corner of the page that hides the fewest of the occupied boxes."""
        size = self.text_height
        width = max(self.draw.textlength(text, font=self.font) for _, text in entries) + 3 * size
        height = len(entries) * (size + 4) + 4
        margin_x, margin_y = LEGEND_MARGIN * self.sx, LEGEND_MARGIN * self.sy
        corners = [(self.image.width - width - margin_x, self.image.height - height - margin_y),
                   (self.image.width - width - margin_x, margin_y),
                   (margin_x, self.image.height - height - margin_y), (margin_x, margin_y)]

        def hidden(corner: tuple) -> int:
            x, y = corner
            return sum(x < x1 * self.sx and b_x0 * self.sx < x + width and y < b1 * self.sy and t * self.sy < y + height
                       for b_x0, t, x1, b1 in occupied)

        left, top = min(corners, key=hidden)
        self.draw.rectangle([left, top, left + width, top + height], fill=WHITE, outline=(0, 0, 0))
        for k, (colour, text) in enumerate(entries):
            y = top + 4 + k * (size + 4)
            self.draw.rectangle([left + 4, y + 1, left + 4 + size, y + size - 1], fill=colour)
            self.draw.text((left + 2 * size, y), text, fill=(0, 0, 0), font=self.font)


def _occupied(page: Page, furniture: list[Line]) -> list[tuple]:
    """Boxes of everything drawn on the page: text lines (furniture included) and table parts."""
    lines = page.lines + furniture + [ln for part in page.parts for c in part.cells for ln in c.lines]
    return [(ln.x0, ln.top, ln.x1, ln.bottom) for ln in lines] + [part.bbox for part in page.parts]


def _draw_rulings(canvas: _Canvas, edges: list[dict]) -> None:
    """Every ruling segment of the page, as found among its paths."""
    for e in edges:
        colour = SHADING if "shading" in e else RULING
        canvas.segment((e["x0"], e["top"]), (e["x1"], e["bottom"]), colour, RULING_WIDTH)


def _draw_cells(canvas: _Canvas, page: Page, tables: dict[int, str]) -> None:
    """Each table part's cells, tinted and outlined, with their grid position and spans."""
    canvas.tint([(c.x0, c.top, c.x1, c.bottom) for part in page.parts for c in part.cells], CELL)
    for part in page.parts:
        for cell in part.cells:
            canvas.box(cell.x0 + CELL_INSET, cell.top + CELL_INSET, cell.x1 - CELL_INSET, cell.bottom - CELL_INSET, CELL)
            canvas.label(cell.x1 - 2 * CELL_INSET, cell.bottom - 2 * CELL_INSET, _cell_label(part, cell), CELL, anchor="rd")
        canvas.label(part.bbox[0], part.bbox[1] - 1, tables.get(id(part), "table"), CELL, anchor="lb")


def _cell_label(part: TablePart, cell) -> str:
    """'r2 c0', with 'rs3' and 'cs2' for row and column spans."""
    col, end = nearest(part.xs, cell.x0), nearest(part.xs, cell.x1)
    text = f"r{cell.row} c{col}"
    if cell.row_span > 1:
        text += f" rs{cell.row_span}"
    if end - col > 1:
        text += f" cs{end - col}"
    return text


def _draw_lines(canvas: _Canvas, page: Page, starts: set[int], furniture: list[Line]) -> None:
    """Text lines numbered in reading order (prose and table cells), paragraph starts, and the dropped furniture."""
    number = 0
    for item in reading_order(page):
        lines = [item] if isinstance(item, Line) else [ln for c in item.cells for ln in c.lines]
        for ln in lines:
            number += 1
            canvas.box(ln.x0, ln.top, ln.x1, ln.bottom, LINE)
            if id(ln) in starts:
                bar = PARAGRAPH_BAR
                canvas.segment((ln.x0 - bar, ln.top), (ln.x0 - bar, ln.bottom), LINE, bar)
            canvas.label(ln.x0 - 2 * PARAGRAPH_BAR, (ln.top + ln.bottom) / 2, str(number), LINE, anchor="rm")
    for ln in furniture:
        canvas.box(ln.x0, ln.top, ln.x1, ln.bottom, FURNITURE)
        canvas.label(ln.x1 + 2, (ln.top + ln.bottom) / 2, "dropped", FURNITURE, anchor="lm")
