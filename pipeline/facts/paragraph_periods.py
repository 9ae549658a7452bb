"""The period a sentence names for what follows, read from the sentence alone (before its figures take their years):
the last period it names that is no comparison base, nor the period of a value compared with ("Всего в текущем году
зарегистрировано 9 случаев ... против 6 случаев и 19 дней в 2024 году" names no period of its own: 2024 is the
earlier values')."""
from __future__ import annotations

from typing import Optional

from pipeline.facts.figures import scan
from pipeline.facts.periods import named_period
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import against_years


def period_named_for_what_follows(s: Sentence) -> Optional[int]:
    """`periods.named_period` of the sentence, its years after values compared with ("против N") marked as bases."""
    figures, years = scan(s)
    against_years(s, figures, years)
    return named_period(s, years)
