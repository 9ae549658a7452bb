"""Which documents belong to one agency, under all the names it had.

Names are compared in their normalized form ("Агентства Республики Казахстан по делам ..." and "Агентство
по делам ..." are one). Two different normalized names are one agency when the fuzzy matcher finds them
alike (token-set ratio >= AGENCY_MIN_SCORE: a rename that cuts or adds a clause, "... по делам
государственной службы и противодействию коррупции" -> "... по делам государственной службы"), their
kind of body is the same (агентство, министерство, комитет: the first word), and they never report in
the same year: two bodies that publish reports side by side are two agencies. The most alike pairs are
joined first. A mapping row can join two names or keep one apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from pipeline.series.mapping import NEW, Mapping
from pipeline.series.model import AgencyGroup, AgencyName, SeriesDocument
from pipeline.series.normalize import normalize

AGENCY_MIN_SCORE = 90.0
UNKNOWN = "unknown agency"


@dataclass
class _Node:
    """One normalized agency name: its documents, their years, the written names."""

    key: str
    documents: list[SeriesDocument] = field(default_factory=list)
    alone: bool = False  # a mapping row said: never matched to another agency

    @property
    def years(self) -> set[int]:
        return {d.reporting_year for d in self.documents if d.reporting_year is not None}

    @property
    def first_year(self) -> int:
        return min(self.years, default=9999)


def agency_key(name: Optional[str]) -> Optional[str]:
    """The normalized agency name (numbers kept: "Управление № 2" is not "Управление № 1"), or None."""
    key = normalize(name, "agency").key if name else ""
    return key or None


def group_agencies(documents: list[SeriesDocument], mapping: Mapping) -> list[AgencyGroup]:
    """The agencies of the documents, each with all its documents and names (sorted by key)."""
    nodes: dict[str, _Node] = {}
    for doc in documents:
        key = agency_key(doc.agency) or f"{UNKNOWN} {doc.document_id[:12]}"
        nodes.setdefault(key, _Node(key)).documents.append(doc)
    parent = {key: key for key in nodes}
    how: dict[str, tuple[str, float]] = {}
    for a, b, rule, score in _candidate_pairs(nodes, mapping):
        ra, rb = _root(parent, a), _root(parent, b)
        if ra == rb:
            continue
        if rule != "manual" and _overlap(nodes, parent, ra, rb):
            continue
        parent[rb] = ra
        how.setdefault(a, (rule, score))
        how.setdefault(b, (rule, score))
    groups: dict[str, list[str]] = {}
    for key in nodes:
        groups.setdefault(_root(parent, key), []).append(key)
    return sorted((_group(nodes, members, how) for members in groups.values()), key=lambda g: g.key)


def _candidate_pairs(nodes: dict[str, _Node], mapping: Mapping) -> list[tuple[str, str, str, float]]:
    """Pairs of names to join: the mapping's first, then the fuzzy matches, most alike first."""
    manual, apart = [], set()
    for row in mapping.agency_rows():
        key = agency_key(row.name)
        if key is None or key not in nodes:
            continue
        mapping.used.add(row.line)
        if row.target.lower() == NEW:
            apart.add(key)
        else:
            target = agency_key(row.target)
            if target in nodes:
                manual.append((target, key, "manual", 100.0))
    fuzzy = []
    keys = sorted(k for k in nodes if not k.startswith(UNKNOWN) and k not in apart)
    scores = cdist(keys, keys, scorer=fuzz.token_set_ratio, score_cutoff=AGENCY_MIN_SCORE, workers=1)
    for i, k in np.argwhere(scores >= AGENCY_MIN_SCORE):
        a, b = keys[int(i)], keys[int(k)]
        if a < b and a.split()[0] == b.split()[0]:
            first, second = sorted((a, b), key=lambda key: (nodes[key].first_year, key))
            fuzzy.append((first, second, "fuzzy", float(scores[i][k])))
    fuzzy.sort(key=lambda p: (-p[3], p[0], p[1]))
    return manual + fuzzy


def _root(parent: dict[str, str], key: str) -> str:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _overlap(nodes: dict[str, _Node], parent: dict[str, str], ra: str, rb: str) -> bool:
    """Do the two groups publish reports in a common year?"""
    years_a = set().union(*(nodes[k].years for k in nodes if _root(parent, k) == ra))
    years_b = set().union(*(nodes[k].years for k in nodes if _root(parent, k) == rb))
    return bool(years_a & years_b)


def _group(nodes: dict[str, _Node], members: list[str], how: dict[str, tuple[str, float]]) -> AgencyGroup:
    """The group keyed by its earliest name; each written name with the rule that joined its node."""
    members.sort(key=lambda k: (nodes[k].first_year, k))
    key = members[0]
    names, documents = [], []
    for node_key in members:
        rule, score = ("first", 100.0) if node_key == key else how.get(node_key, ("fuzzy", 0.0))
        written = sorted({d.agency for d in nodes[node_key].documents if d.agency})
        for i, name in enumerate(written):
            names.append(AgencyName(name, key, rule if i == 0 else ("exact" if rule == "first" else rule), score))
        documents += nodes[node_key].documents
    documents.sort(key=lambda d: (d.reporting_year or 0, d.rank))
    return AgencyGroup(key, names, documents)
