"""Page furniture: running headers and footers, and page numbers, flagged and taken out of the page body.

A margin line is furniture when the same wording (digits aside) stands at the same height in the top or
bottom margin zone of several pages, or when it is a lone page number ("5", "- 5 -", "Страница 5 из 12").
"""
from __future__ import annotations

from collections import defaultdict

import regex

from pipeline.readers.pdf.page import Page

MARGIN_ZONE_RATIO = 0.12  # headers/footers live in the top/bottom this fraction of the page height
FURNITURE_EDGE_LINES = 3  # only the first/last this many lines of a page may be header/footer lines
FURNITURE_MIN_PAGES = 2  # a margin line repeated on at least this many pages is a running header/footer
FURNITURE_POS_TOL = 4.0  # repeated margin lines must sit at the same height within this

_PAGE_NUMBER = regex.compile(
    r"^(?:[-–—]\s*)?(?:стр\.?|страница|page|лист)?\s*\d{1,4}(?:\s*(?:из|/|of)\s*\d{1,4})?(?:\s*[-–—])?$",
    regex.IGNORECASE,
)
_DIGITS = regex.compile(r"\d+")
_TABLE_CONTINUED = regex.compile(r"^\s*(?:продолжение|окончание)\s+таблицы", regex.IGNORECASE)


def mark_furniture(pages: list[Page]) -> None:
    """Flag running headers/footers and page numbers (margin lines repeated across pages, lone numbers)."""
    seen: dict[tuple, list[tuple[int, float]]] = defaultdict(list)
    candidates = []
    for page in pages:
        for line, zone, pos in _margin_lines(page):
            key = (zone, _DIGITS.sub("#", " ".join(line.text.split())).lower())
            seen[key].append((page.number, pos))
            candidates.append((line, key, pos))
    for line, key, pos in candidates:
        if _TABLE_CONTINUED.match(line.text):
            continue  # typed into the body by the author, the DOCX has it as a paragraph
        if _PAGE_NUMBER.match(line.text.strip()):
            line.furniture = True
            continue
        pages_here = {n for n, p in seen[key] if abs(p - pos) <= FURNITURE_POS_TOL}
        line.furniture = len(pages_here) >= FURNITURE_MIN_PAGES
    for page in pages:
        page.lines = [ln for ln in page.lines if not ln.furniture]


def _margin_lines(page: Page):
    """Yield (line, zone, position) for the outermost prose lines inside the top/bottom margin zones."""
    zone_h = page.height * MARGIN_ZONE_RATIO
    table_top = min((p.bbox[1] for p in page.parts), default=page.height)
    table_bottom = max((p.bbox[3] for p in page.parts), default=0.0)
    top_lines = [ln for ln in page.lines[:FURNITURE_EDGE_LINES] if ln.bottom <= zone_h and ln.bottom <= table_top]
    bottom_lines = [ln for ln in page.lines[-FURNITURE_EDGE_LINES:]
                    if ln.top >= page.height - zone_h and ln.top >= table_bottom]
    for ln in top_lines:
        yield ln, "top", ln.top
    for ln in bottom_lines:
        yield ln, "bottom", page.height - ln.top
