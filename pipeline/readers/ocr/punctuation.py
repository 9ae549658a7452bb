"""Punctuation between words set right by the words around it: a sentence's full stop read as a comma, a full
stop or a dash read where none can stand.

A point and a comma differ only by the comma's small tail, which a speck or JPEG blur adds ("тенге." read
"тенге,"). Russian writes a comma before a capital only where a name follows; a preposition, conjunction or
particle with a capital ("В целях", "Кроме того") after a comma starts a sentence, so the comma is its full
stop, where the recogniser weighed a point for it.

A speck of dust beside a word's last letter is read as a point ("создано. рабочих", "на. воде") or between two
words as a dash ("Низкий - объем"), and the ink test of marks.py keeps it: the speck is ink. Grammar tells
these from real marks: a sentence ends before a small letter only at an abbreviation's point ("тыс. тенге",
"т.д."), never after a preposition or conjunction; and a dash stands neither after a preposition ("к -
персональным") nor between an adjective and the noun it agrees with ("цифровой – грамотности").
"""
from __future__ import annotations

import functools

import regex

from pipeline import morph, vocabulary
from pipeline.readers.ocr.engine import Word

POINT = "."
SENTENCE_OPENERS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "NPRO"})  # parts of speech never capitalised as names
LINKING = frozenset({"PREP", "CONJ"})  # parts of speech that never end a sentence nor stand before a dash
DASHES = frozenset("-–—")
SPACED_DASH_GAP = 0.12  # a dash this far (x line height) from the letter before it stands apart (seen: 0.16-0.31)
NEGATIONS = frozenset({"не", "ни"})
HYPHENATED_PARTICLES = frozenset({"то", "либо", "нибудь", "ка", "таки", "де"})
MIN_STOPPED_LETTERS = 4  # shorter words before a point may be abbreviations the dictionary does not mark ("тер.")
AGREEING = ("ADJF", "PRTF")  # words that agree with the noun after them in case and number
ATTRIBUTES_NOT_AGREEING = frozenset({"Anum", "Apro"})  # "первый – рост", "такой – ...": a dash may follow them
_SMALL_CYRILLIC = regex.compile(r"^(?=\p{Cyrillic})\p{Ll}")


def full_stops(words: list[Word]) -> None:
    """A comma at a word's end made a point where the next word of its line or cell starts a sentence (in place)."""
    for word, after in zip(words, words[1:], strict=False):
        if not _neighbours(word, after):
            continue
        last = word.letters[-1] if word.letters else None
        if last is None or last.text != "," or POINT not in last.choices or not opens_sentence(after.text):
            continue
        word.letters[-1] = last._replace(text=POINT)
        word.text = word.text[:-1] + POINT


def opens_sentence(text: str) -> bool:
    """Is the word a capitalised function word, as a sentence's first word is ("В", "Кроме"), and no name?

    "В" -> True; "Агентство" -> False (a name may follow a comma); "в" -> False."""
    if not text[:1].isupper() or not text[1:].islower() and len(text) > 1 or not text.isalpha():
        return False
    parses = [p for p in morph.parse(text.lower()) if p.is_known]
    return bool(parses) and parses[0].tag.POS in SENTENCE_OPENERS


def without_impossible_marks(words: list[Word]) -> None:
    """Full stops before a small letter after a dictionary word, and dashes after a preposition or between an
    adjective and its noun, dropped (in place; a lone mark's word removed)."""
    dropped: list[Word] = []
    for k, word in enumerate(words):
        before = words[k - 1] if k and _neighbours(words[k - 1], word) else None
        after = words[k + 1] if k + 1 < len(words) and _neighbours(word, words[k + 1]) else None
        if after is None:
            continue
        if word.text == POINT and before is not None and _starts_small(after.text):
            dropped.append(word)  # "1 663 . патрулирований"
        elif word.text in DASHES and before is not None and _no_dash_between(before.text, after.text):
            dropped.append(word)
        elif len(word.letters) > 1 and word.letters[-1].text == POINT and _stop_impossible(word.text[:-1], after.text):
            del word.letters[-1]
            word.text = word.text[:-1]
            word.x1 = round(max(x.x1 for x in word.letters))
    if dropped:
        words[:] = [w for w in words if not any(w is d for d in dropped)]


def _neighbours(word: Word, after: Word) -> bool:
    """Are the two words next to each other in one table cell, or in one line of the page?"""
    return word.block == after.block and (word.block >= 0 or word.line == after.line)


def _starts_small(text: str) -> bool:
    """Does the word start with a small Russian letter?"""
    return bool(_SMALL_CYRILLIC.match(text))


def _stop_impossible(text: str, after: str) -> bool:
    """Can no sentence end after the word `text`, given the word after it? After a preposition or conjunction
    none does; before a small Russian letter only an abbreviation's point stands. A sentence's first word, with
    its capital, no more ends it ("Количество. сельских")."""
    if not text.isalpha() or not (text.islower() or text[1:].islower()):
        return False
    text = text.lower()
    known = [p for p in morph.parse(text) if p.is_known]
    if not known or "Abbr" in known[0].tag or text in _abbreviations():
        return False
    if known[0].tag.POS in LINKING:
        return True
    return len(text) >= MIN_STOPPED_LETTERS and _starts_small(after)


def _no_dash_between(before: str, after: str) -> bool:
    """Is a dash impossible between the two words: after a preposition, or between an adjective and the noun
    it agrees with ("цифровой – грамотности")?"""
    before, after = before.lower(), after.lower().rstrip(",.;:")
    if not before.isalpha() or not after.isalpha():
        return False
    first = [p for p in morph.parse(before) if p.is_known]
    if first and first[0].tag.POS == "PREP" and before not in _abbreviations():
        return True
    second = [p for p in morph.parse(after) if p.is_known and p.tag.POS == "NOUN"]
    return any(_agree(a, n) for a in first for n in second)


def _agree(adjective, noun) -> bool:
    """Does the adjective (or participle) agree with the noun in case, number and (singular) gender?"""
    tag = adjective.tag
    if tag.POS not in AGREEING or ATTRIBUTES_NOT_AGREEING & tag.grammemes or "Abbr" in tag:
        return False
    if tag.case != noun.tag.case or tag.number != noun.tag.number:
        return False
    return tag.number == "plur" or tag.gender == noun.tag.gender


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations whose point ends no sentence (abbreviations.tsv), lower case."""
    return frozenset(vocabulary.words("abbreviations"))


def dashes_apart(words: list[Word]) -> None:
    """A dash read glued to the word it stands a space apart from made a word of its own, and a hyphen no compound
    can hold dropped between its two words (in place)."""
    goes_on = [k + 1 < len(words) and words[k + 1].line == word.line for k, word in enumerate(words)]
    words[:] = [part for word, more in zip(words, goes_on, strict=True) for part in _parted_at_dash(word, more)]


def _parted_at_dash(word: Word, line_goes_on: bool) -> list[Word]:
    """The word, or its pieces parted at a dash; a dash ending a line is a compound's hyphen ("волоконно-")."""
    letters = word.letters
    if len(letters) < 2 or "".join(x.text for x in letters) != word.text:
        return [word]
    last = letters[-1]
    if (line_goes_on and last.text in DASHES and letters[-2].text.isalnum()
            and last.x0 - letters[-2].x1 >= SPACED_DASH_GAP * word.size):
        return [_part(word, letters[:-1]), _part(word, letters[-1:])]
    k = next((j for j in range(1, len(letters) - 1) if letters[j].text in DASHES), None)
    if k is None or not _no_hyphen_between(word.text[:k], word.text[k + 1:]):
        return [word]
    return [_part(word, letters[:k]), _part(word, letters[k + 1:])]


def _no_hyphen_between(before: str, after: str) -> bool:
    """Can no compound join the two words with a hyphen ("не-достигнут", "году-до")?"""
    before, after = before.lower(), after.lower().rstrip(",.;:)»")
    if not before.isalpha() or not after.isalpha() or after in HYPHENATED_PARTICLES or morph.is_known(f"{before}-{after}"):
        return False
    first = [p for p in morph.parse(before) if p.is_known]
    second = [p for p in morph.parse(after) if p.is_known]
    if not first or not second:
        return False
    return before in NEGATIONS or (second[0].tag.POS in LINKING and first[0].tag.POS not in LINKING)


def _part(word: Word, letters: list) -> Word:
    """A word of some of the word's letters, boxed on them."""
    return Word("".join(x.text for x in letters), round(letters[0].x0), word.top, round(max(x.x1 for x in letters)),
                word.bottom, word.confidence, word.line, word.baseline, word.size, letters, word.block)
