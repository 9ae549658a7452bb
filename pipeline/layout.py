"""The neutral layout every reader produces: paragraphs and tables in reading order.

Nothing here knows about reports; nothing after the readers knows about file formats.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Union

import regex

# Re-exported: the PDF reader imports it from here.
from pipeline.errors import UnreadableDocument as UnreadableDocument

_SPACES = regex.compile(r"[^\S\n]+")


def clean_text(text: str) -> str:
    """Collapse runs of spaces (incl. NBSP, narrow NBSP) inside lines, trim lines, drop empty lines.

    Empty paragraphs are dropped because a PDF cannot show them: the same cell must read the same from both.
    """
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class Cell:
    """One cell at its top-left grid position, covering row_span x col_span grid slots."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    bbox: tuple[float, float, float, float] | None = None  # read by OCR: box on its page (points, top-left origin)
    confidence: float | None = None  # read by OCR: mean word confidence, 0-1


@dataclass
class Row:
    cells: list[Cell]
    page: int | None = None
    repeated_header: bool = False  # the format marks it as a header row repeated on every page


@dataclass
class Table:
    index: int
    rows: list[Row]
    n_cols: int
    page: int | None = None

    def row_texts(self, r: int) -> list[str]:
        """Text of row r per grid column; a horizontally merged cell gives its text to its first column only."""
        texts = [""] * self.n_cols
        for c in self.rows[r].cells:
            if 0 <= c.col < self.n_cols:
                texts[c.col] = c.text
        return texts


@dataclass
class Paragraph:
    text: str
    index: int
    page: int | None = None
    heading: bool = False  # a style or numbering suggests a heading
    bbox: tuple[float, float, float, float] | None = None  # read by OCR: box on its (first) page, in points
    confidence: float | None = None  # read by OCR: mean word confidence, 0-1


Block = Union[Paragraph, Table]


@dataclass
class Issue:
    """Something a reader noticed that the report logic should turn into a finding."""

    code: str
    message: str
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # where on the page (points), when known
    confidence: float | None = None  # for a value read by OCR


@dataclass
class Layout:
    file: str
    format: str
    pages: int | None
    blocks: list[Block] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    def paragraphs(self) -> Iterator[Paragraph]:
        return (b for b in self.blocks if isinstance(b, Paragraph))

    def tables(self) -> Iterator[Table]:
        return (b for b in self.blocks if isinstance(b, Table))
