"""A bare value in brackets that repeats the shape of a labelled bracket before it in the same sentence.

"Выпуск медного концентрата составил 142,6 тыс. тонн (годом ранее - 139,8 тыс.), молибденового - 9 318 тонн (9
105)": the second bracket holds only a value, after a member of the same series; it says what the first said, the
value of the earlier period its label named, so it takes that value's year (2024 beside a headline of 2025), as
"(2019 г. – 5,1) ... (4,9)" gives 4,9 the year 2019.
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

LABEL_RE = regex.compile(r"[^\W\d_]")  # a bracket's label holds a word ("годом ранее -", "2019 г. –")
BARE_OPENING_RE = regex.compile(r"\(\s*\Z")


def bare_brackets_of_labelled(s: Sentence, figures: list[Figure]) -> None:
    """Give each bare bracketed value the year of the labelled bracket's value before it, where both follow headlines
    of one year and the labelled value's year differs from its headline's."""
    text = s.text
    if text.count("(") < 2:
        return
    # (headline year, bracket value year, headline unit): a bare bracket repeats the shape only after a headline of
    # the same measure ("42,6% (2021 г. – 33,8%), что на 2,6 п.п. выше целевого индикатора (40%)": a difference is
    # no member of the series, and its bracket names a target of the headline's year)
    labelled: Optional[tuple[int, int, Optional[str]]] = None
    for i, f in enumerate(figures):
        if i == 0 or not text[f.measure.end:].lstrip().startswith(")"):
            continue
        opened = text.rfind("(", 0, f.start)
        headline = figures[i - 1]
        if opened < 0 or headline.measure.end > opened or ")" in text[headline.measure.end:opened] \
                or headline.year is None or f.year is None or f.measure.unit != headline.measure.unit:
            continue  # "0,9235 (8-е место)": a measure of another kind is no earlier value of its headline
        if BARE_OPENING_RE.search(text, opened, f.start):
            if labelled is not None and labelled[0] == headline.year and labelled[2] == headline.measure.unit:
                f.year = labelled[1]
        elif LABEL_RE.search(text, opened + 1, f.start) and f.year != headline.year:
            labelled = (headline.year, f.year, headline.measure.unit)
