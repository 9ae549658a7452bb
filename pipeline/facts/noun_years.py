"""A year written right after a figure's noun, in the genitive without a preposition: the year of what it counts.

"Из 1 276 выпускников 2016 года в вузы поступили 93,1%", "3,4 тыс. тонн урожая 2019 года": the noun of the figure
takes the year as its attribute (the graduates of 2016, the harvest of 2019), the figure's own period (README_labels,
Year, rule 1), where nothing before it dated the figure. Not a year of making ("детей 2018 года рождения", "домов
1960 года постройки": an attribute of the things, no period; exclusions drop those years), nor a comparison base.
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention

NOUN_YEAR_RE = regex.compile(r"\s+(?:\d{4})\s+(?:года|г\.)(?!\s+(?:постройки|рождения|выпуска|основания|издания)(?!\w))",
                             regex.I)


def years_of_the_noun(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """Give an undated figure the year written right after its noun (see the module)."""
    for f in figures:
        if f.year is not None or f.measure.object is None or f.measure.skip:
            continue
        m = NOUN_YEAR_RE.match(s.text, f.measure.end)
        if m is None:
            continue
        mention = next((y for y in years if f.measure.end < y.pos < m.end()), None)
        if mention is not None and mention.year is not None and not mention.compared and not mention.since:
            f.year = mention.year
