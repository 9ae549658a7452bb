"""A change stated once for a whole keeps its kind in the members that break it down.

"Удорожание проектов составило в среднем 18,4%, по 23 проектам – свыше 50%": the second figure is the same rise, for
a part (a label opened by a preposition, "по 23 проектам –", "в сельской местности –", "в том числе по селу –");
not a new measure named by a noun ("Рост ВВП составил 4,5%, доля экспорта – 30%").
"""
from __future__ import annotations

import regex

from pipeline.facts.changes import CHANGE_UNITS
from pipeline.facts.measures import Figure, value_of
from pipeline.facts.sentence import Sentence

# Between the change and its member: a comma or semicolon, a label opened by a preposition (numbers allowed, no
# other clause), a dash, and a bound of the member's value.
MEMBER_OF_CHANGE_RE = regex.compile(
    r"\s*[,;]\s*(?:(?:а|в\s+том\s+числе|из\s+них)\s+)?(?:по|в|во|на|у|среди|для)\s+[^,;:()\-–—]{1,60}?\s*[-–—]\s*"
    r"(?:(?:свыше|более|около|почти|порядка|менее|не\s+более|не\s+менее)\s+)?",
    regex.I,
)
INDEX_FLOOR = 100  # a percentage from here on is read as an index


def changes_of_members(s: Sentence, figures: list[Figure]) -> None:
    """Give a member without a kind the change of the figure it breaks down (same unit, see MEMBER_OF_CHANGE_RE)."""
    if all(f.change is None for f in figures):  # a member takes the change of a whole before it that states one
        return
    for i, f in enumerate(figures):
        if f.change is not None or f.measure.unit not in CHANGE_UNITS or _an_index(f):
            continue
        whole = next((p for p in reversed(figures[:i]) if p.measure.unit == f.measure.unit), None)
        if whole is not None and whole.change is not None \
                and MEMBER_OF_CHANGE_RE.fullmatch(s.text, whole.measure.end, f.start):
            f.change = whole.change


def _an_index(f: Figure) -> bool:
    """"по базовому – 100,4 %": a percentage of 100 or more is a level against the base (an index), no change."""
    return f.measure.unit == "percent" and value_of(f.number, f.measure) >= INDEX_FLOOR
