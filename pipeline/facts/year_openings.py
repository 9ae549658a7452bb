"""A stock date on the first day of the period in force, in brackets after an undated figure: "внесены сведения о 4 715
водопользователях (на 1 января 2016 года - 4 102)" in a report on 2016 sets the figure beside the stock the year
opened with, an earlier value, as "(2015 г. - 4 102)" would: the figure is compared with it and takes the period in
force (rule 4), though the date's year is that period's own."""
from __future__ import annotations

import regex

OPENING_DAY_RE = regex.compile(r"0?1\s+январ[яь]|01\.01\.", regex.I)


def opens_the_year(text: str, pos: int) -> bool:
    """Whether the date mentioned at pos is the first of January ("1 января 2016 года", "01.01.2016")."""
    return bool(OPENING_DAY_RE.match(text, pos))
