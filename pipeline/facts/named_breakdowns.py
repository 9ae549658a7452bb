"""A bare figure in brackets after a proper name with a preposition counts the whole the name is one of, not the
noun of the set of names: "326 – иностранные граждане из 11 стран, больше всего – из Индии (148) и Пакистана (97)"
gives 148 and 97 the graduates of «Из числа выпускников 326», since India is one of the 11 countries ("из 11 стран"
written with the same preposition names the breakdown, not what is counted); "в 14 районах ..., больше всего – в
Алматы (12) и Шымкенте (8)" likewise."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.facts.part_prepositions import W, preposition_before

# "из Индии (", "из Индии (148) и Пакистана (": a preposition, a proper name (and more joined to it, each with its
# bracket), then the bracket the figure opens
NAMED_BEFORE_RE = regex.compile(
    r"(?<!\w)(?P<p>в|во|из|на|по|у|от|среди)\s+(?-i:[А-ЯЁ])[\w-]*"
    r"(?:\s*\([^()]*\))?(?:\s*(?:,|и)\s+(?-i:[А-ЯЁ])[\w-]*(?:\s*\([^()]*\))?)*\s*\(\s*\Z", regex.I)
NAMED_WINDOW = 80  # characters before a figure searched for the names
SAME_PREPOSITIONS = {"во": "в"}


def wholes_of_named_parts(text: str, start: int, donors: Sequence[W]) -> list[W]:
    """The donors a bare figure in brackets after a proper name may take its noun from: those not written with the
    name's preposition (the set of names), where some remain; else all of them."""
    m = NAMED_BEFORE_RE.search(text, max(0, start - NAMED_WINDOW), start)
    if m is None:
        return list(donors)
    said = SAME_PREPOSITIONS.get(m.group("p").lower(), m.group("p").lower())
    kept = [d for d in donors if preposition_before(d.text, d.start) != said]
    return kept or list(donors)
