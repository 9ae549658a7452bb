"""Rulings of a scanned page that carries a text layer: found in the page's image, as OCR finds them.

A producer may put an invisible OCR text layer on a scan ("searchable PDF"): the characters are in the
PDF, but the table's ruling lines exist only in the picture, so the page has no vector rulings and its
tables would be read as prose. For such a page (a usable text layer, almost no vector rulings, an image
covering the page) the image's rulings are found by the OCR package's code (ocr.image, ocr.rulings) and
handed to the grid stage as the page's edges: the tables are rebuilt from the picture's ruling lines
with the text layer's characters in their cells. Ordinary text PDFs never get here (the check needs
only the image and path counts the page reader already has, and the images' boxes); without OpenCV the
mechanism is skipped, as OCR is.
"""
from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

MAX_VECTOR_EDGES = 4  # a page drawing more ruling segments than this has vector rulings of its own
SCAN_SNAP_TOL = 5.0  # pieces of one ruling of a warped scan wander this many points apart (cells are wider)


def image_edges(page: pdfium.PdfPage, width: float, height: float, n_images: int, edges: list[dict]) -> list[dict]:
    """The page's ruling edges: those found in its covering image when it has almost no vector ones.

    The vector edges come back unchanged on any other page, when OpenCV is missing, when the image is
    unfit (too coarse) or when no ruling is found in it."""
    if not n_images or len(edges) > MAX_VECTOR_EDGES:
        return edges
    try:
        from pipeline.readers.ocr.image import IMAGE_COVER_RATIO, PageImageError, page_image
        from pipeline.readers.ocr.rulings import find_rulings
    except ImportError:  # no OpenCV: nothing is looked for in the image, as no page is OCR'd
        return edges
    if not _covered_by_image(page, IMAGE_COVER_RATIO * width, IMAGE_COVER_RATIO * height):
        return edges
    try:
        image = page_image(page, width, height, flatten_photo=False)  # the text layer lies over it as it is
    except (PageImageError, pdfium.PdfiumError, ValueError):
        return edges
    found = find_rulings(image.pixels, image.dpi).edges
    return snap_wandering(found) or edges


def snap_wandering(edges: list[dict], tol: float = SCAN_SNAP_TOL) -> list[dict]:
    """The edges with the pieces of one ruling put on one line: parallel ones within tol of each other are moved
    to their length-weighted mean position (a scan's column border found at x 487 and 490 is one border)."""
    out = []
    for orientation, at, along in (("v", "x0", "height"), ("h", "top", "width")):
        group: list[dict] = []
        for edge in sorted((e for e in edges if e["orientation"] == orientation), key=lambda e: e[at]):
            if group and edge[at] - group[-1][at] > tol:
                out += _on_one_line(group, orientation, at, along)
                group = []
            group.append(edge)
        out += _on_one_line(group, orientation, at, along)
    return out


def _on_one_line(group: list[dict], orientation: str, at: str, along: str) -> list[dict]:
    """Copies of the edges moved across onto their length-weighted mean position."""
    if not group:
        return []
    weight = sum(max(e[along], 1e-3) for e in group)
    mean = sum(e[at] * max(e[along], 1e-3) for e in group) / weight
    keys = ("x0", "x1") if orientation == "v" else ("top", "bottom", "doctop")
    return [{**e, **dict.fromkeys(keys, mean)} for e in group]


def _covered_by_image(page: pdfium.PdfPage, min_width: float, min_height: float) -> bool:
    """Does one image (a form's included) cover at least this much of the page (display points) both ways?"""
    from pipeline.readers.ocr.image import image_bounds  # loaded already: image_edges imported its module

    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image_bounds(image)
        across, down = abs(right - left), abs(top - bottom)
        if page.get_rotation() % 180:
            across, down = down, across
        if across >= min_width and down >= min_height:
            return True
    return False
