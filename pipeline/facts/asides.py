"""Asides: a figure that opens a bracket remarking on the noun before it ("Субсидии на удешевление техники (25% от
стоимости) в отчетном году составили ...") stands in the clause of that noun, so the period after the bracket dates
it as it dates a figure written without the bracket. So does a participial phrase set off by commas after its noun
("Монетарное золото, составляющее 52,7% резервов, в октябре подорожало": the 52,7% of October)."""
from __future__ import annotations

import regex

from pipeline import morph
from pipeline.facts.measures import Figure

# the bracket's opening before its first figure, a bound or two words at most ("(до 50% от стоимости работ)")
ASIDE_OPEN_RE = regex.compile(r"\(\s*(?:[а-яё]+\s+){0,2}\Z", regex.I)
ASIDE_OPEN_WINDOW = 30
# the rest of the bracket after its figure: words only, up to the bracket's close
ASIDE_REST_RE = regex.compile(r"[^\d()]*\)")
# a participle opening a phrase after a comma, right before its figure ("..., составляющее 52,7% резервов, ...")
PARTICIPLE_OPEN_RE = regex.compile(r",\s*(?P<word>[а-яё]+)\s+\Z", regex.I)
PHRASE_REST_RE = regex.compile(r"[^\d(),;:]*,")


def gap_past_aside(text: str, fig: Figure, gap: str) -> str:
    """The gap between a figure and the period after it, read past the close of the bracket the figure opens (the
    whole gap where the figure opens no bracket, or the bracket holds another number)."""
    if not ASIDE_OPEN_RE.search(text, max(0, fig.start - ASIDE_OPEN_WINDOW), fig.start):
        return _past_participial_phrase(text, fig, gap)
    rest = ASIDE_REST_RE.match(gap)
    return gap[rest.end():] if rest else gap


def paren_holds_no_figure(text: str, paren: int, figures: list[Figure]) -> bool:
    """Whether the parenthesis opened at paren holds no figure (only a date or year)."""
    close = text.find(")", paren)
    close = len(text) if close < 0 else close
    return not any(paren < f.start < close for f in figures)


def _past_participial_phrase(text: str, fig: Figure, gap: str) -> str:
    """The gap read past the comma closing a participial phrase the figure stands in (the whole gap elsewhere)."""
    opening = PARTICIPLE_OPEN_RE.search(text, max(0, fig.start - ASIDE_OPEN_WINDOW), fig.start)
    if not opening or not any(p.tag.POS == "PRTF" for p in morph.parse(opening.group("word").lower())):
        return gap
    rest = PHRASE_REST_RE.match(gap)
    return gap[rest.end():] if rest else gap
