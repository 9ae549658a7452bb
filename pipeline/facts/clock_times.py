"""A time written with abbreviated units: "1 мин. 52 с", "2 ч 15 мин", "за 9,8 сек.". Each number takes its own
unit (README_labels, Units: `hour`, `minute`, `second`); "мин" is no genitive of "мина" counted, nor "с" a preposition,
where they follow a number so: "с" only as the seconds after minutes, "ч" only before the minutes after it, "мин"
with its full stop or before seconds."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

NUMBER = r"\d+(?:[.,]\d+)?"
MINUTES_AFTER_RE = regex.compile(rf"\s?мин(?:\.|(?=\s+{NUMBER}\s?(?:с|сек)(?![^\W\d_])))", regex.I)
SECONDS_AFTER_RE = regex.compile(r"\s?сек(?:\.|(?![^\W\d_]))", regex.I)
SECONDS_AFTER_MINUTES_RE = regex.compile(r"\s?(?:сек|с)(?:\.|(?![^\W\d_]))", regex.I)
HOURS_AFTER_RE = regex.compile(rf"\s?ч\.?\s+(?={NUMBER}\s?мин(?![^\W\d_]|ут))", regex.I)
TIME_WORDS = literals("мин", "сек", "ч")


def _unit_after(s: Sentence, f: Figure, after_minutes: bool) -> tuple[str, int] | None:
    """The time unit written right after figure f, and where it ends."""
    for unit, pattern in (("hour", HOURS_AFTER_RE), ("minute", MINUTES_AFTER_RE), ("second", SECONDS_AFTER_RE)):
        m = pattern.match(s.text, f.end)
        if m:
            return unit, m.end()
    m = SECONDS_AFTER_MINUTES_RE.match(s.text, f.end) if after_minutes else None
    return ("second", m.end()) if m else None


def times_in_abbreviated_units(s: Sentence, figures: list[Figure]) -> None:
    """Give each number of a time written in abbreviated units its unit, and no counted object."""
    if s.absent(TIME_WORDS):
        return
    after_minutes = False
    for f in figures:
        found = _unit_after(s, f, after_minutes) if f.measure.unit in (None, "count") and f.measure.multiplier == 1 else None
        after_minutes = found is not None and found[0] == "minute"
        if found:
            f.measure = replace(f.measure, unit=found[0], object=None, end=max(found[1], f.measure.end))
