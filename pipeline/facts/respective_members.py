"""Members written together after the label of the previous period's value: "годом ранее – 14 и 3 соответственно",
"(в прошлом году – 12, 7 и 4 соответственно)". The label dates each member, not only the first after it."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.periods import PREVIOUS_VALUE_LABEL_RE, PREVIOUS_VALUE_WINDOW
from pipeline.facts.sentence import Sentence

RESPECTIVELY_AFTER_RE = regex.compile(r"\s*[),]?\s*соответственно(?!\w)", regex.I)
MEMBER_GAP_RE = regex.compile(r"\s*(?:,|и)\s*", regex.I)
RESPECTIVELY_RE = regex.compile("соответственно")  # searched in the sentence's lower-cased text


def runs_before_respectively(text: str, figures: list[Figure]) -> Iterator[tuple[int, int]]:
    """The first and last index of each run of figures, joined by commas or "и", that "соответственно" follows."""
    for last, f in enumerate(figures):
        if not RESPECTIVELY_AFTER_RE.match(text, f.measure.end):
            continue
        first = last
        while first > 0 and MEMBER_GAP_RE.fullmatch(text, figures[first - 1].measure.end, figures[first].start):
            first -= 1
        yield first, last


def earlier_members_respectively(s: Sentence, figures: list[Figure]) -> None:
    """Give the members of a run ending in "соответственно" the year its first took from a previous period's label."""
    text = s.text
    if s.absent(RESPECTIVELY_RE):  # the lower-cased text the sentence already holds, not lowered again
        return
    for first, last in runs_before_respectively(text, figures):
        lead = figures[first]
        if first == last or lead.year is None \
                or not PREVIOUS_VALUE_LABEL_RE.search(text, max(0, lead.start - PREVIOUS_VALUE_WINDOW), lead.start):
            continue
        for member in figures[first + 1:last + 1]:
            member.year = lead.year
