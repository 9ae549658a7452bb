"""Years: which numbers are years, and which year each figure speaks of.

A year is no figure ("в 2019 году", "2017 – 2021 гг.", "31.12.2020"), but it dates the figures near it: the year
stated before a figure in its parenthesis (or an enclosing one) or right after it ("782 нарушений в 2019 году")
is the figure's. A comparison base ("по сравнению с 2018 годом") and a document's date ("приказ от 16 января 2018
г.") date nothing; "в 2018 и 2019 годах ... 4,1% и 4,5% соответственно" gives the listed years in order.
"""
from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from typing import Optional

import regex

from pipeline.facts.asides import gap_past_aside, paren_holds_no_figure
from pipeline.facts.attribute_participles import qualifies_a_noun
from pipeline.facts.exceeded_bases import COMPARING_VERB_STEMS, EXCEEDED_BASE
from pipeline.facts.exclusions import MONTH, YEAR_WORD_RE
from pipeline.facts.instrumental_bases import INSTRUMENTAL_BASE, INSTRUMENTAL_ENDINGS
from pipeline.facts.measures import Figure, measure
from pipeline.facts.named_years import dates_an_act, names_an_event_aimed_at
from pipeline.facts.sentence import Sentence, Word, literals
from pipeline.facts.words import word_info
from pipeline.sentences import YEAR

YEAR_MIN, YEAR_MAX = 1950, 2049
POST_YEAR_MAX_WORDS = 3  # words allowed between a figure and a year phrase that follows it
MAX_RANGE_YEARS = 10  # a year range this short is spelled out for "... соответственно"
COMPARE_WINDOW = 60  # characters before a year searched for a comparison ("по сравнению с ... 2019 года")

YEAR_JOIN_RE = regex.compile(rf"\s*(?:,|и|или|[-–—/]|по)\s*(?={YEAR}(?!\d))", regex.I)
SLASHED_YEARS_RE = regex.compile(r"(?P<first>\d{4})/(?P<second>\d{4}|\d{2})(?!\d)")
SHARED_DATE_GAP_RE = regex.compile(r"\s*до\s+[^;()]{0,30}?\s(?:на|к)\s+\Z", regex.I)  # "на 1 января до 3,9% на 1 июля"
VALUE_DASH_RE = regex.compile(r"\s*[-–—:]\s*(?=\d)")
# "2008 базисного года", "2021 финансового года": an adjective between a year and its year word
YEAR_ADJECTIVE_WORD_RE = regex.compile(r"\s+[а-яё]{3,}(?:ого|его|ому|ему|ом|ем)\s+год(?:а|у|ом)?(?!\w)", regex.I)
YEAR_PREP_BEFORE_RE = regex.compile(
    r"(?:^|(?<=[\s(]))(?:в|во|с|со|до|на|по|за|к|от|из|между|и|чем|после|период)\s+\Z", regex.I
)
# "в январе 2020", "за январь–июль 2025": a month names the year after it without a year word
MONTH_BEFORE_RE = regex.compile(rf"(?<!\w){MONTH}(?:\s*[-–—]\s*{MONTH})?\s+\Z", regex.I)
# "в связи с чем на 2017 год запрошено": "чем" after a preposition is a relative pronoun, not the "than" of a base
NOT_RELATIVE = r"(?<!(?<!\w)(?:с|со|о|об|при|над|перед)\s+)"
COMPARE_BEFORE_RE = regex.compile(
    # "с 2018 годом" ("начиная с 2020 года" is a start, not a base, and so is a sentence's opening "С 2020 года")
    rf"(?:(?:(?<=[\s(])(?<!начиная\s{{1,3}})(?:с|со)|(?:^|(?<=[\s(]))(?:{NOT_RELATIVE}чем\s+в|сравнению\s+с|сравнении\s+с|сравнива\w*\s+с"
    r"|отношению\s+к|относительно|против))\s+"
    # "по сравнению с аналогичным периодом 2019 года", "по сравнению с январем - декабрем 2017 года", "по сравнению с
    # ее наличием на начало 2015 года", "выше уровня 2018 года", "чем за аналогичный период 2019 года"
    # "если сравнивать с данными 2021 года"
    # "по сравнению со II кварталом 2022 г.": a quarter numbered in Roman figures
    rf"|(?<!\w)(?:сравнени[юи]\s+со?|сравнива\w*\s+со?|отношению\s+к|{NOT_RELATIVE}чем(?:\s+(?:в|за))?|против|относительно)"
    # "чем за 9 месяцев 2024 года": the months so far of the base year
    r"(?:\s+(?:[а-яё]+|(?-i:[IV]{1,3})|\d{1,2}(?=\s+месяц))(?:\s*[-–—]\s*[а-яё]+)?){1,4}\s+"
    # "превысит уровень 2017 года", "получено на уровне 2016 года" (equal to the base: the base, not the period)
    r"|(?<!\w)(?:уров(?:ень|н(?:я|ем|ю|е))|показател(?:я|ем|ю)|значени(?:я|ем|ю))(?:\s+(?:аналогичного|прошлого|того\s+же))?"
    # "к уровню января-декабря 2011 года", "к уровню декабря 2011 года": a month or months of the base year
    rf"(?:\s+периода)?(?:\s+{MONTH}(?:\s*[-–—]\s*[а-яё]+)?)?\s+"
    # "больше того же периода 2002 года", "выше аналогичного периода 2019 года"
    r"|(?<!\w)(?:больше|меньше|выше|ниже)\s+(?:того\s+же|аналогичного|соответствующего)\s+периода\s+"
    # "в 2,3 раза выше оценки 1986 года", "ниже данных переписи 2009 года": an earlier estimate or count as the base
    r"|(?<!\w)(?:больше|меньше|выше|ниже)\s+(?:оценки|данных|результатов)(?:\s+[а-яё]+)?\s+"
    # "на 11,6% меньше уточненных данных того же периода 2024 года": a comparative's genitive noun group ending in the
    # base year (no preposition in it: "стало больше в 2020 году" dates the level)
    r"|(?<!\w)(?:больше|меньше|выше|ниже)(?:\s+(?!(?:в|во|за|на|к|с|со|по|до|от|чем|и|или|а|но)(?!\w))[а-яё]+){1,5}\s+"
    # "107,2 % к аналогичному периоду 2016 г.", "снизилось к началу 2016 года", "102,1% к декабрю 2016 года"
    # "в 2019 году к оценке 2018 года" (a forecast against the estimate of the year before)
    # "Рост к тому же периоду допандемийного 2019 года составил 21%"
    # "6,3% к IV кварталу 2022 г.", "к первому полугодию 2022 года"
    rf"|(?<!\w)к\s+(?:(?:аналогичному|соответствующему|тому\s+же)\s+периоду(?:\s+[а-яё]+(?:ого|его))?|началу|оценке"
    rf"|{MONTH}(?:\s*[-–—]\s*[а-яё]+)?|(?:(?-i:[IV]{{1,3}})|[а-яё]+ому)\s+(?:кварталу|полугодию))\s+"
    # "67,6 тыс. или 88,8 процента от 2010 года", "93 процента от соответствующего периода 2010 года": a share of the base
    r"|(?:%|(?<!\w)процент\w*)\s+от\s+(?:(?:уровн|соответствующ|аналогичн|период)\w*\s+){0,2}"
    # "..., с декабрем 2024 года – 104,9%": a later member of "по сравнению с" (instrumental_bases); "превышает
    # показатель первого полугодия 2025 года": the object of a verb that compares (exceeded_bases)
    rf"|{INSTRUMENTAL_BASE}|{EXCEEDED_BASE})\Z",
    regex.I,
)
COMPARE_WORDS = literals("сравнени", "сравнива", "отношени", "чем", "против", "относительно", "уровн", "уровен", "показател", "значени",
                         "период", "к ", "от", "оценки", "данных", "результатов", "больше",
                         "меньше", "выше", "ниже", *COMPARING_VERB_STEMS)
# "к 2017 году" is a comparison base beside a change ("на 4,4 % к 2017 году", "122,51 % к 2015 году"), and a
# target elsewhere ("К 2019 году показатель достигнет ...").
TO_YEAR_BEFORE_RE = regex.compile(r"(?<!\w)к\s+\Z", regex.I)
CHANGE_NEAR_RE = regex.compile(r"%|процент|(?<!\w)раза?(?!\w)", regex.I)
CHANGE_NEAR_WINDOW = 40  # characters before "к" searched for a percentage ("101,6% в сопоставимых ценах к 2015 году")
# "составила 91,2% при плане 89%, к 2025 году планируется довести ее до 100%": a percentage of the clause before
# is no change compared with the year ("на 4,4 % к 2017 году"; the comma of "4,4" has no space after it)
CLAUSE_BREAK_RE = regex.compile(r"[,;]\s")
CHANGE_AFTER_RE = regex.compile(r"\s*(?:(?:на|в)\s+|[-–—]\s*(?:(?:на|в)\s+)?)[\d\s,.]+\s*(?:%|процент|п\.\s?п\.|раза?(?!\w))", regex.I)
# "на 6,2 процентного пункта к 2019 году", "на 1,4 п.п. к 2020 году": a difference of shares has a base
POINTS_BEFORE_RE = regex.compile(r"(?:п\.\s?п\.|процентн\w+\s+пункт\w*)\s*к\s+\Z", regex.I)
# "рост к 2016 году составит 103,4%", "Рост транзитных полетов к 2017 году составил 14,6%": a change named before "к"
# (with up to three words of what changed) has a base, not a target
CHANGE_NOUN_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:рост|прирост|снижени[ея]|увеличени[ея]|уменьшени[ея]|темп\w*)(?:\s+[а-яё]+){0,3}\s+к\s+\Z", regex.I)
# "снизилась с 38,2% в 2019 году до 33,6%": the year inside "с X ... до Y" is X's, the base the change starts from
RANGE_START_BEFORE_RE = regex.compile(r"(?<!\w)со?\s+\d[\d\s,.]*(?:\s*(?:%|[а-яё]+\.?)){0,3}\s+(?:в|во|за)\s+\Z", regex.I)
RANGE_END_AFTER_RE = regex.compile(r"\s*,?\s*до\s+\d", regex.I)
# "в рамках Программы по развитию АПК на 2013–2020 годы", "Концепции развития туристской отрасли до 2023 года": the
# years of a programme's name, no period of its clause
PROGRAMME_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:программ|стратеги|концепци|дорожн\w*\s+карт|национальн\w*\s+проект|план\w*\s+(?:мероприяти|развити|действи))"
    r"\w*(?:\s+[а-яё«»\-]+){0,6}\s+(?:на|до)\s+\Z", regex.I)
PROGRAMME_WINDOW = 100  # characters before a year searched for the programme it names
NAME_WORD_RE = regex.compile(r"[а-яё]+", regex.I)
PREDICATE_POS = frozenset({"VERB", "INFN", "PRTS", "GRND"})  # "Стратегией предусмотрено довести ... до 2025 года": a target
DOC_DATE_BEFORE_RE = regex.compile(r"(?:^|(?<=[\s(]))от\s+\Z", regex.I)
# "Всего с момента запуска услуги 1 декабря 2013 года перенесено 27,9 млн номеров", "со дня открытия в 2019 году": the
# start of a total since an event, no period of its figures
SINCE_EVENT_BEFORE_RE = regex.compile(
    rf"(?<!\w)(?:с|со)\s+(?:момента|дня|даты|времени)(?:\s+[а-яё]+){{1,4}}\s+(?:в\s+|во\s+|(?:\d{{1,2}}\s+)?{MONTH}\s+)?\Z",
    regex.I)
SINCE_WINDOW = 80  # characters before a year searched for that start
# "После чрезвычайной ситуации 24 июня 2019 года выведено 4 склада": the date of an event, no period of what followed it
AFTER_EVENT_BEFORE_RE = regex.compile(r"(?<!\w)после(?:\s+[а-яё]+){1,4}\s+\Z", regex.I)
# a bare "с" before a date or a range of years is a start ("с 01.07.2016", "с 2019 по 2020 гг."), not a base
FROM_BEFORE_RE = regex.compile(r"(?<!сравнени[юи]\s{1,3})(?<!\w)со?\s+\Z", regex.I)
# "Площадь лесов с 1990 года сократилась на 4 тыс. га": a bare "с" before the genitive "года" with no end after it is
# the start of a span (a base takes "с 1990 годом"), dated by `since_years.since_years`
SINCE_YEAR_WORD_RE = regex.compile(r"\s*года(?!\w)(?!\s*(?:по|до)\s)", regex.I)
# "за первое полугодие 2023 года", "в январе-июне 2022 года": a part of the year between the preposition and the year
PART_OF_YEAR = (rf"(?:(?:{MONTH})(?:\s*[-–—]\s*(?:{MONTH}))?|(?:перв|втор|трет|четв[её]рт)\w*\s+(?:полугоди|квартал|половин)\w*"
                r"|(?:полугоди|квартал)\w*)\s+")
POST_YEAR_RE = regex.compile(
    rf"^(?P<gap>(?:\s+[а-яё]+){{0,{POST_YEAR_MAX_WORDS}}}?)"
    rf"\s+(?:в|во|за|на|по\s+итогам|по\s+состоянию\s+на|на\s+(?:конец|начало)|в\s+течение)\s+(?:{PART_OF_YEAR})?\Z",
    regex.I,
)
# "при целевом индикаторе 3% к", "при плане 5,2% к", "ориентир Дорожной карты – 3% к" (whose plan, then a dash)
TARGET_WORD_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:целев|план|индикатор|ориентир|прогноз)\w*(?:\s+[а-яё]+){0,2}(?:\s*[-–—:])?\s+[\d\s,.]+%\s*к\s+\Z", regex.I)
TARGET_WINDOW = 60
YEAR_AT_RE = regex.compile(r"(?:19|20)\d\d(?!\d)")  # a year written as one, no date ("к 1 апреля 2020г.")
TARGET_GAP_RE = regex.compile(r"^\s+к\s+\Z", regex.I)  # "3% к 2020 году", where "к 2020 году" is no base
# "(929 дел — в 2022 году)": a bracket that gives a value and, after a dash, its year
PAREN_DASH_YEAR_RE = regex.compile(r"^(?:\s+[а-яё]+\.?){0,2}\s*[-–—]\s*(?:в|во|за)\s+\Z", regex.I)
# "Свыше 37 млрд тенге предусмотрено на реализацию программы «...-2020» в 2015 году": the period of the clause, after
# its predicate, for a figure no year precedes (no other number, clause break or parenthesis between them)
CLAUSE_POST_YEAR_RE = regex.compile(
    rf"^(?:[^\d,;:()«»\"]|«[^«»]*»)*?\s(?:(?:в|во|за|по\s+итогам)\s+(?:{PART_OF_YEAR})?|(?:осенью|весной|летом)\s+"
    # "заложены осенью 2024 года": a season of the year; "14 человек работали с 3 июня по 9 августа 2024 года": a span of days
    # within the year (its end the date mention)
    rf"|с\s+\d{{1,2}}\s+(?:{MONTH})\s+по\s+)\Z", regex.I)
MENTION_PREPOSITION_RE = regex.compile(r"(?:в|во|на)\s+(?=(?:этом|текущем|нынешнем|отчетном)\s)", regex.I)
CLAUSE_POST_YEAR_MAX = 100  # characters between a figure and the period of its clause
# "На 1 января 2026 года ... 184 компании, из них 37 получили его в 2025 году": a part opens a clause of its own,
# dated by the period after its predicate though the sentence named another before it
PART_OPENED_RE = regex.compile(r"[,;:]\s*(?:из\s+(?:них|которых)|в\s+том\s+числе)\s*\Z", regex.I)
COMPARE_GAP_RE = regex.compile(r"(?<!\w)(?:чем|сравнени\w*|относительно|против|прошл\w*|начиная|к\s+уровню)(?!\w)", regex.I)
COORDINATED_GAP_RE = regex.compile(r"\s*(?:,|и)\s*", regex.I)  # "13 зон и 24 зон", "13 зон, 24 зон"
PART_OF_THEM_AFTER_RE = regex.compile(r"\s*из\s+(?:них|которых)(?!\w)", regex.I)  # a part of the figure before
PAREN_RE = regex.compile(r"[()]")
# "4282 кг против 4270 кг в соответствующем периоде 2020 г.": the value compared with, and its period
AGAINST_BEFORE_RE = regex.compile(r"(?<!\w)против\s+\Z", regex.I)
AGAINST_WORDS = literals("против")
# "снизилась до 1,9% с 2,4% на конец 2023 года": the period after the start of a change written after its end is the
# start's alone, as after a value compared with
CHANGE_START_BEFORE_RE = regex.compile(r"(?<!\w)до\s+\d[\d\s,.]*(?:\s*%|\s+[а-яё]+\.?){0,2}\s+со?\s+\Z", regex.I)
CHANGE_START_WORDS = literals("до ")
CHANGE_START_WINDOW = 40  # characters before a figure searched for "до X с"
WRITTEN_YEAR_RE = regex.compile(r"\d{4}")
AGAINST_GAP_RE = regex.compile(r"^[^;()\d]{0,60}(?:(?<=\sи\s)\d[\d\s,.]*[^;()\d]{1,40})?\Z")  # "против 6 случаев и 19 дней в 2024 году"
THAN_YEAR_BEFORE_RE = regex.compile(
    r"(?<!\w)чем\s+(?:годом\s+ранее|в\s+(?:прошлом|предыдущем)\s+году)(?!\w)[^\d();]*\Z", regex.I)
THAN_YEAR_BEFORE_WINDOW = 60  # characters before the first of a pair searched for that comparison
# "против 45,1 кг в предыдущую кампанию": the previous round of a yearly campaign or season is the year before's
YEAR_BEFORE_AFTER_RE = regex.compile(r"\s*(?:годом\s+ранее|в\s+(?:прошлом|предыдущем)\s+году"
    r"|(?:в|во|за)\s+(?:прошл|предыдущ)\w+\s+(?:кампани|сезон|навигаци)\w*"  # "против 66,9% за девять
    r"|(?:за|в|во)\s+(?:\d{1,2}\s+)?(?:[а-яё]+\s+){1,2}(?:прошлого|предыдущего)\s+года)(?!\w)", regex.I)  # месяцев прошлого года"
PHRASE_WINDOW = 100  # characters before a year searched for the participle of a phrase that holds it
PHRASE_BOUNDS = (",", ";", ":", "(", ")")
HORIZON_BEFORE_RE = regex.compile(r"(?<!\w)(?:до|к)\s+\Z", regex.I)  # a phrase's horizon: "предусмотренных до 2025 года"
FIGURE_BEFORE_RE = regex.compile(r"\d\s*(?:%|[а-яё]+\.?)?(?:\s+[а-яё]+\.?){0,2}\s*\Z", regex.I)  # "2 млрд. деревьев"
NOUN_GAP_RE = regex.compile(r"(?:\s+[а-яё]+){0,2}\s*", regex.I)  # "95% мероприятий", a noun or two after the figure
# ", запланированных на 2023 год", ", предусмотренных в бюджете на 2024 год", ", запланированных к завершению в 2023
# году": a plan year in a participial phrase
PLAN_PHRASE_BEFORE_RE = regex.compile(r",\s*(?P<part>[а-яё]+)(?:\s+[а-яё]+){0,2}\s+(?:на|в)\s+\Z", regex.I)
PART_OF_BEFORE_RE = regex.compile(r"\s*из\s*", regex.I)  # "10 из 13 школ"
PARTICIPLE_ENDINGS_RE = regex.compile(r"(?:нн|ем|ом|им|щ|вш)(?:ый|ая|ое|ые|ого|ой|ых|ую|ым|ому|ими)(?!\w)", regex.I)
EVENT_ORDER = operator.itemgetter(0, 1)  # position, then a year before a figure


@dataclass
class YearMention:
    """A year (or list/range of years) the text states, and whether later figures take it."""

    pos: int
    end: int
    year: Optional[int]
    sets_context: bool
    listed: tuple[int, ...] = ()  # the years of a list or short range ("в 2018 и 2019 годах")
    compared: bool = False  # a comparison base ("по сравнению с 2018 годом"), not a document's date
    phrase: Optional[int] = None  # where the participial phrase holding it starts ("..., предусмотренных ... до 2025 года")
    phrase_after_figure: bool = False  # that phrase follows a figure's noun, whose figure the year dates
    part_of_year: bool = False  # a part of the year written without it ("за февраль", "17 июля"; see `periods`)
    since: bool = False  # the start of a span up to now or on ("с 2009 года"; see `since_years.since_years`)


# --- which numbers are years -------------------------------------------------------------

def classify_year(s: Sentence, tokens: list[regex.Match], i: int) -> Optional[tuple[int, YearMention]]:
    """(tokens used, mention) when number token i (a year token, see `is_year_token`) starts a year mention."""
    text = s.text
    m = tokens[i]
    run, listed, year_word = _year_run(text, tokens, i)
    head_start = max(0, m.start() - COMPARE_WINDOW)
    head = text[head_start:m.start()]
    compare = _may_compare(s, head_start, m.start()) and bool(COMPARE_BEFORE_RE.search(head))
    end = year_word.end() if year_word else tokens[i + run - 1].end()
    target = False  # a target's year after its value dates that value alone, not the clause
    if not compare and TO_YEAR_BEFORE_RE.search(head):
        # "на 4,4 % к 2017 году", "к 2017 году на 4,4%", "прирост к 2020 году – 6,8%" compare; "к 2020 году составит
        # 3 %" is a target
        near = CLAUSE_BREAK_RE.split(text[max(0, m.start() - 2 - CHANGE_NEAR_WINDOW):m.start()])[-1]
        target = _target_after_its_year(text, tokens, i)
        compare = bool(CHANGE_NEAR_RE.search(near) and not target or CHANGE_AFTER_RE.match(text, end) or CHANGE_NOUN_BEFORE_RE.search(head)
                       or POINTS_BEFORE_RE.search(head))
    if not compare and RANGE_END_AFTER_RE.match(text, end) and RANGE_START_BEFORE_RE.search(head):
        compare = True
    if run > 1:
        if compare and FROM_BEFORE_RE.search(head):  # "с 2019 по 2020 гг.": a period, not a base
            compare = False
        return run, YearMention(m.start(), end, None, not compare and not _names_a_programme(text, m.start()), listed,
                                compare)
    year = int(m.group())
    in_parens = text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip().startswith(")")
    if compare and FROM_BEFORE_RE.search(head) and SINCE_YEAR_WORD_RE.match(text, m.end()):
        return 1, YearMention(m.start(), end, year, False, since=True)
    if (year_word or VALUE_DASH_RE.match(text, m.end()) or in_parens
            or (YEAR_PREP_BEFORE_RE.search(head) or MONTH_BEFORE_RE.search(head)) and not _has_unit_after(s, m)):
        phrase = None if compare else participial_phrase(s, m.start(), end)
        own = not compare and not target and phrase is None and not _names_a_programme(text, m.start()) and not _names_a_thing(s, m) \
            and not SINCE_EVENT_BEFORE_RE.search(text, max(0, m.start() - SINCE_WINDOW), m.start())
        return 1, YearMention(m.start(), end, year, own, (), compare,
                              phrase and phrase[0], bool(phrase and phrase[1]))
    return None


def _target_after_its_year(text: str, tokens: list[regex.Match], i: int) -> bool:
    """"в 2018 году составила 1,3% при целевом индикаторе 3% к 2020 году": a target's value, then "к" and a year later
    than one the sentence named before, is of that year, since no level is compared with one still to come ("или
    109,8% к 2023 году" names no target; "122,51 % к 2015 году" no later year)."""
    year = int(tokens[i].group())
    target = TARGET_WORD_BEFORE_RE.search(text, max(0, tokens[i].start() - TARGET_WINDOW), tokens[i].start())
    return bool(target) and any(is_year_token(t) and int(t.group()) < year for t in tokens[:i])


def _names_a_thing(s: Sentence, m: regex.Match) -> bool:
    """Whether the year at m is part of a name: an act's date or an aimed-at event's year (see `named_years`)."""
    return dates_an_act(s.text, m) or names_an_event_aimed_at(s, m)


def _names_a_programme(text: str, pos: int) -> bool:
    """Whether the year(s) at pos end the name of a programme, strategy or plan ("Программы ... на 2013–2020 годы")."""
    m = PROGRAMME_BEFORE_RE.search(text, max(0, pos - PROGRAMME_WINDOW), pos)
    return bool(m) and not any(word_info(w.lower()).top_pos in PREDICATE_POS for w in NAME_WORD_RE.findall(m.group()))


def slashed_years(s: Sentence, m: regex.Match) -> Optional[YearMention]:
    """Two consecutive years joined by a slash, an academic or fiscal year ("За 2022/2023 учебный год", "в 2023/24
    сельскохозяйственном году"): a period of its own that is no single year, or a comparison base."""
    slashed = SLASHED_YEARS_RE.match(s.text, m.start())
    if not slashed or not is_year_token(m):
        return None
    first, second = int(slashed.group("first")), int(slashed.group("second"))
    if second < 100:
        second += first - first % 100
    if second != first + 1:
        return None
    compare = bool(COMPARE_BEFORE_RE.search(s.text, max(0, m.start() - COMPARE_WINDOW), m.start()))
    return YearMention(m.start(), slashed.end(), None, not compare, (first, second), compare)


def participial_phrase(s: Sentence, pos: int, end: int) -> Optional[tuple[int, bool]]:
    """Where the participial phrase that holds the horizon year at pos ("до 2025 года", its mention ending at end)
    starts, and whether it follows a figure's noun, or None: after a figure and a comma, "2 млрд. деревьев, предусмотренных к посадке до
    2025 года, ..."; before its noun, "превышает предусмотренный в Стратегии ... до 2025 года норматив". Such a
    year describes a noun; it is no period of the rest of the sentence ("участков, предоставленных для строительства
    в 2016, составила" has no noun after it either, so a phrase closed by the verb of the clause is not one)."""
    if s.absent(PARTICIPLE_ENDINGS_RE, max(0, pos - PHRASE_WINDOW), pos) or not HORIZON_BEFORE_RE.search(s.text, max(0, pos - 4), pos):
        return None  # "зарегистрированных в 2020 году случаев" names the period of its figures
    text = s.text
    start = max(0, pos - PHRASE_WINDOW)
    bound = max(text.rfind(c, start, pos) for c in PHRASE_BOUNDS)
    start = max(start, bound + 1)
    words = s.words_between(start, pos)
    after = s.word_at(end)
    noun_after = after is not None and after.info.top_pos == "NOUN"
    if words and text[bound:bound + 1] == "," and _is_participle(words[0]) and not noun_after \
            and text[end:].lstrip()[:1] in (",", "") and FIGURE_BEFORE_RE.search(text, max(0, bound - 40), bound):
        return start, True  # "2 млрд. деревьев, предусмотренных к посадке до 2025 года," after a figure's noun
    if noun_after and any(_is_participle(w) for w in words):
        return start, False
    return None


def _is_participle(word: Word) -> bool:
    """A full participle, also where morphology reads it as an adjective first ("предусмотренный")."""
    return word.info.top_pos == "PRTF" or word.info.attributive and bool(PARTICIPLE_ENDINGS_RE.search(word.text))


def date_year(text: str, m: regex.Match) -> YearMention:
    """The year of a written date; a document's date ("от 26 ноября 2019 года") sets no context, nor does a date that
    is a comparison base ("9600 чел. (на уровне 31.12.2015 года)"; "с 01.07.2016" is a start, not a base)."""
    head = text[max(0, m.start() - COMPARE_WINDOW):m.start()]
    compare = bool(COMPARE_BEFORE_RE.search(head)) and not FROM_BEFORE_RE.search(head)
    own = not compare and not DOC_DATE_BEFORE_RE.search(text[max(0, m.start() - 5):m.start()]) \
        and not SINCE_EVENT_BEFORE_RE.search(text, max(0, m.start() - SINCE_WINDOW), m.start()) \
        and not AFTER_EVENT_BEFORE_RE.search(text, max(0, m.start() - SINCE_WINDOW), m.start())
    return YearMention(m.start(), m.end(), int(m.group("year")), own, (), compare)


def dates_sharing_a_year(text: str, dates: list[regex.Match]) -> list[YearMention]:
    """The dates without a year that take the year of the date closing their pair: "снизилась с 4,6% на 1 января до
    3,9% на 1 июля 2023 г." (the year written once for both)."""
    return [YearMention(first.start(), first.end(), int(second.group("year")), True)
            for first, second in itertools.pairwise(dates)
            if first.group("year") is None and second.group("year")
            and SHARED_DATE_GAP_RE.match(text[first.end():second.start()])]


def is_year_token(m: regex.Match) -> bool:
    """Whether a number token is four plain digits in the year range."""
    token = m.group()
    return token.isdigit() and len(token) == 4 and YEAR_MIN <= int(token) <= YEAR_MAX


HORIZON_JOIN_RE = regex.compile(r"\s*[-–—]\s*")


def _horizon_token(m: regex.Match) -> bool:
    """Whether a number token is four plain digits of a year past the years a report speaks of ("2050")."""
    token = m.group()
    return token.isdigit() and len(token) == 4 and YEAR_MAX < int(token) <= YEAR_MAX + 51


def _year_run(text: str, tokens: list[regex.Match], i: int) -> tuple[int, tuple[int, ...], Optional[regex.Match]]:
    """Tokens from i forming a year list/range ("2017 – 2021", "2018 и 2019"), its years, and the year word after it."""
    j, listed = i, [int(tokens[i].group())]
    while j + 1 < len(tokens) and (is_year_token(tokens[j + 1]) or _horizon_token(tokens[j + 1])):
        horizon = not is_year_token(tokens[j + 1])  # past the years a report speaks of, only the end of a period of
        join = (HORIZON_JOIN_RE if horizon else YEAR_JOIN_RE).match(text, tokens[j].end())  # years: "на 2013–2050 годы"
        if not join or join.end() != tokens[j + 1].start() or horizon and not YEAR_WORD_RE.match(text, tokens[j + 1].end()):
            break
        j += 1
        nxt = int(tokens[j].group())
        if join.group().strip() in "-–—" and 0 < nxt - listed[-1] <= MAX_RANGE_YEARS:
            listed.extend(range(listed[-1] + 1, nxt))
        listed.append(nxt)
    end = tokens[j].end()
    return j - i + 1, tuple(listed), YEAR_WORD_RE.match(text, end) or YEAR_ADJECTIVE_WORD_RE.match(text, end)


def _may_compare(s: Sentence, start: int, end: int) -> bool:
    """Whether COMPARE_BEFORE_RE can match text[start:end]: each branch holds one of COMPARE_WORDS, is a last word
    "с"/"со" before the final spaces or ends in an instrumental ("с декабрем ")."""
    low = s.low
    if low is None or COMPARE_WORDS.search(low, start, end):
        return True
    return low[start:end].rstrip().endswith(("с", "со", *INSTRUMENTAL_ENDINGS))


def _has_unit_after(s: Sentence, m: regex.Match) -> bool:
    """Whether a unit or counted noun follows a number (so "в 2000 школах" is a count, not a year)."""
    return measure(s, m.group(), m.end()).unit is not None


# --- which year a figure speaks of -------------------------------------------------------

def assign_years(s: Sentence, figures: list[Figure], years: list[YearMention], base: Optional[int]) -> None:
    """Give each figure the year stated before it in its parenthesis (or an enclosing one), or right after it, or
    else the base year (a list's lead-in year)."""
    text = s.text
    if not years and s.prefilters:  # every figure takes the base year (as the loop below gives when no year is stated)
        for f in figures:
            f.year = base
        return
    has_parens = not s.prefilters or "(" in text or ")" in text
    parens = [(m.start(), m.group()) for m in PAREN_RE.finditer(text)] if has_parens else []
    against = against_years(s, figures, years)
    context: dict[int, Optional[int]] = {-1: base}
    events: list[tuple[int, int, YearMention | Figure]] = sorted(
        [(y.pos, 0, y) for y in years] + [(f.start, 1, f) for f in figures], key=EVENT_ORDER)
    chain, p = [-1], 0
    dated_after: set[int] = set()  # figures no year precedes, dated by a phrase after them
    for pos, _kind, item in events:
        while p < len(parens) and parens[p][0] < pos:
            if parens[p][1] == "(":
                chain.append(parens[p][0])
                _year_before_paren(text, parens[p][0], years, context)
            elif len(chain) > 1:
                chain.pop()
            p += 1
        if isinstance(item, YearMention):
            if item.sets_context and id(item) not in against:
                context[chain[-1]] = item.year
                if len(chain) > 1 and paren_holds_no_figure(text, chain[-1], figures):
                    # "45 баллов (в 2019 году)" dates the figure before it; "На конец периода (31.12.2020 г.)
                    # задолженность ..." dates the rest of the sentence.
                    dated = next((f for f in figures
                                  if f.measure.end <= chain[-1] and not text[f.measure.end:chain[-1]].strip()), None)
                    if dated:
                        dated.year = item.year
                    else:
                        context[chain[-2]] = item.year
            continue
        before = context[-1] if len(chain) == 1 else next(context[o] for o in reversed(chain) if o in context)
        after = _year_after(text, item, years, before)
        if after is not None and before is None:
            dated_after.add(id(item))
        item.year = after or before
    _coordinated_with_dated(text, figures, dated_after)
    for fig, mention in against.values():
        fig.year = mention.year
    _phrase_years(s, figures, years)
    _plan_phrase_years(s, figures, years)
    _against_the_year_before(s, figures)



def _coordinated_with_dated(text: str, figures: list[Figure], dated_after: set[int]) -> None:
    """"На территории 13 СЭЗ и 24 индустриальных зон по состоянию на 1 января 2023 года реализовано ...": a figure
    coordinated with the next one shares the period stated after that one, where no year precedes either."""
    for a, b in reversed(list(zip(figures, figures[1:], strict=False))):
        if a.year is None and id(b) in dated_after and COORDINATED_GAP_RE.fullmatch(text, a.measure.end, b.start) \
                and not PART_OF_THEM_AFTER_RE.match(text, b.measure.end):  # "19 автобусов, 2 из них ... в этом году"
            a.year = b.year
            dated_after.add(id(a))


def _phrase_years(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """"Из 2 млрд. деревьев, предусмотренных к посадке до 2025 года, высажено 10%": the year of a participial phrase
    dates the figure whose noun the phrase follows, and nothing else."""
    for y in years:
        if y.phrase is None or y.year is None or not y.phrase_after_figure:
            continue
        before = [f for f in figures if f.measure.end < y.phrase]
        if before and NOUN_GAP_RE.fullmatch(s.text, before[-1].measure.end, y.phrase - 1):
            before[-1].year = y.year


def _plan_phrase_years(s: Sentence, figures: list[Figure], years: list[YearMention]) -> None:
    """"Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2023 год", "из 46 объектов,
    запланированных к завершению в 2023 году": the plan year of a participial phrase right after a figure's noun dates
    that figure, and a part of it ("10 из 13")."""
    for y in years:
        if y.year is None or not y.sets_context or y.phrase is not None:
            continue
        phrase = PLAN_PHRASE_BEFORE_RE.search(s.text, max(0, y.pos - PHRASE_WINDOW), y.pos)
        part = s.word_at(phrase.start("part")) if phrase else None
        if part is None or not _is_participle(part) or qualifies_a_noun(s, part):
            continue
        before = [f for f in figures if f.measure.end <= phrase.start()]
        if not before or not NOUN_GAP_RE.fullmatch(s.text, before[-1].measure.end, phrase.start()):
            continue
        before[-1].year = y.year
        if len(before) > 1 and PART_OF_BEFORE_RE.fullmatch(s.text, before[-2].measure.end, before[-1].start):
            before[-2].year = y.year


def _against_the_year_before(s: Sentence, figures: list[Figure]) -> None:
    """"На 1 января 2023 года ... 8,5 млн. голов против 8,2 млн. голов годом ранее": the value compared with is of
    the year before the one its sentence gives it."""
    if s.absent(AGAINST_WORDS) and s.absent(CHANGE_START_WORDS):
        return
    text = s.text
    for i, f in enumerate(figures):
        if f.year is not None and _compared_or_started(s, f) \
                and (YEAR_BEFORE_AFTER_RE.match(text, f.measure.end) or i and _pair_after_the_year_before(text, figures[i - 1])):
            f.year -= 1


def against_the_year_before(s: Sentence, f: Figure) -> bool:
    """Whether the figure is the value compared with (or a change's start) of the year before: "с 3,4% годом ранее"."""
    return _compared_or_started(s, f) and bool(YEAR_BEFORE_AFTER_RE.match(s.text, f.measure.end))


def _compared_or_started(s: Sentence, f: Figure) -> bool:
    """Whether the figure follows "против" or "до X с" (the start of a change written after its end)."""
    return bool(not s.absent(AGAINST_WORDS) and AGAINST_BEFORE_RE.search(s.text, max(0, f.start - 8), f.start)
                or not s.absent(CHANGE_START_WORDS)
                and CHANGE_START_BEFORE_RE.search(s.text, max(0, f.start - CHANGE_START_WINDOW), f.start))


def _pair_after_the_year_before(text: str, first: Figure) -> bool:
    """"обслужили больше пассажиров, чем годом ранее, — 159,957 млн чел. против 159,330 млн чел.": the comparison with
    the year before is written before the pair, whose second member is that year's."""
    return bool(THAN_YEAR_BEFORE_RE.search(text, max(0, first.start - THAN_YEAR_BEFORE_WINDOW), first.start))


def against_years(s: Sentence, figures: list[Figure], years: list[YearMention]) -> dict[int, tuple[Figure, YearMention]]:
    """"составили 4282 кг против 4270 кг в соответствующем периоде 2020 г.; ... 172 штуки против 158 штук в
    январе-июле 2020 г.": the period after a value compared with ("против N") is that value's, and dates nothing
    else. Keyed by the mention's id."""
    against, start = not s.absent(AGAINST_WORDS), not s.absent(CHANGE_START_WORDS)
    if not (against or start):
        return {}
    text = s.text
    found: dict[int, tuple[Figure, YearMention]] = {}
    for f in figures:
        compared = against and AGAINST_BEFORE_RE.search(text, max(0, f.start - 8), f.start)
        if not (compared or start and CHANGE_START_BEFORE_RE.search(text, max(0, f.start - CHANGE_START_WINDOW), f.start)):
            continue
        nxt = next((y for y in years if y.pos >= f.measure.end), None)
        if nxt is None or nxt.year is None or not AGAINST_GAP_RE.match(text[f.measure.end:nxt.pos]):
            continue
        if not compared and not WRITTEN_YEAR_RE.search(text, nxt.pos, nxt.end):
            continue  # "замедлилась до 2,9% с 3,3% в июне": a month of the same year starts the change
        # the compared value's period makes a comparison; not after its own ("против 11,2 ц/га в прошлом году: ... в июне")
        nxt.compared = nxt.compared or not YEAR_BEFORE_AFTER_RE.match(text, f.measure.end)
        found[id(nxt)] = (f, nxt)
    return found





def _year_before_paren(text: str, paren: int, years: list[YearMention], context: dict) -> None:
    """"чем в 2018 году (13 412)": a parenthesis right after a year speaks of that year."""
    for y in years:
        if y.year and y.end <= paren and not text[y.end:paren].strip():
            context[paren] = y.year


def _year_after(text: str, fig: Figure, years: list[YearMention], before: Optional[int]) -> Optional[int]:
    """The year of a phrase right after a figure ("782 нарушений в 2019 году", "до 90% в 2020 году"), or of the
    figure's clause after its predicate where no year precedes the figure (see CLAUSE_POST_YEAR_RE)."""
    inner = next((y for y in years if fig.end <= y.pos < fig.measure.end), None)
    if inner is not None and inner.year is not None and inner.sets_context:
        return inner.year  # "Из 12 314 выявленных в отчетном году нарушений": a period inside the figure's noun phrase
    nxt = next((y for y in years if y.pos >= fig.measure.end), None)
    if not nxt or nxt.year is None:
        return None
    lead = MENTION_PREPOSITION_RE.match(text, nxt.pos)  # "в этом году" is placed at its preposition, "в 2025 году" not
    gap = text[fig.measure.end:lead.end() if lead else nxt.pos]
    if TARGET_GAP_RE.match(gap) and not nxt.compared and YEAR_AT_RE.match(text, nxt.pos):
        return nxt.year  # "при целевом индикаторе 3% к 2020 году": the target's year
    m = POST_YEAR_RE.match(gap)
    if not m and PAREN_DASH_YEAR_RE.match(gap) and text[:fig.start].rstrip().endswith("(") \
            and text[nxt.end:].lstrip().startswith(")"):
        return nxt.year
    if not m:
        clause = ((before is None or _opens_part(text, fig)) and nxt.sets_context and len(gap) <= CLAUSE_POST_YEAR_MAX
                  and CLAUSE_POST_YEAR_RE.match(gap_past_aside(text, fig, gap)) and not COMPARE_GAP_RE.search(gap))
        return nxt.year if clause else None
    if COMPARE_GAP_RE.search(gap) or (before is not None and m.group("gap").strip() and not _opens_part(text, fig)):
        return None
    return nxt.year


def _opens_part(text: str, fig: Figure) -> bool:
    """Whether the figure opens a part of a whole ("..., из них 37 получили его в 2025 году"), a clause of its own."""
    return bool(PART_OPENED_RE.search(text, max(0, fig.start - PHRASE_WINDOW), fig.start))

