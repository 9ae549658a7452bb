"""Tonnes of ozone-depleting potential ("59,8 тонны озоноразрушающего потенциала (ОРП)", "89,2 тонны ОРП", "4,1 ODP-
тонн") are `odp_tonne` with no object: the Montreal Protocol's weighted measure, not a mass (README_labels, Units).
A mass of the substances themselves ("21,6 тонны озоноразрушающих веществ") stays `tonne`."""
from __future__ import annotations

from dataclasses import replace

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

# after the tonnes: "озоноразрушающего потенциала", "(ОРП)", "ОРП", "ODP", "в эквиваленте ОРП"
POTENTIAL_AFTER_RE = regex.compile(
    r"\s*(?:озоноразрушающ\w+\s+потенциал\w*(?:\s*\((?-i:ОРП|ODP)\))?"
    r"|\(?(?-i:ОРП|ODP)\)?(?![\w-])"
    r"|в\s+(?:эквиваленте|единицах)\s+(?:озоноразрушающ\w+\s+потенциал\w*|(?-i:ОРП|ODP))(?!\w))",
    regex.I,
)
# the potential glued to the tonnes, read as the counted word: "4,1 ОРП-тонн", "ODP-тонны"
POTENTIAL_TONNE_RE = regex.compile(r"(?-i:ОРП|ODP)\s*-\s*тонн\w*", regex.I)
POTENTIAL_WORDS = literals("озоноразрушающ", "орп", "odp")


def tonnes_of_ozone_potential(s: Sentence, figures: list[Figure]) -> None:
    """A figure of tonnes followed by the words of ozone-depleting potential, or written in "ОРП-тонн", becomes
    `odp_tonne` without an object, its text span running to the end of those words."""
    if s.absent(POTENTIAL_WORDS):
        return
    for f in figures:
        if f.measure.unit == "tonne":
            m = POTENTIAL_AFTER_RE.match(s.text, f.measure.end)
            if m:
                f.measure = replace(f.measure, unit="odp_tonne", object=None, end=m.end())
        elif f.measure.unit == "count" and POTENTIAL_TONNE_RE.fullmatch(f.measure.object or ""):
            f.measure = replace(f.measure, unit="odp_tonne", object=None)
