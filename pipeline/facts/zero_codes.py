"""A number written with a leading zero is a code, not a quantity: "бюджетной программы 003", "по форме 01", "лот
007" (no count is written "003"; a decimal fraction "0,5" or a zero "0" keeps its value)."""
from __future__ import annotations


def leading_zero_code(token: str) -> bool:
    """Whether the number token starts with a zero followed by another digit ("003", "01")."""
    return len(token) > 1 and token[0] == "0" and token[1].isdigit()
