"""A small number before a category noun in the accusative singular after "в" or "на" names the category entered, no
count: "В 1 класс 1 сентября пойдут 1 126 первоклассников", "переведены во 2 группу", "присвоен на 3 разряд" (a count
after 2 to 4 takes the genitive, "в 3 класса", and after 5 the genitive plural; "разделены на 2 группы" counts). So
does one before a category noun in the genitive singular after a preposition that governs the genitive: "учебники для
1 класса", "перешли из 4 класса" (a count there takes the genitive plural, "для 3 классов")."""
from __future__ import annotations

import regex

from pipeline.facts.figures import CATEGORY_LEMMAS, MAX_CATEGORY
from pipeline.facts.measures import Figure
from pipeline.facts.numeral_agreement import governs_genitive_plural
from pipeline.facts.sentence import Sentence
from pipeline.facts.words import word_info

ENTERED_BEFORE_RE = regex.compile(r"(?<!\w)(?:в|во|на)\s+\Z", regex.I)
WORD_AFTER_RE = regex.compile(r"\s+([а-яё]+)(?!\w)", regex.I)
GENITIVE_BEFORE_RE = regex.compile(r"(?<!\w)(?:для|до|из|от)\s+\Z", regex.I)
COUNT_CASES = frozenset({"sing:gent", "plur:gent", "plur:nomn", "plur:accs"})  # forms a count of 2 and more takes


def grades_entered(s: Sentence, figures: list[Figure]) -> None:
    """Mark as no figure each small whole number that names a category (see the module)."""
    for f in figures:
        if f.number.isdigit() and int(f.number) <= MAX_CATEGORY \
                and (_category_entered(s.text, f) or _category_after_a_preposition(s.text, f)):
            f.measure.skip = True


def _category_entered(text: str, f: Figure) -> bool:
    """"В 1 класс пойдут": the noun, whether the figure took it or not ("в 5 класс – 1 180"), in the accusative
    singular after "в" or "на"."""
    if not ENTERED_BEFORE_RE.search(text, max(0, f.start - 4), f.start):
        return False
    word = WORD_AFTER_RE.match(text, f.end)
    if word is None:
        return False
    info = word_info(word.group(1).lower())
    if not info.lemmas & CATEGORY_LEMMAS:
        return False
    # "конкурсный отбор в 7 классы": after 5 a count takes the genitive plural ("7 классов"); the plural accusative
    # names the grade entered, in the plural of the many classes of it
    plural_grade = governs_genitive_plural(f.number) and "plur:accs" in info.cases \
        and not info.cases & {"plur:gent", "sing:gent"}
    return plural_grade or "sing:accs" in info.cases and not info.cases & COUNT_CASES


def _category_after_a_preposition(text: str, f: Figure) -> bool:
    """"учебники для 1 класса": the figure's noun in the genitive singular after "для", "до", "из" or "от"."""
    if f.measure.object is None or f.measure.unit not in (None, "count") \
            or not GENITIVE_BEFORE_RE.search(text, max(0, f.start - 5), f.start):
        return False
    info = word_info(f.measure.object.lower())
    return bool(info.lemmas & CATEGORY_LEMMAS) and "sing:gent" in info.cases and "plur:gent" not in info.cases
