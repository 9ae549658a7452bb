"""The period a title names, written again below it without its number (README_labels, Year, rule 5, as `title_weeks`
reads a week): under "Аэрологическая станция в 2024 году" or "Итоги 2024 года" (a whole year), "За год выполнено 712
выпусков" is that year (`reported_periods`); under "Весенняя кампания 2025 года" or any title line naming its year, "Весной реализовано 412
тыс. саженцев" is a part of that year, as a month written without its year is (rule 1). Not under a title naming a
part of the year ("итоги девяти месяцев 2025 года": "за год" is another span), a season of two years ("сезон
2024/2025"), or a stock date ("на 1 января 2025 года"); not "весной прошлого года" (a comparison base, see `periods`)."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.exclusions import MONTH
from pipeline.facts.periods import yearless_periods
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

WHOLE_YEAR_RE = regex.compile(r"(?<![\d/–-])(?:19|20)\d\d\s*(?:год(?:а|у)?|г\.?)(?!\w)(?!\s*[/–-]\s*\d)", regex.I)
# A title naming a part of the year or a span across two: its "за год" is no period it names
PART_OF_YEAR_RE = regex.compile(
    rf"(?<!\w)(?:{MONTH}|квартал|полугоди|месяц|недел|декад|сут(?:ки|ок)|сезон|кампани|навигаци|путин|учебн|весн|лет(?:о|н)"
    r"|осен|зим|состояни)|\d\s*/\s*\d|(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d", regex.I)
SEASON_ADVERBS = frozenset({"весной", "летом", "осенью"})  # winter runs into the next year: it names no single one
SEASON_WORDS = literals(*SEASON_ADVERBS)


def whole_year_of_title(title: str, year: Optional[int]) -> Optional[int]:
    """`year` (the one the title line named) where the title names it as a whole year, else None."""
    if year is None or not WHOLE_YEAR_RE.search(title) or PART_OF_YEAR_RE.search(title):
        return None
    return year


def title_seasons(s: Sentence, year: Optional[int]) -> list[YearMention]:
    """"Весной", "летом", "осенью" written without a year, as mentions of `year` (the title line's); not a season
    set against its like of another year, nor one of every year (a clause in the present tense, see `periods`)."""
    if year is None or s.absent(SEASON_WORDS):
        return []
    return [y for y in yearless_periods(s, year) if s.text[y.pos:y.end].lower() in SEASON_ADVERBS]
