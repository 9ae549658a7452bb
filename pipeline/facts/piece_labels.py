"""What "штук" counts where the noun stands in the label before its dash (README_labels, Object: `штук` is a measure
word, the object the noun it counts): "запасы тракторов – 4 312 штук, холодильников и морозильников бытовых – 186,7
тыс. штук" counts tractors, then refrigerators. The label's head is a plural noun of a number of things ("запасы",
"остатки", "поставки"), its complement in the genitive plural what is counted; a later member that elides the head
("холодильников и морозильников бытовых –") counts the first noun it writes. A head in the singular names a measure of
its own ("яйценоскость кур-несушек – 271 штука": eggs per hen, not hens), and a label that is only a genitive with no
headed label before it is left to the rest of the sentence."""
from __future__ import annotations

from typing import Optional

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.sentence import Sentence, Word
from pipeline.facts.words import GENITIVE_PLURAL

NOMINATIVE_PLURAL = "plur:nomn"
DASH_BEFORE_RE = regex.compile(r"[-–—]\s*\Z")
LABEL_DASH_RE = regex.compile(r"[-–—]\s*\d")  # the dash of an earlier member, its figure right after it
LABEL_BOUNDS = ",;:("  # what closes the clause before a label
LABEL_WINDOW = 80  # characters before a figure searched for its dash


def noun_of_a_stock_label(s: Sentence, f: Figure) -> Optional[str]:
    """The counted noun of the label before the dash that leads to the figure, where it is one (see the module)."""
    dash = DASH_BEFORE_RE.search(s.text, max(0, f.start - LABEL_WINDOW), f.start)
    if dash is None:
        return None
    words = _label_words(s, dash.start())
    if words and _plural_head(words[0]):
        return _first_genitive(words[1:])
    if words and _genitive(words[0]) and any(_headed(s, m.start()) for m in LABEL_DASH_RE.finditer(s.text, 0, dash.start())):
        return _first_genitive(words)
    return None


def _label_words(s: Sentence, dash: int) -> list[Word]:
    """The words of the label that ends at the dash, from the clause mark before it."""
    return s.words_between(max(s.text.rfind(c, 0, dash) for c in LABEL_BOUNDS) + 1, dash)


def _headed(s: Sentence, dash: int) -> bool:
    """Whether the label ending at an earlier dash has a plural head and a genitive plural noun after it."""
    words = _label_words(s, dash)
    return bool(words) and _plural_head(words[0]) and _first_genitive(words[1:]) is not None


def _plural_head(word: Word) -> bool:
    return word.info.noun and not word.info.attributive and NOMINATIVE_PLURAL in word.info.cases


def _genitive(word: Word) -> bool:
    return GENITIVE_PLURAL in word.info.cases


def _first_genitive(words: list[Word]) -> Optional[str]:
    return next((w.text for w in words if w.info.noun and not w.info.attributive and _genitive(w)), None)
