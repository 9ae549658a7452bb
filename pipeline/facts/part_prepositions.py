"""A part of a whole written with a preposition before its number ("выявлено в 9 из них") is a part of the whole
written with the same preposition ("обследование проведено в 148 населенных пунктах с населением 1,02 млн. человек"),
not of a figure written between them (the people of those places)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Optional, Protocol, TypeVar

import regex

PREPOSITION_BEFORE_RE = regex.compile(r"(?<!\w)(?P<p>в|во|на|с|со|по|у|из|для|к|ко|от|при|среди)\s+\Z", regex.I)
PREPOSITION_WINDOW = 8  # characters before a number searched for its preposition
SAME_PREPOSITIONS = {"во": "в", "со": "с", "ко": "к"}


class Whole(Protocol):
    """A figure that a part may belong to, with its sentence."""

    @property
    def start(self) -> int: ...

    @property
    def text(self) -> str: ...


W = TypeVar("W", bound=Whole)


def preposition_before(text: str, start: int) -> Optional[str]:
    """The preposition right before a number ("в 9 из них" -> "в"; "во" read as "в"), if any."""
    m = PREPOSITION_BEFORE_RE.search(text, max(0, start - PREPOSITION_WINDOW), start)
    if m is None:
        return None
    word = m.group("p").lower()
    return SAME_PREPOSITIONS.get(word, word)


def wholes_of_same_preposition(text: str, start: int, wholes: Sequence[W]) -> list[W]:
    """The wholes written with the preposition the part at `start` has, where it has one and some whole has it too;
    else all of them."""
    said = preposition_before(text, start)
    if said is None:
        return list(wholes)
    same = [w for w in wholes if preposition_before(w.text, w.start) == said]
    return same or list(wholes)
