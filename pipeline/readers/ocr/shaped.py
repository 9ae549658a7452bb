"""Russian words read wholly in Latin signs of their letters' shapes, and an "о" read as "(0)", made Cyrillic again.

Where the recogniser loses the thread of a Russian word it reads the shapes it sees in Latin letters and pairs of
them: "ы" as "bI" or "BI", "л" as "JI", "п" as "TI", "ю" as "IO" ("BOJIOKOHHO-оптических", "TBIC. человек",
"BbITIOJIH ено"). scripts.in_russian_letters maps the single lookalikes only; here a word among Russian words
that still holds Latin letters is read as the small Cyrillic letters of its signs' shapes, and taken when the
dictionary knows the reading, or knows it together with the next word when that is a piece no dictionary knows
("BbITIOJIH" + "ено" -> "выполнено"). The letter "о" after a word, read as a bracketed zero a space apart
("системног (0)"), is that word's last letter when the two make a dictionary word. A Latin word of
latin_words.tsv cut before its last letters ("Transparenc y", "Internationa 1") is put back together.
"""
from __future__ import annotations

import functools

import regex

from pipeline import morph, vocabulary
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.fragments import merge_words, same_line
from pipeline.readers.ocr.wording import retext

# Letters and digits (and pairs of them) of the shape of a small Cyrillic letter, as the recogniser reads a
# word's rest in a typewriter face; pairs first: one Cyrillic letter read as two signs. A lone "я" on its line
# comes back as an "A", Latin or Cyrillic ("населени" / "A"), a capital no taller than the small letters.
SHAPES: dict[str, tuple[str, ...]] = {
    "bI": ("ы",), "bl": ("ы",), "b1": ("ы",), "JI": ("л",), "Jl": ("л",), "IO": ("ю",), "lo": ("ю",), "10": ("ю",),
    "Io": ("ю",), "1O": ("ю",),
    "a": ("а",), "A": ("а", "я"), "А": ("а", "я"), "b": ("ь",), "B": ("в",), "c": ("с",), "C": ("с",), "e": ("е",), "E": ("е",),
    "H": ("н",), "h": ("н",), "K": ("к",), "k": ("к",), "M": ("м",), "m": ("т",), "n": ("п",), "o": ("о",),
    "O": ("о",), "0": ("о",), "p": ("р",), "P": ("р",), "T": ("т", "г"), "u": ("и", "ц", "й"), "U": ("и", "й"),
    "x": ("х",), "X": ("х",), "y": ("у",), "Y": ("у",), "3": ("з",), "6": ("б",), "r": ("г",), "N": ("и",),
    "W": ("ш",), "w": ("ш",), "7": ("т",),
}
# Capital pairs the recogniser gives for one small letter, beside the pairs of SHAPES (the rest of a broken word)
PAIRS: dict[str, tuple[str, ...]] = {"BI": ("ы",), "Bl": ("ы",), "TI": ("п",), "Tl": ("п",)}
MAX_READINGS = 64  # readings of one word by shape tried at most
MIN_LETTERS = 3  # a word read by its shapes has at least this many letters
_PARTS = regex.compile(r"^(\W*)([\p{L}\d]+(?:-[\p{L}\d]+)*)(\W*)$")  # opening marks, a word (maybe compound), closing
_LATIN = regex.compile(r"\p{Latin}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_SMALL_CYRILLIC = regex.compile(r"^\p{Ll}+$")
_BRACKETED_ZERO = regex.compile(r"^\((?:0|о|О|o|O)\)(\W*)$")
_SENTENCE_END = regex.compile(r"[.!?]$")
_LATIN_HEAD = regex.compile(r"^(\W*)(\p{Latin}{2,})$")
_LATIN_REST = regex.compile(r"^([\p{Latin}1|]{1,3})(\W*)$")
_FOLD = str.maketrans("1|I", "lll")  # an "l" read as a "1", a bar or an "I"


def cyrillic_by_shapes(words: list[Word]) -> None:
    """Words in Latin shapes among Russian words read in Cyrillic, and "(0)" joined as an "о" (in place).

    A narrow table cell puts a word on each line ("Не" / "BbITIOJIH" / "ено"): there the words of the lines before
    and after in the cell are the neighbours."""
    k = 0
    while k < len(words):
        word = words[k]
        before = words[k - 1] if k and (same_line(words[k - 1], word) or _same_cell(words[k - 1], word)) else None
        after = words[k + 1] if k + 1 < len(words) and (same_line(word, words[k + 1]) or _same_cell(word, words[k + 1])) else None
        if before is not None and _bracketed_o(before, word):
            del words[k]
            continue
        if after is not None and _latin_pieces(word, after):
            del words[k + 1]
            continue
        if (_LATIN.search(word.text) and word.text.strip(".,;:()«»") not in _latin_words()
                and _among_russian(word, before, after, words)):
            if _read_by_shapes(word, before, after, joins=after is not None and same_line(word, after)):
                del words[k + 1]
        k += 1


def _among_russian(word: Word, before: Word | None, after: Word | None, words: list[Word]) -> bool:
    if any(w is not None and _CYRILLIC.search(w.text) for w in (before, after)):
        return True
    return word.block >= 0 and sum(1 for w in words if w.block == word.block) == 1


def _bracketed_o(before: Word, word: Word) -> bool:
    """"системног" "(0)" -> "системного": the bracketed zero is an "о" ending the word before (in place: the word
    before gets the letter after its last one; the bracketed zero is to be dropped)."""
    match = _BRACKETED_ZERO.match(word.text)
    head = regex.match(r"^(\W*)(\p{Cyrillic}+)$", before.text)
    if not match or not head or not head.group(2)[1:].islower() or not morph.is_known((head.group(2) + "о").lower()):
        return False
    last = before.letters[-1] if before.letters else Letter("", before.x0, before.x1, before.top, before.bottom)
    width = max(1.0, (before.x1 - before.x0) / max(1, len(before.text)))
    before.letters = [*before.letters, Letter("о", last.x1, last.x1 + width, last.top, last.bottom)]
    before.letters += [Letter(ch, last.x1 + width, last.x1 + width, last.top, last.bottom) for ch in match.group(1)]
    before.text = "".join(letter.text for letter in before.letters)
    before.x1 = max(before.x1, round(last.x1 + width))
    before.confidence = min(before.confidence, word.confidence)
    return True


def _same_cell(a: Word, b: Word) -> bool:
    """Do the words stand in one table cell, b on the line after a's ("системног" / "(0)")?"""
    return a.block >= 0 and a.block == b.block and b.line == a.line + 1


def _read_by_shapes(word: Word, before: Word | None, after: Word | None, joins: bool = True) -> bool:
    """The word made the Cyrillic word its signs' shapes read as (in place); True when the next word was taken
    into it as its rest. joins=False: the next word stands on the next line of the cell; the word is then read as
    the head the next line completes ("BbITIOJIH" / "ено" -> "выполн" / "ено", which the PDF reader joins)."""
    parts = _PARTS.match(word.text)
    if not parts:
        return False
    pieces = parts.group(2).split("-")
    rest = None
    if after is not None and parts.group(3) == "-" and (compound := regex.match(r"^\p{Ll}+", after.text)):
        pieces.append(compound.group())  # "BOJIOKOHHO-" / "оптических": the compound's rest on the next line
        compound_read = _read_pieces(pieces, None)
        if compound_read is None:
            return False
        retext(word, parts.group(1) + "-".join(compound_read[0][:-1]) + "-", spread=True)
        return False
    if after is not None and not parts.group(3):
        rest_match = regex.match(r"^(\p{Cyrillic}+)(\W*)$", after.text)
        if rest_match and _SMALL_CYRILLIC.match(rest_match.group(1)) and not morph.is_known(rest_match.group(1)):
            rest = rest_match
    found = _read_pieces(pieces, rest.group(1) if rest is not None else None)
    if found is None:
        return False
    read, joined = found
    if joined and rest is not None and not joins:
        read[-1], joined = read[-1][:len(read[-1]) - len(rest.group(1))], False
    text = "-".join(read)
    if _capitalised(word, before, parts.group(2)):
        text = text[:1].upper() + text[1:]
    if joined and after is not None and rest is not None:
        merge_words([word, after], parts.group(1) + text + rest.group(2))
        retext(word, word.text, spread=True)
        return True
    retext(word, parts.group(1) + text + parts.group(3), spread=True)
    return False


def _read_pieces(pieces: list[str], rest: str | None) -> tuple[list[str], bool] | None:
    """Each piece of a (compound) word in Latin signs read in Cyrillic, and whether the last reading holds `rest`
    (a piece no dictionary knows after the last one, which may be its end); None when a piece reads as no word."""
    read: list[str] = []
    joined = False
    for n, piece in enumerate(pieces):
        if not _LATIN.search(piece):
            read.append(piece)
            continue
        whole = "-".join(pieces[n + 1:])  # "волоконно" is known only in "волоконно-оптических"
        reading = _known_reading(piece) or _known_reading(piece, "-" + whole if whole and not _LATIN.search(whole) else "")
        if reading is not None and whole and reading.endswith("-" + whole):
            reading = reading[:len(reading) - len(whole) - 1]
        if reading is None and n == len(pieces) - 1 and rest is not None:
            reading = _known_reading(piece, rest)
            joined = reading is not None
        if reading is None:
            return None
        read.append(reading)
    return read, joined


def _known_reading(signs: str, rest: str = "") -> str | None:
    """The first reading of the signs as small Cyrillic letters that the dictionary knows (with `rest` after it)."""
    if len(signs) < MIN_LETTERS or morph.is_known(signs.lower()):
        return None
    # capitals read one for one are an abbreviation's ("AMC" is no "ямс"); a pair read as one letter ("TBIC") is not
    capitals = signs.isupper()
    return next((reading + rest for reading in readings_by_shape(signs, PAIRS)
                 if (not capitals or len(reading) < len(signs)) and morph.is_known((reading + rest).lower())), None)


def readings_by_shape(text: str, pairs: dict[str, tuple[str, ...]] | None = None,
                      limit: int = MAX_READINGS) -> list[str]:
    """Every reading of the signs as small Cyrillic letters of their shapes ("bHbIMU" -> "ьнымп", "ьными", ...), at
    most `limit`; `pairs` are read before SHAPES. [] when a sign has no such shape."""
    out: list[str] = []

    def walk(k: int, made: str) -> None:
        if len(out) >= limit:
            return
        if k == len(text):
            out.append(made)
            return
        for size in (2, 1):
            piece = text[k:k + size]
            if len(piece) < size:
                continue
            letters = (pairs or {}).get(piece) or SHAPES.get(piece)
            if letters is None and size == 1 and _CYRILLIC.match(piece):
                letters = (piece.lower(),)
            for letter in letters or ():
                walk(k + size, made + letter)

    walk(0, "")
    return out


def _capitalised(word: Word, before: Word | None, signs: str) -> bool:
    """Does the word keep a capital: its first sign a capital before small ones ("BbITIOJIH", not "TBIC"), at
    the start of its run or after a sentence's end?"""
    opens = before is None or bool(_SENTENCE_END.search(before.text))
    return opens and signs[:1].isupper() and any(ch.islower() for ch in signs[1:])


def _latin_pieces(word: Word, after: Word) -> bool:
    """"Transparenc" "y" -> "Transparency" (in place: the word takes the next one): a listed Latin word parted
    before its last letters (up to three), an "l" maybe read as a "1" or a bar."""
    head, rest = _LATIN_HEAD.match(word.text), _LATIN_REST.match(after.text)
    if not head or not rest or head.group(2) in _latin_words():
        return False
    whole = _folded_latin_words().get((head.group(2) + rest.group(1)).translate(_FOLD).lower())
    if whole is None:
        return False
    if same_line(word, after):
        merge_words([word, after], head.group(1) + whole + rest.group(2))
    # on the next line of a cell ("Transparenc" / "y"): the word's box keeps its line, its letters the whole word
    retext(word, head.group(1) + whole + rest.group(2), spread=True)
    return True


@functools.cache
def _latin_words() -> frozenset[str]:
    return frozenset(vocabulary.words("latin_words"))


@functools.cache
def _folded_latin_words() -> dict[str, str]:
    return {word.translate(_FOLD).lower(): word for word in _latin_words()}
