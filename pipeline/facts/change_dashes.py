"""A change written after a dash ("1 126 участников – на 48 больше") is no label of the figure: the figure counts the
noun of the whole before the dash. The whole's noun may be completed by a genitive group before the dash ("1 348
военнослужащих Красной армии – на 187 больше, чем годом ранее"), where a comparative after the figure shows the
change."""
from __future__ import annotations

import regex

CHANGE_AFTER_DASH_RE = regex.compile(r"\s*[-–—]\s*на\s*", regex.I)
COMPLEMENT_THEN_CHANGE_RE = regex.compile(r"(?:\s+[^\W\d_]+){1,3}\s*[-–—]\s*на\s*", regex.I)
COMPARATIVE_AFTER_RE = regex.compile(r"\s*(?:больше|меньше|выше|ниже)(?!\w)", regex.I)


def change_after_dash(text: str, whole_end: int, figure_start: int, figure_end: int) -> bool:
    """Whether the text between a whole's figure (ending at whole_end) and a bare figure is the dash of a change."""
    if CHANGE_AFTER_DASH_RE.fullmatch(text, whole_end, figure_start):
        return True
    return bool(COMPLEMENT_THEN_CHANGE_RE.fullmatch(text, whole_end, figure_start)
                and COMPARATIVE_AFTER_RE.match(text, figure_end))
