"""Pieces of one word that the recogniser read as words of their own, put back together by the dictionary.

Tesseract parts a word where a letter's shape leaves a gap as wide as a space: "чрезвычайног о", "таки е".
Two or three neighbours of one line (of one table cell) are one word when together they make a dictionary
word and they are not all words themselves: a one-letter piece that is no one-letter word ("е"), or a piece
the dictionary does not know ("чрезвычайног"). Words that are words as they stand stay apart, even where
they make a word together ("и так" is no "итак"), and so do pieces with a capital or a digit after the first.

The other way round, a speck of dust in the space between two words is read as a point and the words glued
("из.них", "в.2023"): a point between a word of the dictionary (no abbreviation: "г.Алматы", "ст.41") and a small
word or a number is a space, and so is one between a number and a small dictionary word ("164.объекта"). A
point before a one-letter word ("и.о.") may be an abbreviation's and stays.
A number glued to the preposition before it over a space's gap ("на1", "в1") is cut off (reading.pieces).
"""
from __future__ import annotations

import functools

import regex

from pipeline import morph, vocabulary
from pipeline.readers.ocr.engine import Letter, Word

ONE_LETTER_WORDS = frozenset("авикосуя")  # prepositions and conjunctions of one letter
MAX_PIECES = 3  # a word is joined from at most this many pieces ("Админ" "и" "стративные")
FIRST_PIECE = regex.compile(r"^(\W*)(\p{Cyrillic}+)$")  # the first piece: letters after an opening mark
NEXT_PIECE = regex.compile(r"^(\p{Ll}+)(\W*)$")  # a later piece: small letters before closing marks
LAST_PIECE = regex.compile(r"^(\p{Ll}+(?:-\p{Ll}+)*)(\W*)$")  # the last may go on to a compound's rest ("о-часов")
_MIDDLE = regex.compile(r"^\p{Ll}+$")
_PREPOSITION_THEN_NUMBER = regex.compile(r"^(\p{Ll}{1,3})\d+(?:[.,]\d+)?\W*$")  # "на1", "в1"
_SPECK_POINT = regex.compile(r"^(\W*)(\p{L}+)\.(\p{Ll}{2,}|\d+)(\W*)$")  # "из.них", "в.2023"
_NUMBER_SPECK_POINT = regex.compile(r"^(\W*)(\d+(?:,\d+)?)\.(\p{Ll}{2,})(\W*)$")  # "164.объекта"
# "59'573": the narrow space between a number's digit groups read as a quote (a speck in it, or its edges)
_GROUP_QUOTE = regex.compile(r"^(\W*)(\d{1,3})['’‘`´](\d{3}(?:[,.]\d+)?)(\W*)$")


def joined_text(texts: list[str]) -> str | None:
    """The one word that neighbouring pieces make, or None when they stay apart.

    ["чрезвычайног", "о"] -> "чрезвычайного"; ["таки", "е,"] -> "такие,"; ["человек", "о-часов"] ->
    "человеко-часов"; ["и", "так"] -> None."""
    if len(texts) < 2:
        return None
    first, last = FIRST_PIECE.match(texts[0]), LAST_PIECE.match(texts[-1])
    if not first or not last or not all(_MIDDLE.match(t) for t in texts[1:-1]):
        return None
    head = first.group(2)
    if not head[1:].islower():
        return None
    cores = [head, *texts[1:-1], last.group(1)]
    if not morph.is_known("".join(cores).lower()):
        return None
    if all(_a_word(core) for core in cores) and not (len(cores) == 2 and morph.ending_of_own_word(*cores)):
        return None  # words as they stand, unless the second is the first one's ending ("координационно му")
    return first.group(1) + "".join(cores) + last.group(2)


def _a_word(core: str) -> bool:
    """Is the piece a word of its own: a dictionary word of two letters or more, or a one-letter word?"""
    return core.lower() in ONE_LETTER_WORDS if len(core) == 1 else morph.is_known(core.lower())


def join_fragments(words: list[Word]) -> None:
    """Neighbouring words of one line (and one cell) that are pieces of one word made that word (in place)."""
    k = 0
    while k < len(words):
        for size in range(MAX_PIECES, 1, -1):
            group = words[k:k + size]
            if len(group) < size or not all(same_line(a, b) for a, b in zip(group, group[1:], strict=False)):
                continue
            text = joined_text([w.text for w in group])
            if text is not None:
                merge_words(group, text)
                del words[k + 1:k + size]
                break
        k += 1


def same_line(a: Word, b: Word) -> bool:
    return a.line == b.line and a.block == b.block and b.x0 >= a.x0


def merge_words(group: list[Word], text: str) -> None:
    """The first word takes the others' letters and box, its text the joined word's."""
    first = group[0]
    for other in group[1:]:
        first.letters += other.letters
        first.x1 = max(first.x1, other.x1)
        first.top, first.bottom = min(first.top, other.top), max(first.bottom, other.bottom)
        first.confidence = min(first.confidence, other.confidence)
    first.text = text


def split_at_speck(text: str) -> int | None:
    """Where a point read from a speck in the space glues two words ("из.них" -> 2), or None.

    "отказов.по" -> 7; "в.2023" -> 1; "г.Алматы", "ст.41", "и.о.", "т.д." -> None. A quote between a number's
    digit groups is their space read so: "59'573" -> 2."""
    group = _GROUP_QUOTE.match(text)
    if group:
        return len(group.group(1)) + len(group.group(2))
    number = _NUMBER_SPECK_POINT.match(text)
    if number:  # no number ends in a point glued to a small word: "164.объекта" is "164 объекта"
        return len(number.group(1)) + len(number.group(2)) if morph.is_known(number.group(3)) else None
    match = _SPECK_POINT.match(text)
    if not match:
        return None
    left = match.group(2)
    if left.lower() in _abbreviations() or not _a_word(left):
        return None
    right = match.group(3)
    if not right.isdigit() and not morph.is_known(right):
        return None
    return len(match.group(1)) + len(left)


def split_at_specks(words: list[Word]) -> None:
    """Words glued over a speck read as a point cut in two there, the point dropped (in place)."""
    k = 0
    while k < len(words):
        word = words[k]
        point = split_at_speck(word.text)
        if point is not None and len(word.letters) == len(word.text):
            words.insert(k + 1, _cut_off(word, point))
        k += 1


def _cut_off(word: Word, point: int) -> Word:
    """The word keeps the letters before the point; the returned word, with those after it, follows it."""
    before, after = word.letters[:point], word.letters[point + 1:]
    second = Word("".join(x.text for x in after), round(after[0].x0), word.top, word.x1, word.bottom, word.confidence,
                  word.line, word.baseline, word.size, after, word.block)
    word.letters = before
    word.text = "".join(x.text for x in before)
    word.x1 = round(max(x.x1 for x in before))
    return second


@functools.cache
def _abbreviations() -> frozenset[str]:
    return frozenset(vocabulary.words("abbreviations"))


def number_after_preposition(letters: list[Letter], space: float) -> set[int]:
    """A cut before a number glued to the preposition before it over a gap of at least `space` ("на1" read from
    "на 1", "в1"): reading.pieces cuts by the gaps between letters only (a narrow "1" leaves a wide gap inside a
    word), and a two-letter word has no usual gap to compare with."""
    match = _PREPOSITION_THEN_NUMBER.match("".join(letter.text for letter in letters))
    if not match or not (match.group(1) in ONE_LETTER_WORDS or any(p.tag.POS == "PREP" for p in morph.parse(match.group(1)))):
        return set()
    k = len(match.group(1))
    return {k} if letters[k].x0 - letters[k - 1].x1 >= space else set()
