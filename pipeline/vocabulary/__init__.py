"""The Russian wordings the pipeline knows, in one place: word lists as data files, read once at start-up.

Each list is a tab-separated file beside this module (`#` starts a comment); the patterns built from
them stay in the Python modules that use them. A wording used by more than one step (a qualifier such as
"не свыше", a status, a sentence-end abbreviation) lives here once, so a plan cell and a sentence of the
note read it the same way.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import regex

DATA = Path(__file__).parent


@functools.cache
def entries(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of the list `name` (`name.tsv`), each a tuple of its tab-separated columns."""
    rows = []
    for line in (DATA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append(tuple(column.strip() for column in line.split("\t")))
    return tuple(rows)


def words(name: str, **where: str) -> tuple[str, ...]:
    """The first column of the list, keeping rows whose named columns have the given values.

    words("qualifiers", bound="upper") reads the header-less columns by the names given in COLUMNS."""
    columns = COLUMNS.get(name, ())
    out = []
    for row in entries(name):
        if all(row[columns.index(key)] in value.split("|") for key, value in where.items()):
            out.append(row[0])
    return tuple(out)


def alternation(wordings: Iterable[str]) -> str:
    """A regex alternation of the wordings, longest first, spaces matching any run of spaces."""
    ordered = sorted(dict.fromkeys(wordings), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in ordered)


# The names of each list's columns after the first (the wording itself).
COLUMNS = {
    "qualifiers": ("wording", "bound", "where"),
    "abbreviations": ("abbreviation", "kind"),
    "statuses": ("wording", "role", "table"),
    "missing_values": ("mark", "form"),
    "column_headers": ("stem", "role", "table"),
    "indicator_names": ("wording", "kind", "form"),
    "indicator_direction": ("lemma", "kind"),
    "agency_names": ("stem", "kind"),
    "section_titles": ("title", "part", "heading"),
    "stop_stems": ("stem",),
    "kazakh_words": ("word",),
    "latin_words": ("word",),
    "counted_nouns": ("lemma", "role", "unit"),
    "difference_words": ("stem", "direction"),
    "magnitudes": ("word", "multiplier", "kind"),
    "months": ("stem",),
    "seasons": ("stem",),
    "ordinal_endings": ("ending",),
    "series_stopwords": ("word", "where"),
    "series_abbreviations": ("shortening", "expansion", "kind"),
    "measure_heads": ("head", "kind", "class"),
    "units": ("wording", "unit"),
    "change_words": ("wording",),
    "signed_words": ("stem",),
    "rate_base_tails": ("word",),
    "money_units": ("wording", "code", "kind"),
    "currency_countries": ("wording", "code", "shared_code", "kind"),
    "duration_adjectives": ("stem", "unit"),
}
# Trailing columns a row may leave out (a counted noun has a unit code only when its role is "unit").
OPTIONAL_COLUMNS = {"counted_nouns": ("unit",)}
