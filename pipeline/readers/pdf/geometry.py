"""The document's measures, taken over all pages: margins, line pitch, cell padding, where the page body runs.

Pages of one size share margins (page_geometry); each line gets its region's left and right limits (the
prose margins, or its cell's inner edges) and the usual baseline distance of its font size, which is what
the paragraph rules (pipeline.readers.pdf.paragraphs) compare a line with.
"""
from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from itertools import pairwise

from pipeline.readers.pdf.grid import TablePart
from pipeline.readers.pdf.lines import PITCH_DEFAULT_RATIO
from pipeline.readers.pdf.page import Page

CELL_PAD_MAX = 12.0  # upper bound for the estimated inner cell padding
CELL_PAD_DEFAULT = 5.4  # Word's default cell margin (108 twips) when it cannot be estimated
CELL_PAD_TOL = 0.3  # cells whose first lines start within this of each other share one inner padding ...
CELL_PAD_CONFIRM = 2  # ... which at least this many cells must share to be taken for it ...
# ... instead of the median of the starts only where that is this much further in: the cells' edges are measured on
# rulings of some width, so that their starts vary by half a point in any table
CELL_PAD_SHIFT_MIN = 1.0
DEFAULT_FONT_SIZE = 12.0  # body text size assumed when a document has no prose to measure
PITCH_QUANTILE = 0.25  # the line pitch is this quantile of the measured baseline distances
PITCH_MAX_RATIO = 1.8  # baseline distances above this x font size are not used to measure the pitch
LOCAL_PITCH_REACH = 6  # a prose line's own pitch is measured on this many line pairs before and after it ...
LOCAL_PITCH_MAX_RATIO = 2.6  # ... up to this x its font size (double spacing in tall fonts)
PITCH_AGREE_TOL = 0.3  # two baseline distances within this of each other measure a region's own line pitch
USUAL_PITCH_SHARE = 0.15  # a baseline distance shared by this share of a size's cell lines is a usual pitch ...
USUAL_PITCH_MIN = 3  # ... and by at least this many
RIGHT_EDGE_PERCENTILE = 0.95  # prose right margin = this percentile of line ends on pages of one geometry
RIGHT_EDGE_MIN_WORDS = 3  # only lines with at least this many words measure the prose right margin
_GOES_ON_START = "(\u2013\u2014"  # a line starting with a number or one of these goes on a sentence ...
_GOES_ON_END = ",-\u2013\u2014"  # ... that the line above leaves open: ending with a word, a number or one of these


def set_line_geometry(pages: list[Page]) -> None:
    """Give every line its region's left/right limits and the document's usual line pitch."""
    pitches, usual = _line_pitches(pages)
    margins = _prose_margins(pages)
    for page in pages:
        left, right = margins.get(page_geometry(page), (None, None))
        for ln in page.lines:
            ln.left = left if left is not None else ln.x0
            ln.right = right if right is not None else ln.x1
            ln.pitch = _pitch(pitches, "prose", ln)
        for part in page.parts:
            pad = _cell_padding(part)
            for cell in part.cells:
                own = _own_pitch(cell.lines) or _usual_pitch(cell.lines, usual)
                for ln in cell.lines:
                    ln.left, ln.right = cell.x0 + pad, cell.x1 - pad
                    ln.pitch = own or _pitch(pitches, "cell", ln)
    prose = [ln for page in pages for ln in page.lines]
    _widen_to_local_pitch(prose)  # a page's last lines measured on the next page's first ones too
    _give_headings_their_pitch(prose)


def page_geometry(page: Page) -> tuple[int, int]:
    """Pages of one size share margins."""
    return round(page.width), round(page.height)


def _widen_to_local_pitch(lines: list) -> None:
    """Give a prose line set looser than the document's usual pitch its own neighbourhood's pitch.

    A note set at 1.5 line spacing after a single-spaced title block has baselines 1.8 x its size apart; with the
    document's pitch every line of it would be a paragraph of its own.  The local pitch is measured only where a
    line surely goes on the line before (_goes_on), and only where two such distances among the line's nearest
    neighbours agree; headings, group rows and number rows, which start otherwise, never set it, nor do the lines
    of a heading (they have their own pitch: _give_headings_their_pitch)."""
    deltas = [b.base - a.base if a.size == b.size and a.page == b.page and not (a.all_bold and b.all_bold)
              and _goes_on(a.text, b.text) else None for a, b in pairwise(lines)]
    for i, line in enumerate(lines[:-1]):
        near = sorted(d for d in deltas[max(0, i - LOCAL_PITCH_REACH):i + LOCAL_PITCH_REACH + 1]
                      if d is not None and 0 < d < LOCAL_PITCH_MAX_RATIO * line.size)
        local = next((x for x, y in pairwise(near) if y - x <= PITCH_AGREE_TOL), None)
        if local is not None and local > line.pitch:
            line.pitch = local


def _give_headings_their_pitch(lines: list) -> None:
    """Give lines bold from end to end the pitch that such lines of their size keep within one paragraph.

    Headings are mostly set single-spaced before and after a note at 1.5 lines; the note's pitch, given to a
    heading by its neighbours, hides the spacing after it ('Цель 1.2: Развитие архитектуры ...' | 'Среднегодовая
    концентрация ...', or the next heading 'Цель 1.1. ...' after a full line).  The heading pitch is measured where
    a heading goes on on a second line in lower case, and only where two such distances agree."""
    deltas: dict[float, list[float]] = defaultdict(list)
    for a, b in pairwise(lines):
        d = b.base - a.base
        if (a.all_bold and b.all_bold and a.size == b.size and a.page == b.page and b.text[:1].islower()
                and 0 < d < LOCAL_PITCH_MAX_RATIO * a.size):
            deltas[a.size].append(d)
    pitches = {}
    for size, values in deltas.items():
        values.sort()
        agreed = next((x for x, y in pairwise(values) if y - x <= PITCH_AGREE_TOL), None)
        if agreed is not None:
            pitches[size] = agreed
    for line in lines:
        if line.all_bold and line.size in pitches:
            line.pitch = pitches[line.size]


def _goes_on(above: str, line: str) -> bool:
    """Does a line surely go on the sentence of the line above: it starts in lower case, or the line above ends
    mid-sentence (with a word, a number or a dash) and it starts with a number, a dash or an opening bracket
    ('... из них' | '125 631 км', '(в 2021 году –' | '1 485,4 м²)', '... в рейтинге' | '(в 2019 году – 107-е)')?"""
    first, end = line[:1], above[-1:]
    if first.islower():
        return True
    return (first.isdigit() or first in _GOES_ON_START) and (end.isalnum() or end in _GOES_ON_END)


def _pitch(pitches: dict, kind: str, line) -> float:
    """The usual baseline distance of lines of this one's kind and size."""
    return pitches.get((kind, line.size), line.size * PITCH_DEFAULT_RATIO)


def _own_pitch(lines: list) -> float | None:
    """A region's own line pitch, where two of its baseline distances agree (cells of one table may be set with
    other line spacings than the rest: group rows, headers); None where its lines do not tell."""
    deltas = sorted(_region_deltas(lines))
    if lines and lines[0].words is not None:  # read by OCR: a baseline guessed low under descenders ("дуры") makes
        # one distance short, so the pitch is the smallest distance another one agrees with
        return next((a for a, b in pairwise(deltas) if b - a <= PITCH_AGREE_TOL), None)
    if len(deltas) >= 2 and deltas[1] - deltas[0] <= PITCH_AGREE_TOL:
        return deltas[0]
    return None


def _region_deltas(lines: list) -> list[float]:
    """Baseline distances between consecutive lines of one size in a region, short enough to be line pitches."""
    return [b.base - a.base for a, b in pairwise(lines) if a.size == b.size and 0 < b.base - a.base < PITCH_MAX_RATIO * a.size]


def _usual_pitch(lines: list, usual: dict) -> float | None:
    """For a cell whose lines do not tell its pitch: the largest of the document's usual cell pitches (of its
    size) not above its baseline distance (a cell of body text set looser than the header rows is not read as
    one paragraph a line)."""
    deltas = _region_deltas(lines)
    if not deltas:
        return None
    fitting = [p for p in usual.get(lines[0].size, []) if p <= min(deltas) + PITCH_AGREE_TOL]
    return max(fitting) if fitting else None


def _common_values(values: list[float]) -> list[float]:
    """Means of the clusters of values (within PITCH_AGREE_TOL) that hold at least a USUAL_PITCH_SHARE of them."""
    clusters: list[list[float]] = []
    for v in sorted(values):
        if clusters and v - clusters[-1][0] <= PITCH_AGREE_TOL:
            clusters[-1].append(v)
        else:
            clusters.append([v])
    least = max(USUAL_PITCH_MIN, USUAL_PITCH_SHARE * len(values))
    return [sum(c) / len(c) for c in clusters if len(c) >= least]


def _line_pitches(pages: list[Page]) -> tuple[dict, dict]:
    """Usual distance between the baselines of consecutive lines per (region kind, font size), and per cell font
    size the distances many cells share (a table's header rows and body rows may be set differently).

    A low quantile, so that the extra spacing between paragraphs does not count as the line pitch."""
    deltas: dict[tuple, list[float]] = defaultdict(list)

    def collect(kind, lines):
        for a, b in pairwise(lines):
            d = b.base - a.base
            if a.size == b.size and 0 < d < PITCH_MAX_RATIO * a.size:
                deltas[(kind, a.size)].append(d)

    for page in pages:
        collect("prose", page.lines)
        for part in page.parts:
            for cell in part.cells:
                collect("cell", cell.lines)
    out, usual = {}, {}
    for key, values in deltas.items():
        values.sort()
        out[key] = values[int(len(values) * PITCH_QUANTILE)]
        if key[0] == "cell":
            usual[key[1]] = _common_values(values)
    return out, usual


def _prose_margins(pages: list[Page]) -> dict:
    """Left and right text margins per page geometry, measured on lines of several words."""
    ends: dict[tuple, list[float]] = defaultdict(list)
    starts: dict[tuple, list[float]] = defaultdict(list)
    for page in pages:
        for ln in page.lines:
            if ln.text.count(" ") + 1 >= RIGHT_EDGE_MIN_WORDS:
                ends[page_geometry(page)].append(ln.x1)
                starts[page_geometry(page)].append(ln.x0)
    out = {}
    for key, values in ends.items():
        values.sort()
        lefts = sorted(starts[key])
        out[key] = (lefts[nearest_rank(len(lefts), 1 - RIGHT_EDGE_PERCENTILE)],
                    values[nearest_rank(len(values), RIGHT_EDGE_PERCENTILE)])
    return out


def nearest_rank(n: int, fraction: float) -> int:
    """Index of the nearest-rank percentile among n sorted values (the extreme value when n is small)."""
    return min(n - 1, max(0, math.ceil(fraction * n) - 1))


def _cell_padding(part: TablePart) -> float:
    """Estimate the inner left padding of a table part's cells from where their lines start.

    The median start, unless most cells start clearly further in: left-aligned cells start right at the padding,
    while centred and right-aligned ones (numbers: '52,37 %') start further in, and in a table of figures they
    may be the most, so that the median would make every cell narrower than it is.  Then the start that the
    most cells share is the padding, where it lies below the median."""
    pads = sorted(p for c in part.cells if c.lines and 0 < (p := min(ln.x0 for ln in c.lines) - c.x0) <= CELL_PAD_MAX)
    if not pads:
        return CELL_PAD_DEFAULT
    middle = statistics.median(pads)
    if part.from_text:
        return middle  # borders inferred from the text: the starts are all about one padding, each page's own
    usual = _usual_start(pads)
    return usual if usual is not None and middle - usual > CELL_PAD_SHIFT_MIN else middle


def _usual_start(pads: list[float]) -> float | None:
    """The start (of sorted starts) that most cells share within CELL_PAD_TOL, if at least CELL_PAD_CONFIRM do and
    no other start is shared by as many."""
    groups: list[list[float]] = []
    for p in pads:
        if groups and p - groups[-1][0] <= CELL_PAD_TOL:
            groups[-1].append(p)
        else:
            groups.append([p])
    groups.sort(key=lambda g: -len(g))
    if len(groups[0]) < CELL_PAD_CONFIRM or (len(groups) > 1 and len(groups[1]) == len(groups[0])):
        return None
    return statistics.median(groups[0])


def body_extent(pages: list[Page]) -> tuple[dict, dict]:
    """Highest and lowest body content (prose or table) per page geometry: where a page's body starts and ends."""
    tops: dict[tuple, float] = {}
    bottoms: dict[tuple, float] = {}
    for page in pages:
        lows = [ln.bottom for ln in page.lines] + [p.bbox[3] for p in page.parts]
        highs = [ln.top for ln in page.lines] + [p.bbox[1] for p in page.parts]
        if lows:
            key = page_geometry(page)
            bottoms[key] = max(bottoms.get(key, 0.0), max(lows))
            tops[key] = min(tops.get(key, page.height), min(highs))
    return tops, bottoms


def body_size(pages: list[Page]) -> float:
    """The most common font size of prose text (weighted by text length)."""
    sizes: Counter = Counter()
    for page in pages:
        for ln in page.lines:
            sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else DEFAULT_FONT_SIZE
