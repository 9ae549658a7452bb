"""One unit of money opening a clause, the base of what its predicate gives: "На 1 тенге бюджетных средств, вложенных
в инфраструктуру, привлечено 4,6 тенге частных инвестиций", "на 1 рубль господдержки приходится 3,2 рубля выручки";
as the clause's subject before a figure of the same money, "1 рубль пожертвований позволяет передать нуждающимся продукты на 5,5 рубля".

`figures` reads "на 1 км платной дороги ... расходуется 9,2 млн тенге" so, but not an amount of money after "на",
which is mostly what a sum is for ("проект на 100 млн. тенге"). One unit of money alone ("на 1 тенге", "На 1 доллар")
opening a clause, followed by what the money is (nouns, a phrase set off by commas), a verb and a figure, is no such
sum: it is what the figure is given per, a base that keeps its currency as written (README_labels, Rates). Not the
amount of a change ("на 1 тенге увеличился тариф").
"""
from __future__ import annotations

import regex

from pipeline.facts.measures import Figure
from pipeline.facts.money import MONEY_CODES
from pipeline.facts.sentence import Sentence

# up to the next figure, within the clause and one phrase set off by commas ("..., вложенных в инфраструктуру,")
SUBJECT_TO_FIGURE_RE = regex.compile(r"[^\d,;:()]{1,60}?(?:,[^\d,;:()]{1,60},[^\d,;:()]{1,40}?)?(?=\d)")
CHANGE_RE = regex.compile(r"(?<!\w)(?:увелич|уменьш|сократ|сниз|выросл|вырос|возросл|рост|прирост|больше|меньше|повыс|подорож)",
                          regex.I)
VERB_POS = frozenset({"VERB", "PRTS"})


def bases_of_one_money_unit(s: Sentence, figures: list[Figure]) -> None:
    """Mark as a rate's base each "на 1 <currency>" that opens its clause before a verb and a figure."""
    for fig in figures:
        if fig.rate_base or fig.measure.skip or fig.number != "1" or fig.measure.multiplier != 1 \
                or fig.measure.unit not in MONEY_CODES:
            continue
        clause = max(s.text.rfind(c, 0, fig.start) for c in ",;:(") + 1
        opening = [w.text.lower() for w in s.words_between(clause, fig.start)]
        opening = opening[1:] if opening[:1] in (["а"], ["и"], ["но"]) else opening  # ", а на 1 тенге ..."
        if opening not in (["на"], []):
            continue
        after = SUBJECT_TO_FIGURE_RE.match(s.text, fig.measure.end)
        if after is None or CHANGE_RE.search(after.group()):
            continue
        if not opening and not any(f.start == after.end() and f.measure.unit == fig.measure.unit for f in figures):
            continue  # "1 рубль пожертвований позволяет передать продукты на 5,5 рубля": the subject, its figure of its money
        if any(w.info.top_pos in VERB_POS for w in s.words_between(fig.measure.end, after.end())):
            fig.measure.skip = fig.rate_base = True
