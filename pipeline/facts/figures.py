"""The figures of one sentence: each number token is excluded, a year, or a figure with its measure.

"В 2019 году выявлено более 66 тыс. нарушений (приказ №13)." -> the year mention 2019 and the figure "66 тыс.
нарушений" (qualifier "более"); "№13" is a reference. A fraction ("1/3 населения") is a figure valued as the
quotient; a period ("за 12 месяцев 2019 года") and the base of a rate ("на 10 тыс. населения") are read but
marked to skip.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from pipeline import vocabulary
from pipeline.facts.amount_complements import of_something
from pipeline.facts.date_spans import spans_across_years
from pipeline.facts.exclusions import (
    exclusions,
    inside,
    is_reference,
    minus_after_separator,
    not_a_quantity,
    ordinal_rank,
    sign,
    sign_opens_value,
)
from pipeline.facts.measures import MAGNITUDE_RE, Figure, Measure, decimal, measure, noun_after, qualifier
from pipeline.facts.money import FRACTION_CODES, LEGAL_CODES, MONEY_CODES, MONEY_UNIT_GROUPS, SIGN_BEFORE_RE
from pipeline.facts.numeral_agreement import names_a_grade
from pipeline.facts.price_values import price_said_by_a_verb
from pipeline.facts.rank_bounds import elided_from_count, rank_bound
from pipeline.facts.rolling_periods import rolling_period
from pipeline.facts.scale_readings import names_the_scale, quake_magnitude
from pipeline.facts.sentence import Sentence, Word
from pipeline.facts.words import NOT_PERSON_ANIMATE, word_info
from pipeline.facts.years import (
    YearMention,
    classify_year,
    date_year,
    dates_sharing_a_year,
    is_year_token,
    slashed_years,
)
from pipeline.numbers import GROUP_SPACE
from pipeline.sentences import YEAR

BARE_NUMBER_RE = regex.compile(rf"^\W*(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+|\d+)(?:[.,]\d+)?\W*\Z")
FRACTION_RE = regex.compile(r"(?<![\w.,/])(?P<num>[1-9])\s?/\s?(?P<den>[2-9]|10)(?![\w/.,]|\s?[+×*=/÷]\s?\d)", regex.I)
PERIOD_UNITS = frozenset({"month", "day", "week"})
# differences and rates, and temperatures ("минимум –44,8 °C"), which a minus may precede
SIGNED_UNITS = frozenset({"percent", "percentage_point", "degree_celsius"})
SIGNED_WORDS_RE = regex.compile(rf"(?<!\w)(?:{vocabulary.alternation(vocabulary.words('signed_words'))})", regex.I)
SIGNED_WORDS_WINDOW = 80  # characters before a figure searched for a word of a balance
PERIOD_YEAR_RE = regex.compile(  # "за 12 месяцев 2019 года", "за 8 месяцев текущего года"
    rf"\s+(?:{YEAR}\s*(?:г\.|г(?!\w)|года(?!\w))|(?:текущего|прошлого|предыдущего|отч[её]тного|этого)\s+года(?!\w))",
    regex.I)
# "за 9 месяцев экспорт ... увеличился", "по итогам 10 месяцев": months of the year so far name a period, not a duration
PERIOD_MONTHS_BEFORE_RE = regex.compile(r"(?<!\w)(?:за|итогам)(?:\s+(?:первые|истекшие|прошедшие|последние))?\s+\Z", regex.I)
PERIOD_MONTHS_WINDOW = 24  # characters before a number of months searched for "за" / "по итогам"
MONTHS_IN_YEAR = 12
RATE_GAP_RE = regex.compile(r"^\s*на\s*\Z", regex.I)
# up to the next figure, within the clause and a phrase set off by commas ("на 1 тонну свеклы, сданной на переработку,")
SUBJECT_BASE_AFTER_RE = regex.compile(r"[^\d,;:()]{1,60}?(?:,[^\d,;:()]{1,40},[^\d,;:()]{1,30}?)?(?=\d)")
VERB_POS = frozenset({"VERB", "PRTS"})
PREDICATE_DASH_RE = regex.compile(r"\s[-–—]\s*(?:(?:до|около|свыше|не\s+более)\s+)?\Z")  # "— до 5 тыс. тенге": a bound
NOT_AMOUNT_UNITS = frozenset({"count", "person", "percent", "percentage_point", "times", "rank", "point", "index",
                              "ratio"})
# "на 100 тыс. населения", "в расчете на 1 000 человек": the base of a rate, wherever it stands.
RATE_BASE_BEFORE_RE = regex.compile(r"(?:(?<!\w)(?:расч[её]те|расчета)\s+)?(?<!\w)на\s*\Z", regex.I)
RATE_BASE_NOUN_RE = regex.compile(r"\s*(?:[а-яё]+\s+)?(?:населени|жител|живорожд|родивш|рождени)", regex.I)
# "На 1 млн. кв. км территории приходится 129 станций", "на 10 тыс. занятых приходилось 1,8 случая": the base of
# a rate is what the figure after "приходится" ("пришлось": "На 1000 браков пришлось 287 разводов") is shared out
# over, whatever it counts
SHARED_OVER_RE = regex.compile(r"[^\d,;:]{0,60}?(?<!\w)(?:приход(?:ит|ил)\w*|пришл(?:ось|ась|ись|о)|приш[её]лся)(?!\w)", regex.I)
CHANGE_CONTEXT_RE = regex.compile(
    r"(?<!\w)(?:увелич|уменьш|сократ|сниз|выросл|вырос|возросл|рост|прирост|больше|меньше|превыш|упал)", regex.I
)
# "сократилась на 1 га", "увеличилось на 1 человека": the amount of a change said right before, not a base of one
CHANGE_BY_RE = regex.compile(
    r"(?<!\w)(?:увелич|уменьш|сократ|сниз|выросл|вырос|возросл|рост|прирост|превыш|упал)\w*\s+на\s*\Z", regex.I
)
CHANGE_CONTEXT_WINDOW = 60  # characters before a base searched for a change it would be instead
UNIT_BASE_NOUN_RE = regex.compile(r"\s*(?:голов|коров|гектар|га(?!\w)|душу|жител|человек|работник|ученик|учащ)", regex.I)
# "стоимость 1 кв. м", "стоимость строительства 1 кв. м арендного жилья", "затраты на строительство 1 кв. м"
# ("себестоимость опреснения 1 куб. м воды", "Ставка платы за 1 МГц полосы частот")
PRICE_WORD = r"(?<!\w)(?:(?:себе)?стоимост\w*|цен[аеуы]|ценой|затрат\w*|тариф\w*|ставк[аеиу]|ставкой|плат[аеуы]|платой)"
PRICE_BEFORE_RE = regex.compile(PRICE_WORD + r"(?:\s+[а-яё]+){0,2}\s+\Z", regex.I)
# the amount of money a clause's predicate gives after a base of a cost ("... обходится в среднем в 4,8 тыс. тенге")
# (money as measures.UNIT_RE reads it, from the money table; roubles written in full are read by counted_nouns.tsv)
MONEY_AFTER_RE = regex.compile(
    r"[^;:]{1,100}?(?<![\d.,])\d[\d\s]*(?:[.,]\d+)?\s*(?:(?:тыс|млн|млрд)\w*\.?\s*)?"
    rf"(?:{MONEY_UNIT_GROUPS}|рубл\w*)", regex.I)
PRICE_FOR_BEFORE_RE = regex.compile(r"(?<!\w)за\s*\Z", regex.I)  # "компенсация за 450 мл крови"
CALENDAR_LEMMAS = frozenset({"год", "период", "квартал", "полугодие", "месяц"})  # "за 9 месяцев отчетного периода"
SPAN_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})  # "за 2 года": a period, no amount
RATE_CALC_RE = regex.compile(r"(?<!\w)(?:расч[её]те|расчета)\s+на\s*\Z", regex.I)
# "на полив 1 гектара", "на отпуск 1 Гкал", "для выпуска 1 тонны": the action a unit of the base is spent on, between
# "на" (the action in the accusative) or "для" (in the genitive) and the base
ACTION_BASE_BEFORE_RE = regex.compile(r"(?<!\w)(?P<prep>на|для|за)\s+(?P<action>[а-яё]{3,})\s+\Z", regex.I)
RATE_WINDOW = 20  # characters before a figure searched for "на" / "в расчете на"
PRICE_WINDOW = 48  # characters before a "1" searched for the price it is the unit of ("стоимость строительства 1 кв. м")
COUNTED_UNITS = frozenset({"count", "person"})
NUMBER_OF_LEMMAS = frozenset({"число", "количество"})  # "Число происшествий на 1000 переездов": a rate's subject
MONEY_UNITS = MONEY_CODES | FRACTION_CODES | {"us_cent"}  # currencies, their fractions and cents (not scaled)
# "тенге за 1 кВт/час", "25 тенге – за 1 кг": right after the price
PRICE_PER_GAP_RE = regex.compile(r"^\s*(?:[-–—]\s*)?за\s*(?:кажд(?:ый|ую|ое|ые)\s+)?\Z", regex.I)  # "за каждые 100 км"
# "урожайность огурцов – 31,4 кг с 1 кв. м", "3,2 т с 1 га": a harvest per one unit of the area it grew on
YIELD_PER_GAP_RE = regex.compile(r"^\s*с\s*\Z", regex.I)
# "Выход масла с 1 тонны семян – 412 кг": the one unit a yield is taken from, in the subject before its value
YIELD_FROM_BEFORE_RE = regex.compile(r"(?<!\w)со?\s*\Z", regex.I)
AREA_UNITS = frozenset({"sqm", "hectare", "sqkm"})
MIN_RATE_BASE = 100  # a rate's base is a round number at least this large ("на 100 тыс.", "на 10 000")
CATEGORY_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="numbered_category"))
CATEGORY_RANGE_RE = regex.compile(r"\s?[-–—]\s?")
MAX_CATEGORY = 12  # school grades, disability groups, wage grades and degrees are numbered up to this
CATEGORY_WINDOW = 24  # characters before a range searched for the verb that would make it a count
PREDICATE_POS = frozenset({"VERB", "PRTS", "INFN"})
NUMBER_JOIN_RE = regex.compile(r"^\s*(?:,|и|или|[-–—])\s*\Z", regex.I)
JOINED_BEFORE_RE = regex.compile(r"(?<![\d,.])\d{1,2}(?:\s*(?:,|и|или)\s*\d{1,2})*\s*(?:,|и|или)\s*\Z", regex.I)
# "в 2 раза", "в 1,5 – 2 раза": a ratio; "250 раз выезжали" counts occasions
TIMES_PREP_BEFORE_RE = regex.compile(r"(?<!\w)в\s+(?:\d[\d\s,.]*\s*[-–—]\s*)?\Z", regex.I)
TIMES_COMPARATIVE_AFTER_RE = regex.compile(r"\s*(?:больше|меньше|выше|ниже|чаще|реже|превыш)", regex.I)
TIMES_WINDOW = 24  # characters before a number of "раз" searched for "в"
MAX_RANK = 1000  # "34 школах (9 991 место)" counts places: no rating has so many
WORD_MINUS_RE = regex.compile(r"(?<!\w)минус\s+\Z", regex.I)  # "(минус 53,6%)", "от минус 0,1% до минус 0,8%"
# "С одного гектара собирают в среднем 16,9 центнеров": the hectare of a yield written before it
PER_HECTARE_BEFORE_RE = regex.compile(r"(?<!\w)с\s+(?:одного|1)\s+(?:гектар[аы]?|га)(?!\w)", regex.I)
PER_HECTARE_WINDOW = 60  # characters before a number of centners searched for that hectare
# "48 центнеров с гектара (в 2024 году – 41 центнер)", "32 ц/га против 29 центнеров годом ранее": the yield of another
# period, its base elided from the construction it restates
YIELD_RESTATED_RE = regex.compile(
    rf"\s*(?:[(,;]\s*(?:(?:в|за)\s+)?(?:{YEAR}\s*(?:г\.|г(?!\w)|год\w*)?|(?:в\s+)?(?:прошлом|предыдущем)\s+году"
    r"|(?:годом|год)\s+(?:ранее|раньше|назад))\s*[-–—:]\s*|\s+против\s+)", regex.I)
# "Индекс KASE ... составил 4 812,37 пункта", "индекс снизился на 45,2 пункта": the points of an index are its level
# "Индикатор бизнес-климата ... снизился до 2,1 пункта": an indicator's points likewise
INDEX_BEFORE_RE = regex.compile(r"(?<!\w)(?:индекс|индикатор)\w*(?!\w)", regex.I)
INDEX_POINTS_RE = regex.compile(r"\s*пункт(?:а|ов)?(?!\w)", regex.I)
INDEX_WINDOW = 100  # characters before a number of points searched for the index
# "с рейтингом 2751", "Рейтинг ведущего шахматиста – 2 640 пунктов", "на 14 пунктов выше": a rating (Elo) is a score in
# points, written bare or in "пунктов"
RATING_BEFORE_RE = regex.compile(r"(?<!\w)рейтинг(?!-лист)\w*(?!\w)", regex.I)
RATING_WINDOW = 150  # characters before a bare number searched for the rating it gives
# "в рейтинге ... занял 29 место (2018 г. – 39)": a place taken in the rating before the bare number, which restates it
PLACE_IN_RATING_RE = regex.compile(r"\d(?:-?[а-я]{1,2})?\s+(?:мест[оае]|позици[яюи])(?!\w)", regex.I)
# "$2 млрд 484,5 млн", "до $448,2 млн", "€ 15 млн": the currency sign written before the number
CURRENCY_BEFORE_RE = SIGN_BEFORE_RE
WORD_MINUS_WINDOW = 8  # characters before a figure searched for "минус"
# "2,86 г/т" (grams of gold per tonne of ore), "250 кг/га", "25 мг/кг", "40 мкг/м3" (of air): a mass per one unit of
# another measure written after a slash, a rate whose base keeps the unit alone (README_labels)
# "25 л/с": a flow, litres per one second, likewise
SLASH_BASE_RE = regex.compile(r"\s*/\s*(?P<base>(?-i:т|га|л|кг|м3|м³|куб\.\s?м|с|ч|год|кВт\s*[*·∙]?\s*ч))(?![\w³])")  # "338,6 г/кВт*ч"
# "221 т/га" of a yield too; "42 мм/год", "3 см/год": a rate of growth or subsidence per one year
SLASH_RATE_UNITS = frozenset({"g", "kg", "mg", "mcg", "litre", "tonne", "microsievert", "becquerel", "mm", "cm"})


def scan(s: Sentence) -> tuple[list[Figure], list[YearMention]]:
    """Candidate figures and year mentions of one sentence, in order."""
    text = s.text
    if BARE_NUMBER_RE.match(text):
        return [], []
    ex = exclusions(s)
    excluded, refs = ex.spans, ex.references
    years = [date_year(text, m) for m in ex.dates
             if m.group("year") and not inside(ex.quoted, m.start(), m.start() + 1)]
    if len(ex.dates) > 1:
        years = spans_across_years(text, ex.dates, years + dates_sharing_a_year(text, ex.dates))
    tokens = s.numbers
    has_slash = not s.prefilters or "/" in text
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        m = tokens[i]
        covered = bool(figures) and m.start() < figures[-1].measure.end  # "450" of "2 млрд. 450 млн."
        fraction = FRACTION_RE.match(text, m.start()) if has_slash and not covered else None
        if fraction and int(fraction.group("num")) < int(fraction.group("den")) and not ex.hold(*fraction.span()):
            figures.append(_fraction(s, fraction))
            i += 1
            continue
        academic = None if covered or not has_slash else slashed_years(s, m)
        if academic:
            years.append(academic)
            i += 1
            continue
        if (covered or excluded and inside(excluded, *m.span()) or refs and is_reference(text, refs, m)
                or not_a_quantity(s, m)):
            i += 1
            continue
        year = classify_year(s, tokens, i) if is_year_token(m) else None
        if year:
            i += year[0]
            years.append(year[1])
            continue
        figures.append(_figure(s, m, figures[-1] if figures else None))
        if figures[-1].measure.skip and rolling_period(s, figures[-1]):  # no single year: dates its clause with none
            years.append(YearMention(m.start(), figures[-1].measure.end, None, True))
        i += 1
    _numbered_categories(s, figures)
    _categories_listed(s, figures)
    return figures, sorted(years, key=lambda y: y.pos)


def _numbered_categories(s: Sentence, figures: list[Figure]) -> None:
    """"инвалидов 1 и 2 групп", "1, 2 и 3 категорий": numbers joined before a category noun in the genitive plural
    name the categories (after 2, 3 or 4 a count takes the singular: "2 группы"); they count nothing. So does a range
    of small numbers ("для 5–9 классов", "5-6 разрядов"), which no count of categories is written as."""
    for i, f in enumerate(figures):
        obj = f.measure.object
        if obj is None or "," in f.number:
            continue
        if _category_of_its_holder(s, f) or _grade_of_its_holder(s, figures, i):
            f.measure.skip = True
            _skip_joined_before(s, figures, i)
            continue
        if i == 0:
            continue
        if (f.number[-1:] not in "234" or f.number[-2:-1] == "1") and not _range_of_categories(s, figures[i - 1], f):
            continue
        if not _categories_named(obj):
            continue
        if _skip_joined_before(s, figures, i):
            f.measure.skip = True


def _grade_of_its_holder(s: Sentence, figures: list[Figure], i: int) -> bool:
    """"Изделия 585 и 750 пробы": a number right before a noun its numeral could not count (see numeral_agreement),
    with the numbers joined to it right after a noun it describes, names that noun's grade; "произошло 20 879 аварии"
    (after a verb) counts, its agreement slipped."""
    f = figures[i]
    obj = f.measure.object
    if not names_a_grade(f) or obj is None or s.text[f.end:f.measure.end - len(obj)].strip():
        return False
    holder = _word_right_before(s, figures[_first_joined(s, figures, i)].start)
    return holder is not None and holder.info.noun and holder.info.top_pos not in PREDICATE_POS


def _first_joined(s: Sentence, figures: list[Figure], i: int) -> int:
    """The index of the first of the bare numbers joined before figures[i] ("1, 2 и 3 категорий": of "1"), or i."""
    j = i
    while j > 0 and figures[j - 1].measure.unit is None and NUMBER_JOIN_RE.match(s.text[figures[j - 1].measure.end:figures[j].start]):
        j -= 1
    return j


def _skip_joined_before(s: Sentence, figures: list[Figure], i: int) -> bool:
    """Skip the bare numbers joined before figures[i] ("1, 2 и 3 категорий"); whether there were any."""
    j = _first_joined(s, figures, i)
    for joined in figures[j:i]:
        joined.measure.skip = True
    return j < i


def _categories_listed(s: Sentence, figures: list[Figure]) -> None:
    """"для 1 классов – 1,9 млн.; для 5 классов – 2,4 млн.": "1" before a category noun in the genitive plural names
    categories, since a count of one takes the singular ("1 класс"); the members of its list written the same way, the
    same word before the same noun ("для 5 классов"), name them too."""
    for f in figures:
        obj = f.measure.object
        if f.number != "1" or obj is None or not _categories_named(obj):
            continue
        lead = _word_before(s, f)
        for other in figures:
            if other is f or other.number.isdigit() and int(other.number) <= MAX_CATEGORY \
                    and (other.measure.object or "").lower() == obj.lower() and _word_before(s, other) == lead:
                other.measure.skip = True


def _categories_named(obj: str) -> bool:
    """Whether a figure's noun is a category noun in the genitive plural ("классов", "групп")."""
    info = word_info(obj.lower())
    return bool(info.lemmas & CATEGORY_LEMMAS) and info.cases == {"plur:gent"}


def _word_before(s: Sentence, f: Figure) -> Optional[str]:
    word = _word_right_before(s, f.start)
    return word.text.lower() if word else None


def _word_right_before(s: Sentence, pos: int) -> Optional[Word]:
    """The word that ends right before pos, only spaces between (within CATEGORY_WINDOW characters), or None."""
    before = s.words_between(max(0, pos - CATEGORY_WINDOW), pos)
    return before[-1] if before and not s.text[before[-1].end:pos].strip() else None


def _category_of_its_holder(s: Sentence, f: Figure) -> bool:
    """"пшеницы 3 класса", "учащихся 10 классов": a small whole number between a noun in the genitive and a category
    noun names the grade of the thing before it; a count stands after a verb or a preposition ("открыто 3 класса").
    Before a category noun in the genitive singular ("центры 3 уровня", "в организациях 2 и 3 уровня") a noun in any
    case will do: a count after a noun that does not govern the genitive would not be written so."""
    if not f.number.isdigit() or int(f.number) > MAX_CATEGORY or f.measure.object is None:
        return False
    category = word_info(f.measure.object.lower())
    if not category.lemmas & CATEGORY_LEMMAS:
        return False
    holder = _word_right_before(s, _lead_of_joined(s, f))
    if holder is None:
        return False
    info = holder.info
    if not (info.noun or info.attributive) or info.top_pos in PREDICATE_POS:
        return False
    return any(c.endswith(":gent") for c in info.cases) or (info.noun and "sing:gent" in category.cases)


def _lead_of_joined(s: Sentence, f: Figure) -> int:
    """Where the bare numbers joined before f start ("2 и 3 уровня": at "2"), or f's own start."""
    m = JOINED_BEFORE_RE.search(s.text, max(0, f.start - CATEGORY_WINDOW), f.start)
    return m.start() if m else f.start


def _range_of_categories(s: Sentence, low: Figure, high: Figure) -> bool:
    """"для 5–9 классов": two small whole numbers, the lower first, joined by a dash, not said by a verb ("создано 5–9
    групп" counts)."""
    if not (low.number.isdigit() and high.number.isdigit() and low.measure.unit is None):
        return False
    if not (int(low.number) < int(high.number) <= MAX_CATEGORY
            and CATEGORY_RANGE_RE.fullmatch(s.text, low.measure.end, high.start)):
        return False
    before = s.words_between(max(0, low.start - CATEGORY_WINDOW), low.start)
    return not before or before[-1].info.top_pos not in PREDICATE_POS


def _fraction(s: Sentence, m: regex.Match) -> Figure:
    """"1/3 населения": a fraction, valued as the quotient."""
    value = Decimal(m.group("num")) / Decimal(m.group("den"))
    noun = noun_after(s, m.end(), "0", True)
    obj, end = (noun.word, noun.end) if noun and not noun.skip else (None, m.end())
    return Figure(m.start(), m.end(), str(value), Measure("fraction", obj, end), qualifier(s, m.start()))


def _figure(s: Sentence, m: regex.Match, prev: Optional[Figure]) -> Figure:
    """The figure of number token m, marked to skip when it names a period or the base of a rate."""
    start, end = m.span()
    number = m.group()
    rank_at = ordinal_rank(s.text, start, end) if s.text[end:end + 1] == "-" else None  # "4-е место"
    fig = Figure(start, end, number, measure(s, number, rank_at or end), qualifier(s, start))
    if fig.measure.unit is None and start and s.text[start - 1] == "%":  # "(%109,3 к 2017 г.)": the sign typed first
        fig.measure.unit = "percent"
    elif fig.measure.unit is None and start:
        currency = CURRENCY_BEFORE_RE.search(s.text, max(0, start - 2), start)
        if currency:
            fig.start, fig.measure.unit = currency.start(), currency.lastgroup
    glued = sign(s, m)
    if glued and (glued == "+" or not _impossible_minus(fig) and (
            minus_after_separator(s, m) or sign_opens_value(s, m) or not _dash_separates(s, fig))):
        fig.start = s.text.rfind(glued, 0, start)
        fig.sign = 1 if glued == "+" else -1
    elif glued is None and start and s.text[start - 1] == " ":
        word = WORD_MINUS_RE.search(s.text, max(0, start - WORD_MINUS_WINDOW), start)
        if word:  # the minus written as a word on the value
            fig.start, fig.sign = word.start(), -1
    if fig.measure.unit == "centner" and (PER_HECTARE_BEFORE_RE.search(s.text, max(0, start - PER_HECTARE_WINDOW), start)
                                          or _restated_yield(s, prev, fig)):
        fig.measure.unit = "centner_per_hectare"
    elif fig.measure.unit == "count" and _index_points(s, fig):
        fig.measure.unit, fig.measure.object = "index", None
    elif fig.measure.unit in (None, "count") and rank_bound(s.text, fig.start, fig.end):  # "в число 500 лучших"
        fig.measure.unit, fig.measure.object = "rank", None
    elif fig.measure.unit in (None, "count") and _rating_points(s, fig) and not elided_from_count(fig, prev):
        fig.measure.unit, fig.measure.object = "point", None
    elif quake_magnitude(s, fig):
        fig.measure.unit, fig.measure.object = "magnitude", None
    elif fig.measure.unit in (None, "count") and names_the_scale(s.text[fig.end:fig.measure.end]):
        fig.measure.unit, fig.measure.object, fig.measure.skip = None, None, False  # a bare figure: its noun elided
    # "13 480 руб./т": a price of one unit written with a slash likewise
    slashed = fig.measure.unit in SLASH_RATE_UNITS or fig.measure.unit in MONEY_UNITS
    slash = SLASH_BASE_RE.match(s.text, fig.measure.end) if slashed else None
    if slash:
        fig.per, fig.per_object, fig.measure.end = Decimal(1), slash.group("base"), slash.end()
    if fig.measure.unit == "times" and not _is_ratio(s, fig):
        fig.measure.unit = "count"  # "250 раз сотрудники МЧС выезжали", "воспламенялись 105 раз"
    elif fig.measure.unit == "rank" and decimal(fig.number) * fig.measure.multiplier >= MAX_RANK:
        fig.measure.unit = "count"
    if fig.measure.unit in PERIOD_UNITS and PERIOD_YEAR_RE.match(s.text, fig.measure.end) or _months_so_far(s, fig) \
            or rolling_period(s, fig):
        fig.measure.skip = True  # "за 12 месяцев 2019 года", "за 9 месяцев", "за последние 3 года"
    if _is_rate_base(s, prev, fig) or _is_unit_base(s, prev, fig) or _base_of_an_action(s, fig) \
            or _base_of_a_cost(s, fig):
        fig.measure.skip = fig.rate_base = True
    return fig


def _restated_yield(s: Sentence, prev: Optional[Figure], fig: Figure) -> bool:
    """Whether a number of centners restates the yield per hectare before it for another period."""
    return (prev is not None and prev.measure.unit == "centner_per_hectare"
            and YIELD_RESTATED_RE.fullmatch(s.text, prev.measure.end, fig.start) is not None)


def _is_ratio(s: Sentence, fig: Figure) -> bool:
    """Whether "N раз(а)" is a ratio: "в 2 раза", "в 1,5 – 2 раза", "2,2 раза больше", "прирост – 2,3 раза" (a
    fraction of a time counts no occasions); not "250 раз выезжали"."""
    return bool(any(c in fig.number for c in ",.")
                or TIMES_PREP_BEFORE_RE.search(s.text, max(0, fig.start - TIMES_WINDOW), fig.start)
                or TIMES_COMPARATIVE_AFTER_RE.match(s.text, fig.measure.end))


def _months_so_far(s: Sentence, fig: Figure) -> bool:
    """"за 9 месяцев", "по итогам 10 месяцев": a whole number of months up to a year after "за" / "по итогам" is the
    period reported on ("январь - сентябрь"), not a duration ("в течение 6 месяцев", "до 6 месяцев")."""
    if fig.measure.unit != "month" or not fig.number.isdigit() or not 0 < int(fig.number) <= MONTHS_IN_YEAR:
        return False
    after = s.word_at(fig.measure.end)  # "за 3 месяца программы": the months something lasted, a duration
    if after is not None and after.info.noun and not after.info.attributive and not after.info.lemmas & CALENDAR_LEMMAS \
            and any(c.endswith("gent") for c in after.info.cases):
        return False
    return bool(PERIOD_MONTHS_BEFORE_RE.search(s.text, max(0, fig.start - PERIOD_MONTHS_WINDOW), fig.start))


def _index_points(s: Sentence, fig: Figure) -> bool:
    """Whether the figure counts the points of an index named before it in its sentence ("Индекс KASE ... составил
    4 812,37 пункта"), or points in tenths ("(во II квартале – 4,8 пункта)": no place is counted in parts), not
    places ("в 12 пунктах", "58 населенных пунктов")."""
    return bool(INDEX_POINTS_RE.fullmatch(s.text, fig.end, fig.measure.end)
                and (("," in fig.number or "." in fig.number) and fig.measure.multiplier == 1
                     or INDEX_BEFORE_RE.search(s.text, max(0, fig.start - INDEX_WINDOW), fig.start)))


def _rating_points(s: Sentence, fig: Figure) -> bool:
    """Whether a bare number or a number of points gives a rating named before it in its sentence ("с рейтингом
    2751", "рейтинг ... – 2 640 пунктов"), not a count with a noun of its own ("в рейтинге 120 стран") nor the value
    of an index named after the rating."""
    if fig.measure.object is not None and not INDEX_POINTS_RE.fullmatch(s.text, fig.end, fig.measure.end) \
            or s.text[fig.end:fig.end + 1] == "-":  # "в рейтинге (в 2022 году – 171-е)": an ordinal, a place
        return False
    ratings = list(RATING_BEFORE_RE.finditer(s.text, max(0, fig.start - RATING_WINDOW), fig.start))
    # "в рейтинге ООН ...; индекс развития составил 0,86": an index named after the rating gives the figure
    return bool(ratings) and not INDEX_BEFORE_RE.search(s.text, ratings[-1].end(), fig.start) \
        and not PLACE_IN_RATING_RE.search(s.text, ratings[-1].end(), fig.start)


def _impossible_minus(fig: Figure) -> bool:
    """Whether a dash before the figure cannot be its minus: no percentage of a base falls below -100 % ("; -115 %
    по целевому" separates the label from an index)."""
    return fig.measure.unit == "percent" and decimal(fig.number) > 100


def _dash_separates(s: Sentence, fig: Figure) -> bool:
    """Whether the dash glued to a figure separates a label from its value rather than writing a minus: "пород -111,4
    %" (no share or index of a base goes below -100 %), "врачей -56544,0 руб.", "зерновых культур –18,7 центнеров"
    (an amount, not a percentage, is negative only as a balance or result: "сальдо миграции -25 человек")."""
    if fig.measure.unit in SIGNED_UNITS:
        return fig.measure.unit == "percent" and decimal(fig.number) >= 100
    return not SIGNED_WORDS_RE.search(s.text, max(0, fig.start - SIGNED_WORDS_WINDOW), fig.start)


def _is_rate_base(s: Sentence, prev: Optional[Figure], fig: Figure) -> bool:
    """"39,8 на 10 тыс. населения", "на 10 000 населения составила 39,4": a round number after "на" that follows a
    figure, names a population ("населения", "живорожденных") or follows "в расчете" is the base of a rate."""
    text = s.text
    head = text[max(0, fig.start - RATE_WINDOW):fig.start]
    if s.prefilters and not head.rstrip().lower().endswith("на"):  # RATE_BASE_BEFORE_RE ends with it
        return False
    if not RATE_BASE_BEFORE_RE.search(head):
        return False
    value = decimal(fig.number) * fig.measure.multiplier
    if not (value >= MIN_RATE_BASE and value.normalize().as_tuple().digits == (1,)):
        # "Удельный выброс на 1 тонну стали снизился с 18,7 до 17,9 кг": one unit of a measure after the subject;
        # "60 тенге на 1 кг мяса", "352 грамма условного топлива на 1 кВт·ч": one unit right after an amount
        return value == 1 and (_base_of_subject(s, fig) or _one_unit_per_amount(s, prev, fig))
    if prev and RATE_GAP_RE.match(text[prev.measure.end:fig.start]):
        return True
    if prev and _amount_of_something_per(s, prev, fig):
        return True
    tail = MAGNITUDE_RE.match(text, fig.end)
    if RATE_CALC_RE.search(head) or RATE_BASE_NOUN_RE.match(text, tail.end() if tail else fig.end):
        return True
    if SHARED_OVER_RE.match(text, fig.measure.end) or _base_of_subject(s, fig):
        return True
    # "на 1000 работающих", "на 10 тыс. занятых": people, unless a change is said ("увеличилась на 100 человек")
    clause = text[max(0, fig.start - CHANGE_CONTEXT_WINDOW):fig.start]
    return fig.measure.unit == "person" and not CHANGE_CONTEXT_RE.search(clause)


def _one_unit_per_amount(s: Sentence, prev: Optional[Figure], fig: Figure) -> bool:
    """"при ставке 60 тенге на 1 кг мяса", "с 368 до 352 грамма условного топлива на 1 кВт·ч": one unit of a measure
    after "на" right after an amount (and what it is of) is the base the amount is given per."""
    if prev is None or fig.measure.unit is None or prev.measure.unit is None or prev.measure.unit in NOT_AMOUNT_UNITS:
        return False
    return bool(RATE_GAP_RE.match(s.text[prev.measure.end:fig.start])) or _amount_of_something_per(s, prev, fig)


def _one_animal(fig: Figure) -> bool:
    """"удой ... на 1 дойную кобылу": one animal (or agent) after "на", as one person ("на 1 жителя"), is a base."""
    obj = fig.measure.object
    return obj is not None and fig.measure.unit == "count" and bool(word_info(obj.lower()).lemmas & NOT_PERSON_ANIMATE)


def _base_of_subject(s: Sentence, fig: Figure) -> bool:
    """"Объем выбросов на 1 тыс. кв. км территории снизился с 0,94 до 0,88 тыс. тонн": a round base of a measure
    written after the subject's noun and before its predicate, whose figures follow in the clause (a change is said
    after its verb: "площадь сократилась на 1 тыс. кв. км"; money is an amount: "проект на 100 млн. тенге")."""
    text = s.text
    clause = max(text.rfind(c, 0, fig.start) for c in ",;:") + 1
    before = s.words_between(clause, fig.start)
    # "Число происшествий на 1000 переездов снизилось с 14,7 до 11,3": things counted after "число" of a subject
    counted = fig.measure.unit in COUNTED_UNITS and any(w.info.lemmas & NUMBER_OF_LEMMAS for w in before)
    if not counted and (fig.measure.unit in NOT_AMOUNT_UNITS or fig.measure.unit in MONEY_UNITS or fig.measure.unit is None):
        return False
    # "на 1 км платной дороги в год расходуется около 9,2 млн тенге": the base may open the clause, before its verb;
    # so may the one unit a yield is taken from ("с 1 га собирают 40 ц")
    opens = [w.text.lower() for w in before] in (["на"], ["с"], ["со"]) and fig.number == "1"
    if not (opens or any(w.info.noun for w in before)) or any(w.info.top_pos in VERB_POS for w in before):
        return False
    after = SUBJECT_BASE_AFTER_RE.match(text, fig.measure.end)
    if opens and (after is None or CHANGE_CONTEXT_RE.search(after.group())):
        return False  # "на 1 км увеличилась протяженность ..." is a change
    return bool(after) and (any(w.info.top_pos in VERB_POS for w in s.words_between(fig.measure.end, after.end()))
                            or bool(PREDICATE_DASH_RE.search(after.group())))  # "на 1 литр молока – 25 тенге"


def _base_of_an_action(s: Sentence, fig: Figure) -> bool:
    """"Удельный расход воды на полив 1 гектара составил 6 100 куб. м", "расход топлива на отпуск 1 Гкал снижен на
    3,2 кг": one unit of a measure after "на" and the action it is spent on, written after the subject and before
    its predicate, is the base of the rate (see `_base_of_subject`)."""
    if fig.number != "1" or fig.measure.multiplier != 1:
        return False
    m = ACTION_BASE_BEFORE_RE.search(s.text, max(0, fig.start - RATE_WINDOW), fig.start)
    if not m:
        return False
    info = word_info(m.group("action").lower())
    case = "gent" if m.group("prep").lower() == "для" else "accs"  # "за обработку 1 тонны груза" as "на полив 1 га"
    return info.noun and any(c.endswith(case) for c in info.cases) and _base_of_subject(s, fig)


def _base_of_a_cost(s: Sentence, fig: Figure) -> bool:
    """"Хранение 1 тонны картофеля в течение 6 месяцев обходится в 4,8 тыс. тенге": one unit of a measure in the
    subject (a noun before it, no verb), whose predicate gives an amount of money later in the clause; so is any
    amount a price is "за" ("стоимость доставки за 5 кг груза составляет 900 рублей")."""
    priced = PRICE_FOR_BEFORE_RE.search(s.text, max(0, fig.start - RATE_WINDOW), fig.start)
    if not (fig.number == "1" and fig.measure.multiplier == 1 or priced and fig.measure.unit not in SPAN_UNITS) \
            or fig.measure.unit is None \
            or fig.measure.unit in NOT_AMOUNT_UNITS or fig.measure.unit in MONEY_UNITS:
        return False
    clause = max(s.text.rfind(c, 0, fig.start) for c in ",;:") + 1
    before = s.words_between(clause, fig.start)
    if not before or not before[0].info.noun or any(w.info.top_pos in VERB_POS for w in before):
        return False
    money = MONEY_AFTER_RE.match(s.text, fig.measure.end)
    return bool(money) and any(w.info.top_pos in VERB_POS for w in s.words_between(fig.measure.end, money.end()))


def _amount_of_something_per(s: Sentence, prev: Figure, fig: Figure) -> bool:
    """"0,31 тонны нефтяного эквивалента на 1 тыс. долларов ВВП", "12,4 кг условного топлива на 1000 кв. м": an amount
    (not a count: "12 школ на 1000 мест" is their capacity), what it is of in the genitive, then a round base."""
    if prev.measure.unit is None or prev.measure.unit in NOT_AMOUNT_UNITS:
        return False
    return of_something(s.text[prev.measure.end:fig.start])


def _price_per(s: Sentence, prev: Figure, fig: Figure) -> bool:
    """"15,0528 тенге за 1 кВт/час", "29,5008 за 1 кВт/час" (a price whose currency is left out), "28 950 тенге за 1 000
    кубометров": one unit, or a round number of a unit, right after a price is what the price is per."""
    # "2,5 МРП за 1 смену": a legal unit of payments is a price likewise
    if not (prev.measure.unit in MONEY_UNITS | LEGAL_CODES or prev.measure.unit is None and fig.measure.unit is not None) \
            or not PRICE_PER_GAP_RE.match(s.text[prev.measure.end:fig.start]):
        return False
    value = decimal(fig.number) * fig.measure.multiplier
    if fig.number == "1" and fig.measure.multiplier == 1:
        return True
    return value >= MIN_RATE_BASE and value.normalize().as_tuple().digits == (1,) \
        and fig.measure.unit not in NOT_AMOUNT_UNITS | MONEY_UNITS | {None}


def _is_unit_base(s: Sentence, prev: Optional[Figure], fig: Figure) -> bool:
    """"надой молока на 1 голову", "на 1 жителя", "стоимость 1 кв. м", "6 учащихся на 1 компьютер" (right after a
    counted figure), "15,0528 тенге за 1 кВт/час" (right after a price): one unit of what a rate is per."""
    if prev and _price_per(s, prev, fig):
        return True
    if fig.number != "1":
        return False
    if (p := PRICE_BEFORE_RE.search(s.text, max(0, fig.start - PRICE_WINDOW), fig.start)) and not price_said_by_a_verb(s, p.start(), fig):
        return fig.measure.unit is not None  # "цена 1 тыс. сеянцев": the price of a thousand, too
    if fig.measure.multiplier != 1:
        return False
    if prev and prev.measure.unit is not None and prev.measure.unit not in NOT_AMOUNT_UNITS \
            and fig.measure.unit in AREA_UNITS and YIELD_PER_GAP_RE.match(s.text[prev.measure.end:fig.start]):
        return True  # "31,4 кг с 1 кв. м"
    head = s.text[max(0, fig.start - RATE_WINDOW):fig.start]
    if YIELD_FROM_BEFORE_RE.search(head) and _base_of_subject(s, fig):
        return True
    if not RATE_BASE_BEFORE_RE.search(head) or CHANGE_BY_RE.search(head):
        return False
    if prev and prev.measure.unit in COUNTED_UNITS and prev.measure.object and fig.measure.unit is not None \
            and RATE_GAP_RE.match(s.text[prev.measure.end:fig.start]):
        return True
    return (fig.measure.unit == "person" or bool(UNIT_BASE_NOUN_RE.match(s.text, fig.end)) or _one_animal(fig)
            or bool(SHARED_OVER_RE.match(s.text, fig.measure.end)))


def count_paired_with_sum(figures: list[Figure], low: Figure, high: Figure, link: str) -> bool:
    """"(в 2019 году – 2 104 и 2,71 млрд. тенге ... соответственно)": a whole number written in full before "и" and a
    scaled sum is a count of its own paired with the sum (its noun elided), not of that scale: with it, it would be
    a thousand times the other ("5 и 6,2 млн" share it). Gives `low` the unit count where so, and the noun of the
    sentence's first count before it ("выдано 3 512 кредитов")."""
    paired = link.strip().lower() == "и" and high.measure.multiplier >= 1000 and low.measure.multiplier == 1 \
        and high.measure.unit in MONEY_UNITS and decimal(low.number) >= 1000 \
        and decimal(low.number) > 100 * decimal(high.number)
    if paired:
        counts = [f.measure.object for f in figures if f.start < low.start and f.measure.unit == "count"]
        low.measure.unit, low.measure.object = "count", counts[0] if counts else None
    return paired
