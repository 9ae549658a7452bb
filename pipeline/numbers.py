"""Russian-style numbers and status wordings, normalized.

"1 234,5" -> 1234.5, "93,5 %" -> 93.5, "не менее 90" -> 90; "Не достигнут" -> "not_achieved".
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, Optional

import regex

from pipeline import vocabulary

# Spaces that Word and PDF exports put between digit groups.
GROUP_SPACE = "[ \u00a0\u202f\u2009\u2007]"
GROUP_SPACE_RE = regex.compile(GROUP_SPACE)  # compiled once: regex.sub(pattern, ...) costs ~10 µs a call in its cache lookup

MAGNITUDES = {word: float(multiplier) for word, multiplier, _kind in vocabulary.entries("magnitudes")}

# Cells that say "no value" rather than hold a wrong one: empty, dashes, or a mark of the vocabulary.
_MISSING_MARKS = vocabulary.alternation(vocabulary.words("missing_values", form="word")).replace("/", r"\s*/\s*")
_MISSING_STEMS = vocabulary.alternation(vocabulary.words("missing_values", form="stem"))
MISSING_VALUE_RE = regex.compile(
    rf"^\s*(?:|[-−–—]+|{_MISSING_MARKS}|(?:{_MISSING_STEMS})\w*)\s*\.?\s*$", regex.IGNORECASE
)
# "не менее 90", "не свыше 5", "около 30": every qualifier of the vocabulary; "в 1,5 раза" in a cell too.
QUALIFIER_RE = regex.compile(
    rf"^\s*({vocabulary.alternation(vocabulary.words('qualifiers'))}|в(?=\s*\d))\s*", regex.IGNORECASE
)


def to_float(number_text: str) -> float:
    """Turn one matched number ("1 234,5", "−3") into a float."""
    cleaned = GROUP_SPACE_RE.sub("", number_text).replace(",", ".")
    cleaned = cleaned.replace("−", "-").replace("–", "-").lstrip("+")
    return float(cleaned)


CellKind = Literal["number", "missing", "unparsed", "range"]


@dataclass(frozen=True)
class CellNumber:
    value: Optional[float]
    kind: CellKind
    qualifier: Optional[str] = None
    low: Optional[float] = None  # bounds of a range such as "4-6" (an inflation corridor)
    high: Optional[float] = None


_VALUE_CELL_RE = regex.compile(
    rf"^(?P<num>[-−–+]?(?:\d{{1,3}}(?:{GROUP_SPACE}\d{{3}})+|\d+)(?:[.,]\d+)?)"
    r"\s*(?P<suffix>%|[^\d%]{1,25})?\s*[*]*\s*$",
    regex.IGNORECASE,
)


# A decimal mark with a letter or two after it ("56 050, i", "12,O") is a digit OCR misread, never a unit: the cell is
# left unparsed, so the record is flagged instead of holding the number cut short.
_MISREAD_DECIMALS_RE = regex.compile(r"^[.,]\s*\p{L}{1,2}$")


_RANGE_CELL_RE = regex.compile(
    r"^(?:от\s+)?(?P<low>\d+(?:[.,]\d+)?)\s*(?:[-–—]|до)\s*(?P<high>\d+(?:[.,]\d+)?)\s*%?\s*$", regex.IGNORECASE
)


def parse_cell_number(text: Optional[str]) -> CellNumber:
    """Parse a plan/fact cell: a number (optionally qualified, with a unit suffix), a 'no value' mark, or other text."""
    if text is None or MISSING_VALUE_RE.match(text):
        return CellNumber(None, "missing")
    body = " ".join(text.split())
    qualifier = None
    q = QUALIFIER_RE.match(body)
    if q:
        qualifier = " ".join(q.group(1).lower().split())
        body = body[q.end():]
    m = _VALUE_CELL_RE.match(body)
    if not m:
        r = _RANGE_CELL_RE.match(body)
        if r and to_float(r.group("low")) < to_float(r.group("high")):
            return CellNumber(None, "range", qualifier, to_float(r.group("low")), to_float(r.group("high")))
        return CellNumber(None, "unparsed", qualifier)
    if m.group("suffix") and _MISREAD_DECIMALS_RE.match(m.group("suffix")):
        return CellNumber(None, "unparsed", qualifier)
    value = to_float(m.group("num"))
    if not math.isfinite(value):  # 400 digits: no float holds it, and JSON has no Infinity
        return CellNumber(None, "unparsed", qualifier)
    return CellNumber(value, "number", qualifier)


# --- statuses ---------------------------------------------------------------

def _status_words(role: str, table: str = "both") -> str:
    """The vocabulary's status wordings of a role for a table, as a regex alternation."""
    return vocabulary.alternation(vocabulary.words("statuses", role=role, table=f"{table}|both"))


_NOT = r"(?:не\s*|не-)"
_PARTIAL = rf"(?:{_status_words('partial')})"
_RISK_DONE = rf"(?:{_status_words('done', 'risk')})[оаы]?"
_IND_DONE = rf"(?:{_status_words('done', 'indicator')})[оаы]?"
_IN_PROGRESS = rf"(?:{_status_words('in_progress')})"
_IN_FULL = rf"(?:{_status_words('full')})"
# A short remark in brackets closing the status line belongs to the status: "Достигнуто (перевыполнено)";
# a narrow column wraps it onto a line of its own ("Достигнут" / "(перевыполнен)").
STATUS_REMARK_RE = regex.compile(r"[^\S\n]*\n?[^\S\n]*\((?:[^()\s]+[^\S\n]?){1,3}\)(?=[^\S\n]*[.;]?[^\S\n]*(?:\n|$))")


def _status_patterns(done: str, prefix: str, table: str) -> list[tuple[str, regex.Pattern]]:
    flags = regex.IGNORECASE
    start = rf"^\s*(?:(?:{_status_words('subject', table)})\s+)?"  # "Целевой индикатор не достигнут"
    return [
        (f"partially_{prefix}", regex.compile(rf"{start}(?:{_PARTIAL}\s+{done}|{done}\s+{_PARTIAL}|{_IN_PROGRESS})", flags)),
        (f"not_{prefix}", regex.compile(rf"{start}{_NOT}{done}", flags)),
        (prefix, regex.compile(rf"{start}(?:{_IN_FULL}\s+)?{done}(?:\s+{_IN_FULL})?(?!\w)", flags)),
    ]


RISK_STATUS_PATTERNS = _status_patterns(_RISK_DONE, "executed", "risk")
INDICATOR_STATUS_PATTERNS = _status_patterns(_IND_DONE, "achieved", "indicator")


@dataclass(frozen=True)
class Status:
    status: Optional[str]
    status_text: Optional[str]
    comment: Optional[str]


def _split_status(text: str, patterns) -> Status:
    text = text.strip()
    if not text:
        return Status(None, None, None)
    for status, pattern in patterns:
        m = pattern.match(text)
        if m:
            end = m.end()
            remark = STATUS_REMARK_RE.match(text, end)
            end = remark.end() if remark else end
            status_text = " ".join(text[:end].split())
            rest = text[end:].lstrip(" .,;:–-\u00a0").strip()
            return Status(status, status_text, rest or None)
    first, _, rest = text.partition("\n")
    return Status(None, first.strip(), rest.strip() or None)


def parse_risk_status(text: Optional[str]) -> Status:
    """'Исполнено', 'Не исполнено', 'Исполнено частично' ... -> executed / not_executed / partially_executed."""
    return _split_status(text or "", RISK_STATUS_PATTERNS)


def parse_indicator_status(text: Optional[str]) -> Status:
    """'Достигнут', 'Не достигнут\\n<why>', 'Частично достигнут' ... -> achieved / not_achieved / partially_achieved."""
    return _split_status(text or "", INDICATOR_STATUS_PATTERNS)
