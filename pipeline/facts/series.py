"""A unit, scale or base written once for several figures belongs to each of them.

* After the last member of a series or list: "2019 г. – 312,6, 2020 г. – 594,8, 2021 г. – 841,3 млрд. тенге",
  "(в 2018 году – 0,9, 2019 – 1,3, 2020 – 2,1 млрд. тенге)", "Карагандинскую (595,1), Павлодарскую (582,4) и
  Восточно-Казахстанскую (143,8 тыс. тонн)", "зерна – 1,5, муки – 0,5 млрд. долларов США";
* in a lead-in: "Поступления (млрд. тенге): налоговые – 6 412,6, неналоговые – 478,3";
* in the list item before, by position: "... 3 хозяйствующих субъекта, доля ... 13,9%; | производство кожи – 1 и 0,6%;".

Only figures written bare (no unit or counted noun of their own) take it; a member with its own magnitude keeps it.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Optional

import regex

from pipeline import morph, vocabulary
from pipeline.facts.adjective_counts import counted_by_adjective
from pipeline.facts.amount_bases import AMOUNT_UNITS, amount_bases
from pipeline.facts.average_bases import AVERAGE_WORDS, average_bases
from pipeline.facts.currency_bases import exchange_bases
from pipeline.facts.currency_members import same_measure
from pipeline.facts.earlier_in_brackets import earlier_value_in_brackets
from pipeline.facts.figures import MONEY_UNITS, PRICE_WORD, SLASH_RATE_UNITS
from pipeline.facts.item_attributes import classes_the_item, describes_the_item
from pipeline.facts.measures import MAGNITUDE_RE, Figure, Measure, decimal, magnitude, measure
from pipeline.facts.member_labels import label_of_its_own, part_of_a_later_whole, part_of_them, parts_a_whole
from pipeline.facts.money import LEGAL_CODES
from pipeline.facts.one_thing_measures import placed_on_one
from pipeline.facts.paid_for_one import unpaid_for_one
from pipeline.facts.priced_items import PRICE_OR_PAYING_RE, averaged_item, priced_item
from pipeline.facts.rate_labels import (
    OTHER_RATE_LABEL_RE,
    OTHER_RATE_WINDOW,
    group_of_persons,
    rate_after_semicolon,
    semicolon_ends_clause,
    similar_size,
)
from pipeline.facts.rate_owners import (
    DURATION_UNITS,
    bases_of_a_cost_in_words,
    figure_before_aside,
    spans_the_rate,
    without_rate_period,
)
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.subject_bases import Base, subject_bases
from pipeline.facts.unscaled_units import scale_refuses_unit
from pipeline.facts.words import GENITIVE_PLURAL, word_info
from pipeline.facts.yield_bases import YIELD_WORDS, yield_bases
from pipeline.sentences import YEAR
from pipeline.vocabulary import words

# Between two members: a comma or semicolon (or "и"/"а"), then the next member's label: a year ("2020 г. –", "в 2019
# году –") or a few words ("неналоговые поступления –", "в том числе собственные –", "Павлодарскую ("), then a dash, ":" or "(".
MEMBER_GAP_RE = regex.compile(
    rf"^\)?\s*(?:[,;]\s*(?:(?:и|а)\s+)?|\s+(?:и|а)\s+)"
    rf"(?:(?:в\s+)?{YEAR}\s*(?:г\.|гг\.|г(?!\w)|год\w*)?\s*|(?:[^\W\d_][\w.-]*\s+){{0,3}}[^\W\d_][\w.-]*\s*)?"
    r"(?:[-–—:]\s*|\(\s*)\Z",
    regex.I,
)
MEMBER_START_RE = regex.compile(r"[-–—:(]\s*\Z")
TOTAL_THEN_PART_RE = regex.compile(r"\s*,\s*в\s+том\s+числе(?!\w)[^\d;()]{0,60}\Z", regex.I)
SERIES_COMMA_RE = regex.compile(r"(?:\s+[а-яё]+){0,2}\s*,\s*", regex.I)  # "тонн ячменя, " between two members
PART_OF_WHOLE_RE = regex.compile(r"\s+из\s+", regex.I)  # "186 из 412 лиц"
SERIES_NOT_UNITS = frozenset({"count", "person", "percent", "percentage_point", "times", "rank"})
LEAD_IN_RE = regex.compile(r"\(\s*(?P<what>[^()\d]{2,30}?)\s*\)\s*:")
# "(%, в скобках – млрд. т-км) – на 11,8 (222,8)": one unit for the figures, another for those in brackets
TWO_UNITS_LEAD_IN_RE = regex.compile(
    r"\(\s*(?:в\s+)?(?P<plain>[^()\d,;]{1,20}?)\s*[,;]\s*в\s+скобках\s*[-–—:]?\s*(?P<bracketed>[^()\d]{1,30}?)\s*\)", regex.I)
TWO_UNITS_WORDS = literals("в скобках")


def like_the_item_before(figures: list[Figure], template: Sequence[Measure]) -> None:
    """A list item written like the one before it takes its units by position: after "производство пищевых продуктов
    – ... 3 хозяйствующих субъекта, доля ... 13,9%;" the item "производство кожи – 1 и 0,6%;" is 1 subject and 0,6%,
    not two percentages. Only where the item has as many figures, its written units stand where the template's do,
    and the template mixes units."""
    if len(template) < 2 or len(figures) != len(template) or len({m.unit for m in template}) < 2:
        return
    if any(f.measure.unit is not None and f.measure.unit != m.unit for f, m in zip(figures, template, strict=True)):
        return
    if all(f.measure.unit is None for f in figures):
        return
    for f, m in zip(figures, template, strict=True):
        if f.measure.unit is None:
            f.measure = Measure(m.unit, m.object, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)


def units_written_once(s: Sentence, figures: list[Figure]) -> None:
    """Give bare members of a series the unit and scale written after its last member or in its lead-in."""
    if any(f.measure.unit is None for f in figures):  # each of these gives a unit to a figure without one only
        _from_two_units_lead_in(s, figures)
        _from_lead_in(s, figures)  # before the last member: "(кг): мефедрон – 862,3; ...; прекурсоров – 38,7 тонны"
        _from_last_member(s, figures)
        _from_first_part(s, figures)
        _part_of_whole(s, figures)
    _member_without_its_unit(s, figures)


def _from_last_member(s: Sentence, figures: list[Figure]) -> None:
    """Walk back from each figure with a unit over the bare members before it; a member with only a scale gives its
    scale ("(2019 г. – 334, 2020 г. – 532 тыс.)": 334 thousand, of the unit the bracket's figure takes later)."""
    text = s.text
    for i in range(len(figures) - 1, 0, -1):
        closing = figures[i]
        if closing.measure.unit is None and closing.measure.multiplier == 1:
            continue
        j = i
        while j > 0 and figures[j - 1].measure.unit is None:
            bare, nxt = figures[j - 1], figures[j]
            if not MEMBER_GAP_RE.match(text[bare.measure.end:nxt.start]) or label_of_its_own(s, bare, closing) \
                    or j > 1 and _part_of_another_whole(text, figures[j - 2], bare, closing) \
                    or scale_refuses_unit(bare.measure, closing.measure):
                break
            j -= 1
        # the first member is itself labelled ("2019 г. – 312,6", "(595,1"), not said by a verb ("составил 3,13")
        while j < i and not MEMBER_START_RE.search(text, max(0, figures[j].start - 8), figures[j].start):
            j += 1
        if j < i and earlier_value_in_brackets(s, figures[j]):
            j += 1
        take = _taken if closing.measure.unit else _scaled
        # "(2015 г. – 154, 2016 г. – 161 мкг/л)": a slash's base is part of the unit written once
        slashed = closing.per is not None and closing.measure.unit in SLASH_RATE_UNITS
        for bare in figures[j:i]:
            bare.measure = take(bare.measure, closing.measure)
            if slashed and bare.per is None:
                bare.per, bare.per_object = closing.per, closing.per_object


def _part_of_another_whole(text: str, whole: Figure, bare: Figure, closing: Figure) -> bool:
    """"19 860 грузовых автомобилей, из них класса «Евро-5» – 6 130; средний возраст – 9,4 года": a bare part of the
    whole before it counts what the whole counts, not the unit of another measure after it."""
    unit = whole.measure.unit
    return unit is not None and unit != closing.measure.unit and parts_a_whole(text, whole.measure.end, bare.start)


def _from_lead_in(s: Sentence, figures: list[Figure]) -> None:
    """"(млрд. тенге):" gives its unit and scale to the bare figures after the colon."""
    text = s.text
    if "(" not in text or ":" not in text:
        return
    lead = LEAD_IN_RE.search(text)
    if lead is None:
        return
    said = _unit_said(s, lead.start("what"), lead.end("what"))
    if said is None:
        return
    for f in figures:
        if f.start > lead.end() and f.measure.unit is None and not part_of_a_later_whole(text, figures, f, lead.end()):
            f.measure = _taken(f.measure, said)


def _from_two_units_lead_in(s: Sentence, figures: list[Figure]) -> None:
    """"железнодорожного (%, в скобках – млрд. т-км) – на 12,2 (188,1), автомобильного – на 11,3 (21,3)": after such a
    lead-in, a bare figure in brackets takes the second unit and scale, any other bare figure the first."""
    if "(" not in s.text or s.absent(TWO_UNITS_WORDS):
        return
    lead = TWO_UNITS_LEAD_IN_RE.search(s.text)
    if lead is None:
        return
    plain = _unit_said(s, lead.start("plain"), lead.end("plain"))
    bracketed = _unit_said(s, lead.start("bracketed"), lead.end("bracketed"))
    if plain is None or bracketed is None:
        return
    for f in figures:
        if f.start > lead.end() and f.measure.unit is None:
            inside = s.text[:f.start].rstrip().endswith("(") and s.text[f.measure.end:].lstrip().startswith(")")
            f.measure = _taken(f.measure, bracketed if inside else plain)


def _from_first_part(s: Sentence, figures: list[Figure]) -> None:
    """A bare total takes the unit of its first part: "равный 105,5, в том числе по промышленности - 105,9 процента"."""
    text = s.text
    for total, part in zip(figures, figures[1:], strict=False):
        if total.measure.unit is None and part.measure.unit is not None \
                and TOTAL_THEN_PART_RE.match(text, total.measure.end, part.start):
            total.measure = _taken(total.measure, part.measure)


def _part_of_whole(s: Sentence, figures: list[Figure]) -> None:
    """"сдали 186 из 412 лиц", "по 2 118 из 6 694 населенных пунктов": a bare part counts what its whole counts, the
    noun written once after the whole; no part exceeds its whole ("нерезидентов – 8 912 из 74 стран")."""
    for part, whole in zip(figures, figures[1:], strict=False):
        if part.measure.unit is None and whole.measure.unit is not None \
                and PART_OF_WHOLE_RE.fullmatch(s.text, part.measure.end, whole.start) \
                and decimal(part.number) <= decimal(whole.number) * whole.measure.multiplier:
            part.measure = _taken(part.measure, whole.measure)
            if decimal(part.number) > decimal(whole.number):  # "9 870 из 23 тыс.": the part written in full
                part.measure = Measure(part.measure.unit, part.measure.object, part.measure.end, Decimal(1),
                                       part.measure.addend, part.measure.skip)


def _member_without_its_unit(s: Sentence, figures: list[Figure]) -> None:
    """"2092486 тонн ячменя, 17059 ржи, 233893 тонны овса": a whole number that takes the genitive plural, followed
    by a noun that has none, counts nothing ("17059 ржи" would be "ржей"): the member left out the previous unit."""
    text = s.text
    for prev, f in zip(figures, figures[1:], strict=False):
        said, bare = prev.measure, f.measure
        if bare.unit != "count" or bare.object is None or said.unit in SERIES_NOT_UNITS or said.unit is None \
                or not SERIES_COMMA_RE.fullmatch(text, said.end, f.start) or not _takes_genitive_plural(f.number):
            continue
        if GENITIVE_PLURAL not in word_info(bare.object.lower()).cases:
            f.measure = Measure(said.unit, None, bare.end, bare.multiplier, bare.addend, bare.skip)


def _takes_genitive_plural(number: str) -> bool:
    """Whether a counted noun after this whole number is in the genitive plural ("5 тонн", "12 тонн", not "2 тонны")."""
    digits = "".join(number.split())  # thousand groups
    if not digits.isdigit():
        return False
    n = int(digits)
    return n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14


def _unit_said(s: Sentence, start: int, end: int) -> Optional[Measure]:
    """The unit (with its scale) that text[start:end] says wholly, as after a number: "млрд. тенге", "тыс. тонн"."""
    said = measure(s, "1", start)
    if said.unit is None or said.skip or s.text[said.end:end].strip(" .,"):
        return None
    return said


def _scaled(bare: Measure, said: Measure) -> Measure:
    """A bare figure's measure with the scale of another, unless it has its own."""
    multiplier = bare.multiplier if bare.multiplier != 1 else said.multiplier
    return Measure(bare.unit, bare.object, bare.end, multiplier, bare.addend, bare.skip)


def _taken(bare: Measure, said: Measure) -> Measure:
    """A bare figure's measure with the unit and, unless it has its own, the scale of another."""
    multiplier = bare.multiplier if bare.multiplier != 1 else said.multiplier
    return Measure(said.unit, said.object, bare.end, multiplier, bare.addend, bare.skip)


# --- the base of a rate ------------------------------------------------------------------

# What joins a rate to its base written after it: "38,4 случая на", "135 литров молока на", "95 473,8 случая заболеваний
# на", "в расчете на" (the counted thing may take a word or two before the base); "15,0528 тенге за 1 кВт/час"; "31,4 кг с"
RATE_LINK_RE = regex.compile(  # "5,9 кг пантов-сырца на", "168,3 кг у.т. на": a hyphenated word, an abbreviation
    r"^\s*(?:(?:[а-яё]+(?:-[а-яё]+)*|(?:[а-яё]{1,2}\.){2,3})\s+){0,2}(?:\(?\s*в\s+расч[её]те\s+)?(?:[нз]а|с|в)\s*"
    r"(?:кажд(?:ый|ую|ое|ые|ого|ой)\s+)?\Z", regex.I)  # "1 МРП за каждые 100 км"
# What joins a count to the same count restated as a rate: "1 127 случаев злокачественных новообразований (83,6 на",
# "6 842 койки, или 57,1 на", "1 126 детей с нарушениями слуха, что составляет 3,0 на", "41,3 тыс. зрителей, в среднем"
RESTATED_LINK_RE = regex.compile(
    r"^(?:\s*[^\W\d_]+){0,3}\s*(?:\(|,\s*(?:или|что\s+(?:составля|состави)\w*|в\s+среднем))\s*\Z", regex.I)
RANGE_LINK_RE = regex.compile(r"^\s*(?:[-–—]|до)\s*\Z", regex.I)
# The base written as words: "на одного жителя", "в расчете на одного работника", "на одного частного судебного
# исполнителя", "на душу населения", "на условную голову"; a price of one thing ("Стоимость подключения одного
# домохозяйства", "стоимость поверки одного средства измерений"); an average of one thing ("Средняя дальность поездки
# одного пассажира – 37,4 км", "средняя яйценоскость одной курицы-несушки – 71 штука"), not the size of the thing
# itself ("Средний размер одного перевода составил 512 долларов": the average transfer, no base); what a sum is paid for
# ("ущерб за незаконный вылов одной особи осетра", "Сбор за одно разовое разрешение", "Средняя выплата по одному
# страховому случаю"); the income or spending of one ("доход одной семьи за сезон составил 7,4 млн сумов"); what a
# yield is taken from ("48,2 кг коконов с одной коробки"; not "с одной стороны"). "одного из" names a member, no base;
# "земли под одно захоронение" (accusative: not "под одной крышей"); what a payment is for, "за одно дежурство" (not
# "за один раз", at once); what one thing amounts to, weighs or measures ("Вес одной посылки составляет до 30 кг": arbiter6).
WORD_BASE_RE = regex.compile(
    r"(?:(?<!\w)на\s+|(?<!\w)(?:под|за)\s+(?=(?:одн[оу]|одного|один)\s+(?!раз(?!\w)))|(?:" + PRICE_WORD
    + r"|(?<!\w)средн(?:ий|яя|ее|его|ей|юю)"
    r"(?!\s+(?:размер|величин|объ[её]м|сумм|масс|вес)\w*\s+одн)|(?<!\w)(?:доход|расход)\w*)(?:\s+[а-яё]+){0,2}\s+"
    r"|(?<!\w)за\s+(?:[а-яё]+\s+){1,2}|(?<!\w)(?:сбор|пошлин|взнос|штраф|выплат|компенсаци)\w*\s+(?:за|по)\s+"
    # "Содержание одного учащегося обходится в 180 тыс. драмов": the subject of a verb of costing or lasting ("занимает")
    r"|(?<!\w)(?:вес|[а-яё]{4,})\s+(?=одн(?:ого|ой)\s+[а-яё]+(?:-[а-яё]+)?\s+(?:обход|обошл|обойд|стоит|стоил|стоят|занима|занял|длит|длил|состав)\w*)"
    r"|(?<=\d\s*(?:[^\W\d_]+\.?\s+){1,3})с\s+(?!\w+\s+сторон))"  # a yield: "48,2 кг коконов с одной коробки"
    r"(?P<base>(?:одн(?:ого|ой|ому|у|о)|один|(?<=на\s+)кажд(?:ого|ой|ую|ое|ый))(?!\s+из(?!\w))\s+(?P<words>[а-яё]+(?:-[а-яё]+)*(?:\s+[а-яё]+(?:-[а-яё]+)*){0,2})"
    r"|(?P<soul>душу|условную\s+голову|фуражную\s+корову))"
    r"(?!\w)", regex.I
)
WORD_BASE_WORDS = literals("одного", "одной", "одному", "одну", "одно", "один", "душу", "условную", "фуражную",
                           "каждого", "каждой", "каждую", "каждое", "каждый")  # "на каждого члена семьи": per 1 as well
# A price of one unit written as a word: "295 тенге за литр", "1 200 рублей за тонну"
UNIT_PRICE_RE = regex.compile(  # "2 468 долл. за унцию", "на унцию"; not "за фунт стерлингов", a currency
    # "27 800 тенге за куб. м", "85 рублей за кг": the unit abbreviated
    r"(?<!\w)[зн]а\s+(?:(?P<abbr>(?:куб|кв)\.\s?м|(?-i:кг|т|л|га))(?!\w)(?!\.\w)"
    # "за каждые сутки": each one, see priced_item; "за тройскую унцию": the unit after its adjective
    r"|(?P<item>(?P<each>кажд\w+\s+)?(?:[а-яё]+(?:ую|юю|ый|ий|ое|ее)\s+)?(?P<unit>[а-яё]+))(?!\w)(?!\s+стерлинг))", regex.I)
UNIT_PRICE_WORDS = literals("за ", "на ")
PAID_UNITS = MONEY_UNITS | LEGAL_CODES  # "20 МРП за каждого туриста": a legal unit of payments pays for one as money does
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "night"})  # "за год": a period
UNIT_LEMMAS = frozenset(row[0] for row in vocabulary.entries("counted_nouns")
                        if row[1] == "unit" and row[2:3] and row[2] not in TIME_UNITS
                        or row[1] in ("priced_item", "priced_unit"))  # "1 200 сомов за комплект"
# A base without a number after a period: "1 986,7 рубля в месяц на домашнее хозяйство", "150 литров в сутки на
# человека", "7 500 тенге в сутки с человека": per 1, the whole noun group named (it stands for the unit: "домашнее хозяйство").
# Or before it: "не более 5 тонн на домовладение в год" (not a share: "на треть в год").
PERIOD_BASE_RE = regex.compile(
    r"(?<!\w)в\s+(?:месяц|год|день|сутки|неделю|квартал)\s+(?:на|с)\s+(?!(?:одн|один|душу|кажд)\w*\s)(?P<base>[а-яё]+(?:\s+[а-яё]+){0,2})(?!\w)"
    r"|(?<!\w)на\s+(?!(?:одн|один|душу|треть|четверть|половин|порядок|процент|уровн|сумм|период|срок)\w*\s)"
    r"(?P<base>[а-яё]+(?:\s+[а-яё]+)?)\s+в\s+(?:месяц|год|день|сутки|неделю|квартал)(?!\w)", regex.I
)
PERIOD_BASE_WORDS = literals("в месяц", "в год", "в день", "в сутки", "в неделю", "в квартал")
# A mass a rate is given per names what it weighs: "удельный выброс на 1 тонну стали" ("цена 1 тонны" is a price).
MASS_UNITS = frozenset({"tonne", "kg", "g", "centner"})
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL"})
PER_BEFORE_RE = regex.compile(r"(?<!\w)(?:на(?:\s+[а-яё]+)?|со?)\s*\Z", regex.I)  # "на (выпуск) 1 тонну стали", "с 1 тонны"
# "Субсидия за 1 кг реализованной шерсти – 150 тенге": a payment for a mass of a product, not its price
FOR_BEFORE_RE = regex.compile(r"(?<!\w)за\s*\Z", regex.I)
PRICE_WORD_RE = regex.compile(PRICE_WORD, regex.I)
PRODUCT_WORD_RE = regex.compile(r"\s+([а-яё]+(?:-[а-яё]+)?)(?!\w)", regex.I)  # "тонну хлопка-сырца"
MAX_PRODUCT_ATTRIBUTES, PRODUCT_LOOKBACK = 2, 32  # adjectives before the product ("1 кг реализованной шерсти"); chars read before a base
PER_MILLE_WORDS = literals("промилле")
BASE_WORDS = literals("одн", "один", "душу", "условную", "фуражную", "кажд", "промилле", *PERIOD_BASE_WORDS.words,
                      *AVERAGE_WORDS.words, *YIELD_WORDS.words)  # all of them
BASE_TAILS = frozenset(words("rate_base_tails"))
NEXT_WORD_RE = regex.compile(r"\s+([а-яё]+)(?!\w)", regex.I)
# Figures a base written before them gives to the next: "на 10 тысяч человек приходится 151 койка и 65 врачей"
COUNTED_LINK_RE = regex.compile(r"^\s*(?:,|и)\s*\Z", regex.I)
NOT_RATES = frozenset({"percent", "percentage_point", "times", "rank"})
COUNTED = frozenset({"count", "person"})
PER_MILLE_RE = regex.compile(r"\s*(?:‰|промилле)(?!\w)", regex.I)
PER_MILLE = Decimal(1000)


def attach_rate_bases(s: Sentence, figures: list[Figure], base_figures: list[Figure]) -> None:
    """Give the base of a rate to its figure ("38,4 случая на 100 тыс. населения", "На 10 тыс. занятых приходится
    1,8 случая"), to the other end of its range ("с 10,8 до 8,3 человека на 1000 населения") and to the later
    figures of the same measure ("(2017 г. – 52,3, 2018 г. – 45,4)", "смертельного – 0,025"). A rate that counts
    no noun is a ratio, a coefficient ("коэффициент ... 0,32 на 1000 работающих", "Смертность ... 1074,7 на 100 тыс.
    населения", "Младенческая смертность ... 8,2 на 1 000 родившихся живыми")."""
    if not base_figures and _no_base_in_words(s, figures):
        return
    per_mille(s, figures)
    word_bases = _word_bases(s)
    bases = [_base_of(s, b) for b in base_figures] + word_bases + _period_bases(s) + _unit_price_bases(s, figures) \
        + subject_bases(s) + exchange_bases(s, figures) + average_bases(s) + amount_bases(s, figures) + yield_bases(s) \
        + [b for b in bases_of_a_cost_in_words(s, figures) if all(w.start != b.start for w in word_bases)]
    bases = sorted(bases) if len(bases) > 1 else bases
    owners = [_owner(s, figures, base) for base in bases]
    for base, owner in zip(bases, owners, strict=True):
        if owner is None:
            continue
        members = _same_rate(s, figures, owner, owners, base_first=base.end <= owner.start)
        if owner.elided and owner.measure.unit in COUNTED and RATE_LINK_RE.match(s.text[owner.measure.end:base.start]):
            # "42,1 случая на 100 тыс. населения ..., смертность – до 2,1 на 100 тыс. населения": a rate that writes
            # its own base but no noun is a coefficient; the neighbour's noun is not elided into it
            for f in members:
                if f.elided:
                    f.measure = _with_unit(f.measure, "count")
        restated = _restated_count(s, figures, owner)
        if restated is not None:
            for f in members:
                if f.measure.unit == "count" and f.measure.object is None:
                    f.measure = _counting(f.measure, restated.measure)
        counted_by_adjective(s, members, owner, base.per_object)
        ratio = owner.measure.unit == "count" and owner.measure.object is None
        for f in members:
            f.per, f.per_object = base.per, base.per_object
            if ratio and f.measure.unit == "count" and f.measure.object is None or _another_rate(s, f):
                f.measure = _with_unit(f.measure, "ratio")


def _another_rate(s: Sentence, f: Figure) -> bool:
    """"читаемость составила 19,6 экземпляра на одного пользователя, посещаемость – 9,0": a member labelled by the
    name of another rate (a noun in «-ость») shares the base but not the noun elided from its neighbour: a ratio."""
    if not f.elided or f.measure.unit not in COUNTED:
        return False
    label = OTHER_RATE_LABEL_RE.search(s.text, max(0, f.start - OTHER_RATE_WINDOW), f.start)
    return label is not None and "sing:nomn" in word_info(label.group("word").lower()).cases


def _restated_count(s: Sentence, figures: list[Figure], owner: Figure) -> Optional[Figure]:
    """The count a bare rate restates: "1 127 случаев злокачественных новообразований (83,6 на 100 тыс. населения)",
    "6 842 койки, или 57,1 на 10 тыс. населения": the rate counts the same noun (not a ratio)."""
    if owner.measure.unit != "count" or owner.measure.object is not None:
        return None
    count, link = figure_before_aside(s.text, figures, figures.index(owner))  # "8 412 детей (2021 г. – 7 118), или"
    if count is None or count.measure.unit not in COUNTED or count.measure.object is None or count.per is not None:
        return None
    return count if RESTATED_LINK_RE.match(link) else None


def _counting(m: Measure, count: Measure) -> Measure:
    return Measure(count.unit, count.object, m.end, m.multiplier, m.addend, m.skip)


def per_mille(s: Sentence, figures: list[Figure]) -> None:
    """"8,1 ‰", "21,4 промилле": a ratio per thousand, its base unnamed."""
    if "‰" not in s.text and s.absent(PER_MILLE_WORDS):
        return
    for f in figures:
        obj = f.measure.object
        named = obj is not None and PER_MILLE_RE.fullmatch(" " + obj)  # the morphology's indeclinable noun "промилле"
        m = PER_MILLE_RE.match(s.text, f.measure.end)
        if (m and obj is None or named) and f.per is None and f.measure.unit in (None, "count"):
            end = m.end() if m else f.measure.end
            f.measure = Measure("ratio", None, end, f.measure.multiplier, f.measure.addend, f.measure.skip)
            f.per = PER_MILLE


def _no_base_in_words(s: Sentence, figures: list[Figure]) -> bool:
    """Whether no base written without a figure can be there (BASE_WORDS: what each of the four word lists holds)."""
    return "‰" not in s.text and s.absent(BASE_WORDS) \
        and (s.absent(UNIT_PRICE_WORDS) or not any(f.measure.unit in MONEY_UNITS | AMOUNT_UNITS for f in figures))


def rates_of_last_sentence(s: Sentence, figures: list[Figure], last_rate: Optional[Figure], refers_back: bool,
                           nearby: bool) -> None:
    """Give the base of the last sentence's rate to the figures of this one that go on its series: bare values in
    brackets after names ("... 1,7 млн тг на душу населения. Далее идут Астана (1,1 млн тг), ... (967,1 тыс. тг)",
    "Максимум — в Алматы (214.6 тыс.)") or figures of a sentence that refers back ("данный показатель планируется
    на уровне 26,7 кв. метров", also in the next paragraph), of the same measure and of a like size (within a factor
    of ten), in a sentence that writes no base of its own."""
    if last_rate is None or last_rate.per is None or any(f.per is not None for f in figures):
        return
    for f in figures:
        if f.measure.unit != last_rate.measure.unit or not _same_object(f, last_rate) or not similar_size(last_rate, f):
            continue
        if refers_back or nearby and _bracketed(s, f):
            f.per, f.per_object = last_rate.per, last_rate.per_object


def _bracketed(s: Sentence, f: Figure) -> bool:
    """"(1,1 млн тг)", "(236 874,7)": a value alone in brackets."""
    return s.text[:f.start].rstrip().endswith("(") and s.text[f.measure.end:].lstrip().startswith(")")


def _base_of(s: Sentence, f: Figure) -> Base:
    obj = f.measure.object
    end = f.measure.end
    if obj is None:
        word = s.word_at(f.measure.end)
        obj, end = (word.text, word.end) if word else (None, end)
    if f.measure.unit in MASS_UNITS and _weighs_a_product(s, f):
        obj = _with_product(s, obj, end)
    return Base(f.start, f.measure.end, decimal(f.number) * f.measure.multiplier + f.measure.addend,
                _with_tail(s, obj.rstrip(".") if obj else obj, end))  # "за 1 кВт·ч.": the sentence's full stop


def _weighs_a_product(s: Sentence, f: Figure) -> bool:
    """Whether a mass base names the product it weighs: after "на", or after "за" where the sentence speaks of no price
    before it ("за 1 кг произведенного меда"; "по цене 55 тыс. тенге за 1 тонну пшеницы" keeps the unit alone)."""
    before = s.text[max(0, f.start - PRODUCT_LOOKBACK):f.start]
    return bool(PER_BEFORE_RE.search(before)) \
        or bool(FOR_BEFORE_RE.search(before)) and not PRICE_OR_PAYING_RE.search(s.text, 0, f.start)


def _with_product(s: Sentence, obj: Optional[str], end: int) -> Optional[str]:
    """"на 1 тонну стали": a mass base with the noun of the product it weighs ("тонну стали"), past its adjectives
    ("за 1 кг реализованной шерсти" -> "кг шерсти")."""
    if obj is None:
        return obj
    for _ in range(MAX_PRODUCT_ATTRIBUTES + 1):
        m = PRODUCT_WORD_RE.match(s.text, end)
        if m is None:
            return obj
        info = word_info(m.group(1).lower())
        if not info.attributive:
            return f"{obj} {m.group(1)}" if _genitive_noun(m.group(1)) else obj
        if not any(case.endswith("gent") for case in info.cases):
            return obj
        end = m.end()
    return obj


def _genitive_noun(word: str) -> bool:
    """A word that can be a noun in the genitive, however rare that reading ("стали" is more often a verb)."""
    parses = morph.parse(word.lower())
    return bool(parses) and parses[0].tag.POS not in FUNCTION_POS \
        and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses)


def _period_bases(s: Sentence) -> list[Base]:
    """"в месяц на домашнее хозяйство": a base of one, written without a number after the period of the rate."""
    if s.absent(PERIOD_BASE_WORDS):
        return []
    out = []
    for m in PERIOD_BASE_RE.finditer(s.text):
        noun = _first_noun(m.group("base"))
        if noun is not None:
            group = m.group("base")
            out.append(Base(m.start("base"), m.end(), Decimal(1), group[:group.index(noun) + len(noun)]))
    return out


def _with_tail(s: Sentence, obj: Optional[str], end: int) -> Optional[str]:
    """The base's noun with the word that ends its name: "родившихся живыми", "человек населения"."""
    if obj is None:
        return None
    m = NEXT_WORD_RE.match(s.text, end)
    return f"{obj} {m.group(1)}" if m and m.group(1).lower() in BASE_TAILS else group_of_persons(s, obj, end)


def _word_bases(s: Sentence) -> list[Base]:
    if s.absent(WORD_BASE_WORDS):
        return []
    out: list[Base] = []
    for m in WORD_BASE_RE.finditer(s.text):
        group = "soul" if m.group("soul") else "words"
        if group == "words" and placed_on_one(s.text, m, _numeral(s, m.start("base"))):
            continue  # "стоянка на одной станции": a place (prepositional case), no base ("на одну станцию"): one_thing_measures
        if group == "words" and unpaid_for_one(s.text, m):
            continue  # "Голосование за одного кандидата проходило 2 дня": no payment for one, no base
        if group == "words" and measure(s, "1", m.start(group)).unit in DURATION_UNITS \
                and not PRICE_WORD_RE.search(m.group()):
            continue  # "продлен на один год": a duration, no base ("стоимость одного часа" is a price of one)
        # "на одну тысячу жителей": a magnitude spelled out after "одну" is the base's size, the noun after it its name
        scale = MAGNITUDE_RE.match(s.text, m.start(group)) if group == "words" else None
        per, named = (magnitude(scale.group("mag")), s.text[scale.end():m.end()]) if scale else (Decimal(1), m.group(group))
        named_at = scale.end() if scale else m.start(group)
        noun = _first_noun(named)
        if noun is None and out and _numeral(s, out[-1].start) == _numeral(s, m.start("base")) \
                and word_info(named.split()[0].lower()).top_pos != "PRTF":  # "на одного проживающего" names its own
            # "на одного частного исполнителя ..., на одного государственного – 3 890"; "на один рейс ..., на одного
            # осмотренного" is another base, its numeral of another case
            noun = out[-1].per_object
        elif noun is not None:  # "на душу населения"
            noun = _with_tail(s, noun, named_at + named.index(noun) + len(noun))
        out.append(Base(m.start("base"), m.end(), per, noun or m.group(group).split()[0]))
    return out


def _numeral(s: Sentence, start: int) -> str:
    return s.text[start:start + 6].split()[0].lower()


def _unit_price_bases(s: Sentence, figures: list[Figure]) -> list[Base]:
    """"по цене 295 тенге за литр", "1 214 долл. США на унцию": a price of one unit: the unit in the accusative singular after the money."""
    if s.absent(UNIT_PRICE_WORDS) or not any(f.measure.unit in PAID_UNITS for f in figures):
        return []
    out = []
    for m in UNIT_PRICE_RE.finditer(s.text):
        paying = m.group()[:2].lower() == "за"  # "70 МРП на каждого члена семьи" is a word base (_word_bases)
        if not any((f.measure.unit in MONEY_UNITS or paying and f.measure.unit in PAID_UNITS) and f.measure.end <= m.start()
                   and not s.text[f.measure.end:m.start()].strip() for f in figures):
            continue
        if m.group("abbr"):
            out.append(Base(m.start("abbr"), m.end(), Decimal(1), m.group("abbr")))
        elif any(p.normal_form in UNIT_LEMMAS and p.tag.case == "accs" and p.tag.number == "sing"
                 for p in morph.parse(m.group("unit").lower())) \
                or (priced_item if m.group()[:2].lower() == "за" else averaged_item)(s.text, m.start(), m.group("unit")):
            out.append(Base(m.start("item"), m.end(), Decimal(1), m.group("unit")))
    return out


def _first_noun(text: str) -> Optional[str]:
    """The noun of a base after its adjectives ("частного судебного исполнителя" -> "исполнителя"), None if the
    base names no noun ("государственного")."""
    for word in text.split():
        info = word_info(word.lower())
        if info.noun and not info.attributive:
            return word
        if not info.attributive:
            return None
    return None


def _owner(s: Sentence, figures: list[Figure], base: Base) -> Optional[Figure]:
    """The figure right before the base ("38,4 случая на ..."), else the first rate after it."""
    text = s.text
    before = [f for f in figures if f.measure.end <= base.start]
    if before and RATE_LINK_RE.match(without_rate_period(text[before[-1].measure.end:base.start])) \
            and not spans_the_rate(text, before[-1]):
        return before[-1]
    return next((f for f in figures if f.start >= base.end and f.measure.unit not in NOT_RATES and not describes_the_item(s, f)
                 and not classes_the_item(s, base.end, f) and not spans_the_rate(text, f) and ";" not in text[base.end:f.start]),
                None)


def _same_rate(s: Sentence, figures: list[Figure], owner: Figure, owners: list[Optional[Figure]],
               base_first: bool = False) -> list[Figure]:
    """The owner, the other end of its range, and the later figures of the same measure in its clause, up to the
    owner of another base (a rate of its own); after a base written first, also the counts joined to the owner
    ("на 10 тысяч человек приходится 151 койка и 65 врачей")."""
    text = s.text
    i = figures.index(owner)
    out = [owner]
    gap = text[figures[i - 1].measure.end:owner.start] if i > 0 else ""  # "486,20 и 312,64 тенге за 1 куб. м": a pair
    if i > 0 and (RANGE_LINK_RE.match(gap) or gap.strip() == "и" and figures[i - 1].measure.end == figures[i - 1].end) \
            and figures[i - 1].measure.unit == owner.measure.unit:  # not "курсы продолжительностью 2 месяца – 95 тыс. тенге"
        out.insert(0, figures[i - 1])
    for f in figures[i + 1:]:
        if semicolon_ends_clause(text, owner.measure.end, f.start) or any(f is other for other in owners):
            if rate_after_semicolon(text, owner.measure.end, f.start) and _another_rate(s, f):
                out.append(f)  # "... на 100 тыс. населения; смертность – до 3,1": the next rate of a list
            break
        if f.per is None and same_measure(text, f, owner) and _same_object(f, owner) \
                and (owner.measure.unit in MONEY_UNITS or not part_of_them(s, f)):
            # "24,6 нотариуса на 100 тыс. населения, из них 4 712": no rate; "Стоимость одного обеда 11 500 сумов,
            # из которых 9 200 сумов ...": a part of a price of one unit is of that unit too
            out.append(f)
        elif base_first and f.per is None and f.measure.unit in COUNTED and out[-1].measure.unit in COUNTED \
                and COUNTED_LINK_RE.match(text[out[-1].measure.end:f.start]):
            out.append(f)
    return [f for f in out if f.per is None]


def _same_object(a: Figure, b: Figure) -> bool:
    if a.measure.object is None or b.measure.object is None or a.measure.unit not in COUNTED:
        return True  # "20,7 тыс. гектаров ... (при нормативе 15 тыс. га)": one unit, written two ways
    if a.measure.object.split()[0].lower() == b.measure.object.split()[0].lower():
        return True  # "1 214 долл. США на унцию против 1 096 долл.": the currency written shorter the second time
    return bool(word_info(a.measure.object.lower()).lemmas & word_info(b.measure.object.lower()).lemmas)


def _with_unit(m: Measure, unit: str) -> Measure:
    return Measure(unit, None, m.end, m.multiplier, m.addend, m.skip)
