"""Differences keep their kind: a figure that states a change carries "increase", "decrease" or "change".

"рост на 8%", "увеличилась на 42 тыс. га", "на 3,1% меньше", "снизился на 0,16 п.п.", "в 1,9 раза выше", "в 2 раза"
after "снижение", "+ 231,26 кв. метр", "прирост к 2020 году – 6,8%", "сократилась на 1,06 % ( 81 человек )". Levels
stay levels: "снизилась до 2,8%", "с 45 до 60 единиц", "78,1% к уровню 2016 года", "темп роста составит 118,8%",
"рост ... на уровне 110,6%", "213 организаций на 17,4 тыс. мест". A rank's move keeps the direction of its number:
"поднявшись на 10 позиций" (from 39 to 29) is a decrease. The words are pipeline/vocabulary/difference_words.tsv.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from pipeline import vocabulary
from pipeline.facts.measures import RANK_LEMMAS, Figure, Measure, value_of
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

DIRECTIONS = {stem: direction for stem, direction in vocabulary.entries("difference_words")}
NO_DIRECTION = "none"  # a longer beginning of another word: "возраста" (age) is not "возрастает"
STEM_LENGTHS = sorted({len(stem) for stem in DIRECTIONS}, reverse=True)
# The patterns are plain (stdlib `re`) and those ending in \Z are tried on the last characters only: they run for
# every figure, and a scan from each position of a long sentence would cost more than the rest of the step.
WORD_RE = re.compile(r"[а-яё]+", re.I)
BY_AMOUNT_RE = re.compile(
    r"(?<!\w)на\s+(?:(?:почти|около|более|менее|порядка|свыше|примерно|практически|целых)\s+)?\Z", re.I
)
TIMES_BEFORE_RE = re.compile(r"(?<!\w)в\s+(?:(?:почти|около|более|свыше|порядка|примерно)\s+)?\Z", re.I)
LEVEL_BEFORE_RE = re.compile(r"(?<!\w)(?:до|с|со|от|уровне|уровень|уровня)\s+(?:\w+\s+)?\Z", re.I)
INDEX_WORDS_RE = re.compile(r"(?<!\w)(?:темп\w*|индекс\w*|уровн\w+|к\s+уровню|соотношени\w*)(?!\w)", re.I)
RANGE_OF_CHANGE_RE = re.compile(r"(?<!\w)(?:диапазон\w*|пределах)(?!\w)", re.I)
COORDINATED_RE = re.compile(r"\s*(?:и|или|,|[-–—]|до)\s*(?:на\s+)?", re.I)
RANK_MOVE_RE = re.compile(r"(?<!\w)(?:подня|опусти|улучши|ухудши|перемест|потеря)\w*", re.I)
ITEM_VALUE_RE = re.compile(r"(?:[-–—]|(?<!\w)на)\s*\Z", re.I)
SAID_RE = re.compile(r"(?<!\w)(?:состав\w+|пределах|диапазон\w*)(?!\w)|[-–—]\s*\Z", re.I)
SECOND_MEMBER_RE = re.compile(r"\s*(?:(?:в|по)\s+[а-яё]+(?:\s+[а-яё]+)?\s+)?и\s+", re.I)
BRACKET_AFTER_RE = re.compile(r"\s*\([^()]{0,40}\)")
# "на 16 человек меньше": up to three words after, not past "и", "а", "но" opening another predicate ("снизился в 3,4
# раза и не превысил 2 %")
WORDS_AFTER_RE = re.compile(r"(?:\s+(?!(?:и|а|но)(?!\w))[^\s,;.()]+){1,3}", re.I)
CHANGE_UNITS = frozenset({"percent", "percentage_point", "times"})
COMPARATIVE_AFTER_RE = re.compile(r"\s*(больше|меньше|выше|ниже)(?!\w)", re.I)  # "что 11,5% больше": a difference
OPENING_MINUS_RE = re.compile(r"(?:\(|,)\s?[-−–—]\Z")
# "аномалия +3,9 °C", "холоднее нормы ... (–1,7 °C)": a signed temperature is a deviation where its clause names one;
# elsewhere its sign is the temperature's own ("абсолютный максимум, +46,1 °C")
SIGNED_LEVEL_UNITS = frozenset({"degree_celsius"})
DEVIATION_RE = re.compile(r"(?<!\w)(?:аномали\w*|отклонени\w*|норм(?:а|ы|е|у|ой)?|многолетн\w+)(?!\w)", re.I)
PAREN_OPEN_RE = re.compile(r"\s*\(\s*(?:на\s+)?", re.I)  # "на 12 га (на 5%) больше": the same change again
BRACKET_CLOSE_RE = re.compile(r"\s*\)")  # "(на 4%) больше": the comparative after the figure's bracket
AGAINST_RE = re.compile(r"(?<!\w)против\s+\Z", re.I)  # "увеличились на 17,3% против 12,1% годом ранее"
AGAINST_WORD_RE = re.compile(r"(?<!\w)против(?!\w)", re.I)
LAST_WORDS = 3  # words before a figure that BY_AMOUNT_RE, TIMES_BEFORE_RE and LEVEL_BEFORE_RE look at, at most
LEVEL_WORDS = frozenset({"до", "с", "со", "от", "уровне", "уровень", "уровня"})
DIRECTION_CACHE_SIZE = 20000  # distinct words kept
TAIL = 48  # characters before a figure that the patterns ending in \Z need


def mark_changes(s: Sentence, figures: list[Figure], lead_in: Optional[str] = None) -> None:
    """Set `change` on the figures of a sentence that state a difference; `lead_in`: the direction a list's lead-in
    said ("снижение объемов производства составит:"), for its items ("– 20,0%", "- на 78,9 %")."""
    text = s.text
    for i, f in enumerate(figures):
        start = figures[i - 1].measure.end if i else 0
        tail = text[max(start, f.start - TAIL):f.start]
        words = WORD_RE.findall(tail.lower())[-LAST_WORDS:]  # a cheap look before the patterns: most figures are levels
        if i and _restates(text, figures[i - 1], f):
            f.change = figures[i - 1].change
        elif f.measure.unit in SIGNED_LEVEL_UNITS and (f.sign < 0 or text[f.start] == "+"):
            if DEVIATION_RE.search(text, start, f.start):
                f.change = "decrease" if f.sign < 0 else "increase"
        elif text[f.start] == "+":  # "+ 231,26 кв. метр", "(+3,4%)"
            f.change = "increase"
        elif f.sign < 0 and OPENING_MINUS_RE.search(text, max(0, f.start - 3), f.start + 1):
            f.change = "decrease"  # "(АППГ – 315 879, -8,8%)", "(-194 сл.)": a minus of a value of its own
        elif f.sign < 0 and f.measure.unit in CHANGE_UNITS and text[f.start] in "мМ":
            f.change = "decrease"  # "(минус 53,6%)", "от минус 0,1% до минус 0,8%": a fall written as a word
        elif LEVEL_WORDS.intersection(words) and LEVEL_BEFORE_RE.search(tail) \
                and not RANGE_OF_CHANGE_RE.search(text, start, f.start):
            continue
        elif "на" in words and BY_AMOUNT_RE.search(tail):
            f.change = _direction(s, f, _coordinated_end(text, figures, i))
        elif f.measure.unit == "times" and "в" in words and TIMES_BEFORE_RE.search(tail):
            f.change = _direction(s, f, _coordinated_end(text, figures, i)) or "change"
        elif f.measure.unit in CHANGE_UNITS and (comparative := COMPARATIVE_AFTER_RE.match(text, f.measure.end)):
            f.change = _direction_of_word(comparative.group(1))  # "что 11,5% больше, чем в 2021 году" (no "на")
        elif f.measure.unit in CHANGE_UNITS:
            clause = max(text.rfind(",", start, f.start), text.rfind(";", start, f.start),
                         text.rfind(":", start, f.start), start - 1) + 1
            if not INDEX_WORDS_RE.search(text, clause, f.start):
                f.change = _subject_direction(s, clause, f)
            if f.change is None and i and (_second_member(text, figures[i - 1], f) or _against(tail, figures[i - 1], f)):
                f.change = figures[i - 1].change
        if f.change and _is_rank_move(s, f):
            f.measure = Measure("rank", None, f.measure.end, f.measure.multiplier, f.measure.addend, f.measure.skip)
            f.change = {"increase": "decrease", "decrease": "increase"}.get(f.change, f.change)
    if lead_in:
        for i, f in enumerate(figures):
            before = text[figures[i - 1].measure.end if i else 0:f.start]
            if f.change is None and f.measure.unit in CHANGE_UNITS and ITEM_VALUE_RE.search(before[-TAIL:]):
                f.change = lead_in
    for prev, f in zip(figures, figures[1:], strict=False):  # "на 12,1% и 9,4%", "4 - 5 %": a coordinated figure, the same kind
        if f.change is None and prev.change and _coordinated(text, prev, f):
            f.change = prev.change


def _coordinated(text: str, prev: Figure, f: Figure) -> bool:
    """"на 12,1% и 9,4%", "4 - 5 %", "на 3–5 %": two figures of one kind; not "снизилась на 3,6 п.п. до 27,9%",
    "сократилась на 1 200 человек до 45 300", a change and the level it led to."""
    link = COORDINATED_RE.fullmatch(text, prev.measure.end, f.start)
    return link is not None and "до" not in link.group().lower()


def _coordinated_end(text: str, figures: list[Figure], i: int) -> int:
    """Where the figures coordinated with figure i end: "на 5,2% и 3,9% меньше" says "меньше" after the second."""
    while i + 1 < len(figures) and _coordinated(text, figures[i], figures[i + 1]):
        i += 1
    return figures[i].measure.end


def _direction(s: Sentence, f: Figure, end: Optional[int] = None) -> Optional[str]:
    """The direction word right after the figure ("на 16 человек меньше") or after the figures coordinated with it
    (ending at `end`: "на 5,2% и 3,9% меньше"), else the nearest one before it."""
    start = f.measure.end if end is None else end
    bracket = BRACKET_AFTER_RE.match(s.text, start)
    comparative = bracket and COMPARATIVE_AFTER_RE.match(s.text, bracket.end())
    if comparative:  # "на 3,6 тыс. тонн (1,1%) меньше": the comparative after the bracket
        return _direction_of_word(comparative.group(1))
    closed = BRACKET_CLOSE_RE.match(s.text, start)
    after = WORDS_AFTER_RE.match(s.text, closed.end() if closed else start)
    against = after and AGAINST_WORD_RE.search(s.text, start, after.end())
    found = _directions(s.text, f.measure.end, against.start() if against else after.end()) if after else []
    return found[0][1] if found else next(iter(reversed(_directions(s.text, 0, f.start))), (None, None))[1]


def direction_said(s: Sentence) -> Optional[str]:
    """The last direction a sentence says ("наблюдается увеличение объемов ... у предприятий :")."""
    found = _directions(s.text, 0, len(s.text))
    return found[-1][1] if found else None


def _subject_direction(s: Sentence, clause: int, f: Figure) -> Optional[str]:
    """"прирост составит 4 - 5 %", "Рост ВВП составил 4,5%", "прирост к 2020 году – 6,8%": a change below 100 %
    said of a change noun before it in its clause ("рост ... составил 124,7 % к уровню 2014 года" is an index)."""
    if f.measure.unit == "percent" and value_of(f.number, f.measure) >= 100 or not SAID_RE.search(s.text, clause, f.start):
        return None
    for word, direction in reversed(_directions(s.text, clause, f.start)):
        if word_info(word.lower()).noun:
            return direction
    return None


def _directions(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(word, direction) of the words of text[start:end] that begin with a direction stem, in order."""
    out = []
    for m in WORD_RE.finditer(text, start, end):
        direction = _direction_of_word(m.group())
        if direction:
            out.append((m.group(), direction))
    return out


@functools.lru_cache(maxsize=DIRECTION_CACHE_SIZE)
def _direction_of_word(word: str) -> Optional[str]:
    """The direction of the longest stem the word begins with ("увеличилась" -> increase), None without one (cached:
    every figure's sentence is read for them, and prose repeats its words)."""
    low = word.lower()
    direction = next((DIRECTIONS[low[:n]] for n in STEM_LENGTHS if low[:n] in DIRECTIONS), None)
    return None if direction == NO_DIRECTION else direction


def _second_member(text: str, prev: Figure, f: Figure) -> bool:
    """"прирост составил 27,4% в количественном и 36,2% в денежном выражении": the second of two changes in one unit
    joined by "и" and what the first is in."""
    return prev.change is not None and prev.measure.unit == f.measure.unit \
        and bool(SECOND_MEMBER_RE.fullmatch(text, prev.measure.end, f.start))


def _against(tail: str, prev: Figure, f: Figure) -> bool:
    """"увеличились на 17,3% против 12,1% годом ранее": the earlier value of the same change, in its unit."""
    return prev.change is not None and prev.measure.unit == f.measure.unit and bool(AGAINST_RE.search(tail))


def _restates(text: str, prev: Figure, f: Figure) -> bool:
    """"сократилась на 1,06 % ( 81 человек )": the same change in another unit, in parentheses right after it."""
    return prev.change is not None and bool(PAREN_OPEN_RE.fullmatch(text, prev.measure.end, f.start))


def _is_rank_move(s: Sentence, f: Figure) -> bool:
    """"поднявшись на 10 позиций": places in a rating, moved ("сократился на 12 тыс. мест" counts seats)."""
    if f.measure.unit == "rank":
        return True
    obj = f.measure.object
    if obj is None or not RANK_MOVE_RE.search(s.text):
        return False
    word = s.words_from(f.measure.end - len(obj), 1)
    return bool(word) and bool(word[0].info.lemmas & RANK_LEMMAS)


# A compound unit and the unit of its numerator: a difference of a yield may leave out its "с гектара".
NUMERATORS = {"centner_per_hectare": "centner"}


def difference_of_a_compound(figures: list[Figure]) -> None:
    """"урожайность 53,0 ц/га – это на 6,2 центнера больше": a difference written in the numerator's unit right after
    a level in the compound unit is a difference of that level, in its unit (not centners of grain)."""
    for prev, f in zip(figures, figures[1:], strict=False):
        if f.change is not None and NUMERATORS.get(prev.measure.unit or "") == f.measure.unit:
            m = f.measure
            f.measure = Measure(prev.measure.unit, None, m.end, m.multiplier, m.addend, m.skip)
