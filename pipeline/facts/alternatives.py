"""A pattern of many alternatives, matched at a position with only the alternatives that can start there.

`regex` tries every alternative of a large alternation in turn at a position, and the unit pattern of `measures`
(money wordings, units of measure: a hundred alternatives) cost ~10 µs a try. `ByFirstChar(pattern)` splits the
pattern's alternatives and reads, with the standard library's parser, which characters each can start with; a
match at a position whose first character is known (lower-cased, past plain spaces: `Sentence.first_after`) uses
the pattern of the alternatives in their order that can start with it, or with a space, or with what the parser
cannot say (\\w, a negated class), so it finds what the whole pattern finds. Where the character is unknown, or the
pattern has no top-level alternation of this form, the whole pattern is used. A test compares the two on every
figure of the labelled sets and on every character.
"""
from __future__ import annotations

import re
import sys
from typing import Optional

import regex

if sys.version_info >= (3, 11):  # the standard library's pattern parser, moved in 3.11
    from re import _parser as sre_parse
else:
    import sre_parse

ANY = None  # an alternative that may start with any character (or one the parser cannot list)


class ByFirstChar:
    """A pattern `PREFIX(?:A|B|...)SUFFIX`, where PREFIX is only `\\s*`, matched with the alternatives that can start
    at a known first character."""

    __slots__ = ("pattern", "_prefix", "_suffix", "_alternatives", "_firsts", "_by_char")

    def __init__(self, pattern: regex.Pattern) -> None:
        self.pattern = pattern
        self._by_char: dict[str, regex.Pattern] = {}
        split = _split(pattern.pattern, pattern.flags)
        if split is None:
            self._alternatives: list[str] = []
            return
        self._prefix, self._alternatives, self._suffix = split
        self._firsts = [_first_chars(a, pattern.flags) for a in self._alternatives]

    def match(self, text: str, pos: int, first: Optional[str]) -> Optional[regex.Match]:
        """pattern.match(text, pos), where `first` is the lower-cased first character past the plain spaces at pos
        (None: unknown)."""
        if first is None or not self._alternatives:
            return self.pattern.match(text, pos)
        sub = self._by_char.get(first)
        if sub is None:
            sub = self._by_char[first] = self._pattern_for(first)
        return sub.match(text, pos)

    def _pattern_for(self, first: str) -> regex.Pattern:
        """The pattern of the alternatives (in order) that may start with `first` or with a space."""
        keys = first_keys(first)
        kept = [a for a, chars in zip(self._alternatives, self._firsts, strict=True)
                if chars is ANY or not chars.isdisjoint(keys) or any(c.isspace() for c in chars)]
        body = "|".join(kept) if kept else "(?!)"
        return regex.compile(f"{self._prefix}(?:{body}){self._suffix}", self.pattern.flags)


def first_keys(first: str) -> set[str]:
    """The forms under which the alternatives of a lower-cased first character are listed: itself, folded, and lower-cased
    back from upper case ("ı" is matched by "I" under IGNORECASE)."""
    return {first, first.casefold(), first.upper().lower()}


def _split(source: str, flags: int) -> Optional[tuple[str, list[str], str]]:
    """(prefix, alternatives, suffix) of a pattern `\\s*(?:A|B|...)`, or None for any other form."""
    prefix = r"\s*(?:"
    if flags & regex.VERBOSE or not source.startswith(prefix) or not source.endswith(")"):
        return None
    body = source[len(prefix):-1]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if body[i + 1:i + 2] == "]" or body[i + 1:i + 3] == "^]":  # a "]" first in a class is a literal
                i += 2 if body[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None  # the group closes before the end: not the form
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    if depth != 0 or in_class:
        return None
    parts.append(body[start:])
    return r"\s*", parts, ""


def _first_chars(alternative: str, flags: int) -> Optional[frozenset[str]]:
    """The lower-cased characters a match of the alternative may start with (ANY where unknown or unlisted)."""
    try:
        parsed = sre_parse.parse(alternative, _re_flags(flags))
    except Exception:  # a construct of `regex` only: no claim
        return ANY
    chars: set[str] = set()
    return frozenset(chars) if _firsts_of(parsed.data, chars) is False else ANY


def _re_flags(flags: int) -> int:
    return re.IGNORECASE if flags & regex.IGNORECASE else 0


def _firsts_of(items: list, chars: set[str]) -> Optional[bool]:
    """Add to chars the first characters of the sequence of parsed items; False when the sequence cannot match
    empty (the set is complete), True when it may (the next items' count too), None when unknown (any character)."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.update(_cases(chr(arg)))
            return False
        if name == "IN":
            if not _add_class(arg, chars):
                return None
            return False
        if name == "SUBPATTERN":
            found = _firsts_of(list(arg[-1]), chars)
            if found is not True:
                return found
            continue
        if name == "BRANCH":
            nullable = False
            for branch in arg[1]:
                found = _firsts_of(list(branch), chars)
                if found is None:
                    return None
                nullable = nullable or found
            if not nullable:
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, item = arg
            found = _firsts_of(list(item), chars)
            if found is None:
                return None
            if low > 0 and found is False:
                return False
            continue
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # zero width: what follows starts the match
        return None  # ANY, NOT_LITERAL, a group reference, ...: no claim
    return True


def _add_class(items: list, chars: set[str]) -> bool:
    """Add the characters of a class (LITERAL and RANGE items); False for a category or a negation."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            chars.update(_cases(chr(arg)))
        elif name == "RANGE":
            low, high = arg
            if high - low > 512:
                return False
            for code in range(low, high + 1):
                chars.update(_cases(chr(code)))
        else:
            return False
    return True


def _cases(char: str) -> set[str]:
    """The lower-cased forms a character of the pattern may match (IGNORECASE or not, a superset)."""
    forms = {char, char.lower(), char.upper(), char.casefold()}
    return forms | {f.lower() for f in forms} | {f.casefold() for f in forms}
