"""A price word before a "1" names what the price is of ("цена 1 кг", "стоимость 1 кв. м"), unless a verb stands between
them and the "1" is itself money: "Минимальная закупочная цена ркацители составила 1 лари за килограмм" gives the price,
1 lari, the value of the predicate; "цена 1 доллара" (no verb) stays the base of an exchange rate."""
from __future__ import annotations

from pipeline.facts.measures import Figure
from pipeline.facts.money import MONEY_CODES
from pipeline.facts.sentence import Sentence

VERB_POS = frozenset({"VERB", "PRTS"})


def price_said_by_a_verb(s: Sentence, price_word: int, fig: Figure) -> bool:
    """Whether the figure, in money, is what a verb after the price word (at `price_word`) says the price is."""
    return fig.measure.unit in MONEY_CODES \
        and any(w.info.top_pos in VERB_POS for w in s.words_between(price_word, fig.start))
