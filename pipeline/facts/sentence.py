"""One sentence as every step of the fact extractor reads it, with what they share computed once.

`Sentence("Выявлено более 66 тыс. нарушений.")` holds the text, the text lower-cased for the literal prefilters,
its number tokens ("66") and the words read after a position ("нарушений", with its lemmas and cases), so a word
that the measure of one figure and the context of the next both look at is read and analysed once.

The literal prefilters: most scans find nothing in most sentences, and an unanchored `regex` scan is costly (a
large alternation or a lookbehind is tried at every position). A scan is skipped when a word it needs is absent
from the lower-cased sentence (`Sentence.absent`) or when the next character cannot start a match
(`Sentence.first_after`): every match of the pattern contains, lower-cased, one of the listed literals, so a
prefilter never drops a match. `Sentence.prefilters = False` runs every scan in full; a test checks that the
outputs are the same.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

import regex

from pipeline.facts.words import WordInfo, word_info
from pipeline.numbers import GROUP_SPACE

# "25320, 0 руб.", "95 , 8 %": tokenised prose writes spaces around a decimal comma; one digit after it, then a unit
TOKENISED_DECIMAL = r"(?:\s?,\s\d(?=\s*(?:%|руб|тенге|процент|тыс|млн|млрд)))"
NUMBER_TOKEN_RE = regex.compile(
    rf"(?<![\w.,/])(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+|\d+)(?:(?:[.,]\d+)+|{TOKENISED_DECIMAL})?(?![\d])"
)
WORD_RE = regex.compile(r"\s*(?P<word>[а-яёa-z]+(?:-[а-яёa-z]+)*)", regex.IGNORECASE)
# The standard `re` engine matches WORD_RE at a position ~3x faster, and reads its classes as `regex` does on every
# character but "ı" (U+0131, which it folds into "i") and U+001C-U+001F (whitespace to it): sentences without these
# are read with it (a test compares the two engines over every code point).
WORD_PLAIN_RE = re.compile(WORD_RE.pattern, re.IGNORECASE)
NOT_PLAIN_RE = re.compile("[\x1c-\x1f\u0131]")
WORD_ONLY_RE = regex.compile(r"(?<![а-яёa-z-])[а-яёa-z]+(?:-[а-яёa-z]+)*", regex.IGNORECASE)
# Lower-casing stands for IGNORECASE only when each character an IGNORECASE pattern matches to a Latin or Russian
# letter lower-cases to that letter and keeps the length; over all code points the exceptions are "İ", "ſ" and the
# Cyrillic letter variants U+1C80-U+1C88. A sentence holding one of them is scanned without prefilters.
UNFOLDED_RE = re.compile("[\u0130\u017f\u1c80-\u1c88]")
FIRST_CHAR_WINDOW = 8  # spaces looked past for the first character after a position


FEW_LITERALS = 15  # up to this many strings, `in` for each is faster than a scan of their trie (measured: 2-15 words)


class Literals:
    """A search for any of some exact (lower-case) strings: `search` gives the leftmost match (the standard `re`:
    plain strings, no flags), `occurs` only whether one is there."""

    __slots__ = ("words", "regex", "search", "few")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = tuple(sorted(words, key=len, reverse=True))
        self.regex = re.compile(_trie_pattern(self.words))
        self.search = self.regex.search  # the leftmost match in text[pos:endpos], as `re.Pattern.search`
        self.few = len(self.words) <= FEW_LITERALS

    def occurs(self, text: str, start: int = 0, end: Optional[int] = None) -> bool:
        """Whether one of the strings lies whole in text[start:end] (an alternation's scan tries each of its first
        characters at every position; for a few strings `in` over the slice is cheaper, and cheaper than `str.find`
        with bounds, whose arguments are parsed at each call)."""
        if not self.few:
            return self.regex.search(text, start, len(text) if end is None else end) is not None
        if start or end is not None:
            text = text[start:end]
        for word in self.words:
            if word in text:
                return True
        return False


def _trie_pattern(words: tuple[str, ...]) -> str:
    """The alternation of the words as a trie ("квартал(?:ьн)?|ме(?:сяц|жду)"): `re` tries each word's first letters
    at every position of an alternation, once per shared prefix in a trie. At a position the words that match are
    prefixes of one another, and a trie tries the longer first, so the leftmost match is the longest word's there,
    as in the alternation sorted longest first."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    """The pattern of a trie node: its branches, longest first, optional where a word ends at the node."""
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if "" in node else ")")


def literals(*words: str) -> Literals:
    """A search for any of these exact (lower-case) strings."""
    return Literals(words)


def lowered(text: str) -> Optional[str]:
    """The lower-cased text for the literal prefilters, or None when lower-casing cannot stand for IGNORECASE."""
    return None if UNFOLDED_RE.search(text) else text.lower()


class Word(NamedTuple):
    """A word of the sentence as written, where it ends, and what morphology says of it."""

    text: str
    end: int
    info: WordInfo


class Sentence:
    """One sentence: its text, its lower-cased text (None: unknown), its number tokens and its words."""

    __slots__ = ("text", "low", "_numbers", "_words", "_word_re")
    prefilters = True  # False: no scan is skipped (to check that skipping changes nothing)

    def __init__(self, text: str, low: Optional[str]) -> None:
        """low: the text lower-cased as `lowered` gives it (a slice of its paragraph's lower-cased text)."""
        self.text = text
        self.low = low if self.prefilters else None
        self._numbers: Optional[list[regex.Match]] = None
        self._words: dict[int, Optional[Word]] = {}
        self._word_re: Optional[re.Pattern | regex.Pattern] = None

    @classmethod
    def of(cls, text: str) -> Sentence:
        """The sentence of a text, lower-cased here."""
        return cls(text, lowered(text))

    @property
    def numbers(self) -> list[regex.Match]:
        """The number tokens, grouped digits kept together ("20 979", "46,2", "2019"), read once."""
        if self._numbers is None:
            self._numbers = list(NUMBER_TOKEN_RE.finditer(self.text))
        return self._numbers

    def word_at(self, pos: int) -> Optional[Word]:
        """The word after the spaces at pos (None at a non-word or past a blank line), read once."""
        if pos in self._words:
            return self._words[pos]
        pattern = self._word_re
        if pattern is None:
            pattern = self._word_re = WORD_RE if NOT_PLAIN_RE.search(self.text) else WORD_PLAIN_RE
        m = pattern.match(self.text, pos)
        word: Optional[Word] = None
        if m and "\n\n" not in m.group():
            written = m.group("word")
            word = Word(written, m.end(), word_info(written.lower()))
        self._words[pos] = word
        return word

    def words_from(self, pos: int, n: int) -> list[Word]:
        """Up to n words in a row from pos, stopping at a non-word."""
        words: list[Word] = []
        while len(words) < n:
            word = self.word_at(pos)
            if word is None:
                break
            words.append(word)
            pos = word.end
        return words

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words written between start and end, in order (each read once)."""
        found = (self.word_at(m.start()) for m in WORD_ONLY_RE.finditer(self.text, start, end))
        return [w for w in found if w is not None and w.end <= end]

    def absent(self, words: Literals | regex.Pattern, start: int = 0, end: Optional[int] = None) -> bool:
        """Whether the text surely holds none of the words (a `literals` search, or a pattern every match of which the
        lower-cased text holds) between start and end."""
        low = self.low
        if low is None:
            return False
        if isinstance(words, Literals) and words.few:  # Literals.occurs written out: the call cost as much as the look
            if start or end is not None:
                low = low[start:end]
            for word in words.words:
                if word in low:
                    return False
            return True
        return not words.search(low, start, len(low) if end is None else end)

    def first_after(self, pos: int) -> Optional[str]:
        """The lower-cased first character at or after pos past plain spaces ("" at the end), or None when that is
        unknown (no lower-cased text, or another kind of whitespace first)."""
        low = self.low
        if low is None:
            return None
        head = low[pos:pos + FIRST_CHAR_WINDOW].lstrip(" ")
        if not head:
            return "" if pos + FIRST_CHAR_WINDOW >= len(low) else None
        return None if head[0].isspace() else head[0]
