"""The page image OCR reads: taken from the PDF, brought to a working resolution, straightened.

The image of a scanned page is the page's one embedded picture when it covers the page; any other page
is rendered by pypdfium2. A scan finer than WORK_DPI (300 dpi, 1200 dpi) is brought down to it first:
the rulings, the skew and Tesseract's thresholding, layout analysis and line images all cost by the
pixel, and the evaluation batches' 300-dpi scans read as well at 200 dpi (10-13 % less CPU a page than at 240;
benchmarks/ocr_speed.md, seventh and eighth rounds), the few words read unsurely there being read again from the
scan's own pixels (fine.py). A photographed page keeps its pixels (its far side is coarser
than they say). Coarse ones are refused (there is nothing to read in a 72 dpi thumbnail). Skew, as a
flatbed scanner leaves it, is measured on the image's row profile and undone; an upside-down or
sideways page is turned by the angle Tesseract's orientation detection reports (see engine.py). A page
photographed at an angle is warped flat (perspective.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.readers.ocr.perspective import flatten

# One OpenCV thread, as Tesseract runs one (engine.py): a batch uses every core through its workers, and OpenCV's
# own pool of threads only spends CPU waiting for each other (an erosion of a 300-dpi page: 7.5 ms of CPU on one
# thread, 13.5 ms on two; benchmarks/ocr_speed.md, ninth round). The pixels are the same either way.
cv2.setNumThreads(1)

WORK_DPI = 200  # a finer page image is brought down to this resolution before anything is done with it
DOWNSAMPLE_MIN = 1.32  # ... when finer by more than this factor, 264 dpi (a 250-dpi page read at 200 broke an
# indicator name over two lines: resampling a scan this close to the working resolution blurs it for little)
MAX_DPI = 400  # a finer embedded image is not decoded whole: pdfium renders the page at WORK_DPI
MIN_DPI = 150  # coarser images are not OCR'd: small print is a few pixels high there
IMAGE_COVER_RATIO = 0.85  # an embedded image covering this share of the page (both ways) is the page's scan
SKEW_MAX_DEG = 3.0  # skew searched within +-this many degrees (a flatbed scan, not a photograph)
SKEW_COARSE_STEP = 0.25  # degrees between the angles tried first
SKEW_FINE_STEP = 0.02  # then this fine around the best one
SKEW_MIN_DEG = 0.05  # a smaller skew is left alone (rotating costs sharpness)
SKEW_WORK_WIDTH = 800  # the skew is measured on a copy this many pixels wide
INK_THRESHOLD = 160  # grey levels below this are ink when measuring skew
PT_PER_INCH = 72.0


class PageImageError(Exception):
    """The page has no image fit for OCR; the message says why."""


@dataclass
class PageImage:
    """A page's grey image and how its pixels map onto the page (PDF points, origin top-left)."""

    pixels: np.ndarray  # uint8, rows x columns, white paper = 255
    dpi: float
    width_pt: float
    height_pt: float
    skew_deg: float = 0.0  # the skew undone (counter-clockwise positive)
    rotated_deg: int = 0  # the orientation fix applied (0, 90, 180, 270, clockwise)
    source_dpi: float = 0.0  # resolution of the scan as found in the PDF
    notes: list[str] = field(default_factory=list)  # what was done to the image, for the ocr_used finding
    fine: np.ndarray | None = None  # the scan's own pixels when they were brought down (words read unsurely are
    fine_dpi: float = 0.0  # ... read again from them: fine.py), upright but not deskewed

    @property
    def scale(self) -> float:
        """Points per pixel."""
        return PT_PER_INCH / self.dpi


def page_image(page: pdfium.PdfPage, width_pt: float, height_pt: float, flatten_photo: bool = True) -> PageImage:
    """The grey image of a page at a resolution fit for OCR; PageImageError if it is too coarse to read.

    flatten_photo: warp a page photographed at an angle flat (not where a text layer lies over the image)."""
    pixels, dpi = _embedded_scan(page, width_pt, height_pt)
    if dpi and dpi < MIN_DPI:
        raise PageImageError(f"the page image is {dpi:.0f} dpi, too coarse to be read by OCR "
                             f"(at least {MIN_DPI} dpi is needed)")
    if pixels is None:  # no scan, or one finer than MAX_DPI: pdfium renders it at WORK_DPI (never held whole)
        image = PageImage(_render(page, WORK_DPI), WORK_DPI, width_pt, height_pt, source_dpi=dpi or WORK_DPI)
    else:
        image = PageImage(pixels, dpi, width_pt, height_pt, source_dpi=dpi)
    if flatten_photo:
        image = flattened(image)
        if image.notes:
            return image  # a photograph's far side is coarser than its pixels say: it keeps every one of them
    return _at_working_resolution(image)


def _at_working_resolution(image: PageImage) -> PageImage:
    """The image brought down to WORK_DPI when it is finer by more than DOWNSAMPLE_MIN (area averaging)."""
    if image.dpi <= DOWNSAMPLE_MIN * WORK_DPI:
        return image
    width = image.pixels.shape[1]
    image.fine, image.fine_dpi = image.pixels, image.dpi
    image.pixels = _resample(image.pixels, WORK_DPI / image.dpi)
    image.dpi *= image.pixels.shape[1] / width
    return image


def flattened(image: PageImage) -> PageImage:
    """A photographed page warped so the paper fills the image (its pixels then map onto page points)."""
    flat = flatten(image.pixels)
    if flat is not None:
        image.pixels = flat
        image.notes.append("photographed at an angle, flattened")
    return image


def image_bounds(image) -> tuple[float, float, float, float]:
    """An image object's (left, bottom, right, top) on the page, in PDF points."""
    bounds = getattr(image, "get_bounds", None) or image.get_pos  # pypdfium2 5 renamed get_pos
    return bounds()


def _embedded_scan(page: pdfium.PdfPage, width_pt: float, height_pt: float):
    """The pixels of the one picture that covers an upright page, and its resolution; (None, 0) otherwise."""
    if page.get_rotation() % 360:
        return None, 0.0
    images = [obj for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)]
    if len(images) != 1:
        return None, 0.0
    image = images[0]
    left, bottom, right, top = image_bounds(image)
    if (right - left) < IMAGE_COVER_RATIO * width_pt or (top - bottom) < IMAGE_COVER_RATIO * height_pt:
        return None, 0.0
    matrix = image.get_matrix()
    if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6 or matrix.a <= 0 or matrix.d <= 0:
        return None, 0.0  # rotated or mirrored placement: let pdfium render it
    px_width, _ = image.get_px_size()
    dpi = px_width / ((right - left) / PT_PER_INCH)
    if dpi > MAX_DPI or dpi < MIN_DPI:
        return None, dpi
    try:
        bitmap = image.get_bitmap(render=False)
    except pdfium.PdfiumError:
        return None, 0.0
    grey = _grey(bitmap)
    if grey.shape[1] < 2:
        return None, 0.0
    if abs(left) > 1 or abs(top - height_pt) > 1 or abs(right - width_pt) > 1 or abs(bottom) > 1:
        return _placed_on_page(grey, (left, bottom, right, top), width_pt, height_pt, dpi), dpi
    return grey, dpi


def _placed_on_page(grey: np.ndarray, pos: tuple, width_pt: float, height_pt: float, dpi: float) -> np.ndarray:
    """A picture smaller than the page pasted at its place on white paper, so pixels map to page points."""
    scale = dpi / PT_PER_INCH
    canvas = np.full((round(height_pt * scale), round(width_pt * scale)), 255, np.uint8)
    left, bottom, right, top = pos
    x0, y0 = max(0, round(left * scale)), max(0, round((height_pt - top) * scale))
    h, w = min(grey.shape[0], canvas.shape[0] - y0), min(grey.shape[1], canvas.shape[1] - x0)
    canvas[y0:y0 + h, x0:x0 + w] = grey[:h, :w]
    return canvas


def _render(page: pdfium.PdfPage, dpi: float) -> np.ndarray:
    """The page rendered grey by pdfium."""
    return _grey(page.render(scale=dpi / PT_PER_INCH, grayscale=True))


def _grey(bitmap: pdfium.PdfBitmap) -> np.ndarray:
    """A pdfium bitmap's pixels as a grey array of our own (pdfium frees the bitmap's memory).

    A grey bitmap (a grey scan, a page rendered grey) is copied out as it is: going through PIL's image and its
    conversion to grey cost 20-50 ms of a 300-dpi page for the same pixels."""
    if bitmap.mode == "L":
        return np.array(bitmap.to_numpy(), np.uint8).reshape(bitmap.height, bitmap.width)
    return np.asarray(bitmap.to_pil().convert("L")).copy()


def _resample(pixels: np.ndarray, factor: float) -> np.ndarray:
    """Scale an image by factor (area averaging when shrinking)."""
    size = (max(1, round(pixels.shape[1] * factor)), max(1, round(pixels.shape[0] * factor)))
    return cv2.resize(pixels, size, interpolation=cv2.INTER_AREA if factor < 1 else cv2.INTER_CUBIC)


def deskew(image: PageImage) -> PageImage:
    """Undo a small rotation: the angle at which the rows of ink line up sharpest (text lines, rulings)."""
    angle = skew_angle(image.pixels)
    if abs(angle) >= SKEW_MIN_DEG:
        image.pixels = rotate(image.pixels, angle)
        image.skew_deg = angle
    return image


def skew_angle(pixels: np.ndarray) -> float:
    """The rotation (degrees, counter-clockwise) that makes the ink's row profile sharpest."""
    factor = min(1.0, SKEW_WORK_WIDTH / pixels.shape[1])
    small = _resample(pixels, factor) if factor < 1 else pixels
    ink = small < INK_THRESHOLD
    if ink.sum() < 0.001 * ink.size:
        return 0.0  # a blank page has no skew
    ys, xs = np.nonzero(ink)
    centred = (xs.astype(np.float32) - ink.shape[1] / 2, ys.astype(np.float32) - ink.shape[0] / 2)
    best = _best_angle(centred, ink.shape, np.arange(-SKEW_MAX_DEG, SKEW_MAX_DEG + 1e-9, SKEW_COARSE_STEP))
    fine = np.arange(best - SKEW_COARSE_STEP, best + SKEW_COARSE_STEP + 1e-9, SKEW_FINE_STEP)
    return round(float(_best_angle(centred, ink.shape, fine)), 2)


def _best_angle(centred: tuple[np.ndarray, np.ndarray], shape: tuple[int, ...], angles: np.ndarray) -> float:
    """Of the angles tried, the one whose rotated row sums vary most (lines of ink and white between).

    centred: the ink pixels' x and y from the image's centre. Each is moved as rotate() would move it and
    shared between its two nearest rows, so the row sums are those of the rotated image without drawing
    it (a third of the time; the same angles on 61 test pages). Only the pixels near the image's edges can be
    moved off it by the angles tried: the others are not tested for it."""
    h, w = shape
    dx, dy = centred
    reach = float(np.sin(np.radians(np.abs(angles).max()))) + 1e-6
    near_edge = (np.abs(dx) + reach * np.abs(dy) >= w / 2 - 1) | (np.abs(dy) + reach * np.abs(dx) >= h / 2 - 2)
    inner, edge = (dx[~near_edge], dy[~near_edge]), (dx[near_edge], dy[near_edge])
    scores = []
    for angle in angles:
        sin, cos = np.sin(np.radians(angle)), np.cos(np.radians(angle))
        y = cos * inner[1] - sin * inner[0] + h / 2
        x_edge, y_edge = cos * edge[0] + sin * edge[1] + w / 2, cos * edge[1] - sin * edge[0] + h / 2
        y_edge = y_edge[(x_edge > -0.5) & (x_edge < w - 0.5) & (y_edge >= 0) & (y_edge < h - 1)]
        sums = _row_sums(y, h) + _row_sums(y_edge, h)
        scores.append(float(np.square(np.diff(sums[:h])).sum()))
    return float(angles[int(np.argmax(scores))])


def _row_sums(y: np.ndarray, h: int) -> np.ndarray:
    """Each point's weight shared between its two nearest rows (bilinear), summed per row."""
    row = y.astype(np.int32)
    part = y - row
    return np.bincount(row, 1 - part, minlength=h + 1) + np.bincount(row + 1, part, minlength=h + 1)


def rotate(pixels: np.ndarray, angle: float, fill: float = 255) -> np.ndarray:
    """The image rotated counter-clockwise by angle degrees about its centre, same size, new corners filled."""
    h, w = pixels.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(pixels, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=fill)


def turn(image: PageImage, clockwise_deg: int) -> PageImage:
    """Turn the page by a multiple of 90 degrees clockwise (OSD's answer for an upside-down or sideways scan)."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    if clockwise_deg % 360:
        image.pixels = cv2.rotate(image.pixels, codes[clockwise_deg % 360])
        image.fine = None  # a turned page's words are not read again finer
        image.rotated_deg = (image.rotated_deg + clockwise_deg) % 360
    return image
