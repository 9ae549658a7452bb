"""A number after a service's name that counts a noun after it: "в штате службы 286 офицеров" is a count of officers,
not the service "службы 286" named by its number ("Служба 112 приняла 1,2 млн вызовов")."""
from __future__ import annotations

import regex

from pipeline.facts.words import GENITIVE_PLURAL, GENITIVE_SINGULAR, word_info

SERVICE_BEFORE_RE = regex.compile(r"(?<!\w)служб\w*\s+\Z", regex.I)
SERVICE_WINDOW = 16  # characters before the number searched for the service's word
NEXT_WORD_RE = regex.compile(r"\s+([а-яё]+)(?![\w-])")  # lower case: "службы 112 Казахстана" names the service


def counts_after_service(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end], right after a service's word, counts the lower-case noun after it, in the
    case its number takes (genitive plural; genitive singular after 2-4; nominative singular after 1)."""
    if not SERVICE_BEFORE_RE.search(text, max(0, start - SERVICE_WINDOW), start):
        return False
    m = NEXT_WORD_RE.match(text, end)
    if m is None:
        return False
    info = word_info(m.group(1))
    return info.noun and info.top_pos == "NOUN" and _agrees(text[start:end], info.cases)


def _agrees(number: str, cases: frozenset) -> bool:
    """Whether a noun of these cases can be counted by the whole number written."""
    digits = regex.sub(r"\D", "", number)
    last, tens = digits[-1:], digits[-2:-1]
    if tens == "1" or last not in "1234":
        return GENITIVE_PLURAL in cases
    return ("sing:nomn" if last == "1" else GENITIVE_SINGULAR) in cases
