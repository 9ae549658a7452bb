"""The mapping file: a person's confirmations and corrections of links, which every later run respects.

A CSV file (UTF-8, header row), one decision a row, with the columns:

* `kind`: `indicator` or `agency`;
* `agency`: (indicator rows) the agency, by any name its reports use;
* `reporting_year`: (indicator rows) the year of the report;
* `name`: the indicator's name as that report writes it, or (agency rows) the agency's name as a report writes it;
* `target`: (indicator rows) the series_id to put the indicator in: an id `series` printed, or an id of your
  own (rows with the same id form one series), or `new`: a series of its own, linked to nothing earlier;
  (agency rows) the name of another agency it is the same agency as, or `new`: never matched to another agency;
* `comment`: free text, for people.

Names are compared in their normalized form, so case, quotes and spacing do not matter.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pipeline.errors import MappingError
from pipeline.series.normalize import normalize

COLUMNS = ("kind", "agency", "reporting_year", "name", "target", "comment")
NEW = "new"
KINDS = ("indicator", "agency")


@dataclass(frozen=True)
class MappingRow:
    kind: str
    agency: str
    reporting_year: Optional[int]
    name: str
    target: str
    comment: str = ""
    line: int = 0

    @property
    def name_key(self) -> str:
        return normalize(self.name).key

    @property
    def agency_key(self) -> str:
        return normalize(self.agency, "agency").key


@dataclass
class Mapping:
    """The rows of a mapping file; `used` records which rows a run applied (the others are reported)."""

    rows: list[MappingRow]
    source: str = ""

    def __post_init__(self) -> None:
        self.used: set[int] = set()

    def indicator_rows(self) -> list[MappingRow]:
        return [r for r in self.rows if r.kind == "indicator"]

    def agency_rows(self) -> list[MappingRow]:
        return [r for r in self.rows if r.kind == "agency"]

    def unused(self) -> list[MappingRow]:
        return [r for r in self.rows if r.line not in self.used]


def parse_mapping(text: str, source: str = "mapping") -> Mapping:
    """The rows of a mapping CSV; a MappingError names the row and what is wrong with it."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("kind", "name", "target") if c not in (reader.fieldnames or [])]
    if missing:
        raise MappingError(f"{source}: the header lacks the column(s) {', '.join(missing)} (columns: {', '.join(COLUMNS)})")
    rows = []
    for line, raw in enumerate(reader, start=2):
        rows.append(_row(raw, line, source))
    return Mapping(rows, source)


def _row(raw: dict, line: int, source: str) -> MappingRow:
    values = {c: (raw.get(c) or "").strip() for c in COLUMNS}
    if values["kind"] not in KINDS:
        raise MappingError(f"{source}, line {line}: kind {values['kind']!r} is neither 'indicator' nor 'agency'")
    if not values["name"] or not values["target"]:
        raise MappingError(f"{source}, line {line}: name and target must both be given")
    year = None
    if values["kind"] == "indicator":
        if not values["agency"] or not values["reporting_year"].isdigit():
            raise MappingError(f"{source}, line {line}: an indicator row needs the agency and the reporting_year")
        year = int(values["reporting_year"])
    return MappingRow(values["kind"], values["agency"], year, values["name"], values["target"], values["comment"], line)


def read_mapping(path: Optional[Path]) -> Mapping:
    """The mapping file at path; an empty mapping when path is None."""
    if path is None:
        return Mapping([])
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise MappingError(f"{path}: cannot read the mapping file ({exc.strerror or exc})") from exc
    return parse_mapping(text, str(path))


def mapping_csv(rows: Iterable[MappingRow]) -> str:
    """Rows back as CSV text (what the database keeps and `series` can print)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([r.kind, r.agency, r.reporting_year or "", r.name, r.target, r.comment])
    return out.getvalue()
