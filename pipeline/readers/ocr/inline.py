"""Small words and marks inside a Russian sentence that the recogniser got wrong, settled by the sentence around them.

After the words are read as written (reading.read_as_written), three slips remain that the letters' ink does
not show but the sentence does:
  - a one-letter preposition read as a capital inside a sentence ("не В полном объеме", "сетей В 1 251"): the
    word before ends in a small letter, the word after begins with one or is a number, so no sentence begins
    there and "В" is no abbreviation of its own (those stand before a capital, a conjunction or a mark:
    "категории В и С");
  - a single quote standing alone between two Russian words ("доступности ' сервисов"): Russian text quotes
    with « », and a quote alone opens or closes nothing: it is a speck, dropped;
  - a one-letter word glued to the word or number after it ("иутверждены", "и9 159"): a word no dictionary
    knows that is a one-letter word and a dictionary word (not at a line's start, where it may be the rest of a
    word broken at the line before), or a one-letter word and a number, is the two.
A closing bracket lost at a cell's end ("% (от общего количества слушателей") is not restored here: a cell
broken by the page ends inside its bracket as often ("(внутренних и" / "общих),").
"""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.readers.ocr.engine import Word
from pipeline.readers.ocr.fragments import ONE_LETTER_WORDS, same_line

PREPOSITIONS = frozenset("ВСКУО")  # one-letter prepositions, as capitals
SINGLE_QUOTES = frozenset("‘’'`‚")
MIN_REST = 4  # a word glued after a one-letter word has at least this many letters
_ENDS_SMALL = regex.compile(r"\p{Ll}$")
_STARTS_SMALL_WORD = regex.compile(r"^\p{Ll}{2,}")
_STARTS_NUMBER = regex.compile(r"^\d")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_GLUED_NUMBER = regex.compile(r"^(\p{Ll})(\d[\d,]*)(\W*)$")  # "и9", "в12,5"
_GLUED_WORD = regex.compile(r"^(\p{Ll})(\p{Ll}+)(\W*)$")  # "иутверждены"


def settle_in_sentence(words: list[Word]) -> None:
    """Capital prepositions made small, lone quotes dropped, glued one-letter words cut off (in place)."""
    k = 0
    while k < len(words):
        word = words[k]
        before = words[k - 1] if k and same_line(words[k - 1], word) else None
        after = words[k + 1] if k + 1 < len(words) and same_line(word, words[k + 1]) else None
        if before is not None and after is not None:
            if word.text in SINGLE_QUOTES and _CYRILLIC.search(before.text) and _CYRILLIC.search(after.text):
                del words[k]
                continue
        previous = before or (words[k - 1] if k and _line_before(words[k - 1], word) else None)  # "сетей" / "В 1"
        if (after is not None and previous is not None and word.text in PREPOSITIONS and _ENDS_SMALL.search(previous.text)
                and (_STARTS_SMALL_WORD.match(after.text) or _STARTS_NUMBER.match(after.text))):
            _set_text(word, word.text.lower())
        glued = _glued_one_letter(word.text, at_line_start=before is None)
        if glued is not None:
            words.insert(k + 1, _cut(word, 1, glued))
        k += 1


def _line_before(a: Word, b: Word) -> bool:
    """Does a end the line before b's in one table cell? (In the page's text the line before may be a heading
    with no full stop: "В 2020 году" opens a paragraph there.)"""
    return a.block >= 0 and a.block == b.block and b.line == a.line + 1


def _glued_one_letter(text: str, at_line_start: bool) -> str | None:
    """The rest of the word after a glued one-letter word ("иутверждены" -> "утверждены"), or None. A line's first
    word may be the rest of a word broken at the line before ("квалифицир" / "ованных"): cut only before a number."""
    number = _GLUED_NUMBER.match(text)
    if number and number.group(1) in ONE_LETTER_WORDS:
        return number.group(2) + number.group(3)
    word = _GLUED_WORD.match(text)
    if (word and not at_line_start and word.group(1) in ONE_LETTER_WORDS and len(word.group(2)) >= MIN_REST
            and not morph.is_known(word.group(1) + word.group(2)) and morph.is_known(word.group(2))):
        return word.group(2) + word.group(3)
    return None


def _set_text(word: Word, text: str) -> None:
    word.text = text
    if len(word.letters) == len(text):
        word.letters = [letter._replace(text=ch) for letter, ch in zip(word.letters, text, strict=True)]


def _cut(word: Word, at: int, rest: str) -> Word:
    """The word keeps its first `at` signs; the returned word, a space to its right, holds the rest."""
    if len(word.letters) == len(word.text):
        head, tail = word.letters[:at], word.letters[at:]
        cut_x = round((head[-1].x1 + tail[0].x0) / 2)
    else:
        head, tail = [], []
        cut_x = word.x0 + round((word.x1 - word.x0) * at / len(word.text))
    second = Word(rest, cut_x + 1, word.top, word.x1, word.bottom, word.confidence, word.line, word.baseline,
                  word.size, tail, word.block)
    word.text, word.letters, word.x1 = word.text[:at], head, max(word.x0 + 1, cut_x - 1)
    return second
