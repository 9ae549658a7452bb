"""A reading on a named scale written after the scale's noun: "магнитуда 5,1", "землетрясения магнитудой 4,0 и
выше", "с магнитудой до 3" are magnitudes of earthquakes (a unit of its own, README_labels), not counts."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence

# the scale's noun right before the number, with at most a dash, a colon or a bound between ("магнитуда – 5,1",
# "магнитудой не менее 4", "с магнитудой около 3,5"); not a bare "М 5" (a road: "трасса М 39")
MAGNITUDE_BEFORE_RE = regex.compile(
    r"(?<!\w)магнитуд\w*\s*(?:[-–—:]\s*)?"
    r"(?:(?:не\s+)?(?:более|менее|выше|ниже|свыше|около|до|от|примерно|порядка)\s+)?\Z", regex.I)
MAGNITUDE_WINDOW = 40  # characters before a number searched for the scale's noun


def quake_magnitude(s: Sentence, fig: Figure) -> bool:
    """Whether a bare number (or one whose counted noun is the scale's) reads the magnitude named right before it."""
    if fig.measure.unit not in (None, "count"):
        return False
    return bool(MAGNITUDE_BEFORE_RE.search(s.text, max(0, fig.start - MAGNITUDE_WINDOW), fig.start))


def names_the_scale(words_after: str) -> bool:
    """"в том числе 41 магнитудой 4,0 и выше", "из них 18 магнитудой 3,5": the scale's noun read as the noun after a
    count is the reading's, not the counted noun (which is elided: the earthquakes of the sentence), nor a sign that
    the number names an item (a singular noun after 18)."""
    return words_after.strip().lower().startswith("магнитуд")
