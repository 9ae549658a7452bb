"""What a figure counted in "штук" counts where no noun follows the measure word (README_labels, Object, ruling of
`arbiter8`): the noun it counts may stand before it, and "штук" is the object only where its sentence writes no counted
noun. In order:

* the label before the figure's dash: a stock label's complement ("запасы тракторов – 4 312 штук", see piece_labels),
  a label that is the counted noun itself ("тракторов – 26,4 тыс. штук", "грузовых автомобилей – 9 812 штук"); a label
  headed by a noun in the nominative names a measure of its own ("яйценоскость кур-несушек – 271 штука": eggs per
  hen), so the figure keeps "штук";
* a lead-in that writes only the measure word, its noun before the bracket ("молодью рыб (млн. штук):");
* the genitive plural noun right before the figure, past a noun of the measure in the instrumental and its adjectives
  ("яиц 197 тыс. штук", "монет общим тиражом 112,5 тыс. штук");
* the subject of a clause whose figure a noun of the measure in the instrumental leads to ("Серебряная монета массой
  31,1 г ... отчеканена тиражом 3 000 штук");
* the complement of the clause's subject ("Производство яиц составило 4,9 млрд. штук");
* what the "штук" before it in the sentence counted;
* the nearest count of a named noun in the sentence: the whole it is part of, the earlier value it repeats, the
  result its plan is set against ("4,82 млн. ювелирных изделий (2021 г. – 4,37 млн. штук)", "при плановом объеме
  6,8 млн штук выращено 7,02 млн сеянцев").
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Optional

import regex

from pipeline.facts.measure_word_nouns import noun_of_the_subject
from pipeline.facts.measures import Figure
from pipeline.facts.piece_labels import DASH_BEFORE_RE, LABEL_WINDOW, noun_of_a_stock_label
from pipeline.facts.sentence import Sentence, Word
from pipeline.facts.words import GENITIVE_PLURAL

LABEL_MARK_RE = regex.compile(r"[,;:(](?!\d)")  # what closes the clause before a label
CLAUSE_MARK_RE = regex.compile(r"[,;:](?!\d)")  # not the comma of a decimal ("38,61 мм")
PIECE_LEAD_IN_RE = regex.compile(r"\(\s*(?:(?:тыс|млн|млрд)\.?\s*)?(?:шт\.|штук)\s*\)\s*:", regex.I)
PERIOD_TAIL_RE = regex.compile(r"\s+(?:за|в|на)\s+\d{4}\s*(?:год[а-я]*|г\.)\s*\Z", regex.I)  # "за 2024 год" before "("
INSTRUMENTAL = "sing:ablt"
NOMINATIVE = "nomn"


def noun_counted_in_pieces(s: Sentence, f: Figure, before: list[Figure], after: list[Figure],
                           last: Optional[str]) -> Optional[str]:
    """The noun a "штук" figure with no noun after it counts (see the module); None: "штук" itself."""
    stock = noun_of_a_stock_label(s, f)
    if stock is not None:
        return stock
    label = _label_before_dash(s, f)
    if label:
        head = next((w for w in label if w.info.noun and not w.info.attributive), None)
        if label[0].info.noun or label[0].info.attributive:
            if head is not None and GENITIVE_PLURAL in head.info.cases:
                return head.text
            if head is not None and any(c.endswith(NOMINATIVE) for c in head.info.cases):
                return None  # "яйценоскость кур-несушек – 271 штука": a measure of its own
    clause = _clause_start(s, f.start)
    return _head_of_lead_in(s, f) or _genitive_right_before(s, f) or _subject_measured(s, f) \
        or noun_of_the_subject(s, before[-1].measure.end if before else 0, f) or last \
        or _nearest_named_count(s, f, before, after, clause)


def _label_before_dash(s: Sentence, f: Figure) -> Optional[list[Word]]:
    """The words of the label before the dash that leads right to the figure, if one does."""
    dash = DASH_BEFORE_RE.search(s.text, max(0, f.start - LABEL_WINDOW), f.start)
    if dash is None:
        return None
    start = _clause_start(s, dash.start(), LABEL_MARK_RE)
    if any(ch.isdigit() for ch in s.text[start:dash.start()]):
        return None  # "(2021 г. – 4,37 млн. штук)": a date, no label
    return s.words_between(start, dash.start())


def _head_of_lead_in(s: Sentence, f: Figure) -> Optional[str]:
    """"Зарыблено водоемов молодью рыб (млн. штук): в 2020 году – 18,6": the head of the noun group that ends right
    before a lead-in's bracket (its genitive complements passed over), where the lead-in writes only the measure."""
    lead = _last(PIECE_LEAD_IN_RE.finditer(s.text, 0, f.start))
    if lead is None:
        return None
    end = lead.start()
    tail = PERIOD_TAIL_RE.search(s.text, 0, end)
    end = tail.start() if tail else end
    words = s.words_between(_clause_start(s, end), end)
    if not words or not s.text[words[-1].end:end].strip() == "" or not _noun(words[-1]):
        return None
    i = len(words) - 1
    while i > 0 and _noun(words[i - 1]) and _adjacent(s, words[i - 1], words[i]) \
            and any(c.endswith("gent") for c in words[i].info.cases):
        i -= 1
    return words[i].text


def _genitive_right_before(s: Sentence, f: Figure) -> Optional[str]:
    """"яиц 197 тыс. штук", "монет общим тиражом 112,5 тыс. штук": the genitive plural noun right before the figure,
    past a noun of the measure in the instrumental and its adjectives."""
    words = s.words_between(max(0, f.start - LABEL_WINDOW), f.start)
    if not words or s.text[words[-1].end:f.start].strip():
        return None
    i = len(words) - 1
    if _instrumental_noun(words[i]):
        i -= 1
        while i >= 0 and words[i].info.attributive and _adjacent(s, words[i], words[i + 1]):
            i -= 1
        if i < 0 or not _adjacent(s, words[i], words[i + 1]):
            return None
    w = words[i]
    return w.text if _noun(w) and w.info.cases <= {GENITIVE_PLURAL, "plur:accs"} else None


def _subject_measured(s: Sentence, f: Figure) -> Optional[str]:
    """"Серебряная монета массой 31,1 г ... отчеканена тиражом 3 000 штук", "монета из нейзильбера ... – тиражом
    20 000 штук": the noun in the nominative that opens the clause of a figure a noun in the instrumental leads to."""
    words = s.words_between(max(0, f.start - LABEL_WINDOW), f.start)
    if not words or s.text[words[-1].end:f.start].strip() or not _instrumental_noun(words[-1]):
        return None
    clause = _clause_start(s, f.start)
    opening = s.words_between(clause, f.start)[:2]
    head = next((w for w in opening if _noun(w)), None)
    if head is None or not any(c.endswith(NOMINATIVE) for c in head.info.cases) \
            or any(not _noun(w) and not w.info.attributive for w in opening[:opening.index(head)]):
        return None
    return head.text


def _nearest_named_count(s: Sentence, f: Figure, before: list[Figure], after: list[Figure],
                         clause: int) -> Optional[str]:
    """The noun the nearest count before the figure in its sentence counts, else the first after it; not where the
    figure's clause has a noun of its own before it that is not a measure ("задание в объеме 7,5 млн штук")."""
    for p in reversed(before):
        if _named_count(p):
            return p.measure.object
    if any(_noun(w) and not _instrumental_noun(w) and "sing:loct" not in w.info.cases
           for w in s.words_between(clause, f.start)):
        return None
    return next((p.measure.object for p in after if _named_count(p)), None)


def _clause_start(s: Sentence, end: int, marks: regex.Pattern = CLAUSE_MARK_RE) -> int:
    """Where the clause that ends at `end` opens: after the last clause mark before it."""
    mark = _last(marks.finditer(s.text, 0, end))
    return mark.end() if mark is not None else 0


def _last(matches: Iterator[regex.Match]) -> Optional[regex.Match]:
    """The last of the matches, if any."""
    return next(iter(deque(matches, maxlen=1)), None)


def _named_count(p: Figure) -> bool:
    obj = p.measure.object
    return p.measure.unit == "count" and obj is not None and obj.lower() not in ("штук", "штуки", "штука", "шт.",
                                                                                    "единиц", "ед.")


def _noun(w: Word) -> bool:
    return w.info.noun and not w.info.attributive


def _instrumental_noun(w: Word) -> bool:
    return _noun(w) and w.info.cases == {INSTRUMENTAL}


def _adjacent(s: Sentence, a: Word, b: Word) -> bool:
    """Whether only spaces stand between two words."""
    return not s.text[a.end:b.end - len(b.text)].strip()
