"""Every agency's series from a set of documents: agencies grouped, then each agency's reports linked year by year."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from typing import Optional

from pipeline.series.agencies import group_agencies
from pipeline.series.link import Linker
from pipeline.series.mapping import Mapping, MappingRow
from pipeline.series.model import AgencyGroup, Series, SeriesDocument


@dataclass
class SeriesSet:
    """The agencies, their series, and the mapping rows no document matched (to tell the person)."""

    agencies: list[AgencyGroup]
    series: list[Series]
    unused_mapping: list[MappingRow] = field(default_factory=list)

    def by_member(self) -> dict[tuple[str, int], Series]:
        """(document_id, indicator index) -> its series."""
        return {m.indicator.key: s for s in self.series for m in s.members}


def build_series(documents: list[SeriesDocument], mapping: Optional[Mapping] = None,
                 previous_ids: Optional[dict[tuple[str, int], str]] = None) -> SeriesSet:
    """Link the documents' indicators into series. previous_ids: (document_id, index) -> the series_id an
    earlier run gave that indicator; a series keeps such an id, so adding reports (even of earlier years)
    does not renumber the series already there."""
    mapping = mapping or Mapping([])
    groups = group_agencies(documents, mapping)
    taken: set[str] = set()
    series: list[Series] = []
    for group in groups:
        linker = Linker(group, mapping, previous_ids or {}, taken)
        dated = sorted(group.documents, key=_year_order)
        for year, docs in groupby(dated, key=lambda d: d.reporting_year):
            linker.link_year(year, list(docs))
        series += linker.finish()
    series.sort(key=_series_order)
    for s in series:
        s.members.sort(key=lambda m: (_year_order_of(m.reporting_year), m.file, m.indicator.index))
    return SeriesSet(groups, series, mapping.unused())


def _year_order(doc: SeriesDocument) -> tuple:
    return _year_order_of(doc.reporting_year)


def _year_order_of(year: Optional[int]) -> tuple:
    return (year is None, year or 0)


def _series_order(series: Series) -> tuple:
    first = series.members[0]
    return series.agency_key, _year_order_of(first.reporting_year), first.file, first.indicator.index
