"""Normalized names: what stays of an indicator's or agency's name when its wording changes, not its meaning.

"Доля госслужащих ЦГО, прошедших переподготовку, %" -> lemmas ("доля", "государственный", "служащий", "цго",
"пройти", "переподготовка"), the acronym "цго" kept for matching against another name's initials, the unit
"%" apart, numbers apart ("(на 1 000 работающих)" -> 1000.0). Lemmas come from the one morphology service,
stop words, shortenings, measure heads and unit wordings from the vocabulary.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional

import regex

from pipeline import morph, vocabulary
from pipeline.numbers import GROUP_SPACE, MAGNITUDES, to_float

QUOTES_RE = regex.compile(r"[«»\"“”„'‘’]")
TOKEN_RE = regex.compile(
    rf"(?P<number>(?<![\w-])\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+(?:[.,]\d+)?|(?<![\w-])\d+(?:[.,]\d+)?)"
    rf"(?:\s*(?P<magnitude>{vocabulary.alternation(MAGNITUDES)})(?!\w)\.?)?"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*(?:-\d+)?)"
)
# What may be a unit written at the end of a name: "..., %", "... (%)", "..., в %", "..., тыс. тонн", "(лет)";
# the words must be units of the vocabulary (units.tsv) for it to be taken as one.
TRAILING_UNIT_RE = regex.compile(
    r"(?:,\s*|\s*\(\s*)(?:в\s+)?(?P<unit>%|(?:(?:тыс|млн|млрд)\.?\s*)?[^\W\d_]+\.?(?:\s*/\s*[^\W\d_]+\.?)?)"
    r"\s*\)?\s*\.?\s*$",
    regex.IGNORECASE,
)
ACRONYM_RE = regex.compile(r"^[A-ZА-ЯЁ]{2,6}$")
YEAR_RANGE = (1990, 2050)
YEAR_WORDS = frozenset({"год", "г", "гг"})  # "в 2020 году": a date, not what is measured
MIN_PREFIX_REST = 4  # "госуслуг": the rest after a prefix shortening must be a dictionary word this long
STEM_LENGTH = 6  # the fuzzy matcher compares lemmas by their first letters: "удовлетворить" ~ "удовлетворенность"


@functools.cache
def _stop_words(where: str) -> frozenset[str]:
    return frozenset(vocabulary.words("series_stopwords", where=where))


@functools.cache
def _shortenings(kind: str) -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in vocabulary.entries("series_abbreviations") if row[2] == kind}


@functools.cache
def measure_heads() -> dict[tuple[str, ...], str]:
    """The lemmas of a measure head -> its class ("число" -> "count", "удельный вес" -> "relative")."""
    return {tuple(row[0].split()): row[2] for row in vocabulary.entries("measure_heads")}


@functools.cache
def unit_words() -> dict[str, str]:
    """A unit word's lemma -> its code: the fact extractor's unit nouns (counted_nouns.tsv: "гектар" -> "hectare",
    "человек" -> "person", "место" -> "rank"), then what only an indicator's unit cell writes (units.tsv)."""
    codes = {}
    for row in vocabulary.entries("counted_nouns"):
        if row[1] in ("unit", "person", "rank"):
            codes[row[0]] = row[2] if row[1] == "unit" else row[1]
    codes.update({row[0]: row[1] for row in vocabulary.entries("units")})
    return codes


@dataclass(frozen=True)
class Name:
    """A normalized name: content lemmas in order (a measure head replaced by its class: "доля", "уровень" ->
    "relative"), which of them are acronyms, numbers and unit apart."""

    lemmas: tuple[str, ...]
    acronyms: frozenset[str]
    numbers: frozenset[float]
    unit: Optional[str]
    head: Optional[str] = None  # the class of the measure head the name starts with, if it starts with one

    @functools.cached_property
    def text(self) -> str:
        """The lemmas joined by spaces."""
        return " ".join(self.lemmas)

    @functools.cached_property
    def fuzzy(self) -> str:
        """What the fuzzy matcher compares: each lemma cut to its first STEM_LENGTH letters (acronyms whole)."""
        return " ".join(lemma if lemma in self.acronyms else lemma[:STEM_LENGTH] for lemma in self.lemmas)

    @functools.cached_property
    def key(self) -> str:
        """Lemmas and numbers: equal keys are the same name written differently (the `exact` rule)."""
        numbers = " ".join(f"{n:g}" for n in sorted(self.numbers))
        return f"{self.text} #{numbers}" if numbers else self.text

    @functools.cached_property
    def initials(self) -> str:
        """The first letters of the lemmas (of each part of a hyphenated one): where an acronym may be spelled."""
        return "".join(part[:1] for lemma in self.lemmas for part in lemma.split("-"))

    def may_spell(self, other: Name) -> bool:
        """Could one of this name's acronyms stand for words of the other name?"""
        return any(acronym in other.initials for acronym in self.acronyms)


def _with_head(lemmas: list[str]) -> tuple[list[str], Optional[str]]:
    """The lemmas with a leading measure head replaced by its class, and the class."""
    for size in (2, 1):
        head = measure_heads().get(tuple(lemmas[:size]))
        if head is not None and len(lemmas) > size:
            return [head] + lemmas[size:], head
    return lemmas, None


def word_lemmas(word: str, all_caps: bool) -> tuple[str, ...]:
    """One token's lemmas: an acronym as written (lower case), a glued shortening split ("госслужащих")."""
    low = word.lower().replace("ё", "е")
    if not all_caps and ACRONYM_RE.match(word) and not morph.is_known(low):
        return (low,)
    if low in _shortenings("word"):
        return _shortenings("word")[low]
    for prefix, expansion in _shortenings("prefix").items():
        rest = low[len(prefix):]
        if low.startswith(prefix) and len(rest) >= MIN_PREFIX_REST and morph.is_known(rest):
            return expansion + (_lemma(rest),)
    return (_lemma(low),)


@functools.lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    return morph.lemma(word).replace("ё", "е")


@functools.lru_cache(maxsize=65536)
def normalize(name: str, stop: str = "all") -> Name:
    """The normalized form of an indicator name (stop="all") or an agency name (stop="agency")."""
    text = QUOTES_RE.sub(" ", " ".join((name or "").split()))
    unit = None
    trailing = TRAILING_UNIT_RE.search(text)
    if trailing and trailing.start() > 0 and is_unit(trailing.group("unit")):
        unit, text = trailing.group("unit"), text[: trailing.start()]
    stops = _stop_words("all") | (_stop_words("agency") if stop == "agency" else frozenset())
    all_caps = text.isupper()
    lemmas, acronyms, numbers = [], set(), set()
    after_year = False
    for m in TOKEN_RE.finditer(text):
        if m.group("number"):
            value = to_float(m.group("number")) * MAGNITUDES.get(m.group("magnitude") or "", 1)
            after_year = m.group("magnitude") is None and value.is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]
            if not after_year:
                numbers.add(value)
            continue
        word = m.group("word")
        if word.lower() in stops or (after_year and _lemma(word.lower()) in YEAR_WORDS):
            after_year = False
            continue
        after_year = False
        for lemma in word_lemmas(word, all_caps):
            if lemma not in stops:
                lemmas.append(lemma)
                if not all_caps and ACRONYM_RE.match(word):
                    acronyms.add(lemma)
    if stop == "agency":
        return Name(tuple(lemmas), frozenset(acronyms), frozenset(numbers), unit)
    headed, head = _with_head(lemmas)
    return Name(tuple(headed), frozenset(acronyms), frozenset(numbers), unit, head)


@functools.lru_cache(maxsize=65536)
def expand_acronyms(name: Name, other: Name) -> Name:
    """The name with each acronym replaced by the words of `other` whose initials spell it ("асп" ->
    "адресный социальный помощь" when the other name has those words in a row)."""
    if not name.acronyms:
        return name
    lemmas: list[str] = []
    for lemma in name.lemmas:
        words = _spelled_by(lemma, other.lemmas) if lemma in name.acronyms else None
        lemmas.extend(words or (lemma,))
    return Name(tuple(lemmas), frozenset(), name.numbers, name.unit, name.head)


def _spelled_by(acronym: str, lemmas: tuple[str, ...]) -> Optional[tuple[str, ...]]:
    """The first run of lemmas whose initials are the acronym's letters (a hyphenated word gives one initial a
    part: "первичный медико-санитарный помощь" spells "пмсп")."""
    for start in range(len(lemmas)):
        initials = ""
        for end in range(start, len(lemmas)):
            initials += "".join(part[:1] for part in lemmas[end].split("-"))
            if initials == acronym:
                return lemmas[start : end + 1]
            if not acronym.startswith(initials):
                break
    return None


# --------------------------------------------------------------------------- units


def is_unit(text: str) -> bool:
    """Is every word of the text (magnitudes aside) a unit of the vocabulary ("тыс. тонн", "%", "лет")?"""
    words = [t for t in UNIT_TOKEN_RE.findall(text.lower()) if t not in MAGNITUDES]
    return bool(words) and all(w == "%" or w in unit_words() or _lemma(w) in unit_words() for w in words)

UNIT_TOKEN_RE = regex.compile(r"%|[^\W\d_]+", regex.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def unit_key(unit: Optional[str]) -> Optional[tuple[float, str]]:
    """(magnitude, unit code) of an indicator's unit cell: "млн. тенге" -> (1e6, "KZT"), "%\\n(от общего количества
    слушателей)" -> (1, "percent"), "дней" -> (1, "day"), "случаев" -> (1, "case"); None for an empty cell."""
    if not unit:
        return None
    first = regex.sub(r"\([^)]*\)", " ", unit.split("\n")[0]).strip()
    magnitude, words = 1.0, []
    for token in UNIT_TOKEN_RE.findall(first.lower()):
        if token in MAGNITUDES:
            magnitude *= MAGNITUDES[token]
        elif token != "в":
            lemma = token if token == "%" else _lemma(token)
            words.append(unit_words().get(lemma, unit_words().get(token, lemma)))
    return (magnitude, " ".join(words)) if words else None
