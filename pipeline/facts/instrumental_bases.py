"""A comparison base written with a bare "с" and a period in the instrumental case.

"Индекс ... в сентябре 2025 года по сравнению с августом составил 100,7%, с декабрем 2024 года – 104,9%": the later
members of the comparison drop "по сравнению", but the instrumental ("с декабрем", "со II кварталом", "с первым
полугодием", "с аналогичным периодом") still names the base, not the figure's period; "с декабря 2024 года" (the
genitive) is a start, which this leaves alone.
"""
from __future__ import annotations

from pipeline.facts.exclusions import MONTH

# a month in the instrumental ("декабрем", "маем", "мартом"), or the instrumental of another part of a year
_MONTH_INSTRUMENTAL = rf"{MONTH}(?<=[её]м|ом)"
_PERIOD_INSTRUMENTAL = (rf"(?:(?:{_MONTH_INSTRUMENTAL}\s*[-–—]\s*)?{_MONTH_INSTRUMENTAL}"
                        r"|(?:квартал|месяц|период|сезон)ом|полугодием|неделей)")
# "с декабрем ", "со II кварталом ", "с аналогичным периодом ", "с январем–сентябрем " (before the year)
INSTRUMENTAL_BASE = (r"(?:^|(?<=[\s(]))со?\s+(?:(?:(?-i:[IVX]{1,4})|[а-яё]+(?:ым|им))\s+){0,2}"
                     rf"{_PERIOD_INSTRUMENTAL}\s+")
# the endings of the instrumental word that ends every match (the prefilter of `years._may_compare`)
INSTRUMENTAL_ENDINGS = ("ем", "ём", "ом", "ей")
