"""Tonnes that are not a mass of what they name, each a unit of its own with no object (README_labels, Units):
tonnes of ozone-depleting potential ("59,8 тонны озоноразрушающего потенциала (ОРП)", "4,1 ODP-тонн") are `odp_tonne`,
the Montreal Protocol's weighted measure (a mass of the substances, "21,6 тонны озоноразрушающих веществ", stays
`tonne`); tonnes of coal equivalent ("48,7 млн. тонн условного топлива", "3,2 млн т у.т.") are
`tonne_coal_equivalent`, an amount of energy (grams and kilograms of it, "352 грамма условного топлива на 1 кВт·ч",
keep their units: the labels read a specific consumption as a mass); register tonnes of a ship ("168 тыс.
брутто-регистровых тонн", "4 500 брт") are `gross_register_tonne`, a volume of 100 cubic feet."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Literals, Sentence, literals


@dataclass(frozen=True)
class TonneKind:
    unit: str
    words: Literals  # the sentence holds one of them wherever the kind can apply
    after: Optional[regex.Pattern] = None  # the kind's words right after the tonnes
    within: Optional[regex.Pattern] = None  # the kind's words between the number and the end of its tonnes
    abbreviated: Optional[regex.Pattern] = None  # tonnes abbreviated with the kind, which the unit scan leaves unread
    glued: Optional[regex.Pattern] = None  # the kind glued to the tonnes, read as the counted word ("ОРП-тонн")


KINDS = (
    TonneKind(
        "odp_tonne", literals("озоноразрушающ", "орп", "odp"),
        # "озоноразрушающего потенциала", "(ОРП)", "ОРП", "ODP", "в эквиваленте ОРП"
        after=regex.compile(
            r"\s*(?:озоноразрушающ\w+\s+потенциал\w*(?:\s*\((?-i:ОРП|ODP)\))?"
            r"|\(?(?-i:ОРП|ODP)\)?(?![\w-])"
            r"|в\s+(?:эквиваленте|единицах)\s+(?:озоноразрушающ\w+\s+потенциал\w*|(?-i:ОРП|ODP))(?!\w))",
            regex.I),
        glued=regex.compile(r"(?-i:ОРП|ODP)\s*-\s*тонн\w*", regex.I),
    ),
    TonneKind(
        "tonne_coal_equivalent", literals("условн", "у.т", "у. т", "тут"),
        # "условного топлива", "у.т.", "у. т.", "(у.т.)", "в условном топливе", "в пересчете на условное топливо"
        after=regex.compile(
            r"\s*(?:условн\w+\s+топлив\w*|\(?(?-i:у\.\s?т\.?)\)?"
            r"|в\s+(?:условном\s+топливе|пересч[её]те\s+на\s+условное\s+топливо))",
            regex.I),
        abbreviated=regex.compile(r"\s*(?-i:т\.?\s?у\.\s?т\.?|тут)(?!\w)"),  # "3,2 тыс. т у.т.", "2,1 тыс. тут"
    ),
    TonneKind(
        "gross_register_tonne", literals("регистров", "брт", "б.р.т."),
        within=regex.compile(r"(?:брутто\s*-?\s*)?регистров\w*", regex.I),  # "брутто-регистровых", "регистровых"
        abbreviated=regex.compile(r"\s*(?-i:брт|БРТ|б\.р\.т\.)(?!\w)"),
    ),
)


def tonnes_of_a_kind(s: Sentence, figures: list[Figure]) -> None:
    """Each figure of tonnes whose words name one of the kinds above takes the kind's unit and no object (its text
    span running to the end of words after it), kind after kind."""
    for kind in KINDS:
        if not s.absent(kind.words):
            for f in figures:
                _take_kind(s.text, f, kind)


def _take_kind(text: str, f: Figure, kind: TonneKind) -> None:
    if f.measure.unit == "tonne":
        m = kind.after.match(text, f.measure.end) if kind.after else None
        if m:
            f.measure = replace(f.measure, unit=kind.unit, object=None, end=m.end())
        elif kind.within and kind.within.search(text, f.end, f.measure.end):
            f.measure = replace(f.measure, unit=kind.unit, object=None)
    elif kind.abbreviated and f.measure.unit in (None, "count") and f.measure.object is None:
        m = kind.abbreviated.match(text, f.measure.end)
        if m:
            f.measure = replace(f.measure, unit=kind.unit, end=m.end())
    elif kind.glued and f.measure.unit == "count" and kind.glued.fullmatch(f.measure.object or ""):
        f.measure = replace(f.measure, unit=kind.unit, object=None)
