"""Which figure a rate's base belongs to, where the figure right beside the base is not it, and bases of a cost written
as a word.

A count restated as a rate may keep its earlier values in brackets between the two ("8 412 детей (2020 г. – 5 906,
2021 г. – 7 118), или 121,4 на 100 тыс. детского населения"): the count is the figure before the bracket. The length
of what a rate is of ("Стоимость курса продолжительностью 30 дней на одного ребенка составляет 486 тыс. тенге") is no
rate: the base is the price's after it. The period of a rate may stand between the rate and its base ("6 часов занятий
в неделю на одного ребенка"). One of a thing written as a word in a clause's subject, whose predicate gives an amount
of money ("Дублирование одной минуты фильма обходится в 62 тыс. тенге"), is the base of that cost, as "1 тонны" is in
"Хранение 1 тонны картофеля обходится в 4,8 тыс. тенге" (figures.MONEY_AFTER_RE).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline.facts.figures import MONEY_AFTER_RE, MONEY_UNITS, NOT_AMOUNT_UNITS, VERB_POS
from pipeline.facts.lasting_durations import DURATION_UNITS
from pipeline.facts.measures import Figure
from pipeline.facts.money import LEGAL_CODES
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.subject_bases import Base
from pipeline.facts.words import word_info

# "Хранение 1 тонны картофеля в течение 6 месяцев обходится в 4,8 тыс. тенге": the time the rate covers, not the rate
# ("обучения одного слушателя на курсе продолжительностью 3 месяца составляет 38,5 тыс. тенге": the length of what
# the rate is of)
SPAN_BEFORE_RE = regex.compile(r"(?<!\w)(?:в\s+течение|на\s+протяжении|продолжительностью|длительностью|сроком)\s+\Z",
                               regex.I)
SPAN_WINDOW = 24  # characters before a duration searched for the words of a span
# "6 часов занятий в неделю на": the period a rate is counted in, between the rate and its base
RATE_PERIOD_RE = regex.compile(r"\s+в\s+(?:день|сутки|неделю|месяц|квартал|год|смену)\s*(?=(?:на|за)\s*\Z)", regex.I)
BRACKET_BEFORE_RE = regex.compile(r"\([^()]*\)\s*(?=,)")  # "(2020 г. – 5 906, 2021 г. – 7 118)," before ", или"
# "Дублирование одной минуты игрового фильма обходится в 62 тыс. тенге": one of a thing in the genitive after a noun
ONE_OF_RE = regex.compile(r"(?<!\w)(?P<base>одного|одной)(?P<words>(?:\s+[а-яё]+(?:-[а-яё]+)?){1,3})(?!\w)", regex.I)
PAYMENT_UNITS = MONEY_UNITS | LEGAL_CODES  # "составляет 15 МРП": a legal unit of payments is a cost as well
DIGIT_RE = regex.compile(r"\d")
CLAUSE_COMMA_RE = regex.compile(r",(?!\d)")  # a comma that is no decimal comma ("2,9 млн")
MAX_ATTRIBUTES = 2  # adjectives before the noun of one ("одной полнометражной картины")
ONE_OF_WORDS = literals("одного", "одной")
# "Стоимость плана одного села — 9,3 млн тенге": a dash right after the noun of one is the predicate, as a verb is
# "Начиная с 2018 года фонд ...", "В 2023 году стоимость ...": a period opening the clause before its subject
PERIOD_OPENING_RE = regex.compile(r"\s*(?:начиная\s+с|с|со|в|во|за)\s+(?:19|20)\d\d\s*(?:год\w*|г\.)\s*,?", regex.I)
DASH_PREDICATE_RE = regex.compile(r"\s+[–—-]\s+(?:(?:около|до|свыше|более)\s+)?\Z", regex.I)


def spans_the_rate(text: str, f: Figure) -> bool:
    """Whether a duration is the length of what a rate is of ("курса продолжительностью 30 дней"), not the rate."""
    return f.measure.unit in DURATION_UNITS and bool(SPAN_BEFORE_RE.search(text, max(0, f.start - SPAN_WINDOW), f.start))


def without_rate_period(link: str) -> str:
    """The words between a rate and its base without the period the rate is counted in ("занятий в неделю на" ->
    "занятий на")."""
    return RATE_PERIOD_RE.sub(" ", link, count=1)


def figure_before_aside(text: str, figures: list[Figure], i: int) -> tuple[Optional[Figure], str]:
    """The figure before the i-th, past a bracket of its own figures that closes before a comma ("8 412 детей (2020 г.
    – 5 906, 2021 г. – 7 118), или 121,4"), and the text between the two without that bracket; (None, "") for the
    first figure."""
    if i == 0:
        return None, ""
    owner, before = figures[i], figures[i - 1]
    gap = text[before.measure.end:owner.start]
    if gap.lstrip().startswith(")"):
        close = text.index(")", before.measure.end)
        open_ = text.rfind("(", 0, close)
        aside = BRACKET_BEFORE_RE.match(text, open_, owner.start) if open_ >= 0 else None
        if aside is not None and aside.end() > close:
            earlier = [f for f in figures[:i] if f.measure.end <= open_]
            inside = [f for f in figures[:i] if f.start > open_]
            if earlier and len(earlier) + len(inside) == i:
                count = earlier[-1]
                return count, text[count.measure.end:open_] + text[aside.end():owner.start]
    return before, gap


def bases_of_a_cost_in_words(s: Sentence, figures: list[Figure]) -> list[Base]:
    """"Дублирование одной минуты фильма обходится в среднем в 62 тыс. тенге", "Содержание одного заключенного в год
    обходится в 2,1 млн тенге": one of a thing after the noun that opens its clause (no verb before it), whose predicate
    gives an amount of money as the next figure of the same clause, is the base of that amount ("Средняя сумма одной
    операции составила 602 сома": the noun after its adjectives); not one after a preposition ("закупок из одного
    источника": a kind of thing)."""
    if s.absent(ONE_OF_WORDS) or not any(f.measure.unit for f in figures):
        return []
    out = []
    for m in ONE_OF_RE.finditer(s.text):
        clause = max(s.text.rfind(c, 0, m.start()) for c in ",;:") + 1
        opening = PERIOD_OPENING_RE.match(s.text, clause)  # "Начиная с 2018 года фонд оплаты труда игроков одного клуба"
        clause = opening.end() if opening else clause
        before = s.words_between(clause, m.start())
        noun = _noun_of_one(m.group("words").split())
        if not before or not _opens_with_a_noun(before) or not before[-1].info.noun or noun is None \
                or any(w.info.top_pos in VERB_POS for w in before):
            continue  # "Объем закупок из одного источника ...": one after a preposition names a kind, no base
        end = m.start("words") + m.group("words").index(noun) + len(noun)
        money = MONEY_AFTER_RE.match(s.text, end)
        first = DIGIT_RE.search(s.text, end)
        if (money is None or CLAUSE_COMMA_RE.search(money.group())
                or not any(f.start == first.start() and f.measure.unit in PAYMENT_UNITS for f in figures)
                or not (any(w.info.top_pos in VERB_POS for w in s.words_between(end, money.end()))
                        or DASH_PREDICATE_RE.match(s.text, end, first.start()))) \
                and not _measure_after_dash(s, end, first, figures):
            continue  # "... снизился на 12,4% и составил 1 806 млрд. тенге": the cost is the first figure after it
        out.append(Base(m.start("base"), end, Decimal(1), noun))
    return out


def _measure_after_dash(s: Sentence, end: int, first: Optional[regex.Match], figures: list[Figure]) -> bool:
    """"суточный рацион одного слона – 120 кг кормов": a measure (no count, share or span) right after the dash that
    follows the noun of one is that one's, as a cost is."""
    if first is None or not DASH_PREDICATE_RE.match(s.text, end, first.start()):
        return False
    figure = next((f for f in figures if f.start == first.start()), None)
    return figure is not None and figure.measure.unit is not None \
        and figure.measure.unit not in NOT_AMOUNT_UNITS | DURATION_UNITS


def _opens_with_a_noun(words: list) -> bool:
    """Whether the clause's first word past its adjectives is a noun ("Средняя сумма", "Дублирование")."""
    head = next((w for w in words if not (w.info.attributive and not w.info.noun)), None)
    return head is not None and head.info.noun


def _noun_of_one(words: list[str]) -> Optional[str]:
    """The noun "одного"/"одной" counts: the first noun after at most two adjectives ("одной полнометражной картины"),
    or the last adjective where no noun follows it (a participle standing for one: "одного заключенного обходится")."""
    last_attribute = None
    for i, word in enumerate(words[:MAX_ATTRIBUTES + 1]):
        info = word_info(word.lower())
        if info.noun and not info.attributive:
            return word
        if not info.attributive or i == MAX_ATTRIBUTES:
            return last_attribute
        last_attribute = word
    return last_attribute
