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
STRIP_MIN_LEN_PT = 100.0  # a ruling no long vertical meets is kept if this long and closed at both ends (see _closed_strips)
ERASE_PAD_PX = 1  # the erased band reaches this many pixels beyond the found ruling
LONG_POOL_PX = 4  # rows (columns) that may hold a ruling are picked on blocks of this many pixels (see _long_lines)


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
    horizontal = _segments(_long_lines(ink, length, "h"), "h", max_thick)
    long_vertical = _long_lines(ink, length, "v")
    vertical = _segments(long_vertical, "v", max_thick)
    h_boxes, v_boxes = horizontal.boxes, vertical.boxes
    tol = MEET_TOL_PT * px_per_pt
    h_keep = {k: b for k, b in h_boxes.items() if any(_meet(b, v, tol) for v in v_boxes.values())}
    v_keep = {k: b for k, b in v_boxes.items() if any(_meet(h, b, tol) for h in h_boxes.values())}
    strip = {k: b for k, b in h_boxes.items() if k not in h_keep and b[2] >= STRIP_MIN_LEN_PT * px_per_pt}
    across = [*h_keep.values(), *strip.values()]
    vs_keep = _short_verticals(ink, long_vertical, across, px_per_pt) if len(across) > 1 else {}
    if strip:
        h_keep |= _closed_strips(strip, list(vs_keep.values()), tol)
        vs_keep = {k: v for k, v in vs_keep.items() if _bridge(v, list(h_keep.values()), tol)}
    scale = 1.0 / px_per_pt
    edges = [_edge("h", x * scale, (x + w) * scale, (y + h / 2) * scale, (y + h / 2) * scale)
             for x, y, w, h in h_keep.values()]
    edges += [_edge("v", (x + w / 2) * scale, (x + w / 2) * scale, y * scale, (y + h) * scale)
              for x, y, w, h in [*v_keep.values(), *vs_keep.values()]]
    mask = horizontal.mask(h_keep) | vertical.mask(v_keep)
    for x, y, w, h in vs_keep.values():  # only the part between its rulings: a letter may touch it
        mask[y:y + h + 1, x:x + w] = 255
    return Rulings(edges, cv2.dilate(mask, np.ones((2 * ERASE_PAD_PX + 1,) * 2, np.uint8)))


def _short_verticals(ink: np.ndarray, long_vertical: np.ndarray, horizontals: list[tuple], px_per_pt: float) -> dict:
    """Short vertical rulings (SHORT_RULE_MIN_LEN_PT and up) running from one horizontal ruling to another: their
    part between the two, by label.

    The short opening keeps every letter's stem too (a few thousand on a table page): only the stems that two
    horizontal rulings run across (within TOUCH_TOL_PT) are looked at one by one. A page without two horizontal
    rulings has none (a prose page: 60-80 ms of a 300-dpi page saved)."""
    short = max(3, round(SHORT_RULE_MIN_LEN_PT * px_per_pt))
    boxes = _segments(_lines(ink, (1, short)) & ~long_vertical, "v", RULE_MAX_THICK_PT * px_per_pt).boxes
    if not boxes:
        return {}
    tol = TOUCH_TOL_PT * px_per_pt
    labels = np.fromiter(boxes, np.int64, len(boxes))
    x, y, w, h = np.array(list(boxes.values()), np.float64).T
    hx, hy, hw, hh = np.array(horizontals, np.float64).T
    cx, centre = (x + w / 2)[:, None], (hy + hh / 2)[None, :]
    across = ((hx - tol <= cx) & (cx <= hx + hw + tol) & (y[:, None] - tol <= centre)
              & (centre <= (y + h)[:, None] + tol)).sum(axis=1)
    return {k: span for k in labels[across >= 2].tolist() if (span := _bridge(boxes[k], horizontals, tol))}


def _closed_strips(strip: dict, short_verticals: list[tuple], tol: float) -> dict:
    """Long horizontal rulings that no vertical ruling of a letter's height or more meets, kept where short
    verticals (drawn from one horizontal ruling to another) stand at both of their ends: a table of one row
    a line high, such as the first line of a header row that a page break cut off ("Наименование целевого |
    Плано | Фактическ | Статус") above the rest of the table on the next page. The feet of a row of serif
    letters run long too, but no ruling closes them at both ends."""
    def closed(box: tuple) -> bool:
        x, y, w, h = box
        ends = [v[0] + v[2] / 2 for v in short_verticals if _meet(box, v, tol)]
        return any(abs(e - x) <= tol for e in ends) and any(abs(e - (x + w)) <= tol for e in ends)
    return {k: b for k, b in strip.items() if closed(b)}


def ink_mask(pixels: np.ndarray) -> np.ndarray:
    """255 where there is ink (Otsu's threshold on the grey image), 0 on paper."""
    _, ink = cv2.threshold(pixels, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def _long_lines(ink: np.ndarray, length: int, orientation: str) -> np.ndarray:
    """What _lines keeps of the ink with a line `length` pixels long (h: horizontal, v: vertical), opened only in the
    rows (columns) that can hold such a run.

    The opening works along each row (column) on its own, so leaving the others out changes nothing. A row keeps
    ink only if it holds a run of `length` pixels of ink, counting as ink the margin outside the image that
    OpenCV's erosion reaches into (its kernel's anchor in the image); then the copy keeping a block of
    LONG_POOL_PX pixels as ink where all of them are holds a run of (length - LONG_POOL_PX + 1) // LONG_POOL_PX
    blocks. On a table page that leaves a few dozen rows of
    3,500 to open (28 ms of a 300-dpi page each way, now 15)."""
    pool = LONG_POOL_PX
    blocks = (length - pool + 1) // pool
    kernel = (length, 1) if orientation == "h" else (1, length)
    if blocks < 2:
        return _lines(ink, kernel)
    before, after = length // 2, length - 1 - length // 2  # the erosion's reach outside the image either way
    if orientation == "h":
        padded = cv2.copyMakeBorder(ink, 0, 0, before, after, cv2.BORDER_CONSTANT, value=255)
        pooled = cv2.erode(padded, np.ones((1, pool), np.uint8), anchor=(0, 0))[:, :padded.shape[1] - pool + 1:pool]
        runs = cv2.erode(pooled, np.ones((1, blocks), np.uint8), borderType=cv2.BORDER_CONSTANT, borderValue=0)
        lanes = np.flatnonzero(runs.any(axis=1))
    else:
        padded = cv2.copyMakeBorder(ink, before, after, 0, 0, cv2.BORDER_CONSTANT, value=255)
        pooled = cv2.erode(padded, np.ones((pool, 1), np.uint8), anchor=(0, 0))[:padded.shape[0] - pool + 1:pool]
        runs = cv2.erode(pooled, np.ones((blocks, 1), np.uint8), borderType=cv2.BORDER_CONSTANT, borderValue=0)
        lanes = np.flatnonzero(runs.any(axis=0))
    out = np.zeros_like(ink)
    if orientation == "h" and lanes.size:
        out[lanes] = _lines(np.ascontiguousarray(ink[lanes]), kernel)
    elif lanes.size:
        out[:, lanes] = _lines(np.ascontiguousarray(ink[:, lanes]), kernel)
    return out


def _lines(ink: np.ndarray, kernel_size: tuple[int, int]) -> np.ndarray:
    """Ink that survives an opening with a long thin kernel."""
    return cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel_size))


@dataclass
class _Segments:
    """The connected runs of a line mask: each one's (x, y, w, h) pixel box by its label, and where its pixels are."""

    boxes: dict[int, tuple[int, int, int, int]]
    labels: np.ndarray  # the labels of the mask's inked rows (h) or columns (v) only
    lanes: np.ndarray  # which row (column) of the page each row (column) of labels is; -1: a gap
    orientation: str
    shape: tuple[int, int]

    def mask(self, keep) -> np.ndarray:
        """uint8 page mask, 255 on the pixels of the segments whose labels are in keep."""
        out = np.zeros(self.shape, np.uint8)
        if not keep or not self.lanes.size:
            return out
        picked = np.isin(self.labels, list(keep)).astype(np.uint8) * 255
        real = self.lanes >= 0
        if self.orientation == "h":
            out[self.lanes[real]] = picked[real]
        else:
            out[:, self.lanes[real]] = picked.T[:, real]
        return out


def _segments(mask: np.ndarray, orientation: str, max_thick: float) -> _Segments:
    """The runs of a line mask thin across its orientation (a logo or a filled bar is thick either way).

    Only the mask's inked rows (h) or columns (v) are labelled, one blank lane between runs of them that
    do not touch: the same components as on the whole page, for a fraction of the work."""
    lanes = _inked_lanes(mask if orientation == "h" else mask.T)
    dense = mask if orientation == "h" else mask.T
    if not lanes.size:
        return _Segments({}, np.zeros((0, dense.shape[1]), np.int32), lanes, orientation, mask.shape)
    packed = dense[np.maximum(lanes, 0)]
    packed[lanes < 0] = 0
    count, labels, stats, _ = cv2.connectedComponentsWithStats(np.ascontiguousarray(packed), connectivity=8)
    along, at, length, across, area = stats[1:count, :5].T.astype(np.int64)
    # Thickness as ink over length, not the box's width: a ruling drifting a few pixels down a skewed
    # or warped scan has a wide box but stays thin; a filled block (a logo, a bar) is thick either way.
    thin = np.flatnonzero(area / np.maximum(1, length) <= max_thick)
    rows = zip((thin + 1).tolist(), along[thin].tolist(), lanes[at[thin]].tolist(), length[thin].tolist(),
               across[thin].tolist(), strict=True)
    boxes = {k: (a, start, n, t) if orientation == "h" else (start, a, t, n) for k, a, start, n, t in rows}
    return _Segments(boxes, labels, lanes, orientation, mask.shape)


def _inked_lanes(mask: np.ndarray) -> np.ndarray:
    """Indices of the rows holding ink, with -1 put between two runs of rows that are not neighbours."""
    rows = np.flatnonzero(mask.any(axis=1))
    if not rows.size:
        return rows
    breaks = np.flatnonzero(np.diff(rows) > 1) + 1
    return np.insert(rows, breaks, -1)


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
