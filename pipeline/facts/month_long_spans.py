"""A span of days from one month to another ("С 20 апреля по 15 октября 2025 года работали 38 отрядов") names a
season, not a day the text reports on: the date that closes it puts no day in force for the dates written later
without their year ("22 июня и 9 сентября" of another paragraph take no year from it, README_labels rule 6), as a
single day does ("По итогам сессии 14 ноября 2025 года ... | Курс по итогам дня")."""
from __future__ import annotations

import regex

from pipeline.facts.exclusions import MONTH

SPAN_START_BEFORE_RE = regex.compile(
    rf"(?<!\w)(?:с|со)\s+\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}}\s*(?:года|г\.?))?\s+(?:по|до)\s+\Z", regex.I)
SPAN_WINDOW = 60  # characters before a closing date searched for the span's start


def closes_a_span_of_months(text: str, pos: int) -> bool:
    """Whether the date at `pos` closes a span of days that began in a month of its own ("с 20 апреля по |15 октября")."""
    return bool(SPAN_START_BEFORE_RE.search(text, max(0, pos - SPAN_WINDOW), pos))
