"""Which reading of the counted noun the numeral's agreement leaves, and the measure that shows a noun names things.

"обучено 642 техника": after 2-4 (not 12-14) a counted noun stands in the genitive singular, so "техника" is the
genitive of "техник" (a technician, a person), not the nominative of "техника" (machinery), the reading morphology
puts first. A count whose noun's likely reading does not agree with its numeral, and whose every agreeing reading
names people, counts people.

"установлено 48 260 пожарных извещателей стоимостью 4,5 тыс. тенге за единицу": a counted noun described by a measure
of a thing in the instrumental (its price, power, capacity, mass, size) names things, whatever animacy morphology
gives it ("извещатель", a detector, is animate to the dictionary as "-тель" nouns of people are).
"""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline import morph
from pipeline.facts.measures import ONE, ZERO, Figure
from pipeline.facts.numeral_agreement import case_governed
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import NOT_PERSON_ANIMATE, PERSON_LEMMAS

# the noun and up to two words after it (its complement: "котлов отопления"), then a measure of a thing in the
# instrumental with no preposition before it; not a measure joined by a conjunction without a noun of its own ("и
# валовой вместимостью"), which describes the thing the count is a measure of ("лайнер вместимостью 4 200
# пассажиров и валовой вместимостью 168 тыс. тонн")
THING_MEASURE_AFTER_RE = regex.compile(
    r"(?:\s+(?!(?:и|или|а)\s+(?:[а-яё]+(?:ой|ей)\s+)?[а-яё]+(?:ью|ой|ом)(?!\w))[а-яё]+){0,2}?\s+(?:общей\s+|суммарной\s+|средней\s+)?"
    r"(?:стоимостью|ценой|мощностью|е[мё]костью|вместимостью|грузоподъ[её]мностью|производительностью"
    r"|массой|весом|объ[её]мом|площадью|длиной|протяж[её]нностью|толщиной|диаметром|высотой)(?!\w)",
    regex.I,
)
PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def people_by_agreement(figures: list[Figure]) -> None:
    """A count of one lower-case word whose likely reading does not agree with its whole number, every agreeing reading
    of which is another word that names people ("642 техника"), becomes a count of people."""
    for f in figures:
        m = f.measure
        if m.unit != "count" or m.object is None or not m.object.isalpha() or not m.object.islower() \
                or m.multiplier != ONE or m.addend != ZERO:
            continue
        wanted = case_governed(f.number)
        if wanted is None:
            continue
        parses = morph.parse(m.object.lower().replace("ё", "е"))
        agreeing = [p for p in parses if p.tag.POS == "NOUN" and f"{p.tag.number}:{p.tag.case}" == wanted]
        # another word of the same spelling (a homonym), not another form of the word read first
        if not agreeing or parses[0] in agreeing or any(p.normal_form == parses[0].normal_form for p in agreeing):
            continue
        if all(_names_people(p) for p in agreeing):
            f.measure = replace(m, unit="person")


def things_by_their_measure(s: Sentence, figures: list[Figure]) -> None:
    """A count of people by morphology's animacy alone whose noun a measure of a thing describes becomes a count."""
    for f in figures:
        m = f.measure
        if m.unit != "person" or m.object is None or not m.object[:1].isalpha():
            continue
        lemma = morph.lemma(m.object.lower().replace("ё", "е"))
        if lemma in PERSON_LEMMAS:
            continue
        if THING_MEASURE_AFTER_RE.match(s.text, m.end):
            f.measure = replace(m, unit="count")


def _names_people(parse) -> bool:
    """Whether a parse is an animate common noun that is not an animal or an organisation-like agent."""
    lemma = parse.normal_form.replace("ё", "е")
    return parse.tag.animacy == "anim" and not PROPER_TAGS & parse.tag.grammemes and lemma not in NOT_PERSON_ANIMATE
