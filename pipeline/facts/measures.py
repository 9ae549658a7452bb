"""What a figure measures: its magnitude, its unit or the noun it counts, its qualifier and its value.

"13,5 млн. тенге" -> ×10^6 KZT; "20 979 человек" -> person, "человек"; "более 66 тыс. нарушений" -> ×1000,
count, "нарушений", qualifier "более"; "в 2 раза" -> times; "2 млрд. 450 млн." -> 2 450 000 000.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, getcontext
from typing import NamedTuple, Optional

import regex

from pipeline import vocabulary
from pipeline.facts.age_adjectives import age_adjective_end
from pipeline.facts.alternatives import ByFirstChar
from pipeline.facts.grams import gram_end
from pipeline.facts.money import FRACTION_PATTERN, MONEY_UNIT_GROUPS, first_letters
from pipeline.facts.paucal_attributes import attribute_of_paucal_unit
from pipeline.facts.sentence import Sentence, Word, literals
from pipeline.facts.words import ATTRIBUTE_POS, PERSON_LEMMAS, WordInfo, word_info
from pipeline.numbers import GROUP_SPACE, GROUP_SPACE_RE

MAX_NOUN_WORDS = 4  # words scanned after a figure to find the noun it counts
MAX_PHRASE_WORDS = 5  # words of a phrase between a participle and its noun ("обратившихся в центры занятости лиц")
QUALIFIER_WINDOW = 40  # characters before a figure searched for its qualifier
OPEN_BOUND_RE = regex.compile(  # "100 и более баллов", "90 и выше процентов": the bound stands between figure and noun
    r"\s+(?:и|или)\s+(?:более|менее|больше|меньше|выше|ниже|свыше)(?!\w)", regex.I)
SIGNED_DELTA_RE = regex.compile(r"\s*\(\s*[-−–+]\s?\d[\d\s]*(?:[.,]\d+)?\s*\)")  # "(-2)", "(+15)"
ONE, ZERO = Decimal(1), Decimal(0)
EXACT_DIGITS = getcontext().prec  # a number of at most this many characters has no more digits than decimal keeps

# --- magnitudes and units ----------------------------------------------------------------

MULTIPLIERS = {word: Decimal(multiplier) for word, multiplier, _kind in vocabulary.entries("magnitudes")}
# Every magnitude word the text may hold starts with one of these ("тысячами", "млн.").
MAGNITUDE_STEMS = vocabulary.words("magnitudes", kind="abbreviation|stem")
_MAGNITUDE = (rf"(?P<mag>{vocabulary.alternation(vocabulary.words('magnitudes', kind='abbreviation'))}"
              rf"|(?:{vocabulary.alternation(vocabulary.words('magnitudes', kind='stem'))})\w*)(?:\.|(?!\w))")
MAGNITUDE_RE = regex.compile(rf"\s*{_MAGNITUDE}", regex.I)
COMPOUND_TAIL_RE = regex.compile(  # "2 млрд. 450 млн.", "14 тыс. 320 человек", "7 млн 693,6 тыс.", "9 млрд 447.3 млн"
    # and the last three digits with the noun elided: "«против» – 1 млн 538 тыс. 437 (9,23%)"
    rf"\s+(?P<num>\d{{1,3}}(?:[,.]\d+)?)(?:\s*{_MAGNITUDE}|(?=\s+[^\W\d])|(?<=\s\d{{3}})(?=\s*(?:[.;,()]|\Z)))",
    regex.I
)
UNIT_RE = regex.compile(
    r"\s*(?:(?P<percentage_point>п\.\s?п\.|процентн\w+\s+пункт\w*)"
    r"|(?P<percent>%|процент\w*|проц\.)"  # "на 14,6 и 19,3 проц. соответственно"
    rf"|{MONEY_UNIT_GROUPS}"  # currencies and legal units of payments (money.py, money_units.tsv)
    r"|(?P<us_cent>цент(?:а|ов|ы)?(?!\w)(?:\s+США)?)"  # "4,2 цента США за 1 кВт·ч": cents, not scaled to dollars
    r"|(?P<person>чел\.|чел(?!\w)|пасс\.(?!\s*[-–]?\s*км))"  # "5,249 млн пасс." (passengers)
    r"|(?P<count>ед\.|шт\.|экз\.)"
    r"|(?P<Mbps>Мбит\s*/\s*с(?:ек\.?)?)|(?P<Gbps>Гбит\s*/\s*с(?:ек\.?)?)|(?P<Tbps>Тбит\s*/\s*с(?:ек\.?)?)|(?P<Kbps>Кбит\s*/\s*с(?:ек\.?)?)"
    r"|(?P<kWh>(?:кВт|киловатт)\s*[·.*∙⋅‧/-]?\s*ч(?:ас\w*|\.)?(?!\w))"  # "тенге за 1 кВт/ч" as written
    r"|(?P<tonne_km>тонно[-\s]?к(?:м|илометр\w*)(?!\w)|т\s?[-·.∙⋅*]?\s?км(?!\w))"  # "45 872 млн т·км", "ткм"
    r"|(?P<passenger_km>пассажиро[-\s]?к(?:м|илометр\w*)(?!\w)|пасс\.?[-\s]?км(?!\w))"
    r"|(?P<teu>TEU(?!\w)|ДФЭ(?!\w))"  # twenty-foot equivalent units of containers
    r"|(?P<dpi>(?-i:dpi|DPI)(?!\w)|точ(?:ек|ки|ка)\s+на\s+дюйм(?!\w))"  # a scan or print resolution
    r"|(?P<MW>МВт(?!\w))|(?P<GW>ГВт(?!\w))|(?P<kW>кВт(?!\w))|(?P<W>(?-i:Вт)(?!\w))|(?P<Gcal>Гкал(?!\w))"
    r"|(?P<kVA>(?-i:кВ\s?[·∙⋅*]?\s?А)(?!\w))|(?P<MVA>(?-i:МВ\s?[·∙⋅*]?\s?А)(?!\w))|(?P<kV>(?-i:кВ)(?!\w))"  # "2 734 тыс. кВА"
    # current, particle energy, labour: "до 300 мА", "2,5 ГэВ", "нормо-часов"
    r"|(?P<mA>(?-i:мА)(?!\w))|(?P<GeV>(?-i:ГэВ)(?!\w))|(?P<standard_hour>нормо[-\s]?час\w*)|(?P<decibel>(?-i:дБ)[АA]?(?!\w))"
    r"|(?P<bed_day>койко[-\s]?д(?:ень|н)\w*)|(?P<ship_hour>судо[-\s]?час\w*)"  # "койко-дней", "судо-часов": no count
    # speeds: "более чем на 20 км/ч", "порывы до 31 м/с" (not "м" of a length, not "км" of a distance)
    r"|(?P<km_per_hour>км\s*/\s*ч(?:ас)?(?!\w)|километр\w*\s+в\s+час(?!\w))"
    r"|(?P<m_per_second>(?-i:м)\s*/\s*с(?:ек\.?)?(?!\w)|метр\w*\s+в\s+секунду)"
    r"|(?P<MHz>МГц(?!\w))|(?P<lux>(?-i:лк)(?!\w))"  # "200 МГц" of radio spectrum, "20 лк" of illuminance (words: counted_nouns)
    r"|(?P<centner_per_hectare>ц\s*/\s*га(?!\w)|(?:центнер\w*|ц\.?)\s+(?:с|на)\s+(?:1\s+)?(?:гектар\w*|га(?!\w)))"
    r"|(?P<km3>куб\.\s*км(?!\w)|км3(?!\d)|км³|кубическ\w+\s+километр\w*)|(?P<cm3>куб\.\s*см(?!\w)|см3(?!\d)|см³)"
    r"|(?P<sqkm>кв\.\s*км(?!\w)|км2(?!\d)|км²|квадратн\w+\s+километр\w*)"
    r"|(?P<sqm>кв\.\s*м(?:етр\w*)?(?!\w)|м2(?!\d)|м²|квадратн\w+\s+метр\w*|квадрат(?:ов|а)(?!\w))"  # "8.8 млн квадратов"
    r"|(?P<m3_per_second>(?:куб\.\s*м|м3|м³)\s*/\s*с(?:ек\.?)?(?!\w)|(?:кубометр\w*|кубическ\w+\s+метр\w*)\s+в\s+секунду)"
    r"|(?P<m3>куб\.\s*м(?:етр\w*)?(?!\w)|м3(?!\d)|м³|кубическ\w+\s+метр\w*|кубометр\w*)"
    r"|(?P<horsepower>(?-i:л)\.\s?(?-i:с)\.|лошадин\w+\s+сил\w*)|(?P<megajoule>(?-i:МДж)(?!\w)|мегаджоул\w*)"  # "300 л.с."
    r"|(?P<litre>(?-i:л)(?:\.|(?!\w)))"  # "4,6 млн л"
    r"|(?P<decalitre>(?-i:дал)(?:\.|(?!\w)))"  # "3,2 млн дал" of wine (the word: counted_nouns)
    r"|(?P<hectolitre>(?-i:гл)(?!\w)(?!\.\s*\d))"  # "1,79 млн гл" of beer, not "гл. 5" of a chapter (the word: counted_nouns)
    # "7,86 °C", "–1,7 °С" (a Cyrillic С), "25 градусов Цельсия", "℃"; "298 мм" of precipitation
    r"|(?P<degree_celsius>°\s?[CС](?!\w)|℃|градус\w*(?:\s+Цельсия)?(?!\w))"
    r"|(?P<mm>мм(?!\w)|миллиметр\w*)"
    # "32 см" of snow cover (not "см." of a reference: "см. таблицу"); "118,6 тыс. унций" (troy ounces of gold);
    # "650–700 ккал"; "на 50 базисных пунктов" (a hundredth of a percentage point)
    r"|(?P<cm>см(?!\w)(?!\.\s*(?:табл|рис|прил|ниже|выше|также|п\.|ст\.|стат))|сантиметр\w*)"
    r"|(?P<ounce>(?:тройск\w+\s+)?унци(?:я|и|й|ю|ей|ям|ями|ях)(?!\w))"
    r"|(?P<kcal>ккал(?!\w)|килокалори\w*)"
    r"|(?P<author_sheet>авторск\w+\s+лист\w*)|(?P<printed_sheet>печатн\w+\s+лист\w*)"  # "0,9 авторского листа", "742 печатных листа"
    r"|(?P<basis_point>базисн\w+\s+пункт\w*|б\.\s?п\.(?!\s*[а-яё]))"
    # "2,86 г/т": grams per tonne of ore, "1,6 г/л" per litre (the base is read by figures.SLASH_BASE_RE)
    r"|(?P<ml>мл(?!\w))"  # "450 мл" of blood (not "млн"; the word: counted_nouns)
    r"|(?P<micrometre>мкм(?!\w)|микрометр\w*|микрон(?:а|ов|ы)?(?!\w))"  # "частицы размером менее 10 мкм"
    r"|(?P<mcg>мкг(?!\w))|(?P<mg>мг(?!\w))"  # "168 мкг/л" of iodine in urine, "25–55 мг/кг" of iodine in salt
    r"|(?P<microsievert>мкЗв(?!\w))|(?P<becquerel>(?-i:Бк)(?!\w))"  # "0,2 мкЗв/ч", "200 Бк/м3" (words: counted_nouns)
    r"|(?P<mpc>(?-i:ПДК)(?!\w))"  # "в 2,6 ПДК": multiples of the maximum permissible concentration of a pollutant
    r"|(?P<gigabyte>(?-i:ГБ|Гб)(?!\w))|(?P<megabyte>(?-i:МБ|Мб)(?!\w))"  # "19,6 ГБ" of data (the words: counted_nouns)
    # "1 150 г." ends a sentence; "338,6 г/кВт*ч" of fuel per kilowatt-hour
    r"|(?P<kg>кг(?!\w))|(?P<g>(?-i:г)(?=\s*[(),;]|\s*\Z|\s*/\s*(?:[тл]|кВт\s*[*·∙]?\s*ч)(?!\w))|(?-i:г)\.(?=\s*\Z))"
    r"|(?P<tonne>(?-i:т)(?!\.?\s*[а-яё]\.)(?:\.|(?!\w)))"  # "6,3 млн т", not "т.е.", "т.ч."
    # "2,7 млн. тенге на 1 пог. м", "120 погонных метров ограждения": a running metre, a length
    r"|(?P<m>(?:пог\.\s*|погонн\w+\s+)м(?:етр\w*)?(?!\w)|(?-i:м)(?![\w²³/])(?!\s*/))"
    r")",
    regex.I,
)
UNIT_BY_FIRST = ByFirstChar(UNIT_RE)  # tries only the units that can start at the next character
SPELLED_OUT_RE = regex.compile(r"\s*\(\s*(?P<words>[а-яё]+(?:\s+[а-яё]+){0,11})\s*\)", regex.I)
# the words of a number spelled out that morphology does not read as numerals ("одна", "сто", "две целых")
SPELLED_NUMBER_WORDS = frozenset({"и", "один", "одна", "одно", "сто", "целых", "целая", "десятых", "десятая", "сотых",
                                  "сотая", "тысячных"})
# "31 308 рублей 50 копеек", "1 250 тенге 40 тиын": the hundredths written after the currency
SUBUNIT_RE = regex.compile(rf"\s+(?P<num>\d{{1,2}})\s+(?:коп(?:е[ей]\w*|\.|(?!\w))|{FRACTION_PATTERN})", regex.I)
SUBUNIT_CURRENCIES = frozenset({"RUB", "BYN", "KZT", "KGS", "TJS", "UZS", "GEL", "AZN"})  # with a fraction word
HUNDREDTH = Decimal("0.01")
# The lower-cased first character (after the spaces) of every match of MAGNITUDE_RE, UNIT_RE and a word.
MAGNITUDE_FIRST = frozenset(word[0] for word in MULTIPLIERS)
_PLAIN_UNIT_FIRST = frozenset("п%т₸kд$uе€рчшэмгкцбслatb°℃уанdв")
# The letters that may follow each first letter in a match of UNIT_RE, lower-cased ("т": тенге, тг, тонно-км, т-км, Тбит,
# ткм; "м": мм, миллиметров, МГц, мг, мкг, мл; "г": градусов; "с": см, сантиметров; "у": унций; "к": ккал; "б": базисных;
# "д": дал; "г": гл; "а": авторского листа; "м" also МДж, мегаджоулей; "л": лошадиных сил; "т" alone, "г", "м" and "ц" are
# followed by no letter). Any other letter second: no match ("территории",
# "государственных", "мест"); a character that is no letter decides nothing. The wordings of money_units.tsv add theirs.
_PLAIN_SECOND_LETTERS = {
    "п": "раде", "т": "егокб", "д": "орфаб", "е": "вд", "р": "у", "ч": "е", "ш": "т", "э": "к", "k": "zg", "u": "sz",
    "м": "брвмиглкаде", "г": "бвкрэл", "к": "бвигмуко", "ц": "е", "б": "еак", "с": "оума", "л": "ок", "a": "m", "t": "je", "b": "y",
    "у": "н", "а": "в", "н": "о", "d": "p", "в": "т",
}


def _with_money_letters() -> tuple[frozenset[str], dict[str, str]]:
    """UNIT_FIRST and UNIT_SECOND_LETTERS: the plain units' letters and those of the money table's wordings."""
    first, second = set(_PLAIN_UNIT_FIRST), dict(_PLAIN_SECOND_LETTERS)
    for letter, followers in first_letters().items():
        if letter.isalpha() and (letter in second or letter not in first):
            second[letter] = second.get(letter, "") + "".join(sorted(c for c in followers if c.isalpha()))
        first.add(letter)
    return frozenset(first), second


UNIT_FIRST, UNIT_SECOND_LETTERS = _with_money_letters()
WORD_FIRST = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz")

PROSE_QUALIFIERS = vocabulary.words("qualifiers", where="all")
QUALIFIER_RE = regex.compile(
    rf"(?<!\w)(?P<q>{vocabulary.alternation(PROSE_QUALIFIERS)})(?:\s+(?:на|в|до|с))?\s*\Z", regex.I
)
# Every qualifier contains its longest word ("не свыше" contains "свыше").
QUALIFIER_WORDS = literals(*sorted({max(q.split(), key=len).lower() for q in PROSE_QUALIFIERS}))
# The characters of the class GROUP_SPACE, or None should it stop being a plain class.
GROUP_SPACE_CHARS = frozenset(GROUP_SPACE[1:-1]) if regex.fullmatch(r"\[[^\\\]^-]+\]", GROUP_SPACE) else None

# "в 10-дневный срок", "с соблюдением 10-дневного срока": a number hyphenated to an adjective of time before the noun
# of a time limit or period gives its length, as it gives a contract's term ("в рамках 15-летнего договора", "10-летней
# аренды"; not "30-летие", "5-летний план": an anniversary, a plan's horizon). Days,
# hours, minutes and weeks so written are a duration before any noun ("из-за 23-дневного простоя", "3-дневный визит"):
# nothing is dated, aged or planned in them.
DURATION_ADJECTIVE_UNITS = {stem: unit for stem, unit in vocabulary.entries("duration_adjectives")}
SHORT_DURATION_STEMS = [stem for stem, unit in DURATION_ADJECTIVE_UNITS.items() if unit in ("day", "week", "hour", "minute")]
DURATION_ADJECTIVE_RE = regex.compile(
    rf"-(?P<stem>{vocabulary.alternation(vocabulary.words('duration_adjectives'))})[а-яё]*(?=\s+(?:срок|период|договор|контракт|соглашени|аренд|концесси|гаранти)\w*)"
    rf"|-(?P<stem>{vocabulary.alternation(SHORT_DURATION_STEMS)})[а-яё]*(?=\s+[а-яё])", regex.I)


def duration_adjective(text: str, pos: int) -> Optional[Measure]:
    """The duration a number ending at pos gives by the adjective hyphenated to it ("10-дневного срока"), or None."""
    m = DURATION_ADJECTIVE_RE.match(text, pos) if text.startswith("-", pos) else None
    if m is None:  # "15-летние школьники": an age
        age = age_adjective_end(text, pos)
        return Measure("year", None, age) if age is not None else None
    return Measure(DURATION_ADJECTIVE_UNITS[m.group("stem").lower()], None, m.end())


# --- the noun counted --------------------------------------------------------------------

UNIT_LEMMAS = {row[0]: row[2] for row in vocabulary.entries("counted_nouns") if row[1] == "unit"}
REFERENCE_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="reference"))
ORDINAL_TIME_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="ordinal_period"))
RANK_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="rank"))
ENTITY_ATTRIBUTES = frozenset(vocabulary.words("counted_nouns", role="entity_attribute"))
ENTITY_NOUNS = frozenset(vocabulary.words("counted_nouns", role="entity_noun"))
ENTITY_COMPLEMENTS = frozenset(vocabulary.words("counted_nouns", role="entity_complement"))
MEASURE_NAMES = frozenset({"единиц", "единицы", "единица"})  # "единиц" in full: a count of the noun its sentence names
RANK_CASES = frozenset({"sing:nomn", "sing:accs", "sing:loct"})
NUMBER_LABEL_CASES = frozenset({"sing:datv", "sing:ablt", "sing:loct", "sing:loc2"})
SINGULAR_ORDINAL_CASES = frozenset({"sing:loct", "sing:nomn", "sing:accs"})
CONTINUE_POS = frozenset({"ADJF", "PRTF", "ADVB", "ADJS", "COMP", "NUMR"})
ACCUSATIVE_CASES = frozenset({"sing:accs", "plur:accs"})
BASE_LEMMAS = frozenset({"уровень", "показатель", "значение"})  # what a comparative compares with
# "годом ранее", "месяцем позже": a time in the instrumental said before or after, no unit of the figure before it
TIME_BEFORE_RE = regex.compile(r"(?:годом|месяцем|неделей|кварталом|дн[её]м)\s+(?:ранее|раньше|позже|позднее)(?!\w)", regex.I)
def count_noun_before(s: Sentence, f: Figure, pattern: regex.Pattern, window: int,
                      fits: Callable[[WordInfo], bool]) -> None:
    """Make a figure count the noun (group "noun") that `pattern` finds right before it, within `window` characters,
    where morphology says it `fits`: people where the noun names them, things otherwise; the noun kept as written."""
    m = pattern.search(s.text, max(0, f.start - window), f.start)
    if m is None:
        return
    info = word_info(m.group("noun").lower())
    if fits(info):
        f.measure = replace(f.measure, unit="person" if info.people else "count", object=m.group("noun"))


COUNTED_CACHE_SIZE = 20000  # distinct (word, next word) pairs kept
# "214 крестьянских (фермерских) хозяйств": a second name of the attribute in brackets, skipped to reach the noun
BRACKETED_ATTRIBUTE_RE = regex.compile(r"\s*\(\s*(?P<word>[а-яё]+)\s*\)", regex.I)


@dataclass
class Measure:
    """What a figure measures and where its text span ends."""

    unit: Optional[str]
    object: Optional[str]
    end: int  # end of the figure's text span
    multiplier: Decimal = ONE
    addend: Decimal = ZERO  # the "450 млн." of "2 млрд. 450 млн."
    skip: bool = False  # the noun shows the number is not a quantity ("шаг 5", "в 1 квартале")


@dataclass
class Figure:
    """A number in a sentence that is a quantity, with its measure, qualifier and year."""

    start: int
    end: int
    number: str
    measure: Measure
    qualifier: Optional[str]
    year: Optional[int] = None
    sign: int = 1  # -1 for "-2,6%"
    rate_base: bool = False  # the base of a rate ("на 100 тыс. населения"), no figure of its own
    per: Optional[Decimal] = None  # the base of the rate this figure is ("38,4 случая на 100 тыс. населения")
    per_object: Optional[str] = None  # what the base counts ("населения")
    change: Optional[str] = None  # a difference: "increase", "decrease" or "change" (see `changes`)
    elided: bool = False  # its counted noun is not written beside it but taken from another figure (see `context`)


class Noun(NamedTuple):
    """The noun a figure counts: its unit, the word as written, where it ends, and whether the figure is no
    quantity ("шаг 5")."""

    unit: str
    word: str
    end: int
    skip: bool


def measure(s: Sentence, number: str, pos: int) -> Measure:
    """What the figure `number` ending at pos measures: magnitude, unit and counted word, and its span's end."""
    text = s.text
    duration = duration_adjective(text, pos)
    if duration is not None:
        return duration
    mult, addend, end = ONE, ZERO, pos
    first = s.first_after(pos)
    mag = MAGNITUDE_RE.match(text, pos) if first is None or first in MAGNITUDE_FIRST else None
    if mag:
        mult, end = magnitude(mag.group("mag")), mag.end()
        addend, end = _compound_tail(text, end, mult)
        first = s.first_after(end)
    if first == "(" or first is None:  # "1 (-2) человек погиб", "11 (-5) ДТП": the noun after a signed difference
        delta = SIGNED_DELTA_RE.match(text, end)
        if delta:
            after = measure(s, number, delta.end())
            if after.unit is not None:
                return Measure(after.unit, after.object, end, mult, addend, after.skip)
    if first == "(":  # "18,5 млн (восемнадцать миллионов пятьсот тысяч) манатов": the amount spelled out, then its unit
        spelled = _spelled_out_end(text, end)
        if spelled is not None:
            after = measure(s, number, spelled)
            if after.unit is not None:
                return Measure(after.unit, after.object, after.end, mult, addend, after.skip)
    unit = UNIT_BY_FIRST.match(text, end, first) if _may_start_unit(s, end, first) else None
    if unit:
        kind = unit.lastgroup
        obj = None if kind in ("percent", "percentage_point") else unit.group().strip()
        return _with_subunit(text, Measure(kind, obj, unit.end(), mult, addend))
    gram = gram_end(text, end, number)  # "массой 10 г и 31,1 г –"
    if gram is not None:
        return Measure("g", "г", gram, mult, addend)
    noun = noun_after(s, end, number, mag is not None) if first is None or first in WORD_FIRST else None
    if noun:
        return _with_subunit(text, Measure(noun.unit, noun.word, noun.end, mult, addend, noun.skip))
    return Measure(None, None, end, mult, addend)


def _spelled_out_end(text: str, pos: int) -> Optional[int]:
    """Where a bracket at pos that spells a number out in words ends ("(восемнадцать миллионов пятьсот тысяч)"), or
    None."""
    m = SPELLED_OUT_RE.match(text, pos)
    if m is None:
        return None
    for word in m.group("words").split():
        low = word.lower()
        if not (low in SPELLED_NUMBER_WORDS or word_info(low).top_pos == "NUMR"
                or any(low.startswith(stem) for stem in MAGNITUDE_STEMS)):
            return None
    return m.end()


def _with_subunit(text: str, how: Measure) -> Measure:
    """"31 308 рублей 50 копеек" is one amount, 31 308,50 roubles: the kopecks (tiyn) after a whole number of roubles
    (tenge) are its hundredths."""
    if how.unit not in SUBUNIT_CURRENCIES or how.multiplier != ONE:
        return how
    sub = SUBUNIT_RE.match(text, how.end)
    if sub is None:
        return how
    how.addend, how.end = how.addend + decimal(sub.group("num")) * HUNDREDTH, sub.end()
    return how


def _may_start_unit(s: Sentence, pos: int, first: Optional[str]) -> bool:
    """Whether a unit (UNIT_RE) may start at pos, from the first two characters after the spaces (`first`: the first,
    lower-cased, None when unknown)."""
    if first is None:
        return True
    if first not in UNIT_FIRST:
        return False
    letters = UNIT_SECOND_LETTERS.get(first)
    if letters is None:
        return True
    low = s.low
    assert low is not None  # `first` is known only from the lower-cased text
    at = low.find(first, pos)  # only plain spaces stand before it
    second = low[at + 1:at + 2]
    return not second.isalpha() or second in letters


def _compound_tail(text: str, end: int, mult: Decimal) -> tuple[Decimal, int]:
    """The smaller parts after a magnitude and where they end: "2 млрд. 450 млн.", "14 тыс. 320 человек", "1 млрд 610
    млн 200 тысяч рублей", "7 млн 693,6 тыс. голов" (each part at a smaller magnitude than the one before; a decimal
    part only with its magnitude)."""
    addend = ZERO
    while True:
        tail = COMPOUND_TAIL_RE.match(text, end)
        tail_mult = magnitude(tail.group("mag")) if tail and tail.group("mag") else ONE
        if not (tail and tail_mult < mult and (tail.group("mag") or (mult == 1000 and tail.group("num").isdigit()))):
            return addend, end
        addend, end, mult = addend + decimal(tail.group("num")) * tail_mult, tail.end(), tail_mult
        if tail_mult == 1:
            return addend, end


def magnitude(word: str) -> Decimal:
    """Multiplier of a magnitude word or abbreviation ("тыс", "миллионов", "тысячами")."""
    w = word.lower()
    if w in MULTIPLIERS:
        return MULTIPLIERS[w]
    return next((MULTIPLIERS[stem] for stem in MAGNITUDE_STEMS if w.startswith(stem)), ONE)


def value_of(number: str, how: Measure) -> float:
    """The figure's normalized value: grouping removed, decimal comma read, magnitude applied."""
    if how.multiplier is ONE and how.addend is ZERO and len(number) <= EXACT_DIGITS:
        return _plain_value(number)  # x * 1 + 0 is x where no digit is rounded away
    return float(decimal(number) * how.multiplier + how.addend)


@functools.lru_cache(maxsize=4096)
def _plain_value(number: str) -> float:
    """A number without magnitude as a float (cached: most figures are such)."""
    return float(decimal(number))


@functools.lru_cache(maxsize=4096)
def decimal(number: str) -> Decimal:
    """A Russian-written number ("1 234,5") as an exact decimal."""
    return Decimal(_ungrouped(number).replace(",", "."))


def _ungrouped(number: str) -> str:
    """The number without its group spaces."""
    if GROUP_SPACE_CHARS is not None and GROUP_SPACE_CHARS.isdisjoint(number):
        return number
    return GROUP_SPACE_RE.sub("", number)


def qualifier(s: Sentence, start: int) -> Optional[str]:
    """'более', 'порядка', 'не менее' ... written just before the figure at start."""
    if s.absent(QUALIFIER_WORDS, max(0, start - QUALIFIER_WINDOW), start):
        return None
    m = QUALIFIER_RE.search(s.text[max(0, start - QUALIFIER_WINDOW):start])
    return " ".join(m.group("q").split()) if m else None


# --- the noun counted --------------------------------------------------------------------

def instrumental_noun(s: Sentence, start: int, pos: int) -> Optional[Noun]:
    """"Обеспеченность сельского населения аптечными организациями составляет 3,1 на 10 тыс.": what a provision rate
    counts is the noun phrase in the instrumental case between start and pos, not whom it provides."""
    phrase_start = start
    for word in s.words_between(start, pos):
        if any(c.endswith("ablt") for c in word.info.cases):
            noun = noun_after(s, phrase_start, "0", True)
            return noun if noun and not noun.skip else None
        phrase_start = word.end
    return None


def noun_after(s: Sentence, pos: int, number: str, has_mag: bool) -> Optional[Noun]:
    """The noun phrase after a figure (`number`, scaled when has_mag) that ends at pos, past adjectives and
    adverbs: "20 979 человек", "764 уполномоченных по этике", "23 830 обратившихся в центры занятости лиц"."""
    before: Optional[Word] = None
    first_attribute: Optional[Word] = None
    words = 0
    bound = OPEN_BOUND_RE.match(s.text, pos)
    if bound:
        pos = bound.end()
    while words < MAX_NOUN_WORDS:
        word = s.word_at(pos)
        if word is None:
            aside = _bracketed_attribute(s, pos, before)
            if aside is None:
                break
            pos = aside
            continue
        info = word.info
        if word.text.lower() == "не" and before is None:  # "202 не занятых трудовой деятельностью гражданина"
            pos = word.end
            continue
        if word.text.lower() in ("и", "или") and _joins_attributes(s, before, word.end):
            pos = word.end  # "111 532 новых легковых и коммерческих автомобиля": two attributes of one noun
            continue
        words += 1
        if first_attribute is not None and _is_complement(info, first_attribute):
            before, pos = word, word.end
            continue
        nxt = None
        if info.attributive:  # the next word only matters to an attribute (see _counted_word_kind)
            following = s.word_at(word.end)
            nxt = following.text if following else None
        if TIME_BEFORE_RE.match(s.text, word.end - len(word.text)):
            return None  # "3,1 тыс. годом ранее": when the figure was, not a number of years
        found = _counted_word(word.text, nxt, number, has_mag)
        if found and before is not None and before.info.top_pos == "COMP" and info.lemmas & BASE_LEMMAS:
            return None  # "на 0,7 млрд. больше уровня 2018 года": the base compared with, not the thing counted
        if found:
            unit = found[0]
            if unit == "person" and before is not None and before.info.lemmas & ENTITY_ATTRIBUTES \
                    and info.lemmas & ENTITY_NOUNS:
                unit = "count"  # "13 юридических лиц" are organisations
            if unit == "person" and info.lemmas & ENTITY_NOUNS and (complement := s.word_at(word.end)) is not None \
                    and names_a_market(complement.text):
                unit = "count"  # "48 615 участников оборота товаров": the participants of a market are organisations
            if unit == "person" and info.attributive:
                head = _person_head_after(s, word.end)
                if head is not None:
                    return head
            return Noun(unit, word.text, word.end, found[1])
        if info.top_pos == "PREP" and before is not None:
            return _head_after_phrase(s, word.end, before)
        if info.top_pos not in CONTINUE_POS and not info.attributive:
            return None
        if first_attribute is None and info.attributive:
            first_attribute = word
        before, pos = word, word.end
    return None


def _bracketed_attribute(s: Sentence, pos: int, before: Optional[Word]) -> Optional[int]:
    """Where a bracketed attribute after the attribute `before` ends ("крестьянских (фермерских) хозяйств"), or None."""
    if before is None or not before.info.attributive:
        return None
    m = BRACKETED_ATTRIBUTE_RE.match(s.text, pos)
    if m is None:
        return None
    info = word_info(m.group("word").lower())
    return m.end() if info.attributive and info.cases & before.info.cases else None


def _joins_attributes(s: Sentence, before: Optional[Word], pos: int) -> bool:
    """Whether "и"/"или" after the attribute `before` joins it to another attribute at pos, not a second noun phrase."""
    if before is None or not before.info.attributive or before.info.noun:
        return False
    after = s.word_at(pos)
    return after is not None and after.info.attributive and not after.info.noun


def _person_head_after(s: Sentence, pos: int) -> Optional[Noun]:
    """"202 не занятых трудовой деятельностью гражданина": a participle that counts people is the attribute of a
    person noun after its complement (after 2-4 the participle is plural and the noun singular, so they do not
    agree in form); "764 уполномоченных по этике" has none."""
    for word in s.words_from(pos, MAX_PHRASE_WORDS):
        info = word.info
        if info.noun and info.people:
            return Noun("person", word.text, word.end, False)
        if not (info.noun or info.attributive):
            return None
    return None


def _is_complement(info: WordInfo, attribute: Word) -> bool:
    """A noun only in the instrumental that the attribute after the figure does not agree with is that attribute's
    complement, not the counted noun: "202 не занятых [трудовой деятельностью] гражданина", "150 обеспеченных
    [жильем] семей" (but "12 новыми автомобилями" counts cars)."""
    return info.noun and bool(info.cases) and all(c.endswith(":ablt") for c in info.cases) \
        and not attribute.info.cases & info.cases


def _head_after_phrase(s: Sentence, pos: int, attribute: Word) -> Optional[Noun]:
    """"23 830 обратившихся [в центры занятости] лиц": the noun after a phrase that agrees with the attribute."""
    if not attribute.info.attributive:
        return None
    nouns = [w for w in s.words_from(pos, MAX_PHRASE_WORDS) if w.info.noun]
    for word in nouns[1:]:  # the first noun is the preposition's own
        shared = attribute.info.cases & word.info.cases
        if shared - ACCUSATIVE_CASES:  # accusative alone agrees by animacy accident ("обратившихся ... занятости")
            return Noun("person" if word.info.people else "count", word.text, word.end, False)
    return None


def _counted_word(word: str, next_word: Optional[str], number: str, has_mag: bool) -> Optional[tuple[str, bool]]:
    """(unit, skip) when `word` is the noun a figure counts; None when scanning should go on or stop."""
    if attribute_of_paucal_unit(word, next_word, number, has_mag):
        return None  # "3 рабочих дня": the unit's attribute
    found, singular_only = _counted_word_kind(word, next_word)
    if found == ("count", False) and number == "1" and _is_period_genitive(word):
        return "count", True  # "в течение 1 квартала 2003 года": one quarter is not counted in the genitive
    if found == ("count", False) and not has_mag and _names_by_number(word, number):
        return "count", True
    if singular_only and not _singular_ok(number, has_mag):
        return None
    return found


def names_a_market(word: str) -> bool:
    """Whether a word is a genitive naming the market the members of a person noun before it act in ("участников
    торгов", "участников оборота"): they are organisations (counted_nouns: entity_complement)."""
    info = word_info(word.lower())
    return bool(info.lemmas & ENTITY_COMPLEMENTS) and any(c.endswith("gent") for c in info.cases)


def _names_by_number(word: str, number: str) -> bool:
    """"соответствует 3 классу", "на 5 этапе": a noun in an oblique case of the singular after a whole number that
    would take the plural there ("3 классам", "5 этапах") is named by the number, not counted by it."""
    if not number.isdigit() or int(number) % 10 == 1 and int(number) % 100 != 11:
        return False
    cases = word_info(word.lower()).cases
    return bool(cases) and cases <= NUMBER_LABEL_CASES


def _is_period_genitive(word: str) -> bool:
    """A numbered period in the genitive singular ("квартала", "полугодия")."""
    info = word_info(word.lower())
    return bool(info.lemmas & ORDINAL_TIME_LEMMAS) and "sing:gent" in info.cases


@functools.lru_cache(maxsize=COUNTED_CACHE_SIZE)
def _counted_word_kind(word: str, next_word: Optional[str]) -> tuple[Optional[tuple[str, bool]], bool]:
    """What _counted_word gives for a word and the next one, and whether that needs a number a singular noun can
    follow (cached: it depends on the words only)."""
    # An adjective agreeing with the next word is its attribute ("рабочих дней", "уполномоченных органов");
    # a person word used as a noun stays the head ("764 уполномоченных по этике", "служащих различных уровней").
    info = word_info(word.lower())
    person = bool(info.lemmas & PERSON_LEMMAS) or info.animate and not word.isupper()  # "ИП", "НПО" are entities
    person = person and not info.lemmas & UNIT_LEMMAS.keys()  # "67 млрд бюджетных тенге": morphology's animate "тенг"
    if next_word and (info.top_pos in ATTRIBUTE_POS or info.attributive and _noun_follows(next_word)) \
            and _agrees(word, next_word, nouns_only=person):
        return None, False  # also a substantivised adjective before a noun: "1 146 пожарных депо", "пожарных гидрантов"
    if person:
        return ("person", False), False
    # "12 сел": a noun in the genitive plural, the form a number takes, though morphology ranks the verb first
    if not info.noun and not (word.isupper() and len(word) > 1) \
            and (info.attributive or info.indeclinable or "plur:gent" not in info.cases):  # "3 ед ." stays no noun
        return None, False
    if info.lemmas & REFERENCE_LEMMAS:
        return ("count", True), False
    if info.lemmas & ORDINAL_TIME_LEMMAS and info.cases & SINGULAR_ORDINAL_CASES:
        return ("count", True), False
    if info.lemmas & RANK_LEMMAS and info.cases & RANK_CASES:  # "28 место", "на 5 месте", not "8 954 места"
        return ("rank", False), False
    singular_only = not info.plural_possible
    for lemma in info.lemmas:
        if lemma in UNIT_LEMMAS:  # "20 Гбайт": a unit shortened after its capital prefix does not decline
            return (UNIT_LEMMAS[lemma], False), singular_only and not (word[:1].isupper() and word[1:].islower())
    return ("count", False), singular_only


def _noun_follows(next_word: str) -> bool:
    """Whether next_word is a noun and no attribute itself, so that an adjective used as a noun before it
    ("пожарных", "рабочих") is its attribute: "42 615 пожарных гидрантов" counts hydrants, not firemen."""
    nxt = word_info(next_word.lower())
    return nxt.indeclinable or nxt.noun and not nxt.attributive


def _agrees(word: str, next_word: str, nouns_only: bool) -> bool:
    """Whether next_word is a noun (or, unless nouns_only, an adjective) in the same number and case."""
    nxt = word_info(next_word.lower())
    kind_ok = nxt.noun or (not nouns_only and nxt.top_pos in CONTINUE_POS)
    return kind_ok and (nxt.indeclinable or bool(word_info(word.lower()).cases & nxt.cases))


def _singular_ok(number: str, has_magnitude: bool) -> bool:
    """Whether a noun in the singular can follow this number ("4,73 балла", "21 служащий", "3 года")."""
    if has_magnitude or "," in number or "." in number:
        return True
    n = int(_ungrouped(number))
    return n % 10 in (1, 2, 3, 4) and n % 100 not in (11, 12, 13, 14)
