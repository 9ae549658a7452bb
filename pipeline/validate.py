"""Checks of an extracted report -> findings with the contract's stable codes."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Optional, Union

import regex

from pipeline import vocabulary
from pipeline.direction import better_direction, name_words
from pipeline.findings import finding
from pipeline.layout import Layout
from pipeline.models import Fact, Finding, Indicator, Location, Report, Risk
from pipeline.note_checks import indicator_claim, mismatched_shares, qualifier_stems, stems
from pipeline.numbers import parse_cell_number
from pipeline.sections import Parts
from pipeline.sentences import sentences
from pipeline.tables import TableParts

PART_NAMES = {"risks": "the risk table", "indicators": "the indicator table", "analytical_note": "the analytical note"}
SECTION_NAMES = {part: f"{PART_NAMES[part]} ({title})" for title, part, _ in vocabulary.entries("section_titles")}


SHARE_RE = regex.compile(
    rf"^\s*(?:{vocabulary.alternation(vocabulary.words('indicator_names', kind='share'))}|удельн\w+\s+вес)", regex.IGNORECASE
)
GROWTH_LEMMAS = frozenset(vocabulary.words("indicator_names", kind="growth"))
PERCENT_UNIT_RE = regex.compile(r"^\s*(?:%|процент)", regex.IGNORECASE)


def check_report(report: Report, layout: Layout, parts: Parts, table_parts: TableParts) -> list[Finding]:
    """All findings of one extracted report, in a stable order."""
    findings: list[Finding] = []
    for issue in layout.issues:
        where = issue_location(issue, report)
        if issue.code == "ocr_low_confidence" and where.table is None and where.paragraph is None:
            continue  # only numbers of a record or a fact are worth a look
        findings.append(finding(issue.code, f"{report.source.file}: {issue.message}", where))
    if not any(issue.code == "no_text_layer" for issue in layout.issues):
        findings += check_sections(report, parts, _all_blank(layout))  # a scan's sections are unreadable, not missing
    findings += check_columns(table_parts)
    status_column = any("status" in m.roles for m in table_parts.column_maps if m.kind == "indicator")
    for indicator in report.indicators:
        findings += check_indicator(indicator, status_column)
    findings += check_note_arithmetic(parts, report.facts)
    findings += check_note_against_table(report, parts)
    for risk in report.risks:
        if risk.status is None and risk.status_text:
            findings.append(finding("unknown_status", f"risk status {risk.status_text!r} is none of the known wordings "
                                    "(Исполнено / Не исполнено / Исполнено частично)", risk.location))
    return findings


def issue_location(issue, report: Report) -> Location:
    """Where a reader's issue points: its page and box; a value read by OCR at the record or fact holding it."""
    where = Location(page=issue.page, bbox=list(issue.bbox) if issue.bbox else None, confidence=issue.confidence)
    if issue.bbox is None:
        return where
    cx, cy = (issue.bbox[0] + issue.bbox[2]) / 2, (issue.bbox[1] + issue.bbox[3]) / 2
    records: list[Union[Indicator, Risk, Fact]] = [*report.indicators, *report.risks, *report.facts]
    for record in records:
        at = record.location
        if at and at.page == issue.page and at.bbox and at.bbox[0] <= cx <= at.bbox[2] and at.bbox[1] <= cy <= at.bbox[3]:
            return at.model_copy(update={"bbox": where.bbox, "confidence": issue.confidence})
    return where


def _all_blank(layout: Layout) -> bool:
    """Is every page of the document a scan on which OCR found nothing?"""
    blank = sum(issue.code == "blank_page" for issue in layout.issues)
    return bool(blank) and blank == layout.pages


def check_sections(report: Report, parts: Parts, all_blank: bool = False) -> list[Finding]:
    """missing_section for each of the three parts that is absent; one for all three, saying the file does not
    look like a strategic-plan report, when neither a part nor a part's title was found (a letter, a law), or
    that there is nothing on its pages when every page is a blank scan."""
    present = {
        "risks": bool(report.risks),
        "indicators": bool(report.indicators),
        "analytical_note": "analytical_note" in parts.found and any(
            getattr(b, "text", None) for b in parts.blocks["analytical_note"]
        ),
    }
    if not any(present.values()) and not parts.found and all_blank:
        return [finding("missing_section", f"{report.source.file}: nothing to read: every page is a blank scan "
                                           "(OCR found no text on it)")]
    if not any(present.values()) and not parts.found:
        return [finding("missing_section", f"{report.source.file}: not a strategic-plan report: none of its three parts "
                                           f"was found ({', '.join(SECTION_NAMES.values())})")]
    return [
        finding("missing_section", f"{report.source.file}: {SECTION_NAMES[part]} is absent"
                + (" (its title is there, but no table under it could be read)" if part in parts.found else ""))
        for part, ok in present.items() if not ok
    ]


def check_note_arithmetic(parts: Parts, facts: list) -> list[Finding]:
    """arithmetic_mismatch for each "X из Y (Z%)" statement of the note whose Z is not X/Y.

    X and Y must count the same kind of thing (persons and persons, checks and checks) as the fact
    extractor read them: "проверено 500 объектов, ... на 12% (45 случаев)" is no share of the 500.
    """
    units = _fact_units_by_paragraph(facts)
    out = []
    for block in parts.blocks["analytical_note"]:
        text = getattr(block, "text", None)
        if not text:
            continue
        measured = units.get(block.index, {})
        for share in mismatched_shares(text):
            if not _same_kind(measured.get(share.part), measured.get(share.whole)):
                continue
            out.append(finding(
                "arithmetic_mismatch",
                f"{_short(share.text, 140)!r}: {share.part:g} of {share.whole:g} is {share.computed:.2f}%, "
                f"the text says {share.percent_text}%",
                Location(page=block.page, paragraph=block.index)))
    return out


def _fact_units_by_paragraph(facts: list) -> dict[int, dict[float, tuple]]:
    """Per note paragraph, each figure's (unit, object lemma) as the fact extractor read it."""
    out: dict[int, dict[float, tuple]] = {}
    for fact in facts:
        if fact.part == "analytical_note" and fact.location and fact.location.paragraph is not None:
            obj = stems(fact.object or "")
            out.setdefault(fact.location.paragraph, {})[fact.value] = (fact.unit, frozenset(obj))
    return out


def _same_kind(part: Optional[tuple], whole: Optional[tuple]) -> bool:
    """Both figures count people, or count the same object; unknown figures are given the benefit of the doubt."""
    if part is None or whole is None or part[0] != whole[0]:
        return part is None or whole is None
    return part[0] == "person" or not part[1] or not whole[1] or bool(part[1] & whole[1])


def check_note_against_table(report: Report, parts: Parts) -> list[Finding]:
    """note_table_mismatch where the note states another percentage for an indicator than its fact."""
    candidates = [(ind, stems(ind.name or "")) for ind in report.indicators
                  if ind.fact is not None and PERCENT_UNIT_RE.match(ind.unit or "")]
    if not candidates:
        return []
    out = []
    for block in parts.blocks["analytical_note"]:
        text = getattr(block, "text", "") or ""
        if "%" not in text:
            continue  # only a stated percentage can contradict a share
        for sentence in sentences(text):
            if "%" not in sentence:
                continue
            named = best_named_indicator(sentence, candidates)
            if named is not None:
                ind, name_stems = named
                claim = indicator_claim(sentence, name_stems, ind.fact, report.report.reporting_year,
                                        qualifier_stems(ind.name or ""))
                if claim is not None:
                    out.append(finding(
                        "note_table_mismatch",
                        f"the note states {claim.stated_text}% for indicator {_short(ind.name)!r} "
                        f"({_short(sentence, 140)!r}), the table's fact is {ind.fact_text}",
                        Location(page=ind.location.page if ind.location else block.page,
                                 table=ind.location.table if ind.location else None,
                                 row=ind.location.row if ind.location else None,
                                 paragraph=block.index)))
    return out


def best_named_indicator(sentence: str, candidates):
    """The one indicator whose name the sentence covers best, or None when two tie."""
    sentence_stems = stems(sentence)
    scored = sorted(((len(name & sentence_stems) / max(len(name), 1), i) for i, (_, name) in enumerate(candidates)),
                    reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return candidates[scored[0][1]]


def check_columns(table_parts: TableParts) -> list[Finding]:
    """A header wording that no column role claimed."""
    out = []
    for mapping in table_parts.column_maps:
        for header in mapping.unmapped:
            out.append(finding("unmapped_column",
                               f"{mapping.kind} table: column header {header!r} was not understood and is not extracted"))
    return out


def lower_is_better(indicator: Indicator) -> bool:
    """True for "Снижение ...", "Уровень смертности", "Среднее время ...", "Место ... в рейтинге"..."""
    return better_direction(indicator) == "lower"


def check_indicator(ind: Indicator, status_column: bool = True) -> list[Finding]:
    """Completeness and consistency of one indicator row (an empty status only counts where the table has a status column)."""
    out: list[Finding] = []
    label = f"indicator {_short(ind.name)!r}"
    fact_missing = parse_cell_number(ind.fact_text).kind == "missing"
    for field_name, text in (("plan", ind.plan_text), ("fact", ind.fact_text)):
        kind = parse_cell_number(text).kind
        if kind == "missing":
            why = f"; the status cell explains: {_short(ind.comment)!r}" if field_name == "fact" and ind.comment \
                and ind.status is None else ""
            out.append(finding("missing_value", f"{label}: no {field_name} value (cell: {text or 'empty'!r}){why}",
                               ind.location))
        elif kind == "unparsed":
            out.append(finding("unparsed_number", f"{label}: {field_name} cell {text!r} is not a number", ind.location))
        elif kind == "range":
            out.append(finding("value_range", f"{label}: {field_name} {text!r} is a range, kept as text only", ind.location))
    if ind.status is None and (ind.status_text or status_column) and not (fact_missing and not ind.status_text):
        # an empty status, or one that only explains the missing fact, is part of the missing_value above
        what = f"{ind.status_text!r} is none of the known wordings (Достигнут / Не достигнут / Частично достигнут)" \
            if ind.status_text else "is empty"
        out.append(finding("unknown_status", f"{label}: status {what}", ind.location))
    out += check_status_consistency(ind, label)
    out += check_percent_range(ind, label)
    return out


def check_status_consistency(ind: Indicator, label: str, earlier: Iterable[Indicator] = ()) -> list[Finding]:
    """status_mismatch where the status contradicts plan vs fact read the way the indicator is better;
    where nothing says which way that is, a status that holds only if lower is better is said at info level.

    `earlier`: the same indicator in the agency's earlier reports, whose statuses may say which way is better."""
    plan_range = parse_cell_number(ind.plan_text)
    if ind.fact is None or ind.status not in ("achieved", "not_achieved"):
        return []
    direction = better_direction(ind, earlier)
    if plan_range.kind == "range" and plan_range.low is not None and plan_range.high is not None:
        met_higher = met_lower = plan_range.low <= ind.fact <= plan_range.high
    elif ind.plan is None:
        return []
    else:
        met_higher, met_lower = ind.fact >= ind.plan, ind.fact <= ind.plan
    achieved = ind.status == "achieved"
    if direction is None and achieved != met_higher and achieved == met_lower:
        return [finding("direction_unknown",
                        f"{label}: status {ind.status_text!r} with plan {ind.plan_text} and fact {ind.fact_text} holds "
                        "only if lower is better; neither the plan, the name nor earlier reports say which way is "
                        "better, so it is not taken as a contradiction", ind.location)]
    met = met_lower if direction == "lower" else met_higher
    if met == achieved:
        return []
    if plan_range.kind == "range":
        assumed = "the fact within the planned range"
    else:
        assumed = "lower is better" if direction == "lower" else "higher is better" if direction else "either way"
        if direction and better_direction(ind) is None:
            assumed += ", as the agency's earlier reports read it"
    return [finding("status_mismatch",
                    f"{label}: status {ind.status_text!r} contradicts plan {ind.plan_text} vs fact {ind.fact_text} "
                    f"(assumed {assumed}; expected {'achieved' if met else 'not achieved'})", ind.location)]


def check_percent_range(ind: Indicator, label: str) -> list[Finding]:
    if not PERCENT_UNIT_RE.match(ind.unit or "") or not SHARE_RE.match(ind.name or ""):
        return []
    if any(word & GROWTH_LEMMAS for word in name_words(ind.name or "")):
        return []  # a growth rate or an index may pass 100 %; "Доля подростков" is no growth
    return [finding("percent_out_of_range", f"{label}: {field_name} {value:g}% is outside 0–100 for a share", ind.location)
            for field_name, value in (("plan", ind.plan), ("fact", ind.fact)) if value is not None and not 0 <= value <= 100]


def _short(text: Optional[str], limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
