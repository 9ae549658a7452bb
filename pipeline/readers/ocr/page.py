"""One scanned page end to end: image -> straightened -> rulings + words -> characters in PDF points.

The rulings found in the image give the tables' cells (the PDF reader's own cell finder, handed in as
`find_cells`); each cell is read as a block of its own (at the scan's resolution: scaling a 200-dpi
cell up read worse), and what lies outside the tables is read with Tesseract's page layout analysis.
The words are then made right where their letters' boxes and choices tell (reading.py).

The result has the shape of a text layer: characters (ch, x0, x1, top, bottom, index) in display
space, as the PDF reader extracts them with pypdfium2, and ruling edges as it collects them from
path objects. A word's characters share its box evenly; all characters of one text line get the same
top and bottom from the line's baseline and the page's usual text size, so that the PDF reader's
line and paragraph rules (line pitch, font-size changes, fit of the next word) see a steady line.
"""
from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium
import regex

from pipeline import morph
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.engine import Word, can_read_numbers, orientation, read_blocks, read_numbers, read_words
from pipeline.readers.ocr.fine import reread_finer
from pipeline.readers.ocr.footnotes import drop_footnotes
from pipeline.readers.ocr.glyphs import digits_boxed_by_ink, second_opinion
from pipeline.readers.ocr.image import PageImage, PageImageError, deskew, page_image, turn
from pipeline.readers.ocr.indices import reread_indices
from pipeline.readers.ocr.inline import settle_in_sentence
from pipeline.readers.ocr.reading import SECOND_READING_MIN, pieces, read_as_written
from pipeline.readers.ocr.rereading import reread_unsure
from pipeline.readers.ocr.rulings import erase, find_rulings, ink_mask
from pipeline.readers.ocr.wrapped_marks import wrapped_marks

SIZE_CLUSTER_TOL = 0.2  # line heights within this fraction (half each side of the usual) are one text size
# (OCR measures a line's height within about 10 %)
MAJOR_SIZE_SHARE = 0.05  # a text size needs this share of the page's characters to be one lines snap to
FONT_PER_LINE_HEIGHT = 1.0  # font size / Tesseract's row height (x-height + ascenders + descenders)
ASCENT, DESCENT = 0.85, 0.30  # character box above and below the baseline, x font size (sums to 1.15)
UPRIGHT_MIN_CONFIDENCE = 0.8  # a page read with a lower mean confidence is checked for orientation (a sideways page: 0.63)
UPRIGHT_MIN_WORDS = 20  # ... as is a page with fewer words
UPRIGHT_SURE_CONFIDENCE = 0.85  # ... unless its words were read this surely (mean),
UPRIGHT_MIN_LONG_WORDS = 3  # ... at least this many of them of 4 letters or more,
UPRIGHT_KNOWN_SHARE = 0.8  # ... this share of those in the dictionary, and lying along the page (wider than tall)
MIN_WORD_HEIGHT_PT = 3.5  # a word box lower than this (and not long) is a speck of dust
DUPLICATE_OVERLAP = 0.5  # two word boxes overlapping this much (of the smaller) are one word read twice
LETTER_OVERLAP = 0.5  # letters of two words of a line overlapping this much (of the narrower) are one letter read twice
DUPLICATE_GRID_PX = 256  # words are looked up for overlaps in squares this large
NUMBER_PAD_PX = 2  # a number is read again this far around its word box
CELL_INSET_PX = 1  # a cell is read this far inside its rulings (already painted out)
MIN_BLOCK_INK_PX = 12  # a cell with fewer dark pixels than this is empty (or dust) and is not read
INK_LEVEL = 128  # grey levels below this are ink when a cell or the page is checked for content
HYPHEN_MAX, EN_DASH_MAX = 0.36, 0.75  # a lone dash shorter than this x line height is a hyphen, then an en dash
DASH_MIN_PT, DASH_MAX_PT = 2.0, 14.0  # a lone flat piece of ink this long is a dash
DASH_SOLID = 0.6  # ... when it is solid ink (a bar, not a smudge)
LONE_DASH_MIN_INK_PX = 4  # a piece of ink alone in a table cell is looked at from this size (dust is a pixel or two)
DASH_CONFIDENCE = 0.9  # a dash is told by its shape alone
DASH_ABOVE_BASELINE = 0.3  # a dash's middle stands this much (x line height) above the baseline
LOW_CONFIDENCE = 0.80  # a number read with less confidence than this is flagged for a person to check
MISSED_JOIN_PT = (4.0, 1.0)  # ink closer than this (across, down) is one piece of text when looking for missed text
MISSED_MIN_HEIGHT_PT, MISSED_MAX_HEIGHT_PT = 4.0, 30.0  # a missed piece of text is a line of this height
MISSED_MIN_INK_PX = 20  # fewer dark pixels than this are dust
MISSED_PAD_PT = 3.0  # margin around a missed piece of text when it is read again
MISSED_CLEAR_PT = 3.0  # ... and it must lie this far from any word read (else it is a word's stray part)
MISSED_MIN_CONFIDENCE = 0.5  # what is read there counts only when read at least this surely
EXTENT_DPI = 100  # the ink outside the tables is looked for at about this resolution
LONE_TEXT_MAX = 3  # outside the tables, at most this many short pieces of text and nothing else ...
LONE_TEXT_MAX_WIDTH = 4.0  # ... each no wider than this many times its height (a page number "12"), are left to
# _missed_text: the page layout analysis (0.2-0.3 s of a 300-dpi page) passes over them and reads nothing
_DASHES = ("-", "–", "—", "_", "--")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_NUMBER = regex.compile(r"\d")
_NOT_LETTER = regex.compile(r"\P{L}")

__all__ = ["OcrPage", "OcrWord", "PageImageError", "ocr_page", "LOW_CONFIDENCE"]


@dataclass
class OcrWord:
    """A recognised word on the page: text, box in PDF points (x0, top, x1, bottom), confidence 0-1."""

    text: str
    bbox: tuple[float, float, float, float]
    confidence: float

    @property
    def is_number(self) -> bool:
        return bool(_NUMBER.search(self.text))


@dataclass
class OcrPage:
    """What OCR read on a page, in PDF points from the page's top-left."""

    chars: list[tuple]
    edges: list[dict]
    words: list[OcrWord]
    width: float  # the page as read (a page turned upright by 90 degrees swaps width and height)
    height: float
    dpi: float  # resolution the page was read at
    source_dpi: float  # resolution of the scan in the file
    skew: float = 0.0  # degrees of skew undone
    turned: int = 0  # clockwise turn applied to put the page upright
    notes: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float | None:
        """Mean word confidence, weighted by word length (None when nothing was read)."""
        total = sum(len(w.text) for w in self.words)
        return sum(w.confidence * len(w.text) for w in self.words) / total if total else None


CellFinder = Callable[[list[dict]], list[tuple[float, float, float, float]]]


def ocr_page(page: pdfium.PdfPage, width: float, height: float, options: OcrOptions,
             find_cells: CellFinder | None = None) -> OcrPage:
    """OCR one page; raises PageImageError when the page image cannot be read (too coarse).

    find_cells: ruling edges (PDF points) -> the boxes of the table cells they make; without it the whole
    page is read with Tesseract's layout analysis."""
    image = deskew(page_image(page, width, height))
    words, edges = _recognise(image, options, find_cells)
    if _maybe_not_upright(words):
        turn_by = orientation(image.pixels, image.dpi)
        if turn_by:
            image = deskew(turn(image, (360 - turn_by) % 360))
            words, edges = _recognise(image, options, find_cells)
    if image.rotated_deg in (90, 270):
        width, height = height, width
    scale = image.scale
    ocr_words = [OcrWord(w.text, (w.x0 * scale, w.top * scale, w.x1 * scale, w.bottom * scale), w.confidence)
                 for w in words]
    return OcrPage(_characters(words, scale), edges, ocr_words, width, height, image.dpi, image.source_dpi,
                   image.skew_deg, image.rotated_deg, list(image.notes))


def _recognise(image: PageImage, options: OcrOptions, find_cells: CellFinder | None) -> tuple[list[Word], list[dict]]:
    """Rulings found and painted out, then the words read: each table cell, the rest of the page, the text missed."""
    rulings = find_rulings(image.pixels, image.dpi)
    clean = erase(image.pixels, rulings.mask)
    cells = _cell_boxes(find_cells(rulings.edges) if find_cells else [], image)
    inked = _inked(clean, cells)  # the blocks read, numbered in this order
    words = _read_cells(clean, inked, image.dpi, options)
    outside = _without_boxes(clean, cells)
    if _wants_layout_read(outside, image.dpi):
        first = max((w.line for w in words), default=-1) + 1
        words = read_words(outside, image.dpi, options.languages, first_line=first) + words
    words = _without_specks(words, image.dpi)  # dust read as "." must not hide a dash from _missed_text
    missed, dashes = _missed_text(clean, words, image.dpi)
    dashes += _lone_dashes(clean, cells, words, image.dpi)
    next_line = max((w.line for w in words), default=-1) + 1
    if missed:
        found = read_words(clean, image.dpi, options.languages, regions=missed, first_line=next_line)
        words += [w for w in found if w.confidence >= MISSED_MIN_CONFIDENCE and _ALNUM.search(w.text)]
    words += _dash_words(dashes, words, max((w.line for w in words), default=next_line) + 1)
    words = _without_duplicates(_without_specks(words, image.dpi))
    words = reread_finer(words, image, rulings.mask, options.languages)
    wrapped_marks(words, clean, inked)
    reread_indices(words, clean, image.dpi, options.languages)
    unconfirmed = _numbers_read_again(words, clean, image.dpi)
    read_as_written(words, clean)
    settle_in_sentence(words)
    reread_unsure(words, clean, image.dpi, options.languages, below=LOW_CONFIDENCE, unconfirmed=unconfirmed)
    for word in words:
        digits_boxed_by_ink(word, clean)
    for word in words:
        if word.text in _DASHES:
            word.text = _dash(word)
    return drop_footnotes(words, clean.shape[0]), rulings.edges


def _numbers_read_again(words: list[Word], clean: np.ndarray, dpi: float) -> list[Word]:
    """Every word with a digit read a second time by the model for numbers; where the two differ, settled by the
    digits' ink or marked unsure (glyphs.second_opinion). Returns the numbers the second reading gave no opinion
    on (no digits, or read unsurely: "13,8" read "13,0" by both, the second time with confidence 0.09)."""
    numbers = [w for w in words if _NUMBER.search(w.text) and w.text not in _DASHES]
    if not numbers or not can_read_numbers():
        return []
    h, w = clean.shape
    boxes = [(max(0, n.x0 - NUMBER_PAD_PX), max(0, n.top - NUMBER_PAD_PX),
              min(w, n.x1 + NUMBER_PAD_PX + 1) - max(0, n.x0 - NUMBER_PAD_PX),
              min(h, n.bottom + NUMBER_PAD_PX + 1) - max(0, n.top - NUMBER_PAD_PX)) for n in numbers]
    seconds = read_numbers(clean, dpi, boxes)
    second_opinion(numbers, seconds, clean)
    return [n for n, (text, confidence) in zip(numbers, seconds, strict=True)
            if confidence < SECOND_READING_MIN or not _NUMBER.search(text)]


def _cell_boxes(boxes: list[tuple[float, float, float, float]], image: PageImage) -> list[tuple[int, int, int, int]]:
    """Table cells in points -> (x, y, w, h) pixel boxes inside their rulings."""
    px = image.dpi / 72.0
    h, w = image.pixels.shape
    out = []
    for x0, top, x1, bottom in boxes:
        a, b = max(0, round(x0 * px) + CELL_INSET_PX), max(0, round(top * px) + CELL_INSET_PX)
        c, d = min(w, round(x1 * px) - CELL_INSET_PX), min(h, round(bottom * px) - CELL_INSET_PX)
        if c > a and d > b:
            out.append((a, b, c - a, d - b))
    return out


def _read_cells(clean: np.ndarray, cells: list[tuple[int, int, int, int]], dpi: float,
                options: OcrOptions) -> list[Word]:
    """The words of every table cell given (each with ink in it), each cell read as one block."""
    if not cells:
        return []
    return [w for block in read_blocks(clean, dpi, cells, options.languages) for w in block]


def _inked(clean: np.ndarray, cells: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The cells with ink in them, the blocks read (numbered in this order)."""
    return [box for box in cells
            if int((clean[box[1]:box[1] + box[3], box[0]:box[0] + box[2]] < INK_LEVEL).sum()) >= MIN_BLOCK_INK_PX]


def _lone_dashes(pixels: np.ndarray, cells: list[tuple[int, int, int, int]], words: list[Word],
                 dpi: float) -> list[tuple[int, int, int, int]]:
    """Boxes of dashes standing alone in table cells where nothing was read ("-" for a plan not set).

    Tesseract reads nothing in a block holding only a hyphen, and a 200-dpi hyphen has too little ink to
    pass for text among the page's dust; alone in its cell, one flat solid piece of ink is a dash."""
    import cv2

    px = dpi / 72.0
    centres = [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in words]
    out = []
    for x, y, w, h in cells:
        if any(x <= cx < x + w and y <= cy < y + h for cx, cy in centres):
            continue
        ink = (pixels[y:y + h, x:x + w] < INK_LEVEL).astype(np.uint8)
        count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        blots = [tuple(s) for s in stats[1:count].tolist() if s[4] >= LONE_DASH_MIN_INK_PX]
        if len(blots) != 1:
            continue
        dx, dy, dw, dh, area = blots[0]
        if (DASH_MIN_PT * px <= dw <= DASH_MAX_PT * px and dh < MISSED_MIN_HEIGHT_PT * px and dh <= dw / 2
                and area >= DASH_SOLID * dw * dh):
            out.append((x + dx, y + dy, dw, dh))
    return out


def _without_boxes(pixels: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """The image with the boxes painted white (what is left to read outside the tables)."""
    if not boxes:
        return pixels
    out = pixels.copy()
    for x, y, w, h in boxes:
        out[y:y + h, x:x + w] = 255
    return out


def _dash(word: Word) -> str:
    """A dash standing alone, told by its length against the text size: hyphen, en dash or em dash.

    Tesseract reads all three as "-" or "—"; a typed text has "2020 – 2021", "семей – получателей"."""
    length = (word.x1 - word.x0) / max(1.0, word.size)
    return "-" if length < HYPHEN_MAX else "–" if length < EN_DASH_MAX else "—"


def _dash_words(boxes: list[tuple[int, int, int, int]], words: list[Word], first_line: int) -> list[Word]:
    """Words for lone dashes ("-" in an empty plan cell), which Tesseract does not see on their own."""
    size = statistics.median([w.size for w in words]) if words else 0.0
    out = []
    for k, (x, y, w, h) in enumerate(boxes):
        line_size = size or 4.0 * w
        out.append(Word("-", x, y, x + w, y + h, DASH_CONFIDENCE, first_line + k,
                        y + h / 2 + DASH_ABOVE_BASELINE * line_size, line_size))
    return out


def _without_specks(words: list[Word], dpi: float) -> list[Word]:
    """Drop "words" far smaller than any letter: dust on the glass read as a digit or a dot."""
    min_height = MIN_WORD_HEIGHT_PT * dpi / 72.0
    return [w for w in words if w.bottom - w.top >= min_height or w.x1 - w.x0 >= min_height * 2
            or (w.text in _DASHES and w.x1 - w.x0 >= DASH_MIN_PT * dpi / 72.0)]


def _without_duplicates(words: list[Word]) -> list[Word]:
    """Of two words read over the same ink (two overlapping text lines of the layout analysis, a word read in a cell
    and again as missed text), keep the surer."""
    keep: list[Word] = []
    kept_at: dict[tuple[int, int], list[Word]] = {}  # the kept words by the grid squares their boxes touch
    for word in sorted(words, key=lambda w: -w.confidence):
        squares = _grid_squares(word)
        if not any(_overlap(word, k) > DUPLICATE_OVERLAP and not _one_reading(word, k)
                   for square in squares for k in kept_at.get(square, ())):
            keep.append(word)
            for square in squares:
                kept_at.setdefault(square, []).append(word)
    order = {id(w): i for i, w in enumerate(words)}
    return sorted(keep, key=lambda w: order[id(w)])


def _one_reading(a: Word, b: Word) -> bool:
    """Two words of one line of one table cell whose letters stand side by side: read in one go, not twice over the
    same ink, however their boxes overlap (a heading cell's "направление" was given a box reaching over the "2:"
    after it, its last letter's box too). A letter read again over the same letter ("о" over the "О" of
    "СпецЦОНы") is a duplicate still."""
    if not (a.block == b.block >= 0 and a.line == b.line):
        return False
    return not any(min(x.x1, y.x1) - max(x.x0, y.x0) > LETTER_OVERLAP * min(x.x1 - x.x0, y.x1 - y.x0)
                   and _alike_letters(x, y) for x in a.letters for y in b.letters)


def _alike_letters(x, y) -> bool:
    """The same letter, or each weighed as the other's reading (one glyph read twice)."""
    return x.text.casefold() == y.text.casefold() or x.text in y.choices or y.text in x.choices


def _grid_squares(word: Word) -> list[tuple[int, int]]:
    """The squares of a coarse grid (DUPLICATE_GRID_PX) that the word's box touches: only words sharing one can overlap."""
    return [(i, j) for i in range(word.x0 // DUPLICATE_GRID_PX, word.x1 // DUPLICATE_GRID_PX + 1)
            for j in range(word.top // DUPLICATE_GRID_PX, word.bottom // DUPLICATE_GRID_PX + 1)]


def _overlap(a: Word, b: Word) -> float:
    """Intersection of two word boxes over the smaller box's area."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return w * h / max(1, smaller)


def _wants_layout_read(pixels: np.ndarray, dpi: float) -> bool:
    """Is there text to read with Tesseract's page layout analysis: ink tall enough to be text (not only dust),
    and more of it than a page number?

    The rest of a table page is often nothing but dust, or dust and a page number ("7" under the table):
    Tesseract's layout analysis of a whole 300-dpi page costs a quarter of a second even when it finds no
    word, and it passes over a lone short text (gen_07602's "3" and "4"), which _missed_text then reads as
    one line. Looked for on a copy at about EXTENT_DPI, each of its pixels the darkest of the ones it stands
    for (a thin stroke stays ink), with the letters of a word joined. Where there is text the whole page is
    read, not only around it: Tesseract thresholds what it is given, and a crop would change the
    confidences and line heights of the words read."""
    import cv2

    k = max(1, round(dpi / EXTENT_DPI))
    small = cv2.erode(pixels, np.ones((k, k), np.uint8))[k // 2::k, k // 2::k] if k > 1 else pixels
    _, stats = _ink_pieces(small, dpi / k)
    text = stats[1:][stats[1:, 3] >= MISSED_MIN_HEIGHT_PT * dpi / k / 72.0]
    return len(text) > LONE_TEXT_MAX or bool((text[:, 2] > LONE_TEXT_MAX_WIDTH * text[:, 3]).any())


def _ink_pieces(pixels: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """The ink mask, and the stats (x, y, w, h, area) of its pieces with letters of a word joined (row 0: paper)."""
    import cv2

    px = dpi / 72.0
    ink = ink_mask(pixels)
    join = cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, round(MISSED_JOIN_PT[0] * px)),
                                                      max(1, round(MISSED_JOIN_PT[1] * px))))
    joined = cv2.dilate(ink, join)
    try:  # 16-bit labels: a third of the time of 32-bit ones on a 300-dpi page
        _, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8, ltype=cv2.CV_16U)
    except cv2.error:  # more than 65535 pieces
        _, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    return ink, stats


def _missed_text(pixels, words: list[Word], dpi: float) -> tuple[list[tuple], list[tuple]]:
    """Boxes (x, y, w, h) of ink shaped like a line of text that no word read covers, and of lone dashes.

    Tesseract's page layout analysis passes over lone short texts, such as the "3" of a column-number
    row or a single-digit value in a table cell; each such piece is read again as one line."""
    px = dpi / 72.0
    ink, stats = _ink_pieces(pixels, dpi)
    covered = np.zeros(ink.shape, np.uint8)
    clear = round(MISSED_CLEAR_PT * px)
    for w in words:
        covered[max(0, w.top - clear):w.bottom + clear + 1, max(0, w.x0 - clear):w.x1 + clear + 1] = 1
    pad = round(MISSED_PAD_PT * px)
    boxes, dashes = [], []
    for x, y, w, h, _ in stats[1:].tolist():
        piece = ink[y:y + h, x:x + w] > 0
        n_ink = int(piece.sum())
        if n_ink < MISSED_MIN_INK_PX or covered[y:y + h, x:x + w][piece].any():
            continue
        if h < MISSED_MIN_HEIGHT_PT * px:
            ys, xs = piece.nonzero()
            tight = (x + int(xs.min()), y + int(ys.min()), int(xs.max() - xs.min()) + 1, int(ys.max() - ys.min()) + 1)
            if DASH_MIN_PT * px <= tight[2] <= DASH_MAX_PT * px and n_ink >= DASH_SOLID * tight[2] * tight[3]:
                dashes.append(tight)
        elif MISSED_MIN_HEIGHT_PT * px <= h <= MISSED_MAX_HEIGHT_PT * px:
            x0, y0 = max(0, x - pad), max(0, y - pad)
            boxes.append((int(x0), int(y0), int(min(ink.shape[1], x + w + pad) - x0),
                          int(min(ink.shape[0], y + h + pad) - y0)))
    return boxes, dashes


def _maybe_not_upright(words: list[Word]) -> bool:
    """Little text, or text read with little confidence: perhaps the page lies upside down or sideways.

    A title page ("Отчет о ходе реализации стратегического плана ...", 19 words) is little text, but when
    its words are read surely, run along the page and are dictionary words, it is upright: Tesseract's
    orientation detection (0.4-0.8 s a 300-dpi page) is not asked. Upside down, the same page reads as
    "винэнедхоозе", "эпох" (1 word in 9 known); sideways, Tesseract reads the words right but in boxes
    taller than wide."""
    if not words:
        return True
    mean = statistics.fmean(w.confidence for w in words)
    if len(words) < UPRIGHT_MIN_WORDS:
        return not (mean >= UPRIGHT_SURE_CONFIDENCE and _reads_upright(words))
    return mean < UPRIGHT_MIN_CONFIDENCE


def _reads_upright(words: list[Word]) -> bool:
    """Are the page's longer words dictionary words set along its lines (a page lying as it is read)?"""
    long = [w for w in words if len(_NOT_LETTER.sub("", w.text)) >= 4]
    if len(long) < UPRIGHT_MIN_LONG_WORDS or any(w.x1 - w.x0 <= w.bottom - w.top for w in long):
        return False
    known = sum(morph.is_known(_NOT_LETTER.sub("", w.text).lower()) for w in long)
    return known >= UPRIGHT_KNOWN_SHARE * len(long)


def _characters(words: list[Word], scale: float) -> list[tuple]:
    """The words as text-layer characters in points: each word's box shared by its letters, a space after it."""
    sizes = _line_sizes(words)
    baselines: dict[int, list[float]] = {}
    for word in words:
        baselines.setdefault(word.line, []).append(word.baseline)
    chars: list[tuple] = []
    line_end: dict[int, float] = {}  # where the line's last word so far ends (its space)
    for word in words:
        size = round(sizes[word.line] * scale * FONT_PER_LINE_HEIGHT, 1)
        base = statistics.fmean(baselines[word.line]) * scale  # the page is straight: one height per line
        top, bottom = base - ASCENT * size, base + DESCENT * size
        for text, x0, x1 in pieces(word, sizes[word.line]):
            # Word boxes of a line may overlap by a pixel ("увеличены" | "в" set close): the space between
            # them must still come between them when the PDF reader sorts the characters by position.
            x0 = max(x0 * scale, line_end.get(word.line, 0.0))
            x1 = max(x0, x1 * scale)
            step = (x1 - x0) / len(text)
            for k, ch in enumerate(text):
                chars.append((ch, x0 + k * step, x0 + (k + 1) * step, top, bottom, len(chars)))
            chars.append((" ", x1, x1, top, bottom, len(chars)))
            line_end[word.line] = x1
    return chars


def _line_sizes(words: list[Word]) -> dict[int, float]:
    """Each text line's height, snapped to the nearest of the page's usual text sizes.

    Tesseract measures every line on its own, a line of digits or capitals differently from one of
    lower-case prose; snapping keeps lines of one font at one size, so a size change still means a
    new paragraph, as it does in a text PDF."""
    weight: dict[int, int] = {}
    height: dict[int, float] = {}
    for w in words:
        weight[w.line] = weight.get(w.line, 0) + len(w.text)
        height[w.line] = w.size
    clusters = _size_clusters([(height[k], weight[k]) for k in height])
    total = sum(weight.values())
    major = [c for c, n in clusters if n >= MAJOR_SIZE_SHARE * total] or [c for c, _ in clusters]
    sizes = {k: min(major, key=lambda c: abs(c - h)) for k, h in height.items()}
    _one_size_per_cell(words, sizes)
    return sizes


def _one_size_per_cell(words: list[Word], sizes: dict[int, float]) -> None:
    """Every line of a table cell gets the cell's largest line size (in place): a cell is set in one font.

    Tesseract measures a line by the letters on it, and in a narrow cell a line of small letters alone
    ("венные" after "Ведомст", "о" after "Выполнен") comes out a third lower than its neighbours; the PDF
    reader takes such a change of size for a new paragraph and the broken word stays parted."""
    lines: dict[int, set[int]] = {}
    for w in words:
        if w.block >= 0:
            lines.setdefault(w.block, set()).add(w.line)
    for block_lines in lines.values():
        largest = max(sizes[k] for k in block_lines)
        for k in block_lines:
            sizes[k] = largest


def _size_clusters(items: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """Weighted means of groups of sizes within SIZE_CLUSTER_TOL of each other, with their weights.

    Each group is centred where most characters are (the size whose neighbours within half the tolerance on
    either side weigh most), then the next among the sizes left: a chain from the smallest size would part one
    font's lines at wherever the chain ran out (prose measured 37-42 px parted at 40, its lines' sizes
    alternating, each change a new paragraph to the PDF reader)."""
    half = SIZE_CLUSTER_TOL / 2
    left = sorted(items)
    out = []
    while left:
        centre = max(left, key=lambda item: (_weight_near(left, item[0], half), item[1]))[0]
        group = [(s, n) for s, n in left if abs(s - centre) <= half * centre]
        left = [(s, n) for s, n in left if abs(s - centre) > half * centre]
        out.append((sum(s * n for s, n in group) / max(1, sum(n for _, n in group)), sum(n for _, n in group)))
    return out


def _weight_near(items: list[tuple[float, int]], size: float, share: float) -> int:
    """The characters of the lines whose size is within `share` of `size`."""
    return sum(n for s, n in items if abs(s - size) <= share * size)
