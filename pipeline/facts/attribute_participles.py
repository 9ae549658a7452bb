"""Participles that are attributes of a noun, not heads of a phrase of their own.

"при плане 94,1 млрд., просроченная задолженность на 1 января 2016 года – 2,8 млрд.": a participle right before a
noun it agrees with ("просроченная задолженность") opens the subject of a new clause, and the date after it is that
clause's; "10 из 13 школ, запланированных на 2023 год" writes the phrase's own words after its participle."""
from __future__ import annotations

from pipeline.facts.sentence import Sentence, Word


def qualifies_a_noun(s: Sentence, participle: Word) -> bool:
    """Whether the word after the participle is a noun sharing a case with it: the participle is that noun's attribute."""
    after = s.word_at(participle.end)
    if after is None or not after.info.noun or after.info.attributive:
        return False
    return bool(participle.info.cases & after.info.cases)
