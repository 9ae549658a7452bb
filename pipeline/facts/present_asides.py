"""A bracket opening with the present ("(сейчас их 11)", "(ныне – 4)", "(в настоящее время – 12 550)") sets the
value of today against a figure of another period, most often a plan ("В 2025 году фонд планирует открыть 3 новых
пункта выдачи (сейчас их 11)"): today has no year the text names, so the bracket's figures take none (README_labels,
Year, rule 6), not the plan's; the figures after the bracket keep theirs."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

PRESENT_ASIDE_RE = regex.compile(r"\(\s*(?:сейчас|ныне|в\s+настоящее\s+время)(?!\w)[^()]*\)?", regex.I)
PRESENT_WORDS = literals("сейчас", "ныне", "настоящее")


def undate_present_asides(s: Sentence, figures: list[Figure]) -> None:
    """The figures inside a bracket opening with the present lose the year of their sentence."""
    if s.absent(PRESENT_WORDS):
        return
    for m in PRESENT_ASIDE_RE.finditer(s.text):
        for f in figures:
            if m.start() < f.start < m.end():
                f.year = None
