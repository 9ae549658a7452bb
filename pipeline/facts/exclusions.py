"""What a number is when it is not a figure.

A number inside a quoted name («Программа 2020»), a date ("16 января 2018 г.", "31.12.2020"), list numbering
("1)", "2.1."), a reference ("статьей 41", "№13", "индикатор 2.1"), an ordinal ("5-й"), a code glued to letters
("COVID-19", "5G"), a term of a formula ("3 + 3") or a ratio ("1:200 000") counts nothing. Years are read in
`years`; a sign glued to a figure ("-2,6%") is read here, since a formula's sign is not one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from pipeline import vocabulary
from pipeline.facts.dimensions import in_dimensions
from pipeline.facts.edition_years import is_edition_year
from pipeline.facts.letter_codes import glued_capital_code
from pipeline.facts.measures import MAGNITUDE_RE, UNIT_RE, duration_adjective, measure
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.service_counts import counts_after_service
from pipeline.facts.words import word_info
from pipeline.facts.zero_codes import leading_zero_code
from pipeline.sentences import YEAR

YEAR_MIN = 1950  # the first year a report may speak of (pipeline.sentences.YEAR)

# a stem takes any ending ("января", "мартовский"); the forms of "май" are whole words ("маем" as well), not the start
# of another word ("налог на майнинг", "майор")
MONTH = rf"(?:{vocabulary.alternation(vocabulary.words('months'))})(?:(?<=ма[йяею])м?(?!\w)|(?<!ма[йяею])\w*)"
# "в 2022-м", "2021-го", "2023-й год": a year written as an ordinal ("1990-х", "2000-е" name decades)
YEAR_ORDINAL = r"-(?:го|му|м|й|ом)(?:\s+год(?:а|у|ом)?)?(?!\w)"
YEAR_WORD = rf"(?:гг?\.|гг?(?!\w)|год(?:а|у|ом|ах|ы|ов)?(?!\w)|{YEAR_ORDINAL})"
YEAR_ORDINAL_RE = regex.compile(rf"{YEAR}{YEAR_ORDINAL}", regex.I)
YEAR_WORD_RE = regex.compile(rf"\s*{YEAR_WORD}", regex.I)

DATE_RE = regex.compile(
    # "в ночь с 17 на 18 мая": a night written by its two days
    rf"(?<=(?<!\w)с\s{{1,3}})\d{{1,2}}\s+на\s+\d{{1,2}}\s+{MONTH}(?:\s+(?P<year>{YEAR})(?:\s*{YEAR_WORD})?)?"
    rf"|(?<!\d)\d{{1,2}}(?:\s*(?:-|–|—|по|и|,)\s*\d{{1,2}})*\s+{MONTH}"
    rf"(?:\s+(?P<year>{YEAR})(?:\s*{YEAR_WORD})?)?"
    rf"|(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.(?P<year>\d{{4}})(?!\d)(?:\s*{YEAR_WORD})?"
    rf"|(?<![\d.])\d{{1,2}}[.:]\d{{2}}\s*(?:ч\.|час\w*)"
    # hours of a day's span: "с 18.00 до 20.00", "9.00–18.00" (not a range of values: "1.50–2.00 руб.")
    r"|(?<![\d.,])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:[-–—]|до)\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d|[.,]\d)"
    r"(?!\s*(?:%|тыс|млн|млрд|руб|тенге|сом|долл|евро|[а-яё]*\s*(?:руб|тенге)))",
    regex.I,
)
# In the lower-cased text of every match of DATE_RE: a digit, spaces and a month, or "d.d" / "d:d" (same \d and \s).
DATE_HINT_RE = regex.compile(rf"\d(?:\s+{MONTH}|[.:]\d)")
# A numbered reference: "статьей 41", "№13", "Цель 1.1", "шагов 5 и 6", "приказ ... №13".
REFERENCE_RE = regex.compile(
    r"(?<![\w.])(?:стать(?:я|и|е|ей|ю|ям|ями|ях)|ст\.|пункт\w*|п\.|подпункт\w*|пп\.|част(?:ь|и|ью|ями|ям|ях)|ч\.|"
    r"глав[аеуы]|раздел\w*|параграф\w*|приложени\w*|№+|N|No|номер(?:ом|у|а|ам|ами|ах)?|шаг\w*|цел(?:ь|и|ью)|"
    r"направлени\w*|задач[аиуе]|строк[аеиу]|граф[аеуы]|"
    r"таблиц[аеуы]|табл\.|рис\.|рисун\w*|контакт-центр\w*|call-центр\w*|ISO|ИСО|ГОСТ(?:\s+(?-i:Р))?|СТ\s+РК|КБК|ОКЭД|"
    r"код(?:а|у|ом|е|ы|ам|ами|ах|ов)?|"  # a classifier's code: "относит продукцию к коду 20.16"
    # a service named by its number: "Служба 112", "звонить по телефону 102", "по телефону горячей линии 1515",
    # "принимаются по номерам 101 и 112"
    r"служб(?:а|ы|е|у|ой)|по\s+телефон(?:у|ам)(?:\s+горяч\w+\s+лини[иий])?|горяч(?:ей|ую|ая)\s+лини[июя])"
    r"\s*(?:\d+(?:[.\-/]\d+)*(?:\s*(?:,|;|и|или|[-–—])\s*(?=\d)"  # "приложениям 1; 2; 3"
    r"(?<!\d-(?:19|20)\d\d\s*[-–—]\s*))?)+"  # "ГОСТ 33133-2014 — 214 проб": a standard's year ends its code
    # a telephone's number after its service's name and a dash or colon: "телефон службы спасения – 911", "Контакт-центр – 160", "телефон
    # доверия: 150" (a short number ending its clause, not "стоимость телефона – 45 000 тенге")
    # (a centre or line named with its owner: "Call-центр ГНС: 116", "Контакт-центр министерства – 1414", "горячая линия
    # комитета — 1532")
    # (a line's number named so: "бесплатный номер – 170", "номер телефона доверия: 150", "по единому номеру: 1414";
    # its name in quotes: "телефон «прямой линии» – 3-14-15")
    r"|(?<!\w)(?:телефон(?:а|у|ом)?(?:\s+[«“„]?[^\W\d_]+[»”]?){0,4}|номер(?:а|у|ом)?(?:\s+[«“„]?[^\W\d_]+[»”]?){0,3}|горячая\s+линия(?:\s+[^\W\d_]+){0,3}|(?:контакт|call|колл)-центр\w*(?:\s+[^\W\d_]+){0,3})"
    r"\s*[:–—-]\s*\d{1,4}(?:[\s-]\d{2,4}){0,4}"
    r"(?=\s*(?:[.;,)!?]|\Z))"  # "Горячая линия: 1-80." names its number too
    # a sentence that only names a service and its short number: "Справочная служба – 109.", "Служба поддержки
    # клиентов: 1414" (not a member of a list, "... пожарная служба – 120, полиция – 340")
    r"|(?<=\A\s*(?:[^\W\d_]+\s+){0,2})служба(?:\s+[^\W\d_]+){0,3}\s*[:–—-]\s*\d{1,4}(?:[\s-]\d{2,4}){0,4}"
    r"(?=\s*[.!]?\s*\Z)"
    # the service a telephone line is named for, before its number: "Телефон доверия 150 принял 46,3 тыс. обращений"
    r"|(?<!\w)телефон(?:а|у|ом)?\s+(?:доверия|горяч\w+\s+лини[иий]|экстренн\w+\s+\w+)\s+\d{2,4}(?![\d%]|[,.]\d|\s*(?:тыс|млн|млрд))"
    # emergency services listed by their numbers: "координирует до 4 экстренных служб: 101, 102, 103 и 104"
    r"|(?<!\w)служб\w*\s*:\s*\d{2,3}(?:\s*(?:,|и)\s*\d{2,3})+(?![\d%]|[,.]\d)"
    # "телефон 102.": a short number right after the word, ending its clause (not "телефона 45 000 тенге")
    r"|(?<!\w)телефон\s+\d{2,4}(?=\s*(?:[.;)!?]|\Z))",
    regex.I,
)
# A telephone number, whatever its grouping and whatever names it: "8 (383) 328-12-04", "+7 (7172) 74 12 34",
# "8-800-100-21-00", "022-26-09-40", "328-12-04", "+373 22 26 09 40", "(+992 37) 221-55-08" (the country code within
# the brackets): an area code in brackets, hyphenated groups
# ending in two of two digits, or a "+" country code before spaced groups ending likewise. It counts nothing.
PHONE_RE = regex.compile(
    r"(?<![\w.,/+-])(?:"
    r"(?:\+?\d{1,3}[\s-]?)?\((?:\+?\d{1,3}\s)?\d{2,5}\)[\s-]?(?:\d{1,4}(?:-\d{2,4})+|\d{2,4}(?:\s\d{2}){2})"  # area code
    r"|\+?\d{1,4}(?:-\d{2,4})+-\d{2,3}-\d{2}"  # four groups or more
    r"|\+?\d{1,4}(?:-\d{1,4}){4,}"  # five hyphenated groups or more, however long: "8-800-220-0-220"
    r"|(?!(?:19|20)\d\d-)\d{3}-\d{2}-\d{2}"  # a local number of three groups (not a date "2024-05-17")
    # an area code without brackets: "8 7172 74-12-34", after a "+" country code of any length: "+375 17 309-37-37"
    r"|(?:\+\d{1,3}\s\d{1,5}|\d{1,3}\s\d{3,5})\s\d{2,3}-\d{2}-\d{2}"
    r"|0\d{2,4}\s\d{1,3}-\d{2}-\d{2}"  # its trunk 0 written on the area code: "0312 61-33-55", "0231 2-45-18"
    # (no amount opens with 0)
    r"|\+\d{1,3}(?:\s\d{2,4})+\s\d{2}\s\d{2}"
    r"|(?<=(?<!\w)(?:тел|факс)[\w.]*:?\s{1,2})\d{2}-\d{2}-\d{2}"  # "тел.: 22-46-81" (a range has two members)
    r")(?![\w-]|[.,]\d|\s?%)",
    regex.I,
)
PHONE_HINT_RE = regex.compile(r"\d[-)]\d|\)\s\d|\+\d")  # in every match of PHONE_RE
DURATION_AFTER_RE = regex.compile(r"\s*(?:лет|года?|месяц(?:а|ев)|дн(?:я|ей)|суток)(?!\w)", regex.I)
# The fixed start of each keyword of REFERENCE_RE, where its matches start ("СТ\s+РК": ST_RK_RE, when "рк" occurs).
REFERENCE_WORDS = literals(
    "стать", "ст.", "пункт", "п.", "подпункт", "пп.", "част", "ч.", "глав", "раздел", "параграф", "приложени", "№",
    "n", "номер", "шаг", "цел", "направлени", "задач", "строк", "граф", "таблиц", "табл.", "рис.", "рисун",
    "контакт-центр", "call-центр", "колл-центр", "iso", "исо", "гост", "кбк", "окэд", "код", "служб", "по телефон", "горяч", "телефон",
)
# A house number: "(ул. Коммунальная, 6)", "проспект Абая, д. 52", "ул. Ленина 14/2", and the parts of the house
# written after it: "ул. Инженерная, 20, корпус 3", "д. 5, стр. 2, офис 14"
ADDRESS_RE = regex.compile(
    r"(?<![\w.])(?:ул\.|улиц[аеуы]|пр\.|пр-т|просп\.|проспект\w*|пер\.|переул\w+|бульвар\w*|мкр\.|микрорайон\w*)"
    r"\s*(?:[А-ЯЁ][\w.-]*\s+){0,2}[А-ЯЁ][\w.-]*,?\s*(?:д\.\s*|дом\s+)?\d+(?:[/-]\d+)?[а-я]?(?!\w)"
    r"(?:,?\s*(?:корпус|корп\.|к\.|строение|стр\.|литера?|офис|оф\.|кв\.|квартира|помещение|пом\.)\s*\d+[а-я]?(?!\w))*")
ADDRESS_WORDS = literals("ул.", "улиц", "пр.", "пр-т", "просп", "пер.", "переул", "бульвар", "мкр", "микрорайон")
# "QS World University Rankings 2025", "Expo 2017": a year after a word in Latin letters ends the name
LATIN_NAME_YEAR_RE = regex.compile(r"(?<![\w-])[A-Za-z]{2,}\s{1,2}\Z")
# "Театр, основанный в 1926 году": a year before those reports speak of (YEAR), a historical date, counts nothing
HISTORICAL_YEAR_RE = regex.compile(r"1[0-9]{3}")
HISTORICAL_YEAR_BEFORE_RE = regex.compile(r"(?<!\w)(?:в|с|со|до|от|к)\s+\Z", regex.I)
HISTORICAL_YEAR_AFTER_RE = regex.compile(r"\s*(?:году|года|г\.|г(?!\w))", regex.I)
YEAR_OF_MAKING_RE = regex.compile(r"\s*(?:года|г\.)\s+(?:постройки|рождения|выпуска|основания)(?!\w)", regex.I)  # "1936 года постройки"
# "картина «Армянский пейзаж» 1926 года", "закон 1936 г.": a year in the genitive after a noun, of a thing's making
YEAR_ATTRIBUTE_RE = regex.compile(r"\s*(?:года|г\.)(?!\w)", regex.I)
LATIN_YEAR_RE = regex.compile(r"(?:19|20)\d\d")
# "Airbus A320neo и Sukhoi Superjet 100.", "самолёты Boeing 737, ...": a whole number after a capitalised word in Latin
# letters, ending its clause, is the number of a model's name (not "USD 100 млн", whose code is upper-case)
MODEL_NAME_BEFORE_RE = regex.compile(r"(?<![\w-])[A-Z][A-Za-z]*[a-z][A-Za-z]*\s{1,2}\Z")
# the number of a name ends its clause, or a preposition or a season follows it: "сезон Didi 10 на 2-м месте"
MODEL_NAME_END_RE = regex.compile(r"\s*(?:[.,;)]|\Z|\s(?:и|или|на|в|во|с|со|по)\s|\s(?:19|20)\d\d(?:/\d\d)?(?!\d))")
ST_RK_RE = regex.compile(r"СТ\s+РК", regex.I)
# "индикатор 2.1", "показателя 1.2": a dotted number after an indicator/measure word is its number.
DOTTED_NUMBER_RE = regex.compile(r"\d\.\d")
DOTTED_REFERENCE_RE = regex.compile(
    r"(?<![\w.])(?:индикатор\w*|показател\w*|мероприяти\w*|КЦИ|ЦИ|ЦП|подпрограмм\w*|программ\w*|план\w*|"
    r"пункт\w*|раздел\w*|задач\w*|цел(?:ь|и|ью|ей|ям|ях))\s*\(?\d+(?:\.\d+)+"
    r"(?:\s*(?:,|и|или|[-–—])\s*\d+(?:\.\d+)+)*\.?(?!\d)",
    regex.I,
)
QUOTED_RE = regex.compile(r"«[^«»]{0,200}»|“[^“”]{0,200}”|„[^„“”]{0,200}[“”]|\"[^\"]{0,200}\"")
# "калийных удобрений (в пересчете на 100% K2O)", "производство урана на 100% базе": a convention of measure (an
# accounting basis), its share no figure
CONVENTION_RE = regex.compile(r"(?<!\w)(?:в\s+пересч[её]те\s+на\s+\d+(?:[,.]\d+)?\s*(?:%|процент\w*)"
                              r"|на\s+\d+(?:[,.]\d+)?\s*%(?=\s+(?:баз|основ)[еуы](?!\w)))", regex.I)
CONVENTION_WORDS = ("пересч", "баз", "основ")
CYRILLIC_WORD_RE = regex.compile(r"[а-яё]+", regex.I)
PREDICATE_POS = frozenset({"VERB", "PRTS"})  # "составила", "выявлено"
MIN_SPEECH_WORDS = 8  # a quoted span at least this long with a finite verb is a statement, not a name
# "«Это исторический максимум: ... открыто более 180 тысяч новых счетов», – отметили": a quote its speaker follows
SPEAKER_AFTER_RE = regex.compile(r"[,.!?]?\s*[-–—]\s*[а-яё]+", regex.I)
LIST_MARK_RE = regex.compile(r"(?:^|(?<=[;:\n]))\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2})(?=\s|\Z)")

# A sign glued to a figure: "(-11,2%)", "составил -2,6%", "(+3,4%)", "(АППГ – 315 879, -8,8%)", "(—24.8 %)". A dash
# after a year ("2019 г. -319") or at a line's start ("-340 семинаров") is punctuation.
SIGN_RE = regex.compile(r"(?:(?<=\()|(?<=[,;]\s)|(?<=[^\W\d_]\s{1,2}))(?P<sign>[-−–—+])\Z")
SIGNS = frozenset("-−–—+")
# A sign after an opening bracket or a comma starts a value of its own: no label stands before it to be separated
# ("(-194 сл.)", "11 (-5) ДТП", "АППГ – 94, +81 чел.", "(АППГ – 480 151; +10 279 или 2,1%)").
OPENING_SIGN_RE = regex.compile(r"(?:\(|,|;)\s?[-−–—+]\Z")
SPACED_PLUS_RE = regex.compile(r"(?<=[,(]\s)(?P<sign>\+)\s\Z")  # "( 143,1 % , + 231,26 )" in tokenised prose
COLON_SIGN_RE = regex.compile(r"(?<=[^\W\d_]:[ \u00a0])(?P<sign>[-−–—])\Z")  # "сложилось отрицательным: -19,6 тыс."
# "дефицит (профицит) бюджета – -122 673 тенге": a minus glued to the value after the dash that separates the label
# "аномалия – +1,12 °C": a plus likewise
# "– -122 673", "– - 6 145 093,2", "минимальная – –14,8 °C" (a dash as the minus, glued to its number)
SEPARATED_SIGN_RE = regex.compile(r"(?<=\s[-–—]\s{1,2})(?P<sign>[-−+](?=\s?\Z)|[–—](?=\Z))\s?\Z")
SIGN_YEAR_BEFORE_RE = regex.compile(rf"{YEAR}\s*{YEAR_WORD}?\s*[-−–+]\Z", regex.I)
SIGN_WINDOW = 12  # characters before a number searched for its sign

FORMULA_BEFORE_RE = regex.compile(r"(?:(?<!…|\.\.)\+|[×*=/÷x])\s*\Z")  # not "+36…+38 °C", a range of signed values
RATIO_BEFORE_RE = regex.compile(r"\d\s?:\s?\Z")
PERCENT_SLIP_BEFORE_RE = regex.compile(r"\d%\Z")
YEAR_PAIR_RE = regex.compile(r"(?:19|20)\d\d,(?:19|20)\d\d")
FORMULA_AFTER_RE = regex.compile(r"\s*[+×*=/÷]\s*\d|\s+x\s+\d|[.:]\d")
SUFFIX_RE = regex.compile(r"-(?P<suffix>[а-яё]{1,4})(?![\w-])", regex.I)
ORDINAL_SUFFIXES = frozenset(vocabulary.words("ordinal_endings"))
# "учащихся 5-х классов", "5-х и 6-х классов": "-х" before a numbered category is its ordinal ("пятых"), not the
# cardinal it writes elsewhere ("в 2-х экземплярах")
CATEGORY_AFTER_X_RE = regex.compile(r"-х(?:\s*(?:,|и|или)\s*\d{1,2}-х)*\s+(?P<noun>[а-яё]+)", regex.I)
CATEGORY_LEMMAS = frozenset(vocabulary.words("counted_nouns", role="numbered_category"))
# "заняла 4-е место", "на 3-й позиции": an ordinal before a place in a ranking is the rank, a quantity
RANK_AFTER_ORDINAL_RE = regex.compile(r"\s+(?:мест[оауе]|позици\w+)(?!\w)", regex.I)
# "занял 52-е место (в 2022 году – 171-е)": the place of another year after a dash, its noun elided
ELIDED_RANK_AFTER_RE = regex.compile(r"\s*(?:[),;]|\.(?!\d)|\Z)")
ELIDED_RANK_BEFORE_RE = regex.compile(r"[-–—]\s*\Z")
RANK_BEFORE_RE = regex.compile(r"(?<!\w)(?:мест[оауе]|позици\w+)(?!\w)", regex.I)
RANK_WINDOW = 80  # characters before an elided place searched for the place it restates
# a Latin letter, a long word, or capitals glued by a hyphen: a code ("форма 1-Т", "2-ТП (отходы)"), not a count
GLUED_LETTER_RE = regex.compile(r"[a-zA-Z]|-[а-яёА-ЯЁa-zA-Z]{5,}|-[А-ЯЁ]{1,4}(?![а-яё\w-])")
GLUED_BEFORE_RE = regex.compile(r"[^\W\d_]-?\Z")
LABEL_HYPHEN_RE = regex.compile(r"(?<![\w-])[а-яё]{3,}-\Z")  # lower case only: "пашни-"
LABEL_HYPHEN_WINDOW = 20  # characters before a number searched for "<word>-"
FORMULA_CHARS = frozenset("+×*=/÷x")  # one of them is in every match of FORMULA_BEFORE_RE and of FORMULA_AFTER_RE
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Characters that end no match of GLUED_BEFORE_RE, FORMULA_BEFORE_RE, RATIO_BEFORE_RE or PERCENT_SLIP_BEFORE_RE (not a
# letter, "-", sign, ":", "%").
PLAIN_BEFORE_CHARS = frozenset(" \u00a0\t\n\r(«\"“„[")


@dataclass
class Exclusions:
    """The spans of one sentence whose numbers are not figures."""

    quoted: list[tuple[int, int]]  # quoted names
    dates: list[regex.Match]  # matches of DATE_RE
    spans: list[tuple[int, int]]  # quoted names, dates and list numbering
    references: list[tuple[int, int]]  # references; a number in one is still an amount with a unit after it

    def hold(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps an excluded span or a reference."""
        return inside(self.spans, a, b) or inside(self.references, a, b)


def exclusions(s: Sentence) -> Exclusions:
    """The quoted names, dates, list numbering and references of a sentence."""
    text = s.text
    may_quote = not s.prefilters or "«" in text or "“" in text or "„" in text or '"' in text  # QUOTED_RE's starts
    quoted = [m.span() for m in QUOTED_RE.finditer(text) if not _is_quoted_speech(s, m)] if may_quote else []
    date_hint = s.low is None or DATE_HINT_RE.search(s.low)  # no hint: no "d.d" either
    dates = list(DATE_RE.finditer(text)) if date_hint else []
    references = _reference_spans(s)
    if not s.absent(ADDRESS_WORDS):
        references += [m.span() for m in ADDRESS_RE.finditer(text)]
    if date_hint and (not s.prefilters or DOTTED_NUMBER_RE.search(text)):
        references += [m.span() for m in DOTTED_REFERENCE_RE.finditer(text)]
    may_convene = s.low is None or any(word in s.low for word in CONVENTION_WORDS)
    conventions = [m.span() for m in CONVENTION_RE.finditer(text)] if may_convene else []
    phones = [m.span() for m in PHONE_RE.finditer(text)] if not s.prefilters or PHONE_HINT_RE.search(text) else []
    return Exclusions(quoted, dates, quoted + [m.span() for m in dates] + _list_marks(s) + conventions + phones, references)


def _is_quoted_speech(s: Sentence, m: regex.Match) -> bool:
    """A quoted statement, not a name: many words and a finite verb or a short participle ("\"Численность лиц ... на
    конец июня 2021 года составила 223,5 тыс. человек\", – пояснили в бюро", "\"... 2178 случаев выявлено у детей\""),
    or its speaker after a dash («... с начала года открыто более 180 тысяч новых счетов», – отметили в пресс-службе);
    names have no verb («Дорожная карта занятости 2020»)."""
    words = CYRILLIC_WORD_RE.findall(m.group())
    if len(words) < MIN_SPEECH_WORDS:
        return False
    return SPEAKER_AFTER_RE.match(s.text, m.end()) is not None \
        or any(word_info(w.lower()).top_pos in PREDICATE_POS for w in words)


def inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps any span."""
    return any(s < b and a < e for s, e in spans)


def is_reference(text: str, references: list[tuple[int, int]], m: regex.Match) -> bool:
    """A number in a reference span, unless a magnitude, unit or length of time shows it is an amount ("цели 500 млн.
    тенге", "срок службы 25 лет")."""
    if not inside(references, m.start(), m.end()):
        return False
    return not (MAGNITUDE_RE.match(text, m.end()) or UNIT_RE.match(text, m.end()) or DURATION_AFTER_RE.match(text, m.end())
                or counts_after_service(text, m.start(), m.end()))


def _list_marks(s: Sentence) -> list[tuple[int, int]]:
    """Spans of list numbering ("1)", "2.1."), searched only where a list can start (regex scans are costly)."""
    text = s.text
    if s.prefilters and not (text.lstrip()[:1].isdigit() or ";" in text or ":" in text or "\n" in text):
        return []
    return [m.span() for m in LIST_MARK_RE.finditer(text)]


def _reference_spans(s: Sentence) -> list[tuple[int, int]]:
    """Spans of REFERENCE_RE.finditer(text), trying it only where one of its keywords starts."""
    text, low = s.text, s.low
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


def sign(s: Sentence, m: regex.Match) -> Optional[str]:
    """The sign glued to the number token m ("-", "−", "+"), or None."""
    text = s.text
    before = text[max(0, m.start() - 2):m.start()]
    # each pattern ends with a sign, or with a sign and a space ("+ 231,26", "– - 6 145 093,2")
    if s.prefilters and (not before or before[-1] not in SIGNS) and before not in ("+ ", "- ", "− "):
        return None
    head = text[max(0, m.start() - SIGN_WINDOW):m.start()]
    found = SIGN_RE.search(head) or SPACED_PLUS_RE.search(head) or (("," in m.group() or "." in m.group()) and COLON_SIGN_RE.search(head)) \
        or SEPARATED_SIGN_RE.search(head)
    return found.group("sign") if found and not SIGN_YEAR_BEFORE_RE.search(head) else None


def sign_opens_value(s: Sentence, m: regex.Match) -> bool:
    """Whether the sign glued to number token m follows an opening bracket or a comma: a minus (or plus) of a value of
    its own, since no label stands there for a dash to separate ("(-194 сл.)", "11 (-5) ДТП")."""
    return bool(OPENING_SIGN_RE.search(s.text, max(0, m.start() - SIGN_WINDOW), m.start()))


def minus_after_separator(s: Sentence, m: regex.Match) -> bool:
    """Whether the sign of number token m is a minus written after a separating dash ("бюджета – -122 673"): a
    minus, since a label needs no second dash."""
    return bool(SEPARATED_SIGN_RE.search(s.text, max(0, m.start() - SIGN_WINDOW), m.start()))


def _label_hyphen(s: Sentence, m: regex.Match) -> bool:
    """"пашни-46 тыс. 785 гектаров", "персонала-25320 руб.": a hyphen between a lower-case word and an amount with its
    unit separates a label from its value (a code is written otherwise: "COVID-19", "ДСМ-54", "Шилово-3")."""
    if not LABEL_HYPHEN_RE.search(s.text, max(0, m.start() - LABEL_HYPHEN_WINDOW), m.start()):
        return False
    return measure(s, m.group(), m.end()).unit is not None


def not_a_quantity(s: Sentence, m: regex.Match) -> bool:
    """Ordinals ("5-й"), codes glued to letters ("COVID-19", "5G"), formulas ("3 + 3"), ratios, dotted numbers."""
    token = m.group()
    if token.count(".") + token.count(",") > 1 or leading_zero_code(token):
        return True
    if len(token) == 9 and YEAR_PAIR_RE.fullmatch(token) and YEAR_WORD_RE.match(s.text, m.end()):  # "за 2016,2017 годы"
        return True
    if len(token) == 4 and LATIN_YEAR_RE.fullmatch(token) and LATIN_NAME_YEAR_RE.search(s.text, max(0, m.start() - 24), m.start()) \
            and not YEAR_WORD_RE.match(s.text, m.end()):
        return True
    if len(token) == 4 and is_edition_year(s, m.start(), m.end()):
        return True
    if len(token) == 4 and HISTORICAL_YEAR_RE.fullmatch(token) and int(token) < YEAR_MIN \
            and (HISTORICAL_YEAR_AFTER_RE.match(s.text, m.end())
                 and HISTORICAL_YEAR_BEFORE_RE.search(s.text, max(0, m.start() - 4), m.start())
                 or YEAR_OF_MAKING_RE.match(s.text, m.end()) or YEAR_ATTRIBUTE_RE.match(s.text, m.end())):
        return True
    if token.isdigit() and MODEL_NAME_BEFORE_RE.search(s.text, max(0, m.start() - 24), m.start()) \
            and MODEL_NAME_END_RE.match(s.text, m.end()):
        return True
    text = s.text
    start, end = m.span()
    if in_dimensions(text, start, end):  # "размером 2×3 м": sizes, no formula
        return False
    before = text[max(0, start - 3):start]
    # The three patterns need a letter or "-" last, a formula sign, or a colon.
    if before and not (s.prefilters and before[-1] in PLAIN_BEFORE_CHARS and ":" not in before
                       and FORMULA_CHARS.isdisjoint(before)):
        if GLUED_BEFORE_RE.search(before) and not _label_hyphen(s, m):
            return True
        if FORMULA_BEFORE_RE.search(before) and not sign(s, m):
            return True
        if RATIO_BEFORE_RE.search(before):  # "масштаба 1:200 000"
            return True
        if PERCENT_SLIP_BEFORE_RE.search(before):  # "(83,8%0," : ")" typed without shift after a percentage
            return True
    after = text[end:end + 12]
    first = after[:1]
    if glued_capital_code(text, end):
        return True
    # SUFFIX_RE and GLUED_LETTER_RE start with "-" or a Latin letter; FORMULA_AFTER_RE needs a formula sign or "x",
    # or starts with "." or ":".
    if (s.prefilters and first != "-" and first not in ASCII_LETTERS and first not in (".", ":")
            and FORMULA_CHARS.isdisjoint(after)):
        return False
    if first == "-" and duration_adjective(text, end):  # "10-дневного срока": a duration, glued to no code
        return False
    suffix = SUFFIX_RE.match(after)
    if suffix and suffix.group("suffix").lower() == "х" and _category_ordinal(text, end):
        return True
    if suffix and (suffix.group("suffix").lower() in ORDINAL_SUFFIXES or YEAR_WORD_RE.match(after, suffix.end())):
        if ordinal_rank(text, start, end):
            return False
        return not YEAR_ORDINAL_RE.match(text, start)  # "в 2022-м" is a year, read as one
    return bool(GLUED_LETTER_RE.match(after) or FORMULA_AFTER_RE.match(after))


def _category_ordinal(text: str, end: int) -> bool:
    """Whether "-х" after the number ending at `end` makes it the ordinal of a numbered category ("5-х классов")."""
    m = CATEGORY_AFTER_X_RE.match(text, end)
    return bool(m) and bool(word_info(m.group("noun").lower()).lemmas & CATEGORY_LEMMAS)


def ordinal_rank(text: str, start: int, end: int) -> Optional[int]:
    """Where the ordinal ending of the number at text[start:end] stops, when a place in a ranking follows it ("4-е
    место", "3-й позиции") or is elided after a dash that gives another year's ("занял 52-е место (в 2022 году –
    171-е)"): such an ordinal is the rank; else None."""
    suffix = SUFFIX_RE.match(text, end)
    if suffix is None or suffix.group("suffix").lower() not in ORDINAL_SUFFIXES:
        return None
    if RANK_AFTER_ORDINAL_RE.match(text, suffix.end()):
        return suffix.end()
    elided = (ELIDED_RANK_AFTER_RE.match(text, suffix.end()) and ELIDED_RANK_BEFORE_RE.search(text, max(0, start - 3), start)
              and RANK_BEFORE_RE.search(text, max(0, start - RANK_WINDOW), start))
    return suffix.end() if elided else None
