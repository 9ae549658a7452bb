"""Lines -> paragraphs, one routine for prose and table cells alike: break kinds, re-joined words, headings.

Between two lines comes a new paragraph (PARA), a line break inside one (SOFT) or a wrapped continuation
(JOIN), decided by line fit, indentation, spacing, font and sentence-end rules.  A word hyphenated or
broken mid-word at a line end is re-joined only where the morphology service (pipeline.morph) knows the
joined word.
"""
from __future__ import annotations

import functools
from itertools import pairwise

import regex

from pipeline import morph
from pipeline.layout import Paragraph, clean_text
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.scanned import provenance

SPACE_WIDTH_RATIO = 0.25  # assumed width of a space, x font size (Times New Roman's is 0.25 em)
FIT_TOL = 2.0  # safety margin: the next line's first word must fit this clearly to prove an explicit break
FORCED_BREAK_SLACK = 0.5  # a word broken mid-word left no room for its next character (within this)
# ... or within this, where a cell's right padding was underestimated, if the dictionary says so strongly
FORCED_BREAK_LOOSE_SLACK = 1.5
INDENT_MIN = 6.0  # a line starting this much right of the previous one starts a paragraph (first-line indent)
JUSTIFY_TOL = 0.5  # a justified line ends this close to the right margin
JUSTIFY_SHORT = 3.0  # in justified text, a line ending this much short of the margin ends its paragraph
JUSTIFY_EVIDENCE_LINES = 2  # this many preceding lines of the paragraph must end at the margin to prove justification
CENTER_TOL = 3.0  # a line whose centre is this close to its region's centre counts as centred
PARA_GAP_MIN = 1.0  # extra spacing above the normal line pitch that marks a new paragraph, at least ...
PARA_GAP_RATIO = 0.1  # ... or this x font size, whichever is larger (Word/LibreOffice keep the pitch exact)
SIZE_CHANGE_TOL = 0.6  # a font size change bigger than this between lines starts a new paragraph
FILL_CHARS = 1.5  # a line ending less than this many average characters short of its region's edge fills it
OCR_FRAGMENT_MIN_LEN = 3  # on an OCR'd page, an unknown word this long at a line end may be completed by the next line
LONE_ENDING_MAX_LEN = 2  # ... and a line holding only this many letters may be the ending of a dictionary word
FRAGMENT_MAX_LEN = 3  # an unknown word may swallow a following token this short as its broken-off ending
CONTENT_FRAGMENT_MAX_LEN = 4  # ... and a content word this short that is no function word ('елей', 'омет')
HEADING_MAX_WORDS = 20  # longer paragraphs are never flagged as headings
HEADING_SIZE_DELTA = 0.9  # a paragraph this much larger than the body text looks like a heading

HYPHENS = "-\u00ad\u2010\u2011"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
SENTENCE_END = regex.compile(r"[.!?:;…][»\"”)\]]*$")
_LETTERS_END = regex.compile(r"(\p{L}+)$")
_LETTERS_START = regex.compile(r"^(\p{L}+)")
_DECIMAL_END = regex.compile(r"\d[,.]$")
_NUMBER_LINE_AT_COMMA = regex.compile(r"^(?:не\s(?:более|менее)\s)?\d{1,3}(?:\s?\d{3})*,$")  # '14294,', 'не более 1 617,'
_DECIMAL_DIGITS = regex.compile(r"^\d{1,3}(?![\d.,])")  # '5', '5 %': the decimal part alone at a line's start
_UNIT_START = regex.compile(r"^[\p{L}\d]{1,3}(?![\p{L}\d])")  # "с", "м3", "км" after "Мбит/", "мкг/"
_GUESSED_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Fixd", "Abbr", "Init"}  # pymorphy3 grammemes
# a number ending a line, its last digit group possibly broken ('13 70' | '3')
_NUMBER_END = regex.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:[ \u00a0\u202f]\d{1,2})?(?:[,.]\d*)?$")
# a number opening a line with its digit groups ('357 490', '1 485,4'), its first group a word of its own
_GROUPED_NUMBER_START = regex.compile(r"^(\d{1,3})((?: \d{3})+)(?!\d)(\S*)")  # '96 418,7;': the tail goes along
_NOT_RUSSIAN = regex.compile(r"[^а-яё]", regex.IGNORECASE)  # Kazakh and Latin letters: not in the dictionary
_SCRIPT_CHANGE = regex.compile(r"\p{Cyrillic}\p{Latin}|\p{Latin}\p{Cyrillic}")  # 'приложение' / 'eGov'
_CLOSING = ",.;:!?)]»”"
_LETTERS_THEN_HYPHEN = regex.compile(r"^\p{L}+[-\u2010\u2011]")  # 'о-': a compound's first part, up to its hyphen
_LETTER_THEN_CLOSING = regex.compile(r"^\p{L}[,.;:!?)\]»”\"]+(?:\s|$)")  # 'а».', 'е)': a word's last letter and its punctuation
_FUNCTION_POS = {"PREP", "CONJ", "PRCL", "NPRO", "INTJ"}
_COMMA_FREE_CONJUNCTION = "и"  # the one-letter conjunction written with no comma before it ('а' always has one)
_NOMINAL_POS = {"NOUN", "ADJF", "PRTF", "NPRO"}  # words that are coordinated in a case
_UNGOVERNED_POS = {"PRCL", "CONJ", "VERB", "INFN"}  # what no preposition governs: 'о не', 'на и', 'в будет'
_LINKING_POS = {"PREP", "CONJ"}  # words that never end a phrase: never directly before closing punctuation
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")  # 'КазАвтоЖол': a name written with inner capitals
_OPENING = "([«„"  # nobody puts a space after an opening bracket or quote
LOWER_START = regex.compile(r"^[\p{Ll}]")
UPPER_START = regex.compile(r"^[\p{Lu}\d«\"(\[•–—-]")
STATUS_LINE = regex.compile(
    r"^(?:не\s+|частично\s+)?(?:достигнут[аоы]?|исполнен[аоы]?|выполнен[аоы]?)"
    r"(?:\s+частично)?(?:\s*\((?:\S+\s?){1,3}\))?\.?$",
    regex.IGNORECASE,
)
_SECTION_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}")
_BULLETS = "•▪●◦■□\u2023\u2043"

PARA, SOFT, JOIN = "para", "soft", "join"


def paragraphs(lines: list[Line], head: str | None = None) -> list[tuple[list[Line], str]]:
    """Split a run of lines into paragraphs; each comes with its text (soft breaks as newlines).

    head: the first paragraph's text so far, ending with lines[0] (a cell's text from the page before
    glued with its first line on this page), so that every later line is glued knowing it."""
    out: list[tuple[list[Line], str]] = []
    if not lines:
        return out
    group, text = [lines[0]], lines[0].text if head is None else head
    for a, b in pairwise(lines):
        justified = len(group) > JUSTIFY_EVIDENCE_LINES and all(_at_margin(g) for g in group[-1 - JUSTIFY_EVIDENCE_LINES:-1])
        kind = break_kind(a, b, a.page == b.page, justified, text if len(out) == 0 else None)
        if kind == PARA:
            out.append((group, text))
            group, text = [b], b.text
            continue
        group.append(b)
        text = text + "\n" + b.text if kind == SOFT else glue(text, a, b)
    out.append((group, text))
    return out


def cell_text(lines: list[Line], head: str | None = None) -> str:
    """A cell's text: its paragraphs joined by newlines (head: see paragraphs)."""
    return clean_text("\n".join(_strip_bullet(t) for _, t in paragraphs(lines, head)))


def paragraph_blocks(run: list[Line], first_index: int, body_size: float) -> list[Paragraph]:
    """A run of prose lines (possibly spanning pages) as Paragraph blocks, numbered from first_index."""
    out: list[Paragraph] = []
    for lines, text in paragraphs(run):
        text = clean_text(_strip_bullet(text))
        if not text:
            continue
        heading = _is_heading(lines, text, body_size)
        out.append(Paragraph(text=text, index=first_index + len(out), page=lines[0].page, heading=heading,
                             **provenance(lines)))
    return out


def break_kind(a: Line, b: Line, same_region: bool, justified: bool = False, opening: str | None = None) -> str:
    """How line b follows line a: a new paragraph, a line break inside one, or a wrapped continuation.

    justified: the line before a was stretched to the right margin, so a short line a ends its paragraph.
    opening: the text so far of the first paragraph of a cell or text run, which ends with line a (a status
    standing alone there is a paragraph of its own: "Достигнут (перевыполнен)" | "Перевыполнение ...").
    """
    if b.text[:1] in _CLOSING:
        return JOIN  # nobody starts a line with closing punctuation: a too-long token was broken before it
    if _ocr_fragment(a.text, a, b):
        return JOIN  # OCR's line heights and baselines are too rough to part a word the dictionary makes whole
    if a.words is not None and _broken_at_hyphen(a, b):
        return JOIN  # ... or a compound broken at its hyphen ('«Е-' | 'Собес»', 'счета-' | 'фактуры»')
    if same_region and b.base - a.base > a.pitch + max(PARA_GAP_MIN, PARA_GAP_RATIO * a.size):
        return PARA
    if abs(a.size - b.size) > SIZE_CHANGE_TOL and not _ocr_wrapped(a, b):
        return PARA
    if a.bold != b.bold and UPPER_START.match(b.text) and (SENTENCE_END.search(a.text) or _centred_block(a, b)):
        return PARA
    if _broken_at_hyphen(a, b) or _number_broken_at_hyphen(a, b):
        return JOIN  # a word hyphenated (or a compound broken) at the line end
    if justified and " " in a.text and a.x1 < a.right - JUSTIFY_SHORT:
        return SOFT if _soft_break(a, b) else PARA
    if opening is not None and b.text[:1].isupper() and STATUS_LINE.match(opening):
        if not STATUS_LINE.match(opening + " " + b.text):
            return PARA  # "Исполнено" | "Мероприятие исполнено ..."; not "Исполнен" | "о", "Достигнут" | "(перевыполнен)"
    if b.x0 - a.x0 > INDENT_MIN and b.x0 - b.left > INDENT_MIN and not _centred_pair(a, b):
        return PARA
    next_word = SPACE_WIDTH_RATIO * b.size + _first_unit_width(b) + FIT_TOL
    if a.x1 + next_word <= a.right:
        return SOFT if _soft_break(a, b) else PARA
    if _centred_room(a) >= next_word:
        return SOFT  # a centred line broken by hand: a new line, whether of the same paragraph or not
    return JOIN


def _ocr_wrapped(a: Line, b: Line) -> bool:
    """On a page read by OCR, does line a fill its width and b go on with its sentence, whatever their sizes?
    Tesseract measures each line by the letters on it (12-pt prose 28-34 px high at 200 dpi, a line now and then
    far lower), too roughly for a change of size to part a paragraph that the lines' fit joins."""
    if a.words is None or b.words is None:
        return False
    next_word = SPACE_WIDTH_RATIO * b.size + _first_unit_width(b) + FIT_TOL
    return a.x1 + next_word > a.right and bool(LOWER_START.match(b.text) or not SENTENCE_END.search(a.text))


def _first_unit_width(line: Line) -> float:
    """Width of what the line opens with that no line break may part: its first word, or a number with all its digit
    groups ('357 490 нарушений': Word joins the groups by no-break spaces, which a PDF draws as spaces) and what the
    last group carries to the next space ('96 418,7;': its decimals and punctuation), estimated from the first
    group's width per digit."""
    number = _GROUPED_NUMBER_START.match(line.text)
    if number is None:
        return line.first_word_w
    digit = line.first_word_w / len(number.group(1))
    groups = len(number.group(2)) // 4  # ' 490'
    return line.first_word_w + groups * (SPACE_WIDTH_RATIO * line.size + 3 * digit) + len(number.group(3)) * digit


@functools.lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """Is this (lower-cased) word in the Russian dictionary?"""
    return bool(word) and morph.is_known(word.lower())


def _centred(line: Line) -> bool:
    """Is the line centred in its region (a full-width line counts as centred too)?"""
    return abs((line.x0 + line.x1) - (line.left + line.right)) <= 2 * CENTER_TOL


def _centred_pair(a: Line, b: Line) -> bool:
    """Are both lines centred in their region, or on one axis a little right of its measured centre?  In a document
    set flush left the right margin is measured on ragged lines, short of the real one, and a centred title block's
    lines share an axis right of the measured centre ('... на 2023 – 2027 годы за 2026' | 'год')."""
    if _centred(a) and _centred(b):
        return True
    sa, sb = a.x0 + a.x1, b.x0 + b.x1
    shift = (sa + sb) / 2 - (a.left + a.right)
    return abs(sa - sb) <= 2 * CENTER_TOL and 0 <= shift <= 4 * CENTER_TOL


def _centred_room(line: Line) -> float:
    """Free width a centred line left for one more word, on both sides together (0 for other lines)."""
    if _centred(line) and line.x0 - line.left > INDENT_MIN:
        return (line.right - line.left) - (line.x1 - line.x0)
    return 0.0


def _centred_block(a: Line, b: Line) -> bool:
    """Two centred lines, the second clearly short of the margins (a title block line, not body text)."""
    return _centred(a) and _centred(b) and b.x0 - b.left > INDENT_MIN


def _at_margin(line: Line) -> bool:
    """Does a line of several words end exactly at its region's right edge (stretched by justification)?"""
    return " " in line.text and abs(line.x1 - line.right) <= JUSTIFY_TOL


def _soft_break(a: Line, b: Line) -> bool:
    """A forced break in mid-sentence (a line break inside a paragraph rather than a new paragraph)."""
    return not SENTENCE_END.search(a.text) and bool(LOWER_START.match(b.text))


def _broken_at_hyphen(a: Line, b: Line) -> bool:
    """Does line a end with a word hyphenated or a compound broken at its hyphen that line b goes on with? A capital
    after the hyphen counts on a page read by OCR only ('«Е-' | 'Собес»'), whose letter boxes are too rough to tell
    more."""
    return len(a.text) >= 2 and a.text[-1] in HYPHENS and a.text[-2].isalpha() and bool(
        LOWER_START.match(b.text) or (a.words is not None and b.text[:1].isalpha()))


def _number_broken_at_hyphen(a: Line, b: Line) -> bool:
    """'СТ РК 3456-' | '2019, составила': a code or range of numbers broken after its hyphen, written without spaces
    (a dash standing apart, '2023 –' | '2027', is a break like any other)."""
    return len(a.text) >= 2 and a.text[-1] in HYPHENS and a.text[-2].isdigit() and b.text[:1].isdigit()


def glue(text: str, a: Line, b: Line) -> str:
    """Append wrapped line b to paragraph text ending with line a: re-join hyphenated and force-broken words."""
    nxt = b.text
    if len(text) >= 2 and text[-1] in HYPHENS and text[-2].isalnum() and nxt[:1].isalnum():
        return _join_hyphenated(text, nxt)
    if (nxt[:1] in _CLOSING or text[-1:] in _OPENING or _forced_break(text, a, b) or _broken_after_slash(text, nxt)
            or _dash_attached(text, a, b) or _ocr_fragment(text, a, b) or _ocr_decimal_break(a, b)):
        return text + nxt
    return text + " " + nxt


def _dash_attached(text: str, a: Line, b: Line) -> bool:
    """A dash written without spaces, broken at: 'на 2023–' | '2027 годы', 'государственно' | '-частного' (a
    compound broken before its hyphen, where no room was left for it, the hyphen maybe on a line of its own:
    'факторно' | '-' | 'балльной', 'COVID' | '-19.').  A dash standing apart ('2023 –' | '2027') or opening a list item
    ('- пункт') keeps its space."""
    if len(text) >= 2 and text[-1] in _DASHES and text[-2].isdigit() and b.text[:1].isdigit():
        return True
    return (b.text[:1] in HYPHENS and (b.text[1:2].isalnum() or len(b.text) == 1) and text[-1:].isalpha()
            and (a.right - a.left) - (a.x1 - a.x0) < b.first_char_w + FORCED_BREAK_SLACK)


def _broken_after_slash(text: str, nxt: str) -> bool:
    """'Мбит/' | 'с', 'мкг/' | 'м3': a unit broken after its slash, where no space was written ('исполнении/' |
    'неисполнении' may have had one: only a short unit after the slash is taken as broken)."""
    unit = _UNIT_START.match(nxt)
    return len(text) >= 2 and text[-1] == "/" and text[-2].isalnum() and unit is not None


def _join_hyphenated(text: str, nxt: str) -> str:
    """'госу-' + 'дарственной' -> 'государственной'; 'ученых-' + 'правоведов' keeps the hyphen.

    The hyphen goes only when the joined word is in the dictionary and the hyphenated one is not:
    pymorphy3 lists compounds such as 'волоконно-оптических' in both spellings."""
    left = _LETTERS_END.search(text[:-1])
    right = _LETTERS_START.match(nxt)
    if left and right and text[-2].isalpha() and not nxt[0].isupper():
        a, b = left.group(1), right.group(1)
        if _known(a + b) and not _known(a + "-" + b):
            return text[:-1] + nxt
    return text[:-1] + "-" + nxt


def _ocr_decimal_break(a: Line, b: Line) -> bool:
    """On a page read by OCR, is a line holding only a number that ends with its decimal comma ('14294,' / '5')
    one number with the next line's digits? No number ends with a comma; the geometry of _forced_break cannot
    tell, as OCR loses the digit groups' spaces that made the typeset number too long for its cell."""
    return a.words is not None and bool(_NUMBER_LINE_AT_COMMA.match(a.text)) and bool(_DECIMAL_DIGITS.match(b.text))


def _ocr_fragment(text: str, a: Line, b: Line) -> bool:
    """On a page read by OCR, does line a end with a fragment that line b's first word completes into a dictionary
    word ('Исполне' / 'но', 'Частичн' / 'о' in a narrow status column, 'Реализован' / 'о' alone on its line)?
    OCR's letter boxes hug the ink, so the room line a seems to leave is wider than the typeset line's: the
    dictionary decides where the geometry cannot. A word the dictionary knows is completed too by an ending that is
    no common word of its own ('предприятия' / 'ми.', 'Ведомственны' / 'е данные'), or by one no dictionary knows
('Ведомстве' / 'нные'), as a text PDF's broken word is.
    text: the paragraph so far, ending with line a (its last word may be glued from lines before: 'Реали' / 'зован')."""
    if a.words is None:
        return False
    ending, start = _LETTERS_END.search(text), _LETTERS_START.match(b.text)
    if not ending or not start:
        return False
    left, rest = ending.group(1), start.group(1)
    if len(left) < OCR_FRAGMENT_MIN_LEN or not left[1:].islower() or not rest.islower() or not _known(left + rest):
        return False
    if not _known(left):
        return True
    # 'Реализован' / 'о' (the line holding nothing else, maybe with its closing mark): a word's ending, not a
    # preposition standing alone
    alone = b.text.strip().rstrip(_CLOSING) == rest and len(rest) <= LONE_ENDING_MAX_LEN
    # 'Ведомстве' / 'нные', 'исполните' / 'льных': a rest no dictionary knows is no word of its own, however long
    # (the guesser would call it common), and the whole is a dictionary word
    # 'координационно' / 'му': an ending of the word's own that reads as a rare word too
    return alone or not _known(rest) or (len(rest) <= FRAGMENT_MAX_LEN and not _common_form(rest)
                                         and _common_form(left + rest)) or morph.ending_of_own_word(left, rest)


def _forced_break(text: str, a: Line, b: Line) -> bool:
    """Was a word too long for the column broken mid-word without a hyphen ('Ведомственны' / 'е данные')?

    Line a must leave no room for b's first character.  A number broken after its decimal comma
    ('1 617,' / '7') is one number.  Otherwise line a must be a single word, and the word glued so far
    (text's last word: 'Перевыполнен' / 'ие', not 'полнен' / 'ие') is joined to b's first word when the
    whole is a dictionary word, when the word so far is not one and the whole begins a dictionary word
    ('Админ' / 'истрат' / 'ивные'), or when the rest is a short ending ('услугополучателям' / 'и')."""
    # A letter is not parted from the punctuation closing its word ('правительств' / 'а».'): all of it must fit;
    # nor from a hyphen after it, the break opportunity ('информационн' / 'о-' / 'коммуникационной').
    unit = b.first_word_w if _LETTER_THEN_CLOSING.match(b.text) else _head_width(b)
    room = (a.right - a.left) - (a.x1 - a.x0)
    if room >= unit + FORCED_BREAK_LOOSE_SLACK:
        return False  # room for the next character (on either side of a centred line)
    if room >= unit + FORCED_BREAK_SLACK:
        return _surely_one_word(text, a, b)
    if a.text[-1:].isdigit() or _DECIMAL_END.search(a.text):
        # '1 617,' / '7', '112 53' / '8', '100,0' / '%': a number (its groups joined by no-break spaces) too long
        starts_on = b.text[:1].isdigit() or b.text[:1] in "%‰"
        return starts_on and _last_token_width(a) + b.first_word_w > a.right - a.left
    if " " in a.text:
        return False
    ending, right = _LETTERS_END.search(text), _LETTERS_START.match(b.text)
    if not ending or not right:
        return False
    left, rest = ending.group(1), right.group(1)
    if _SCRIPT_CHANGE.match(left[-1] + rest[0]):
        return False  # no word is half Cyrillic, half Latin: a script change at a line end is a word gap
    if _CAMEL.search(left):
        # 'КазАвтоЖ' / 'ол', 'КазАвто' / 'Жол', 'КазАвтоЖо' / 'л»': a name broken anywhere; not 'КазАвтоЖол' / 'и'
        return not _known(rest) or _LETTER_THEN_CLOSING.match(b.text) is not None
    if rest[0].isupper() and not left.isupper():
        return False
    if not (left.islower() or left.isupper() or left[1:].islower()):
        return False  # mixed case like 'ЦОНами' is a whole word, not a fragment
    if _coordinated(left, rest, b.text) or _preposition_after_noun(left, rest):
        return False
    if _known(left + rest) or _NOT_RUSSIAN.search(left + rest):
        return True  # a dictionary word, or a word the dictionary cannot judge ('Қазақ' / 'стан'): geometry decides
    if _fills_line(b) and " " not in b.text and (morph.starts_a_word(left + rest) or _name_head(left, rest)):
        # b is a fragment too, of a word broken over more lines than two ('админ' is a word, too), or of a name
        # ('«Казги' / 'дроме' / 'т»': 'дроме' is a word, too)
        return True
    after = b.text[len(rest):len(rest) + 1]
    if after and after in HYPHENS and _compound_head(left, rest, b.text):
        return True  # 'челове' / 'ко-часов', 'медик' / 'о-санитарной': a compound's first part broken
    if after and after in _CLOSING and _linking_word(rest) and not _known(left):
        return True  # 'Казпочт' / 'а»': 'а' never stands right before closing punctuation
    if _known(left):
        # 'полнен' / 'ие'; 'коронавирус' / 'ной': a name ('Ной') written lower-case is no word, the whole a common one
        fragment = not _known(rest) or (not _common_form(rest) and _common_form(left + rest))
        return fragment and rest.islower() and len(rest) <= FRAGMENT_MAX_LEN

    if not _known(rest):
        return True  # 'Перевыполнен' / 'ие': the rest is no word
    if len(rest) <= CONTENT_FRAGMENT_MAX_LEN and rest.islower() and not _function_word(rest):
        return True  # 'услугополучат' / 'елей', 'Казгидр' / 'омет': after a head that is no word, a rare short word
    # A short known word joined on ('услугополучател' / 'ей', 'услугополучателям' / 'и', 'медорганизаци' / 'я')
    # must make a common word ('Кибератаки' / 'на' would make a surname), and a complete (inflected) form
    # stays whole when the joined word would be only its own lemma ('услугополучателей' / 'по', 'тенге' / 'на').
    if len(rest) > FRAGMENT_MAX_LEN or not _common_form(left + rest):
        return False
    return not (_inflected(left) and not _inflected(left + rest))


def _coordinated(left: str, rest: str, line: str) -> bool:
    """Does line open with a one-letter conjunction joining two like members, the word before the break and
    the word after the conjunction ('библиотек' / 'и школ.': both nouns, genitive plural)?  Then the conjunction
    is a word of its own, even where glued on it would make another form of the same word ('библиотеки'), and
    the geometry cannot tell: the whole would not have fitted the line either.  No like members: 'операторам' /
    'и связи' (dative plural, then singular), 'строительств' / 'а новых школ' (a noun, then an adjective),
    'расчет' / 'а Бюро' (an indeclinable word fits any case, so it proves nothing).  Only 'и' joins them with no
    comma before it: 'а' as a conjunction always has one, so after a bare word it is an ending ('строительств' /
    'а сетей')."""
    words = line.split(" ", 2)
    if rest.lower() != _COMMA_FREE_CONJUNCTION or len(words) < 2 or not _known(left):
        return False
    after = _LETTERS_START.match(words[1])
    if after is None or _best_pos(left) != _best_pos(after.group(1)):
        return False
    return bool(_nominal_forms(left) & _nominal_forms(after.group(1)))


def _preposition_after_noun(left: str, rest: str) -> bool:
    """Is the word before the break a noun and the line opening with a preposition, which glued on would make only
    a short adjective ('Переход' / 'на платфор' / 'менную': 'переходна')?  A noun followed by the preposition of
    the next phrase is how report sentences go on; a short adjective is rare in them, and one long enough to be
    broken mid-word starts with no dictionary word ('Конкурентоспособ' / 'на').  The geometry cannot tell: the
    whole would not have fitted the line either.  The noun must be a dictionary word: 'проектн' / 'о-сметной' is
    a guess's noun."""
    return (_known(left) and _best_pos(left) == "NOUN" and _best_pos(rest) == "PREP"
            and _only_short_adjective(left + rest))


def _name_head(left: str, rest: str) -> bool:
    """Does a word that starts no dictionary word ('Казги') go on in lower case: the head of a name broken mid-word?"""
    return left[1:].islower() and rest.islower() and not _known(left) and not morph.starts_a_word(left)


@functools.lru_cache(maxsize=65536)
def _only_short_adjective(word: str) -> bool:
    """Is every dictionary reading of the word a short adjective ('переходна', 'основна')?"""
    parses = [p for p in morph.parse(word.lower()) if p.is_known]
    return bool(parses) and all(p.tag.POS == "ADJS" for p in parses)


@functools.lru_cache(maxsize=65536)
def _nominal_forms(word: str) -> frozenset[tuple[str, str]]:
    """(case, number) of every dictionary parse of a noun-like word that has the part of speech of its best
    parse ('школ': genitive plural); none for a word read first as something else ('в' is a preposition before
    it is 'вольт'), nor for an indeclinable one ('Бюро')."""
    pos = _best_pos(word)
    if pos not in _NOMINAL_POS:
        return frozenset()
    return frozenset((str(p.tag.case), str(p.tag.number)) for p in morph.parse(word.lower())
                     if p.tag.POS == pos and p.is_known and "Fixd" not in p.tag)


def _best_pos(word: str) -> str | None:
    """The part of speech of the word's best parse ('и': CONJ, 'школ': NOUN)."""
    parses = morph.parse(word.lower())
    return parses[0].tag.POS if parses else None


def _surely_one_word(text: str, a: Line, b: Line) -> bool:
    """Where the measure of a cell leaves a doubt about the room left (its right padding is estimated from its
    left one), the word is taken as broken only when joined it is a dictionary word and one of its halves is
    none: 'Админист' / 'ративные', 'Перевыполнен' / 'ие'; not 'Переход' / 'на' ('переходна' is a word too)."""
    ending, right = _LETTERS_END.search(text), _LETTERS_START.match(b.text)
    if " " in a.text or not ending or not right or not right.group(1).islower():
        return False
    left, rest = ending.group(1), right.group(1)
    return _known(left + rest) and (not (_known(left) and _known(rest)) or _stranded_preposition(rest, b.text))


def _stranded_preposition(rest: str, line: str) -> bool:
    """Is rest a preposition that the next word on its line could not follow ('Исполнен' / 'о не в полном объеме':
    no preposition governs a particle, a conjunction or a verb), so that it is a word's ending after all?"""
    words = line.split(" ", 2)
    if len(words) < 2 or _best_pos(rest) != "PREP":
        return False
    after = _LETTERS_START.match(words[1])
    return after is not None and _best_pos(after.group(1)) in _UNGOVERNED_POS


def _compound_head(left: str, rest: str, line: str) -> bool:
    """Is left + rest the first part of the hyphenated compound that line opens with ('челове' + 'ко-часов')?

    rest (a linking vowel or the end of a stem) is no word of its own, or a preposition that no hyphen
    follows ('ко', 'о'); the compound joined is a dictionary word, or, when it goes on past the line,
    its first part begins one ('медико')."""
    if _known(rest) and not _function_word(rest):
        return False
    token = line.split(" ", 1)[0]
    second = token[len(rest) + 1:]
    if _LETTERS_START.match(second):
        return _known(left + token.rstrip(_CLOSING))
    return morph.starts_a_word(left + rest)


def ends_mid_phrase(text: str) -> bool:
    """Does the text end with a preposition or a conjunction, where no phrase ends ('... подключенных к')?"""
    ending = _LETTERS_END.search(text)
    return ending is not None and _linking_word(ending.group(1))


@functools.lru_cache(maxsize=65536)
def _linking_word(word: str) -> bool:
    """Is the word's best parse a preposition or a conjunction ('а', 'и', 'на'), which never ends a phrase?"""
    return _best_pos(word) in _LINKING_POS


def _head_width(line: Line) -> float:
    """Width of what must fit on the line before, had the line not been broken before it: the first character, or
    the letters up to a hyphen ('о-коммуникационной': 'о-'), by their share of the first word's characters."""
    head = _LETTERS_THEN_HYPHEN.match(line.text)
    if head is None:
        return line.first_char_w
    word = line.text.split(" ", 1)[0]
    return max(line.first_char_w, line.first_word_w * len(head.group(0)) / len(word))


def _last_token_width(line: Line) -> float:
    """Width of the number ending the line with its digit groups ('1 617,': a PDF draws a no-break space as a
    space), by its share of the line's characters."""
    token = _NUMBER_END.search(line.text)
    return (line.x1 - line.x0) * len(token.group(0) if token else "") / max(1, len(line.text))


@functools.lru_cache(maxsize=65536)
def _inflected(word: str) -> bool:
    """Does pymorphy3 (with its guesser for unknown words) read the word as a form of some other lemma?"""
    word = word.lower()
    return all(p.normal_form != word for p in morph.parse(word))


@functools.lru_cache(maxsize=65536)
def _function_word(word: str) -> bool:
    """Is the word's best parse a preposition, conjunction, particle, pronoun or interjection ('на', 'и', 'ей')?"""
    return _best_pos(word) in _FUNCTION_POS


@functools.lru_cache(maxsize=65536)
def _common_form(word: str) -> bool:
    """Does pymorphy3 (with its guesser) read the word as a common word, not as a name, a place or an
    indeclinable guess ('кибератакина' is guessed a surname, 'услугополучателейпо' a place)?"""
    parses = morph.parse(word.lower())
    return bool(parses) and not (set(parses[0].tag.grammemes) & _GUESSED_PROPER)


def _fills_line(line: Line) -> bool:
    """Does the line end less than one of its average characters short of its region's right edge?"""
    return line.right - line.x1 < FILL_CHARS * (line.x1 - line.x0) / max(1, len(line.text))


def _strip_bullet(text: str) -> str:
    """Drop a list bullet glyph that Word/LibreOffice draws but the document text does not contain."""
    if text[:1] in _BULLETS or (text and 0xE000 <= ord(text[0]) <= 0xF8FF):
        return text[1:].lstrip()
    return text


def _is_heading(lines: list[Line], text: str, body_size: float) -> bool:
    """Short paragraph set in bold or a larger size, or numbered like a section title."""
    words = len(text.split())
    if words > HEADING_MAX_WORDS or (_centred(lines[0]) and lines[0].x0 - lines[0].left > INDENT_MIN):
        return False  # long, or a centred title block (Word marks those with a title style, not a heading)
    if all(ln.bold for ln in lines) or min(ln.size for ln in lines) >= body_size + HEADING_SIZE_DELTA:
        return True
    return bool(_SECTION_NUMBER.match(text)) and not SENTENCE_END.search(text) and len(lines) <= 2
