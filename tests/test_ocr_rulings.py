"""Table rulings found in a page image (pipeline.readers.ocr.rulings), on drawn pages of known rulings."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.readers.ocr.rulings import find_rulings

DPI = 200
PT = DPI / 72


def _page_with_strip(stems: list[int]) -> np.ndarray:
    """A white A4 page at 200 dpi with two rulings 900 px long and 14 pt apart (a table row one line high) and
    vertical strokes between them at the x offsets given (pixels from the rulings' left end)."""
    page = np.full((2339, 1654), 255, np.uint8)
    top, bottom, left = 2000, 2000 + round(14 * PT), 300
    page[top:top + 2, left:left + 900] = 0
    page[bottom:bottom + 2, left:left + 900] = 0
    for x in stems:
        page[top:bottom + 2, left + x:left + x + 2] = 0
    return page


def _horizontals(page: np.ndarray) -> list[dict]:
    return [e for e in find_rulings(page, DPI).edges if e["orientation"] == "h"]


@pytest.mark.parametrize("stems, kept", [
    ([0, 250, 400, 600, 898], 2),  # closed at both ends: a header row's first line cut off by a page break
    ([0, 250, 400, 600], 0),  # open at its right end: no table
    ([250, 400, 600], 0),  # strokes inside only, as letters' stems between serif feet and tops
])
def test_a_one_line_table_strip_is_kept_only_closed_at_both_ends(stems, kept):
    assert len(_horizontals(_page_with_strip(stems))) == kept
