"""A sentence's full stop that the recogniser read as a comma, told by the word after it.

A point and a comma differ only by the comma's small tail, which a speck or JPEG blur adds ("тенге." read
"тенге,"). Russian writes a comma before a capital only where a name follows; a preposition, conjunction or
particle with a capital ("В целях", "Кроме того") after a comma starts a sentence, so the comma is its full
stop, where the recogniser weighed a point for it.
"""
from __future__ import annotations

from pipeline import morph
from pipeline.readers.ocr.engine import Word

POINT = "."
SENTENCE_OPENERS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "NPRO"})  # parts of speech never capitalised as names


def full_stops(words: list[Word]) -> None:
    """A comma at a word's end made a point where the next word of its line or cell starts a sentence (in place)."""
    for word, after in zip(words, words[1:], strict=False):
        if word.block != after.block or (word.block < 0 and word.line != after.line):
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
