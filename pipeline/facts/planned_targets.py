"""A figure followed in its clause by a verb of planning and "к" with a year later than the period in force is the
plan for that year ("Завершение второй очереди протяженностью 470 км планируется к 2023 году", "Ввод 12 школ
предусмотрен к 2026 году"): no level is compared with a year still to come (README_labels, Year, rule 1: targets).
`target_years` reads "70% к 2025 году" after a word of target; a "к" year written first is `years`'."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.target_years import undated_before_later_years
from pipeline.facts.years import YearMention

# a verb or participle of planning, then "к" right before the year; the figure's noun group before the verb holds no
# clause break ("Ввод 12 школ на 5 400 мест предусмотрен к 2026 году" plans both; "Построено 5 км, а 10 км
# планируется к 2025 году" does not plan the 5 km)
PLAN_BEFORE_TARGET_RE = regex.compile(
    r"^(?:(?![,;:()]|\s+(?:и|а|но)\s).)*?(?<!\w)(?:планиру\w*|запланирова\w*|предусм[ао]тр\w*|намеч\w*)(?!\w)"
    r"[^;:()]*?(?<!\w)к\s+\Z", regex.I | regex.S)
PLAN_WORDS = literals("планиру", "запланирова", "предусм", "намеч")


def plans_of_later_years(s: Sentence, figures: list[Figure], years: list[YearMention], period: Optional[int]) -> None:
    """Date an undated figure by the later year its clause plans it for."""
    if period is None or s.absent(PLAN_WORDS):
        return
    text = s.text
    for f, nxt in undated_before_later_years(text, figures, years, period):
        if PLAN_BEFORE_TARGET_RE.match(text[f.measure.end:nxt.pos]):
            f.year = nxt.year
