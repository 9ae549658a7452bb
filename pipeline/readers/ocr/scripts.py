"""Russian words read with marks and letters that Russian text does not use: Latin lookalikes and single quotes.

Tesseract reads Russian, Kazakh and English at once, and a Russian word now and then comes back with Latin
letters of the same shape ("Ha" for "На", "B" for "В", "Kазахстан"), or with a speck of dust before it read
as a single quote ("‘услуг"). Russian typing quotes with « » and „ “, never with ‘ ’, and no word mixes
the two alphabets; so:
  - a word mixing Cyrillic and Latin letters gets the Cyrillic letter for each Latin lookalike;
  - a word in Latin letters alone, every one a lookalike, standing among Cyrillic words or alone in a table
    cell, becomes Cyrillic when that makes a dictionary word ("Ha" -> "На", a unit cell "KM" -> "КМ", which
    the case by height then makes "км"; "Digital", "SMART", "CO2" stay), or when it is an
    abbreviation in capitals with a "3" inside, which is a "З" ("MTC3H" -> "МТСЗН");
  - a single quote glued to a Russian word, with no partner in the word, is dropped ("‘урожайности");
  - a vertical bar standing as a word between Russian words is the roman numeral one ("в | квартале"):
    Russian text has no use for a bar (one reaching below the baseline is a ruling's or bracket's piece, and is
    dropped: "данных, | внедрение"); so is a lone Kazakh "І" before a Russian word, or a run of them ("в І
    квартале", "— ІІ квартал"): no Kazakh word is that letter alone, and Russian has no such letter;
  - a word still in Latin signs after that is read by the shapes of its letters and pairs of them (shaped.py);
  - a word no Russian dictionary knows, read in the Cyrillic letters of a Latin word's shapes, is the word of
    latin_words.tsv it folds to ("еСоу" -> "eGov", "4С" -> "4G", "Тесһ" -> "Tech", "Тгапзрагепсу" ->
    "Transparency", "(СС!)" -> "(GCI)"): the Russian model
    reads the Latin words of a Russian report with the letters it knows best.
"""
from __future__ import annotations

import functools

import regex

from pipeline import morph, vocabulary
from pipeline.readers.ocr.engine import Word
from pipeline.readers.ocr.shaped import cyrillic_by_shapes
from pipeline.readers.ocr.wording import retext

LATIN_TO_CYRILLIC = dict(zip("ABCEHKMOPTXYaceopxy", "АВСЕНКМОРТХУасеорху", strict=True))
SINGLE_QUOTES = "‘’'`‚"
BARS = ("|", "¦")  # what the recogniser makes of a roman "I" standing alone
_KAZAKH_I_RUN = regex.compile(r"^І{1,3}$")  # ... or the Kazakh "І" ("в І квартале"), once to three times
BAR_DESCENT = 0.2  # a bar reaching this much (x the line height) below the baseline is no numeral (seen: 0.35-0.37)
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_LETTERS = regex.compile(r"^\p{L}+$")
# Letters of one shape in either alphabet (and those the Russian model takes a Latin letter's shape for: a "G"
# for a "С" or "б", a "v" for a "у", an "S" for a "5", an "n" for a "п", an "s" for a "з", an "I" for a "!"), each
# folded to one sign, to compare a reading with a Latin word.
SHAPE_SIGNS = str.maketrans(dict(zip("АаВЕеКкМНОоРрСсТУуХхІіһЅгбGv0l1|RSпз!", "AaBEeKkMHOoPpCcTYyXxIih5rCCyOIIIK5nsI",
                                     strict=True)))
_LATIN_CORE = regex.compile(r"^([«(\[\"]*)(.+?)([»)\]\".,;:]*)$")
_CAPITALS_WITH_THREE = regex.compile(r"^\p{Lu}+(?:3\p{Lu}+)+$")  # "MTC3H", "ЗA3"-like: capitals with a "3" inside


def in_russian_letters(words: list[Word]) -> None:
    """Latin lookalikes and stray single quotes of Russian words put right, in place (letters and text)."""
    by_run: dict[tuple[str, int], list[Word]] = {}
    for word in words:
        # A table cell's words are one run of text: a word alone on its line in a narrow cell ("частич" / "HO")
        # has its neighbours on the lines before and after.
        by_run.setdefault(("block", word.block) if word.block >= 0 else ("line", word.line), []).append(word)
    strays: list[Word] = []
    for run in by_run.values():
        for k, word in enumerate(run):
            _without_stray_quote(word)
            neighbours = run[max(0, k - 1):k] + run[k + 1:k + 2]
            # A table cell of one word ("KM" in a unit column) has no neighbour to tell its alphabet: the
            # dictionary alone decides, as it does among Cyrillic words.
            alone_in_cell = word.block >= 0 and len(run) == 1
            if _KAZAKH_I_RUN.match(word.text) and run[k + 1:k + 2] and _CYRILLIC.search(run[k + 1].text):
                retext(word, "I" * len(word.text))  # "в І квартале", "— ІІ квартал"
                continue
            if word.text in BARS and len(neighbours) == 2 and all(_CYRILLIC.search(n.text) for n in neighbours):
                if word.bottom - word.baseline > BAR_DESCENT * word.size:
                    strays.append(word)  # a piece of a ruling or a bracket: a numeral stands on the baseline
                else:
                    retext(word, "I")
                continue
            _cyrillic_lookalikes(word, alone_in_cell or any(_CYRILLIC.search(n.text) for n in neighbours))
            _latin_word(word)
    if strays:
        words[:] = [w for w in words if not any(w is s for s in strays)]
    cyrillic_by_shapes(words)


def _cyrillic_lookalikes(word: Word, among_cyrillic: bool) -> None:
    if among_cyrillic and _CAPITALS_WITH_THREE.match(word.text) and all(ch in LATIN_TO_CYRILLIC for ch in word.text
                                                                        if ch.isalpha() and _LATIN.match(ch)):
        # "MTC3H" for "МТСЗН": a "3" inside a word of capitals is a "З" (no Latin letter has its shape)
        word.letters = [letter._replace(text="З" if letter.text == "3" else LATIN_TO_CYRILLIC.get(letter.text, letter.text))
                        for letter in word.letters]
        word.text = "".join(letter.text for letter in word.letters)
        return
    letters = [letter.text for letter in word.letters]
    core = "".join(ch for ch in letters if ch.isalpha())
    latin = [ch for ch in core if _LATIN.match(ch)]
    if not latin or any(ch not in LATIN_TO_CYRILLIC for ch in latin):
        return
    mixed = bool(_CYRILLIC.search(core))
    if not mixed:
        text = "".join(letters)
        converted = "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in core)
        if not (among_cyrillic and _LETTERS.match(text.rstrip(".,;:")) and morph.is_known(converted.lower())):
            return
    word.letters = [letter._replace(text=LATIN_TO_CYRILLIC.get(letter.text, letter.text)) for letter in word.letters]
    word.text = "".join(letter.text for letter in word.letters)


@functools.cache
def _latin_words() -> dict[str, str]:
    """The Latin words of latin_words.tsv by their shapes' signs: {"eCoy": "eGov", ...}."""
    return {word.translate(SHAPE_SIGNS): word for word in vocabulary.words("latin_words")}


def _latin_word(word: Word) -> None:
    """"еСоу" -> "eGov", "(ССІ)" -> "(GCI)": a word in the Cyrillic letters of a listed Latin word's shapes."""
    match = _LATIN_CORE.match(word.text)
    if not match or not _CYRILLIC.search(match.group(2)):
        return
    core = match.group(2)
    latin = _latin_words().get(core.translate(SHAPE_SIGNS))
    if latin is None or morph.is_known(core.lower()):
        return
    retext(word, match.group(1) + latin + match.group(3), spread=True)


def _without_stray_quote(word: Word) -> None:
    """'‘услуг' -> 'услуг', 'с’' -> 'с': a single quote at a Cyrillic word's edge with no other in the word."""
    letters = word.letters
    if len(letters) < 2 or sum(letter.text in SINGLE_QUOTES for letter in letters) != 1:
        return
    for edge, inner in ((0, 1), (-1, -2)):
        if letters[edge].text in SINGLE_QUOTES and _CYRILLIC.match(letters[inner].text):
            del letters[edge]
            word.x0, word.x1 = round(min(x.x0 for x in letters)), round(max(x.x1 for x in letters))
            word.text = "".join(letter.text for letter in letters)
            return

