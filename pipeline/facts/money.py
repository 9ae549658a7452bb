"""Units of money and of legal payments after a figure, from one table (pipeline/vocabulary/money_units.tsv):
"6,3 млн леев" -> MDL, "29,8 фунта стерлингов" -> GBP, "10 показателей для расчетов" -> calculation_indicator.

The table's wordings become the named groups of a regex part that measures.UNIT_RE takes in (the group's name is
the code), the set of codes that are money (MONEY_CODES), the signs written before a number ("$2 млрд", "€ 15 млн")
and the letters a wording may start with (for the quick test of measures._may_start_unit). A second table
(pipeline/vocabulary/currency_countries.tsv) says which currency a word that countries share means in a text on each
of them ("манатов" in a text on Turkmenistan is TMT): the countries a text names (`countries_named`).
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable

import regex

from pipeline import vocabulary

ROWS = vocabulary.entries("money_units")
MONEY_CODES = frozenset(code for _wording, code, kind in ROWS if kind == "currency")
LEGAL_CODES = frozenset(code for _wording, code, kind in ROWS if kind == "legal")
FRACTION_CODES = frozenset(code for _wording, code, kind in ROWS if kind == "fraction")  # "дирам": a currency's 1/100
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
# the wordings of a currency's hundredths ("дирамов", "тиын"), also read after a whole amount ("3 сомони 40 дирамов")
FRACTION_PATTERN = "|".join(wording_pattern(wording) for wording, _code, kind in ROWS if kind == "fraction")
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


# The currency of the country a text names (currency_countries.tsv): a form of the country's name is no country of the
# text after a trading partner's preposition, its nominative not after a destination's either ("экспорт в Беларусь").
COUNTRY_ROWS = vocabulary.entries("currency_countries")
PARTNER_BEFORE = r"(?<!(?<!\w)(?:из|с|со|от|для|до|и)\s+(?:Республики\s+)?)"
DESTINATION_BEFORE = r"(?<!(?<!\w)(?:в|во|на|Республику|Республикой)\s+)"


def _country_pattern(wording: str, kind: str) -> str:
    """The pattern of one wording of currency_countries.tsv, with the lookbehinds its kind asks for."""
    before = {"name": PARTNER_BEFORE, "nominative": PARTNER_BEFORE + DESTINATION_BEFORE}.get(kind, "")
    return r"(?<!\w)" + before + wording_pattern(wording)


# One named group per row ("r0", "r1", ...): the row a match names is its last group
COUNTRY_RE = regex.compile("|".join(f"(?P<r{i}>{_country_pattern(wording, kind)})"
                                    for i, (wording, _code, _shared, kind) in enumerate(COUNTRY_ROWS)), regex.I)
# The currency written with a country ("российских рублей"): its figure keeps the unit it is written in
WITH_COUNTRY_RE = regex.compile("|".join(wording_pattern(wording) for wording, _code, _shared, kind in COUNTRY_ROWS
                                         if kind == "currency"), regex.I)
# The lower-cased start of each wording up to its first stem mark or full stop: every match of COUNTRY_RE holds one
COUNTRY_STARTS = tuple(dict.fromkeys(regex.split(r"[*.]", wording.lower())[0] for wording, *_ in COUNTRY_ROWS))
CURRENCY_STARTS = tuple(dict.fromkeys(regex.split(r"[*.]", wording.lower())[0] for wording, _code, _shared, kind
                                      in COUNTRY_ROWS if kind == "currency"))  # likewise of WITH_COUNTRY_RE


def countries_named(text: str) -> list[tuple[str, str]]:
    """(the shared word's code, the named country's code) for each country the text names, in order: "Министерство
    культуры Туркменистана" -> [("AZN", "TMT")]; a currency written with the country of the shared word's own code
    names none ("3,1 млрд российских рублей" -> [])."""
    out = []
    for m in COUNTRY_RE.finditer(text):
        _wording, code, shared, kind = COUNTRY_ROWS[int((m.lastgroup or "r0")[1:])]
        if not (kind == "currency" and code == shared):
            out.append((shared, code))
    return out


def first_countries(texts: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """For each shared money word, the currency the texts first write with its country (a text read whole:
    "Гродненский облпотребсоюз ... 38,7 млн рублей ... 142 тыс. белорусских рублей" writes its money as Belarusian
    after its first figure, whose roubles are Belarusian as well). A country's name reaches no figure before it: it
    may be a place visited or a partner ("Бюджет составил 8 млн рублей. Делегация посетила Беларусь.").
    `texts`: each text with its lower-cased form where the caller has it (None: lower-cased here, once)."""
    out: dict[str, str] = {}
    for text, low in texts:
        low = text.lower() if low is None else low
        if any(start in low for start in CURRENCY_STARTS):
            for m in WITH_COUNTRY_RE.finditer(text):
                for shared, code in countries_named(m.group()):
                    out.setdefault(shared, code)
    return out
