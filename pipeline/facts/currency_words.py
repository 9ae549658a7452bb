"""A money word written bare after the same word written with its country: "Призовой фонд составил 60 тыс.
швейцарских франков, победительница получила 4 тыс. франков" - the second sum is in Swiss francs too, the country's
adjective left out once said. A bare "франков", "лир" or "рупий" may be any country's (money_units.tsv reads them only
with it), so only a text that named the currency in full reads the bare word as that currency, from there on. The
currency may be named in full without an amount of its own: "взносы уплачены в швейцарских франках – 3,27 млн.
франков", "расчеты ведутся в турецких лирах; оплачено 2,4 млн лир"."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.money import MONEY_CODES, ROWS, wording_pattern
from pipeline.facts.sentence import Sentence, literals
from pipeline.facts.words import word_info

# The table's currencies written in more than one word ("швейцарск* франк*", "фунт* стерлинг*"): one group per row
FULL_ROWS = [(wording, code) for wording, code, kind in ROWS if kind == "currency" and len(wording.split()) > 1
             and wording.split()[0][0].isalpha()]
FULL_RE = regex.compile(r"(?<!\w)(?:" + "|".join(f"(?P<r{i}>{wording_pattern(wording)})"
                                                  for i, (wording, _code) in enumerate(FULL_ROWS)) + ")", regex.I)
FULL_STARTS = literals(*dict.fromkeys(regex.split(r"[*.]", wording.lower())[0] for wording, _code in FULL_ROWS))


def currencies_said_in_full(s: Sentence, figures: list[Figure], said: dict[str, str]) -> None:
    """Give a figure counting a bare money word the currency that word was written with before (`said`: the lemma of
    the money noun -> its code, carried through the text and updated here by each amount written with more than its
    noun, "швейцарских франков", and by each such currency the sentence names before the figure)."""
    named = [] if s.absent(FULL_STARTS) else list(FULL_RE.finditer(s.text))
    for f in figures:
        while named and named[0].end() <= f.start:
            full = named.pop(0)
            _learn(full.group().lower().split(), FULL_ROWS[int((full.lastgroup or "r0")[1:])][1], said)
        m = f.measure
        if m.object is None:
            continue
        words = m.object.lower().split()
        if m.unit in MONEY_CODES and len(words) > 1:
            _learn(words, m.unit, said)
        elif m.unit == "count" and len(words) == 1:
            code = next((said[lemma] for lemma in word_info(words[0]).lemmas if lemma in said), None)
            if code is not None:
                f.measure = Measure(code, m.object, m.end, m.multiplier, m.addend, m.skip)


def _learn(words: list[str], code: str, said: dict[str, str]) -> None:
    """Remember the head noun of a currency written in more than one word ("франков" of "швейцарских франков", "прав"
    of "специальных прав заимствования": the first noun, which a bare mention repeats) as that currency."""
    for word in words:
        info = word_info(word)
        if info.noun and not info.attributive:
            said.update(dict.fromkeys(info.lemmas, code))
            return
