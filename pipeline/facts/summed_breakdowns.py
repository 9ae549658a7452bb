"""A breakdown whose bare members add up to a count stated before it counts what that count counts: "612 учащихся ...
Контингент по отделениям: фортепиано – 118, народные инструменты – 74, хореография – 131, изобразительное искусство –
196, прочие – 93" (118 + 74 + 131 + 196 + 93 = 612) are pupils, people, not things of no name."""
from __future__ import annotations

import math
from itertools import groupby

import regex

from pipeline.facts.contract import fact
from pipeline.models import Fact

LETTER_RE = regex.compile(r"[^\W\d_]|%")  # a figure's text with a word or sign beside its number names its measure
COUNTED_UNITS = frozenset({"count", "person"})
MIN_MEMBERS = 2


def breakdowns_of_totals(facts: list[Fact], start: int) -> None:
    """Give the bare counts of one sentence among facts[start:] (one paragraph's), two or more, whose values add up to
    the value of a count with its noun earlier in the paragraph, that count's unit and noun (the latest such count)."""
    position = start
    for _, run in groupby(facts[start:], key=lambda f: f.sentence):
        sentence = list(run)
        members = [i for i, f in enumerate(sentence, position) if _bare_count(f)]
        if len(members) >= MIN_MEMBERS:
            total = sum(facts[i].value for i in members)
            whole = next((f for f in reversed(facts[start:members[0]])
                          if f.unit in COUNTED_UNITS and f.object and math.isclose(f.value, total)), None)
            if whole is not None:
                for i in members:
                    facts[i] = fact(dict(facts[i].__dict__, unit=whole.unit, object=whole.object))
        position += len(sentence)


def _bare_count(f: Fact) -> bool:
    """A count of no noun written as a number alone, neither a rate nor a change."""
    return f.unit == "count" and f.object is None and f.per is None and f.change is None and not LETTER_RE.search(f.text)
