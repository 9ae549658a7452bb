"""`facts`: plain-text files in, their facts out as the contract's fact objects.

A file is UTF-8 text, a paragraph a line ("paragraphs separated by line breaks"); a folder stands for the .txt
files under it. Each fact is the document object's fact (`location.paragraph`: the 0-based line number) plus the
file it came from:

    facts_of_files(["report_2017.txt"])   # [{"value": 170300000000.0, "unit": "RUB", ..., "file": "report_2017.txt"}]

A missing file, a folder without .txt files, or a file that is not UTF-8 text is bad usage, said before any output.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.errors import UsageError
from pipeline.facts import facts_of_text

TEXT_SUFFIX = ".txt"


def text_files(paths: list[str]) -> list[Path]:
    """The files to read: each file given, and the .txt files under each folder given (sorted)."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            inside = sorted(p for p in path.rglob(f"*{TEXT_SUFFIX}") if p.is_file())
            if not inside:
                raise UsageError(f"{name}: no {TEXT_SUFFIX} files in this folder")
            found += inside
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{name}: no such file or folder")
    return found


def read_text(path: Path) -> str:
    """The text of a UTF-8 file (a byte-order mark allowed); anything else is bad usage, said with the file's name."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text (byte {exc.start} is 0x{data[exc.start]:02x}); "
                         "save it as UTF-8 and try again") from None


def facts_of_files(paths: list[str], reporting_year: Optional[int] = None) -> list[dict]:
    """The facts of every file, in file order, as JSON-ready fact objects carrying their file."""
    texts = [(path, read_text(path)) for path in text_files(paths)]  # every file read before any is extracted
    out = []
    for path, text in texts:
        out += [{**fact.model_dump(mode="json"), "file": str(path)} for fact in facts_of_text(text, reporting_year)]
    return out
