"""Words and cells made right by closed lists, after their letters were (reading.py).

Some misreadings no letter's shape or box settles, but a list does:
  - a table cell whose whole text is a status wording ("Достигнут", "Не исполнено", "Исполнено частично")
    read with a letter wrong or in lookalike Latin letters and digits ("Дocтигнyт", "Hе дocтuгнут",
    "Испoлнeно чacтичн0"): the cell becomes the one wording of statuses.tsv it is nearest to, when it is
    near one (letters compared by their shapes) and nearer to it than to any other; written with a capital,
    as a status cell is (a small first letter is the case guessed wrong on a short line: "исполнено");
  - a status cell's done word broken before its ending by a narrow column, the ending on a line of its own
    misread ("Выполнен" / "е)", "Достигнут" / "fe)"): the word takes the ending the page's other status cells
    write most ("Выполнено"), the misread marks dropped;
  - a goal's number whose first digit is a digit of another's shape than its direction's ("Стратегическое
    направление 3. ..." / "Цель 5.1"): a goal's number starts with its direction's, so it takes that digit;
  - a Kazakh letter read as the Russian letter it is drawn on ("Қазақстан" read "Казакстан"): a word the
    Russian dictionary does not know that is a word of kazakh_words.tsv once its Kazakh letters are read
    that way becomes that word;
  - a semicolon between digits ("12;5") is a decimal comma that a speck of dust made taller: Russian text
    writes no semicolon between digits without a space;
  - a cell holding only a "no value" mark of missing_values.tsv read with a capital after a small letter
    ("н/Д"): the case guessed wrong on a cell too short to compare letters, written as the list writes it.
"""
from __future__ import annotations

import functools
import itertools
from collections import Counter

import regex
from rapidfuzz.distance import Levenshtein

from pipeline import morph, vocabulary
from pipeline.readers.ocr.engine import Letter, Word
from pipeline.readers.ocr.fragments import FIRST_PIECE, NEXT_PIECE

# Kazakh letters and the Russian (or Latin) letters of their shape that Tesseract reads them as.
KAZAKH_AS_RUSSIAN = str.maketrans("ҚқҒғҢңӨөҰұҮүҺһ", "КкГгНнОоУуУуНн")
# What a letter may be read as in a status cell, folded to one letter: Latin lookalikes (capitals first: a "B"
# is a "В", a "b" a "ь"), digits of a letter's shape, letters told apart only by a mark that blur loses.
# The cell and the wordings are compared folded.
LETTER_DIGITS = "036"  # digits that stand for letters of their shape in a status cell ("0" for "о")
CAPITALS_FOLD = str.maketrans(dict(zip("ABCEHKMOPTXY", "АВСЕНКМОРТХУ", strict=True)))
SHAPE_FOLD = str.maketrans(dict(zip("abcehkmoprtuxy" + LETTER_DIGITS + "йёъщц", "аьсенкморгтихуозбиеьшп", strict=True)))
STATUS_CLOSE = 0.15  # a cell at most this share of the wording's letters (folded) away from it reads as the wording
STATUS_MIN_LETTERS = 6  # shorter cells are left as read: too little to tell one wording from another
DONE_ENDINGS = ("", "о", "а", "ы")  # "Исполнен", "Исполнено", "Достигнута", "Выполнены"
MAX_ENDING_MARKS = 3  # a one-letter ending misread is at most this many marks ("fe)" for "о")
DIRECTION_WORD, GOAL_WORD = "направлени", "цель"  # "Стратегическое направление 3.", "Цель 3.1"
# Digits the recogniser takes for one another in the report fonts of the benchmark's scans (PT Sans's "3" as "5").
DIGITS_ALIKE = frozenset(frozenset(pair) for pair in ("35", "38", "56", "68", "17", "08"))
_LEADING_NUMBER = regex.compile(r"^(\d)(?=[.:]|$)")
_GOAL_NUMBER = regex.compile(r"\d\.\d")  # "3.1": a goal's number, its direction's first
_NOT_LETTERS = regex.compile(r"[^\p{L}]+")
_SEMICOLON_BETWEEN_DIGITS = regex.compile(r"(?<=\d);(?=\d)")
_LETTERS_AND_SPACES = regex.compile(r"^[\p{L} ]+$")
_WORDING_MARKS = regex.compile(r"^[\p{L} ]+(?: \(\p{L}+\))?$")  # a wording, maybe with its bracketed remark
_MARKED_WORD = regex.compile(rf"^([^\p{{L}}{LETTER_DIGITS}]*)([\p{{L}}{LETTER_DIGITS}]+)([^\p{{L}}{LETTER_DIGITS}]*)$")


def by_closed_lists(words: list[Word]) -> None:
    """Status cells, Kazakh words and semicolons between digits put right (in place; dropped words removed)."""
    for word in words:
        _semicolon_between_digits(word)
        _kazakh_letters(word)
    for head, rest in itertools.pairwise(words):
        _kazakh_broken(head, rest)
    for run in ([w for w in words if w.block >= 0], [w for w in words if w.block < 0]):
        _goal_numbers(run)
    cells: dict[int, list[Word]] = {}
    for word in words:
        if word.block >= 0:
            cells.setdefault(word.block, []).append(word)
    dropped: list[Word] = []
    for cell in cells.values():
        _missing_value_cell(cell)
        dropped += _status_cell(cell)
    kept = [[w for w in cell if not any(w is d for d in dropped)] for cell in cells.values()]
    endings = _status_endings(kept)
    for cell in kept:
        dropped += _ending_misread(cell, endings)
    if dropped:
        words[:] = [w for w in words if not any(w is d for d in dropped)]


def _goal_numbers(words: list[Word]) -> None:
    """"Стратегическое направление 3. ... Цель 5.1" -> "Цель 3.1": a goal's number starts with its direction's,
    and a goal whose first number is a digit of another's shape ("5" for "3") under a direction read on the
    page before it takes the direction's (in place; words in reading order)."""
    direction = None
    for word, after in itertools.pairwise(words):
        lead = _LEADING_NUMBER.match(after.text)
        if lead is None:
            continue
        if word.text.lower().startswith(DIRECTION_WORD):
            direction = lead.group(1)
        elif word.text.lower() == GOAL_WORD and direction is not None and _GOAL_NUMBER.match(after.text):
            first = lead.group(1)
            if first != direction and frozenset((first, direction)) in DIGITS_ALIKE:
                retext(after, direction + after.text[len(first):])


def _semicolon_between_digits(word: Word) -> None:
    """"12;5" -> "12,5"."""
    if ";" in word.text and _SEMICOLON_BETWEEN_DIGITS.search(word.text):
        word.letters = [letter._replace(text=",") if letter.text == ";" and 0 < k < len(word.letters) - 1
                        and word.letters[k - 1].text.isdigit() and word.letters[k + 1].text.isdigit() else letter
                        for k, letter in enumerate(word.letters)]
        word.text = _SEMICOLON_BETWEEN_DIGITS.sub(",", word.text)


@functools.cache
def _kazakh_words() -> dict[str, str]:
    """Kazakh words by their reading in Russian letters, lower case: {"казакстан": "Қазақстан"}."""
    return {word.translate(KAZAKH_AS_RUSSIAN).lower(): word for word in vocabulary.words("kazakh_words")}


def _kazakh_letters(word: Word) -> None:
    """"«Казакстан" -> "«Қазақстан": Kazakh letters given back to a word the Russian dictionary does not know."""
    match = regex.match(r"^(\W*)(\p{Cyrillic}+(?:-\p{Cyrillic}+)*)(\W*)$", word.text)
    if not match:
        return
    core = match.group(2)
    kazakh = _kazakh_words().get(core.translate(KAZAKH_AS_RUSSIAN).lower())
    if kazakh is None or kazakh == core or morph.is_known(core.lower()):
        return
    if core[0].islower():
        kazakh = kazakh[0].lower() + kazakh[1:]
    retext(word, match.group(1) + kazakh + match.group(3))




def _kazakh_broken(head: Word, rest: Word) -> None:
    """"«Казакс" / "тан" -> "«Қазақс" / "тан": a word of kazakh_words.tsv that a narrow cell broke at its line end
    gets its Kazakh letters back in both parts (in place), as a whole one does."""
    if head.block != rest.block or rest.line == head.line:
        return
    first, last = FIRST_PIECE.match(head.text), NEXT_PIECE.match(rest.text)  # its part before the line end, its rest
    if not first or not last:
        return
    core = first.group(2) + last.group(1)
    kazakh = _kazakh_words().get(core.translate(KAZAKH_AS_RUSSIAN).lower())
    if kazakh is None or kazakh == core or morph.is_known(core.lower()):
        return
    if core[0].islower():
        kazakh = kazakh[0].lower() + kazakh[1:]
    cut = len(first.group(2))
    if kazakh[:cut] != first.group(2):
        retext(head, first.group(1) + kazakh[:cut])
    if kazakh[cut:] != last.group(1):
        retext(rest, kazakh[cut:] + last.group(2))


# ------------------------------------------------------------------------------------------------- statuses
@functools.cache
def status_wordings() -> dict[str, str]:
    """Every status wording a cell may hold, by its folded letters: {"достигнут": "Достигнут", ...}.

    Built from statuses.tsv: a done word in each ending, with or without "не" before it, "частично" before or
    after it, or a degree after it ("в полном объеме", "не в полном объеме"); and the wordings of a measure
    still under way. Where two wordings fold alike the first is kept."""
    done = [stem + ending for stem in vocabulary.words("statuses", role="done") for ending in DONE_ENDINGS]
    cores = done + ["не " + word for word in done]
    partial = vocabulary.words("statuses", role="partial")
    full = vocabulary.words("statuses", role="full")
    before = [w for w in partial if " " not in w]  # "частично исполнено"
    phrases = list(cores)
    phrases += [f"{p} {c}" for p, c in itertools.product(before, done)]
    phrases += [f"{c} {p}" for c, p in itertools.product(done, partial + full)]
    phrases += [f"{a} ({b})" for a, b in itertools.product(done, done) if a != b and b.startswith("перевыполн")]
    phrases += list(vocabulary.words("statuses", role="in_progress"))
    out: dict[str, str] = {}
    for phrase in phrases:
        out.setdefault(_folded(phrase), phrase[0].upper() + phrase[1:])
    return out


def _folded(text: str) -> str:
    """Lower case, lookalikes folded, only letters: "Hе дocтигнут" -> "недостигнут"."""
    return _NOT_LETTERS.sub("", text.translate(CAPITALS_FOLD).lower().translate(SHAPE_FOLD))


def nearest_status(text: str) -> str | None:
    """The status wording the cell's text is a misreading of, or None ("Дocтигнyт" -> "Достигнут").

    None when the text is a wording already, too short or too far from every wording, or as near to two."""
    folded = _folded(text)
    wordings = status_wordings()
    if len(folded) < STATUS_MIN_LETTERS or any(ch.isdigit() and ch not in LETTER_DIGITS for ch in text):
        return None
    if folded in wordings:
        return wordings[folded] if _needs_retext(text, wordings[folded]) else None
    if all(morph.is_known(w) for w in _NOT_LETTERS.split(text.lower()) if w):
        return None  # dictionary words read as they stand ("Исполнение" in a header) are no misreading
    if any(key.startswith(folded) for key in wordings):
        return None  # a wording's beginning, read right: its rest stands below, on the next page ("Исполне" / "но")
    limit = max(1, int(STATUS_CLOSE * len(folded)))
    scored = sorted((Levenshtein.distance(folded, key, score_cutoff=limit + 1), key) for key in wordings)
    best, key = scored[0]
    if best > limit or (len(scored) > 1 and scored[1][0] == best):
        return None
    return wordings[key]


def _needs_retext(text: str, wording: str) -> bool:
    """Does a cell whose letters fold to a wording read otherwise (Latin letters, digits, case, a bracket)?"""
    return " ".join(text.split()) != wording


def _status_cell(cell: list[Word]) -> list[Word]:
    """A cell read as a near miss of a status wording gets the wording's words (in place): its first words
    take the wording's words one each, the last of them the rest; the words left over are returned, to drop."""
    text = " ".join(w.text for w in cell)
    wording = nearest_status(text)
    if wording is None:
        return _status_opening(cell)
    if _folded(text) == _folded(wording) and _LETTERS_AND_SPACES.match(wording):
        return _given_wording(cell, wording)  # its letters as read, its words parted otherwise: "нев" -> "не в"
    parts = wording.split()
    if len(parts) > len(cell):
        parts = parts[:len(cell) - 1] + [" ".join(parts[len(cell) - 1:])]
    last, extra = cell[len(parts) - 1], cell[len(parts):]
    last.x1 = max([last.x1] + [w.x1 for w in extra if w.line == last.line])  # the dropped words' room
    for word, part in zip(cell, parts, strict=False):
        retext(word, part, spread=word is last and bool(extra))
    return extra


def _status_opening(cell: list[Word]) -> list[Word]:
    """A cell opening with a status wording, a remark after it, whose words the narrow column parted or glued
    otherwise than the wording ("Испол" / "нено" / "нев" / "полно" / "м" / "объем" / "е" / "Работ" / "ы ...",
    "Выполнен" / "о частично" / "Исполнение продолжается"): the longest run of first words whose letters, folded
    by shape and without spaces, are exactly a wording's is given the wording's words, each to the word its
    first letter was read in (in place). Returns the words left without a letter of the wording, to drop."""
    run = _wording_run(cell, status_wordings())
    if run is None and cell[0].text[:1].islower():
        run = _wording_run(cell, _degree_wordings())  # "Исполнено" / (page) "нев полном объеме – ..."
    if run is None:
        return []
    words, wording = run
    if words[0].text[:1].islower():
        wording = wording[0].lower() + wording[1:]  # a wording's rest on a page after its first word ("Не" / "достигн")
    return _given_wording(words, wording)


def _given_wording(words: list[Word], wording: str) -> list[Word]:
    """Words whose folded letters are the wording's given its words, each to the word its first letter was read in
    (in place); returns the words left without one, to drop."""
    owner = _word_of_each_letter(words)
    given: dict[int, list[str]] = {}
    at = 0
    for part in wording.split():
        given.setdefault(owner[at], []).append(part)
        at += len(_folded(part))
    texts = {i: " ".join(parts) for i, parts in given.items()}
    kept = sorted(texts)
    tail = _core(words[-1].text)[2]
    marked = {i: _with_marks(words[i].text, texts[i], tail if i == kept[-1] else None) for i in kept}
    if all(words[i].text == marked[i] for i in kept) and len(kept) == len(words):
        return []
    for i in kept:
        retext(words[i], marked[i], spread=True)
    last = words[kept[-1]]
    last.x1 = max([last.x1] + [w.x1 for w in words[kept[-1] + 1:] if w.line == last.line])
    return [w for i, w in enumerate(words) if i not in texts]


def _with_marks(text: str, part: str, tail: str | None) -> str:
    """The wording's part with the marks the word was read with before and after its letters (after the last
    part, the last word's: `tail`); the brackets of a remark ("(перевыполнен)") only as read: one on the next
    page ("(перевыполнен" / page / ")") is not written twice."""
    lead, _, trail = _core(text)
    return lead + part.strip("()") + (trail if tail is None else tail)


@functools.cache
def _degree_wordings() -> dict[str, str]:
    """What follows a done word in a status wording ("не в полном объеме", "частично"), by its folded letters: a
    status cell broken by a page goes on with it on the next."""
    phrases = vocabulary.words("statuses", role="partial") + vocabulary.words("statuses", role="full")
    out: dict[str, str] = {}
    for phrase in phrases:
        out.setdefault(_folded(phrase), phrase)  # "объеме" before "объёме"
    return out


def _wording_run(cell: list[Word], wordings: dict[str, str]) -> tuple[list[Word], str] | None:
    """The longest run of the cell's first words (more words following) whose folded letters are a wording's."""
    longest = max(map(len, wordings))
    folded, best = "", None
    for k, word in enumerate(cell[:-1], 1):
        letters = _folded(word.text)
        if not letters or not _core(word.text)[1]:
            break  # a dash or a mark alone: no status wording goes on past it
        folded += letters
        if len(folded) > longest:
            break
        wording = wordings.get(folded)
        if wording and len(folded) >= STATUS_MIN_LETTERS and _WORDING_MARKS.match(wording) and (
                "(" not in wording or "(" in "".join(w.text for w in cell[:k])):
            best = (cell[:k], wording)  # "Достигну" / "т" / "(перевыпо" / "лнен)" / "Превышение ..."
    return best


def _word_of_each_letter(words: list[Word]) -> list[int]:
    """For each folded letter of the words in turn, the index of the word it was read in."""
    return [i for i, word in enumerate(words) for _ in _folded(word.text)]


def _core(text: str) -> tuple[str, str, str]:
    """A word's marks before, its letters, its marks after ("«Выполнено." -> "«", "Выполнено", "."); no core
    where marks stand between its letters."""
    match = _MARKED_WORD.match(text)
    return (match.group(1), match.group(2), match.group(3)) if match else ("", "", text)


def _status_endings(cells: list[list[Word]]) -> Counter[str]:
    """How often the page's status cells end their done word with each ending ("Выполнено", "Достигнута")."""
    wordings = set(status_wordings().values())
    out: Counter[str] = Counter()
    for cell in cells:
        text = " ".join(w.text for w in cell)
        if text in wordings:
            done = next((w for w in text.lower().split() if _done_stem(w)), "")
            ending = done[len(_done_stem(done) or ""):]
            if ending:
                out[ending] += 1
    return out


@functools.cache
def _done_stem(word: str) -> str | None:
    """The done stem of statuses.tsv the word is written with ("выполнено" -> "выполнен"), or None."""
    for stem in vocabulary.words("statuses", role="done"):
        if word.startswith(stem) and word[len(stem):] in DONE_ENDINGS:
            return stem
    return None


def _ending_misread(cell: list[Word], endings: Counter[str]) -> list[Word]:
    """A status cell whose done word ends its line without an ending, and whose next line holds one letter's
    worth of marks that are no word ("Не выполнен" / "Ге)", "Достигнут" / "fe)" / "Перевыполнение ..."): a
    narrow cell broke the word before its ending, which the recogniser misread. The ending is the one the page's
    other status cells write most ("о" where they read "Выполнено", "Не исполнено"); with no such cell the cell is
    left as read. Returns the fragment's word, to drop."""
    if not endings or len(cell) < 2:
        return []
    (ending, count), *others = endings.most_common()
    if others and others[0][1] == count:
        return []
    lines = sorted({w.line for w in cell})
    wordings = set(status_wordings().values())
    for k in range(1, len(lines)):
        head = [w for w in cell if w.line in lines[:k]]
        done = head[-1].text.lower()
        if " ".join(w.text for w in head) not in wordings or _done_stem(done) != done:
            continue
        after = [w for w in cell if w.line == lines[k]]
        if len(after) == 1 and _ending_marks(after[0]):
            retext(head[-1], head[-1].text + ending)
            return after
        return []
    return []


def _ending_marks(word: Word) -> bool:
    """Could the word be one letter misread: a few marks with a letter, no digit, no wider than its line is
    high, and no dictionary word?"""
    text = word.text
    return (any(ch.isalpha() for ch in text) and len(text) <= MAX_ENDING_MARKS and not any(ch.isdigit() for ch in text)
            and word.x1 - word.x0 <= word.size and not morph.is_known(text.lower()))


@functools.cache
def _missing_marks() -> frozenset[str]:
    """The marks of a cell saying "no value" written as one word ("н/д", "x"), lower case (missing_values.tsv)."""
    return frozenset(mark for mark in vocabulary.words("missing_values", form="word") if " " not in mark)


def _missing_value_cell(cell: list[Word]) -> None:
    """A cell holding only a "no value" mark with a capital after a small letter ("н/Д") is the mark in small
    letters (in place): on a cell this short the recogniser has no small letter of the same shape to compare
    with ("Д"/"д"), and a capital never follows a small letter in a mark ("Н/Д" and "Н/д" stay as read)."""
    if len(cell) != 1 or cell[0].text.lower() not in _missing_marks():
        return
    letters = [ch for ch in cell[0].text if ch.isalpha()]
    if any(a.islower() and b.isupper() for a, b in itertools.pairwise(letters)):
        retext(cell[0], cell[0].text.lower())


def retext(word: Word, text: str, spread: bool = False) -> None:
    """The word's text replaced: letter for letter where as many and not `spread`, else spread evenly over its box."""
    if len(text) == len(word.letters) and not spread:
        word.letters = [letter._replace(text=ch, choices=()) for letter, ch in zip(word.letters, text, strict=True)]
    else:
        top = min((x.top for x in word.letters), default=float(word.top))
        bottom = max((x.bottom for x in word.letters), default=float(word.bottom))
        step = (word.x1 - word.x0) / max(1, len(text))
        word.letters = [Letter(ch, word.x0 + k * step, word.x0 + (k + 1) * step, top, bottom)
                        for k, ch in enumerate(text)]
    word.text = text
