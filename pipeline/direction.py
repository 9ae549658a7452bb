"""Which way is better for an indicator: "higher", "lower", or None where nothing says.

Read, in order, from the plan written as a bound ("не более 5" is met by 4), from what the name measures (its
lemmas: a rank, the time or cost of a service, a harm or something acted against a harm, something the plan
wants more of), and from the agency's earlier reports of the same indicator (a fact below the plan that was
called achieved says lower is better). The word lists are pipeline/vocabulary/indicator_direction.tsv.

    better_direction(Indicator(name="Доля работников, занятых во вредных и опасных условиях труда"))  # "lower"
    better_direction(Indicator(name="Сумма взысканной задолженности"))                                 # "higher"
    better_direction(Indicator(name="Количество космических аппаратов на орбите"))                     # None
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Literal, Optional

import regex

from pipeline import morph, vocabulary
from pipeline.models import Indicator
from pipeline.numbers import parse_cell_number

Direction = Literal["higher", "lower"]
WORD_RE = regex.compile(r"[а-яёa-z]+(?:-[а-яёa-z]+)*", regex.IGNORECASE)
UPPER_BOUND_QUALIFIERS = frozenset(vocabulary.words("qualifiers", bound="upper"))
LOWER_BOUND_QUALIFIERS = frozenset(vocabulary.words("qualifiers", bound="lower"))
TOPIC_REACH = 3  # "о" may stand this many words before the harm it introduces: "о фактах коррупции"
REVERSAL_REACH = 3  # a participle acting on a harm may follow it: "задолженности, погашенной в срок"


def _lemmas_of_kind(kind: str) -> frozenset[str]:
    return frozenset(vocabulary.words("indicator_direction", kind=kind))


def _phrases_of_kind(kind: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in vocabulary.words("indicator_direction", kind=kind))


HEADS, REDUCTION, IMPROVEMENT = _lemmas_of_kind("head"), _lemmas_of_kind("reduction"), _lemmas_of_kind("improvement")
RANK, TIME_COST, EVALUATIVE = _lemmas_of_kind("rank"), _lemmas_of_kind("time_cost"), _lemmas_of_kind("evaluative")
HARM, REVERSAL, DETECTION, GOOD = (_lemmas_of_kind(k) for k in ("harm", "reversal", "detection", "good"))
AMBIGUOUS, NEGATION, GOVERNS_WITH = _lemmas_of_kind("ambiguous"), _lemmas_of_kind("negation"), _lemmas_of_kind("governs_with")
WITH, MANNER = "с", "образ"  # "с нарушением сроков"; "ненадлежащим образом"
ABOUT = frozenset({"о", "об"})  # "обращений о нарушении прав": the harm is what a counted report is about
HIGHER_PHRASES, LOWER_PHRASES = _phrases_of_kind("higher_phrase"), _phrases_of_kind("lower_phrase")
CIRCUMSTANCES = _phrases_of_kind("circumstance")


@functools.lru_cache(maxsize=8192)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form the morphology gives a word form ("взысканной" -> {"взыскать"}), "ё" written "е"."""
    word = word.lower()
    return frozenset(p.normal_form.replace("ё", "е") for p in morph.parse(word)) | {word.replace("ё", "е")}


def name_words(name: str) -> list[frozenset[str]]:
    """The lemma sets of a name's words, in order."""
    return [lemmas(w) for w in WORD_RE.findall(name or "")]


def better_direction(indicator: Indicator, earlier: Iterable[Indicator] = ()) -> Optional[Direction]:
    """"higher" or "lower" where the plan's bound, the name or the earlier reports say which way is better; else None."""
    return (direction_of_plan(indicator.plan_text) or direction_of_name(indicator.name or "")
            or direction_from_history(earlier))


def direction_of_plan(plan_text: Optional[str]) -> Optional[Direction]:
    """A plan written as a bound: "не более 5" (upper: lower is better), "не менее 90" (lower bound: higher)."""
    qualifier = parse_cell_number(plan_text).qualifier
    if qualifier in UPPER_BOUND_QUALIFIERS:
        return "lower"
    if qualifier in LOWER_BOUND_QUALIFIERS:
        return "higher"
    return None


def direction_of_name(name: str) -> Optional[Direction]:
    """What the name measures says which way is better; None where its words say nothing (or both ways)."""
    words = name_words(name)
    if not words:
        return None
    if words[0] & REDUCTION:
        return "lower"  # "Снижение уровня смертности ..."
    start = 1 if words[0] & IMPROVEMENT else 0
    if start < len(words) and words[start] & RANK:
        return "lower"  # "Позиция Республики Казахстан в рейтинге ...", "Улучшение места ..."
    if any(_holds_phrase(words, phrase) for phrase in HIGHER_PHRASES):
        return "higher"
    if any(_holds_phrase(words, phrase) for phrase in LOWER_PHRASES):
        return "lower"
    head = next((w for w in words if not w & HEADS), frozenset())
    if head & TIME_COST:
        return "lower"  # "Средний срок рассмотрения обращений"
    return _direction_of_content(words)


def _direction_of_content(words: list[frozenset[str]]) -> Optional[Direction]:
    """Harms, acts against them, their detection and wanted things among the name's words."""
    reversed_harm = detected_harm = False
    for i, word in enumerate(words):
        negated = _negated(words, i)  # "не удовлетворенных", "недостаточно очищенных": the opposite of the word
        if word & EVALUATIVE and not negated:
            return "higher"  # what follows is what people are satisfied with, trust, are covered by
        if not (word & HARM or negated and word & (EVALUATIVE | GOOD)):
            continue
        if any(_acts_against(words, j) for j in _governing(words, i)):
            reversed_harm = True
        elif any(w & DETECTION for w in words) or _topic(words, i):
            detected_harm = True
        else:
            return "lower"  # "... во вредных и опасных условиях труда", "... уровнем загрязнения"
    if reversed_harm:
        return "higher"  # "Сумма взысканной задолженности", "Доля устраненных уязвимостей"
    if detected_harm or any(w & AMBIGUOUS and not _after_circumstance(words, i) for i, w in enumerate(words)):
        return None  # "Количество выявленных нарушений", "Количество проведенных проверок": agencies aim either way
    return "higher" if any(w & (GOOD | REVERSAL) for i, w in enumerate(words) if not _negated(words, i)) else None


def _negated(words: list[frozenset[str]], i: int) -> bool:
    """The word at i follows "не", "недостаточно", "ненадлежащим образом"... and means its opposite."""
    before = i - 1 if i < 2 or MANNER not in words[i - 1] else i - 2
    return before >= 0 and bool(words[before] & NEGATION)


def _after_circumstance(words: list[frozenset[str]], i: int) -> bool:
    """The word at i follows "по итогам", "в ходе", "при": the occasion of what is counted ("предложений, внесенных
    ... по итогам проверок"), not the thing counted ("Количество проведенных проверок")."""
    return any(i >= len(p) and all(lemma in words[i - len(p) + k] for k, lemma in enumerate(p)) for p in CIRCUMSTANCES)


def _topic(words: list[frozenset[str]], i: int) -> bool:
    """The harm at i is what something counted is about ("обращений потребителей о нарушении их прав"): more of
    them may mean more harm or more people who speak up, as with a harm found ("выявленных нарушений"). The harm
    may stand a word or two after "о" ("о коррупционных правонарушениях", "о фактах коррупции")."""
    return any(w & ABOUT for w in words[max(0, i - TOPIC_REACH):i])


def _acts_against(words: list[frozenset[str]], j: int) -> bool:
    return bool(words[j] & REVERSAL) and not _negated(words, j)


def _governing(words: list[frozenset[str]], i: int) -> range | list[int]:
    """Where an act against the harm at i may stand: anywhere before it, or a few words after ("задолженности,
    погашенной в срок"). A harm after "с" is the manner of what is counted ("возвратов, произведенных с нарушением
    сроков"), acted against only by the word governing "с" ("борьба с коррупцией")."""
    after = range(i + 1, min(len(words), i + 1 + REVERSAL_REACH))
    if i > 0 and WITH in words[i - 1]:
        return [i - 2] + list(after) if i > 1 and words[i - 2] & GOVERNS_WITH else after
    return [*range(i), *after]


def _holds_phrase(words: list[frozenset[str]], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(all(lemma in words[i + k] for k, lemma in enumerate(phrase)) for i in range(len(words) - n + 1))


def direction_from_history(earlier: Iterable[Indicator]) -> Optional[Direction]:
    """The direction the agency's own earlier statuses imply, where they all agree.

    A fact above the plan called "Достигнут" (or below it called "Не достигнут") says higher is better."""
    seen: set[Direction] = set()
    for ind in earlier:
        if ind.plan is None or ind.fact is None or ind.plan == ind.fact or ind.status not in ("achieved", "not_achieved"):
            continue
        above = ind.fact > ind.plan
        seen.add("higher" if above == (ind.status == "achieved") else "lower")
    return seen.pop() if len(seen) == 1 else None
