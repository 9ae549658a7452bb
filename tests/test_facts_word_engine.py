"""Sentence.word_at reads words with the standard `re` engine where it matches as `regex` does: over every code point
the two engines agree on WORD_RE's classes but for the characters NOT_PLAIN_RE finds, and sentences holding one of
those are read with `regex`."""
from __future__ import annotations

import re
import sys

import regex

from pipeline.facts.sentence import NOT_PLAIN_RE, WORD_PLAIN_RE, WORD_RE, Sentence


def test_the_engines_disagree_on_the_word_classes_only_where_not_plain_says_so():
    classes = [(r"\s", 0), (r"[а-яёa-z]", re.IGNORECASE)]
    assert WORD_PLAIN_RE.pattern == WORD_RE.pattern and WORD_RE.pattern.count("[") == 2  # the classes tested here
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for pattern, flags in classes:
        standard = set(re.findall(pattern, every, flags))
        other = set(regex.findall(pattern, every, regex.IGNORECASE if flags else 0))
        disagree = standard ^ other
        assert disagree and all(NOT_PLAIN_RE.match(c) for c in disagree)


def test_a_sentence_with_a_character_the_engines_read_apart_is_read_with_regex():
    plain = Sentence.of("Выявлено 66 нарушений.")
    other = Sentence.of("Выявлено 66 нарушений\x1c ıplik.")
    assert plain.word_at(11).text == other.word_at(11).text == "нарушений"
    assert plain._word_re is WORD_PLAIN_RE and other._word_re is WORD_RE
    assert other.word_at(22) is None  # "\x1c" is no space to regex
