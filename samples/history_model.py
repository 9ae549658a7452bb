"""The data model behind the multi-year history samples: one agency's reports over several years, and their truth.

An agency is a list of yearly reports (identity, directions and goals as numbered that year, file format) and
a list of tracks: a track is one indicator followed across the years, with the name, unit, plan, fact and
status it has in each report where it appears. A track is the truth of one series: every report's row of the
same track must get the same series_id, rows of different tracks never. Defects name the report where a
history check must fire and the track it concerns.

A yearly report becomes an ordinary `sample_model.Sample` (title, risk table, indicator table, note), so
build_samples.DocWriter writes it like any other sample.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from sample_model import Group, HeaderCell, IndicatorRow, Para, ReportInfo, RiskRow, Sample, TableSpec

NBSP = "\u00a0"


@dataclass(frozen=True)
class Row:
    """One indicator as one report writes it (status may carry a comment after a blank line)."""

    name: str
    unit: str
    plan: str
    fact: str
    status: str
    source: str = "Ведомственные данные"


@dataclass
class Track:
    """One indicator across the years: its direction and goal keys and its row in each report it appears in.

    restated: the last year's fact as this year's note quotes it, where it differs from last year's report.
    silent: years whose note does not speak of the indicator; notes: a year's sentence written out in full."""

    key: str
    direction: str
    goal: str
    years: dict[int, Row]
    restated: dict[int, str] = field(default_factory=dict)
    silent: frozenset[int] = frozenset()
    notes: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Heading:
    """A direction or goal as one report numbers and titles it."""

    key: str
    number: str
    title: str


@dataclass
class Report:
    """One yearly report: its identity, its directions (each with its goals) and how it is written.

    formats: "docx", "pdf" or both (the same report published twice); extra_note: paragraphs added to
    the note (explanations of dropped indicators); layout: "plain" or "numbered" (a "№ п/п" column)."""

    year: int
    agency: str          # nominative, as the pipeline should read it
    agency_genitive: str  # as the title writes it
    plan: tuple[int, int]
    directions: list[tuple[Heading, list[Heading]]]
    formats: tuple[str, ...] = ("docx",)
    extra_note: list[str] = field(default_factory=list)
    layout: str = "plain"


@dataclass(frozen=True)
class Defect:
    """A history defect planted in the report of `year`: the code validate --history must give, and the track."""

    code: str
    year: int
    track: str
    earlier_year: int


@dataclass
class Agency:
    """One agency's archive: a short key (file prefix), its reports, tracks, risks and planted defects."""

    key: str
    reports: list[Report]
    tracks: list[Track]
    risks: dict[str, list[tuple[str, str, str]]]  # goal key -> (risk, planned measures, actual measures)
    defects: list[Defect] = field(default_factory=list)

    def report(self, year: int) -> Report:
        return next(r for r in self.reports if r.year == year)

    def file_stem(self, year: int) -> str:
        return f"{self.key}_{year}"


# --------------------------------------------------------------------------- yearly report -> Sample

RISK_HEADERS = ["Наименование возможного риска", "Запланированные мероприятия по управлению рисками",
                "Фактическое исполнение мероприятий по управлению рисками",
                "Примечание (информация об исполнении/ неисполнении)"]


def _group_label(kind: str, heading: Heading, numbered: bool) -> str:
    word = "Стратегическое направление" if kind == "direction" else "Цель"
    prefix = f"{heading.number}. " if numbered else ""
    return f"{prefix}{word} {heading.number}. {heading.title}"


def _group(kind: str, heading: Heading, numbered: bool) -> Group:
    return Group(kind, heading.number, heading.title, _group_label(kind, heading, numbered))


def _rows_of_goal(agency: Agency, year: int, direction: str, goal: str) -> list[Row]:
    return [t.years[year] for t in agency.tracks if year in t.years and (t.direction, t.goal) == (direction, goal)]


def _grouped(report: Report, records_of_goal) -> list:
    """Group rows in the report's order of directions and goals, each goal followed by its records
    (records_of_goal(direction key, goal key, number) -> rows; number: the next "№ п/п" or None)."""
    numbered = report.layout == "numbered"
    rows, count = [], 0
    for direction, goals in report.directions:
        rows.append(_group("direction", direction, numbered))
        for goal in goals:
            rows.append(_group("goal", goal, numbered))
            for make in records_of_goal(direction.key, goal.key):
                count += 1
                rows.append(make(str(count) if numbered else None))
    return rows


def indicator_rows(agency: Agency, report: Report) -> list:
    """Group rows and indicator rows in the report's order of directions and goals."""
    def records(direction: str, goal: str) -> list:
        return [lambda number, r=row: IndicatorRow(r.name, r.source, r.unit, r.plan, r.fact, r.status, number=number)
                for row in _rows_of_goal(agency, report.year, direction, goal)]
    return _grouped(report, records)


def risk_rows(agency: Agency, report: Report) -> list:
    """Each goal's risks, their measures dated to the report's year."""
    def records(_direction: str, goal: str) -> list:
        return [lambda number, r=risk: RiskRow(r[0], r[1], r[2].format(year=report.year), "Исполнено", number=number)
                for risk in agency.risks.get(goal, [])]
    return _grouped(report, records)


def tables(report: Report, risks: list, indicators: list) -> tuple[TableSpec, TableSpec]:
    """The risk and indicator tables, in the plain layout (agds-like) or with a "№ п/п" column."""
    if report.layout == "numbered":
        risk_cols = [("no", 1.0), ("risk", 3.8), ("planned", 3.9), ("actual", 5.8), ("status", 2.6)]
        ind_cols = [("no", 1.0), ("name", 5.4), ("unit", 1.8), ("source", 2.6), ("plan", 1.6), ("fact", 1.6),
                    ("status", 3.2)]
        ind_headers = ["№ п/п", "Наименование показателя", "Единица измерения", "Источник информации",
                       f"План на {report.year} год", f"Факт за {report.year} год", "Информация об исполнении"]
        risk_headers = ["№ п/п"] + RISK_HEADERS
        style = "single_cell"
    else:
        risk_cols = [("risk", 3.8), ("planned", 4.0), ("actual", 6.3), ("status", 2.9)]
        ind_cols = [("name", 5.2), ("source", 3.0), ("unit", 1.8), ("plan", 1.7), ("fact", 1.7), ("status", 3.6)]
        ind_headers = ["Наименование целевого индикатора", "Источник информации", "Ед. изм.",
                       f"План на {report.year} год", f"Факт за {report.year} год", "Примечание"]
        risk_headers = RISK_HEADERS
        style = "merged"
    return (
        TableSpec("risks", risk_cols, [[HeaderCell(h) for h in risk_headers]], risks, group_style=style),
        TableSpec("indicators", ind_cols, [[HeaderCell(h) for h in ind_headers]], indicators, group_style=style),
    )


def to_sample(agency: Agency, report: Report) -> Sample:
    """The yearly report as a Sample: title, period, risk table, indicator table, note."""
    risk_table, indicator_table = tables(report, risk_rows(agency, report), indicator_rows(agency, report))
    start, end = report.plan
    blocks = [
        Para(f"Отчет о реализации стратегического плана {report.agency_genitive} на {start} – {end} годы", "title"),
        Para(f"Период отчета: {report.year} год", "meta"),
        Para("1. Анализ управления рисками", "section"),
        risk_table,
        Para("2. Достижение целей и целевых индикаторов", "section"),
        indicator_table,
        Para("3. Аналитическая записка", "section"),
    ]
    blocks += note(agency, report)
    info = ReportInfo(report.agency, start, end, report.year)
    return Sample(agency.file_stem(report.year), info, blocks, landscape=report.layout == "numbered")


# --------------------------------------------------------------------------- the analytical note

TEMPLATES = (
    "Значение индикатора «{name}» составило {fact} при плане {plan}{before}.",
    "По индикатору «{name}» при плановом значении {plan} фактически достигнуто {fact}{before}.",
    "Фактическое значение индикатора «{name}» – {fact} (план – {plan}){before}.",
)
SPOKEN_UNITS = ("%", "человек", "единиц", "млн. тенге", "млрд. тенге", "тыс. человек", "дней", "тыс. единиц")


def with_unit(value: str, unit: str) -> str:
    """A cell value as prose writes it: "87,2%" or "12 450 единиц"; a qualifier stays in front."""
    unit = unit.split("\n")[0].strip()
    value = value.replace(NBSP, " ").rstrip("% ").strip()
    return f"{value}%" if unit == "%" else f"{value} {unit}"


def _spoken_name(name: str) -> str:
    """The name as the note quotes it: without a trailing ", %"."""
    return name[:-3] if name.endswith(", %") else name


def indicator_sentence(track: Track, year: int, n: int) -> Optional[str]:
    """One sentence of the note on the indicator's plan and fact, quoting last year's fact when there was one."""
    row = track.years[year]
    if year in track.notes:
        return track.notes[year]
    unit = row.unit.split("\n")[0].strip()
    if unit not in SPOKEN_UNITS or year in track.silent or row.fact in ("-", "н/д") or row.plan in ("-", "н/д"):
        return None
    before = ""
    last = track.years.get(year - 1)
    if last is not None and last.fact not in ("-", "н/д"):
        quoted = track.restated.get(year, last.fact)
        before = f" (в {year - 1} году – {with_unit(quoted, last.unit)})"
    return TEMPLATES[n % len(TEMPLATES)].format(name=_spoken_name(row.name), fact=with_unit(row.fact, row.unit),
                                                plan=with_unit(row.plan, row.unit), before=before)


def note(agency: Agency, report: Report) -> list[Para]:
    """Headings per direction and goal, a paragraph of indicator sentences per goal, then the extra paragraphs."""
    paras, n = [], 0
    for direction, goals in report.directions:
        paras.append(Para(f"Стратегическое направление {direction.number}. {direction.title}", "heading"))
        for goal in goals:
            paras.append(Para(f"Цель {goal.number}. {goal.title}", "heading"))
            sentences = []
            for track in agency.tracks:
                if report.year in track.years and (track.direction, track.goal) == (direction.key, goal.key):
                    sentence = indicator_sentence(track, report.year, n)
                    n += 1
                    if sentence:
                        sentences.append(sentence)
            if sentences:
                paras.append(Para(" ".join(sentences)))
    paras += [Para(text) for text in report.extra_note]
    return paras


# --------------------------------------------------------------------------- truth


def file_names(agency: Agency, report: Report) -> list[str]:
    return [f"{agency.file_stem(report.year)}.{fmt}" for fmt in report.formats]


def truth(agencies: list[Agency]) -> dict:
    """What the pipeline must find: documents, series (track -> members), planted defects, clean reports."""
    documents, series, defects = [], [], []
    for agency in agencies:
        for report in agency.reports:
            for file in file_names(agency, report):
                documents.append({"file": file, "agency_key": agency.key, "agency": report.agency,
                                  "reporting_year": report.year})
        for track in agency.tracks:
            members = [{"file": file, "reporting_year": year, "name": row.name}
                       for year, row in sorted(track.years.items())
                       for file in file_names(agency, agency.report(year))]
            series.append({"key": track.key, "agency_key": agency.key, "members": members})
        for defect in agency.defects:
            track = next(t for t in agency.tracks if t.key == defect.track)
            row = track.years.get(defect.year) or track.years[defect.earlier_year]
            for file in file_names(agency, agency.report(defect.year)):
                defects.append({"code": defect.code, "file": file, "track": defect.track, "indicator": row.name,
                                "earlier_files": file_names(agency, agency.report(defect.earlier_year))})
    with_defects = {d["file"] for d in defects}
    clean = [d["file"] for d in documents if d["file"] not in with_defects]
    return {"documents": documents, "series": series, "defects": defects, "clean": clean}
