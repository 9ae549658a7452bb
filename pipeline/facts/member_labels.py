"""What the label of a series member says the member is, apart from the unit a later member writes.

"Число поездок – 1,62 млн., средняя длина поездки – 8,4 км": a member labelled "число"/"количество"/"численность"
of a noun counts that noun, so the scale it writes alone is not the start of a unit written once after the last member
(the "км" of another measure); the noun of its label gives it its unit (context.counted_before).
"""
from __future__ import annotations

import regex

# "Число поездок –", ", количество обращений граждан –": the label opens the sentence or follows a comma or semicolon
COUNT_LABEL_RE = regex.compile(
    r"(?:^|[,;]|\s(?:а|и))\s*(?:количеств[оа]|числ[оа]|численност[ьи])\s+(?:[а-яё]+\s+){0,3}[а-яё]+\s*[-–—]\s*\Z",
    regex.I)
COUNT_LABEL_WINDOW = 60  # characters before a member searched for its label


def counts_its_label(text: str, start: int) -> bool:
    """Whether the member starting at `start` is labelled as the number of a noun ("Число поездок – 1,62 млн.")."""
    return bool(COUNT_LABEL_RE.search(text, max(0, start - COUNT_LABEL_WINDOW), start))
