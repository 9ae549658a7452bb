"""Readers: one file in, one neutral layout (pipeline.layout.Layout) out."""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import UnreadableDocument
from pipeline.layout import Layout
from pipeline.readers.ocr import OcrOptions

FORMATS = {".docx": "docx", ".pdf": "pdf", ".doc": "doc", ".rtf": "rtf", ".odt": "odt"}
LEGACY_FORMATS = ("doc", "rtf", "odt")  # read through a DOCX that LibreOffice makes of them
ZIP_FORMATS = ("docx", "odt")


def declared_format(path: Path) -> str:
    """The contract's format of a file by its name ('docx' for names the readers do not know)."""
    return FORMATS.get(path.suffix.lower(), "docx")


def detect_format(path: Path) -> str:
    """The format by suffix, checked against the file's first bytes."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableDocument(f"unsupported file type {path.suffix!r} (expected .docx, .pdf, .doc, .rtf or .odt)")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if not head:
        raise UnreadableDocument("the file is empty")
    if fmt == "docx" and not head.startswith(b"PK"):
        raise UnreadableDocument("not a DOCX file (no ZIP container); is it an old .doc or another format renamed?")
    if fmt == "odt" and not head.startswith(b"PK"):
        raise UnreadableDocument("not an OpenDocument .odt file (no ZIP container)")
    if fmt == "rtf" and not head.lstrip().startswith(b"{\\rtf"):
        raise UnreadableDocument("not an RTF file (it does not start with {\\rtf)")
    if fmt == "pdf" and b"%PDF-" not in head:
        raise UnreadableDocument("not a PDF file (no %PDF header)")
    if fmt == "doc" and head.lstrip().startswith(b"%PDF-"):  # LibreOffice takes RTF, HTML or text named .doc, not PDF
        raise UnreadableDocument("not a Word .doc file: it is a PDF named .doc; rename it to .pdf to read it")
    return fmt


def read_layout(path: Path, ocr: OcrOptions | None = None) -> Layout:
    """Read a .docx, .pdf, .doc, .rtf or .odt into the neutral layout; raises UnreadableDocument with a reason.

    ocr: when to OCR PDF pages (default: pages without usable text, in Russian, Kazakh and English)."""
    fmt = detect_format(path)
    if fmt == "docx":
        from pipeline.readers.docx import read_docx

        return read_docx(path)
    if fmt in LEGACY_FORMATS:
        from pipeline.readers.convert import read_legacy

        return read_legacy(path, fmt)
    from pipeline.readers.pdf import read_pdf

    return read_pdf(path, ocr or OcrOptions())
