"""Pages read by OCR inside the PDF reader: the per-page hook, provenance of what they give, their issues.

A page without a usable text layer (or every page, with `--ocr always`) is handed to pipeline.readers.ocr,
whose characters and rulings are composed exactly like a text layer's (page.compose_page). Lines of such
a page keep their recognised words, so cells and paragraphs can carry a box and a confidence.
"""
from __future__ import annotations

import bisect
import difflib

import regex

from pipeline.layout import Issue, Layout, Paragraph, Table
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.pdf.grid import FINDER_ERRORS, find_tables

# "19.562" read in a report whose decimals are commas: a digit group's space read as a point, or a decimal point
# for a comma? The value differs a thousandfold either way, and nothing on the page tells which.
POINT_BEFORE_GROUP_RE = regex.compile(r"\d\.\d{3}(?!\d)")
OCR_ALIKE = 0.75  # header rows read by OCR repeat each other when this similar (difflib ratio, spaces aside)


def wants_ocr(ocr: OcrOptions | None, out, has_content: bool) -> bool:
    """OCR this page? auto: when its text layer is unusable; always: every page with something on it."""
    if ocr is None or ocr.mode == "never":
        if ocr is not None and out.unusable:
            out.note += "; OCR is off (--ocr never)"
        return False
    return out.unusable or (ocr.mode == "always" and has_content)


def read_by_ocr(page, out, ocr: OcrOptions, compose) -> None:
    """Read the page image by OCR into lines and table parts (compose: page.compose_page), as a text layer would be."""
    from pipeline.readers.ocr.engine import missing
    from pipeline.readers.ocr.page import PageImageError, ocr_page

    problem = missing(ocr.languages)
    if problem is None:
        try:
            result = ocr_page(page, out.width, out.height, ocr, find_cells=lambda edges: cell_boxes(edges, out.number))
        except PageImageError as exc:
            problem = str(exc)
    if problem is not None:
        out.unusable = True
        out.note = f"{out.note or 'the page has no usable text layer'}; it was not OCR'd: {problem}"
        return
    out.unusable, out.note, out.ocr = False, "", result
    out.width, out.height = result.width, result.height
    compose(out, result.chars, result.edges)
    lines = out.lines + [ln for part in out.parts for c in part.cells for ln in c.lines]
    for line, words in zip(lines, _words_by_line(result.words, lines), strict=True):
        line.words = words
        line.size = round(line.size, 1)  # OCR gives every line of one text size the same box height


def _words_by_line(words: list, lines: list) -> list[list]:
    """For each line, the words (in their order) whose box's centre lies inside the line's box.

    The words are looked up by their centres' heights (a table page: ~700 lines, ~270 words; testing every pair
    took 20-30 ms of a page)."""
    centres = [((w.bbox[0] + w.bbox[2]) / 2, (w.bbox[1] + w.bbox[3]) / 2) for w in words]
    by_height = sorted(range(len(words)), key=lambda k: centres[k][1])
    heights = [centres[k][1] for k in by_height]
    out = []
    for line in lines:
        band = by_height[bisect.bisect_left(heights, line.top):bisect.bisect_right(heights, line.bottom)]
        out.append([words[k] for k in sorted(band) if line.x0 - 1 <= centres[k][0] <= line.x1 + 1])
    return out


def reread_garbled(page, out, ocr: OcrOptions, compose) -> None:
    """A page whose text layer the self-check finds garbage (fonts mapping glyphs to the wrong letters) is read
    again by OCR, unless OCR is off or cannot run here: then its text stays, with the text_quality warning."""
    from pipeline.readers.ocr.engine import missing

    if ocr.mode == "never" or missing(ocr.languages) is not None:
        return
    text_layer = (out.lines, out.parts, out.check, out.boxes)
    out.lines, out.parts, out.check, out.boxes = [], [], None, []
    read_by_ocr(page, out, ocr, compose)
    if out.ocr is None:  # the page image could not be read: keep the text layer and its doubt
        out.lines, out.parts, out.check, out.boxes = text_layer
        out.unusable, out.note = False, ""
        return
    out.ocr.notes.append("its text layer was garbage")


def cell_boxes(edges: list[dict], number: int) -> list[tuple[float, float, float, float]]:
    """The boxes of the table cells the rulings make (the same cell finder the page is composed with)."""
    try:
        parts = find_tables(edges, number)
    except FINDER_ERRORS:
        return []  # compose_page will say the tables could not be rebuilt
    return [(c.x0, c.top, c.x1, c.bottom) for part in parts for c in part.cells]


def provenance(lines: list, bbox: tuple | None = None) -> dict:
    """Box (the lines' extent on the first one's page, unless given) and mean word confidence of OCR'd lines."""
    words = [w for ln in lines if ln is not None and ln.words for w in ln.words]
    if not words:
        return {}
    if bbox is None:
        first = [ln for ln in lines if ln.page == lines[0].page]
        bbox = (min(ln.x0 for ln in first), min(ln.top for ln in first),
                max(ln.x1 for ln in first), max(ln.bottom for ln in first))
    confidence = sum(w.confidence for w in words) / len(words)
    return {"bbox": tuple(round(v, 1) for v in bbox), "confidence": round(confidence, 3)}


def boxes_on_their_pages(blocks: list, pages: list) -> None:
    """Put the boxes of values read by OCR from a page OCR turned upright back where they lie on the page.

    OCR reads an upside-down or sideways scan turned upright, and the layout keeps that frame (reading order
    needs it); a box given to a reviewer is on the page as the file shows it (the contract's bbox), so that
    the crop beside a flagged value is cut where the value is."""
    turned = {p.number: p.ocr for p in pages if p.ocr is not None and p.ocr.turned}
    if not turned:
        return
    for block in blocks:
        if isinstance(block, Paragraph) and block.bbox is not None and block.page in turned:
            block.bbox = page_box(turned[block.page], block.bbox)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells if row.page in turned else []:
                    if cell.bbox is not None:
                        cell.bbox = page_box(turned[row.page], cell.bbox)


def page_box(ocr, bbox: tuple) -> tuple:
    """A box (x0, top, x1, bottom) on a page as OCR read it, turned `ocr.turned` degrees clockwise (0, 90, 180,
    270) to stand upright, as it lies on the page itself; ocr.width and ocr.height are the page as read."""
    width, height = ocr.width, ocr.height
    corners = [(bbox[0], bbox[1]), (bbox[2], bbox[3])]
    if ocr.turned == 180:
        corners = [(width - x, height - y) for x, y in corners]
    elif ocr.turned == 90:
        corners = [(y, width - x) for x, y in corners]
    elif ocr.turned == 270:
        corners = [(height - y, x) for x, y in corners]
    (ax, ay), (bx, by) = corners
    return tuple(round(v, 1) for v in (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))


def alike(a: str, b: str) -> bool:
    """Texts the same but for OCR's slips (difflib similarity at least OCR_ALIKE, spaces aside)."""
    a, b = "".join(a.split()), "".join(b.split())
    return bool(a and b) and difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= OCR_ALIKE


def ocr_issues(pages: list, layout: Layout) -> None:
    """Which pages OCR read and how surely (one issue), blank scanned pages, and numbers read unsurely."""
    from pipeline.readers.ocr.page import LOW_CONFIDENCE

    read = [p for p in pages if p.ocr is not None]
    if not read:
        return
    sure = [p.ocr.confidence for p in read if p.ocr.words]
    mean = f"; mean confidence {sum(sure) / len(sure):.0%}" if sure else ""
    per_page = ", ".join(_page_summary(p) for p in read)
    layout.issues.append(Issue("ocr_used", f"{len(read)} page(s) read by OCR: page (confidence) {per_page}{mean}"))
    for p in read:
        if not p.ocr.words:
            layout.issues.append(Issue("blank_page", f"page {p.number} is an image on which OCR found no text "
                                                     f"(a blank page?)", p.number))
        for word in p.ocr.words:
            if not word.is_number:
                continue
            if word.confidence < LOW_CONFIDENCE:
                why = f"was read by OCR with confidence {word.confidence:.0%}"
            elif POINT_BEFORE_GROUP_RE.search(word.text):
                why = "was read by OCR with a point before three digits (a digit group's space, or a decimal comma?)"
            else:
                continue
            layout.issues.append(Issue("ocr_low_confidence", f"page {p.number}: {word.text!r} {why}; check it against "
                                       "the page", p.number, page_box(p.ocr, word.bbox),
                                       round(word.confidence, 3)))


def _page_summary(page) -> str:
    """'3 (95%, turned 180°, 1200 dpi read at 300)'."""
    ocr = page.ocr
    parts = [f"{ocr.confidence:.0%}" if ocr.words else "no text"]
    if ocr.turned:
        parts.append(f"turned {ocr.turned}°")
    if ocr.source_dpi > ocr.dpi:
        parts.append(f"{ocr.source_dpi:.0f} dpi read at {ocr.dpi:.0f}")
    parts += ocr.notes
    return f"{page.number} ({', '.join(parts)})"
