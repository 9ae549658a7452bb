"""A count of a substantivised participle or adjective that acts counts people: "18 проживающих оформили пенсию",
"работают 286 незрячих и слабовидящих". A number whose noun is not written and could be taken from nothing before it,
followed by an attribute in the genitive plural that qualifies no noun after it, the subject of a verb in the plural
right before or after it, counts those the attribute names, as "осужденных", "безработных" do (which the vocabulary
knows one by one); not the things of "Построено 3 новых" (a passive participle, no acting subject)."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline import morph
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL, word_info

WORD_AFTER_RE = regex.compile(r"\s+([а-яё]+)(?![\w-])", regex.I)
BEFORE_WINDOW = 30  # characters before the number searched for its verb
WORD_BEFORE_RE = regex.compile(r"([а-яё]+)\s+\Z", regex.I)
JOINED_RE = regex.compile(r"\s+(?:и|или)(?=\s)", regex.I)  # "незрячих и слабовидящих": a second attribute joined


def substantives_of_people(s: Sentence, figures: list[Figure]) -> None:
    """Give a bare count of no noun (nothing before it to take one from) whose number is followed by a substantivised
    attribute (see module doc) unit person and the attribute as its noun."""
    for f in figures:
        m = f.measure
        if m.unit != "count" or m.object is not None or f.per is not None or f.rate_base:
            continue
        first = WORD_AFTER_RE.match(s.text, m.end)
        if first is None or not _substantive(first.group(1)):
            continue
        end = first.end()
        joined = JOINED_RE.match(s.text, end)
        second = WORD_AFTER_RE.match(s.text, joined.end()) if joined else None
        if second is not None and _substantive(second.group(1)):
            end = second.end()
        after = WORD_AFTER_RE.match(s.text, end)
        if after is not None and _may_be_qualified(after.group(1)):
            continue  # "18 проживающих граждан": the attribute of a noun after it
        before = WORD_BEFORE_RE.search(s.text, max(0, f.start - BEFORE_WINDOW), f.start)
        if not ((after is not None and _plural_verb(after.group(1))) or (before is not None and _plural_verb(before.group(1)))):
            continue
        f.measure = replace(m, unit="person", object=first.group(1), end=first.end())


def _substantive(word: str) -> bool:
    """An attribute in the genitive plural that morphology knows as no noun."""
    info = word_info(word.lower())
    return info.attributive and not info.noun and GENITIVE_PLURAL in info.cases


def _may_be_qualified(word: str) -> bool:
    """A noun or another attribute, which the word before may qualify."""
    info = word_info(word.lower())
    return info.noun or info.attributive


def _plural_verb(word: str) -> bool:
    """A finite verb in the plural (not a passive short participle: "трудоустроены", "построено")."""
    tag = morph.parse(word.lower().replace("ё", "е"))[0].tag
    return tag.POS == "VERB" and tag.number == "plur"
