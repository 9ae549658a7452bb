"""A value in brackets after a figure, labelled by an earlier period or date, is that figure's earlier value.

"составила 13,6 на 10 тыс. населения (2021 г. – 12,9), укомплектованность кадрами – 87,4%" and "составило 306 (на
1 января 2020 года – 371), их сметная стоимость – 894,3 млрд. тенге": the bracket's value belongs to what stands
before the bracket, and is no member of a series whose unit is written after it.
"""
from __future__ import annotations

import regex

from pipeline.facts.exclusions import MONTH, YEAR_WORD
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence
from pipeline.sentences import YEAR

# The label that opens such a bracket: a year ("2021 г. –", "в 2019 году –"), a date ("на 1 января 2020 года –",
# "по состоянию на 1 июля 2021 г. –"), a part of a year ("на конец 2023 года –", "летом 2023 года –", "за январь–июнь
# 2022 г. –"), words of no more than four, or the year before in words ("годом ранее –", "в прошлом году –").
BRACKET_PERIOD_LABEL_RE = regex.compile(
    rf"\s*(?:[^\W\d_]+(?:[-–—][^\W\d_]+)?\.?\s+){{0,4}}(?:\d{{1,2}}\s+{MONTH}\s+)?{YEAR}\s*{YEAR_WORD}?"
    r"|\s*(?:годом\s+ранее|в\s+(?:прошлом|предыдущем)\s+году)",
    regex.I,
)
LABEL_END_RE = regex.compile(r"\s*[-–—:]\s*\Z")


def earlier_value_in_brackets(s: Sentence, f: Figure) -> bool:
    """Whether f closes a bracket that its period's label opened, right before the figure."""
    text = s.text
    if not text[f.measure.end:].lstrip().startswith(")"):
        return False
    opened = text.rfind("(", 0, f.start)
    if opened < 0:
        return False
    label = BRACKET_PERIOD_LABEL_RE.match(text, opened + 1, f.start)
    return label is not None and bool(LABEL_END_RE.fullmatch(text, label.end(), f.start))
