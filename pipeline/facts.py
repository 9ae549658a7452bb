"""Figures of the analytical note and the risk table: value, unit, counted word, year, qualifier.

A figure is a number written with digits that measures something ("20 979 человек", "46,2%",
"13,5 млн. тенге", "в 2 раза"). Years, dates, article/order/goal numbers, list numbering and
numbers inside quoted names are not figures; a year tied to a figure goes into its `year`.
"""
from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple, Optional, Sequence

import regex

from pipeline import morph, vocabulary
from pipeline.sentences import LIST_ITEM as _LIST_ITEM, split_sentences
from pipeline.models import Fact, Location
from pipeline.numbers import GROUP_SPACE

I = regex.IGNORECASE
MULTIPLIERS = {word: Decimal(multiplier) for word, multiplier, _kind in vocabulary.entries("magnitudes")}
# Every magnitude word the text may hold starts with one of these ("тысячами", "млн.").
MAGNITUDE_STEMS = vocabulary.words("magnitudes", kind="abbreviation|stem")
YEAR_MIN, YEAR_MAX = 1950, 2049
MAX_NOUN_WORDS = 4  # words scanned after a figure to find the noun it counts
MAX_PHRASE_WORDS = 5  # words of a phrase between a participle and its noun ("обратившихся в центры занятости лиц")
POST_YEAR_MAX_WORDS = 3  # words allowed between a figure and a year phrase that follows it
MAX_RANGE_YEARS = 10  # a year range this short is spelled out for "... соответственно"

# --- text patterns -----------------------------------------------------------------------

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MONTH = rf"(?:{vocabulary.alternation(vocabulary.words('months'))})\w*"
_YEAR_WORD = r"(?:гг?\.|гг?(?!\w)|год(?:а|у|ом|ах|ы|ов)?(?!\w))"

NUMBER_TOKEN_RE = regex.compile(
    rf"(?<![\w.,/])(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+|\d+)(?:[.,]\d+)*(?![\d])"
)
DATE_RE = regex.compile(
    rf"(?<!\d)\d{{1,2}}(?:\s*(?:-|–|—|по|и|,)\s*\d{{1,2}})*\s+{_MONTH}"
    rf"(?:\s+(?P<year>{_YEAR})(?:\s*{_YEAR_WORD})?)?"
    rf"|(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.(?P<year>\d{{4}})(?!\d)(?:\s*{_YEAR_WORD})?"
    rf"|(?<![\d.])\d{{1,2}}[.:]\d{{2}}\s*(?:ч\.|час\w*)",
    I,
)
YEAR_WORD_RE = regex.compile(rf"\s*{_YEAR_WORD}", I)
PERIOD_YEAR_RE = regex.compile(rf"\s+{_YEAR}\s*(?:г\.|г(?!\w)|года(?!\w))", I)
YEAR_JOIN_RE = regex.compile(rf"\s*(?:,|и|или|[-–—/]|по)\s*(?={_YEAR}(?!\d))", I)
VALUE_DASH_RE = regex.compile(r"\s*[-–—:]\s*(?=\d)")
YEAR_PREP_BEFORE_RE = regex.compile(
    r"(?:^|(?<=[\s(]))(?:в|во|с|со|до|на|по|за|к|от|из|между|и|чем|после|период)\s+\Z", I
)
COMPARE_BEFORE_RE = regex.compile(
    r"(?:(?:^|(?<=[\s(]))(?:с|со|чем\s+в|сравнению\s+с|сравнении\s+с|отношению\s+к|относительно|против)\s+"
    # "по сравнению с аналогичным периодом 2019 года", "выше уровня 2018 года", "чем за аналогичный период 2019 года"
    r"|(?<!\w)(?:сравнени[юи]\s+со?|отношению\s+к|чем(?:\s+(?:в|за))?|против|относительно)(?:\s+[а-яё]+){1,3}\s+"
    r"|(?<!\w)(?:уровн(?:я|ем|ю|ю)|показател(?:я|ем|ю)|значени(?:я|ем|ю))(?:\s+(?:аналогичного|прошлого|того\s+же))?"
    r"(?:\s+периода)?\s+)\Z",
    I,
)
DOC_DATE_BEFORE_RE = regex.compile(r"(?:^|(?<=[\s(]))от\s+\Z", I)
# A numbered reference: "статьей 41", "№13", "Цель 1.1", "шагов 5 и 6", "приказ ... №13".
REFERENCE_RE = regex.compile(
    r"(?<![\w.])(?:стать(?:я|и|е|ей|ю|ям|ями|ях)|ст\.|пункт\w*|п\.|подпункт\w*|пп\.|част(?:ь|и|ью)|ч\.|"
    r"глав[аеуы]|раздел\w*|параграф\w*|приложени\w*|№+|N|No|номер(?:ом|у|а)?|шаг\w*|цел(?:ь|и|ью)|"
    r"направлени\w*|задач[аиуе]|строк[аеиу]|граф[аеуы]|"
    r"таблиц[аеуы]|табл\.|рис\.|рисун\w*|контакт-центр\w*|call-центр\w*|ISO|ИСО|ГОСТ|СТ\s+РК|КБК|ОКЭД)"
    r"\s*(?:\d+(?:[.\-/]\d+)*(?:\s*(?:,|и|или|[-–—])\s*(?=\d))?)+",
    I,
)
# "индикатор 2.1", "показателя 1.2": a dotted number after an indicator/measure word is its number.
DOTTED_NUMBER_RE = regex.compile(r"\d\.\d")
DOTTED_REFERENCE_RE = regex.compile(
    r"(?<![\w.])(?:индикатор\w*|показател\w*|мероприяти\w*|КЦИ|ЦИ|ЦП|подпрограмм\w*|программ\w*|план\w*|"
    r"пункт\w*|раздел\w*|задач\w*|цел(?:ь|и|ью|ей|ям|ях))\s*\(?\d+(?:\.\d+)+"
    r"(?:\s*(?:,|и|или|[-–—])\s*\d+(?:\.\d+)+)*\.?(?!\d)",
    I,
)
FRACTION_RE = regex.compile(r"(?<![\w.,/])(?P<num>[1-9])\s?/\s?(?P<den>[2-9]|10)(?![\w/.,]|\s?[+×*=/÷]\s?\d)", I)
QUOTED_RE = regex.compile(r"«[^«»]{0,200}»|“[^“”]{0,200}”|„[^„“”]{0,200}[“”]|\"[^\"]{0,200}\"")
LIST_MARK_RE = regex.compile(r"(?:^|(?<=[;:\n]))\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2})(?=\s|\Z)")
FORMULA_BEFORE_RE = regex.compile(r"[+×*=/÷x]\s*\Z")
RATIO_BEFORE_RE = regex.compile(r"\d\s?:\s?\Z")
# A sign glued to a figure: "(-11,2%)", "составил -2,6%", "(+3,4%)". A dash after a year ("2019 г. -319") or at a
# line's start ("-340 семинаров") is punctuation.
SIGN_RE = regex.compile(r"(?:(?<=\()|(?<=[^\W\d_]\s{1,2}))(?P<sign>[-−–+])\Z")
SIGNS = frozenset("-−–+")
COLON_SIGN_RE = regex.compile(r"(?<=[^\W\d_]:[ \u00a0])(?P<sign>[-−–])\Z")  # "сложилось отрицательным: -19,6 тыс."
SIGN_YEAR_BEFORE_RE = regex.compile(rf"{_YEAR}\s*{_YEAR_WORD}?\s*[-−–+]\Z", I)
FORMULA_AFTER_RE = regex.compile(r"\s*[+×*=/÷]\s*\d|\s+x\s+\d|[.:]\d")
HEADING_RE = regex.compile(
    r"^\s*(?:стратегическое\s+направление|направление|цель|задача|подцель)\s+\d+(?:\.\d+)*[.:]?(?:\s|\Z)", I
)
PAREN_RE = regex.compile(r"[()]")
DIGIT_RE = regex.compile(r"\d")
GROUP_SPACE_RE = regex.compile(GROUP_SPACE)
BARE_NUMBER_RE = regex.compile(rf"^\W*(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+|\d+)(?:[.,]\d+)?\W*\Z")

SUFFIX_RE = regex.compile(r"-(?P<suffix>[а-яё]{1,4})(?![\w-])", I)
ORDINAL_SUFFIXES = frozenset(vocabulary.words("ordinal_endings"))
GLUED_LETTER_RE = regex.compile(r"[a-zA-Z]|-[а-яёА-ЯЁa-zA-Z]{5,}")
GLUED_BEFORE_RE = regex.compile(r"[^\W\d_]-?\Z")

_MAGNITUDE = (rf"(?P<mag>{vocabulary.alternation(vocabulary.words('magnitudes', kind='abbreviation'))}"
              rf"|(?:{vocabulary.alternation(vocabulary.words('magnitudes', kind='stem'))})\w*)(?:\.|(?!\w))")
MAGNITUDE_RE = regex.compile(rf"\s*{_MAGNITUDE}", I)
COMPOUND_TAIL_RE = regex.compile(  # "2 млрд. 450 млн.", "14 тыс. 320 человек"
    rf"\s+(?P<num>\d{{1,3}})(?:\s*{_MAGNITUDE}|(?=\s+[^\W\d]))", I
)
UNIT_RE = regex.compile(
    r"\s*(?:(?P<percentage_point>п\.\s?п\.|процентн\w+\s+пункт\w*)"
    r"|(?P<percent>%|процент\w*)"
    r"|(?P<KZT>тенге|тг\.?(?!\w)|₸|KZT)"
    r"|(?P<USD>долл(?:\.|ар\w*|(?!\w))(?:\s*США)?|\$|USD(?!\w))"
    r"|(?P<EUR>евро(?!\w)|€)"
    r"|(?P<RUB>руб\.|руб(?!\w))"
    r"|(?P<person>чел\.|чел(?!\w))"
    r"|(?P<count>ед\.|шт\.|экз\.)"
    r"|(?P<MCI>МРП)(?!\w)"
    r"|(?P<Mbps>Мбит\s*/\s*с(?:ек\.?)?)|(?P<Gbps>Гбит\s*/\s*с(?:ек\.?)?)|(?P<Kbps>Кбит\s*/\s*с(?:ек\.?)?)"
    r"|(?P<kWh>(?:кВт|киловатт)\s*[·.*∙⋅‧-]?\s*ч(?:ас\w*)?\.?(?!\w))"
    r"|(?P<MW>МВт(?!\w))|(?P<GW>ГВт(?!\w))|(?P<kW>кВт(?!\w))|(?P<Gcal>Гкал(?!\w))"
    r"|(?P<centner_per_hectare>ц\s*/\s*га(?!\w)|центнер\w*\s+(?:с|на)\s+(?:1\s+)?(?:гектар\w*|га(?!\w)))"
    r"|(?P<km3>куб\.\s*км(?!\w)|км3(?!\d)|км³|кубическ\w+\s+километр\w*)"
    r"|(?P<sqkm>кв\.\s*км(?!\w)|км2(?!\d)|км²|квадратн\w+\s+километр\w*)"
    r"|(?P<sqm>кв\.\s*м(?:етр\w*)?(?!\w)|м2(?!\d)|м²|квадратн\w+\s+метр\w*)"
    r"|(?P<m3>куб\.\s*м(?:етр\w*)?(?!\w)|м3(?!\d)|м³|кубическ\w+\s+метр\w*)"
    r"|(?P<kg>кг(?!\w))"
    r"|(?P<m>(?-i:м)(?![\w²³/])(?!\s*/))"
    r")",
    I,
)
WORD_RE = regex.compile(r"\s*(?P<word>[а-яёa-z]+(?:-[а-яёa-z]+)*)", I)
PROSE_QUALIFIERS = vocabulary.words("qualifiers", where="all")
QUALIFIER_RE = regex.compile(
    rf"(?<!\w)(?P<q>{vocabulary.alternation(PROSE_QUALIFIERS)})(?:\s+(?:на|в|до|с))?\s*\Z", I
)
COORDINATION_RE = regex.compile(r"^\s*(?:(?P<range>[-–—]|до|по)|и|или|,)\s*\Z", I)
# "погибли 2 093 и ранены 14 785 человек": a conjunction and a predicate of the second figure.
VERB_LINK_RE = regex.compile(r"^(?P<range>(?!))?\s*,?\s*(?:и|или|а)\s+(?P<w1>[а-яё]+)(?:\s+(?P<w2>[а-яё]+))?\s*\Z", I)
PREDICATE_POS = frozenset({"VERB", "PRTS", "ADJS", "INFN", "ADVB"})
POST_YEAR_RE = regex.compile(
    rf"^(?P<gap>(?:\s+[а-яё]+){{0,{POST_YEAR_MAX_WORDS}}}?)"
    r"\s+(?:в|во|за|на|по\s+итогам|по\s+состоянию\s+на|на\s+конец|в\s+течение)\s+\Z",
    I,
)
ANAPHORA_RE = regex.compile(
    r"(?<!\w)(?:(?:данн|эт|указанн|аналогичн)\w*\s+показател\w*|их\s+(?:количество|число|численность))", I
)
COUNTED_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:количеств[оау]|числ(?:о|а|у|ом)|численност[иью]|(?P<point>балл(?:а|ом|е|ы|ов)?))(?!\w)", I
)
DASH_AFTER_RE = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[-–—]\s+")
ATTRIBUTE_PHRASE_BEFORE_RE = regex.compile(
    r"(?<!\w)(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|в\s+размере|стоимостью|объемом|мощностью|площадью|"
    r"протяженностью|на\s+площади)(?:\s+(?:более|около|свыше|порядка|почти|до))?\s*\Z",
    I,
)
CHANGE_BEFORE_RE = regex.compile(r"(?<!\w)(?:на|в)\s+\Z", I)
LABEL_DASH_RE = regex.compile(r"\s[-–—]\s*(?:(?:до|на|по|с|в)\s+)?\Z", I)
YEAR_DASH_BEFORE_RE = regex.compile(rf"{_YEAR}\s*{_YEAR_WORD}?\s*[-–—]\s*\Z", I)
RATE_GAP_RE = regex.compile(r"^\s*на\s*\Z", I)
# "на 100 тыс. населения", "в расчете на 1 000 человек": the base of a rate, wherever it stands.
RATE_BASE_BEFORE_RE = regex.compile(r"(?:(?<!\w)(?:расч[её]те|расчета)\s+)?(?<!\w)на\s*\Z", I)
RATE_BASE_NOUN_RE = regex.compile(r"\s*(?:[а-яё]+\s+)?(?:населени|жител|живорожд|родивш|рождени)", I)
RATE_CALC_RE = regex.compile(r"(?<!\w)(?:расч[её]те|расчета)\s+на\s*\Z", I)
RESPECTIVELY_RE = regex.compile(r"(?<!\w)соответственно(?!\w)", I)
COMPARE_GAP_RE = regex.compile(r"(?<!\w)(?:чем|сравнени\w*|относительно|против|прошл\w*|начиная)(?!\w)", I)
LIST_ITEM_RE = regex.compile(rf"\s*{_LIST_ITEM}")

# --- literal prefilters ------------------------------------------------------------------
# Most scans above find nothing in most sentences, and an unanchored `regex` scan is costly (a large alternation or a
# lookbehind is tried at every position). Each scan below is skipped when a word it needs is absent from the
# lower-cased sentence: every match of the pattern contains, lower-cased, one of the listed literals, so the prefilter
# never drops a match. The literals are searched with the standard `re` (plain strings, no flags: exact substrings).
#
# Lower-casing stands for IGNORECASE only when each character an IGNORECASE pattern matches to a Latin or Russian
# letter lower-cases to that letter and keeps the length; over all code points the exceptions are "İ", "ſ" and the
# Cyrillic letter variants U+1C80-U+1C88. A sentence holding one of them is scanned without prefilters.
UNFOLDED_RE = re.compile("[\u0130\u017f\u1c80-\u1c88]")


def _literals(*words: str) -> re.Pattern:
    """A search for any of these exact (lower-case) strings."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


# The fixed start of each keyword of REFERENCE_RE, where its matches start ("СТ\s+РК": ST_RK_RE, when "рк" occurs).
REFERENCE_WORDS = _literals(
    "стать", "ст.", "пункт", "п.", "подпункт", "пп.", "част", "ч.", "глав", "раздел", "параграф", "приложени", "№",
    "n", "номер", "шаг", "цел", "направлени", "задач", "строк", "граф", "таблиц", "табл.", "рис.", "рисун",
    "контакт-центр", "call-центр", "iso", "исо", "гост", "кбк", "окэд",
)
ST_RK_RE = regex.compile(r"СТ\s+РК", I)
# In the lower-cased text of every match of DATE_RE: a digit, spaces and a month, or "d.d" / "d:d" (same \d and \s).
DATE_HINT_RE = regex.compile(rf"\d(?:\s+{_MONTH}|[.:]\d)")
# Every qualifier contains its longest word ("не свыше" contains "свыше").
QUALIFIER_WORDS = _literals(*sorted({max(q.split(), key=len).lower() for q in PROSE_QUALIFIERS}))
RESPECTIVELY_WORDS = _literals("соответственно")
ANAPHORA_WORDS = _literals("показател", "количество", "число", "численность")
COUNTED_WORDS = _literals("количеств", "числ", "балл")
COMPARE_WORDS = _literals("сравнени", "отношени", "чем", "против", "относительно", "уровн", "показател", "значени")
DASHES = ("-", "–", "—")
FORMULA_CHARS = frozenset("+×*=/÷x")  # one of them is in every match of FORMULA_BEFORE_RE and of FORMULA_AFTER_RE
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Characters that end no match of GLUED_BEFORE_RE, FORMULA_BEFORE_RE or RATIO_BEFORE_RE (not a letter, "-", sign, ":").
PLAIN_BEFORE_CHARS = frozenset(" \u00a0\t\n\r(«\"“„[")
# The characters of the class GROUP_SPACE, or None should it stop being a plain class.
GROUP_SPACE_CHARS = frozenset(GROUP_SPACE[1:-1]) if regex.fullmatch(r"\[[^\\\]^-]+\]", GROUP_SPACE) else None


# The lower-cased first character (after the spaces) of every match of MAGNITUDE_RE, UNIT_RE, WORD_RE.
MAGNITUDE_FIRST = frozenset(word[0] for word in MULTIPLIERS)
UNIT_FIRST = frozenset("п%т₸kд$uе€рчшэмгкц")
WORD_FIRST = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz")


def _first_after(low: Optional[str], pos: int) -> Optional[str]:
    """The first character at or after pos past plain spaces in the lower-cased text ("" at its end), or None when
    that is unknown (no lower-cased text, or another kind of whitespace first)."""
    if low is None:
        return None
    head = low[pos:pos + 8].lstrip(" ")
    if not head:
        return "" if pos + 8 >= len(low) else None
    return None if head[0].isspace() else head[0]


def _lower(text: str) -> Optional[str]:
    """The lower-cased text for the literal prefilters, or None when lower-casing cannot stand for IGNORECASE."""
    return None if UNFOLDED_RE.search(text) else text.lower()


def _absent(words: re.Pattern, low: Optional[str], start: int = 0, end: Optional[int] = None) -> bool:
    """Whether the lower-cased text (None: unknown) surely holds none of the words between start and end."""
    return low is not None and not words.search(low, start, len(low) if end is None else end)


# --- morphology --------------------------------------------------------------------------

PERSON_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="person"))
# Animate nouns count people ("1 245 стипендиатов", "3 118 иностранцев"), except animals and the agents that are
# usually organisations ("12 тыс. сельхозтоваропроизводителей", "45 недропользователей").
NOT_PERSON_ANIMATE = frozenset(vocabulary.words("counted_nouns", role="not_person"))
UNIT_LEMMAS = {row[0]: row[2] for row in vocabulary.entries("counted_nouns") if row[1] == "unit"}
REFERENCE_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="reference"))
ORDINAL_TIME_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="ordinal_period"))
SINGULAR_ORDINAL_CASES = frozenset({"sing:loct", "sing:nomn", "sing:accs"})
RANK_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="rank"))
CONTINUE_POS = frozenset({"ADJF", "PRTF", "ADVB", "ADJS", "COMP", "NUMR"})
ATTRIBUTE_POS = frozenset({"ADJF", "PRTF"})
PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
ACCUSATIVE_CASES = frozenset({"sing:accs", "plur:accs"})
PERIOD_UNITS = frozenset({"month", "day", "week"})
NOT_INHERITED_UNITS = frozenset({"percent", "percentage_point", "times", "rank"})


@dataclass(frozen=True)
class WordInfo:
    """What morphology says about one word, reduced to what the noun scan needs."""

    lemmas: frozenset
    top_pos: Optional[str]
    noun: bool
    animate: bool  # a noun naming people (see NOT_PERSON_ANIMATE)
    attributive: bool  # can be an adjective or participle
    plural_possible: bool
    cases: frozenset


def _names_people(parse) -> bool:
    """Whether a parse is an animate common noun that is not an animal or an organisation-like agent."""
    tag = parse.tag
    return (tag.POS == "NOUN" and tag.animacy == "anim" and not PROPER_TAGS & tag.grammemes
            and parse.normal_form.replace("ё", "е") not in NOT_PERSON_ANIMATE)


PARTICIPLE_ENDINGS = (("ихся", "ийся"), ("ыхся", "ыйся"), ("ими", "ий"), ("ыми", "ый"), ("ого", "ый"), ("его", "ий"),
                      ("их", "ий"), ("ых", "ый"), ("им", "ий"), ("ым", "ый"), ("ие", "ий"), ("ые", "ый"))


def _participle_lemma(word: str) -> list[str]:
    """The masculine nominative singular of a participle form, by its ending ("осужденных" -> "осужденный")."""
    return [word[: -len(end)] + rep for end, rep in PARTICIPLE_ENDINGS if word.endswith(end)][:1]


@functools.lru_cache(maxsize=20000)
def word_info(word: str) -> WordInfo:
    """Lemmas and part-of-speech facts of one lower-case word (cached)."""
    parses = morph.parse(word.replace("ё", "е"))
    strong = [p for p in parses if p.score >= 0.05] or parses[:1]
    lemmas = {p.normal_form.replace("ё", "е") for p in strong}
    if any(p.tag.POS == "PRTF" for p in strong):  # "заключенных" -> "заключенный", not the verb "заключить"
        lemmas.update(_participle_lemma(word.replace("ё", "е")))
    return WordInfo(
        lemmas=frozenset(lemmas),
        top_pos=str(strong[0].tag.POS) if strong[0].tag.POS else None,
        noun=any(p.tag.POS == "NOUN" and p.score >= 0.2 for p in strong),
        animate=_names_people(strong[0]),
        attributive=any(p.tag.POS in ATTRIBUTE_POS for p in strong),
        plural_possible=any(p.tag.number == "plur" or "Fixd" in p.tag or "Pltm" in p.tag for p in strong),
        cases=frozenset(f"{p.tag.number}:{p.tag.case}" for p in strong),
    )


# --- one figure --------------------------------------------------------------------------

@dataclass
class Measure:
    """What a figure measures and where its text span ends."""

    unit: Optional[str]
    object: Optional[str]
    end: int  # end of the figure's text span
    multiplier: Decimal = Decimal(1)
    addend: Decimal = Decimal(0)  # the "450 млн." of "2 млрд. 450 млн."
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


ONE, ZERO = Decimal(1), Decimal(0)


def _magnitude(word: str) -> Decimal:
    """Multiplier of a magnitude word or abbreviation ("тыс", "миллионов", "тысячами")."""
    w = word.lower()
    if w in MULTIPLIERS:
        return MULTIPLIERS[w]
    return next((MULTIPLIERS[stem] for stem in MAGNITUDE_STEMS if w.startswith(stem)), ONE)


def _singular_ok(number: str, has_magnitude: bool) -> bool:
    """Whether a noun in the singular can follow this number ("4,73 балла", "21 служащий", "3 года")."""
    if has_magnitude or "," in number or "." in number:
        return True
    n = int(_ungrouped(number))
    return n % 10 in (1, 2, 3, 4) and n % 100 not in (11, 12, 13, 14)


def _counted_word(word: str, next_word: Optional[str], number: str, has_mag: bool) -> Optional[tuple[str, bool]]:
    """(unit, skip) when `word` is the noun a figure counts; None when scanning should go on or stop."""
    found, singular_only = _counted_word_kind(word, next_word)
    if singular_only and not _singular_ok(number, has_mag):
        return None
    return found


@functools.lru_cache(maxsize=20000)
def _counted_word_kind(word: str, next_word: Optional[str]) -> tuple[Optional[tuple[str, bool]], bool]:
    """What _counted_word gives for a word and the next one, and whether that needs a number a singular noun can
    follow (cached: it depends on the words only)."""
    # An adjective agreeing with the next word is its attribute ("рабочих дней", "уполномоченных органов");
    # a person word used as a noun stays the head ("764 уполномоченных по этике", "служащих различных уровней").
    info = word_info(word.lower())
    person = bool(info.lemmas & PERSON_LEMMAS) or info.animate and not word.isupper()  # "ИП", "НПО" are entities
    if info.top_pos in ATTRIBUTE_POS and next_word and _agrees(word, next_word, nouns_only=person):
        return None, False
    if person:
        return ("person", False), False
    if not info.noun and not (word.isupper() and len(word) > 1):
        return None, False
    if info.lemmas & REFERENCE_LEMMAS:
        return ("count", True), False
    if info.lemmas & ORDINAL_TIME_LEMMAS and info.cases & SINGULAR_ORDINAL_CASES:
        return ("count", True), False
    if info.lemmas & RANK_LEMMAS and any(c.startswith("sing") for c in info.cases):
        return ("rank", False), False
    singular_only = not info.plural_possible
    for lemma in info.lemmas:
        if lemma in UNIT_LEMMAS:
            return (UNIT_LEMMAS[lemma], False), singular_only
    return ("count", False), singular_only


def _agrees(word: str, next_word: str, nouns_only: bool) -> bool:
    """Whether next_word is a noun (or, unless nouns_only, an adjective) in the same number and case."""
    nxt = word_info(next_word.lower())
    kind_ok = nxt.noun or (not nouns_only and nxt.top_pos in CONTINUE_POS)
    return kind_ok and bool(word_info(word.lower()).cases & nxt.cases)


def _noun_after(text: str, pos: int, number: str, has_mag: bool) -> Optional[tuple[str, str, int, bool]]:
    """(unit, word, end, skip) of the noun phrase after a figure, skipping adjectives and adverbs."""
    words: list[regex.Match] = []  # read as needed: most scans stop at the first or second word
    for i in range(MAX_NOUN_WORDS):
        if len(words) <= i:
            _read_words(text, pos, words, i + 1)
            if len(words) <= i:
                break
        m = words[i]
        word = m.group("word")
        info = word_info(word.lower())
        nxt = None
        if info.top_pos in ATTRIBUTE_POS:  # the next word only matters to an attribute (see _counted_word_kind)
            _read_words(text, pos, words, i + 2)
            nxt = words[i + 1].group("word") if len(words) > i + 1 else None
        found = _counted_word(word, nxt, number, has_mag)
        if found:
            return found[0], word, m.end(), found[1]
        if info.top_pos == "PREP" and i > 0:
            _read_words(text, pos, words, i + 1 + MAX_PHRASE_WORDS)
            return _head_after_phrase(words[i + 1:], words[i - 1].group("word"))
        if info.top_pos not in CONTINUE_POS and not info.attributive:
            return None
    return None


def _read_words(text: str, pos: int, words: list[regex.Match], n: int) -> None:
    """Read the words after pos into `words` up to n of them (at most MAX_NOUN_WORDS + MAX_PHRASE_WORDS), stopping at
    a non-word or a blank line."""
    n = min(n, MAX_NOUN_WORDS + MAX_PHRASE_WORDS)
    p = words[-1].end() if words else pos
    while len(words) < n:
        m = WORD_RE.match(text, p)
        if not m or "\n\n" in m.group():
            return
        words.append(m)
        p = m.end()


def _head_after_phrase(words: list[regex.Match], attribute: str) -> Optional[tuple[str, str, int, bool]]:
    """"23 830 обратившихся [в центры занятости] лиц": the noun after a phrase that agrees with the attribute."""
    if not word_info(attribute.lower()).attributive:
        return None
    nouns = [m for m in words[:MAX_PHRASE_WORDS] if word_info(m.group("word").lower()).noun]
    for m in nouns[1:]:  # the first noun is the preposition's own
        word = m.group("word")
        shared = word_info(attribute.lower()).cases & word_info(word.lower()).cases
        if shared - ACCUSATIVE_CASES:  # accusative alone agrees by animacy accident ("обратившихся ... занятости")
            person = word_info(word.lower()).lemmas & PERSON_LEMMAS or word_info(word.lower()).animate
            return ("person" if person else "count"), word, m.end(), False
    return None


def measure(text: str, number: str, pos: int, low: Optional[str] = None) -> Measure:
    """What the figure ending at pos measures: magnitude, unit and counted word, and its span's end (low: the text
    lower-cased, to skip the patterns that cannot match the next character)."""
    mult, addend, end = ONE, ZERO, pos
    first = _first_after(low, pos)
    mag = MAGNITUDE_RE.match(text, pos) if first is None or first in MAGNITUDE_FIRST else None
    if mag:
        mult, end = _magnitude(mag.group("mag")), mag.end()
        tail = COMPOUND_TAIL_RE.match(text, end)
        tail_mult = _magnitude(tail.group("mag")) if tail and tail.group("mag") else ONE
        if tail and tail_mult < mult and (tail.group("mag") or mult == 1000):
            addend, end = _decimal(tail.group("num")) * tail_mult, tail.end()
        first = _first_after(low, end)
    unit = UNIT_RE.match(text, end) if first is None or first in UNIT_FIRST else None
    if unit:
        kind = unit.lastgroup
        obj = None if kind in ("percent", "percentage_point") else unit.group().strip()
        return Measure(kind, obj, unit.end(), mult, addend)
    noun = _noun_after(text, end, number, mag is not None) if first is None or first in WORD_FIRST else None
    if noun:
        kind, word, noun_end, skip = noun
        return Measure(kind, word, noun_end, mult, addend, skip)
    return Measure(None, None, end, mult, addend)


@functools.lru_cache(maxsize=4096)
def _decimal(number: str) -> Decimal:
    """A Russian-written number ("1 234,5") as an exact decimal."""
    return Decimal(_ungrouped(number).replace(",", "."))


def _ungrouped(number: str) -> str:
    """The number without its group spaces."""
    if GROUP_SPACE_CHARS is not None and GROUP_SPACE_CHARS.isdisjoint(number):
        return number
    return GROUP_SPACE_RE.sub("", number)


def value_of(number: str, how: Measure) -> float:
    """The figure's normalized value: grouping removed, decimal comma read, magnitude applied."""
    return float(_decimal(number) * how.multiplier + how.addend)


def _qualifier(text: str, start: int, low: Optional[str] = None) -> Optional[str]:
    """'более', 'порядка', 'не менее' ... written just before a figure (low: the text lower-cased, for a prefilter)."""
    if _absent(QUALIFIER_WORDS, low, max(0, start - 40), start):
        return None
    m = QUALIFIER_RE.search(text[max(0, start - 40):start])
    return " ".join(m.group("q").split()) if m else None


# --- what a number is when it is not a figure --------------------------------------------

def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps any span."""
    return any(s < b and a < e for s, e in spans)


def _sign(text: str, m: regex.Match) -> Optional[str]:
    """The sign glued to a number token ("-", "−", "+"), or None."""
    if m.start() == 0 or text[m.start() - 1] not in SIGNS:
        return None
    head = text[max(0, m.start() - 12):m.start()]
    sign = SIGN_RE.search(head) or ("," in m.group() and COLON_SIGN_RE.search(head))
    return sign.group("sign") if sign and not SIGN_YEAR_BEFORE_RE.search(head) else None


def _not_a_quantity(text: str, m: regex.Match) -> bool:
    """Ordinals ("5-й"), codes glued to letters ("COVID-19", "5G"), formulas ("3 + 3"), dotted numbers."""
    token = m.group()
    if token.count(".") + token.count(",") > 1:
        return True
    start, end = m.span()
    before = text[max(0, start - 3):start]
    # The three patterns need a letter or "-" last, a formula sign, or a colon.
    if before and (before[-1] not in PLAIN_BEFORE_CHARS or ":" in before
                   or not FORMULA_CHARS.isdisjoint(before)):
        if GLUED_BEFORE_RE.search(before) or FORMULA_BEFORE_RE.search(before) and not _sign(text, m):
            return True
        if RATIO_BEFORE_RE.search(before):  # "масштаба 1:200 000"
            return True
    after = text[end:end + 12]
    first = after[:1]
    if first == "-":  # SUFFIX_RE and the second branch of GLUED_LETTER_RE start with "-"
        suffix = SUFFIX_RE.match(after)
        if suffix and (suffix.group("suffix").lower() in ORDINAL_SUFFIXES or YEAR_WORD_RE.match(after, suffix.end())):
            return True
        return bool(GLUED_LETTER_RE.match(after) or FORMULA_AFTER_RE.match(after))
    if first in ASCII_LETTERS:  # GLUED_LETTER_RE
        return True
    # FORMULA_AFTER_RE needs a formula sign or "x", or starts with "." or ":"
    if first in (".", ":") or not FORMULA_CHARS.isdisjoint(after):
        return bool(FORMULA_AFTER_RE.match(after))
    return False


@dataclass
class YearMention:
    """A year (or list/range of years) the text states, and whether later figures take it."""

    pos: int
    end: int
    year: Optional[int]
    sets_context: bool
    listed: tuple[int, ...] = ()  # the years of a list or short range ("в 2018 и 2019 годах")


def _is_year_token(text: str, m: regex.Match) -> bool:
    """Whether a plain four-digit token in the year range can be a year."""
    token = m.group()
    return token.isdigit() and len(token) == 4 and YEAR_MIN <= int(token) <= YEAR_MAX


def _year_run(text: str, tokens: list[regex.Match], i: int) -> tuple[int, tuple[int, ...], Optional[regex.Match]]:
    """Tokens from i forming a year list/range ("2017 – 2021", "2018 и 2019"), its years, and the year word after it."""
    j, listed = i, [int(tokens[i].group())]
    while j + 1 < len(tokens) and _is_year_token(text, tokens[j + 1]):
        join = YEAR_JOIN_RE.match(text, tokens[j].end())
        if not join or join.end() != tokens[j + 1].start():
            break
        j += 1
        nxt = int(tokens[j].group())
        if join.group().strip() in "-–—" and 0 < nxt - listed[-1] <= MAX_RANGE_YEARS:
            listed.extend(range(listed[-1] + 1, nxt))
        listed.append(nxt)
    return j - i + 1, tuple(listed), YEAR_WORD_RE.match(text, tokens[j].end())


def _classify_year(text: str, tokens: list[regex.Match], i: int,
                   low: Optional[str] = None) -> Optional[tuple[int, YearMention]]:
    """(tokens used, mention) when token i starts a year mention, else None."""
    m = tokens[i]
    if not _is_year_token(text, m):
        return None
    run, listed, year_word = _year_run(text, tokens, i)
    head_start = max(0, m.start() - 60)
    head = text[head_start:m.start()]
    compare = _may_compare(low, head_start, m.start()) and bool(COMPARE_BEFORE_RE.search(head))
    end = year_word.end() if year_word else tokens[i + run - 1].end()
    if run > 1:
        return run, YearMention(m.start(), end, None, not compare, listed)
    year = int(m.group())
    in_parens = text[:m.start()].rstrip().endswith("(") and text[m.end():].lstrip().startswith(")")
    if (year_word or VALUE_DASH_RE.match(text, m.end()) or in_parens
            or YEAR_PREP_BEFORE_RE.search(head) and not _has_unit_after(text, m, low)):
        return 1, YearMention(m.start(), end, year, not compare)
    return None


def _may_compare(low: Optional[str], start: int, end: int) -> bool:
    """Whether COMPARE_BEFORE_RE can match text[start:end]: each branch holds one of COMPARE_WORDS or is a last word
    "с"/"со" before the final spaces."""
    if low is None or COMPARE_WORDS.search(low, start, end):
        return True
    return low[start:end].rstrip().endswith(("с", "со"))


def _has_unit_after(text: str, m: regex.Match, low: Optional[str] = None) -> bool:
    """Whether a unit or counted noun follows a number (so "в 2000 школах" is a count, not a year)."""
    mm = measure(text, m.group(), m.end(), low)
    return mm.unit is not None


def _date_year(text: str, m: regex.Match) -> YearMention:
    """The year of a written date; a document's date ("от 26 ноября 2019 года") sets no context."""
    own = not DOC_DATE_BEFORE_RE.search(text[max(0, m.start() - 5):m.start()])
    return YearMention(m.start(), m.end(), int(m.group("year")), own)


# --- a sentence --------------------------------------------------------------------------

def _is_reference(text: str, refs: list[tuple[int, int]], m: regex.Match) -> bool:
    """A number in a reference span, unless a magnitude or unit shows it is an amount ("цели 500 млн. тенге")."""
    if not _inside(refs, m.start(), m.end()):
        return False
    return not (MAGNITUDE_RE.match(text, m.end()) or UNIT_RE.match(text, m.end()))


def _list_marks(text: str) -> list[tuple[int, int]]:
    """Spans of list numbering ("1)", "2.1."); only searched where a list can start (regex scans are costly)."""
    if not (text.lstrip()[:1].isdigit() or ";" in text or ":" in text or "\n" in text):
        return []
    return [m.span() for m in LIST_MARK_RE.finditer(text)]


def _reference_spans(text: str, low: Optional[str]) -> list[tuple[int, int]]:
    """Spans of REFERENCE_RE.finditer(text), trying it only where one of its keywords starts."""
    if low is None:
        return [m.span() for m in REFERENCE_RE.finditer(text)]
    starts = []
    word = REFERENCE_WORDS.search(low)
    while word:
        starts.append(word.start())
        word = REFERENCE_WORDS.search(low, word.start() + 1)
    if "рк" in low:
        starts.extend(m.start() for m in ST_RK_RE.finditer(text))
        starts.sort()
    # finditer gives the leftmost match at or after the end of the last one; a match starts at a keyword
    spans: list[tuple[int, int]] = []
    end = 0
    for start in starts:
        if start >= end:
            m = REFERENCE_RE.match(text, start)
            if m:
                spans.append(m.span())
                end = m.end()
    return spans


def _scan_sentence(text: str, low: Optional[str] = None) -> tuple[list[Figure], list[YearMention]]:
    """Candidate figures and year mentions of one sentence, in order (low: the text lower-cased, for prefilters)."""
    if BARE_NUMBER_RE.match(text):
        return [], []
    quoted = ([m.span() for m in QUOTED_RE.finditer(text)]
              if "«" in text or "“" in text or "„" in text or '"' in text else [])
    date_hint = low is None or DATE_HINT_RE.search(low)  # no hint: no "d.d" either
    dates = list(DATE_RE.finditer(text)) if date_hint else []
    excluded = quoted + [m.span() for m in dates] + _list_marks(text)
    refs = _reference_spans(text, low)
    if date_hint and DOTTED_NUMBER_RE.search(text):
        refs += [m.span() for m in DOTTED_REFERENCE_RE.finditer(text)]
    years = [_date_year(text, m) for m in dates if m.group("year") and not _inside(quoted, m.start(), m.start() + 1)]
    tokens = list(NUMBER_TOKEN_RE.finditer(text))
    has_slash = "/" in text
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        m = tokens[i]
        covered = bool(figures) and m.start() < figures[-1].measure.end  # "450" of "2 млрд. 450 млн."
        fraction = FRACTION_RE.match(text, m.start()) if has_slash and not covered else None
        if (fraction and int(fraction.group("num")) < int(fraction.group("den"))
                and not _inside(excluded + refs, *fraction.span())):
            figures.append(_fraction(text, fraction, low))
            i += 1
            continue
        if (covered or excluded and _inside(excluded, *m.span()) or refs and _is_reference(text, refs, m)
                or _not_a_quantity(text, m)):
            i += 1
            continue
        year = _classify_year(text, tokens, i, low)
        if year:
            i += year[0]
            years.append(year[1])
            continue
        figures.append(_figure(text, m, figures[-1] if figures else None, low))
        i += 1
    return figures, sorted(years, key=lambda y: y.pos)


def _fraction(text: str, m: regex.Match, low: Optional[str] = None) -> Figure:
    """"1/3 населения": a fraction, valued as the quotient."""
    value = Decimal(m.group("num")) / Decimal(m.group("den"))
    noun = _noun_after(text, m.end(), "0", True)
    obj, end = (noun[1], noun[2]) if noun and not noun[3] else (None, m.end())
    return Figure(m.start(), m.end(), str(value), Measure("fraction", obj, end), _qualifier(text, m.start(), low))


def _figure(text: str, m: regex.Match, prev: Optional[Figure], low: Optional[str] = None) -> Figure:
    """The figure of number token m, marked to skip when it names a period or the base of a rate."""
    start, end = m.span()
    number = m.group()
    fig = Figure(start, end, number, measure(text, number, end, low), _qualifier(text, start, low))
    sign = _sign(text, m)
    if sign:
        fig.start -= 1
        fig.sign = 1 if sign == "+" else -1
    if fig.measure.unit in PERIOD_UNITS and PERIOD_YEAR_RE.match(text, fig.measure.end):
        fig.measure.skip = True  # "за 12 месяцев 2019 года"
    if _is_rate_base(text, prev, fig):
        fig.measure.skip = True
    return fig


def _is_rate_base(text: str, prev: Optional[Figure], fig: Figure) -> bool:
    """"39,8 на 10 тыс. населения", "на 10 000 населения составила 39,4": a round number after "на" that follows a
    figure, names a population ("населения", "живорожденных") or follows "в расчете" is the base of a rate."""
    head = text[max(0, fig.start - 20):fig.start]
    if not head.rstrip().lower().endswith("на") or not RATE_BASE_BEFORE_RE.search(head):
        return False
    value = _decimal(fig.number) * fig.measure.multiplier
    if not (value >= 100 and value.normalize().as_tuple().digits == (1,)):
        return False
    if prev and RATE_GAP_RE.match(text[prev.measure.end:fig.start]):
        return True
    tail_start = MAGNITUDE_RE.match(text, fig.end).end() if MAGNITUDE_RE.match(text, fig.end) else fig.end
    return bool(RATE_CALC_RE.search(head) or RATE_BASE_NOUN_RE.match(text, tail_start))


def _borrow_from_partner(text: str, figures: list[Figure]) -> None:
    """"5 и 6 шагов", "от 1,5 до 2 млн. тенге": a bare figure takes the unit of the one it is coordinated with."""
    # "11086 или 11,2%" is a count and its share, so a percentage lends its unit only across a range.
    for a, b in reversed(list(zip(figures, figures[1:]))):
        if a.measure.unit is not None:
            continue
        link = COORDINATION_RE.match(text[a.measure.end:b.start]) or _predicate_link(text[a.measure.end:b.start])
        if link and (link.group("range") or b.measure.unit != "percent"):
            mult = a.measure.multiplier if a.measure.multiplier != 1 else b.measure.multiplier
            a.measure = Measure(b.measure.unit, b.measure.object, a.measure.end, mult, a.measure.addend,
                                b.measure.skip)  # dataclasses.replace, without its cost


def _predicate_link(gap: str) -> Optional[regex.Match]:
    """The gap "и ранены" between two figures when its words are predicates (verbs, short participles, adverbs)."""
    m = VERB_LINK_RE.match(gap)
    if m and all(word_info(w.lower()).top_pos in PREDICATE_POS for w in (m.group("w1"), m.group("w2")) if w):
        return m
    return None


EVENT_ORDER = operator.itemgetter(0, 1)  # position, then a year before a figure


def _assign_years(text: str, figures: list[Figure], years: list[YearMention], base: Optional[int],
                  low: Optional[str] = None) -> None:
    """Give each figure the year stated before it in its parenthesis (or an enclosing one), or right after it."""
    if not years:  # every figure takes the base year (what the loop below gives when no year is stated)
        for f in figures:
            f.year = base
        return
    parens = [(m.start(), m.group()) for m in PAREN_RE.finditer(text)] if "(" in text or ")" in text else []
    context: dict[int, Optional[int]] = {-1: base}
    events = sorted([(y.pos, 0, y) for y in years] + [(f.start, 1, f) for f in figures], key=EVENT_ORDER)
    chain, p = [-1], 0
    for pos, kind, item in events:
        while p < len(parens) and parens[p][0] < pos:
            if parens[p][1] == "(":
                chain.append(parens[p][0])
                _year_before_paren(text, parens[p][0], years, context)
            elif len(chain) > 1:
                chain.pop()
            p += 1
        if kind == 0:
            if item.sets_context:
                context[chain[-1]] = item.year
                if len(chain) > 1 and _only_dates_in_paren(text, chain[-1], figures):
                    # "45 баллов (в 2019 году)" dates the figure before it; "На конец периода (31.12.2020 г.)
                    # задолженность ..." dates the rest of the sentence.
                    dated = next((f for f in figures
                                  if f.measure.end <= chain[-1] and not text[f.measure.end:chain[-1]].strip()), None)
                    if dated:
                        dated.year = item.year
                    else:
                        context[chain[-2]] = item.year
            continue
        before = context[-1] if len(chain) == 1 else next(context[s] for s in reversed(chain) if s in context)
        item.year = _year_after(text, item, years, before) or before
    _respective_years(text, figures, years, low)


def _only_dates_in_paren(text: str, paren: int, figures: list[Figure]) -> bool:
    """Whether the parenthesis opened at paren holds no figure (only a date or year)."""
    close = text.find(")", paren)
    close = len(text) if close < 0 else close
    return not any(paren < f.start < close for f in figures)


def _respective_years(text: str, figures: list[Figure], years: list[YearMention], low: Optional[str] = None) -> None:
    """"в 2018 и 2019 годах ... 4,1% и 4,5% соответственно": the listed years go to the figures after them in order."""
    if _absent(RESPECTIVELY_WORDS, low) or not RESPECTIVELY_RE.search(text):
        return
    for mention in years:
        after = [f for f in figures if f.start > mention.pos]
        if len(mention.listed) > 1 and len(after) == len(mention.listed):
            for fig, year in zip(after, mention.listed):
                fig.year = year


def _year_before_paren(text: str, paren: int, years: list[YearMention], context: dict) -> None:
    """"чем в 2018 году (13 412)": a parenthesis right after a year speaks of that year."""
    for y in years:
        if y.year and y.end <= paren and not text[y.end:paren].strip():
            context[paren] = y.year


def _year_after(text: str, fig: Figure, years: list[YearMention], before: Optional[int]) -> Optional[int]:
    """The year of a phrase right after a figure ("782 нарушений в 2019 году", "до 90% в 2020 году")."""
    nxt = next((y for y in years if y.pos >= fig.measure.end), None)
    if not nxt or nxt.year is None:
        return None
    gap = text[fig.measure.end:nxt.pos]
    m = POST_YEAR_RE.match(gap)
    if not m or COMPARE_GAP_RE.search(gap) or (before is not None and m.group("gap").strip()):
        return None
    return nxt.year


# --- the run of paragraphs ----------------------------------------------------------------

@dataclass
class TextBlock:
    """One paragraph or table cell of the note/risk table, with its place and headings."""

    text: str
    location: Location | None = None  # pipeline.models.Location
    direction: str | None = None  # e.g. "1"
    goal: str | None = None  # e.g. "1.1"


Counted = tuple[str, Optional[str]]  # unit and counted word


class Donor(NamedTuple):
    """A figure whose unit a later bare figure may take."""

    start: int
    counted: Counted
    end: int
    multiplier: Decimal
    text: str  # the figure's sentence

    @property
    def head(self) -> str:
        """The text just before the figure."""
        return self.text[self.start - 40 if self.start > 40 else 0:self.start]


def _is_attribute(donor: Donor) -> bool:
    """Whether the donor is stated as an attribute of another figure: "... документов на общую сумму 4,1 трлн."."""
    return bool(ATTRIBUTE_PHRASE_BEFORE_RE.search(donor.head))


@dataclass
class _Carry:
    """What one sentence hands to the next: an open list's lead-in year and counted things, the last counted things."""

    list_open: bool = False
    list_year: Optional[int] = None
    list_unit: tuple[Donor, ...] = ()
    last_unit: tuple[Donor, ...] = ()


def _choose(donors: Sequence[Donor], f: Figure) -> Optional[Counted]:
    """The donor a bare figure refers back to: the last one, unless that is an amount stated as an attribute at
    another scale ("2,9 млн. документов на сумму 4,1 трлн. тенге, из них окончено – 1,7 млн." counts documents)."""
    if not donors:
        return None
    last = donors[-1]
    if last.multiplier != f.measure.multiplier and _is_attribute(last):
        primary = next((d for d in reversed(donors) if not _is_attribute(d)), None)
        if primary:
            return primary.counted
    return last.counted


def _donor(text: str, f: Figure) -> Donor:
    """The figure as a unit donor."""
    return Donor(f.start, (f.measure.unit, f.measure.object), f.measure.end, f.measure.multiplier, text)


def _inherit_units(text: str, figures: list[Figure], inherited: Sequence[Donor], low: Optional[str] = None) -> None:
    """Give bare figures a unit: a "количество X" since the last counted figure, that figure's, carried, or count.

    A bare figure right after "<year> –" restates the previous figure's measure for that year: "31 место (в 2018 году
    – 40)", "4,9% (в 2019 году – 4,8)" (not a change's: "снизилось на 22,5% (2019 г. – 1 870, ...)"). A figure inside
    the label of "<label> – <figure>" describes the label, not the measure: "детей с инвалидностью до 16 лет – 95,2
    тыс." takes the unit from before the label.
    """
    donors: list[Donor] = []
    last_any: Optional[Figure] = None
    for f in figures:
        if f.measure.unit is None:
            same_measure = None
            if (last_any and text[:f.start].rstrip().endswith(DASHES)  # YEAR_DASH_BEFORE_RE ends with a dash
                    and YEAR_DASH_BEFORE_RE.search(text, 0, f.start) and not _restates_change(text, last_any, f)):
                same_measure = (last_any.measure.unit, last_any.measure.object)
            label = _label_start(text, f.start)
            usable = [d for d in donors if label is None or d.start < label]
            last_end = usable[-1].end if usable else 0
            unit, obj = (same_measure or _noun_before(text, last_end, f.start, low) or _noun_after_dash(text, f)
                         or _choose(usable, f) or _choose(inherited, f) or ("count", None))
            f.measure = Measure(unit, obj, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)
        elif f.measure.unit not in NOT_INHERITED_UNITS:
            donors.append(_donor(text, f))
        last_any = f


def _restates_change(text: str, prev: Figure, f: Figure) -> bool:
    """"снизилось на 22,5% (2019 г. – 1 870)": a count after a percentage change is not that change restated."""
    change = prev.measure.unit == "percent" and CHANGE_BEFORE_RE.search(text, max(0, prev.start - 20), prev.start)
    return bool(change) and value_of(f.number, f.measure) > 100


def _noun_after_dash(text: str, f: Figure) -> Optional[Counted]:
    """"45 тыс. – дети", "2 345 (67,9%) – женщины": the noun in the nominative after a dash names what is counted."""
    dash = DASH_AFTER_RE.match(text, f.measure.end)
    if not dash:
        return None
    noun = _noun_after(text, dash.end(), "0", True)
    if not noun or noun[3] or noun[0] in NOT_INHERITED_UNITS:
        return None
    info = word_info(noun[1].lower())
    return (noun[0], noun[1]) if any(c.endswith("nomn") for c in info.cases) else None


def _label_start(text: str, pos: int) -> Optional[int]:
    """Where the label of "<label> – <figure at pos>" begins (after the last , ; : ( or line break), or None."""
    window = text[max(0, pos - 12):pos]
    if "-" not in window and "–" not in window and "—" not in window:  # LABEL_DASH_RE holds a dash
        return None
    dash = LABEL_DASH_RE.search(text, max(0, pos - 12), pos)
    if not dash:
        return None
    cut = max(text.rfind(c, 0, dash.start()) for c in ",;:(\n")
    return cut + 1


def _noun_before(text: str, start: int, pos: int, low: Optional[str] = None) -> Optional[Counted]:
    """The counted thing named between start and a bare figure: "Количество пользователей ... достигло 9,5 млн."."""
    if _absent(COUNTED_WORDS, low, start, pos):
        return None
    found = None
    for m in COUNTED_BEFORE_RE.finditer(text, start, pos):
        found = m
    if not found:
        return None
    if found.group("point"):
        return "point", None
    noun = _noun_after(text, found.end(), "0", True)
    return (noun[0], noun[1]) if noun and not noun[3] else None


def _last_counted(sentence: str, figures: list[Figure]) -> tuple[Donor, ...]:
    """The sentence's figures that an elided noun in a later sentence may refer back to."""
    return tuple(_donor(sentence, f) for f in figures if f.measure.unit not in NOT_INHERITED_UNITS)


def _update_carry(carry: _Carry, sentence: str, figures: list[Figure], years: list[YearMention], is_item: bool) -> None:
    """Open a list after a lead-in ending with ':', keep it open while items end with ';' or ','."""
    counted = _last_counted(sentence, figures) if figures else ()
    stripped = sentence.rstrip()
    if stripped.endswith(":"):
        end_year = next((y.year for y in reversed(years) if y.sets_context), None)
        carry.list_open, carry.list_year, carry.list_unit = True, end_year, counted
    elif is_item:
        carry.list_unit = counted or carry.list_unit
        carry.list_open = stripped.endswith((";", ","))
    else:
        carry.list_open, carry.list_year, carry.list_unit = False, None, ()
    carry.last_unit = counted or carry.last_unit


def _sentence_figures(sentence: str, carry: _Carry, low: Optional[str] = "") -> list[Figure]:
    """Figures of one sentence with units and years, using and updating what earlier sentences carry (low: the
    sentence lower-cased for the prefilters as _lower gives it, "" to have it made here)."""
    is_item = carry.list_open or bool(LIST_ITEM_RE.match(sentence))
    if not DIGIT_RE.search(sentence):
        _update_carry(carry, sentence, [], [], is_item)
        return []
    if low == "":
        low = _lower(sentence)
    figures, years = _scan_sentence(sentence, low)
    _borrow_from_partner(sentence, figures)
    figures = [f for f in figures if not f.measure.skip]
    if is_item:
        inherited = carry.list_unit
    else:
        anaphora = not _absent(ANAPHORA_WORDS, low) and ANAPHORA_RE.search(sentence)
        inherited = carry.last_unit if anaphora else ()
    _inherit_units(sentence, figures, inherited, low)
    _assign_years(sentence, figures, years, carry.list_year if is_item else None, low)
    _update_carry(carry, sentence, figures, years, is_item)
    return figures


def _fact(fig: Figure, sentence: str, joined: str, block: TextBlock, part: str) -> Fact:
    """The contract's fact for one figure (joined: the sentence with its whitespace runs made single spaces)."""
    return Fact(
        value=value_of(fig.number, fig.measure) * fig.sign,
        unit=fig.measure.unit or "count",
        object=fig.measure.object,
        qualifier=fig.qualifier,
        text=" ".join(sentence[fig.start:fig.measure.end].split()),
        sentence=joined,
        year=fig.year,
        part=part,
        direction=block.direction,
        goal=block.goal,
        location=block.location,
    )


def extract_facts(blocks: Sequence[TextBlock], part: str) -> list[Fact]:
    """Facts of a run of paragraphs (or table cells) in reading order; context (elided nouns, a list's lead-in)
    may carry from one block to the next."""
    carry = _Carry()
    facts: list[Fact] = []
    for block in blocks:
        if HEADING_RE.match(block.text):
            carry = _Carry()
            continue
        # Lower-cased once per block: a slice of it is the sentence lower-cased (only a Greek final sigma depends on
        # its neighbours, and no prefilter looks for one).
        low = _lower(block.text) if DIGIT_RE.search(block.text) else None  # only sentences with digits use it
        for a, b in split_sentences(block.text):
            sentence = block.text[a:b]
            figures = _sentence_figures(sentence, carry, None if low is None else low[a:b])
            if figures:
                joined = " ".join(sentence.split())
                facts.extend(_fact(fig, sentence, joined, block, part) for fig in figures)
    return facts
