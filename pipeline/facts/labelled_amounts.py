"""An amount after a dash whose label counts the recipients: "перечислено 803,2 млн рублей, в том числе 96 хозяйствам
– 311,5 млн, 1 214 частным оленеводам – 491,7 млн". The label's figure counts what the amount goes to, so the amount
after the dash is no count of the same thing (nobody writes "96 хозяйствам – 311,5 млн хозяйств"): its noun, left
out with the scale written, is that of the whole it breaks down, the earlier figure of the sentence at the same scale
that measures something else (roubles)."""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure, Measure
from pipeline.facts.sentence import Sentence

DASH_AFTER_LABEL_RE = regex.compile(r"^\s+[^\d;:()]{1,60}?\s*[-–—]\s*\Z")  # " частным оленеводам – "
SCALE_ONLY_RE = regex.compile(r"[\d\s,.]+\s*(?:тыс|млн|млрд|трлн)\w*\.?")  # "311,5 млн": the noun left out
COUNTING_UNITS = frozenset({"count", "person"})


def amounts_after_counted_labels(s: Sentence, figures: list[Figure]) -> None:
    """A scaled amount without its noun after "<counted figure> <label> –" that took the label's count takes the unit
    of the sentence's earlier whole at its scale."""
    for i in range(1, len(figures)):
        label, f = figures[i - 1], figures[i]
        label_end = label.start + len(label.number)
        if f.measure.multiplier == 1 or f.measure.unit not in COUNTING_UNITS or label.measure.unit not in COUNTING_UNITS \
                or not SCALE_ONLY_RE.fullmatch(s.text, f.start, f.measure.end) \
                or not DASH_AFTER_LABEL_RE.match(s.text[label_end:f.start]):
            continue
        whole = next((w for w in reversed(figures[:i - 1]) if w.measure.multiplier == f.measure.multiplier
                      and w.measure.unit not in COUNTING_UNITS and w.measure.unit is not None), None)
        if whole is not None:
            f.measure = Measure(whole.measure.unit, whole.measure.object, f.measure.end, f.measure.multiplier,
                                f.measure.addend, f.measure.skip)

