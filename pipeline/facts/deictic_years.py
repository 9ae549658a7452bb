""""В прошлом году" in prose is the year before the one the text is written in, which prose that is no report does not
give; it is the year before the period in force only where that period is a part of the year the text is written in.

"За девять месяцев 2025 года ... (в прошлом году – 2 744)", "на 1 сентября ... против 11,2 ц/га в прошлом году": a
text on a part of the year is written within it, so its "прошлый год" is the year before (2024). "В 2024 году
компания ... закупила ячмень по 640 лари за тонну (в прошлом году – 590 лари)" under a dateline "Тбилиси, 14
февраля.": a text on a whole year is written after it, so its "прошлый год" may be that year itself or the one before,
and the value names no year (rule 6, as heldout9's "в прошлом году"). Only the paragraph's own wording is read: a
whole year named in it before the figure, with nothing of a part of the year in front of the year ("В 2024 году",
"за 2024 год", "итоги 2024 года"; not "За девять месяцев 2025 года", "на 1 октября 2025 года", "в сентябре 2025 года").
"""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.label_members import head_of_members
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals

# "(в прошлом году – 590 лари)", "против 11,2 ц/га в прошлом году": the value labelled by the deictic last year
LAST_YEAR_LABEL_RE = regex.compile(r"(?<!\w)в\s+прошлом\s+году\s*[-–—:]\s*\Z", regex.I)
LAST_YEAR_AFTER_RE = regex.compile(r"\s*в\s+прошлом\s+году(?!\w)", regex.I)
AGAINST_BEFORE_RE = regex.compile(r"(?<!\w)против\s+\Z", regex.I)
LABEL_WINDOW = 30  # characters before a value searched for its label
LAST_YEAR_WORDS = literals("прошлом году")
# a year named as a whole period: "В 2024 году", "за 2024 год", "итоги 2024 года", "По итогам 2024 года"
WHOLE_YEAR_RE = regex.compile(r"(?<!\w)(?:в|во|за|итоги|итогам)\s+(?P<year>(?:19|20)\d\d)\s*(?:год[ау]?|г\.)(?!\w)", regex.I)
# any year written in the paragraph, to find the last one before the figure
ANY_YEAR_RE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def last_year_under_a_whole_year(s: Sentence, figures: list[Figure], paragraph: str) -> None:
    """Undate the values labelled "в прошлом году" that were given the year before a whole year the paragraph named
    last before them (see the module's doc)."""
    if s.absent(LAST_YEAR_WORDS):
        return
    offset = paragraph.find(s.text)
    if offset < 0:
        return
    for i, f in enumerate(figures):
        head = figures[head_of_members(s, figures, i)]
        if f.year is None or not _labelled_last_year(s, head):
            continue
        whole = _whole_year_before(paragraph, offset + head.start)
        if whole is not None and f.year == whole - 1:
            f.year = None


def _labelled_last_year(s: Sentence, f: Figure) -> bool:
    """Whether the value is labelled "в прошлом году" before it, or set against the period with it after it."""
    text = s.text
    if LAST_YEAR_LABEL_RE.search(text, max(0, f.start - LABEL_WINDOW), f.start):
        return True
    return bool(AGAINST_BEFORE_RE.search(text, max(0, f.start - 8), f.start)) and bool(LAST_YEAR_AFTER_RE.match(text, f.measure.end))


def _whole_year_before(paragraph: str, pos: int) -> Optional[int]:
    """The year the paragraph named last before pos, where it named it as a whole year."""
    last = None
    for m in ANY_YEAR_RE.finditer(paragraph, 0, pos):
        last = m
    if last is None:
        return None
    whole = WHOLE_YEAR_RE.search(paragraph, max(0, last.start() - 8), last.end() + 6)
    return int(whole.group("year")) if whole is not None and whole.start("year") == last.start() else None
