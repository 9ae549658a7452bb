"""A photographed page flattened: the paper's four corners found and the page warped back to a rectangle.

A page photographed at an angle is a quadrilateral of bright paper on a darker table, its rulings
converging, so no table grid can be found in it. The paper is told from the background by its
brightness (Otsu's threshold on a small blurred copy, which also evens out uneven light), its outline
reduced to four corners (OpenCV's approxPolyDP), and the page warped so those corners become the
image's: pixels then map onto the page's points as in a scan; its uneven light is evened out. A scan (paper filling the frame) or a
page lying straight on a dark scanner bed (a rectangle, no perspective) is left alone.
"""
from __future__ import annotations

import cv2
import numpy as np

WORK_WIDTH = 1600  # the outline is searched on a copy at most this many pixels wide (a 200-dpi A4 page as it is)
GLANCE_WIDTH = 400  # ... after a glance at a copy this wide shows background along the image's edges
MIN_EDGE_BACKGROUND = 0.1  # share of the image's outermost pixels that are background in a photograph
MIN_PAPER_SHARE = 0.4  # the paper covers at least this share of the photograph
MIN_CONTRAST = 40  # grey levels between the paper and the background around it
MIN_CORNER_TILT_DEG = 1.0  # a corner further than this from a right angle is perspective
OUTLINE_TOLERANCE = 0.02  # approxPolyDP's tolerance, as a share of the outline's length
UNEVEN_LIGHT = 1.25  # paper brighter by this factor on one side than on the other: the light is evened out
LIGHT_KERNEL_SHARE = 40  # the paper's brightness is measured over squares of the page width / this (wider than letters)


def flatten(pixels: np.ndarray) -> np.ndarray | None:
    """The page warped flat (same size as `pixels`) when it was photographed at an angle, else None."""
    corners = paper_corners(pixels)
    if corners is None:
        return None
    h, w = pixels.shape
    target = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    return even_light(cv2.warpPerspective(pixels, matrix, (w, h), flags=cv2.INTER_CUBIC,
                                          borderMode=cv2.BORDER_REPLICATE))


def even_light(pixels: np.ndarray) -> np.ndarray:
    """The page divided by its own paper brightness, so a side the lamp lit less is as white as the other.

    A photograph's light falls off across the page; one global threshold (Tesseract's, the rulings' Otsu) then
    takes the dim side's paper for ink or its print for paper, and whole columns read as nothing. The paper's
    brightness is the image with the print closed away (a grey closing wider than any letter), smoothed; each
    pixel is lifted by what its paper lacks of white, so ink keeps its contrast to the paper around it."""
    size = max(15, pixels.shape[1] // LIGHT_KERNEL_SHARE) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    paper = cv2.GaussianBlur(cv2.morphologyEx(pixels, cv2.MORPH_CLOSE, kernel), (size, size), 0)
    dim, bright = np.percentile(paper, (2, 98))
    if bright < UNEVEN_LIGHT * max(dim, 1.0):
        return pixels  # light even enough: the correction would only cost the faintest marks (a comma's tail)
    return np.clip(pixels.astype(np.int16) + (255 - paper.astype(np.int16)), 0, 255).astype(np.uint8)


def paper_corners(pixels: np.ndarray) -> np.ndarray | None:
    """The paper's corners (top-left, top-right, bottom-right, bottom-left; float32, full-size pixels), or
    None when no tilted quadrilateral of paper stands out from a darker background."""
    step = max(1, -(-pixels.shape[1] // GLANCE_WIDTH))
    if not _background_at_edges(cv2.GaussianBlur(np.ascontiguousarray(pixels[::step, ::step]), (5, 5), 0)):
        return None  # a scan: paper up to the image's edges (the common case, settled cheaply)
    smooth, factor = _smooth_copy(pixels, WORK_WIDTH)
    _, paper = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # only the outer outline counts: print inside the paper makes holes, not other outlines
    contours, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    if cv2.contourArea(outline) < MIN_PAPER_SHARE * paper.size:
        return None
    quad = cv2.approxPolyDP(outline, OUTLINE_TOLERANCE * cv2.arcLength(outline, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    corners = _ordered(quad.reshape(4, 2).astype(np.float32))
    if not _tilted(corners) or not _stands_out(smooth, paper):
        return None
    return corners / factor


def _smooth_copy(pixels: np.ndarray, width: int) -> tuple[np.ndarray, float]:
    """The image at most `width` pixels wide, slightly blurred (dust and print grain out), and its scale."""
    factor = min(1.0, width / pixels.shape[1])
    small = cv2.resize(pixels, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else pixels
    return cv2.GaussianBlur(small, (5, 5), 0), factor


def _background_at_edges(smooth: np.ndarray) -> bool:
    """Is a good part of the image's outermost ring darker than the paper (a table top around the page)?"""
    level, _ = cv2.threshold(smooth, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ring = np.concatenate([smooth[0], smooth[-1], smooth[:, 0], smooth[:, -1]])
    return float((ring < level).mean()) >= MIN_EDGE_BACKGROUND


def _ordered(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    by_sum, by_diff = points.sum(axis=1), np.diff(points, axis=1).ravel()
    order = [np.argmin(by_sum), np.argmin(by_diff), np.argmax(by_sum), np.argmax(by_diff)]
    return points[order].astype(np.float32)


def _tilted(corners: np.ndarray) -> bool:
    """Is some corner's angle off a right angle (a photograph), rather than all square (a scan)?"""
    for i in range(4):
        a, b = corners[i - 1] - corners[i], corners[(i + 1) % 4] - corners[i]
        cosine = float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9))
        if abs(np.degrees(np.arccos(np.clip(cosine, -1.0, 1.0))) - 90.0) > MIN_CORNER_TILT_DEG:
            return True
    return False


def _stands_out(smooth: np.ndarray, paper: np.ndarray) -> bool:
    """Is the background clearly darker than the paper (not a shadow along one edge of a scan)?"""
    background = smooth[paper == 0]
    if background.size < 0.02 * paper.size:
        return False
    return float(np.median(smooth[paper > 0])) - float(np.median(background)) >= MIN_CONTRAST
