"""A money word written bare after the same word written with its country: "Призовой фонд составил 60 тыс.
швейцарских франков, победительница получила 4 тыс. франков" - the second sum is in Swiss francs too, the country's
adjective left out once said. A bare "франков", "лир" or "рупий" may be any country's (money_units.tsv reads them only
with it), so only a text that named the currency in full reads the bare word as that currency, from there on."""
from __future__ import annotations

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.money import MONEY_CODES
from pipeline.facts.words import word_info


def currencies_said_in_full(figures: list[Figure], said: dict[str, str]) -> None:
    """Give a figure counting a bare money word the currency that word was written with before (`said`: the lemma of
    the money noun -> its code, carried through the text and updated here by each amount written with more than its
    noun, "швейцарских франков")."""
    for f in figures:
        m = f.measure
        if m.object is None:
            continue
        words = m.object.lower().split()
        if m.unit in MONEY_CODES and len(words) > 1:
            for word in words:
                info = word_info(word)
                if info.noun and not info.attributive:
                    said.update(dict.fromkeys(info.lemmas, m.unit))
        elif m.unit == "count" and len(words) == 1:
            code = next((said[lemma] for lemma in word_info(words[0]).lemmas if lemma in said), None)
            if code is not None:
                f.measure = Measure(code, m.object, m.end, m.multiplier, m.addend, m.skip)
