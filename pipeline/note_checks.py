"""Consistency of the analytical note: percentages that must follow from the counts stated beside them.

"309 представлений ..., из которых 300 исполнено (97,09%)", "45 375 человек, ... получило 46,2% (20 979 человек)",
"из них восстановлены права 199 граждан или 88,4%", "65 из 743 услуг (8,7%)".
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

import regex

from pipeline import morph, vocabulary
from pipeline.numbers import GROUP_SPACE, to_float

_NUM = rf"(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+|\d+)(?:,\d+)?"
_YEAR_AFTER = r"(?!\s*(?:год|г\.|гг))"
_WORDS = r"(?:[^\d()%.;]{0,120}?)"  # a stretch of words without numbers or sentence ends
# not the tail of a longer number: "695" of "2 695"
NUMBER = rf"(?<![\d,])(?<!\d{GROUP_SPACE})(?P<{{name}}>{_NUM}){_YEAR_AFTER}(?![\d,%])"
PERCENT = rf"(?P<pct>{_NUM})\s*%"


def _number(name: str) -> str:
    return NUMBER.replace("{name}", name)


# part: the counted subset, whole: what it is a part of, pct: the share written
PATTERNS = [
    # 309 представлений ..., из которых 300 исполнено (97,09%) / из них – 7 343 (63,6%) / из них 199 ... или 88,4%
    regex.compile(rf"{_number('whole')}{_WORDS},?\s*из\s+(?:них|которых){_WORDS}{_number('part')}{_WORDS}"
                  rf"(?:\(\s*{PERCENT}|\bили\s+{PERCENT})", regex.IGNORECASE),
    # 45 375 человек, положительную оценку получило 46,2% (20 979 человек)
    regex.compile(rf"{_number('whole')}{_WORDS},{_WORDS}{PERCENT}\s*\(\s*{_number('part')}", regex.IGNORECASE),
    # 65 из 743 услуг (8,7%)
    regex.compile(rf"{_number('part')}\s+из\s+{_number('whole')}{_WORDS}\(\s*{PERCENT}", regex.IGNORECASE),
]


@dataclass(frozen=True)
class ShareStatement:
    part: float
    whole: float
    percent: float
    percent_text: str
    text: str

    @property
    def computed(self) -> float:
        return self.part / self.whole * 100

    def consistent(self) -> bool:
        """The written share matches part/whole within one unit of its last written digit
        (reports both round and truncate: 2 695 of 2 704 is written 99,6%)."""
        decimals = len(self.percent_text.partition(",")[2])
        return abs(self.computed - self.percent) < 10 ** -decimals + 1e-9


def share_statements(sentence: str) -> Iterator[ShareStatement]:
    """Every "X из Y (Z%)"-style statement of a sentence."""
    seen: set[tuple[int, int]] = set()
    for pattern in PATTERNS:
        for m in pattern.finditer(sentence, overlapped=True):
            key = (m.start("part"), m.start("pct"))
            if key in seen:
                continue
            seen.add(key)
            whole = to_float(m.group("whole"))
            if whole == 0:
                continue
            yield ShareStatement(to_float(m.group("part")), whole, to_float(m.group("pct")), m.group("pct"), m.group(0))


def mismatched_shares(text: str) -> list[ShareStatement]:
    return [s for s in share_statements(text) if s.part <= s.whole and not s.consistent()]


# --- the note against the indicator table -------------------------------------------------

WORD_RE = regex.compile(r"[а-яёА-ЯЁ]{4,}")
STEM_LENGTH = 5  # lemmas compared by their first letters: "конкурс" ~ "конкурсный"
MIN_COMMON_STEMS = 3
MIN_NAME_COVERAGE = 0.5
STATED_PERCENT_RE = regex.compile(
    rf"(?:составил\w*|достиг\w*|равн\w*|на\s+уровне)\s+(?:порядка\s+|около\s+|более\s+)?(?P<pct>{_NUM})\s*%",
    regex.IGNORECASE,
)
ANY_PERCENT_RE = regex.compile(rf"(?P<pct>{_NUM})\s*%")
YEAR_RE = regex.compile(r"\b(20\d\d|19\d\d)\s*(?:год|г\.|г\b)")
STOP_STEMS = frozenset(vocabulary.words("stop_stems"))


def stems(text: str) -> set[str]:
    """Stems of the lemmas of the content words of a text."""
    out = set()
    for word in WORD_RE.findall(text.lower()):
        out.add(_lemma(word)[:STEM_LENGTH])
    return out - STOP_STEMS


_LEMMAS: dict[str, str] = {}


def _lemma(word: str) -> str:
    if word not in _LEMMAS:
        _LEMMAS[word] = morph.lemma(word)
    return _LEMMAS[word]


def _decimals(text: str) -> int:
    return len(text.partition(",")[2])


def same_within_rounding(stated_text: str, fact: float) -> bool:
    """The note's figure rounds (or truncates) to the table's value, or the other way round."""
    stated = to_float(stated_text)
    return abs(stated - fact) < 10 ** -_decimals(stated_text) + 1e-9 or abs(stated - fact) < 0.05 + 1e-9


@dataclass(frozen=True)
class NoteClaim:
    sentence: str
    stated_text: str


def qualifier_stems(name: str) -> set[str]:
    """The stems of what follows a name's first comma: "Доля сельских населенных пунктов, охваченных услугами
    почтовой связи" -> {"охват", "услуг", "почто", "связь"}; empty without a comma."""
    _, comma, qualifier = name.partition(",")
    return stems(qualifier) if comma else set()


def indicator_claim(sentence: str, name_stems: set[str], fact: float, reporting_year: Optional[int],
                    qualifier: Optional[set[str]] = None) -> Optional[NoteClaim]:
    """A sentence that states a different percentage for the indicator named by `name_stems`, or None. Where the
    name qualifies its subject after a comma (`qualifier`, see qualifier_stems), the sentence must share a word of
    that qualifier: "Доля сельских населенных пунктов, обеспеченных широкополосным доступом, составила 83,9%" is not
    about "Доля сельских населенных пунктов, охваченных услугами почтовой связи"."""
    sentence_stems = stems(sentence)
    common = name_stems & sentence_stems
    if len(common) < MIN_COMMON_STEMS or len(common) < MIN_NAME_COVERAGE * len(name_stems):
        return None
    if qualifier and not qualifier & sentence_stems:
        return None
    if any(same_within_rounding(m.group("pct"), fact) for m in ANY_PERCENT_RE.finditer(sentence)):
        return None
    stated = STATED_PERCENT_RE.search(sentence)
    if stated is None:
        return None
    years = {int(y) for y in YEAR_RE.findall(sentence[: stated.start()])}
    if reporting_year and years and reporting_year not in years:
        return None  # the sentence speaks of another year
    return NoteClaim(sentence, stated.group("pct"))
