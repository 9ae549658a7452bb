"""Capitals where Russian writes none, told by the dictionary and the words around them.

The case by height (reading.py) settles most letters of one shape in both cases ("с"/"С", "з"/"З"), but a
speck on a letter's top, or a line too short to measure, leaves a capital inside a word ("свяЗи", "сВязи")
or a whole word in capitals ("ПОЧТОВОЙ", "CTOPOHbI": the Latin capitals of its shapes) in the middle of a
sentence. Russian writes a capital inside a word only in abbreviations ("КоАП", "СпецЦОНы"), which no
dictionary knows in small letters; and a word of the dictionary in capitals between two words in small
letters is no heading nor abbreviation, so:
  - a word with one capital after a small letter whose letters after the first, made small, give a dictionary
    word (and no abbreviation of it), takes them small;
  - a word's first capital before small letters after a word ending in a small letter or comma, which
    the case by height keeps as read, is small where its height is clearly a small letter's and the word in
    small letters is a dictionary word and no name ("линий Связи");
  - a word of four capitals or more between a word ending in a small letter and one starting with one, whose
    small letters make a dictionary word (and no abbreviation of it), is written small; Latin capitals of
    Russian shapes in it ("CTOPOHbI", "BOJIOKOHHO") are read as the Russian letters first.
"""
from __future__ import annotations

from collections.abc import Callable

import regex

from pipeline import morph
from pipeline.readers.ocr.engine import Letter, Word

CLEARLY_SMALL = 1.12  # a word's first capital no taller than this (x x-height) is a small letter mid-sentence
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})  # capitals by right
MIN_CAPITALS_WORD = 4  # shorter words in capitals may be abbreviations the dictionary knows as words ("ТОО", "СМИ")
# Latin capitals (and pairs of them) of Russian letters' shapes, as the recogniser reads a Russian word in capitals
LATIN_CAPITAL_SHAPES = (("bI", "Ы"), ("bl", "Ы"), ("JI", "Л"), ("A", "А"), ("B", "В"), ("C", "С"), ("E", "Е"),
                        ("H", "Н"), ("K", "К"), ("M", "М"), ("O", "О"), ("P", "Р"), ("T", "Т"), ("X", "Х"),
                        ("Y", "У"), ("b", "Ь"))
_EDGES = regex.compile(r"^(\W*)([\p{L}-]+?)(\W*)$")
_ENDS_SMALL = regex.compile(r"\p{Ll},?$")
_STARTS_SMALL = regex.compile(r"^\p{Ll}")
_SMALL_RUSSIAN = regex.compile(r"[а-яё]")


def small_letters_restored(words: list[Word]) -> None:
    """Capitals inside dictionary words and dictionary words in capitals mid-sentence made small (in place)."""
    for word in words:
        word.text = "".join(x.text for x in word.letters) or word.text  # the case by height changed letters only
    for k, word in enumerate(words):
        before = words[k - 1] if k and _same_run(words[k - 1], word) else None
        after = words[k + 1] if k + 1 < len(words) and _same_run(word, words[k + 1]) else None
        if not _capital_inside(word) and before is not None and after is not None:
            _word_in_capitals(word, before, after)


def small_first_capital(word: Word, before: str, height: Callable[[], float]) -> None:
    """"линий Связи" -> "связи", "меньше, Экономия" -> "экономия": a word's first capital, standing no taller
    than a small letter clearly does (`height()`: x x-height, measured last), after a word ending in a small letter or a
    comma, is a small letter where the word in small letters is a dictionary word and no name.

    The case by height leaves a capital before small letters as the recogniser read it, since on a blurred
    scan a real capital may measure low (reading._small_letters_follow); measured by this stricter bar, and
    only where no sentence can start, its height decides."""
    match = _EDGES.match("".join(x.text for x in word.letters))
    if (not match or match.group(1) or not _ENDS_SMALL.search(before)
            or not regex.fullmatch(r"\p{Lu}\p{Ll}{3,}", match.group(2))):
        return
    small = match.group(2).lower()
    known = [p for p in morph.parse(small) if p.is_known]
    if not known or NAME_TAGS & known[0].tag.grammemes or not 0 < height() <= CLEARLY_SMALL:
        return
    word.letters[0] = word.letters[0]._replace(text=word.letters[0].text.lower())
    word.text = "".join(x.text for x in word.letters)


def _same_run(a: Word, b: Word) -> bool:
    """Are the two words one run of text: one table cell, or one line of the page?"""
    return a.block == b.block and (a.block >= 0 or a.line == b.line)


def _capital_inside(word: Word) -> bool:
    """"свяЗи" -> "связи", "сВязи" -> "связи"; "СпецЦОНы", "КоАП" stay. True when the word was changed."""
    if word.text.islower() or not any(ch.islower() for ch in word.text):
        return False  # the test of most words, before any pattern
    match = _EDGES.match(word.text)
    if not match or not regex.fullmatch(r"\p{Cyrillic}+", match.group(2)):
        return False
    core = match.group(2)
    rest = core[1:]
    if sum(ch.isupper() for ch in rest) != 1 or not any(ch.islower() for ch in core):
        return False  # "КоАП": capitals of an abbreviation
    fixed = core[0] + rest.lower()
    known = [p for p in morph.parse(fixed.lower()) if p.is_known]
    if not known or "Abbr" in known[0].tag:
        return False
    _set_text(word, match.group(1) + fixed + match.group(3))
    return True


def _word_in_capitals(word: Word, before: Word, after: Word) -> None:
    """"отделений ПОЧТОВОЙ связи" -> "почтовой"; "со CTOPOHbI государственных" -> "стороны"."""
    if len(word.text) < MIN_CAPITALS_WORD or _SMALL_RUSSIAN.search(word.text):
        return  # most words, before any pattern
    match = _EDGES.match(word.text)
    if not match or not _ENDS_SMALL.search(before.text) or not _STARTS_SMALL.match(after.text) or match.group(3):
        return
    core = _russian_shapes(match.group(2))
    letters = core.replace("-", "")
    if len(letters) < MIN_CAPITALS_WORD or not regex.fullmatch(r"\p{Cyrillic}+", letters) or not letters.isupper():
        return
    small = core.lower()
    known = [p for p in morph.parse(small) if p.is_known]
    if not known or "Abbr" in known[0].tag:
        return
    _set_text(word, match.group(1) + small)


def _russian_shapes(text: str) -> str:
    """Latin capitals of a word in capitals read as the Russian letters of their shapes ("CTOPOHbI" -> "СТОРОНЫ");
    a word with a Latin letter of no Russian shape is returned as it is."""
    out, k = [], 0
    while k < len(text):
        for latin, russian in LATIN_CAPITAL_SHAPES:
            if text.startswith(latin, k):
                out.append(russian)
                k += len(latin)
                break
        else:
            if regex.match(r"\p{Latin}", text[k]):
                return text
            out.append(text[k])
            k += 1
    return "".join(out)


def _set_text(word: Word, text: str) -> None:
    """The word's text replaced; its letters follow one for one, or are spread over its box when fewer."""
    if len(text) == len(word.letters):
        word.letters = [letter._replace(text=ch) for letter, ch in zip(word.letters, text, strict=True)]
    elif word.letters:
        top = min(x.top for x in word.letters)
        bottom = max(x.bottom for x in word.letters)
        step = (word.x1 - word.x0) / max(1, len(text))
        word.letters = [Letter(ch, word.x0 + k * step, word.x0 + (k + 1) * step, top, bottom)
                        for k, ch in enumerate(text)]
    word.text = text
