"""The self-check of every page: the words the reader made of a page against pdfium's own reading of it.

pdfium's text page reads the same characters in its own way: its character order, and the word and line
breaks it inserts.  Both readings are reduced to a bag of words (lower case, punctuation around a word
dropped, split at hyphens) and compared, so that reading order and hyphenation do not count: a page whose
lines were put together wrongly ('Респ блики', '2 247 8 тыс') shows as words of one reading missing from
the other.  A text layer whose fonts map glyphs to the wrong letters reads as garbage in both readings
alike; it shows instead as a share of longer words unknown to the morphology dictionary far above that of
any Russian text ('ijbdZahf NKLWD Jhkkbb').

The figures are kept on the page (Page.check); page_doubt says whether, and how much, a page is in doubt,
for the `text_quality` finding and for whoever would rather read such a page another way (OCR).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

import regex

from pipeline import morph
from pipeline.readers.pdf.letters import KAZAKH_ONLY, KAZAKH_PAGE, ODD_SHARE_MAX, is_garbage, odd_letters

DISAGREEMENT_MAX = 0.02  # a page is in doubt when more than this share of its words differ between the readings
UNKNOWN_WORDS_MAX = 0.5  # ... or when more than this share of its longer words are unknown to the dictionary
MIN_WORDS = 20  # with fewer words than this on a page, the shares say nothing
UNKNOWN_SAMPLE = 30  # the dictionary is asked about at most this many distinct words of a page
UNKNOWN_SAMPLE_MIN = 10  # ... and a page with fewer distinct longer words inside its lines is not judged by it
LONG_WORD = 4  # only words of at least this many letters are looked up
JOINED_MAX = 6  # a word one reading spaces into at most this many pieces is the same word ("Қ аза қ стан")

_PUNCTUATION = "\"'«»„“”()[]{}.,;:!?…*·•-‐‑–—/\\|"
_LETTERS_ONLY = regex.compile(r"^\p{L}+$")
_NUMBER = regex.compile(r"^\d[\d.,]*$")
_WORD_SPLIT = regex.compile(r"[\s\-‐‑–—]+")
_GROUPED_NUMBER = regex.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")  # "1 245 318", not "90,5 100,0"
_SPACES = regex.compile(r"[ \u00a0\u202f]")
_PDFIUM_MARKS = {"\ufffe": "-", "\u00ad": "-", "\x02": "-",  # pdfium's line-end hyphens, and ligatures
                 "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


@dataclass
class TextCheck:
    """A page's two figures: how much its two readings disagree, and how much of it the dictionary does not know."""

    words: int  # words in pdfium's reading of the page
    disagreement: float  # share of the words of both readings that the other reading lacks
    unknown: float  # share of the sampled longer words that the dictionary does not know (0 on a Kazakh page)
    odd: float = 0.0  # share of the sampled letters in words no Russian, Kazakh or English text has (letters.py)
    kazakh: float = 0.0  # share of Kazakh-only letters among the sampled Cyrillic letters
    letters: int = 0  # letters sampled

    @property
    def garbled(self) -> bool:
        """Are the page's words mostly not words (a text layer with a broken font encoding)?"""
        return (self.words >= MIN_WORDS and self.unknown > UNKNOWN_WORDS_MAX) or self.odd_letters

    @property
    def odd_letters(self) -> bool:
        """Are the page's letters garbage, however few (a short page, garbage in Kazakh letters, a symbol font)?"""
        return is_garbage(self.odd, self.kazakh, self.letters)

    @property
    def garbage_figure(self) -> str:
        """What shows the text layer to be garbage: unknown words, odd letters, or Kazakh letters in excess."""
        if self.words >= MIN_WORDS and self.unknown > UNKNOWN_WORDS_MAX:
            return f"{self.unknown:.0%} of its longer words are unknown to the dictionary"
        if self.odd > ODD_SHARE_MAX:
            return f"{self.odd:.0%} of its letters are in words no Russian, Kazakh or English text has"
        return f"{self.kazakh:.0%} of its Cyrillic letters are Kazakh-only letters, far more than Kazakh text has"

    @property
    def torn(self) -> bool:
        """Do the reader's words differ from pdfium's by more than a small share (lines or words read wrongly)?"""
        return self.words >= MIN_WORDS and self.disagreement > DISAGREEMENT_MAX

    @property
    def share(self) -> float:
        """The page's figure, to sort pages by: the share of its words in doubt."""
        return max(self.disagreement, self.unknown, self.odd) if self.garbled else self.disagreement


def check_page(page, text: str, chars: list[tuple]) -> TextCheck:
    """Compare the page's lines (prose and cells, headers and footers still in) with pdfium's text of the page.

    text: pdfium's text of the page; chars: the characters the reader kept of it.  Where the reader dropped
    characters (a clip hid them, a glyph without Unicode, a box without height) pdfium's reading is taken
    without them."""
    independent = words_of(_without_dropped(text, chars))
    lines = [ln.text for ln in page.lines] + [ln.text for part in page.parts for c in part.cells for ln in c.lines]
    read = words_of("\n".join(lines))
    total = sum(independent.values()) + sum(read.values())
    only_independent, only_read = independent - read, read - independent
    _forgive_spacing(only_independent, only_read)
    differ = sum(only_independent.values()) + sum(only_read.values())
    return TextCheck(sum(independent.values()), differ / total if total else 0.0, _unknown_share(lines),
                     *odd_letters(lines))


def page_doubt(page) -> TextCheck | None:
    """The page's check when its text cannot be trusted (its share says how much is in doubt), else None.

    A page not checked (no text layer, read by OCR) or with too few words is never in doubt."""
    check = getattr(page, "check", None)
    if check is None or not (check.torn or check.garbled):
        return None
    return check


def words_of(text: str) -> Counter:
    """A text as a bag of words: split at white space and hyphens (either reading may keep a compound broken at
    a line end whole), punctuation around each word dropped, lower case; digit groups of a number kept together
    (a narrow space between them is a gap without a character to pdfium).

    'Республики Казахстан, 2 247,8 тыс.' -> {'республики': 1, 'казахстан': 1, '2247,8': 1, 'тыс': 1}"""
    text = text.lower()
    for mark, replacement in _PDFIUM_MARKS.items():  # str.replace scans at C speed; translate looks up every character
        if mark in text:
            text = text.replace(mark, replacement)
    text = _GROUPED_NUMBER.sub(lambda m: _SPACES.sub("", m.group(0)), text)
    out = Counter(map(str.strip, _WORD_SPLIT.split(text), repeat(_PUNCTUATION)))
    del out[""]
    return out


def _without_dropped(text: str, chars: list[tuple]) -> str:
    """pdfium's text, without the characters the reader dropped (a clip hid them, their box had no height)."""
    kept = len(chars) - list(map(itemgetter(0), chars)).count(" ")
    visible = len(text) - sum(text.count(ws) for ws in " \r\n\t")
    if visible <= kept:
        return text
    indices = {c[5] for c in chars}
    return "".join(ch if ch.isspace() or i in indices else "" for i, ch in enumerate(text))


def _forgive_spacing(only_independent: Counter, only_read: Counter) -> None:
    """Take out of both bags the words the two readings only space differently: numbers pdfium ran together from
    neighbouring table cells ('350412' for the cells '350' and '412'), and words pdfium broke where two runs of
    text meet ('пла' 'н' for 'план').  The reader's own tears are not forgiven: they lose or move letters
    ('Респ блики' for 'Республики') or punctuation ('83 3' for '83,3')."""
    _take_concatenations(only_independent, only_read, numbers_only=True)
    _take_concatenations(only_read, only_independent, numbers_only=False)


def _take_concatenations(wholes: Counter, pieces: Counter, numbers_only: bool) -> None:
    """Remove from both bags each word of wholes that is a concatenation of words in pieces."""
    usable = Counter({w: n for w, n in pieces.items() if not numbers_only or _NUMBER.match(w)})
    if not usable:
        return
    for word in [w for w in wholes if not numbers_only or _NUMBER.match(w)]:
        while wholes[word] > 0:
            found = _split_into(word, usable, JOINED_MAX)
            if found is None or len(found) < 2:
                break
            wholes[word] -= 1
            for piece in found:
                usable[piece] -= 1
                pieces[piece] -= 1
    wholes += Counter()  # in place: drop the zero counts
    pieces += Counter()


def _split_into(word: str, pieces: Counter, at_most: int) -> list[str] | None:
    """word as a concatenation of at most at_most words available in pieces, or None."""
    if word in pieces and pieces[word] > 0:
        return [word]
    if at_most < 2:
        return None
    for cut in range(1, len(word)):
        head = word[:cut]
        if pieces.get(head, 0) > 0:
            pieces[head] -= 1
            rest = _split_into(word[cut:], pieces, at_most - 1)
            pieces[head] += 1
            if rest is not None:
                return [head] + rest
    return None


def _unknown_share(lines: list[str]) -> float:
    """Share of a sample of distinct longer words that the morphology dictionary does not know.

    The words are taken from inside lines: the first and last word of a line may be parts of a word broken by
    a narrow column ('источ' | 'ника'); only where the lines are too short for that (a page of table cells)
    are their first and last words taken too.  A page partly in Kazakh is not judged (a Russian dictionary knows no
    Kazakh word): 0."""
    sample = _word_sample(lines, inside_only=True)
    if len(sample) < UNKNOWN_SAMPLE_MIN:  # a table page of narrow columns: its cells' lines hold a word or two
        sample = _word_sample(lines, inside_only=False)
    if len(sample) < UNKNOWN_SAMPLE_MIN:
        return 0.0  # 'Astana' out of two words says nothing
    if sum(1 for w in sample if KAZAKH_ONLY.search(w)) >= KAZAKH_PAGE * len(sample):
        return 0.0
    return sum(not morph.is_known(w) for w in sample) / len(sample)


def _word_sample(lines: list[str], inside_only: bool) -> dict[str, None]:
    """Up to UNKNOWN_SAMPLE distinct longer words of the lines, in order (without each line's first and last word
    when inside_only)."""
    sample: dict[str, None] = {}
    for line in lines:
        tokens = line.split()
        for token in tokens[1:-1] if inside_only else tokens:
            word = token.strip(_PUNCTUATION).lower()
            if len(word) >= LONG_WORD and _LETTERS_ONLY.match(word):
                sample[word] = None
        if len(sample) >= UNKNOWN_SAMPLE:
            break
    return sample
