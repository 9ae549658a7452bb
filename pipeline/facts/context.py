"""What a bare figure takes from the figures around it: the unit of a coordinated partner, the noun counted by an
earlier figure of the sentence, or of an earlier sentence when the text refers back to it.

"от 1,5 до 2 млн. тенге" (a range), "погибли 2 093 и ранены 14 785 человек" (a series), "Из них 45 тыс. – дети"
(the noun after a dash), "Количество пользователей ... достигло 9,5 млн." (the noun before), "... 2,9 млн.
документов. Из них окончено – 1,7 млн." (an elided noun), and a list whose lead-in ends with ':' hands its year
and counted things to its items.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple, Optional

import regex

from pipeline.facts.age_bounds import defines_a_noun
from pipeline.facts.bounded_members import COORDINATION_RE
from pipeline.facts.change_dashes import change_after_dash
from pipeline.facts.changes import direction_said
from pipeline.facts.class_measures import names_a_class
from pipeline.facts.exclusions import YEAR_WORD
from pipeline.facts.figures import SLASH_RATE_UNITS, count_paired_with_sum
from pipeline.facts.included_parts import included_part
from pipeline.facts.label_nouns import counted_noun_of_label
from pipeline.facts.measures import MEASURE_NAMES, Figure, Measure, decimal, instrumental_noun, names_a_market, noun_after, value_of
from pipeline.facts.member_labels import labelled_by_a_word, part_of_them
from pipeline.facts.modifiers import referable
from pipeline.facts.named_breakdowns import wholes_of_named_parts
from pipeline.facts.nominative_groups import kind_after_dash, nominative_group
from pipeline.facts.part_prepositions import wholes_of_same_preposition
from pipeline.facts.person_predicates import PART_OF_THEM_RE, person_predicate
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.shortages import shortage_said_of
from pipeline.facts.staff_counts import staff_unit
from pipeline.facts.subject_phrases import dash_predicate, predicate_start
from pipeline.facts.with_phrases import describes_a_noun, with_attribute
from pipeline.facts.words import ATTRIBUTE_POS, GENITIVE_PLURAL, GENITIVE_SINGULAR, word_info
from pipeline.facts.years import YearMention
from pipeline.sentences import LIST_ITEM, YEAR

NOT_INHERITED_UNITS = frozenset({"percent", "percentage_point", "times", "rank"})
UNSCALED_UNITS = frozenset({"count", "person"})  # a bare figure after these counts at its own scale
# "от 32 360 до более чем 900 тысяч тенге": a bound's qualifier may follow "до"
ATTRIBUTE_LINK_RE = regex.compile(  # "профессиональных и", "командно-штабных и", "золотых, " (of "9 золотых, 5 серебряных и")
    r"^\s+(?P<words>[а-яё]+(?:-[а-яё]+)?(?:\s+[а-яё]+(?:-[а-яё]+)?)?)(?P<range>(?!))?(?:\s+(?:и|или)|\s*,)\s+\Z", regex.I)
FROM_BOUND_BEFORE_RE = regex.compile(r"(?<!\w)от\s+\Z", regex.I)
# "погибли 2 093 и ранены 14 785 человек": a conjunction and a predicate of the second figure; "была на 200 млн
# меньше и составляла 27,5 млрд рублей": a change and the level it led to, of one measure.
VERB_LINK_RE = regex.compile(
    r"^(?P<range>(?!))?(?:\s+(?:больше|меньше|выше|ниже))?\s*,?\s*(?:и|или|а)\s+(?P<w1>[а-яё]+)(?:\s+(?P<w2>[а-яё]+))?\s*\Z",
    regex.I,
)
PREDICATE_POS = frozenset({"VERB", "PRTS", "ADJS", "INFN", "ADVB"})
ANAPHORA_RE = regex.compile(
    r"(?<!\w)(?:(?:данн|эт|указанн|аналогичн)\w*\s+показател\w*|их\s+(?:количество|число|численность))"
    # "... направлено 158,1 млрд тенге. Из них на образование - 134,6 млрд": a part of the last sentence's figure
    r"|^\W*из\s+(?:них|которых|[а-яё]+(?:ых|их|ого|его)\s+[а-яё]+)(?!\w)"  # "Из возвращенных земель 1,8 млн.", "Из добытого объема"
    # "... остановились 516 тысяч туристов. Это в 1,8 раза выше прошлогоднего результата (292 тысяч ...)", "...
    # составили 148.7 тыс. тенге. Максимум — в Алматы (214.6 тыс.)": the last sentence's figure compared or ranged
    r"|^\W*(?:это|максимум|минимум)(?!\w)", regex.I
)
# "... осуждено 781 лицо. Из них приговорены:": a lead-in that opens the parts of the last sentence's figure
PART_LEAD_IN_RE = regex.compile(r"^\W*(?:из\s+(?:них|которых)|в\s+том\s+числе)(?!\w)", regex.I)
ANAPHORA_WORDS = literals("показател", "количество", "число", "численность", "из ", "это", "максимум", "минимум")
COUNTED_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:количеств[оау]|числ(?:о|а|у|ом)|численност[иью]|сет(?:ь|и|ью)|обеспеченност[ьи]|(?P<point>балл(?:а|ом|е|ы|ов)?)"
    # "соотношение чистого долга к EBITDA – 0,3": one amount over another, a ratio
    # "ИЗА выше 7", "СИ – 10": the abbreviated indices of air pollution (a 5-year index, a standard index)
    # "обращаемость фонда — 0,4", "оборачиваемость запасов – 5,2": how many times a stock turns over, a ratio, as a
    # coefficient named "-фактор" ("импакт-фактор журнала составил 0,842": citations per article)
    r"|(?P<index>индекс(?:а|ом|у)?|(?-i:ИЗА|СИ)(?:5)?)|(?P<ratio>коэффициент(?:а|ом|у|ы)?|\w+-фактор(?:а|ом|у)?|оборот(?:а|ом|у)?"
    r"|соотношени(?:е|я|ем|ю)|обращаемост[ьи]|оборачиваемост[ьи])"
    # "Дефицит ученических мест ... оценивается в 218,7 тысячи": a shortage of things counted (not "дефицит бюджета")
    r"|(?P<shortage>дефицит(?:а|ом|у)?|нехватк[аиуе]|недостат(?:ок|ка|ком|ку)))(?!\w)",
    regex.I,
)
COUNTED_WORDS = literals("количеств", "числ", "сет", "балл", "обеспеченност", "индекс", "иза", "си", "коэффициент",
                         "-фактор", "оборот", "соотношени", "обращаемост", "оборачиваемост", "дефицит", "нехватк", "недостат")
DASH_AFTER_RE = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[-–—]\s+")
ATTRIBUTE_PHRASE_BEFORE_RE = regex.compile(  # "общей мощностью хранения 312,5": the attribute's genitive noun after it
    r"(?<!\w)(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|в\s+размере|стоимостью|объемом|охватом|мощностью|площадью|"
    r"протяженностью|скоростью|емкостью|вместимостью|на\s+площади|общ(?:ей|им)\s+[\w-]+(?:ью|ой|ей|ом|ем))(?:\s+[а-яё]+(?:[аяи]|ов|ей))?(?:\s+(?:более|около|свыше|порядка|почти|до|от(?:\s+[\d\s.,]+?\s+до)?))?\s*\Z",
    regex.I,
)
AGE_BOUND_BEFORE_RE = regex.compile(r"(?<!\w)(?:до|от|старше|младше|моложе|возрасте(?:\s+(?:от|до))?)\s*\Z", regex.I)
CHANGE_BEFORE_RE = regex.compile(r"(?<!\w)(?:на|в)\s+\Z", regex.I)
LABEL_DASH_RE = regex.compile(r"\s[-–—]\s*(?:(?:до|на|по|с|в)\s+)?\Z", regex.I)
YEAR_DASH_BEFORE_RE = regex.compile(rf"{YEAR}\s*{YEAR_WORD}?\s*[-–—]\s*\Z", regex.I)
LIST_ITEM_RE = regex.compile(rf"\s*{LIST_ITEM}")
LIST_NUMBER_RE = regex.compile(r"\d{1,2}[.)]")  # "...: 1. Иванов – 2712; 2. ...": the number alone, split off its item
DASHES = ("-", "–", "—")
# the people named open their clause or follow a comparative ("меньше людей —"); not a complement ("по ходатайству
# авторов – 158" counts complaints)
PEOPLE_DASH_RE = regex.compile(
    r"(?:(?:^|[,;:])\s*(?:(?:из\s+(?:них|которых)|в\s+том\s+числе)\s+)?(?:(?P<verb>[а-яё]{4,})\s+)?"
    r"|(?<!\w)(?:больше|меньше|более|менее)\s+)"
    r"(?P<word>[а-яё]{3,})\s+[-–—]\s*\Z", regex.I)  # ", из них исследователей – 340,9 тыс.": a part of the people
# "..., юридических консультантов – 3 987", "..., их филиалов – с 214 до 187": a noun label of a bare figure
NOUN_LABEL_DASH_RE = regex.compile(
    r"(?:[,;]|(?<=\())\s*(?:(?:их|его|ее|её|(?P<parts>из\s+них|в\s+том\s+числе))\s+)?(?P<label>(?:[а-яё]+\s+){0,2}[а-яё]{3,})"
    r"(?:\s+«[^»]{1,12}»)?\s+[-–—]\s*(?:(?:со?|до|на)\s+)?\Z", regex.I)  # "корпуса «А» – 146", "дебиторов – до 171 тыс."
# "из них удостоверений личности – 1 214,5 тыс., паспортов – 631,7 тыс.", "(трансформаторов – 612, конденсаторов – 3 706)"
PARTS_LEAD_RE = regex.compile(r"(?:[,;:]\s*(?:из\s+них|в\s+том\s+числе)\s+|\()[^;()]*\Z", regex.I)  # parts of a whole
NOUN_LABEL_WINDOW = 60  # characters before a figure searched for such a label
COUNTED_UNITS = ("count", "person")
RATE_AFTER_RE = regex.compile(r"\s+(?:\(?\s*в\s+расч[её]те\s+)?на\s+(?:\d|одн)", regex.I)  # "24,6 нотариуса на 100"
# "из них 142 806 – осужденных лиц, 28 614 – следов": the words after a figure's dash name its part, not the next's noun
LABEL_OF_PREVIOUS_RE = regex.compile(r"\s*[–—-]\s*[^,;()\d]*,\s*")
LABEL_WINDOW = 12  # characters before a figure searched for the dash of "<label> – <figure>"
# "осуждено 781 лицо — на 102 меньше": a change of the figure before the dash, which is no label of it (an age bound
# is: "детей до 16 лет – на 95,2 тыс. больше")
PEOPLE_WINDOW = 40  # characters before a bare figure searched for "<people> –"
HEAD_WINDOW = 40  # characters before a figure searched for an attribute phrase ("на общую сумму")
CHANGE_WINDOW = 20  # characters before a percentage searched for "на" / "в" of a change

Counted = tuple[Optional[str], Optional[str]]  # unit and counted word


# --- within a sentence: coordinated figures ----------------------------------------------

def borrow_from_partner(s: Sentence, figures: list[Figure]) -> None:
    """"5 и 6 шагов", "от 1,5 до 2 млн. тенге": a bare figure takes the unit of the one it is coordinated with."""
    # "11086 или 11,2%" is a count and its share, so a percentage lends its unit only across a range or "и" ("93,4 и
    # 97,2 % соответственно").
    text = s.text
    for a, b in reversed(list(pairwise(figures))):
        if a.measure.unit is not None:
            continue
        gap = text[a.measure.end:b.start]
        link = COORDINATION_RE.match(gap) or _predicate_link(gap) or _attribute_link(gap)
        if link and (link.group("range") or b.measure.unit != "percent" or link.group().strip().lower() == "и") \
                and not count_paired_with_sum(figures, a, b, link.group()):
            mult = a.measure.multiplier
            if mult == 1 and not _bound_written_whole(s, a, b):
                mult = b.measure.multiplier
            a.measure = Measure(b.measure.unit, b.measure.object, a.measure.end, mult, a.measure.addend,
                                b.measure.skip)  # dataclasses.replace, without its cost
            if b.per is not None and b.measure.unit in SLASH_RATE_UNITS:  # "25–55 мг/кг": the slash's base too
                a.per, a.per_object = b.per, b.per_object


def _attribute_link(gap: str) -> Optional[regex.Match]:
    """The gap "профессиональных и" of "3 286 профессиональных и 1 742 непрофессиональных медиатора": attributes of
    the noun the second figure writes, then "и"/"или"."""
    m = ATTRIBUTE_LINK_RE.match(gap)
    if m and all(word_info(w.lower()).top_pos in ATTRIBUTE_POS for w in m.group("words").split()):
        return m
    return None


def _bound_written_whole(s: Sentence, low: Figure, high: Figure) -> bool:
    """Whether the lower bound of "от A до B <scale>" is written in full: "от 32 360 до более чем 900 тысяч тенге" is
    32 360 tenge, since with the scale the lower bound would pass the upper one ("от 7 до 9 тыс." is 7 thousand)."""
    a, b = decimal(low.number), decimal(high.number)
    return a > b and bool(FROM_BOUND_BEFORE_RE.search(s.text, max(0, low.start - 4), low.start))


def _predicate_link(gap: str) -> Optional[regex.Match]:
    """The gap "и ранены" between two figures when its words are predicates (verbs, short participles, adverbs)."""
    m = VERB_LINK_RE.match(gap)
    if m and all(word_info(w.lower()).top_pos in PREDICATE_POS for w in (m.group("w1"), m.group("w2")) if w):
        return m
    return None


# --- the unit of a bare figure -----------------------------------------------------------

class Donor(NamedTuple):
    """A figure whose unit a later bare figure may take, with its sentence."""

    figure: Figure
    text: str  # the figure's sentence

    @property
    def start(self) -> int:
        """Where the figure starts."""
        return self.figure.start

    @property
    def end(self) -> int:
        """Where the figure's text (with its unit or noun) ends."""
        return self.figure.measure.end

    @property
    def counted(self) -> Counted:
        """The figure's unit and counted word."""
        return self.figure.measure.unit, self.figure.measure.object

    @property
    def multiplier(self) -> Decimal:
        """The figure's magnitude."""
        return self.figure.measure.multiplier

    @property
    def head(self) -> str:
        """The text just before the figure."""
        start = self.figure.start
        return self.text[start - HEAD_WINDOW if start > HEAD_WINDOW else 0:start]


def _is_attribute(donor: Donor) -> bool:
    """Whether the donor is an attribute of another figure: "на общую сумму 4,1 трлн.", "до 14 лет", "опор ЛЭП 0,4 кВ"."""
    if donor.counted[0] == "year" and AGE_BOUND_BEFORE_RE.search(donor.head):
        return True
    return bool(ATTRIBUTE_PHRASE_BEFORE_RE.search(donor.head)) or with_attribute(donor.head) or names_a_class(donor.head, donor.counted[0])


def _choose(donors: Sequence[Donor], f: Figure, text: str = "") -> Optional[Donor]:
    """The donor a bare figure refers back to: the last one not set aside (`modifiers`), unless that is an amount stated
    as an attribute (at another scale, where the figure has one): "2,9 млн. документов на сумму 4,1 трлн. тенге, из них
    окончено – 1,7 млн." counts documents, "2 317 свалок общей площадью 1 842 гектара, из них ликвидировано 1 874" dumps."""
    donors = referable(text, donors, f)  # not "64 регионов" of "участников из 64 регионов"
    if not donors:
        return None
    last = donors[-1]
    if (f.measure.multiplier == 1 or last.multiplier != f.measure.multiplier) and _is_attribute(last):
        primary = next((d for d in reversed(donors) if not _is_attribute(d)), None)
        if primary:
            return primary
    return last


def _from_donor(donors: Sequence[Donor], f: Figure, text: str = "") -> Optional[tuple[Counted, Decimal]]:
    """The unit and counted word of the donor a bare figure refers back to, and the scale it takes with them: a sum
    of money or a measure without a scale of its own is at the donor's ("3603,1 млн. руб. ..., по третьему 4156,0",
    "валовой сбор – 22,1 млн. тонн, в том числе пшеницы – 16,4"); a count is not ("2 317 свалок ..., из них 1 874")."""
    donor = _choose(donors, f, text)
    if donor is None:
        return None
    unit = donor.counted[0]
    scaled = unit not in UNSCALED_UNITS and f.measure.multiplier == 1 and not f.measure.addend
    return donor.counted, donor.multiplier if scaled else f.measure.multiplier


def inherit_units(s: Sentence, figures: list[Figure], carry: Carry, is_item: bool) -> None:
    """Give bare figures a unit: a "количество X" since the last counted figure, that figure's, carried (see `Carry.donors`), or count.

    A bare figure right after "<year> –" restates the previous figure's measure for that year: "31 место (в 2018 году
    – 40)", "4,9% (в 2019 году – 4,8)" (not a change's: "снизилось на 22,5% (2019 г. – 1 870, ...)"). A figure inside
    the label of "<label> – <figure>" describes the label, not the measure: "детей с инвалидностью до 16 лет – 95,2
    тыс." takes the unit from before the label.
    """
    text = s.text
    donors: list[Donor] = []
    inherited: Optional[Sequence[Donor]] = None  # read at the first bare figure
    last_any: Optional[Figure] = None
    restated: Optional[Figure] = None  # the last figure that is no age bound ("18 942 человека в возрасте до 29 лет")
    for f in figures:
        if f.measure.unit is None:
            if inherited is None:
                inherited = carry.donors(s, is_item)
            same_measure = None
            if (restated and (not s.prefilters or text[:f.start].rstrip().endswith(DASHES))  # the pattern's last dash
                    and YEAR_DASH_BEFORE_RE.search(text, 0, f.start) and not _restates_change(text, restated, f)):
                same_measure = (restated.measure.unit, restated.measure.object)
            label = _label_start(s, f.start)
            if label is not None and donors and not _is_attribute(donors[-1]) \
                    and change_after_dash(text, donors[-1].end, f.start, f.measure.end):
                label = None
            usable = [d for d in donors if label is None or d.start < label]
            last_end = usable[-1].end if usable else 0
            clause_start = last_any.measure.end if last_any else 0
            mult = f.measure.multiplier
            whole = next((d for d in reversed(usable) if not _is_attribute(d)), None)  # not an age bound "старше 60 лет"
            # "23 вакансии, из них 8 – учителя математики": a part of a named whole is what the dash says it is
            people_named = whole is not None and whole.counted[1] is not None \
                and (whole.counted[0] == "person" or part_of_them(s, f))
            previous_part = bool(last_any) and bool(LABEL_OF_PREVIOUS_RE.fullmatch(text, clause_start, f.start))
            counted = ((None if previous_part else kind_after_dash(s, f, counted_before(s, last_end, f.start)))
                       or (None if people_named else _noun_after_dash(s, f))
                       or (None if previous_part else person_predicate(s, clause_start, f))
                       or _unless_a_labelled_series(_people_before_dash(s, f), text, usable)
                       or (_noun_of_label(s, f, usable[-1]) if usable else None)
                       or (counted_noun_of_label(s, f.start, f.number, usable[-1].counted[0]) if usable else None))
            f.elided = counted is None
            counted = same_measure or counted
            if counted is None:
                if PART_OF_THEM_RE.match(text, f.measure.end):  # "на 9 из них": things counted before, not a sum
                    usable, inherited = wholes_of_same_preposition(text, f.start, _counted_only(usable)), _counted_only(inherited)
                elif part_of_them(s, f) or included_part(s, f):  # "4 816 нотариусов, или 24,6 нотариуса на 100 тыс. ..., из них 4 712"
                    usable = _wholes_of(_not_rates(usable), f)
                donated = _from_donor(wholes_of_named_parts(text, f.start, usable), f, text)
                if donated is None:
                    topic = _topic_noun(s, f)
                    donated = (topic, mult) if topic else _from_donor(inherited, f)
                counted, mult = donated or (("count", None), mult)
            unit, obj = counted
            f.measure = Measure(unit, obj, f.measure.end, mult, f.measure.addend, f.measure.skip)
            if obj is not None and unit not in NOT_INHERITED_UNITS:  # "Количество документов ... 2,6 млн. на общую
                donors.append(Donor(f, text))  # сумму 3,9 трлн. тенге, из них окончено 1,4 млн." counts documents
        elif f.measure.unit not in NOT_INHERITED_UNITS and not defines_a_noun(text, f):  # "(15–19 лет)"
            donors.append(Donor(f, text))
        last_any = f
        if not (f.measure.unit == "year" and _is_attribute(Donor(f, text))):
            restated = f


def _counted_only(donors: Sequence[Donor]) -> list[Donor]:
    """The donors that count a thing or people, and are no rate."""
    return [d for d in _not_rates(donors) if d.counted[0] in COUNTED_UNITS]


def _not_rates(donors: Sequence[Donor]) -> list[Donor]:
    """The donors that are not rates written with their base ("24,6 нотариуса на 100 тыс. населения"), unless all are."""
    kept = [d for d in donors if not RATE_AFTER_RE.match(d.text, d.end)]
    return kept or list(donors)


def _wholes_of(donors: Sequence[Donor], f: Figure) -> list[Donor]:
    """"198 предприятий общей емкостью 13,6 млн. тонн, из них 41 – с линиями": a part is no larger than its whole
    (read at the whole's scale, as it would take it), so the donors it could be a part of, unless none is."""
    def part(d: Donor) -> Decimal:
        scaled = d.counted[0] not in UNSCALED_UNITS and f.measure.multiplier == 1 and not f.measure.addend
        return decimal(f.number) * (d.multiplier if scaled else f.measure.multiplier)
    kept = [d for d in donors if Decimal(value_of(d.figure.number, d.figure.measure)) >= part(d)]
    return kept or list(donors)


def _restates_change(text: str, prev: Figure, f: Figure) -> bool:
    """"снизилось на 22,5% (2019 г. – 1 870)": a count after a percentage change is not that change restated."""
    change = (prev.measure.unit == "percent"
              and CHANGE_BEFORE_RE.search(text, max(0, prev.start - CHANGE_WINDOW), prev.start))
    return bool(change) and value_of(f.number, f.measure) > 100


def _noun_after_dash(s: Sentence, f: Figure) -> Optional[Counted]:
    """"45 тыс. – дети", "2 345 (67,9%) – женщины": the noun in the nominative after a dash names what is counted."""
    dash = DASH_AFTER_RE.match(s.text, f.measure.end)
    if not dash:
        return None
    noun = noun_after(s, dash.end(), "0", True)
    if not noun or noun.skip or noun.unit != "person":  # "4,9 млн – среднее образование" names a group, not a noun counted
        return None
    noun_start = noun.end - len(noun.word)
    return (noun.unit, noun.word) if nominative_group(s, dash.end(), noun_start, noun.word) else None


def _people_before_dash(s: Sentence, f: Figure) -> Optional[Counted]:
    """"погибло на 3,8% меньше людей — 12,6 тыс.", "Из них: врачей – 120": people named in the genitive plural right
    before the dash that leads to a bare figure are what it counts."""
    start = max(0, f.start - PEOPLE_WINDOW)
    dash = not s.prefilters or s.text[start:f.start].rstrip().endswith(DASHES)  # the pattern's end: a cheap look first
    m = PEOPLE_DASH_RE.search(s.text, start, f.start) if dash else None
    if not m or m.group("verb") and word_info(m.group("verb").lower()).top_pos not in PREDICATE_POS:
        return None  # "Перевезено пассажиров – 22,6 млн": the verb opening the clause may stand before them
    info = word_info(m.group("word").lower())
    people = info.noun and info.people
    return ("person", m.group("word")) if people and GENITIVE_PLURAL in info.cases else None


def _unless_a_labelled_series(people: Optional[Counted], text: str, donors: Sequence[Donor]) -> Optional[Counted]:
    """The people a label names, unless the last donor is labelled alike ("зябликов – 6 112 особей, чижей – 2 870")."""
    return None if people and donors and labelled_by_a_word(text, donors[-1].start) else people


def _noun_of_label(s: Sentence, f: Figure, donor: Donor) -> Optional[Counted]:
    """"Численность адвокатов составила 5 412, юридических консультантов – 3 987", "Количество организаций сократилось
    с 32 до 29, их филиалов – с 214 до 187": a label that is only a noun in the genitive plural (with its attributes)
    names what the figure after its dash counts, where it stands for the counted noun the earlier figure's subject
    named; not for that noun's complement ("Количество посещений музеев составило 5,4 млн., театров – 2,9 млн.")."""
    unit, obj = donor.counted
    m = NOUN_LABEL_DASH_RE.search(s.text, max(0, f.start - NOUN_LABEL_WINDOW), f.start)
    if not m or unit not in COUNTED_UNITS or obj is None:
        return None
    parts = bool(m.group("parts")) or bool(PARTS_LEAD_RE.search(s.text, max(0, m.start() - NOUN_LABEL_WINDOW), m.start()))
    subject = (counted_before(s, 0, donor.start) or (None, None))[1] if obj.lower() in MEASURE_NAMES else None  # "412 тыс. единиц"
    if not (parts or _named_as_subject(s, obj, donor.start) or subject and _named_as_subject(s, subject, donor.start)):
        return None
    noun = noun_after(s, m.start("label"), "0", True)
    rest = s.text[noun.end:m.end("label")].split() if noun is not None else []  # "удостоверений личности"
    if noun is None or noun.skip or noun.unit != unit or rest and not (len(rest) == 1 and (
            GENITIVE_SINGULAR in word_info(rest[0].lower()).cases if parts else names_a_market(rest[0]))):  # "участников торгов"
        return None
    return (noun.unit, noun.word) if GENITIVE_PLURAL in word_info(noun.word.lower()).cases else None


def _named_as_subject(s: Sentence, obj: str, before: int) -> bool:
    """Whether the counted noun `obj` is written before its figure, its predicate right after it ("Численность
    адвокатов составила 5 412"; not "Количество посещений музеев составило", "Численность штатных единиц
    центрального аппарата составляет 245 единиц, территориальных подразделений – 1 120")."""
    last = None
    for m in regex.finditer(rf"(?<!\w){regex.escape(obj)}(?!\w)", s.text[:before]):
        last = m
    if last is None:
        return False
    end = predicate_start(s, last.end())
    nxt = s.words_from(end, 1)
    # "количество квартир – 216, нежилых помещений – 9": the dash stands for the predicate
    return bool(nxt) and nxt[0].info.top_pos in PREDICATE_POS or dash_predicate(s, end)


def _label_start(s: Sentence, pos: int) -> Optional[int]:
    """Where the label of "<label> – <figure at pos>" begins (after the last , ; : ( or line break), or None."""
    text = s.text
    window = text[max(0, pos - LABEL_WINDOW):pos]
    if s.prefilters and "-" not in window and "–" not in window and "—" not in window:  # LABEL_DASH_RE holds a dash
        return None
    dash = LABEL_DASH_RE.search(text, max(0, pos - LABEL_WINDOW), pos)
    if not dash:
        return None
    cut = max(text.rfind(c, 0, dash.start()) for c in ";:(\n")
    comma = text.rfind(",", 0, dash.start())
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1:comma + 2].isdigit():  # "возраста 1,5 лет –"
        comma = text.rfind(",", 0, comma)
    return max(cut, comma) + 1


def counted_before(s: Sentence, start: int, pos: int) -> Optional[Counted]:
    """The counted thing named between start and a bare figure: "Количество пользователей ... достигло 9,5 млн."."""
    if s.absent(COUNTED_WORDS, start, pos):
        return None
    found = None
    for m in COUNTED_BEFORE_RE.finditer(s.text, start, pos):
        if found is None or not describes_a_noun(s, m.start(), pos):  # "журналах с импакт-фактором": of the journals
            found = m if not start or s.text[start:m.start()].strip() else found  # "участников оборота": a complement
    if not found:
        return None
    if found.group("point"):
        return "point", None
    if found.group("index"):
        return "index", None  # "Индекс загрязнения атмосферы снизился до 6,8"
    if found.group("ratio"):
        return "ratio", None  # "Коэффициент ... повышен с 0,58 до 0,63", "оборот койки – 33,6": counts nothing
    if found.group().lower().startswith("обеспеченност"):
        provided = instrumental_noun(s, found.end(), pos)
        if provided:
            return provided.unit, provided.word
    noun = noun_after(s, found.end(), "0", True)
    if noun and found.group("shortage") and not shortage_said_of(s, noun, pos):
        return None
    return (staff_unit(s, noun.end - len(noun.word), noun.unit, noun.word), noun.word) if noun and not noun.skip else None


def _topic_noun(s: Sentence, f: Figure) -> Optional[Counted]:
    """"Индивидуальных предпринимателей вновь зарегистрировано 17", "Абонентов мобильного доступа – 8,9 млн": the counted
    noun opens the sentence in the genitive plural, the figure comes after its verb or its first dash."""
    first = s.words_from(0, 1)
    if not first or GENITIVE_PLURAL not in first[0].info.cases:
        return None
    noun = noun_after(s, 0, "0", True)
    if noun is None or noun.skip or noun.end > f.start or GENITIVE_PLURAL not in word_info(noun.word.lower()).cases:
        return None
    dash = (gap := s.text[noun.end:f.start].rstrip()).endswith(DASHES) and not any(c.isdigit() for c in gap)
    if not dash and not any(w.info.top_pos in PREDICATE_POS for w in s.words_between(noun.end, f.start)):
        return None
    return noun.unit, noun.word.lower() if noun.word[1:].islower() else noun.word  # "Абонентов" opening its sentence


# --- across sentences --------------------------------------------------------------------

def refers_back(s: Sentence) -> bool:
    """Whether the sentence refers to the figures of the one before ("данный показатель", "Максимум — в Алматы")."""
    return not s.absent(ANAPHORA_WORDS) and bool(ANAPHORA_RE.search(s.text))


@dataclass
class Carry:
    """What one sentence hands to the next: an open list's lead-in year and counted things, the last counted things."""

    list_open: bool = False
    list_year: Optional[int] = None
    list_unit: tuple[Donor, ...] = ()
    last_unit: tuple[Donor, ...] = ()
    reporting_year: Optional[int] = None  # the report's, where the text is a report's note
    period_from_text: bool = False  # prose that is no report: the period it named last stands for a reporting year
    list_change: Optional[str] = None  # the direction an open list's lead-in says ("снижение ... составит:")
    lead_in: str = ""  # the text of the open list's lead-in ("Лучшие по рейтингу ...:" names its items' measure)
    named: Optional[int] = None  # the period this paragraph named last
    named_before: Optional[int] = None  # the period the paragraph before this one named last
    paragraph_year: Optional[int] = None  # the period this paragraph names anywhere, where it says "текущий год"
    paragraph_text: str = ""  # the paragraph read now (see `named_starts`)
    title_text: str = ""  # the last dated title line (see `named_starts`)
    named_in_text: Optional[int] = None  # the period the text named last, since its last section title
    title_year: Optional[int] = None  # the period a title line without figures named (see `title_year_in_force`)
    title_period: Optional[int] = None  # its year, where it named a window or span (see `title_weeks`)
    day_year: Optional[int] = None  # the year of the day the text named last as its period ("14 ноября 2025 года")
    date_year: Optional[int] = None  # the year of the date this paragraph named last ("на 1 января 2018 года")
    plan_in_text: Optional[int] = None  # that period, where the text named it as a plan year ("на 2019 год")
    item_paragraph: bool = False  # the paragraph read now is a list item
    item_template: tuple[Measure, ...] = ()  # the units of the last list item whose figures all wrote theirs
    last_rate: Optional[Figure] = None  # the last rate of the sentence before (see `series.rates_of_last_sentence`)
    last_rate_nearby: bool = False  # that sentence is in this paragraph

    def new_paragraph(self, section_title: bool = False, item: bool = False) -> None:
        """A paragraph begins; a section title ends every period. `item`: the paragraph is a list item ("– ВРП – 221,8
        млрд рублей. Рост ... составит 1,4 процента"), so each of its sentences is one, where a list is in progress
        (a paragraph opened by a dash of dialogue is none)."""
        self.named_before, self.named, self.paragraph_year, self.date_year = self.named, None, None, None
        self.last_rate_nearby = False
        self.item_paragraph = item and (self.list_open or self.list_year is not None)
        if section_title:
            self.named_in_text = self.plan_in_text = self.day_year = None

    def name(self, year: Optional[int], plan: Optional[int] = None, bare_only: bool = False) -> None:
        """A sentence of the paragraph named a period (or None); `plan`: the same year where it was named as a plan
        year; `bare_only`: the sentence's figures all took their unit from earlier ones. Such a sentence naming a year
        before the paragraph's only gives an earlier value to compare with: "в 2023 году ... поступило 1239 уголовных
        дел. В 2022 году их было 1234. ... рассмотрел 756 дел, что на 78 меньше, чем годом ранее" (2023)."""
        if year is not None and not (bare_only and self.named is not None and year < self.named):
            self.named = self.named_in_text = year
            self.plan_in_text = plan

    def next_year(self) -> Optional[int]:
        """The year "на следующий год" means: the one after the report's; in prose that is no report, the plan year
        the text named ("прогноз ... на 2019 год. Основные показатели прогноза на следующий год:" is 2019, the text
        being written the year before), else unknown."""
        if self.reporting_year is not None:
            return self.reporting_year + 1
        return self.plan_in_text if self.period_from_text else None

    def current_year(self) -> Optional[int]:
        """The year "в текущем году" means: the period this paragraph named ("По состоянию на 1 февраля 2026 года ... В
        текущем году предусмотрено 62,7 млрд" is 2026; in prose that is no report, or names after it), else unknown (a
        report's note is written after its reporting year: unknown where its paragraph names none)."""
        if not self.period_from_text or self.reporting_year is not None:
            return None if self.period_from_text else self.named
        return self.named if self.named is not None else self.paragraph_year

    def this_year(self) -> Optional[int]:
        """The year "в этом году" means in prose that is no report: the period this paragraph named before it
        ("По итогам девяти месяцев 2023 года ... В этом году установлено 370 постаматов" is 2023), else unknown."""
        if not self.period_from_text or self.reporting_year is not None:
            return None
        return self.named

    def title_year_in_force(self) -> Optional[int]:
        """The year months written without it take in prose where their paragraph names none: the one the text's
        title line named ("... результаты за III квартал и 9 месяцев 2025 года | ... за январь–сентябрь", rule 1)."""
        if not self.period_from_text or self.reporting_year is not None:
            return None
        return self.title_year

    def day_year_in_force(self) -> Optional[int]:
        """The year days written without it take in prose where their paragraph names none: that of the day the text
        named last as its period ("По итогам ... сессии 14 ноября 2025 года ... | Курс доллара по итогам дня – 80,62
        рубля", "26 ноября 2025 года ... | 27–28 ноября ожидается ... 20–25 м/с": rule 1)."""
        if not self.period_from_text or self.reporting_year is not None:
            return None
        return self.day_year

    def notes_year(self) -> Optional[int]:
        """The year a part of the year written without it takes in a report's note ("За 9 месяцев трудоустроено
        2 318", "с начала года"): the reporting year, as a month named alone (rule 1); None in prose."""
        return None if self.period_from_text else self.reporting_year

    def period(self) -> Optional[int]:
        """The period in force: the report's reporting year; in prose that is no report, the period the text named
        last since its last section title, as a reader of the whole text takes it for a headline figure or "в отчетном
        году" ("Налогов ... в 2015 году поступило ... | По сравнению с 2014 годом поступления увеличились на 5873,0 тыс.
        рублей": 2015)."""
        if self.reporting_year is not None or not self.period_from_text:
            return self.reporting_year
        return self.named or self.named_in_text

    def is_item(self, s: Sentence) -> bool:
        """Whether the sentence is an item of a list ("- 12 проверок;", "2) ...", or after a lead-in ending in ':')."""
        return self.list_open or self.item_paragraph or bool(LIST_ITEM_RE.match(s.text))

    def donors(self, s: Sentence, is_item: bool) -> tuple[Donor, ...]:
        """The earlier figures a bare figure of the sentence may take its unit from: a list item's lead-in, or the
        last sentence's when this one refers back to them ("данный показатель", "их количество")."""
        if is_item:
            return self.list_unit
        return self.last_unit if refers_back(s) else ()

    def keep_template(self, template: Optional[tuple[Measure, ...]]) -> None:
        """After a sentence: a list item whose figures all wrote their units is the template of the next items; an
        item that did not keeps the one before; anything but an open list drops it."""
        if template is not None:
            self.item_template = template
        elif not self.list_open:
            self.item_template = ()

    def year(self, is_item: bool) -> Optional[int]:
        """The year a figure of the sentence takes when it states none: a list item's lead-in year."""
        return self.list_year if is_item else None

    def update(self, s: Sentence, figures: list[Figure], years: list[YearMention], is_item: bool) -> None:
        """Open a list after a lead-in ending with ':', keep it open while items end with ';' or ','. A lead-in that is
        itself an item keeps what its list's lead-in said unless it says otherwise."""
        counted = tuple([Donor(f, s.text) for f in figures if f.measure.unit not in NOT_INHERITED_UNITS])
        stripped = s.text.rstrip()
        if stripped.endswith(":"):
            end_year = next((y.year for y in reversed(years) if y.sets_context), None)
            if is_item and end_year is None:  # "1) доходы – 366814,4 тысячи тенге, в том числе:" opens a list within
                end_year = self.list_year     # the list "на 2023 год в следующих объемах:", in the same period
            elif end_year is None and not figures and self.last_unit and PART_LEAD_IN_RE.match(s.text):
                end_year = self.last_unit[0].figure.year  # "Из них приговорены:": parts of the headline, its year
            self.list_open, self.list_year, self.list_unit = True, end_year, counted or (self.list_unit if is_item else ())
            self.list_change, self.lead_in = direction_said(s) or (self.list_change if is_item else None), s.text
        elif is_item:
            self.list_unit = counted or self.list_unit
            self.list_open = stripped.endswith((";", ",")) or bool(LIST_NUMBER_RE.fullmatch(stripped))
        else:
            self.list_open, self.list_year, self.list_unit, self.list_change, self.lead_in = False, None, (), None, ""
        self.last_unit = counted or self.last_unit
