"""`validate --history URL`: a submission checked against its agency's earlier reports in the database.

The submission is linked with the earlier reports of its agency (renamed agencies included, the database's
mapping respected); "last year's report" is the latest earlier report. Warnings, each naming the earlier report:

* `indicator_dropped`: an indicator of last year's report is not in the submission, and no note sentence
  (nor an indicator's comment) both names it, or its direction or goal when that is gone too, and says it was
  taken out or changed ("исключен", "заменен", ... from the vocabulary's change_words);
* `unit_changed`: an indicator's unit is another than last year's ("млн. тенге" -> "млрд. тенге");
* `plan_lowered_after_miss`: last year the indicator was not achieved and this year's plan asks less
  (lower where higher is better, higher where lower is better: last year's plan and fact say which);
* `fact_restated`: the note quotes last year's value of an indicator ("(в 2019 году – 4,6%)") other than
  last year's report stated it;
* `series_break`: a fact far outside the series' earlier facts (at least two): more than SPREAD_FACTOR times
  their range beyond them and more than BREAK_RATIO times off their median, for a person to look at.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Optional

import regex

from pipeline import vocabulary
from pipeline.findings import finding
from pipeline.models import Finding, Indicator, Location
from pipeline.note_checks import stems
from pipeline.numbers import MAGNITUDES
from pipeline.series.build import SeriesSet, build_series
from pipeline.series.mapping import Mapping
from pipeline.series.model import IndicatorRef, Member, NoteFact, Series, SeriesDocument
from pipeline.series.normalize import unit_key
from pipeline.validate import check_status_consistency, lower_is_better

SPREAD_FACTOR = 3.0
BREAK_RATIO = 5.0
MIN_HISTORY = 2
NAME_COVERAGE = 0.5       # share of an indicator name's stems a sentence must hold to speak of it
TITLE_COVERAGE = 0.6      # the same for a direction's or goal's title
MIN_COMMON_STEMS = 2
CHANGE_RE = regex.compile(r"(?<!\w)(?:" + vocabulary.alternation(vocabulary.words("change_words")) + ")", regex.IGNORECASE)
WRITTEN_NUMBER_RE = regex.compile(r"\d[\d\s\u00a0]*(?:,(?P<decimals>\d+))?")


@dataclass
class History:
    """The submission, last year's report, and the series linking them."""

    submission: SeriesDocument
    last: SeriesDocument
    series: dict[tuple[str, int], Series]

    def series_of(self, ref: IndicatorRef) -> Optional[Series]:
        return self.series.get(ref.key)

    def earlier_member(self, series: Series) -> Optional[Member]:
        """The series' member from the latest earlier year (the copy that speaks for its report)."""
        year = self.submission.reporting_year or 0
        earlier = [m for m in series.members if m.reporting_year is not None and m.reporting_year < year
                   and m.rule != "same_report"]
        return max(earlier, key=lambda m: m.reporting_year or 0, default=None)

    def earlier_members(self, series: Series) -> list[Member]:
        """The series' members from the reports of earlier years."""
        year = self.submission.reporting_year or 0
        return [m for m in series.members if m.reporting_year is not None and m.reporting_year < year
                and m.rule != "same_report"]

    def label(self, doc: SeriesDocument) -> str:
        return f"{Path(doc.file).name} ({doc.reporting_year})"


def history_context(submission: SeriesDocument, database: list[SeriesDocument], mapping: Optional[Mapping] = None,
                    previous_ids: Optional[dict] = None) -> tuple[Optional[History], str]:
    """(the history, "") or (None, why the submission cannot be checked)."""
    year = submission.reporting_year
    if year is None:
        return None, "the report states no reporting year"
    earlier = [d for d in database if d.reporting_year is not None and d.reporting_year < year
               and d.document_id != submission.document_id]
    result: SeriesSet = build_series(earlier + [submission], mapping, previous_ids)
    group = next(g for g in result.agencies if any(d.document_id == submission.document_id for d in g.documents))
    before = [d for d in group.documents if d.document_id != submission.document_id]
    if not before:
        return None, f"the database holds no earlier report of {submission.agency or 'this agency'}"
    latest = max(d.reporting_year or 0 for d in before)
    last = min((d for d in before if d.reporting_year == latest), key=lambda d: d.rank)
    return History(submission, last, result.by_member()), ""


def check_history(history: History, note: list[str]) -> list[Finding]:
    """Every history finding of the submission; note: the sentences of its analytical note."""
    out = dropped_indicators(history, note)
    for ref in history.submission.indicators:
        series = history.series_of(ref)
        before = history.earlier_member(series) if series else None
        if series is None or before is None:
            continue
        out += unit_changed(history, ref, before) + plan_lowered(history, ref, before) + series_break(history, ref, series)
    return out + restated_facts(history)


# --------------------------------------------------------------------------- indicator_dropped


def dropped_indicators(history: History, note: list[str]) -> list[Finding]:
    """indicator_dropped: last year's indicators with no member in the submission and no word in the note."""
    here = {s.series_id for ref in history.submission.indicators if (s := history.series_of(ref))}
    comments = [ref.comment for ref in history.submission.indicators if ref.comment]
    sentences = [s for s in note + comments if CHANGE_RE.search(s)]
    titles = _titles(history.submission)
    out = []
    for ref in history.last.indicators:
        series = history.series_of(ref)
        if series is None or series.series_id in here or _explained(ref, sentences, titles):
            continue
        out.append(finding("indicator_dropped", f"indicator {_short(ref.name)!r} of {history.label(history.last)} is not "
                                                f"in this report, and the note does not say why"))
    return out


def _titles(doc: SeriesDocument) -> set[frozenset[str]]:
    """The stems of the submission's direction and goal titles."""
    return {frozenset(stems(t)) for ref in doc.indicators for t in (ref.direction_title, ref.goal_title) if t}


def _explained(ref: IndicatorRef, sentences: list[str], titles: set[frozenset[str]]) -> bool:
    """A sentence with a change word names the indicator, or its direction or goal that the submission lacks."""
    name = stems(ref.name)
    gone = [stems(t) for t in (ref.direction_title, ref.goal_title) if t and frozenset(stems(t)) not in titles]
    for sentence in sentences:
        held = stems(sentence)
        if _covers(held, name, NAME_COVERAGE) or any(_covers(held, title, TITLE_COVERAGE) for title in gone):
            return True
    return False


def _covers(held: set[str], wanted: set[str], share: float) -> bool:
    common = len(held & wanted)
    return bool(wanted) and common >= min(MIN_COMMON_STEMS, len(wanted)) and common >= share * len(wanted)


# --------------------------------------------------------------------------- unit, plan, break


def unit_changed(history: History, ref: IndicatorRef, before: Member) -> list[Finding]:
    now, then = unit_key(ref.unit), unit_key(before.indicator.unit)
    if now is None or then is None or now == then:
        return []
    return [finding("unit_changed", f"indicator {_short(ref.name)!r}: unit {_unit(ref.unit)!r}, in "
                                    f"{_where(before)} {_unit(before.indicator.unit)!r}", _location(ref))]


def plan_lowered(history: History, ref: IndicatorRef, before: Member) -> list[Finding]:
    """plan_lowered_after_miss: last year's report said "not achieved", this year's plan asks less."""
    then = before.indicator
    if before.reporting_year != history.last.reporting_year or then.status != "not_achieved":
        return []
    if ref.plan is None or then.plan is None or unit_key(ref.unit) != unit_key(then.unit):
        return []
    lower_better = _lower_is_better(then)
    eased = ref.plan > then.plan if lower_better else ref.plan < then.plan
    if not eased:
        return []
    way = "raised, where lower is better" if lower_better else "lowered"
    return [finding("plan_lowered_after_miss", f"indicator {_short(ref.name)!r}: plan {ref.plan_text} {way}, after "
                                               f"{then.plan_text} was not achieved (fact {then.fact_text}) in "
                                               f"{_where(before)}", _location(ref))]


def _lower_is_better(ref: IndicatorRef) -> bool:
    """Which way is better, from last year's miss itself (a fact above the plan missed it: lower is better), else the name."""
    if ref.plan is not None and ref.fact is not None and ref.plan != ref.fact:
        return ref.fact > ref.plan
    return lower_is_better(Indicator(name=ref.name))


def series_break(history: History, ref: IndicatorRef, series: Series) -> list[Finding]:
    """series_break: the fact far outside the earlier facts of its series (in the submission's unit)."""
    if ref.fact is None:
        return []
    earlier = _earlier_facts(history, ref, series)
    if len(earlier) < MIN_HISTORY:
        return []
    low, high, middle = min(earlier), max(earlier), median(earlier)
    spread = high - low
    outside = ref.fact > high + SPREAD_FACTOR * spread or ref.fact < low - SPREAD_FACTOR * spread
    if not outside or middle == 0 or 1 / BREAK_RATIO <= ref.fact / middle <= BREAK_RATIO:
        return []
    years = ", ".join(f"{y}: {_number(v)}" for y, v in _earlier_points(history, ref, series))
    return [finding("series_break", f"indicator {_short(ref.name)!r}: fact {ref.fact_text} is far outside its earlier "
                                    f"facts ({years}; last in {history.label(history.last)})", _location(ref))]


def _earlier_points(history: History, ref: IndicatorRef, series: Series) -> list[tuple[int, float]]:
    """(year, fact in the submission's unit) of the series' earlier members; a unit of another kind is left out."""
    now = unit_key(ref.unit)
    year = history.submission.reporting_year or 0
    points = []
    for m in series.members:
        if m.rule == "same_report" or m.reporting_year is None or m.reporting_year >= year or m.indicator.fact is None:
            continue
        then = unit_key(m.indicator.unit)
        if now is not None and then is not None and now[1] != then[1]:
            continue
        scale = then[0] / now[0] if now is not None and then is not None else 1.0
        points.append((m.reporting_year, m.indicator.fact * scale))
    return sorted(points)


def _earlier_facts(history: History, ref: IndicatorRef, series: Series) -> list[float]:
    return [value for _, value in _earlier_points(history, ref, series)]


# --------------------------------------------------------------------------- fact_restated


def restated_facts(history: History) -> list[Finding]:
    """fact_restated: a figure of the note dated last year, in a sentence naming one of last year's indicators,
    that is not that indicator's fact in last year's report."""
    year = history.last.reporting_year
    by_sentence: dict[str, list[NoteFact]] = {}
    for fact in history.submission.facts:
        if fact.year == year:
            by_sentence.setdefault(fact.sentence, []).append(fact)
    out = []
    for sentence, facts in by_sentence.items():
        ref = _named_indicator(history, sentence)
        if ref is None or ref.fact is None:
            continue
        quoted = [f for f in facts if _same_quantity(ref, f)]
        if quoted and not any(_same_value(ref, f) for f in quoted):
            page, paragraph = quoted[0].location or (None, None)
            out.append(finding("fact_restated", f"indicator {_short(ref.name)!r}: the note gives {quoted[0].text} for "
                                                f"{year}, {history.label(history.last)} reported {ref.fact_text} "
                                                f"({_short(sentence, 140)!r})", Location(page=page, paragraph=paragraph)))
    return out


def _named_indicator(history: History, sentence: str) -> Optional[IndicatorRef]:
    """The one indicator of last year's report the sentence names best (by its name then or now), or None on a tie."""
    held = stems(sentence)
    now = {s.series_id: ref.name for ref in history.submission.indicators if (s := history.series_of(ref))}
    scored = []
    for ref in history.last.indicators:
        series = history.series_of(ref)
        names = [ref.name] + ([now[series.series_id]] if series and series.series_id in now else [])
        coverage = max(_coverage(held, stems(name)) for name in names)
        scored.append((coverage, ref))
    scored.sort(key=lambda p: -p[0])
    if not scored or scored[0][0] < NAME_COVERAGE or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _coverage(held: set[str], wanted: set[str]) -> float:
    common = len(held & wanted)
    return common / len(wanted) if wanted and common >= MIN_COMMON_STEMS else 0.0


def _same_quantity(ref: IndicatorRef, fact: NoteFact) -> bool:
    """The indicator's unit and the figure's are one (unit_key speaks the fact extractor's unit codes)."""
    key = unit_key(ref.unit)
    return key is not None and key[1] == fact.unit


def _same_value(ref: IndicatorRef, fact: NoteFact) -> bool:
    """The note's figure is the report's fact, to the digits the note writes (rounded or cut)."""
    key = unit_key(ref.unit)
    expected = (ref.fact or 0.0) * (key[0] if key else 1.0)
    number = WRITTEN_NUMBER_RE.search(fact.text)
    decimals = len(number.group("decimals") or "") if number else 0
    magnitude = next((m for word, m in MAGNITUDES.items() if regex.search(rf"(?<!\w){word}", fact.text)), 1.0)
    return abs(fact.value - expected) < 10 ** -decimals * magnitude + 1e-9


# --------------------------------------------------------------------------- wording


def _where(member: Member) -> str:
    return f"{Path(member.file).name} ({member.reporting_year})"


def _location(ref: IndicatorRef) -> Optional[Location]:
    """Where the submission's indicator row is."""
    if ref.location is None:
        return None
    page, table, row = ref.location
    return Location(page=page, table=table, row=row)


def _unit(unit: Optional[str]) -> str:
    return (unit or "").split("\n")[0].strip()


def _short(text: Optional[str], limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,.10g}".replace(",", " ").replace(".", ",")


# --------------------------------------------------------------------------- which way is better, from earlier years


def status_rechecks(history: History, indicators: list[dict]) -> list[tuple[Optional[Location], list[Finding]]]:
    """For each indicator of the submission with earlier members, its status checked again with them: where neither
    its plan nor its name says which way is better, the agency's earlier statuses may (validate.better_direction).
    indicators: the submission's indicator records, in the order of its refs."""
    out = []
    for ref in history.submission.indicators:
        series = history.series_of(ref)
        earlier = [_as_indicator(m.indicator) for m in history.earlier_members(series)] if series else []
        if earlier and ref.index < len(indicators):
            indicator = Indicator.model_validate(indicators[ref.index])
            out.append((indicator.location, check_status_consistency(indicator, f"indicator {_short(ref.name)!r}",
                                                                     earlier)))
    return out


def _as_indicator(ref: IndicatorRef) -> Indicator:
    return Indicator(name=ref.name, plan=ref.plan, fact=ref.fact, plan_text=ref.plan_text, fact_text=ref.fact_text,
                     status=ref.status)
