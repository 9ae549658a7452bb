"""An indicator per a round number of things, its value bare after a dash or "составил": "выход жеребят на 100 кобыл –
68 (годом ранее – 61)", "Обеспеченность врачами на 10 тыс. жителей составила 31,4". The indicator's subject names a noun
right before "на" and the base, and no predicate; the value counts no noun of its own, so it is a `ratio` per the base (README_labels:
an indicator of its own after a base, no counted noun), the base no figure; an earlier value in brackets right after
it, written bare too, is the same ratio. `level_bases` reads such a base before a level of another measure."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure, decimal
from pipeline.facts.sentence import Sentence

PER_BEFORE_RE = regex.compile(r"(?<!\w)на\s+\Z", regex.I)
# between the base's noun and the bare value: a dash, or "составил(а, о, и)" with nothing else
BARE_LEVEL_PREDICATE_RE = regex.compile(r"\s*(?:[-–—]|состав(?:ил|ила|ило|или|ляет|ляют)(?!\w))\s*", regex.I)
# "(годом ранее – 61)", "(в 2023 году – 61)": an earlier value right after the level, bare
EARLIER_BRACKET_RE = regex.compile(r"\s*\([^()\d]{0,30}(?:\d{4}[^()\d]{0,12})?[-–—]\s*\Z")
COUNTED_UNITS = frozenset({"count", "person"})
PREDICATE_POS = frozenset({"VERB", "PRTS", "ADJS"})


def _round_base(fig: Figure) -> bool:
    value = decimal(fig.number) * fig.measure.multiplier
    return value >= 10 and value.normalize().as_tuple().digits == (1,)


def _subject_of_nouns(s: Sentence, fig: Figure) -> bool:
    """Whether the clause holding the base names a noun right before "на" and the base, no predicate before it
    ("выход жеребят на 100", "В 2023 году выход поросят на 10")."""
    if not PER_BEFORE_RE.search(s.text, max(0, fig.start - 4), fig.start):
        return False
    start = max(s.text.rfind(c, 0, fig.start) for c in ",;:(") + 1
    before = s.words_between(start, fig.start)[:-1]
    return bool(before) and before[-1].info.noun and not any(w.info.top_pos in PREDICATE_POS for w in before)


def ratios_per_a_base_before(s: Sentence, figures: list[Figure]) -> None:
    """Read each bare value after a counted round base in its subject as a ratio per that base."""
    for i, (base, level) in enumerate(zip(figures, figures[1:], strict=False)):
        if base.measure.skip or base.rate_base or base.measure.unit not in COUNTED_UNITS or not base.measure.object:
            continue
        if level.measure.unit is not None or not _round_base(base) or not _subject_of_nouns(s, base):
            continue
        if not BARE_LEVEL_PREDICATE_RE.fullmatch(s.text, base.measure.end, level.start):
            continue
        base.measure.skip = base.rate_base = True
        per, per_object = decimal(base.number) * base.measure.multiplier, base.measure.object
        for f in [level] + [g for g in figures[i + 2:i + 3] if g.measure.unit is None
                            and EARLIER_BRACKET_RE.search(s.text, level.measure.end, g.start)]:
            f.measure = replace(f.measure, unit="ratio", object=None)
            f.per, f.per_object = per, per_object
