"""A year written without its number ("За год показатель вырос на 6%", "Расход бумаги за год составил 2 760 т",
"за весь год", "В течение года поступило ...") is read as the parts of the year written without it are: the year the
paragraph named for its own figures, before or after it ("Расход бумаги за год ... средняя зарплата в 2024 году" is
2024; a stock date such as "к концу апреля 2021 года" counts, a comparison base does not), and no year where the paragraph names none
(README_labels, Year, rule 6). Not "за год до выборов", a time before an event."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

# "за год", "за весь год", "в течение года", "в течение всего года"; not a time limit counted from an event ("в течение
# года после выпуска", "в течение года с даты регистрации")
YEAR_SPAN_RE = regex.compile(
    r"(?<!\w)(?:за\s+(?:весь\s+)?(?P<noun>год)|в\s+течение\s+(?:всего\s+)?(?P<noun>года)(?!\s+(?:после|со?)(?!\w)))"
    r"(?!\w)(?!\s+до(?!\w))", regex.I)
YEAR_SPAN_WORDS = literals("год")
CONTRAST_CLAUSE_RE = regex.compile(r",\s*(?:а|но|однако)\s", regex.I)  # ", а количество ...": a clause of its own


def year_span_mentions(s: Sentence, year: Optional[int], named: list[YearMention]) -> list[YearMention]:
    """Each "за год" of the sentence as a mention of `year` (the paragraph's, see `Carry.current_year`), placed at its
    noun as the other parts of the year are; nothing where the year is unknown, nor after a year the sentence names
    itself (`named`: its mentions), whose "за год" is that year's ("В аналогичном периоде прошлого года было выявлено
    45 случаев, за весь год – 60")."""
    if year is None or s.absent(YEAR_SPAN_WORDS):
        return []
    return [YearMention(m.start("noun"), m.end(), year, True, part_of_year=True) for m in YEAR_SPAN_RE.finditer(s.text)
            if not any(y.year is not None and y.sets_context and not y.part_of_year and y.end <= m.start() for y in named)]


def in_another_clause(text: str, pos: int, y: YearMention) -> bool:
    """Whether a "за год" mention stands in a clause a contrast opens apart from the figure at `pos`: it dates the
    figures of its own clause, not those of the one before ("Проведена экспертиза 4 870 предметов, а количество
    посетителей за год выросло на 186 тыс." leaves the 4 870 undated, as heldout24 labels it)."""
    if text[y.pos:y.end].lower() not in ("год", "года") or not any(m.start("noun") == y.pos for m in YEAR_SPAN_RE.finditer(text)):
        return False
    return bool(CONTRAST_CLAUSE_RE.search(text, min(pos, y.pos), max(pos, y.pos)))
