"""Table rulings found in a page image, as the PDF reader's ruling edges (PDF points).

Ink is separated from paper (Otsu's threshold), then a morphological opening with a long thin
kernel keeps only strokes longer than any letter: horizontal ones with a 1-pixel-high kernel,
vertical ones with a 1-pixel-wide one. Each connected run of such ink is one ruling segment, kept only where it
meets a perpendicular one (the feet of a row of serif letters, "ции", make a horizontal stroke too,
but one that no vertical crosses). A ruling shorter than a tall letter (the divider between "План" and
"Факт" under a spanning header cell) is kept only where it runs from one perpendicular ruling to another:
no letter stroke reaches across a row from border to border. The segments become pdfplumber edge dicts,
exactly what the PDF reader gets from a text PDF's path objects, so tables of a scan are rebuilt by the same
edge -> intersection -> cell routines. The mask of the rulings is also returned: it is painted white before
OCR, so that no border is read as "|".
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

RULE_MIN_LEN_PT = 20.0  # a ruling is at least this long: longer than any letter stroke ...
SHORT_RULE_MIN_LEN_PT = 6.0  # ... or at least this long and running from one perpendicular ruling to another
RULE_MAX_THICK_PT = 3.0  # ... and at most this thick
MEET_TOL_PT = 4.0  # a ruling must meet a perpendicular one within this: letters' serif rows never do
TOUCH_TOL_PT = 1.0  # a short ruling must touch both of its perpendicular ones: no gap wider than this
ERASE_PAD_PX = 1  # the erased band reaches this many pixels beyond the found ruling


@dataclass
class Rulings:
    edges: list[dict]  # pdfplumber edges in PDF points, display space
    mask: np.ndarray  # uint8, 255 where a ruling was found


def find_rulings(pixels: np.ndarray, dpi: float) -> Rulings:
    """Horizontal and vertical rulings of a grey page image."""
    ink = ink_mask(pixels)
    px_per_pt = dpi / 72.0
    length = max(3, round(RULE_MIN_LEN_PT * px_per_pt))
    max_thick = RULE_MAX_THICK_PT * px_per_pt
    h_labels, h_boxes = _segments(_lines(ink, (length, 1)), "h", max_thick)
    v_labels, v_boxes = _segments(_lines(ink, (1, length)), "v", max_thick)
    tol = MEET_TOL_PT * px_per_pt
    h_keep = {k: b for k, b in h_boxes.items() if any(_meet(b, v, tol) for v in v_boxes.values())}
    v_keep = {k: b for k, b in v_boxes.items() if any(_meet(h, b, tol) for h in h_boxes.values())}
    short = max(3, round(SHORT_RULE_MIN_LEN_PT * px_per_pt))
    _, vs_boxes = _segments(_lines(ink, (1, short)) & ~_lines(ink, (1, length)), "v", max_thick)
    touch = TOUCH_TOL_PT * px_per_pt
    vs_keep = {k: span for k, b in vs_boxes.items() if (span := _bridge(b, list(h_keep.values()), touch))}
    scale = 1.0 / px_per_pt
    edges = [_edge("h", x * scale, (x + w) * scale, (y + h / 2) * scale, (y + h / 2) * scale)
             for x, y, w, h in h_keep.values()]
    edges += [_edge("v", (x + w / 2) * scale, (x + w / 2) * scale, y * scale, (y + h) * scale)
              for x, y, w, h in [*v_keep.values(), *vs_keep.values()]]
    mask = (np.isin(h_labels, list(h_keep)) | np.isin(v_labels, list(v_keep))).astype(np.uint8) * 255
    for x, y, w, h in vs_keep.values():  # only the part between its rulings: a letter may touch it
        mask[y:y + h + 1, x:x + w] = 255
    return Rulings(edges, cv2.dilate(mask, np.ones((2 * ERASE_PAD_PX + 1,) * 2, np.uint8)))


def ink_mask(pixels: np.ndarray) -> np.ndarray:
    """255 where there is ink (Otsu's threshold on the grey image), 0 on paper."""
    _, ink = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def _lines(ink: np.ndarray, kernel_size: tuple[int, int]) -> np.ndarray:
    """Ink that survives an opening with a long thin kernel."""
    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size))


def _segments(mask: np.ndarray, orientation: str, max_thick: float) -> tuple[np.ndarray, dict]:
    """Label image and (x, y, w, h) pixel box per connected component thin across its orientation."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    boxes = {}
    for k in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[k][:5])
        # Thickness as ink over length, not the box's width: a ruling drifting a few pixels down a skewed
        # or warped scan has a wide box but stays thin; a filled block (a logo, a bar) is thick either way.
        if area / max(1, w if orientation == "h" else h) <= max_thick:
            boxes[k] = (x, y, w, h)
    return labels, boxes


def _meet(h: tuple, v: tuple, tol: float) -> bool:
    """Do a horizontal and a vertical pixel box cross or touch (within tol)?"""
    hx, hy, hw, hh = h
    vx, vy, vw, vh = v
    return hx - tol <= vx + vw / 2 <= hx + hw + tol and vy - tol <= hy + hh / 2 <= vy + vh + tol


def _bridge(v: tuple, horizontals: list[tuple], tol: float) -> tuple | None:
    """The part of a short vertical pixel box between the two horizontal rulings it runs across, if it does.

    A letter's stroke may touch the segment from outside (the descender of "д" above the ruling): only the
    part from ruling to ruling is the cell's side."""
    x, y, w, h = v
    cx = x + w / 2
    ys = sorted(hy + hh / 2 for hx, hy, hw, hh in horizontals if hx - tol <= cx <= hx + hw + tol)
    inside = [c for c in ys if y - tol <= c <= y + h + tol]
    if len(inside) < 2 or inside[-1] - inside[0] < h / 2:
        return None
    return x, round(inside[0]), w, max(1, round(inside[-1] - inside[0]))


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    """A pdfplumber edge dict, as the PDF reader builds from path segments."""
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0,
            "height": bottom - top, "orientation": orientation, "object_type": "line"}


def erase(pixels: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The image with the rulings painted white."""
    out = pixels.copy()
    out[mask > 0] = 255
    return out
