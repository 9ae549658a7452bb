"""A clause that a semicolon closes off, holding no period nor comparison of its own, is not dated by a comparison in
another clause of its sentence that names its own year: "норматив ... установлен в размере не менее 50%; фактически в
2017 году перечислено 23,7 млрд. тенге, на 2,9 млрд. больше, чем в 2016 году" leaves the 50% without a year (rule 1:
the clause that holds a figure gives its period; rule 4 dates a sentence that names no period of its own)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.facts.years import YearMention

# the words of a comparison with an earlier period or value written in the figure's own clause
COMPARISON_RE = regex.compile(
    r"(?<!\w)(?:больше|меньше|выше|ниже|против|сравнени\w*|к\s+уровню|чем|ранее|прошл\w+|предыдущ\w+|аналогичн\w+)(?!\w)",
    regex.I)


def apart_from_the_dated_clause(s: Sentence, f: Figure, years: list[YearMention], period: int) -> bool:
    """Whether the figure stands in a clause between semicolons with no period (a law's date is none) and no
    comparison, while another clause of the sentence names a year of its own, the `period` in force or later (not a
    comparison base; an earlier year's value in another clause, "Доля – 12%; в 2022 году – 10%", is compared with)."""
    text = s.text
    if ";" not in text:
        return False
    start = text.rfind(";", 0, f.start) + 1
    end = text.find(";", f.measure.end)
    end = len(text) if end < 0 else end
    if any(start <= y.pos < end and (y.sets_context or y.compared) for y in years) or COMPARISON_RE.search(text, start, end):
        return False
    return any(y.year is not None and y.year >= period and y.sets_context and not y.compared and not start <= y.pos < end
               for y in years)
