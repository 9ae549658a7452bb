""""В этом году" dated by the earlier year its sentence sets against it: "Стоимость ... в этом году составила 0,8
лари (в 2024 году – 0,6 лари)" after a paragraph on 2025. Where the paragraph names no year, "в этом году" alone is
a period of its own and unknown (rule 6); but a sentence stating the value of the year right before the period in
force compares this year with that one, so its "этот год" is the period in force (rule 4)."""
from __future__ import annotations

from typing import Optional

from pipeline.facts.years import YearMention


def this_year_after_its_base(years: list[YearMention], period: Optional[int]) -> bool:
    """Whether the sentence names the year before the period in force, by its number, as the base of this year's."""
    return period is not None and any(y.year == period - 1 and not y.listed for y in years)
