"""Places of a ranking written once with their noun: "телеканал «А» занял 3 место, канал «Б» – 5 (годом ранее – 7 и 9
соответственно)", "регион поднялся на 12 место, соседний – на 15". A bare whole number after a rank, in the same clause,
with no figure of another measure between them, is another member of that ranking: a place, not a count of nothing
named (the count a bare figure defaults to) (a rank is not inherited as a counted noun is: context.NOT_INHERITED_UNITS)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

CLAUSE_BREAK_RE = regex.compile(r";")  # a clause after ";" speaks of something else
# "из 120": the size of the ranking, not another place in it; "на 3 позиции": a move is read by `changes`
NOT_A_PLACE_BEFORE_RE = regex.compile(r"(?<!\w)(?:из|от|до)\s*\Z", regex.I)
NOT_A_PLACE_WINDOW = 6  # characters before a bare number read for "из"


def places_of_a_ranking(s: Sentence, figures: list[Figure]) -> None:
    """Give each bare whole number that follows a rank in its clause, with only other bare numbers between, the rank."""
    rank = None
    for f in figures:
        unit = f.measure.unit
        if unit == "rank" and not f.change:
            rank = f
        elif unit not in (None, "count") or f.measure.object is not None or f.rate_base or f.per is not None:
            rank = None
        elif rank is not None and _is_place(s, rank, f):
            bare = f.measure
            f.measure = Measure("rank", None, bare.end, bare.multiplier, bare.addend, bare.skip)


def _is_place(s: Sentence, rank: Figure, f: Figure) -> bool:
    """A bare number after `rank` names another place: a whole number in its clause, not a ranking's size ("из 120")."""
    return f.number.isdigit() and f.measure.multiplier == 1 and not CLAUSE_BREAK_RE.search(s.text, rank.end, f.start) \
        and not NOT_A_PLACE_BEFORE_RE.search(s.text, max(0, f.start - NOT_A_PLACE_WINDOW), f.start)
