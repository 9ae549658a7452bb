"""Extract risks, indicators and numeric facts from Kazakh strategic-plan reports.

Library use (the command line is a thin layer over these):

    from pipeline import extract_document, run_extract
    report = extract_document("report.pdf")        # a pydantic Report: report.risks, .indicators, .facts, .findings
    run_extract(["archive/"], Path("output"), jobs=2)
"""

from typing import Final

__version__ = "0.1.0"
SCHEMA_VERSION: Final = "1"  # Final: the models' Literal["1"] field takes it as its default
# Limits of `extract` and `validate`, here so that the command line need not import the batch to show them:
DEFAULT_TIMEOUT = 120.0  # seconds one document may take
DEFAULT_MAX_MEMORY = 1024  # MiB of address space a worker may map (it starts at about 270 MiB)
DEFAULT_MAX_FILE_SIZE = 1 << 30  # bytes; a scanned report of 300 pages is about 100 MB

__all__ = ["SCHEMA_VERSION", "extract_document", "run_extract"]


def __getattr__(name: str):
    """Import the heavy parts only when they are used (the CLI's `schema` needs none of them)."""
    if name == "extract_document":
        from pipeline.extract import extract_document

        return extract_document
    if name == "run_extract":
        from pipeline.batch import run_extract

        return run_extract
    raise AttributeError(name)
