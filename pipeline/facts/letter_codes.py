"""A number with one capital letter glued to it names a grade, a category or a building, not a quantity: "лом категории
3А", "в 5Б классе", "дом 12Г", "корпус 2В" (a figure is written apart from its unit: "3 т", "5 км"). Latin letters and
hyphenated codes ("5G", "форма 1-Т") are exclusions' GLUED_LETTER_RE."""
from __future__ import annotations

import regex

# one Cyrillic capital glued to the digits and ending the word ("3А,", "12Г)"), not the first letter of a glued unit or
# word ("10МВт", "5Тыс")
GLUED_CAPITAL_RE = regex.compile(r"[А-ЯЁ](?![\w])")
CYRILLIC_CAPITALS = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")


def glued_capital_code(text: str, end: int) -> bool:
    """Whether the number ending at `end` has one Cyrillic capital glued to it that ends the word ("категории 3А")."""
    return end < len(text) and text[end] in CYRILLIC_CAPITALS and bool(GLUED_CAPITAL_RE.match(text, end))
