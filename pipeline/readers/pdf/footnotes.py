"""Footnotes: the footnote lines at a page's foot and the marks that refer to them, taken out of the text.

The DOCX reader reads the document body, where a footnote reference has no text and the footnote itself
does not stand; so that a PDF reads as its DOCX, the PDF reader leaves both out too.  A footnote starts
with a line near the page foot, set smaller than the body text, whose first characters are a raised
mark ("¹ По данным РГП «Казгидромет»."); the prose lines below it, as small, carry the footnotes on.  A
mark in the text is a raised run of digits or asterisks (pipeline.readers.pdf.lines: Line.marks) that
names one of the page's footnotes ("составила 50,9%¹." -> "составила 50,9%.").
"""
from __future__ import annotations

import itertools

import regex

from pipeline.readers.pdf.furniture import MARGIN_ZONE_RATIO
from pipeline.readers.pdf.geometry import body_size
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.page import Page

FOOTNOTE_SIZE_DELTA = 0.9  # footnote text is set at least this much smaller than the body text
FOOTNOTE_SIZE_TOL = 0.6  # the lines of a footnote area differ in size by at most this
FOOTNOTE_ZONE_RATIO = 0.4  # a footnote area starts below this fraction of the page height

_FOOTNOTE_START = regex.compile(r"^(\d{1,3}|\*{1,3})\s?\S")  # "1 По данным ...", "¹По данным ...", "* Оценка"
# A raised number after a unit of length is its exponent ("м²", "км³"), not a footnote mark.
_EXPONENT_BASE = regex.compile(r"(?:^|[^\p{L}])(?:к|с|м|д)?м$")


def drop_footnotes(pages: list[Page]) -> None:
    """Flag each page's footnote lines (as furniture, out of the prose) and remove the marks naming them.

    A footnote that did not fit stands at the foot of the next page: its mark is looked for on the page
    before too."""
    body = body_size(pages)
    for k, page in enumerate(pages):
        before = pages[k - 1] if k else None
        marks = _raised_marks(page) | (_raised_marks(before) if before else set())
        if not marks:
            continue
        area = _footnote_area(page, body, marks)
        if not area:
            continue
        for ln in area:
            ln.furniture = True
        page.lines = [ln for ln in page.lines if not ln.furniture]
        numbers = {m.group(1) for m in map(_FOOTNOTE_START.match, [ln.text for ln in area]) if m}
        left = _remove_marks(page, numbers)
        if left and before is not None:
            _remove_marks(before, left)


def _raised_marks(page: Page) -> set[str]:
    """The raised digit or asterisk runs of a page's lines, prose and cells."""
    lines = list(page.lines) + [ln for part in page.parts for c in part.cells for ln in c.lines]
    return {ln.text[s:e] for ln in lines for s, e in ln.marks}


def _footnote_area(page: Page, body: float, marks: set[str]) -> list[Line]:
    """The page's footnote lines: from the first small line near the foot opening with the number of a mark found
    on the page, to the last line of the page, all of about that size."""
    lines = page.lines
    table_bottom = max((p.bbox[3] for p in page.parts), default=0.0)
    for i, ln in enumerate(lines):
        if ln.top < page.height * FOOTNOTE_ZONE_RATIO or ln.top < table_bottom or ln.size > body - FOOTNOTE_SIZE_DELTA:
            continue
        start = _FOOTNOTE_START.match(ln.text)
        if not start or not any(m.endswith(start.group(1)) for m in marks):  # "м³¹": the run "31" ends with mark 1
            continue
        area = _run_of_size(lines[i:], ln.size)
        footer_top = page.height * (1 - MARGIN_ZONE_RATIO)
        if all(r.top >= footer_top for r in lines[i + len(area):]):
            return area  # what follows, if anything, is the page's footer (read before the running footers)
        return []
    return []


def _remove_marks(page: Page, numbers: set[str]) -> set[str]:
    """Take the marks of footnotes out of a page's prose and cell lines, one mark per footnote; return the
    numbers whose mark is not on the page.

    A mark may follow a raised exponent directly ("мкг/м³²": the run "32" ends with footnote 2's mark); a
    raised number right after a unit of length is that unit's exponent ("м²"), never a mark."""
    lines = list(page.lines) + [ln for part in page.parts for c in part.cells for ln in c.lines]
    chosen: dict[int, tuple[Line, list[tuple[int, int]]]] = {}
    missing = set()
    for number in numbers:
        for ln in lines:
            span = _mark_in(ln, number)
            if span is not None:
                chosen.setdefault(id(ln), (ln, []))[1].append(span)
                break
        else:
            missing.add(number)
    for ln, spans in chosen.values():
        _cut(ln, spans)
    return missing


def _mark_in(line: Line, number: str) -> tuple[int, int] | None:
    """The span of a raised run of the line that ends with the mark `number` and is not an exponent."""
    for start, end in line.marks:
        if not line.text[start:end].endswith(number):
            continue
        at = end - len(number)
        if at == start and _EXPONENT_BASE.search(line.text[:at]):
            continue
        return at, end
    return None


def _cut(line: Line, spans: list[tuple[int, int]]) -> None:
    """Remove text spans from a line (right to left, so the earlier spans stay where they are)."""
    text = line.text
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    line.text = " ".join(text.split())
    line.marks = [m for m in line.marks if m not in spans]
    if any(m[0] > s[0] for m in line.marks for s in spans):
        line.marks = []  # their positions moved; no other footnote can name them any more


def _run_of_size(lines: list, size: float) -> list:
    """The lines from the first on while their font size stays within FOOTNOTE_SIZE_TOL of `size`."""
    return list(itertools.takewhile(lambda r: abs(r.size - size) <= FOOTNOTE_SIZE_TOL, lines))
