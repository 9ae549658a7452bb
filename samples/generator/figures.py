"""Russian-style figures for generated texts: "1 245 318", "45 637,2" with NBSP, "12,4", and template filling.

>>> import random
>>> fmt_number(1245318.0, 0, " ")
'1 245 318'
>>> fmt_number(45637.25, 1, "\\u00a0")
'45\\xa0637,2'
"""
from __future__ import annotations

import random
import re
import string

NBSP, NNBSP = "\u00a0", "\u202f"
GROUP_SEPARATORS = [" ", " ", NBSP, NNBSP]
FIELD = re.compile(r"\{(\w+)\}")


def fmt_number(value: float, decimals: int, separator: str = " ") -> str:
    """A number the way Kazakh reports write it: digit groups of three, decimal comma."""
    text = f"{abs(value):,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", separator)
    return ("-" if value < 0 else "") + text


def parse_number(text: str) -> float:
    """The inverse of fmt_number (any group separator)."""
    return float(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))


def separator(rng: random.Random) -> str:
    """A digit-group separator: mostly a space, sometimes NBSP or the narrow NBSP Word inserts."""
    return rng.choice(GROUP_SEPARATORS)


class Figures:
    """Fills {n}, {pct}, {money}... in templates with plausible, mutually consistent figures."""

    def __init__(self, rng: random.Random, year: int):
        self.rng = rng
        self.year = year

    def value(self, name: str) -> str:
        """One figure for a placeholder name."""
        rng = self.rng
        sep = separator(rng)
        simple = {
            "year": str(self.year),
            "prev": str(self.year - 1),
            "next": str(self.year + 1),
            "n": fmt_number(rng.randint(120, 98000), 0, sep),
            "n2": fmt_number(rng.randint(1200, 450000), 0, sep),
            "k": str(rng.randint(3, 95)),
            "k2": str(rng.randint(96, 180)),
            "pct": fmt_number(rng.uniform(1, 99), 1),
            "pct2": fmt_number(rng.uniform(1, 99), 1),
            "dec": fmt_number(rng.uniform(1, 3000), 1, sep),
            "dec2": fmt_number(rng.uniform(1, 3000), 1, sep),
            "money": fmt_number(rng.uniform(10, 99000), 1, sep),
            "times": fmt_number(rng.uniform(1.1, 3.9), 1),
            "life": fmt_number(rng.uniform(71, 76), 2),
        }
        if name in simple:
            return simple[name]
        raise KeyError(name)

    def fill(self, template: str) -> str:
        """The template with every {field} filled; "{whole}/{part}/{share}" stay consistent (X из Y (Z%))."""
        values: dict[str, str] = {}
        if "{whole}" in template:
            whole = self.rng.randint(800, 60000)
            part = self.rng.randint(whole // 5, whole - 1)
            sep = separator(self.rng)
            values.update(whole=fmt_number(whole, 0, sep), part=fmt_number(part, 0, sep),
                          share=fmt_number(round(part * 100 / whole, 1), 1))
        for name in FIELD.findall(template):
            if name not in values:
                values[name] = self.value(name)
        return string.Formatter().vformat(template, (), values)
