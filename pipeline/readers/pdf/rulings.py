"""A page's drawn paths -> its ruling segments, as pdfplumber edge dicts in display space.

Word and LibreOffice draw table borders as stroked lines or as thin filled rectangles; other filled
rectangles are shading (a shaded cell or paragraph), marked so that the table finder uses them only on a
page without rulings of its own (pipeline.readers.pdf.grid.find_tables).
"""
from __future__ import annotations

import ctypes
from typing import Optional

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

AXIS_TOL = 0.5  # a path segment counts as horizontal/vertical if it deviates less than this
EDGE_MIN_LEN = 3.0  # shorter ruling segments are ignored (pdfplumber's edge_min_length)
WHITE_MIN = 250  # a paint whose red, green and blue are all at least this (of 255) is white: invisible on the page
RULE_MAX_WIDTH = 6.0  # a filled rectangle thinner than this draws a ruling (Word's thickest border is 6 pt)
RECT_MAX_POINTS = 6  # a rectangle path: move, three or four lines, and a close
MAX_PATH_SEGMENTS = 500  # paths with more segments are drawings and are not searched for rulings

_PATH, _FORM, _IMAGE = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_IMAGE
_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
CLIP_TOL = 1.0  # a text object reaching more than this (points) outside its clip has hidden characters


class TooManyObjects(ValueError):
    """A page draws more objects than the bound given (the message is their count, or the bound passed)."""


def page_paths(page: pdfium.PdfPage, to_display, max_objects: Optional[int] = None, clipped: list | None = None):
    """Count images and paths, and collect horizontal/vertical ruling segments as pdfplumber edge dicts.

    With max_objects, a page (forms' objects included) drawing more raises TooManyObjects before the work.
    With a list for `clipped`, the page's text objects drawn through a clip that hides part of them are
    added to it, each as (object, its bounds, the clip's box), boxes (x0, top, x1, bottom) in display space."""
    counts = {"images": 0, "paths": 0, "budget": max_objects if max_objects is not None else -1}
    edges: list[dict] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    raw = page.raw
    n = pdfium_c.FPDFPage_CountObjects(raw)
    if max_objects is not None and n > max_objects:
        raise TooManyObjects(f"{n:,}")
    objs = [pdfium_c.FPDFPage_GetObject(raw, i) for i in range(n)]
    _walk_objects(objs, identity, to_display, counts, edges, clipped)
    return counts["images"], counts["paths"], edges


def _walk_objects(objs, matrix, to_display, counts, edges, clipped=None) -> None:
    """Visit page objects (recursing into form XObjects), collecting rulings from visible paths."""
    fs_matrix = pdfium_c.FS_MATRIX()
    if counts["budget"] >= 0:
        counts["budget"] -= len(objs)
        if counts["budget"] < 0:
            raise TooManyObjects("more than the bound of")
    for obj in objs:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == _TEXT:
            if clipped is not None and matrix[4] == matrix[5] == 0.0:  # text of forms is not looked at
                _clipped_text(obj, to_display, clipped)
        elif kind == _IMAGE:
            counts["images"] += 1
        elif kind == _PATH:
            counts["paths"] += 1
            pdfium_c.FPDFPageObj_GetMatrix(obj, fs_matrix)
            m = _mul((fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f), matrix)
            _path_edges(obj, m, to_display, edges)
        elif kind == _FORM:
            pdfium_c.FPDFPageObj_GetMatrix(obj, fs_matrix)
            m = _mul((fs_matrix.a, fs_matrix.b, fs_matrix.c, fs_matrix.d, fs_matrix.e, fs_matrix.f), matrix)
            n = pdfium_c.FPDFFormObj_CountObjects(obj)
            _walk_objects([pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(n)], m, to_display, counts, edges)


def _clipped_text(obj, to_display, clipped: list) -> None:
    """Note a text object that its clip path partly or wholly hides.

    LibreOffice keeps the whole text of a repeated header row too tall for its page in the text layer and
    hides what does not fit behind a clip; those glyphs are not on the page."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return
    box = _clip_box(clip)
    if box is None:
        return
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return
    x0, y0, x1, y1 = box
    if (left.value >= x0 - CLIP_TOL and right.value <= x1 + CLIP_TOL
            and bottom.value >= y0 - CLIP_TOL and top.value <= y1 + CLIP_TOL):
        return
    clipped.append((obj, _display_box(to_display, left.value, bottom.value, right.value, top.value),
                    _display_box(to_display, *box)))


def _clip_box(clip) -> tuple | None:
    """The box (x0, y0, x1, y1) in PDF user space common to all the paths of a clip, or None."""
    x, y = ctypes.c_float(), ctypes.c_float()
    box = None
    for k in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for n in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, k)):
            pdfium_c.FPDFPathSegment_GetPoint(pdfium_c.FPDFClipPath_GetPathSegment(clip, k, n), x, y)
            xs.append(x.value)
            ys.append(y.value)
        if not xs:
            continue
        path = (min(xs), min(ys), max(xs), max(ys))
        box = path if box is None else (max(box[0], path[0]), max(box[1], path[1]), min(box[2], path[2]), min(box[3], path[3]))
    return box


def _display_box(to_display, x0: float, y0: float, x1: float, y1: float) -> tuple:
    """A PDF user-space box as (x0, top, x1, bottom) in display space."""
    ax, ay = to_display(x0, y0)
    bx, by = to_display(x1, y1)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _mul(a, b):
    """Product of two PDF matrices (a applied first, then b)."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def _path_edges(obj, m, to_display, edges) -> None:
    """Append the axis-aligned straight segments of a visible path object as edges.

    Like pdfplumber, a filled rectangle gives its four sides: a thin one (Word draws borders so) becomes
    one ruling once its long sides are snapped together and its short sides dropped as too short.  A
    filled rectangle wider and taller than any border is shading (a shaded cell or paragraph, a
    highlighted word): its sides are marked, and used only on pages without rulings of their own
    (see grid.find_tables); white shading (a white page or paragraph background) draws nothing on the white
    page and is left out.  Thin rectangles and strokes are rulings whatever their colour."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not fill.value and not stroke.value:
        return
    n_segments = pdfium_c.FPDFPath_CountSegments(obj)
    if n_segments > MAX_PATH_SEGMENTS:
        return  # a drawing (chart, logo), not table rulings
    x, y = ctypes.c_float(), ctypes.c_float()
    start = current = None
    found: list[dict] = []
    points = []
    for k in range(n_segments):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = x.value, y.value
        point = to_display(px * m[0] + py * m[2] + m[4], px * m[1] + py * m[3] + m[5])
        points.append(point)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
            _add_edge(current, point, found)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            _add_edge(point, start, found)
        current = point
    if not stroke.value and _is_shading(points):
        if _white_fill(obj):
            return
        for e in found:
            e["shading"] = True
    edges.extend(found)


def _is_shading(points: list[tuple]) -> bool:
    """Do the points of a filled path outline one axis-aligned rectangle thicker than any border both ways?"""
    if len(points) > RECT_MAX_POINTS:
        return False
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    if x1 - x0 <= RULE_MAX_WIDTH or y1 - y0 <= RULE_MAX_WIDTH:
        return False
    return all(min(abs(px - x0), abs(px - x1)) <= AXIS_TOL and min(abs(py - y0), abs(py - y1)) <= AXIS_TOL
               for px, py in points)


def _white_fill(obj) -> bool:
    """Is the path filled with white (or fully transparent) paint?"""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False
    return not a.value or min(r.value, g.value, b.value) >= WHITE_MIN


def _add_edge(p, q, edges) -> None:
    """Add segment p-q as a pdfplumber edge if it is horizontal or vertical and long enough."""
    (ax, ay), (bx, by) = p, q
    if abs(ay - by) <= AXIS_TOL and abs(ax - bx) >= EDGE_MIN_LEN:
        x0, x1, top = min(ax, bx), max(ax, bx), (ay + by) / 2
        edges.append({"x0": x0, "x1": x1, "top": top, "bottom": top, "doctop": top, "width": x1 - x0,
                      "height": 0.0, "orientation": "h", "object_type": "line"})
    elif abs(ax - bx) <= AXIS_TOL and abs(ay - by) >= EDGE_MIN_LEN:
        top, bottom, x = min(ay, by), max(ay, by), (ax + bx) / 2
        edges.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top, "width": 0.0,
                      "height": bottom - top, "orientation": "v", "object_type": "line"})
