"""Tesseract through tesserocr's in-process API: words with boxes and confidences, and page orientation.

One API object per language set is kept loaded for the life of the worker process (loading the
Russian, Kazakh and English models takes about 0.4 s; a page then costs only its recognition).
Tesseract runs one thread (OMP_THREAD_LIMIT=1): a batch uses every core through its workers.
"""
from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # read by libtesseract's OpenMP runtime when it loads

DEFAULT_LANGUAGES = "rus+kaz+eng"
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata")
INSTALL_HINT = ("install Tesseract with its Russian and Kazakh data (Debian/Ubuntu: apt-get install tesseract-ocr "
                "tesseract-ocr-rus tesseract-ocr-kaz) and the Python binding (pip install tesserocr)")
OSD_MIN_CONFIDENCE = 2.0  # Tesseract's orientation confidence below this is a guess: the page is left as it is
_LOCK = threading.Lock()  # one Tesseract API object must not be used by two threads at once


@dataclass
class Word:
    """One recognised word: its text, pixel box, confidence (0-1) and the text line it belongs to."""

    text: str
    x0: int
    top: int
    x1: int
    bottom: int
    confidence: float
    line: int  # running number of its text line on the page
    baseline: float  # the line's baseline height (pixels) under the word's centre
    size: float  # the line's height in pixels (ascender top to descender bottom)
    letters: list = field(default_factory=list)  # (text, x0, x1) of each letter, in pixels


def tessdata_dir() -> str | None:
    """Where Tesseract's language data lives (TESSDATA_PREFIX first, then the usual system folders)."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")] + list(TESSDATA_DIRS)
    for folder in candidates:
        if folder and any(Path(folder, f"{lang}.traineddata").exists() for lang in ("osd", "eng", "rus")):
            return folder
    return None


def missing(languages: str = DEFAULT_LANGUAGES) -> str | None:
    """Why OCR cannot run here (binding or language data missing), or None when it can."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return f"the OCR engine is not installed: {INSTALL_HINT}"
    folder = tessdata_dir()
    if folder is None:
        return f"Tesseract's language data was not found: {INSTALL_HINT}"
    absent = [lang for lang in languages.split("+") if not Path(folder, f"{lang}.traineddata").exists()]
    if absent:
        return f"Tesseract has no data for {', '.join(absent)} in {folder}: {INSTALL_HINT}"
    return None


@functools.lru_cache(maxsize=4)
def _api(languages: str, osd: bool = False):
    """A loaded Tesseract API for this language set (or for orientation detection), kept for the process."""
    import tesserocr

    psm = tesserocr.PSM.OSD_ONLY if osd else tesserocr.PSM.AUTO
    return tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="osd" if osd else languages, psm=psm)


def read_words(pixels: np.ndarray, dpi: float, languages: str = DEFAULT_LANGUAGES,
               regions: list[tuple[int, int, int, int]] | None = None, first_line: int = 0) -> list[Word]:
    """Every word Tesseract reads on a grey page image, in its reading order.

    regions: read only these (x, y, w, h) boxes instead, each as one line of text (for the short
    texts that page layout analysis passes over: a lone digit in a table cell)."""
    from PIL import Image
    import tesserocr

    with _LOCK:
        api = _api(languages)
        api.SetImage(Image.fromarray(pixels))
        api.SetSourceResolution(round(dpi))
        try:
            if regions is None:
                api.Recognize()
                return _collect(api, first_line)
            words: list[Word] = []
            api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)
            for x, y, w, h in regions:
                api.SetRectangle(x, y, w, h)
                api.Recognize()
                words += _collect(api, first_line + len({wd.line for wd in words}))
            return words
        finally:
            api.SetPageSegMode(tesserocr.PSM.AUTO)
            api.Clear()


def _collect(api, first_line: int) -> list[Word]:
    """The words of the last recognition with their letters' boxes, numbered by text line from first_line."""
    from tesserocr import RIL, iterate_level

    words: list[Word] = []
    line, baseline, size = first_line - 1, (0.0, 0.0, 1.0, 0.0), 0.0
    word = None
    iterator = api.GetIterator()
    if iterator is None:
        return words
    for item in iterate_level(iterator, RIL.SYMBOL):
        if item.IsAtBeginningOf(RIL.TEXTLINE):
            line += 1
            baseline, size = _line_geometry(item, RIL)
        if item.IsAtBeginningOf(RIL.WORD):
            box = item.BoundingBox(RIL.WORD)
            word = None
            if box is not None:
                x0, top, x1, bottom = box
                word = Word("", x0, top, x1, bottom, item.Confidence(RIL.WORD) / 100.0, line,
                            _baseline_at(baseline, (x0 + x1) / 2, bottom), size or (bottom - top))
                words.append(word)
        try:
            symbol, box = (item.GetUTF8Text(RIL.SYMBOL) or "").strip(), item.BoundingBox(RIL.SYMBOL)
        except RuntimeError:  # tesserocr's "No text returned": an empty page or block
            continue
        if word is not None and symbol and box is not None:
            word.text += symbol
            word.letters.append((symbol, box[0], box[2]))
    return [w for w in words if w.text]


def _line_geometry(item, ril) -> tuple[tuple, float]:
    """The text line's baseline (two points) and its height (ascenders + x-height + descenders), in pixels."""
    baseline = item.Baseline(ril.TEXTLINE)
    size = float((item.RowAttributes() or {}).get("row_height", 0.0))
    if not baseline:
        return (0.0, 0.0, 1.0, 0.0), size
    (ax, ay), (bx, by) = baseline
    return (float(ax), float(ay), float(bx), float(by)), size


def _baseline_at(baseline: tuple, x: float, fallback: float) -> float:
    """Height of the line's baseline at x (its word box bottom when Tesseract gave no baseline)."""
    ax, ay, bx, by = baseline
    if bx == ax:
        return float(fallback)
    return ay + (by - ay) * (x - ax) / (bx - ax)


def orientation(pixels: np.ndarray, dpi: float) -> int:
    """Clockwise turn (0, 90, 180, 270) that puts the page upright, by Tesseract's orientation detection."""
    from PIL import Image

    with _LOCK:
        api = _api("osd", osd=True)
        api.SetImage(Image.fromarray(pixels))
        api.SetSourceResolution(round(dpi))
        try:
            result = api.DetectOrientationScript()
        except RuntimeError:  # too little text to tell
            result = None
        api.Clear()
    if not result or result.get("orient_conf", 0.0) < OSD_MIN_CONFIDENCE:
        return 0
    return int(result.get("orient_deg", 0)) % 360
