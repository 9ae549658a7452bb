"""Each indicator of an agency as a time series across its reports of different years.

    from pipeline.series import build_series, run_documents
    result = build_series(run_documents(Path("output")))      # agencies, series, unused mapping rows
    for series in result.series:
        print(series.series_id, series.agency, series.name, [(m.reporting_year, m.indicator.fact) for m in series.members])

Modules: normalize (names -> lemmas, acronyms, numbers, units), agencies (which documents are one agency),
link (indicators -> series, with the rule and score of each link), mapping (a person's corrections),
build (all of it), sources (document objects in), output (JSON/CSV out).
"""
from pipeline.series.build import SeriesSet, build_series
from pipeline.series.mapping import Mapping, read_mapping
from pipeline.series.model import AgencyGroup, IndicatorRef, Member, Series, SeriesDocument
from pipeline.series.sources import run_documents, series_document

__all__ = ["AgencyGroup", "IndicatorRef", "Mapping", "Member", "Series", "SeriesDocument",
           "SeriesSet", "build_series", "read_mapping", "run_documents", "series_document"]
