"""Figures written inside a phrase that describes another figure's noun: "вышли 21 386 участников из 64 регионов
России и 19 стран" counts participants; the regions and countries say where they came from; "4,12 млн. договоров,
заключенных 312,8 тыс. работодателями, при плане 3,8 млн." counts contracts, the employers say who made them. A bare figure that
refers back ("на 2 114 больше") takes the noun of the figure described, not of its description.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TypeVar

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.words import word_info

D = TypeVar("D", bound=tuple[Figure, str])  # context's Donor: a figure and its sentence

COUNTED_UNITS = frozenset({"count", "person"})
# a preposition right after the counted noun of the figure before: "участников из 64", "проверки в 12", "семьям из 14"
PREPOSITION_LINK_RE = regex.compile(r"^\s+(?:из|в|во|для|среди|от)\s+\Z", regex.I)
# the next member of the same description: "из 64 регионов России и 19 стран"
MEMBER_LINK_RE = regex.compile(r"^(?:\s+[а-яё]+){0,2}\s*(?:,|и)\s*\Z", regex.I)
# a participle (or two joined by "и") after a comma right after the counted noun of the figure before: "договоров,
# заключенных 312,8 тыс. работодателями", "9 418 матерей, родивших и воспитавших 8 и более детей"
PARTICIPLE_LINK_RE = regex.compile(r"^\s*,\s*(?P<words>[а-яё]+(?:\s+и\s+[а-яё]+)?)\s+\Z", regex.I)


def describing_figures(text: str, figures: list[Figure]) -> set[int]:
    """The ids of the figures (of one sentence, in order) that stand in a prepositional phrase right after the
    counted noun of the figure before them, and of the members coordinated with such a figure."""
    describing: set[int] = set()
    for prev, f in pairwise(figures):
        gap = text[prev.measure.end:f.start]
        if prev.measure.unit in COUNTED_UNITS and prev.measure.object and id(prev) not in describing \
                and (PREPOSITION_LINK_RE.match(gap) or _participle_link(gap)):
            describing.add(id(f))
        elif id(prev) in describing and f.measure.unit in COUNTED_UNITS and MEMBER_LINK_RE.match(gap):
            describing.add(id(f))
    return describing


def _participle_link(gap: str) -> bool:
    """Whether the gap is a comma and participles only: the figure after it is in a phrase describing the noun before."""
    m = PARTICIPLE_LINK_RE.match(gap)
    return m is not None and all(word_info(w.lower()).top_pos == "PRTF" for w in m.group("words").split() if w != "и")


def in_closed_aside(text: str, f: Figure, before: int) -> bool:
    """Whether a figure stands inside brackets that close before `before`: "4,82 млн. изделий (2021 г. – 4,37 млн.
    штук), в том числе из золота – 3,05 млн." restates another year in an aside; the list goes on from the clause."""
    opened = text.rfind("(", 0, f.start) > text.rfind(")", 0, f.start)
    close = text.find(")", f.measure.end)
    return opened and close != -1 and close < before and text.find("(", f.measure.end, close) == -1


def set_aside(text: str, figures: list[Figure], f: Figure) -> set[int]:
    """The ids of the figures of f's sentence (before f, in order) a bare f does not refer back to, where another is
    left: those describing another figure's noun and those in an aside closed before f."""
    aside = describing_figures(text, figures) | {id(d) for d in figures if in_closed_aside(text, d, f.start)}
    return aside if any(id(d) not in aside for d in figures) else set()


def referable(text: str, donors: Sequence[D], f: Figure) -> list[D]:
    """The donors (figures with their sentence) a bare figure f of the sentence `text` may refer back to: all but those
    `set_aside`; all where `text` is empty (donors of earlier sentences)."""
    aside = set_aside(text, [d[0] for d in donors], f) if text else set()
    return [d for d in donors if id(d[0]) not in aside]
