"""Every finding code the package emits, in one registry: its severity, whether it fails the document, its wording.

A finding is made through `finding(code, message, location)`, so a code's severity lives here only; the
README's "Findings" table is checked against this registry by a test. A new code is one line here plus its use.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, get_args

from pipeline.models import Finding, Location, Severity


@dataclass(frozen=True)
class Code:
    severity: Severity
    fails_document: bool  # the document counts as not extracted (exit status 1 of `extract`)
    when: str  # the README's wording of when the code is given


FAILS, REPORTED = True, False
CODES: dict[str, Code] = {
    "missing_section": Code("error", FAILS, "the risk table, the indicator table or the analytical note is absent; "
                            "one finding saying the file is not a strategic-plan report where none of the three, "
                            "nor a title of one, was found (a law, a specification), or that there is nothing to "
                            "read where every page is a blank scan"),
    "unreadable_document": Code("error", FAILS, "not a readable DOCX/PDF: corrupt, truncated, encrypted, empty, wrong type"),
    "no_text_layer": Code("error", FAILS, "PDF pages without usable text (a scan, glyphs without Unicode) that OCR could "
                                          "not read: `--ocr never`, Tesseract not installed (the message says what to "
                                          "install), or an image under 150 dpi"),
    "text_quality": Code("warning", REPORTED, "a PDF page whose words, as read, differ from pdfium's own reading of the "
                                              "page by more than 2%, or are mostly unknown to the dictionary, or whose "
                                              "letters are mostly those of garbage, however short the page (a broken "
                                              "font encoding, `letters.py`): the page and the share of its words in "
                                              "doubt"),
    "ocr_used": Code("info", REPORTED, 'pages read by OCR, each with its mean confidence (and "turned 180°", '
                                       '"1200 dpi read at 200", "photographed at an angle, flattened")'),
    "ocr_low_confidence": Code("warning", REPORTED, "a number of a risk, indicator or fact read by OCR with confidence "
                                                    "under 0.80, or with a point before three digits (\"19.562\": a "
                                                    "group's space or a comma misread), at its record, with its page "
                                                    "box"),
    "blank_page": Code("warning", REPORTED, "a scanned page on which OCR found no text"),
    "missing_value": Code("error", REPORTED, 'an indicator without plan or fact ("-", "н/д", empty)'),
    "unparsed_number": Code("error", REPORTED, "a plan/fact cell holding text that is not a number"),
    "unknown_status": Code("error", REPORTED, "a status that is none of the known wordings (a subject before it is "
                           "part of the wording: \"Индикатор достигнут\", \"Целевой показатель не достигнут\"); a cell "
                           "that only explains a missing fact (\"Данные будут опубликованы ...\") is the "
                           "`missing_value`'s, its text in `comment`"),
    "status_mismatch": Code("warning", REPORTED, "the status contradicts plan vs fact; the message says whether lower "
                                                 "or higher was taken as better"),
    "direction_unknown": Code("info", REPORTED, "an indicator's status holds only if lower is better, and neither its "
                                                "plan, its name nor earlier reports say which way is better"),
    "percent_out_of_range": Code("warning", REPORTED, "a share in % outside 0–100"),
    "arithmetic_mismatch": Code("warning", REPORTED, '"X из Y (Z%)", "из которых X (Z%)", "Y ..., Z% (X)" whose Z is not '
                                                     "X/Y within the digits written"),
    "note_table_mismatch": Code("warning", REPORTED, "the note states another percentage for an indicator than its fact"),
    "extraction_failed": Code("error", FAILS, "the extractor, or the worker process running it, crashed on this file"),
    "extraction_timeout": Code("error", FAILS, "the extractor ran past `--timeout` on this file and was stopped"),
    "unmapped_column": Code("info", REPORTED, "a table header no column role claimed (said by its wording)"),
    "value_range": Code("info", REPORTED, 'a plan or fact written as a range ("4-6"), kept as text only'),
    "table_not_rebuilt": Code("error", REPORTED, "a PDF page whose table could not be rebuilt (read as text instead)"),
    "text_truncated": Code("warning", REPORTED, "a paragraph or cell longer than 100,000 characters, cut there"),
    "facts_truncated": Code("warning", REPORTED, "a paragraph or cell with more than 1,000 figures, or read in its first "
                                                 "100,000 characters only"),
    "document_repaired": Code("info", REPORTED, "a PDF whose cross-reference table or end was damaged, repaired with qpdf "
                                                "before it was read"),
    # validate --history: the submission against its agency's earlier reports in the database
    "indicator_dropped": Code("warning", REPORTED, "`--history`: an indicator of last year's report is missing, and no note "
                                                   "sentence names it (or its direction) with a word like \"исключен\""),
    "unit_changed": Code("warning", REPORTED, "`--history`: an indicator's unit differs from last year's"),
    "plan_lowered_after_miss": Code("warning", REPORTED, "`--history`: the plan asks less (lower, or higher where lower "
                                                         "is better) the year after a \"Не достигнут\""),
    "fact_restated": Code("warning", REPORTED, "`--history`: last year's value of an indicator quoted in the note differs "
                                               "from last year's report"),
    "series_break": Code("warning", REPORTED, "`--history`: a fact far outside its series' earlier facts, for a person "
                                              "to look at"),
    "history_not_checked": Code("info", REPORTED, "`--history`: no earlier report of the agency in the database, or "
                                                  "no reporting year"),
}
FAILURE_CODES = frozenset(code for code, spec in CODES.items() if spec.fails_document)
SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(get_args(Severity))}  # error, warning, info


def finding(code: str, message: str, location: Optional[Location] = None) -> Finding:
    """A finding of a registered code, with the code's severity."""
    try:
        spec = CODES[code]
    except KeyError:
        raise ValueError(f"finding code {code!r} is not registered in pipeline/findings.py") from None
    return Finding(severity=spec.severity, code=code, message=message, location=location)
