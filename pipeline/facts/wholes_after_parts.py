"""A list member past a semicolon that elides its noun counts the list's whole, not the parts the member before it
broke the whole into: "обучено – 21 386 государственных служащих; из них политических служащих – 312, руководителей
корпуса «А» – 146; переподготовлено – 2 047" (2 047 civil servants, not heads), "выдано 4 120 лицензий; из них
юридическим лицам – 3 006 лицензий, на оружие – 1 114 разрешений; переоформлено – 640". The parts name their own noun
after "из них" or "в том числе"; the next member, which opens with neither, goes back to the whole's."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

PARTS_OPEN_RE = regex.compile(r";\s*(?:из\s+них|в\s+том\s+числе)(?!\w)[^;]*\Z", regex.I)  # the member before: parts
MEMBER_START_RE = regex.compile(r";[^;\d]*\Z")  # the figure is the first of its member past a semicolon
PART_WORDS_RE = regex.compile(r"(?<!\w)(?:из\s+них|в\s+том\s+числе)(?!\w)", regex.I)
COUNTED_UNITS = frozenset({"count", "person"})


def wholes_after_parts(s: Sentence, figures: list[Figure]) -> None:
    """Give an elided first figure of a member past a semicolon the noun of the whole the member before broke into
    parts, where it took a part's noun."""
    if ";" not in s.text:
        return
    for i, f in enumerate(figures):
        if not f.elided or f.measure.unit not in COUNTED_UNITS:
            continue
        member = MEMBER_START_RE.search(s.text, 0, f.start)
        if member is None or PART_WORDS_RE.search(s.text, member.start(), f.start):
            continue
        parts = PARTS_OPEN_RE.search(s.text, 0, member.start())
        if parts is None:
            continue
        in_parts = [g for g in figures[:i] if g.start > parts.start()]
        whole = next((g for g in reversed(figures[:i]) if g.start < parts.start() and g.measure.unit == f.measure.unit
                      and g.measure.object is not None), None)
        if whole is None or not any(g.measure.object == f.measure.object for g in in_parts) \
                or whole.measure.object == f.measure.object:
            continue
        m = f.measure
        f.measure = Measure(m.unit, whole.measure.object, m.end, m.multiplier, m.addend, m.skip)
