"""A rolling period, the span up to now a figure of its clause is counted over: "Доля служащих, прошедших обучение за
последние 3 года, достигла 92,4%", "за прошедшие 5 лет", "в последние 10 дней", "доходность за последние 12 месяцев".
Its number is no quantity (README_labels: `за последние 12 месяцев`, whose `12 месяцев` is no fact) and it names no
single year, so it dates its clause with none (rule 6). Not "впервые за 10 лет" (how long since a thing last happened,
a fact), nor "за первые 3 года" (the start of something, a duration), nor "за истекшие 9 месяцев" (the months of the
year so far, a period of the report: `figures`)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

# "за последние", "в последние", "в течение последних"; years, weeks and days also "прошедшие", "истекшие", "минувшие"
ROLLING_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:за|в|в\s+течение)\s+(?P<word>последн|прошедш|истекш|минувш)(?:ие|их)\s+\Z", regex.I)
ROLLING_UNITS = frozenset({"year", "month", "week", "day"})
ROLLING_WINDOW = 32  # characters before a figure searched for the words of a rolling period


def rolling_period(s: Sentence, fig: Figure) -> bool:
    """Whether the figure is the length of a rolling period ("за последние 3 года"): no figure, and no year."""
    if fig.measure.unit not in ROLLING_UNITS or not fig.number.isdigit():
        return False
    m = ROLLING_BEFORE_RE.search(s.text, max(0, fig.start - ROLLING_WINDOW), fig.start)
    return m is not None and (fig.measure.unit != "month" or m.group("word").lower() == "последн")
