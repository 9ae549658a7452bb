"""The period a sentence names for what follows, read from the sentence alone (before its figures take their years):
the last period it names that is no comparison base, nor the period of a value compared with ("Всего в текущем году
зарегистрировано 9 случаев ... против 6 случаев и 19 дней в 2024 году" names no period of its own: 2024 is the
earlier values')."""
from __future__ import annotations

from typing import Optional

from pipeline.facts.figures import scan
from pipeline.facts.periods import CURRENT_WORDS, YEAR_END_WORDS, named_period
from pipeline.facts.sentence import Sentence
from pipeline.facts.year_spans import YEAR_SPAN_RE
from pipeline.facts.years import against_years
from pipeline.sentences import split_sentences


def period_named_for_what_follows(s: Sentence) -> Optional[int]:
    """`periods.named_period` of the sentence, its years after values compared with ("против N") marked as bases."""
    figures, years = scan(s)
    against_years(s, figures, years)
    return named_period(s, years)


def paragraph_period(text: str, low: Optional[str]) -> Optional[int]:
    """The period a paragraph of prose names, wherever in it, for its "в текущем году" and "за год" (rule 6: where
    the paragraph names a year, that is the current one): "В январе-июне текущего года ... 516 тысяч туристов. ... по итогам первой
    половины 2023 года ..." is 2023; so for its "на конец года" ("заполняемость на конец года – 93%. ... В 2025 году
    ..." is 2025). None where it names none or says neither."""
    if low is not None and not (CURRENT_WORDS.occurs(low) or YEAR_END_WORDS.occurs(low) or YEAR_SPAN_RE.search(low)):
        return None
    for a, b in split_sentences(text):
        s = Sentence(text[a:b], None if low is None else low[a:b])
        named = period_named_for_what_follows(s)
        if named is not None:
            return named
    return None
