"""Readers: one file in, one neutral layout (pipeline.layout.Layout) out."""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import UnreadableDocument
from pipeline.layout import Layout

FORMATS = {".docx": "docx", ".pdf": "pdf"}


def declared_format(path: Path) -> str:
    """The contract's format of a file by its name: 'pdf' for .pdf, else 'docx' (Word files, .doc included)."""
    return "pdf" if path.suffix.lower() == ".pdf" else "docx"


def detect_format(path: Path) -> str:
    """The format by suffix, checked against the file's first bytes."""
    fmt = FORMATS.get(path.suffix.lower())
    if path.suffix.lower() == ".doc":
        raise UnreadableDocument("legacy Word .doc files are not supported: save or convert it as .docx "
                                 "(e.g. soffice --headless --convert-to docx FILE.doc)")
    if fmt is None:
        raise UnreadableDocument(f"unsupported file type {path.suffix!r} (expected .docx or .pdf)")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        raise UnreadableDocument("the file is empty")
    if fmt == "docx" and not head.startswith(b"PK"):
        raise UnreadableDocument("not a DOCX file (no ZIP container); is it an old .doc or another format renamed?")
    if fmt == "pdf" and b"%PDF-" not in head:
        raise UnreadableDocument("not a PDF file (no %PDF header)")
    return fmt


def read_layout(path: Path) -> Layout:
    """Read a .docx or .pdf into the neutral layout; raises UnreadableDocument with a reason."""
    fmt = detect_format(path)
    if fmt == "docx":
        from pipeline.readers.docx import read_docx

        return read_docx(path)
    from pipeline.readers.pdf import read_pdf

    return read_pdf(path)
