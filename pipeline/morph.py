"""One morphology service for the whole process: one pymorphy3 analyzer, loaded on first use, its parses cached.

Every module that needs lemmas or grammemes (sections, facts, note checks, the PDF reader's hyphenation,
series linking) asks here, the way yargy hands one `CachedMorphAnalyzer` to every extractor: the
dictionaries (about 20 MB) are loaded once, and a word parsed by one stage is not parsed again by the next.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3.analyzer import Parse

PARSE_CACHE_SIZE = 65536  # distinct word forms kept; a long report has a few thousand


@functools.lru_cache(maxsize=1)
def analyzer():
    """The process's pymorphy3 analyzer."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def parse(word: str) -> tuple[Parse, ...]:
    """Every parse of one word form, best first (pymorphy3's order), as an immutable tuple."""
    return tuple(analyzer().parse(word))


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def is_known(word: str) -> bool:
    """Is the word form in the dictionary (not only guessed)?"""
    return bool(word) and analyzer().word_is_known(word)


def lemma(word: str) -> str:
    """The normal form of the best parse ("индикаторов" -> "индикатор")."""
    parses = parse(word)
    return parses[0].normal_form if parses else word


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def starts_a_word(prefix: str) -> bool:
    """Does some dictionary word form begin with these letters ("администрат" -> административный)?"""
    return bool(prefix) and next(analyzer().dictionary.words.iterkeys(prefix.lower()), None) is not None


ENDING_MAX_LEN = 3  # an inflection's ending ("му", "ами")
_NO_ENDING_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})  # what an ending never reads as: "том у", "так же"


def ending_of_own_word(stem: str, ending: str) -> bool:
    """Is `ending` the inflection of the word `stem` begins, parted from it: a short piece that is no function word,
    stem + ending a known form of a word the stem itself is a form of ("координационно" + "му": "координационному"
    and "координационно" are both forms of "координационный")? "том" + "у", "так" + "же" are not."""
    whole = (stem + ending).lower()
    if len(ending) > ENDING_MAX_LEN or not is_known(whole):
        return False
    parsed = parse(ending.lower())
    if parsed and parsed[0].tag.POS in _NO_ENDING_POS:
        return False
    return bool({p.normal_form for p in parse(stem.lower())} & {p.normal_form for p in parse(whole)})
