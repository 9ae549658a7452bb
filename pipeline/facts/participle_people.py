"""A number counting a past active participle of an intransitive verb with no noun after it counts people: "из воды
извлечено 9 утонувших", "выявлено 14 заболевших", "среди 40 выживших". The participle stands for the people who did
what the verb says (a thing would be written with its noun: "9 затонувших судов"), as "погибших" and "пострадавших"
of the vocabulary do."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline import morph
from pipeline.facts.measures import ONE, ZERO, Figure
from pipeline.facts.sentence import Sentence

WORD_AFTER_RE = regex.compile(r"\s+(?P<word>[а-яё]+)(?P<next>\s*[,.;:)–—-]|\s*\Z|\s+(?:и|или|а|за|в|во|на|из|по|с|у)\s)")
PARTICIPLE_CASES = frozenset({"gent", "accs"})  # "9 утонувших", the genitive plural after a number
PASSIVE_CASES = frozenset({"gent", "accs", "datv", "ablt"})  # "607 возвращенных", "с 607 возвращенными"


def people_by_participle(s: Sentence, figures: list[Figure]) -> None:
    """A count without a noun followed by an intransitive past active participle in the plural that ends its
    phrase becomes a count of people, the participle its object."""
    for f in figures:
        m = f.measure
        if m.unit is not None and m.unit != "count" or m.object is not None or m.multiplier != ONE or m.addend != ZERO:
            continue
        after = WORD_AFTER_RE.match(s.text, f.measure.end)
        if after is None:
            continue
        parse = morph.parse(after.group("word").lower())[0]
        tag = parse.tag
        if tag.POS == "PRTF" and "actv" in tag and "past" in tag and "intr" in tag and tag.number == "plur" \
                and tag.case in PARTICIPLE_CASES:
            f.measure = replace(m, unit="person", object=after.group("word"), end=after.end("word"))


def people_by_passive_participle(s: Sentence, figures: list[Figure]) -> None:
    """"Реабилитация проведена со всеми 607 возвращенными", "помощь оказана 45 освобожденным": a count that nothing
    before it in its sentence gave a noun (inherit_units left it a bare count), followed by a plural passive participle
    that ends its phrase, counts the people the participle stands for; a thing so counted would have its noun written
    or elided from a count before it ("выдано 39 разрешений, из них 35 выданных повторно" counts permits)."""
    for f in figures:
        m = f.measure
        if m.unit not in ("count", "person") or m.object is not None or m.multiplier != ONE or m.addend != ZERO:
            continue  # a bare count, or people a predicate said without their noun ("оказана 120 эвакуированным")
        after = WORD_AFTER_RE.match(s.text, m.end)
        if after is None:
            continue
        tags = [p.tag for p in morph.parse(after.group("word").lower())]  # "эвакуированным": also a singular
        if any(t.POS == "PRTF" and "pssv" in t and t.number == "plur" and t.case in PASSIVE_CASES for t in tags):
            f.measure = replace(m, unit="person", object=after.group("word"), end=after.end("word"))
