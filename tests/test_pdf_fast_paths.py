"""The PDF reader's fast paths give what the plain ways of reading give, on every page of the samples.

Reading characters by address into arrays (page._page_chars), characters into cells with numpy
(grid.assign_chars) and pdfplumber's cell finder with indexed crossings (grid.intersections_to_cells) are
each checked against the straightforward reading they replace: pypdfium2's per-character calls, a loop
with bisect over the table grid, and pdfplumber's own function.
"""
from __future__ import annotations

import bisect
import ctypes
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
pdfium_c = pytest.importorskip("pypdfium2.raw")

from pdfplumber import table as plumber_table  # noqa: E402
from pdfplumber.utils import filter_edges  # noqa: E402

from pipeline.readers.pdf import grid  # noqa: E402
from pipeline.readers.pdf.opening import fix_page_box  # noqa: E402
from pipeline.readers.pdf.page import MAX_PAGE_OBJECTS, _page_chars, display_transform  # noqa: E402
from pipeline.readers.pdf.rulings import page_paths  # noqa: E402

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.pdf"))


def sample_pages():
    """(pdfium page, its textpage, display transform, width, height, ruling edges) of every sample page."""
    for path in SAMPLES:
        doc = pdfium.PdfDocument(path)
        for index in range(len(doc)):
            page = doc[index]
            fix_page_box(page)
            to_display, width, height = display_transform(page)
            textpage = page.get_textpage()
            edges = page_paths(page, to_display, MAX_PAGE_OBJECTS, [])[2]
            yield page, textpage, to_display, width, height, edges
            textpage.close()
            page.close()
        doc.close()


def plain_chars(textpage, to_display) -> list[tuple]:
    """The page's characters read one by one through pypdfium2's typed calls (spaces and hyphens aside); a box
    overhanging its character's origin to the left starts at the origin."""
    raw, rect = textpage.raw, pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    out = []
    for i in range(textpage.count_chars()):
        ch = chr(pdfium_c.FPDFText_GetUnicode(raw, i))
        if not ch.isalnum():
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ox, oy)
        (ax, atop), (bx, bbottom) = to_display(rect.left, rect.top), to_display(rect.right, rect.bottom)
        start, base = to_display(ox.value, oy.value)
        x0, x1 = min(ax, bx), max(ax, bx)
        out.append((ch, start if x0 < start < x1 else x0, x1, min(atop, bbottom), max(atop, bbottom), i, base))
    return out


def plain_assign(chars: list[tuple], parts: list) -> tuple[list, dict]:
    """Characters into the cell under their centre, one by one with bisect: (the rest, {id(cell): its chars})."""
    cells: dict[int, list] = {}
    slots = [grid._slot_map(part) for part in parts]
    rest = []
    for ch in chars:
        cx, cy = (ch[1] + ch[2]) * 0.5, (ch[3] + ch[4]) * 0.5
        for part, slot in zip(parts, slots, strict=True):
            x0, top, x1, bottom = part.bbox
            if x0 <= cx <= x1 and top <= cy <= bottom:
                col = min(max(bisect.bisect_right(part.xs, cx) - 1, 0), len(part.xs) - 2)
                row = min(max(bisect.bisect_right(part.ys, cy) - 1, 0), len(part.ys) - 2)
                cell = slot.get((row, col))
                if cell is not None:
                    cells.setdefault(id(cell), []).append(ch)
                break
        else:
            rest.append(ch)
    return rest, cells


@pytest.mark.skipif(not SAMPLES, reason="no sample PDFs")
def test_fast_paths_read_every_sample_page_as_the_plain_ways_do():
    n_cells = 0
    for _page, textpage, to_display, width, height, edges in sample_pages():
        chars = _page_chars(textpage, to_display, width, height)[0]
        assert [c for c in chars if c[0].isalnum()] == plain_chars(textpage, to_display)

        merged = filter_edges(plumber_table.merge_edges(edges, 3, 3, 3, 3), min_length=grid.EDGE_MIN_LEN)
        crossings = plumber_table.edges_to_intersections(merged, 3, 3)
        assert grid.intersections_to_cells(crossings) == plumber_table.intersections_to_cells(crossings)

        parts = grid.find_tables(edges, 1)
        rest, expected = plain_assign(chars, parts)
        assert grid.assign_chars(chars, parts) == rest
        assert {id(c): c.lines for p in parts for c in p.cells if c.lines} == expected
        n_cells += len(expected)
    assert n_cells > 100  # the samples' tables were read
