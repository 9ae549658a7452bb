"""How long a thing takes, said with a verb of lasting in the present or future tense, is no figure of a period: "за
2024 год подготовил 112 специалистов, курс обучения длится 6 месяцев", "Реализация проектов начнется не позднее 1
апреля 2026 года и займет до 6 месяцев" (a standing term, or one planned from a date). The duration keeps a year only
where its own clause names one ("В 2025 году курс длится 6 месяцев"); in the past tense it is what the period held
("Фестиваль длился 10 дней" of the festival the text dated)."""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.years import YearMention

DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
LASTING_LEMMAS = frozenset({"длиться", "продлиться", "продолжаться", "продолжиться", "занять", "занимать"})
LASTING_WORDS = literals("длит", "длят", "продлит", "продлят", "продолжа", "продолжит", "займ", "занима", "занят")
CLAUSE_START_RE = regex.compile(r"[,;:(]|\s(?:и|а|но)\s", regex.I)
# the words a duration may follow its verb by: "займет до 6 месяцев", "длится от 20 до 30 дней", "около 6 часов"
VERB_GAP_RE = regex.compile(
    r"\s+(?:(?:от|до|около|не\s+более|не\s+менее|свыше|более|менее|порядка|примерно|в\s+среднем)\s+)*\Z", regex.I)
TENSES_OF_A_TERM = frozenset({"pres", "futr"})
VERB_WINDOW = 40  # characters before a duration searched for its verb


def durations_of_no_period(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """Take the year from a duration measured by a verb of lasting in the present or future tense whose clause names
    no period of its own."""
    if s.absent(LASTING_WORDS):
        return
    for f in figures:
        if f.year is None or f.measure.unit not in DURATION_UNITS:
            continue
        verb = _lasting_verb_before(s, f)
        if verb is None:
            continue
        clause = _clause_start(s.text, verb)
        if not any(clause <= y.pos < f.start for y in years):
            f.year = None


def _lasting_verb_before(s: Sentence, f: Figure) -> int | None:
    """Where the verb right before the figure starts, if it is one of lasting in the present or future tense and only
    the words of a bound ("до", "около") stand between them."""
    for w in reversed(s.words_between(max(0, f.start - VERB_WINDOW), f.start)):
        parse = morph.parse(w.text.lower())[0]
        if parse.tag.POS == "VERB":
            lasting = parse.normal_form in LASTING_LEMMAS and parse.tag.tense in TENSES_OF_A_TERM
            return w.end - len(w.text) if lasting and VERB_GAP_RE.fullmatch(s.text, w.end, f.start) else None
    return None


def _clause_start(text: str, verb: int) -> int:
    """The start of the clause of the verb: after the last comma, semicolon or coordinating "и"/"а"/"но" before it."""
    last = 0
    for m in CLAUSE_START_RE.finditer(text, 0, verb):
        last = m.end()
    return last
