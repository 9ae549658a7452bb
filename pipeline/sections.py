"""The report's identity and its three parts, found by their wording rather than their position."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Optional

import regex

from pipeline import morph, vocabulary
from pipeline.layout import Block, Layout, Paragraph

RISKS, INDICATORS, NOTE = "risks", "indicators", "analytical_note"

# A section title is a short paragraph, optionally numbered ("1.", "II.", "Раздел 2."), with this wording. OCR
# reads a Roman number with look-alike letters ("ІШ." for "III.", "П." for "II.", "Ill."), so those count too.
ROMAN_LOOKALIKES = "IVXLlІіШПХ|1"
_NUMBERING = (
    rf"^\s*(?:раздел\s+)?(?:\d+|[IVX]+|[{ROMAN_LOOKALIKES}]{{1,4}}(?=\s*[.)]))?\s*[.)]?\s*"
    r"(?:информация\s+об?\s+|общий\s+)?"
)
SECTION_TITLES = {
    RISKS: regex.compile(_NUMBERING + r"(?:анализ\s+)?управлени\w*\s+рисками", regex.IGNORECASE),
    INDICATORS: regex.compile(
        _NUMBERING + r"(?:достижени\w*\s+(?:стратегических\s+)?целей\s+и\s+(?:целевых\s+)?(?:индикаторов|показателей)"
        # shorter wordings only as a whole title: "Анализ достижения целевых индикаторов"
        r"|(?:(?:анализ|оценка)\s+)?достижени\w*\s+(?:целевых\s+)?(?:индикаторов|показателей)\s*[.:]?\s*$)",
        regex.IGNORECASE,
    ),
    NOTE: regex.compile(_NUMBERING + r"аналитическ\w+\s+записк\w*", regex.IGNORECASE),
}
MAX_TITLE_LENGTH = 160
MAX_TITLE_WORDS = 14

# The label's own number may end in a comma or semicolon where OCR misread its full stop ("2, Стратегическое
# направление 2."), or lose it ("2 Стратегическое направление 2."), which left a scanned group row read as a record
# and its records without a direction.
DIRECTION_RE = regex.compile(
    r"^\s*(?:\d+(?:\s*[.),;:]\s*|\s+))?стратегическое\s+направление\s*(?:№\s*)?(?P<num>\d+)\s*(?:[.:)]|[-–—](?=\s))?\s*(?P<title>.*)$",
    regex.IGNORECASE | regex.DOTALL,
)
GOAL_RE = regex.compile(
    r"^\s*(?:\d+(?:\.\d+)*(?:\s*[.),;:]\s*|\s+))?(?:стратегическая\s+)?цель\s*(?:№\s*)?(?P<num>\d+(?:\.\d+)*)\s*(?:[.:)]|[-–—](?=\s))?\s*(?P<title>.*)$",
    regex.IGNORECASE | regex.DOTALL,
)
TASK_RE = regex.compile(
    r"^\s*(?:\d+(?:\.\d+)*(?:\s*[.),;:]\s*|\s+))?задача\s*(?:№\s*)?(?P<num>\d+(?:\.\d+)*)\s*(?:[.:)]|[-–—](?=\s))?\s*(?P<title>.*)$",
    regex.IGNORECASE | regex.DOTALL,
)
MAX_GROUP_LABEL_LENGTH = 400
# Where a goal or task label starts inside a line ("... инфраструктуры Цель 1.1. ...", "... 1.1. Цель 1.1. ..."):
# a PDF cannot show a line break that falls where the line wraps anyway.
LABEL_INSIDE_RE = regex.compile(
    r"(?<=[\p{L}»\")][.;:]?\s+)(?=(?:\d+(?:\.\d+)*\s*[.)]\s*)?(?:Стратегическое\s+направление|Стратегическая\s+цель|Цель|Задача)"
    r"\s*(?:№\s*)?\d)"
)

TITLE_START_RE = regex.compile(r"^\s*отч[её]т\s+о\s+(?:ходе\s+)?реализации", regex.IGNORECASE)
TITLE_WORD_RE = regex.compile(r"^\s*отч[её]т(?!\w)", regex.IGNORECASE)  # "Отчет" may stand alone on its line
PLAN_PERIOD_RE = regex.compile(r"(?:на|за)\s+(\d{4})\s*[-–—−]\s*(\d{4})\s*(?:годы|гг\.?|год)", regex.IGNORECASE)
REPORTING_YEAR_RE = regex.compile(
    r"(?:период\s+отч[её]та|отч[её]тный\s+(?:период|год))\s*[:\-–—]?\s*(\d{4})", regex.IGNORECASE
)
TITLE_YEAR_RE = regex.compile(r"\bза\s+(\d{4})\s*(?:год|г\.)", regex.IGNORECASE)
YEAR_LINE_RE = regex.compile(r"^\W*за\s+(\d{4})\s*(?:год|г\.)", regex.IGNORECASE)  # "за 2020 год" under the title
AGENCY_RE = regex.compile(
    r"(?:стратегического\s+плана|плана\s+развития)\s+(?P<agency>.+?)\s+(?:на|за)\s+\d{4}\s*[-–—−]\s*\d{4}",
    regex.IGNORECASE | regex.DOTALL,
)
MAX_TITLE_PARAGRAPHS = 5
# Capitals in an agency name written in upper case: proper nouns, and these words.
PROPER_TAGS = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"}
CAPITALISED_WORD_RE = regex.compile(
    rf"^(?:{vocabulary.alternation(vocabulary.words('agency_names', kind='institution'))})", regex.IGNORECASE
)
VOWELS_RE = regex.compile(r"[аеёиоуыэюяaeiouy]", regex.IGNORECASE)
# "Карагандинской области": the region's adjective keeps its capital.
REGION_NOUN_RE = regex.compile(
    rf"^(?:{vocabulary.alternation(vocabulary.words('agency_names', kind='region'))})", regex.IGNORECASE
)
MAX_ABBREVIATION_LENGTH = 5
QUOTED_TITLE_RE = regex.compile(r'^[«"“„](?P<inner>[^«»"“”„]+)[»"”“]\s*\.?$')


@dataclass
class Group:
    """A 'Стратегическое направление N. ...' or 'Цель N.N. ...' label."""

    kind: str  # "direction", "goal" or "task"
    number: Optional[str]
    title: Optional[str]


def parse_group_label(text: str) -> Optional[Group]:
    """A direction, goal or task label ("1. Стратегическое направление 1. Title"), or None."""
    if not text or len(text) > MAX_GROUP_LABEL_LENGTH:
        return None
    for kind, pattern in (("direction", DIRECTION_RE), ("goal", GOAL_RE), ("task", TASK_RE)):
        m = pattern.match(text)
        if m:
            title = _unquote(" ".join(m.group("title").split())) or None
            return Group(kind, m.group("num").rstrip("."), title)
    return None


def label_lines(text: str) -> list[str]:
    """A cell's lines, each cut where a goal or task label starts inside it (labels written one per line)."""
    out: list[str] = []
    for line in text.split("\n"):
        starts = [0] + [m.start() for m in LABEL_INSIDE_RE.finditer(line)] + [len(line)]
        pieces = [line[a:b].strip() for a, b in pairwise(starts)]
        out += [p for p in pieces if p] or [line]
    return out


def _unquote(title: str) -> str:
    """'«Повышение ...»' -> 'Повышение ...': a title wholly in quotes is written without them."""
    m = QUOTED_TITLE_RE.match(title)
    return m.group("inner").strip() if m else title


@dataclass
class Identity:
    title: Optional[str] = None
    agency: Optional[str] = None
    plan_period: Optional[tuple[int, int]] = None
    reporting_year: Optional[int] = None


@dataclass
class Parts:
    """The blocks of each part; `found` says which section titles were seen."""

    identity: Identity
    blocks: dict[str, list[Block]] = field(default_factory=lambda: {RISKS: [], INDICATORS: [], NOTE: []})
    preamble: list[Block] = field(default_factory=list)
    found: set[str] = field(default_factory=set)


def section_of(paragraph: Paragraph) -> Optional[str]:
    """Which part a paragraph opens, if it is a section title."""
    if len(paragraph.text) > MAX_TITLE_LENGTH or len(paragraph.text.split()) > MAX_TITLE_WORDS:
        return None
    for part, pattern in SECTION_TITLES.items():
        if pattern.match(paragraph.text):
            return part
    return None


def _opened_section(paragraph: Paragraph) -> tuple[Optional[str], Optional[Paragraph]]:
    """The part a paragraph opens, and the text run on after its title when a PDF glued the title to the first
    paragraph ("3. Аналитическая записка\nВ 2019 году обучено ...")."""
    title, _, rest = paragraph.text.partition("\n")
    if rest.strip()[:1].isupper() or rest.strip()[:1].isdigit():  # a new sentence, not the title's second line
        part = section_of(replace(paragraph, text=title))
        if part is not None:
            return part, replace(paragraph, text=rest.strip())
    return section_of(paragraph), None


def split_parts(layout: Layout) -> Parts:
    """Assign every block to the part whose title precedes it; blocks before any title form the preamble."""
    parts = Parts(identity=Identity())
    current: Optional[str] = None
    for block in layout.blocks:
        if isinstance(block, Paragraph):
            part, body = _opened_section(block)
            if part is not None:
                current = part
                parts.found.add(part)
                if body is None:
                    continue
                block = body
        (parts.blocks[current] if current else parts.preamble).append(block)
    parts.identity = find_identity(parts.preamble or layout.blocks[:20])
    return parts


def find_identity(blocks: list[Block]) -> Identity:
    """Title, agency, plan period and reporting year from the paragraphs before the first section."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    identity = Identity()
    title_lines, after_title = _title_lines(paragraphs)
    if title_lines:
        identity.title = " ".join(" ".join(title_lines).split())
        period = PLAN_PERIOD_RE.search(identity.title)
        if period:
            identity.plan_period = (int(period.group(1)), int(period.group(2)))
        agency = AGENCY_RE.search(identity.title)
        if agency:
            identity.agency = to_nominative(_sentence_case(" ".join(agency.group("agency").split())))
    for p in paragraphs:
        m = REPORTING_YEAR_RE.search(p.text)
        if m:
            identity.reporting_year = int(m.group(1))
            break
    else:
        m = TITLE_YEAR_RE.search(identity.title or "") or (after_title and YEAR_LINE_RE.match(after_title.text))
        identity.reporting_year = int(m.group(1)) if m else None
    return identity


def _title_lines(paragraphs: list[Paragraph]) -> tuple[list[str], Optional[Paragraph]]:
    """The paragraphs of the title, from 'Отчет о реализации' (possibly broken after 'Отчет') up to the one
    naming the plan period, and the paragraph after them.  A paragraph 'Отчет о реализации стратегического
    плана' right above a paragraph opening a title of its own is not the title's start ('Отчет о ходе
    реализации ... на 2020 – 2025 годы'): a running header a PDF of one page cannot tell from the body."""
    for i, p in enumerate(paragraphs):
        following = paragraphs[i : i + MAX_TITLE_PARAGRAPHS]
        if TITLE_WORD_RE.match(p.text) and TITLE_START_RE.match(" ".join(q.text for q in following)):
            if len(following) > 1 and TITLE_START_RE.match(following[1].text) and not PLAN_PERIOD_RE.search(p.text):
                continue  # a line above the title that opens like one (a page header on a one-page PDF): the title follows
            lines: list[str] = []
            for q in following:
                if lines and REPORTING_YEAR_RE.search(q.text):
                    break
                lines.append(q.text)
                if PLAN_PERIOD_RE.search(" ".join(lines)):
                    break
            end = i + len(lines)
            return lines, paragraphs[end] if end < len(paragraphs) else None
    return [], None


def _sentence_case(name: str) -> str:
    """'МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН' -> 'Министерства финансов Республики Казахстан'.

    Only a name written wholly in capitals is changed: the first word, proper nouns, 'Республики',
    'Президента'... and a region's adjective ('Карагандинской области') keep a capital; abbreviations
    the dictionary does not know stay in capitals."""
    if not name.isupper():
        return name
    words = name.lower().split(" ")
    out = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if _is_abbreviation(word):
            out.append(word.upper())
        elif i == 0 or _is_proper(word) or (REGION_NOUN_RE.match(following) and _is_adjective(word)):
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
        else:
            out.append(word)
    return " ".join(out)


def _is_abbreviation(word: str) -> bool:
    """A short word without vowels or unknown to the dictionary ('РК', 'МИО')."""
    letters = regex.sub(r"\W", "", word)
    if not 0 < len(letters) <= MAX_ABBREVIATION_LENGTH:
        return False
    return not VOWELS_RE.search(letters) or not morph.is_known(letters)


def _is_proper(word: str) -> bool:
    """A proper noun ('Казахстан') or a word that names an institution ('Республики', 'Министерства')."""
    letters = word.strip("()«»\"")
    return bool(CAPITALISED_WORD_RE.match(letters)) or any(
        PROPER_TAGS & set(p.tag.grammemes) for p in morph.parse(letters)[:2]
    )


def _is_adjective(word: str) -> bool:
    """A full adjective in some reading."""
    return any(p.tag.POS == "ADJF" for p in morph.parse(word))


def to_nominative(name: str) -> str:
    """'Агентства Республики Казахстан по ...' -> 'Агентство Республики Казахстан по ...'.

    The name stands in the genitive after 'стратегического плана': its head noun and the adjectives
    before it go back to the nominative (agreeing with the noun); dependent words stay as written.
    """
    words = name.split(" ")
    head = _genitive_parses(words)
    if head is None:
        return name
    noun_index, adjectives, noun = head
    grammemes = {"nomn", "plur"} if noun.tag.number == "plur" else {"nomn", "sing"}
    if noun.tag.number != "plur" and noun.tag.gender:
        grammemes_adj = grammemes | {noun.tag.gender}
    else:
        grammemes_adj = grammemes
    out = []
    for word, parse in zip(words[:noun_index], adjectives, strict=True):
        inflected = _inflect(parse, grammemes_adj, word)
        out.append(_match_case(word, inflected) if inflected else word)
    inflected_noun = _inflect(noun, grammemes, words[noun_index])
    out.append(_match_case(words[noun_index], inflected_noun) if inflected_noun else words[noun_index])
    return " ".join(out + words[noun_index + 1 :])


def _inflect(parse, grammemes: set[str], original: str) -> Optional[str]:
    """The form of the parse's lexeme with these grammemes that keeps most of the written word's beginning:
    "Высшей" -> "высшая", where pymorphy3's own inflection of the superlative gives "высочайшая"."""
    forms = [f.word for f in parse.lexeme if grammemes <= set(f.tag.grammemes)]
    if not forms:
        inflected = parse.inflect(grammemes)
        return inflected.word if inflected else None
    written = original.lower()
    return max(forms, key=lambda form: len(os.path.commonprefix([form, written])))


def _genitive_parses(words: list[str]):
    """(index of the head noun, parses of the adjectives before it, parse of the noun), or None."""
    adjectives: list[morph.Parse] = []
    for i, word in enumerate(words):
        parses = [p for p in morph.parse(word) if p.tag.case == "gent"]
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        adjective = next((p for p in parses if p.tag.POS == "ADJF"), None)
        if noun is not None and (adjective is None or i + 1 == len(words) or not _is_noun(words[i + 1])):
            return i, adjectives, noun
        if adjective is None:
            return None
        adjectives.append(adjective)
    return None


def _is_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph.parse(word))


def _match_case(original: str, word: str) -> str:
    """The inflected word with the original's capitals; 'ё' only where the original had it."""
    if "ё" not in original.lower():
        word = word.replace("ё", "е")
    stem = max(len(original) - 3, 2)
    if word[:stem] != original[:stem].lower():
        return original  # morphology picked another lemma ("высшей" -> "высочайшая"): keep the text
    if original.isupper():
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
