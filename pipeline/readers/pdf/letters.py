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

import regex

from pipeline import morph

SAMPLE_WORDS = 80  # the words of a page looked at (a dense page has a thousand; the first lines tell as well)
MIN_LETTERS = 12  # with fewer letters than this on a page, nothing is judged ('1 2 3 4', '12,5 тыс. тенге')
ODD_SHARE_MAX = 0.5  # a page whose share of odd letters is above this is garbage
KAZAKH_SHARE_MAX = 0.4  # ... or whose Kazakh-only letters are above this share of its Cyrillic letters
KAZAKH_PAGE = 0.1  # a page with this share of Kazakh-lettered words is Kazakh: a Russian dictionary says nothing
ABBREVIATION_MAX = 5  # a word in capitals of at most this many letters is taken for an abbreviation ('НИОКР')
CASE_TURN_MIN = 4  # a word of fewer letters may turn to a capital inside ('кВт', 'МВт')
LOOKALIKE_MIN = 4  # a Kazakh-lettered word read as Russian is judged from this many letters

_PUNCTUATION = "\"'«»„“”()[]{}.,;:!?…*·•-‐‑–—/\\|"
_COUNTED = regex.compile(r"[\p{L}\p{Co}]")  # letters, and a symbol font's private codes (and _ODD_SIGN below)
_RU_KZ_LETTERS = r"\u0410-\u044fЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_ODD_CHAR = regex.compile(r"[\p{Co}\u00c0-\u024f<=>?@^_`{}~\u00a4\u00a6\u00a8\u00ac\u00ae\u00af\u2020\u2021\u2030"
                          r"\u2039\u203a\u20ac\u2122[\p{Cyrillic}--[" + _RU_KZ_LETTERS + "]]]", regex.V1)
_ODD_SIGN = regex.compile(r"(?=[^\p{L}\p{Co}])" + _ODD_CHAR.pattern, regex.V1)  # '¤', '§' of a mojibake count too
_RU_KZ = regex.compile("[" + _RU_KZ_LETTERS + "]")
_KAZAKH_ONLY = regex.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LATIN = regex.compile(r"[A-Za-z]")
_CASE_TURN = regex.compile(r"\p{Ll}\p{Lu}")
_RUSSIAN_WORD = regex.compile(r"^[\u0410-\u044fЁё]{3,}$")
_LOOKALIKES = str.maketrans("әөүұқңғһіӘӨҮҰҚҢҒҺІ", "аоуукнгхиАОУУКНГХИ")


def odd_letters(lines: list[str]) -> tuple[float, float, int]:
    """(share of odd letters, share of Kazakh-only letters among Cyrillic ones, letters looked at) of a sample
    of the lines' words.

    ['нРВЕР Н ПЕЮКХГЮЖХХ'] -> (1.0, 0.0, 15); ['Нысаналы индикатор', 'Ақпарат көзі'] -> (0.0, 0.1, 30)"""
    words = _sample(lines)
    kazakh = sum(1 for w in words if _KAZAKH_ONLY.search(w))
    in_kazakh = kazakh >= KAZAKH_PAGE * max(1, sum(1 for w in words if _RU_KZ.search(w)))
    letters = odd = 0
    for word in words:
        n = len(_COUNTED.findall(word)) + len(_ODD_SIGN.findall(word))
        letters += n
        if n and _is_odd(word, n, in_kazakh):
            odd += n
    text = "".join(words)
    cyrillic = len(_RU_KZ.findall(text))
    kazakh_share = len(_KAZAKH_ONLY.findall(text)) / cyrillic if cyrillic else 0.0
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


def _is_odd(word: str, letters: int, in_kazakh: bool) -> bool:
    """Is the word not a word of Russian, Kazakh or English text (see the module's docstring)?"""
    if _ODD_CHAR.search(word):
        return True
    cyrillic = _RU_KZ.search(word) is not None
    if cyrillic and _LATIN.search(word):
        return True
    if letters >= CASE_TURN_MIN and _CASE_TURN.search(word):
        return True
    if not cyrillic:
        return False
    if _KAZAKH_ONLY.search(word):
        return letters >= LOOKALIKE_MIN and morph.is_known(word.translate(_LOOKALIKES).lower())
    if in_kazakh or not _RUSSIAN_WORD.match(word):
        return False
    if word.isupper() and letters <= ABBREVIATION_MAX:
        return False
    return not morph.is_known(word.lower())
