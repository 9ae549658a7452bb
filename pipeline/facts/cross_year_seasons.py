"""A season that runs from one calendar year into the next, written without its years ("в осенне-зимний период",
"в зимний период", "в отопительный сезон", or with its noun elided after a season of the year: "В летний период ...,
в осенне-зимний — проведена очистка 1 118 пунктов"), names no single year: the figures of its clause take none, not the
year of a season within one year that the sentence named before it (README_labels: seasons across two years, null;
`season_words` keeps the seasons within one year)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

# "в осенне-зимний", "за зимний период", "в отопительный сезон"; not "в зимний период 2024–2025 годов" (its years written)
CROSS_YEAR_SEASON_RE = regex.compile(
    r"(?<!\w)(?:в|во|за|на)\s+(?:осенне-)?(?:зимн|отопительн)\w*(?:-[а-яё]+)?(?:\s+(?:период|сезон)\w*)?"
    r"(?!\s*(?:[а-яё]+\s+){0,2}(?:19|20)\d\d)", regex.I)
# what dates a figure after the season in its own clause: a year, or a period named in words
OWN_PERIOD_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:отчетн|текущ|прошл|предыдущ)\w*", regex.I)
SEASON_WORDS = literals("зимн", "отопительн")


def undated_in_cross_year_seasons(s: Sentence, figures: list[Figure]) -> None:
    """Take the year off each figure in the clause of a season across two years (see the module's doc)."""
    if s.absent(SEASON_WORDS):
        return
    text = s.text
    seasons = list(CROSS_YEAR_SEASON_RE.finditer(text))
    for f in figures:
        season = next((m for m in reversed(seasons) if m.end() <= f.start), None)
        if season is None or f.year is None or ";" in text[season.end():f.start] \
                or OWN_PERIOD_RE.search(text, _clause_start(text, season.start()), f.end):
            continue
        f.year = None


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: after the last comma, semicolon or full stop before it ("в отчетном году в
    зимний период" is the winter of the year in force)."""
    return max(text.rfind(mark, 0, at) for mark in ",;.") + 1
