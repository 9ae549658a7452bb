"""Units of money and of legal payments after a figure, from one table (pipeline/vocabulary/money_units.tsv):
"6,3 млн леев" -> MDL, "29,8 фунта стерлингов" -> GBP, "10 показателей для расчетов" -> calculation_indicator.

The table's wordings become the named groups of a regex part that measures.UNIT_RE takes in (the group's name is
the code), the set of codes that are money (MONEY_CODES), the signs written before a number ("$2 млрд", "€ 15 млн")
and the letters a wording may start with (for the quick test of measures._may_start_unit).
"""
from __future__ import annotations

import itertools
from collections import defaultdict

import regex

from pipeline import vocabulary

ROWS = vocabulary.entries("money_units")
MONEY_CODES = frozenset(code for _wording, code, kind in ROWS if kind == "currency")
LEGAL_CODES = frozenset(code for _wording, code, kind in ROWS if kind == "legal")
LATIN_CODE_RE = regex.compile(r"[A-Z]{3}")


def _word_pattern(word: str) -> str:
    """The pattern of one word of a wording: a stem ("доллар*"), an abbreviation ("долл."), a whole form or a sign."""
    if word.endswith("*"):
        return regex.escape(word[:-1]) + r"\w*"
    if word.endswith("."):
        return regex.escape(word[:-1]) + r"(?:\.|(?!\w))"
    if LATIN_CODE_RE.fullmatch(word):
        return rf"(?-i:{word})(?!\w)"
    return regex.escape(word) + (r"(?!\w)" if word[-1].isalnum() else "")


def wording_pattern(wording: str) -> str:
    """The pattern of a wording: its words, any spaces between them (none needed after an abbreviation's stop)."""
    words = wording.split()
    out = _word_pattern(words[0])
    for before, word in itertools.pairwise(words):
        out += (r"\s*" if before.endswith(".") else r"\s+") + _word_pattern(word)
    return out


def _groups() -> str:
    """The alternation of one named group per code, in the table's order, each code's wordings longest first."""
    by_code: dict[str, list[str]] = defaultdict(list)
    for wording, code, _kind in ROWS:
        by_code[code].append(wording)
    parts = []
    for code, wordings in by_code.items():
        ordered = sorted(wordings, key=lambda w: (-len(w), w))
        parts.append(f"(?P<{code}>" + "|".join(wording_pattern(w) for w in ordered) + ")")
    return "|".join(parts)


MONEY_UNIT_GROUPS = _groups()
# "$2 млрд 484,5 млн", "€ 15 млн", "£3,1 млн": the signs of the table, written before the number
SIGNS = {wording: code for wording, code, _kind in ROWS if not any(c.isalnum() for c in wording)}
SIGN_BEFORE_RE = regex.compile("(?:" + "|".join(f"(?P<{code}>{regex.escape(sign)})" for sign, code in SIGNS.items())
                               + r")\s?\Z")


def first_letters() -> dict[str, set[str]]:
    """The first character (lower-cased) of each wording, with the characters that may follow it ("" for a wording of
    one character)."""
    out: dict[str, set[str]] = defaultdict(set)
    for wording, _code, _kind in ROWS:
        low = wording.lower()
        out[low[0]].add(low[1:2])
    return out
