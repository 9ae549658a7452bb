"""A rank bound: "вошли в число 500 лучших", "входит в число 50 крупнейших компаний", "в топ-10 крупнейших". After
"в число"/"в числе"/"в список" (or "в топ-"), a number followed by an adjective in the superlative degree in the genitive
plural names no count of things but the last place of the top of a ranking that something entered: a rank; after
"в топ-" it does whatever follows ("в топ-10 своих весовых категорий")."""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.facts.measures import Figure

GROUP_BEFORE_RE = regex.compile(r"(?<!\w)(?:в|во)\s+(?:числ[оеа]|спис(?:ок|ке|ка)|топ\s*-?)\s*\Z", regex.I)
GROUP_WINDOW = 16  # characters before the number read for "в число"
SUPERLATIVE_AFTER_RE = regex.compile(r"\s+([а-яё]+)(?!\w)", regex.I)


def rank_bound(text: str, start: int, end: int) -> bool:
    """Whether the number written from start to end bounds the top of a ranking ("в число 500 лучших")."""
    group = GROUP_BEFORE_RE.search(text, max(0, start - GROUP_WINDOW), start)
    if not group:
        return False
    if "топ" in group.group().lower():  # "в топ-10 своих весовых категорий": the top of a ranking, whatever follows
        return True
    after = SUPERLATIVE_AFTER_RE.match(text, end)
    return after is not None and _superlative_plural_genitive(after.group(1))


def _superlative_plural_genitive(word: str) -> bool:
    """"лучших", "крупнейших", "ведущих" is no superlative: the top of a ranking is named by one."""
    return any({"Supr", "plur", "gent"} <= p.tag.grammemes for p in morph.parse(word.lower()))


def elided_from_count(fig: Figure, prev: Figure | None) -> bool:
    """Whether a bare number follows a count of its sentence, whose noun it elides, so that a rating named before
    gives it no points: "В рейтинге ... в топ-10 входят 6 спортсменов (годом ранее — 4)"."""
    return fig.measure.unit is None and prev is not None and prev.measure.unit in ("count", "person") \
        and prev.measure.object is not None
