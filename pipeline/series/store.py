"""The series in the database: tables `agencies`, `agency_names`, `series`, `series_members`, `series_mapping`
and the view `series_years`, rebuilt from every document in the database whenever documents are loaded.

The rebuild runs inside the load's transaction: it reads the documents and indicators already there, links
them (keeping the series_id each indicator had, so loading again, or loading a new year, changes no id),
and replaces the rows of the series tables. The mapping a load was given is kept in `series_mapping`, so
later loads, `series --db` and `validate --history` respect it.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, Double, Index, Integer, MetaData, Table, Text, delete, insert, inspect, select, text
from sqlalchemy.engine import Connection

from pipeline.series.build import SeriesSet, build_series
from pipeline.series.mapping import Mapping, MappingRow
from pipeline.series.model import IndicatorRef, SeriesDocument

series_metadata = MetaData()

agencies = Table(
    "agencies", series_metadata,
    Column("agency_key", Text, primary_key=True, comment="the agency's earliest name, normalized"),
    Column("agency", Text, nullable=False, comment="its latest name, as its latest report writes it"),
    Column("first_year", Integer), Column("last_year", Integer),
    Column("documents", Integer, nullable=False), Column("series", Integer, nullable=False),
)
agency_names = Table(
    "agency_names", series_metadata,
    Column("name", Text, primary_key=True, comment="an agency name as a report writes it"),
    Column("agency_key", Text, nullable=False), Column("rule", Text, nullable=False), Column("score", Double),
    Index("ix_agency_names_agency_key", "agency_key"),
)
series = Table(
    "series", series_metadata,
    Column("series_id", Text, primary_key=True),
    Column("agency_key", Text, nullable=False), Column("agency", Text, nullable=False),
    Column("name", Text, nullable=False, comment="the indicator's latest wording"),
    Column("first_year", Integer), Column("last_year", Integer),
    Column("years", Integer, nullable=False), Column("members", Integer, nullable=False),
    Index("ix_series_agency_key", "agency_key"),
)
series_members = Table(
    "series_members", series_metadata,
    Column("document_id", Text, primary_key=True), Column("indicator_index", Integer, primary_key=True),
    Column("series_id", Text, nullable=False), Column("reporting_year", Integer),
    Column("file", Text), Column("name", Text, nullable=False),
    Column("rule", Text, nullable=False), Column("score", Double),
    Column("linked_to_document_id", Text), Column("linked_to_index", Integer),
    Index("ix_series_members_series_id", "series_id"),
)
series_mapping = Table(
    "series_mapping", series_metadata,
    Column("line", Integer, primary_key=True), Column("kind", Text, nullable=False), Column("agency", Text),
    Column("reporting_year", Integer), Column("name", Text, nullable=False), Column("target", Text, nullable=False),
    Column("comment", Text),
)
SERIES_TABLES = (agencies, agency_names, series, series_members)

VIEW = "series_years"
# One row per series and reporting year: the report that speaks for the year (a second copy, the PDF of a
# DOCX, is left out), its plan, fact and status.
VIEW_SQL = f"""CREATE VIEW {VIEW} AS
SELECT s.series_id, s.agency_key, s.agency, s.name AS series_name, m.reporting_year, m.document_id, m.file,
       i.name, i.unit, i.plan, i.fact, i.plan_text, i.fact_text, i.status, i.status_text, m.rule, m.score
FROM series_members m
JOIN series s ON s.series_id = m.series_id
JOIN indicators i ON i.document_id = m.document_id AND i."index" = m.indicator_index
WHERE m.rule <> 'same_report'"""


def documents_in(conn: Connection) -> list[SeriesDocument]:
    """Every document of the database with its indicators, as linking sees them."""
    listed = conn.exec_driver_sql("SELECT document_id, file, agency, reporting_year, format, errors FROM documents")
    docs = {row[0]: SeriesDocument(row[0], row[1] or "", row[2], row[3], row[4] or "docx", row[5] or 0)
            for row in listed.fetchall()}
    query = ('SELECT document_id, "index", name, unit, plan, fact, status, plan_text, fact_text, direction_number, '
             'direction_title, goal_number, goal_title, comment, location_page, location_table, location_row '
             'FROM indicators ORDER BY document_id, "index"')
    for row in conn.exec_driver_sql(query).fetchall():
        if row[0] in docs:
            docs[row[0]].indicators.append(_indicator(row))
    return [docs[key] for key in sorted(docs)]


def _indicator(row) -> IndicatorRef:
    """An indicators row (in the query's column order) as linking sees it."""
    return IndicatorRef(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                        row[11], row[12], row[13], (row[14], row[15], row[16]))


def stored_ids(conn: Connection) -> dict[tuple[str, int], str]:
    """(document_id, indicator index) -> series_id, as the last rebuild left them."""
    return {(r.document_id, r.indicator_index): r.series_id
            for r in conn.execute(select(series_members.c.document_id, series_members.c.indicator_index,
                                         series_members.c.series_id))}


def stored_mapping(conn: Connection) -> Mapping:
    rows = [MappingRow(r.kind, r.agency or "", r.reporting_year, r.name, r.target, r.comment or "", r.line)
            for r in conn.execute(select(series_mapping).order_by(series_mapping.c.line))]
    return Mapping(rows, "the database's series_mapping table")


def series_from_database(conn: Connection, mapping: Optional[Mapping] = None) -> SeriesSet:
    """The series of every document in the database (the stored mapping unless another is given; stored ids kept).
    A database loaded before it had series tables is linked afresh."""
    if series_members.name not in inspect(conn).get_table_names():
        return build_series(documents_in(conn), mapping)
    return build_series(documents_in(conn), mapping or stored_mapping(conn), stored_ids(conn))


def drop(conn: Connection) -> None:
    """Drop the view and the series tables (before the tables the view reads are dropped)."""
    conn.execute(text(f"DROP VIEW IF EXISTS {VIEW}"))
    series_metadata.drop_all(conn)


def rebuild(conn: Connection, mapping: Optional[Mapping] = None) -> SeriesSet:
    """Link every document of the database and replace the series tables' rows (in the caller's transaction)."""
    series_metadata.create_all(conn)
    if mapping is not None:
        conn.execute(delete(series_mapping))
        if mapping.rows:
            conn.execute(insert(series_mapping), [_mapping_row(r) for r in mapping.rows])
    result = series_from_database(conn, mapping)
    for table in SERIES_TABLES:
        conn.execute(delete(table))
    for table, rows in rows_of(result).items():
        if rows:
            conn.execute(insert(table), rows)
    conn.execute(text(f"DROP VIEW IF EXISTS {VIEW}"))
    conn.execute(text(VIEW_SQL))
    return result


def _mapping_row(row: MappingRow) -> dict:
    return {"line": row.line, "kind": row.kind, "agency": row.agency, "reporting_year": row.reporting_year,
            "name": row.name, "target": row.target, "comment": row.comment}


def rows_of(result: SeriesSet) -> dict[Table, list[dict]]:
    """The rows of each series table for a linking result."""
    counts: dict[str, int] = {}
    for s in result.series:
        counts[s.agency_key] = counts.get(s.agency_key, 0) + 1
    out: dict[Table, list[dict]] = {agencies: [], agency_names: [], series: [], series_members: []}
    for group in result.agencies:
        years = [d.reporting_year for d in group.documents if d.reporting_year is not None]
        out[agencies].append({"agency_key": group.key, "agency": group.display_name, "first_year": min(years, default=None),
                              "last_year": max(years, default=None), "documents": len(group.documents),
                              "series": counts.get(group.key, 0)})
        out[agency_names] += [{"name": n.name, "agency_key": n.agency_key, "rule": n.rule, "score": n.score}
                              for n in group.names]
    for s in result.series:
        years = s.years
        out[series].append({"series_id": s.series_id, "agency_key": s.agency_key, "agency": s.agency, "name": s.name,
                            "first_year": years[0] if years else None, "last_year": years[-1] if years else None,
                            "years": len(years), "members": len(s.members)})
        out[series_members] += [{
            "document_id": m.indicator.document_id, "indicator_index": m.indicator.index, "series_id": s.series_id,
            "reporting_year": m.reporting_year, "file": m.file, "name": m.indicator.name, "rule": m.rule,
            "score": m.score, "linked_to_document_id": m.linked_to[0] if m.linked_to else None,
            "linked_to_index": m.linked_to[1] if m.linked_to else None,
        } for m in s.members]
    return out
