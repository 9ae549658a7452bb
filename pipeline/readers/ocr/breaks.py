"""Words a narrow table cell broke over two lines, put back together by the dictionary and the letters' shapes.

A word too long for its cell is broken mid-word with no hyphen ("вспомогател" / "ьными"), and a typewriter face
(Courier) breaks many. The piece on the next line has no beginning of a word to guide the recogniser, and
its letters come back in the Latin or digit shapes they share with Cyrillic ones ("ьными" read "bHbIMU",
"ю" read "10" or "lo", "нных" read "HHbIX"); or the space after the word's end is lost ("обеспечени" /
"е лиц" read "елиц"). The PDF reader joins a broken word only where the halves make a word, so:
  - where a line of a cell ends in a word the dictionary does not know, the next line's first word, read in
    Cyrillic by its letters' shapes where it is in other letters, is the word's rest when the two make a
    dictionary word ("вспомогател" + "bHbIMU" -> "ьными"),
  - or, when they do not, its first letters are the rest and the others a word of their own
    ("обеспечени" + "елиц" -> "е", "лиц"; "травматизм" + "ана" -> "а", "на").
A word the dictionary knows before the break is no broken word (it is left alone), unless the next line's first
word is in no Russian letters at all ("предприятия" / "xc" -> "х", "с"): then it is made of the shapes.
"""
from __future__ import annotations

import functools
import statistics

import regex

from pipeline import morph
from pipeline.readers.ocr.engine import Word
from pipeline.readers.ocr.fragments import ONE_LETTER_WORDS  # a one-letter word may stand after the rest ("е" / "с")
from pipeline.readers.ocr.scripts import LATIN_TO_CYRILLIC
from pipeline.readers.ocr.shaped import readings_by_shape
from pipeline.readers.ocr.wording import retext

DASHES = "-–—"
SPACED_DASH_GAP = 0.2  # a dash this far (x line height) from the letters on both sides stands between two words
X_HEIGHT_LETTERS = frozenset("авгежзийклмнопстхчшъыьэюя")  # small letters with no ascender nor descender
MIN_X_LETTERS = 3  # small letters needed to measure the x-height
CAP_PER_X_HEIGHT = 1.22  # a sign up to this many x-heights above the baseline is a small letter (digits: 1.35-1.5)
MAX_READINGS = 16  # readings of one word by shape tried at most (a pair may stand for one letter or two)
MIN_HEAD = 3  # the word before the break has at least this many letters
LINKING_VOWELS = "ое"  # a compound's first part ends in one ("человеко-часов", "водо-")
_HEAD = regex.compile(r"^(\W*)(\p{Cyrillic}+)$")  # the word before the break: letters after an opening mark
_REST = regex.compile(r"^([\p{L}\p{N}]+)(\W*)$")  # the word after it: letters or digits before closing marks
_CYRILLIC = regex.compile(r"^\p{Cyrillic}+$")


def rejoin_broken_words(words: list[Word]) -> None:
    """The first word of each table cell's line made the rest of a word broken at the line before (in place;
    a word that holds the rest and a word of its own is cut in two)."""
    breaks = line_breaks(words)
    begun = {id(start): end for end, start in breaks}  # a line's first word -> the last word of the line before
    for end, start in breaks:
        if end.block < 0:  # a table cell's lines only
            continue
        start = _apart_at_spaced_dash(start, words)
        small = len(start.text) == 1 and start.text.isupper() and _stands_low(start, end)
        parts = _rest_of(end.text, start.text, small)
        if parts is None and _alone_on_line(end, words) and id(end) in begun:
            parts = _rest_of(begun[id(end)].text + end.text, start.text, small)  # "Информ" / "ационна" / "A"
        if parts is None or (any(ch.isdigit() for ch in start.text) and not _stands_low(start, end)):
            continue
        rest, after = parts
        if after is None:
            retext(start, rest, spread=True)
            continue
        second = _split_off(start, rest, after)
        words.insert(next(k for k, w in enumerate(words) if w is start) + 1, second)


def _apart_at_spaced_dash(word: Word, words: list[Word]) -> Word:
    """A word read over a dash standing a space apart from the letters on both sides ("T-B" read from "т – В",
    the rest of "достигну" / "т" and the next sentence's start) is cut into its words there (in place): the letter
    before the dash is then the rest of the broken word alone. Returns the (new) first word."""
    letters = word.letters
    cut = next((k for k in range(1, len(letters) - 1) if letters[k].text in DASHES
                and min(letters[k].x0 - letters[k - 1].x1, letters[k + 1].x0 - letters[k].x1)
                >= SPACED_DASH_GAP * word.size), None)
    if cut is None:
        return word
    at = next(k for k, w in enumerate(words) if w is word)
    parts = [letters[:cut], letters[cut:cut + 1], letters[cut + 1:]]
    words[at:at + 1] = [Word("".join(x.text for x in part), round(part[0].x0), word.top, round(max(x.x1 for x in part)),
                             word.bottom, word.confidence, word.line, word.baseline, word.size, part, word.block)
                        for part in parts]
    for part in words[at + 2:at + 3]:  # Latin lookalikes a word of their own now ("B" -> "В")
        cyrillic = "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in part.text)
        if cyrillic != part.text and _CYRILLIC.match(cyrillic) and morph.is_known(cyrillic.lower()):
            retext(part, cyrillic)
    return words[at]


def line_breaks(words: list[Word]) -> list[tuple[Word, Word]]:
    """(last word of a line, first word of the next line of the same block) for every line break."""
    first: dict[int, Word] = {}
    last: dict[int, Word] = {}
    for word in words:
        first.setdefault(word.line, word)
        last[word.line] = word
    return [(last[n], first[n + 1]) for n in last if n + 1 in first and first[n + 1].block == last[n].block]


def _alone_on_line(word: Word, words: list[Word]) -> bool:
    """Is the word the only one of its line (the middle piece of a word broken twice)?"""
    return sum(1 for w in words if w.line == word.line) == 1


def _stands_low(word: Word, before: Word) -> bool:
    """Do the word's signs rise no higher above the baseline than the small letters of the word before it? A
    digit stands as tall as a capital ("деятельность" / "10 организаций"), a "ю" read "10" at the x-height."""
    small = [before.baseline - x.top for x in before.letters if x.text in X_HEIGHT_LETTERS]
    if len(small) < MIN_X_LETTERS:
        return False
    return max(word.baseline - x.top for x in word.letters) <= CAP_PER_X_HEIGHT * statistics.median(small)


def _rest_of(head_text: str, start_text: str, small: bool = False) -> tuple[str, str | None] | None:
    """(the rest of the broken word, the word after it or None) that the line's first word stands for, or None.
    small: the first word is one capital standing no taller than small letters, read by its shape.

    "вспомогател", "bHbIMU" -> ("ьными", None); "обеспечени", "елиц" -> ("е", "лиц")."""
    head_match, rest_match = _HEAD.match(head_text), _REST.match(start_text)
    if not head_match or not rest_match or len(head_match.group(2)) < MIN_HEAD:
        return None
    head, read, closing = head_match.group(2).lower(), rest_match.group(1), rest_match.group(2)
    cyrillic = bool(_CYRILLIC.match(read)) and not small
    if not head_match.group(2)[1:].islower() or (cyrillic and not read.islower()):
        return None
    if morph.is_known(head) and cyrillic and morph.is_known(read):
        return None  # a word before the break and a word after it, as read
    if cyrillic and morph.is_known(head + read):
        return None  # already the rest of the word: the PDF reader joins it
    readings = ([read] if cyrillic else []) + [r for r in _by_shape(read) if r != read]
    for reading in readings:
        if (morph.is_known(head + reading) or _compound_part(head + reading, closing)) and (
                not cyrillic or not morph.is_known(reading)):
            return reading + closing, None
    if closing.startswith(tuple(DASHES)):
        return None  # a compound's first part goes on after its hyphen: no one-letter word carries one ("о-")
    for reading in readings:
        for cut in range(1, len(reading)):
            rest, after = reading[:cut], reading[cut:]
            if morph.is_known(head + rest) and (after in ONE_LETTER_WORDS or (len(after) > 1 and morph.is_known(after))):
                return rest, after + closing
    return None


def _compound_part(text: str, closing: str) -> bool:
    """Is the text, before a hyphen, a compound's first part: a dictionary word and its linking vowel
    ("человек" + "о" in "человеко-часов")?"""
    return closing.startswith(tuple(DASHES)) and text.endswith(tuple(LINKING_VOWELS)) and morph.is_known(text[:-1])


@functools.lru_cache(maxsize=4096)
def _by_shape(text: str) -> tuple[str, ...]:
    """The readings of the signs by their letters' shapes (shaped.readings_by_shape), at most MAX_READINGS."""
    return tuple(readings_by_shape(text, limit=MAX_READINGS))


def _split_off(word: Word, rest: str, after: str) -> Word:
    """The word cut at its letters' share of its box: it keeps the rest of the broken word, and the returned
    word, a space to its right, holds `after`."""
    cut = word.x0 + (word.x1 - word.x0) * len(rest) / (len(rest) + len(after))
    second = Word(after, round(cut) + 1, word.top, word.x1, word.bottom, word.confidence, word.line, word.baseline,
                  word.size, [], word.block)
    word.x1 = max(word.x0 + 1, round(cut) - 1)
    retext(word, rest, spread=True)
    retext(second, after, spread=True)
    return second
