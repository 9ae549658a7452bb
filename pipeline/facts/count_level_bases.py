"""The base of a count per so many of another thing, written in the subject before the predicate that states it.

"Выход телят на 100 маток составил 74 головы", "Обеспеченность на 1 000 жителей достигла 12 коек": a round count
(one, ten, a hundred, a thousand...) of things after "на", in a subject of nouns that holds no verb, whose predicate
("составил", "достигла") then gives a count of another noun, is what that count is given per: per 100 "маток", no
figure of its own (README_labels, Rates). Not a change ("Поголовье на 100 голов увеличилось до 2 400 голов": the
predicate is a change, or the count is of the same noun), nor a clause whose verb comes before the "на" ("Выделено
на 100 школ 50 компьютеров").
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, decimal
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

COUNTED = frozenset({"count", "person"})
PER_BEFORE_RE = regex.compile(r"(?<!\w)на\s+\Z", regex.I)
# the predicate between the base and the count: words with no figure or clause break, ending in a stating verb
STATING_PREDICATE_RE = regex.compile(
    r"[^\d,;:()]{0,60}?(?<!\w)(?:состав(?:ил|ила|ило|или|ляет|ляют)|достиг(?:ла|ло|ли)?|насчитыва\w+)\s+"
    r"(?:в\s+среднем\s+|около\s+|более\s+|менее\s+)?\Z", regex.I)
CLAUSE_BREAKS = ",;:("


def bases_of_counts_before_them(s: Sentence, figures: list[Figure]) -> None:
    """Mark as a rate's base each round count so written before the count its predicate states."""
    for base, count in zip(figures, figures[1:], strict=False):
        if base.rate_base or base.measure.skip or base.per is not None:
            continue
        if _counted_before(s, base, count):
            base.measure.skip = base.rate_base = True


def _round(fig: Figure) -> bool:
    value = decimal(fig.number) * fig.measure.multiplier
    return value >= 1 and value.normalize().as_tuple().digits == (1,)


def _counted_before(s: Sentence, base: Figure, count: Figure) -> bool:
    if base.measure.unit not in COUNTED or count.measure.unit not in COUNTED or not _round(base):
        return False
    if base.measure.object is None or count.measure.object is None or _same_noun(base, count):
        return False
    if not PER_BEFORE_RE.search(s.text, max(0, base.start - 4), base.start):
        return False
    clause = max(s.text.rfind(c, 0, base.start) for c in CLAUSE_BREAKS) + 1
    before = s.words_between(clause, base.start)[:-1]  # without "на"
    if not before or not before[0].info.noun or any(w.info.top_pos in ("VERB", "PRTS", "INFN") for w in before):
        return False
    return bool(STATING_PREDICATE_RE.fullmatch(s.text, base.measure.end, count.start))


def _same_noun(a: Figure, b: Figure) -> bool:
    return bool(word_info((a.measure.object or "").lower()).lemmas & word_info((b.measure.object or "").lower()).lemmas)
