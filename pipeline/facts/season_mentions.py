"""The season a seasonal text reports on, referred to without its year: "В сезон на заводе работали 640 человек".

In a text on a seasonal activity (a harvest's processing, a heating season, a tourist season), "в сезон", "в этом
сезоне", "в текущем сезоне" name the season the text reports on, as "в отчетном периоде" names the reporting period
(rule 5): its figures take the period in force. Not "в сезон дождей" (a season named by what follows it), nor "в
прошлом сезоне" (an earlier one, a comparison base), nor "в летний сезон" (a part of the year, read elsewhere).
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

SEASON_REFERENCE_RE = regex.compile(
    r"(?<!\w)(?:в|во)\s+(?:(?:этом|текущем|нынешнем|отч[её]тном)\s+сезоне|сезон(?!\s+[а-яё]+(?:ов|ей|ий|ей)(?!\w)))(?!\w)",
    regex.I)
SEASON_WORDS = literals("сезон")


def season_mentions(s: Sentence, period: Optional[int]) -> list[YearMention]:
    """"В сезон ...", "в этом сезоне ..." as mentions of the period in force, None where there is none."""
    if period is None or s.absent(SEASON_WORDS):
        return []
    return [YearMention(m.start(), m.end(), period, True) for m in SEASON_REFERENCE_RE.finditer(s.text)]
