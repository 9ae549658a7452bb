"""Tesseract through tesserocr's in-process API: words with boxes and confidences, and page orientation.

One API object per language set is kept loaded for the life of the worker process (loading the
Russian, Kazakh and English models takes about 0.4 s; a page then costs only its recognition).
Tesseract runs one thread (OMP_THREAD_LIMIT=1): a batch uses every core through its workers.

Two ways of reading: a whole page (or what is left of it outside its tables) with Tesseract's layout
analysis, and blocks whose place is already known (table cells found from the rulings), each cropped,
brought to the working resolution and read as one block of text, with no layout analysis to get wrong.
Every letter comes with its box and the other readings the recogniser weighed for it (its choices).
"""
from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # read by libtesseract's OpenMP runtime when it loads

DEFAULT_LANGUAGES = "rus+kaz+eng"
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata")
INSTALL_HINT = ("install Tesseract with its Russian and Kazakh data (Debian/Ubuntu: apt-get install tesseract-ocr "
                "tesseract-ocr-rus tesseract-ocr-kaz) and the Python binding (pip install tesserocr)")
OSD_MIN_CONFIDENCE = 2.0  # Tesseract's orientation confidence below this is a guess: the page is left as it is
BLOCK_PAD_PX = 10  # white margin around a cropped block: Tesseract reads text touching the image edge badly
MAX_CHOICES = 4  # other readings kept per letter
CHOICE_ITERATIONS = "1"  # extra beam searches giving the letters' other readings (Tesseract's default 5: +8-13 % of a page)
NUMBER_LANGUAGE = "eng"  # numbers are read a second time by this model alone (see read_numbers)
NUMBER_CHARS = "0123456789.,%()-"  # ... which may give nothing but these
_LOCK = threading.Lock()  # one Tesseract API object must not be used by two threads at once


class Letter(NamedTuple):
    """One recognised letter: its text, pixel box, and the other readings the recogniser weighed, best first."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    choices: tuple[str, ...] = ()


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
    letters: list[Letter] = field(default_factory=list)  # in pixels
    block: int = -1  # the block (table cell) it was read in, numbered per page; -1: read with the page
    broken: bool = False  # one half of a word broken over two lines (not to be cut into words)


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
def _api(languages: str, osd: bool = False, numbers: bool = False):
    """A loaded Tesseract API for this language set (or for orientation detection, or for numbers), kept for the process."""
    import tesserocr

    psm = tesserocr.PSM.OSD_ONLY if osd else tesserocr.PSM.SINGLE_LINE if numbers else tesserocr.PSM.AUTO
    api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="osd" if osd else languages, psm=psm)
    if numbers:
        api.SetVariable("tessedit_char_whitelist", NUMBER_CHARS)
    elif not osd:
        api.SetVariable("lstm_choice_mode", "2")  # keep each letter's alternatives for the ChoiceIterator
        api.SetVariable("lstm_choice_iterations", CHOICE_ITERATIONS)
    return api


def can_read_numbers() -> bool:
    """Is the model that reads numbers a second time installed?"""
    folder = tessdata_dir()
    return folder is not None and Path(folder, f"{NUMBER_LANGUAGE}.traineddata").exists()


def read_numbers(pixels: np.ndarray, dpi: float, boxes: list[tuple[int, int, int, int]]) -> list[tuple[str, float]]:
    """Each (x, y, w, h) box (a word with digits) read again as one line of digits and signs: (text, confidence 0-1).

    The Cyrillic models read some typefaces' "3" as "5" with full confidence ("320,9" -> "520,9" in PT Sans);
    the English model, held to digits and number signs, does not, and gives a second opinion on every digit."""

    out = []
    with _LOCK:
        api = _api(NUMBER_LANGUAGE, numbers=True)
        try:
            for x, y, w, h in boxes:
                out.append(_text_of(api, _padded(pixels, x, y, w, h), dpi))
        finally:
            api.Clear()
    return out


def read_lines(images: list[tuple[np.ndarray, float]], languages: str | None = None) -> list[tuple[str, float]]:
    """Each (image, dpi) read as one line of text, padded with white: (text, confidence 0-1).

    languages None: by the model for numbers (digits and number signs only); else by those languages' models."""
    import tesserocr

    out = []
    with _LOCK:
        api = _api(NUMBER_LANGUAGE, numbers=True) if languages is None else _api(languages)
        api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)
        try:
            for pixels, dpi in images:
                out.append(_text_of(api, _padded(pixels, 0, 0, pixels.shape[1], pixels.shape[0]), dpi))
        finally:
            if languages is not None:
                api.SetPageSegMode(tesserocr.PSM.AUTO)
            api.Clear()
    return out


def _text_of(api, pixels: np.ndarray, dpi: float) -> tuple[str, float]:
    """The image's text as the API (in its page segmentation mode) reads it, and its mean confidence (0-1)."""
    _set_image(api, pixels, dpi)
    try:
        api.Recognize()
        return (api.GetUTF8Text() or "").strip(), max(0, api.MeanTextConf()) / 100.0
    except RuntimeError:  # nothing recognised
        return "", 0.0


def read_words(pixels: np.ndarray, dpi: float, languages: str = DEFAULT_LANGUAGES,
               regions: list[tuple[int, int, int, int]] | None = None, first_line: int = 0) -> list[Word]:
    """Every word Tesseract reads on a grey page image, in its reading order.

    regions: read only these (x, y, w, h) boxes instead, each as one line of text (for the short
    texts that page layout analysis passes over: a lone digit in a table cell)."""
    import tesserocr

    with _LOCK:
        api = _api(languages)
        _set_image(api, pixels, dpi)
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


def read_blocks(pixels: np.ndarray, dpi: float, boxes: list[tuple[int, int, int, int]],
                languages: str = DEFAULT_LANGUAGES, first_line: int = 0) -> list[list[Word]]:
    """The words of each (x, y, w, h) block of the page image, read as one block of text (a table cell).

    Each block is cropped and padded with white before it is read; the words come back in page pixels,
    lines numbered on from first_line across all blocks."""
    import tesserocr

    out: list[list[Word]] = []
    with _LOCK:
        api = _api(languages)
        api.SetPageSegMode(tesserocr.PSM.SINGLE_BLOCK)
        try:
            for block, (x, y, w, h) in enumerate(boxes):
                _set_image(api, _padded(pixels, x, y, w, h), dpi)
                api.Recognize()
                place = (x - BLOCK_PAD_PX, y - BLOCK_PAD_PX, 1.0)
                words = _collect(api, first_line, place)
                for word in words:
                    word.block = block
                first_line = max((wd.line for wd in words), default=first_line - 1) + 1
                out.append(words)
        finally:
            api.SetPageSegMode(tesserocr.PSM.AUTO)
            api.Clear()
    return out


def read_placed_lines(images: list[tuple[np.ndarray, float, tuple[float, float, float]]],
                      languages: str = DEFAULT_LANGUAGES) -> list[list[Word]]:
    """Each (image, dpi, place) read as one line of text, padded with white; its words mapped onto the page's
    pixels by place (x, y, factor: page pixel = x + factor * image pixel), with their letters and choices."""
    import tesserocr

    out: list[list[Word]] = []
    with _LOCK:
        api = _api(languages)
        api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)
        try:
            for pixels, dpi, (x, y, f) in images:
                _set_image(api, _padded(pixels, 0, 0, pixels.shape[1], pixels.shape[0]), dpi)
                api.Recognize()
                out.append(_collect(api, 0, (x - f * BLOCK_PAD_PX, y - f * BLOCK_PAD_PX, f)))
        finally:
            api.SetPageSegMode(tesserocr.PSM.AUTO)
            api.Clear()
    return out


def _padded(pixels: np.ndarray, x: int, y: int, w: int, h: int) -> np.ndarray:
    """The (x, y, w, h) box of the image inside a white margin of BLOCK_PAD_PX (Tesseract misreads ink at the edge)."""
    import cv2

    return cv2.copyMakeBorder(pixels[y:y + h, x:x + w], *(BLOCK_PAD_PX,) * 4, cv2.BORDER_CONSTANT, value=255)


def _set_image(api, pixels: np.ndarray, dpi: float) -> None:
    """Hand a grey image to Tesseract as raw bytes (SetImage of a PIL image would encode a BMP of it first)."""
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    api.SetImageBytes(pixels.tobytes(), pixels.shape[1], pixels.shape[0], 1, pixels.shape[1])
    api.SetSourceResolution(round(dpi))


def _collect(api, first_line: int, place: tuple[float, float, float] = (0.0, 0.0, 1.0)) -> list[Word]:
    """The words of the last recognition with their letters, numbered by text line from first_line.

    place: (x, y, factor) mapping the recognised image's pixels onto the page's (x + factor * px)."""
    from tesserocr import RIL, iterate_level

    ox, oy, f = place
    words: list[Word] = []
    line, baseline, size = first_line - 1, (0.0, 0.0, 1.0, 0.0), 0.0
    word = None
    iterator = api.GetIterator()
    if iterator is None:
        return words
    for item in iterate_level(iterator, RIL.SYMBOL):
        if item.IsAtBeginningOf(RIL.TEXTLINE):
            line += 1
            baseline, size = _line_geometry(item, RIL, place)
        if item.IsAtBeginningOf(RIL.WORD):
            box = item.BoundingBox(RIL.WORD)
            word = None
            if box is not None:
                x0, top, x1, bottom = ox + f * box[0], oy + f * box[1], ox + f * box[2], oy + f * box[3]
                word = Word("", round(x0), round(top), round(x1), round(bottom), item.Confidence(RIL.WORD) / 100.0,
                            line, _baseline_at(baseline, (x0 + x1) / 2, bottom), size or (bottom - top))
                words.append(word)
        try:
            symbol, box = (item.GetUTF8Text(RIL.SYMBOL) or "").strip(), item.BoundingBox(RIL.SYMBOL)
        except RuntimeError:  # tesserocr's "No text returned": an empty page or block
            continue
        if word is not None and symbol and box is not None:
            word.text += symbol
            word.letters.append(Letter(symbol, ox + f * box[0], ox + f * box[2], oy + f * box[1], oy + f * box[3],
                                       _choices(item, symbol)))
    return [w for w in words if w.text]


def _choices(item, symbol: str) -> tuple[str, ...]:
    """The other readings the recogniser weighed for this letter, best first."""
    found = []
    for choice in item.GetChoiceIterator():
        text = choice.GetUTF8Text()
        if text and text != symbol and text not in found:
            found.append(text)
            if len(found) == MAX_CHOICES:
                break
    return tuple(found)


def _line_geometry(item, ril, place: tuple[float, float, float]) -> tuple[tuple, float]:
    """The text line's baseline (two points) and its height (ascenders + x-height + descenders), in page pixels."""
    ox, oy, f = place
    baseline = item.Baseline(ril.TEXTLINE)
    size = f * float((item.RowAttributes() or {}).get("row_height", 0.0))
    if not baseline:
        return (0.0, 0.0, 1.0, 0.0), size
    (ax, ay), (bx, by) = baseline
    return (ox + f * ax, oy + f * ay, ox + f * bx, oy + f * by), size


def _baseline_at(baseline: tuple, x: float, fallback: float) -> float:
    """Height of the line's baseline at x (its word box bottom when Tesseract gave no baseline)."""
    ax, ay, bx, by = baseline
    if bx == ax:
        return float(fallback)
    return ay + (by - ay) * (x - ax) / (bx - ax)


def orientation(pixels: np.ndarray, dpi: float) -> int:
    """Clockwise turn (0, 90, 180, 270) that puts the page upright, by Tesseract's orientation detection."""
    with _LOCK:
        api = _api("osd", osd=True)
        _set_image(api, pixels, dpi)
        try:
            result = api.DetectOrientationScript()
        except RuntimeError:  # too little text to tell
            result = None
        api.Clear()
    if not result or result.get("orient_conf", 0.0) < OSD_MIN_CONFIDENCE:
        return 0
    return int(result.get("orient_deg", 0)) % 360
