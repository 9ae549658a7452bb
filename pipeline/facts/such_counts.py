"""A bare figure after «таких» counts the group the pronoun stands for: "для детей из семей, включенных в «железную
тетрадь», – бесплатно (таких 44)" counts the children, "Льготы получили ветераны труда, таких – 12" the veterans.
The group is the nearest plural noun before the pronoun, or the head it is taken from ("детей из семей": the
children, not the families); the figure takes no unit or scale from the figures before it."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info

SUCH_BEFORE_RE = regex.compile(r"(?:\(|,|[-–—:])\s*таких\s*(?:[-–—]\s*)?(?:(?:было|всего|около|более|свыше)\s+)?\Z", regex.I)
SUCH_WINDOW = 30  # characters before a figure searched for «таких»
GROUP_WINDOW = 120  # characters before the pronoun searched for the group it stands for
SUCH_WORDS = literals("таких")
WORD_RE = regex.compile(r"[а-яё]+", regex.I)
FROM_WORDS = frozenset({"из", "от", "среди"})  # "детей из семей": the head before, the group it is taken from after


def counted_by_such(s: Sentence, figures: list[Figure]) -> None:
    """Give a bare figure after «таких» the plural noun the pronoun stands for, as a count of it."""
    if s.absent(SUCH_WORDS):
        return
    for f in figures:
        such = SUCH_BEFORE_RE.search(s.text, max(0, f.start - SUCH_WINDOW), f.start)
        if such is None or s.text[f.end:f.measure.end].strip():
            continue  # a unit or noun written after the number: it says what it counts
        noun = _group_before(s.text, such.start())
        if noun is not None:
            info = word_info(noun.lower())
            f.measure = replace(f.measure, unit="person" if info.people else "count", object=noun, multiplier=Decimal(1))
            f.elided = True


def _group_before(text: str, end: int) -> str | None:
    """The plural noun nearest before `end` (within GROUP_WINDOW), or the one it is taken from ("детей из семей")."""
    words = list(WORD_RE.finditer(text, max(0, end - GROUP_WINDOW), end))
    for i in range(len(words) - 1, -1, -1):
        if _plural_noun(words[i].group()):
            head = i
            while head >= 2 and words[head - 1].group().lower() in FROM_WORDS and _plural_noun(words[head - 2].group()):
                head -= 2
            return words[head].group()
    return None


def _plural_noun(word: str) -> bool:
    """Whether morphology reads the word as a noun first of all, and as a plural form."""
    info = word_info(word.lower())
    return info.top_pos == "NOUN" and any(case.startswith("plur:") for case in info.cases)
