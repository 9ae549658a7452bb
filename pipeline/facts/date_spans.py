"""A span of dates from one year into the next names no single year: "За период с 1 декабря 2024 года по 4 апреля
2025 года ледоколы провели 1 386 судов" (a winter, a season, a heating period) dates its figures with neither year,
as "в зимний сезон 2024–2025 годов" does; "с 3 июня по 9 августа 2024 года" stays within its year."""
from __future__ import annotations

import itertools

import regex

from pipeline.facts.years import YearMention

FROM_BEFORE_RE = regex.compile(r"(?<!\w)со?\s+\Z", regex.I)  # "с 1 декабря 2024 года"
SPAN_GAP_RE = regex.compile(r"\s*(?:года|г\.)?\s*(?:по|до|[-–—])\s*\Z", regex.I)  # "... 2024 года по 4 апреля 2025"


def spans_across_years(text: str, dates: list[regex.Match], years: list[YearMention]) -> list[YearMention]:
    """The year mentions with both dates of each span "с <date> по <date>" whose years differ made one mention of no
    year, which dates the figures after it with none."""
    for first, second in itertools.pairwise(dates):
        if not (first.group("year") and second.group("year")) or first.group("year") == second.group("year") \
                or not FROM_BEFORE_RE.search(text, max(0, first.start() - 4), first.start()) \
                or not SPAN_GAP_RE.fullmatch(text, first.end(), second.start()):
            continue
        years = [y for y in years if y.pos not in (first.start(), second.start())]
        years.append(YearMention(first.start(), second.end(), None, True))
    return years
