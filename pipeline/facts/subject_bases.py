"""Where a rate's base is written (`Base`), and bases written as the subject "один X" of a clause's verb."""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple, Optional

import regex

from pipeline import morph
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info

# "один кабинет обслуживает в среднем 2,7 тыс. учащихся", "одна медсестра ухаживает за 12 пациентами": a clause whose
# subject is one of a thing counted before; what its predicate counts is per 1
SUBJECT_BASE_RE = regex.compile(
    r"(?:^|[,;:–—]\s*)(?P<base>(?:один|одна|одно)\s+(?P<noun>[а-яё]+))\s+(?P<verb>[а-яё]+)(?!\w)", regex.I)
SUBJECT_BASE_WORDS = literals("один", "одна", "одно")


class Base(NamedTuple):
    """Where a rate's base is written, its value and what it counts."""

    start: int
    end: int
    per: Decimal
    per_object: Optional[str]


def subject_bases(s: Sentence) -> list[Base]:
    """Bases written as the subject "один X" of a clause's verb (see SUBJECT_BASE_RE)."""
    if s.absent(SUBJECT_BASE_WORDS):
        return []
    out = []
    for m in SUBJECT_BASE_RE.finditer(s.text):
        noun = word_info(m.group("noun").lower())
        verb = morph.parse(m.group("verb").lower())[0].tag
        if noun.noun and not noun.attributive and "sing:nomn" in noun.cases and verb.POS == "VERB" \
                and verb.tense == "pres":
            out.append(Base(m.start("base"), m.end("noun"), Decimal(1), m.group("noun")))
    return out
