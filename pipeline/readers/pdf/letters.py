"""Is a page's text layer garbage, judged by its letters (so that a page of five words can be judged too)?

A font that maps its glyphs to the wrong code points gives text that is still made of letters, so neither the
share of unmapped glyphs nor a word count catches it on a short page.  Each word of a sample of the page's words
is looked at, and its letters count as odd when the word

- holds characters no Russian, Kazakh or English text is written with: Private Use Area codes of a symbol font,
  Latin letters with diacritics ('Ð¾Ñ‚Ñ‡ÐµÑ‚', UTF-8 read as cp1252), Cyrillic letters of neither alphabet
  ('ЋвзҐв', cp866 read as cp1251), ASCII signs between letters ('ML<?J@>?GU');
- mixes Latin and Cyrillic letters, or turns from a small letter to a capital inside ('пФЮЕФ', KOI8-R as cp1251);
- on a page not in Kazakh, is a Russian-alphabet word of three letters or more that the dictionary does not know
  ('ЯРПЮРЕЦХВЕЯЙНЦН', 'уиголкгщлл'); a short capitalised abbreviation ('ЖКХ') is not judged;
- has Kazakh letters, but reads as a Russian word once they are taken for the Russian letters they resemble
  ('стрәтеғічесқөғө' -> 'стратегического': a font mapping Russian letters to Kazakh look-alikes).

A page is garbage when most of its sampled letters are odd, or when Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) make
far more of its Cyrillic letters than they do in Kazakh ('ІһқӨң қү ұҺіӘ').
"""
from __future__ import annotations

import re

import regex

from pipeline import morph

SAMPLE_WORDS = 80  # the words of a page looked at (a dense page has a thousand; the first lines tell as well)
MIN_LETTERS = 12  # with fewer letters than this on a page, nothing is judged ('1 2 3 4', '12,5 тыс. тенге')
ODD_SHARE_MAX = 0.5  # a page whose share of odd letters is above this is garbage
KAZAKH_SHARE_MAX = 0.4  # ... or whose Kazakh-only letters are above this share of its Cyrillic letters
KAZAKH_PAGE = 0.1  # a page with this share of Kazakh-lettered words is Kazakh: a Russian dictionary says nothing
# (selfcheck judges no such page by its unknown words either)
ABBREVIATION_MAX = 5  # a word in capitals of at most this many letters is taken for an abbreviation ('НИОКР')
CASE_TURN_MIN = 4  # a word of fewer letters may turn to a capital inside ('кВт', 'МВт')
LOOKALIKE_MIN = 4  # a Kazakh-lettered word read as Russian is judged from this many letters

_PUNCTUATION = "\"'«»„“”()[]{}.,;:!?…*·•-‐‑–—/\\|"
_KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
_RU_KZ_LETTERS = "".join(map(chr, range(0x410, 0x450))) + "Ёё" + _KAZAKH_LETTERS
# signs of a mojibake or a symbol font: private codes, Latin with diacritics, Cyrillic of other alphabets, and
# ASCII and Windows-1252 signs that no word holds
_ODD_SIGNS = frozenset("<=>?@^_`{}~\u00a4\u00a6\u00a8\u00ac\u00ae\u00af\u2020\u2021\u2030\u2039\u203a\u20ac\u2122"
                       + "".join(map(chr, range(0xC0, 0x250)))
                       + "".join(chr(c) for c in range(0x400, 0x530) if chr(c) not in _RU_KZ_LETTERS))
_ODD_CHAR = re.compile("[\ue000-\uf8ff" + re.escape("".join(sorted(_ODD_SIGNS))) + "]")
_CYRILLIC = re.compile("[" + _RU_KZ_LETTERS + "]")
KAZAKH_ONLY = re.compile("[" + _KAZAKH_LETTERS + "]")
_LATIN = re.compile("[A-Za-z]")
_CASE_TURN = regex.compile(r"\p{Ll}\p{Lu}")
_RUSSIAN_WORD = re.compile("[\u0410-\u044fЁё]{3,}")
_LOOKALIKES = str.maketrans("әөүұқңғһіӘӨҮҰҚҢҒҺІ", "аоуукнгхиАОУУКНГХИ")


def odd_letters(lines: list[str]) -> tuple[float, float, int]:
    """(share of odd letters, share of Kazakh-only letters among Cyrillic ones, letters looked at) of a sample
    of the lines' words.  Private codes and odd signs count as letters.

    ['нРВЕР Н ПЕЮКХГЮЖХХ'] -> (0.94, 0.0, 16); ['Нысаналы индикатор', 'Ақпарат көзі'] -> (0.0, 0.11, 28)"""
    words = _sample(lines)
    cyrillic_words = [w for w in words if _CYRILLIC.search(w)]
    kazakh_words = sum(1 for w in cyrillic_words if KAZAKH_ONLY.search(w))
    in_kazakh = kazakh_words >= KAZAKH_PAGE * max(1, len(cyrillic_words))
    letters = odd = 0
    for word in words:
        n = len(word) if word.isalpha() else sum(1 for ch in word if ch.isalpha() or _is_odd_sign(ch))
        letters += n
        if n and _is_odd(word, n, in_kazakh):
            odd += n
    text = "".join(cyrillic_words)
    cyrillic = len(text) - len(_CYRILLIC.sub("", text))
    kazakh_share = (len(text) - len(KAZAKH_ONLY.sub("", text))) / cyrillic if cyrillic else 0.0
    return (odd / letters if letters else 0.0), kazakh_share, letters


def is_garbage(odd: float, kazakh: float, letters: int) -> bool:
    """Do the figures of odd_letters say the text layer is garbage?"""
    return letters >= MIN_LETTERS and (odd > ODD_SHARE_MAX or kazakh > KAZAKH_SHARE_MAX)


def _sample(lines: list[str]) -> list[str]:
    """Up to SAMPLE_WORDS words of the lines, punctuation around them dropped."""
    words: list[str] = []
    for line in lines:
        words.extend(w for w in (t.strip(_PUNCTUATION) for t in line.split()) if w)
        if len(words) >= SAMPLE_WORDS:
            return words[:SAMPLE_WORDS]
    return words


def _is_odd_sign(ch: str) -> bool:
    """Is the character a sign of a mojibake or a symbol font's private code?"""
    return ch in _ODD_SIGNS or "\ue000" <= ch <= "\uf8ff"


def _is_odd(word: str, letters: int, in_kazakh: bool) -> bool:
    """Is the word not a word of Russian, Kazakh or English text (see the module's docstring)?"""
    if _ODD_CHAR.search(word):
        return True
    cyrillic = _CYRILLIC.search(word) is not None
    if cyrillic and _LATIN.search(word):
        return True
    if letters >= CASE_TURN_MIN and not (word.islower() or word.istitle() or word.isupper()) and _CASE_TURN.search(word):
        return True
    if not cyrillic:
        return False
    if KAZAKH_ONLY.search(word):
        return letters >= LOOKALIKE_MIN and morph.is_known(word.translate(_LOOKALIKES).lower())
    if in_kazakh or not _RUSSIAN_WORD.fullmatch(word):
        return False
    if word.isupper() and letters <= ABBREVIATION_MAX:
        return False
    return not morph.is_known(word.lower())
