"""Members of an earlier-years series in brackets that give the same measures in the same order: a figure that writes
no unit of its own takes the unit of the figure at its place in another member.

"(2021 г. – 118 проектов и 3,1 млрд., 2022 г. – 127 и 3,9 млрд. долларов США)": each member counts projects and then
gives their amount; "127" is the projects of 2022 (not "127 и 3,9 млрд." billions) and "3,1 млрд." dollars, the
currency written once at the series' end. A member's bare figure takes the unit of the member after it first (a unit
written once at the end), else of the one before; its own scale stays. The lending is count_amounts' (shared with
its count-and-amount pairs linked by "на", which need no brackets or year labels); the members found here link by
"и", leave out their counted noun and hold units of any kind, which no "на" pair does."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.count_amounts import lend_units_along
from pipeline.facts.measures import Figure, Measure, measure
from pipeline.facts.sentence import Sentence

BRACKET_RE = regex.compile(r"\([^()]{10,400}\)")
# "2021 г. – ", "в 2022 году – ", "2020 год — ": the year label that opens each member
MEMBER_LABEL_RE = regex.compile(r"(?:(?<=\()|[,;]\s*)(?:в\s+)?(?:19|20)\d{2}\s*(?:г\.|году|год)?\s*[-–—]\s*", regex.I)
MIN_FIGURES = 2  # a member of one figure has no order to follow


def units_by_member_position(s: Sentence, figures: list[Figure]) -> None:
    """Give each bare figure of a bracket's year-labelled members the unit written at its place in another member."""
    for bracket in BRACKET_RE.finditer(s.text):
        members = _members(s, figures, bracket)
        if members is None:
            continue
        for place in range(len(members[0])):
            column = [member[place] for member in members]
            lend_units_along([(f, measure(s, f.number, f.end)) for f in column], _writes_its_unit)


def _members(s: Sentence, figures: list[Figure], bracket: regex.Match[str]) -> Optional[list[list[Figure]]]:
    """The figures of each year-labelled member of the bracket, where there are two members or more and each holds
    the same number of figures (at least two); else None."""
    labels = list(MEMBER_LABEL_RE.finditer(s.text, bracket.start() + 1, bracket.end() - 1))
    if len(labels) < 2 or labels[0].start() != bracket.start() + 1:
        return None
    ends = [label.start() for label in labels[1:]] + [bracket.end() - 1]
    members = [[f for f in figures if label.end() <= f.start < end and not f.rate_base]
               for label, end in zip(labels, ends, strict=True)]
    sizes = {len(member) for member in members}
    return members if len(sizes) == 1 and min(sizes) >= MIN_FIGURES else None


def _writes_its_unit(f: Figure, own: Measure) -> bool:
    """A member whose unit is written beside it."""
    return own.unit is not None
