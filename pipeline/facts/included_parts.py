"""A part written after "в том числе" is no larger than its whole, as a part after "из них" is.

"оказано 2,18 млн. услуг (...) по 34 видам, в том числе по регистрации рождения ребенка – 312,6 тыс.": the part
counts services (2,18 млн.), not the 34 kinds written between them, which it exceeds.
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

# "в том числе", then the part's label with no number, bracket or clause break before the figure
INCLUDED_BEFORE_RE = regex.compile(r"(?<!\w)в\s+том\s+числе(?!\w)[^\d;()]*\Z", regex.I)
INCLUDED_WINDOW = 100  # characters before a figure searched for "в том числе"


def included_part(s: Sentence, f: Figure) -> bool:
    """Whether the figure is a part named after "в том числе" in its clause."""
    if "числе" not in s.text:
        return False
    return bool(INCLUDED_BEFORE_RE.search(s.text, max(0, f.start - INCLUDED_WINDOW), f.start))
