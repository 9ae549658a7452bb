"""Footnotes on a scanned page: the marks raised after words and the footnote lines at the page's foot, dropped.

A text PDF's footnotes are told by their raised marks and smaller type (pipeline.readers.pdf.footnotes) and left
out, as the DOCX reader leaves them out. OCR reads a raised "1" after a word as a quote, an apostrophe or "!"
('года"', 'регионах!.') and sets every character of a line at one size, so the PDF reader sees neither, and the
footnote's number becomes a fact ("1 Методика расчета утверждена ..."). Here, on the words as read:
  - a mark is a word's last sign (before its closing point or comma) standing wholly above the middle of the
    letter or digit before it (or before the bracket or quote the mark follows): a digit, an asterisk or a sign of
    their shape (an apostrophe after letters is one wherever it stands); after a unit of length it is the unit's
    power ("м2"), no mark;
  - where a page has a mark, its footnote is the run of lines closing the page's prose (below FOOTNOTE_ZONE of
    the page, a lone page number after them aside) whose first line opens with a number and a capitalised word
    ("1 Методика ...") and whose small letters all stand lower than the prose's.
Both are dropped from the page's words.
"""
from __future__ import annotations

import statistics

import regex

from pipeline.readers.ocr.engine import Letter, Word

FOOTNOTE_ZONE = 0.4  # a footnote starts below this share of the page's height
FOOTNOTE_HEIGHT = 0.92  # ... and its small letters stand lower than this share of the prose's (10 pt under 12: 0.83)
X_HEIGHT_LETTERS = frozenset("авезиклмнопстхчшыьэюя")  # small letters with neither ascender nor descender
MARK_RISE = 0.5  # a mark's bottom stands this far (x the height of the sign before it) above that sign's bottom
MARK_SIGNS = frozenset("0123456789*\"'”“’‘!¹²³|")  # a raised digit or asterisk and what the recogniser makes of it
# ... of which these close no quotation nor sentence where they follow letters: a mark whatever its box says (a
# 200-dpi scan boxed the "'" of 'регионах\'.' lower than the letter before it)
MARK_ONLY_SIGNS = frozenset("'’‘¹²³*|")
CLOSING = ".,;:)»"
CLOSED_BEFORE_MARK = ")»"  # a bracket or quote closed before the mark
_FOOTNOTE_START = regex.compile(r"^\d{1,3}$")
_EXPONENT_BASE = regex.compile(r"(?:^|[^\p{L}])(?:к|с|м|д)?м$")  # "м2", "км3": a unit's power


def drop_footnotes(words: list[Word], page_height: int) -> list[Word]:
    """The page's words without its footnote lines and the marks naming them (the marks dropped in place)."""
    marked = [(word, k) for word in words if word.block < 0 and (k := _mark_at(word)) is not None]
    if not marked:
        return words
    footnote = _footnote_lines(words, page_height)
    if not footnote:
        return words
    for word, k in marked:
        del word.letters[k]
        word.text = "".join(letter.text for letter in word.letters)
        word.x1 = round(max(letter.x1 for letter in word.letters))
    return [w for w in words if w.line not in footnote]


def _mark_at(word: Word) -> int | None:
    """Where the word's footnote mark stands among its letters, or None."""
    letters = word.letters
    k = len(letters) - 1
    while k > 0 and letters[k].text in CLOSING and not _raised(letters[k], letters[k - 1]):
        k -= 1
    before = k - 1
    while before > 0 and letters[before].text in CLOSED_BEFORE_MARK:
        before -= 1  # "(в 2019 году – 105-е)¹.": the mark after the bracket, raised above the letter inside it
    if k < 1 or letters[k].text not in MARK_SIGNS or not letters[before].text.isalnum():
        return None
    raised = _raised(letters[k], letters[before]) or letters[k].text in MARK_ONLY_SIGNS
    if not raised or not any(x.text.isalnum() for x in letters[:k]):
        return None
    if _EXPONENT_BASE.search("".join(x.text for x in letters[:k])):
        return None
    return k


def _raised(sign: Letter, before: Letter) -> bool:
    return sign.bottom <= before.bottom - MARK_RISE * max(1.0, before.bottom - before.top)


def _footnote_lines(words: list[Word], page_height: int) -> set[int]:
    """The line numbers of the footnote closing the page's prose, or an empty set."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        if word.block < 0:
            lines.setdefault(word.line, []).append(word)
    if len(lines) < 2:
        return set()
    order = sorted(lines, key=lambda n: statistics.fmean(w.baseline for w in lines[n]))
    while order and len(lines[order[-1]]) == 1 and lines[order[-1]][0].text.strip("-–— ").isdigit():
        order.pop()  # the page number under it
    prose = _x_height([w for n in order for w in lines[n]])
    run: list[int] = []
    for n in reversed(order):
        first, height = lines[n][0], _x_height(lines[n])
        if first.top < FOOTNOTE_ZONE * page_height or not prose or not height or height >= FOOTNOTE_HEIGHT * prose:
            return set()
        run.append(n)
        if _FOOTNOTE_START.match(first.text) and len(lines[n]) > 1 and lines[n][1].text[:1].isupper():
            return set(run)
    return set()


def _x_height(words: list[Word]) -> float | None:
    """The median height of the words' small letters (their boxes hug the ink; a line's height as Tesseract gives it
    follows its capitals, brackets and descenders, which a footnote's line may have more of than the prose's)."""
    heights = [x.bottom - x.top for w in words for x in w.letters if x.text in X_HEIGHT_LETTERS]
    return statistics.median(heights) if heights else None
