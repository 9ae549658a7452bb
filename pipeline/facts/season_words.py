"""The seasons of the year that lie within one calendar year, as the adjective that names them before "период",
"сезон" or "месяцы" ("в летний период", "За вегетационный период выявлено 1 618 очагов", "в паводковый период",
"за навигационный сезон"): a part of the year in force when written without its year, as a month is (rule 1; rule
6: "a part of the year written without its year"). The stems are `vocabulary/seasons.tsv`; a season that runs from
one year into the next ("в зимний период", "отопительный сезон") names no single year and is not among them.
"""
from __future__ import annotations

from pipeline import vocabulary

SEASON_STEMS = vocabulary.words("seasons")
# a season's adjective, any of its forms: "летний", "вегетационного", "паводковый"
SEASON_ADJECTIVE = rf"(?:{vocabulary.alternation(SEASON_STEMS)})\w*"
