"""Inline markup of generated texts: one string says both what Word shows and what a reader must return.

On top of sample_model's markup ("\\n\\n" between paragraphs, "\\n" a soft break, "{+...+}" a tracked
insertion, "{-...-}" a tracked deletion) a span ``⟦kind:text⟧`` formats its text:

* ``⟦b:...⟧`` bold, ``⟦i:...⟧`` italic, ``⟦bi:...⟧`` both;
* ``⟦sub:2⟧`` subscript ("CO⟦sub:2⟧" is "CO2" to a reader), ``⟦sup:2⟧`` superscript ("м⟦sup:2⟧");
* ``⟦fn:text⟧`` a footnote: a reference mark in the text and the footnote's text at the page bottom.
  Neither the mark nor the footnote belongs to the paragraph's text (the DOCX reader reads the body only).

>>> visible("Выбросы CO⟦sub:2⟧ снизились⟦fn:По данным РГП «Казгидромет».⟧ на ⟦b:3,1%⟧")
'Выбросы CO2 снизились на 3,1%'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

SPAN = re.compile(r"⟦(b|i|bi|sub|sup|fn):(.*?)⟧", re.S)
TRACKED = re.compile(r"(\{\+.*?\+\}|\{-.*?-\})", re.S)
_SPACES = re.compile(r"[^\S\n]+")
VERT = {"sub": "subscript", "sup": "superscript"}


@dataclass(frozen=True)
class Run:
    """A piece of text with one formatting; `footnote` set means a footnote reference (text is empty)."""

    text: str
    bold: bool = False
    italic: bool = False
    vert: Optional[str] = None  # "subscript" | "superscript"
    footnote: Optional[str] = None
    change: Optional[str] = None  # "ins" | "del": a tracked change


def runs(markup: str) -> list[Run]:
    """The runs of one paragraph's markup (no "\\n\\n" inside), soft breaks kept as "\\n" in run text."""
    out: list[Run] = []
    for piece in TRACKED.split(markup):
        if not piece:
            continue
        change = None
        if piece.startswith("{+") and piece.endswith("+}"):
            change, piece = "ins", piece[2:-2]
        elif piece.startswith("{-") and piece.endswith("-}"):
            change, piece = "del", piece[2:-2]
        out += _formatted_runs(piece, change)
    return out


def _formatted_runs(text: str, change: Optional[str]) -> list[Run]:
    out: list[Run] = []
    pos = 0
    for m in SPAN.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos : m.start()], change=change))
        kind, inner = m.group(1), m.group(2)
        if kind == "fn":
            out.append(Run("", footnote=inner, change=change))
        else:
            out.append(Run(inner, bold=kind in ("b", "bi"), italic=kind in ("i", "bi"), vert=VERT.get(kind),
                           change=change))
        pos = m.end()
    if pos < len(text):
        out.append(Run(text[pos:], change=change))
    return out


def visible(markup: str) -> str:
    """What a reader sees: deletions and footnotes dropped, insertions and formatted text kept."""
    kept = "".join(piece[2:-2] if piece.startswith("{+") else piece
                   for piece in TRACKED.split(markup) if not piece.startswith("{-"))
    return SPAN.sub(lambda m: "" if m.group(1) == "fn" else m.group(2), kept)


def clean(text: str) -> str:
    """The contract's normalization: spaces (NBSP, U+202F) collapsed inside lines, lines stripped, empty lines dropped."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def cell_text(markup: str) -> Optional[str]:
    """The text a perfect extractor returns for a cell or paragraph (paragraphs joined by "\\n"), None if empty."""
    return clean(visible(markup)) or None


def words(text: Optional[str]) -> str:
    """Whitespace-normalized text: a line break where a PDF line wraps anyway leaves no trace."""
    return " ".join((text or "").split())


def footnotes(markup: str) -> list[str]:
    """The footnote texts of a markup string, in order."""
    return [m.group(2) for m in SPAN.finditer(markup) if m.group(1) == "fn"]
