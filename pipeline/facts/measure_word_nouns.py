"""What "единиц" counts where no "количество X" names it (README_labels, Object: a measure word before the noun it
counts gives `object` that noun, and a later member that elides it takes the same):

* the subject's complement: "Экспорт автомобилей в страны ЕАЭС составил 6 208 единиц", "Парк автобусов обновлен на
  312 единиц": a clause opening with a noun and a noun in the genitive plural, its verb before the figure, counts the
  second (not "Выпуск продукции составил 45 единиц": a mass in the singular names no thing counted);
* a list item's own noun before its dash, under a lead-in that wrote only the measure word ("(тыс. единиц): легковых
  автомобилей – 77,4; ... автобусов – 1,2"), and an item that elides it ("грузовых – 6,1") the noun of the item before;
  without such a lead-in the noun before a dash is a label ("245 единиц, территориальных подразделений – 1 120": staff
  units of the subdivisions).
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import GENITIVE_PLURAL

VERB_POS = frozenset({"VERB", "PRTS"})
CLAUSE_MARKS = ",;:("
# a lead-in that writes only the measure word, its scale perhaps: "выпущено (тыс. единиц):", "(единиц):"
MEASURE_LEAD_IN_RE = regex.compile(r"\(\s*(?:(?:тыс|млн)\.?\s*)?(?:единиц|шт\.|штук)\s*\)\s*:", regex.I)


def noun_of_the_subject(s: Sentence, start: int, f: Figure) -> Optional[str]:
    """The genitive plural noun after the noun that opens the figure's clause (after `start`), where a verb stands
    between it and the figure."""
    clause = max(start, max(s.text.rfind(c, 0, f.start) for c in CLAUSE_MARKS) + 1)
    words = s.words_between(clause, f.start)
    if len(words) < 3 or not words[0].info.noun or words[0].info.attributive:
        return None
    head, counted = words[0], words[1]
    if not any(c.endswith("nomn") for c in head.info.cases) or not counted.info.noun \
            or not counted.info.cases <= {GENITIVE_PLURAL}:
        return None
    return counted.text if any(w.info.top_pos in VERB_POS for w in words[2:]) else None


def under_a_measure_lead_in(s: Sentence, f: Figure) -> bool:
    """Whether a lead-in that writes only the measure word stands before the figure in its sentence."""
    return MEASURE_LEAD_IN_RE.search(s.text, 0, f.start) is not None


def written_by_itself(s: Sentence, f: Figure) -> bool:
    """Whether the figure's measure word is written after it ("6 208 единиц"), not lent by a lead-in or a member."""
    obj = f.measure.object
    return obj is not None and obj.lower() in s.text[f.end:f.measure.end].lower()
