"""Figures of the analytical note and the risk table: value, unit, counted word, year, qualifier.

A figure is a number written with digits that measures something ("20 979 человек", "46,2%",
"13,5 млн. тенге", "в 2 раза"). Years, dates, article/order/goal numbers, list numbering and
numbers inside quoted names are not figures; a year tied to a figure goes into its `year`.

The modules, lowest first (each imports only those above it in this list):

    words        what morphology says of a word (lemmas, cases, whether it names people)
    sentence     the sentence read once: text, lower-cased text, number tokens, words with their morphology
    measures     what a number measures: magnitude, unit or counted noun, qualifier, value
    exclusions   what a number is when it is not a figure: quotes, dates, list numbers, references, codes
    years        which numbers are years, and which year each figure speaks of
    figures      the scan of one sentence: every number token excluded, a year, or a figure
    context      what a bare figure takes from its neighbours and from earlier sentences

`_sentence_figures` below is the list of stages a sentence goes through; a new construction is a function in
the module of its concern, added there as one more stage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import regex

from pipeline.facts.context import Carry, borrow_from_partner, inherit_units
from pipeline.facts.figures import scan
from pipeline.facts.measures import Figure, value_of
from pipeline.facts.sentence import Sentence, lowered
from pipeline.facts.years import assign_years
from pipeline.models import Fact, Location
from pipeline.sentences import split_sentences

__all__ = ["TextBlock", "extract_facts", "split_sentences"]

HEADING_RE = regex.compile(
    r"^\s*(?:стратегическое\s+направление|направление|цель|задача|подцель)\s+\d+(?:\.\d+)*[.:]?(?:\s|\Z)",
    regex.IGNORECASE,
)
DIGIT_RE = regex.compile(r"\d")


@dataclass
class TextBlock:
    """One paragraph or table cell of the note/risk table, with its place and headings."""

    text: str
    location: Location | None = None  # pipeline.models.Location
    direction: str | None = None  # e.g. "1"
    goal: str | None = None  # e.g. "1.1"


def extract_facts(blocks: Sequence[TextBlock], part: str) -> list[Fact]:
    """Facts of a run of paragraphs (or table cells) in reading order; context (elided nouns, a list's lead-in)
    may carry from one block to the next."""
    carry = Carry()
    facts: list[Fact] = []
    for block in blocks:
        if HEADING_RE.match(block.text):
            carry = Carry()
            continue
        # Lower-cased once per block: a slice of it is the sentence lower-cased (only a Greek final sigma depends on
        # its neighbours, and no prefilter looks for one).
        low = lowered(block.text) if DIGIT_RE.search(block.text) else None  # only sentences with digits use it
        for a, b in split_sentences(block.text):
            s = Sentence(block.text[a:b], None if low is None else low[a:b])
            figures = _sentence_figures(s, carry)
            if figures:
                joined = " ".join(s.text.split())
                facts.extend(_fact(fig, s.text, joined, block, part) for fig in figures)
    return facts


def _sentence_figures(s: Sentence, carry: Carry) -> list[Figure]:
    """Figures of one sentence with units and years, using and updating what earlier sentences carry."""
    is_item = carry.is_item(s)
    if s.prefilters and not DIGIT_RE.search(s.text):  # no number, no figure
        carry.update(s, [], [], is_item)
        return []
    figures, years = scan(s)
    borrow_from_partner(s, figures)
    figures = [f for f in figures if not f.measure.skip]
    inherit_units(s, figures, carry, is_item)
    assign_years(s, figures, years, carry.year(is_item))
    carry.update(s, figures, years, is_item)
    return figures


def _fact(fig: Figure, sentence: str, joined: str, block: TextBlock, part: str) -> Fact:
    """The contract's fact for one figure (joined: the sentence with its whitespace runs made single spaces)."""
    return Fact(
        value=value_of(fig.number, fig.measure) * fig.sign,
        unit=fig.measure.unit or "count",
        object=fig.measure.object,
        qualifier=fig.qualifier,
        text=" ".join(sentence[fig.start:fig.measure.end].split()),
        sentence=joined,
        year=fig.year,
        part=part,
        direction=block.direction,
        goal=block.goal,
        location=block.location,
    )
