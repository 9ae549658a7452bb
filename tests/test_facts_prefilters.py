"""The fact extractor's speed prefilters change no output, and the sentence object reads each thing once.

A prefilter skips a costly scan when a cheap check (a literal absent from the lower-cased sentence, the next
character, a character absent from a window) shows that the scan would find nothing. `Sentence.prefilters = False`
runs every scan in full; over every labelled case the facts must be the same.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.facts import TextBlock, extract_facts
from pipeline.facts.sentence import Sentence, literals

DATA = Path(__file__).parent / "data" / "fact_sentences.json"


def _facts_of_every_case() -> list[list[dict]]:
    """The facts of every labelled case, as the contract's JSON."""
    cases = json.loads(DATA.read_text(encoding="utf-8"))["cases"]
    facts = [extract_facts([TextBlock(text) for text in case["blocks"]], case["part"]) for case in cases]
    return [[fact.model_dump(mode="json") for fact in case_facts] for case_facts in facts]


def test_prefilters_change_no_output(monkeypatch):
    """Every labelled case gives the same facts, field for field, with the prefilters on and off."""
    with_prefilters = _facts_of_every_case()
    monkeypatch.setattr(Sentence, "prefilters", False)
    without_prefilters = _facts_of_every_case()
    assert any(with_prefilters)
    assert without_prefilters == with_prefilters


def test_switching_prefilters_off_makes_every_check_inconclusive(monkeypatch):
    """With the prefilters off, no literal is reported absent and no next character is known."""
    respectively = literals("соответственно")
    sentence = Sentence.of("Выявлено 66 тыс. нарушений.")
    assert sentence.absent(respectively) and sentence.first_after(11) == "т"
    monkeypatch.setattr(Sentence, "prefilters", False)
    sentence = Sentence.of("Выявлено 66 тыс. нарушений.")
    assert not sentence.absent(respectively) and sentence.first_after(11) is None


@pytest.mark.parametrize("text, low", [
    ("Выявлено 66 тыс. нарушений.", "выявлено 66 тыс. нарушений."),
    # "İ" lower-cases to two characters and "ſ" folds to "s": lower-casing cannot stand for IGNORECASE
    ("İnvest: 5 проектов.", None),
    ("Проверено 5 объектов ſ.", None),
])
def test_lower_cased_text_only_where_it_stands_for_ignorecase(text, low):
    """The prefilters search the lower-cased text, unless a character folds differently."""
    assert Sentence.of(text).low == low


def test_sentence_reads_numbers_and_words_once():
    """Number tokens keep their digit groups; a word carries its lemmas; a blank line ends the words."""
    sentence = Sentence.of("Выявлено 20 979 нарушений,\n\nиз них 12 повторных.")
    assert [m.group() for m in sentence.numbers] == ["20 979", "12"]
    word = sentence.word_at(sentence.numbers[0].end())
    assert (word.text, "нарушение" in word.info.lemmas, word.info.noun) == ("нарушений", True, True)
    assert sentence.word_at(sentence.numbers[0].end()) is word  # read once
    assert sentence.word_at(word.end + 1) is None  # past the blank line
    assert [w.text for w in sentence.words_from(sentence.numbers[1].end(), 5)] == ["повторных"]


def test_facts_built_without_validation_hold_what_validation_would_give():
    """Facts are built without validation (for speed): validating each one again gives the same value of the same
    type in every field and the same JSON, over every labelled case and a real report."""
    from pipeline.extract import extract_document
    from pipeline.models import Fact

    cases = json.loads(DATA.read_text(encoding="utf-8"))["cases"]
    facts = [fact for case in cases for fact in extract_facts([TextBlock(text) for text in case["blocks"]],
                                                              case["part"])]
    facts += extract_document(Path(__file__).parents[1] / "samples" / "agds_2019.docx").facts
    assert len(facts) > 100
    for fact in facts:
        validated = Fact.model_validate(dict(fact))
        assert [(type(v), v) for v in dict(validated).values()] == [(type(v), v) for v in dict(fact).values()]
        assert validated.model_dump_json() == fact.model_dump_json()
        assert validated.model_fields_set == fact.model_fields_set


def test_literal_trie_finds_what_the_plain_alternation_finds():
    """A literal set's trie finds the same match (leftmost, then longest) as the alternation of its words sorted
    longest first, in every labelled sentence and over words that are prefixes of one another."""
    import gc
    import re

    from pipeline.facts.sentence import Literals

    sets = [o for o in gc.get_objects() if isinstance(o, Literals)] + [literals("квартал", "квартальн", "кв", "год")]
    assert len(sets) > 20
    cases = json.loads(DATA.read_text(encoding="utf-8"))["cases"]
    texts = [text.lower() for case in cases for text in case["blocks"]] + ["кварталь квартальный кв. годовой"]
    for words in sets:
        plain = re.compile("|".join(re.escape(w) for w in words.words))
        for text in texts:
            for pos in range(0, len(text), 16):
                want, got = plain.search(text, pos), words.search(text, pos)
                assert (got and got.span()) == (want and want.span()), (words.words, text[pos:])
