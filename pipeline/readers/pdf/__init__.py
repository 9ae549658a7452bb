"""PDF reader: rebuild the paragraphs and tables of a Word/LibreOffice-exported PDF as the neutral layout.

Everything is read through pypdfium2 (characters with their boxes, and the path objects that draw the
table rulings), which is an order of magnitude faster than parsing the pages with pdfminer.  Tables are
found from the ruling lines with pdfplumber's edge -> intersection -> cell functions (its "lines"
strategy, fed with pdfium's path segments instead of pdfminer's); merged cells get
their spans from the grid of column and row boundaries; tables that run over several pages are joined,
their repeated header rows dropped and rows broken by the page boundary glued back together.  Text
lines are turned into paragraphs by one routine shared by prose and table cells (line-fit, indentation,
spacing and sentence-end rules; hyphenated and force-broken words re-joined with the help of pymorphy3).

All distances are PDF points (1/72 inch) in display space: origin at the top-left of the page as it is
shown (after /Rotate), y growing downwards.

The modules, in the order the data flows through them:

    page.py        open the file; read each page once (characters, fonts, display transform, text-layer check,
                   glyphs a clip hides dropped)
    rulings.py     the page's drawn paths -> ruling segments (pdfplumber edges), shading marked
    open_tables.py tables ruled with horizontal lines only: column borders inferred from the text between the
                   rules (before grid.py)
    grid.py        rulings -> pdfplumber's cells -> table parts on a grid; characters into their cells
    lines.py       characters -> lines by baseline (sub- and superscripts into their line) -> words
    selfcheck.py   the page's words against pdfium's own reading of the page, and against the dictionary
    furniture.py   running headers, footers and page numbers out of the page body
    footnotes.py   footnotes at a page's foot, and the marks naming them, out of the text
    open_pages.py  the pages of one such table given the same borders
    geometry.py    margins, line pitch, cell padding and the page body's extent, per page geometry
    paragraphs.py  lines -> paragraphs (break kinds, hyphenation via pipeline.morph, headings)
    joins.py       tables across pages (repeated headers, rows broken by a page)
    assemble.py    the document: read_pdf's stages, pages -> blocks in reading order
    debug.py       draw_page: one page with its rulings, cells, numbered lines and furniture, as a PNG
"""
from __future__ import annotations

from pipeline.readers.pdf.assemble import read_pdf

__all__ = ["read_pdf"]
