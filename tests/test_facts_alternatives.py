"""The unit pattern matched with only the alternatives that can start at the first character finds what the whole
pattern finds (pipeline.facts.alternatives)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import regex

from pipeline.facts.alternatives import ByFirstChar, first_keys
from pipeline.facts.measures import UNIT_BY_FIRST, UNIT_RE
from pipeline.facts.sentence import NUMBER_TOKEN_RE, Sentence, lowered

DATA = Path(__file__).parent / "data"


def test_unit_pattern_splits_into_its_alternatives():
    """The unit pattern is read as its alternatives, each with the characters it may start with."""
    assert len(UNIT_BY_FIRST._alternatives) > 50
    assert "|".join(UNIT_BY_FIRST._alternatives) in UNIT_RE.pattern
    percent = next(a for a in UNIT_BY_FIRST._alternatives if a.startswith("(?P<percent>"))
    assert UNIT_BY_FIRST._firsts[UNIT_BY_FIRST._alternatives.index(percent)] >= {"%", "п"}


def test_other_forms_use_the_whole_pattern():
    """A pattern not of the form `\\s*(?:A|B)` is matched whole."""
    pattern = regex.compile(r"(?:a|b)\s+c", regex.I)
    split = ByFirstChar(pattern)
    assert not split._alternatives
    assert split.match("A  c", 0, "a").group() == "A  c"


def test_lower_casing_keeps_every_character_an_alternative_starts_with():
    """Every character that a first character of an alternative matches (IGNORECASE) lower-cases, where the prefilters
    lower-case at all, to a character its alternative is kept for."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    matching: dict[str, set[str]] = {}
    for firsts in UNIT_BY_FIRST._firsts:
        for first in firsts or ():
            if first not in matching:
                found = {m.group() for m in regex.finditer(regex.escape(first), chars, regex.I)} if len(first) == 1 else set()
                matching[first] = {low for low in map(lowered, found) if low is not None and len(low) == 1}
            for low in matching[first]:
                assert not first_keys(low).isdisjoint(firsts), (first, low)
    assert len(matching) > 30


def test_matches_the_whole_pattern_after_every_number_of_the_labelled_sets():
    """After every number token of every labelled sentence, at the number's end and past its magnitude, the split
    pattern gives the same match as the whole one."""
    texts = [text for case in json.loads((DATA / "fact_sentences.json").read_text(encoding="utf-8"))["cases"]
             for text in case["blocks"]]
    compared = 0
    for text in texts:
        s = Sentence.of(text)
        for m in NUMBER_TOKEN_RE.finditer(text):
            for pos in range(m.end(), min(len(text), m.end() + 12)):
                first = s.first_after(pos)
                whole, split = UNIT_RE.match(text, pos), UNIT_BY_FIRST.match(text, pos, first)
                assert (whole and (whole.span(), whole.lastgroup)) == (split and (split.span(), split.lastgroup)), \
                    (text[pos:pos + 20], first)
                compared += 1
    assert compared > 10_000
