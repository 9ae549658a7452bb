"""One agency's indicators across its reports, linked into series.

Reports are taken year by year. Each indicator of a year's report is linked to at most one open series (one
with members in earlier years only), each series to at most one indicator of the report; the best pairs
are linked first (a person's mapping row, then equal normalized names, then fuzzy matches by score). An
indicator linked to nothing starts a series of its own. Rules and scores:

* `manual` (100): a mapping row put the indicator in that series;
* `exact` (100): the normalized names are equal (lemmas, stop words dropped, units and numbers apart);
* `fuzzy` (the score): rapidfuzz's token-set ratio of the normalized names (acronyms spelled out by the
  other name's initials) is at least FUZZY_MIN_SCORE, the numbers in the names agree, the measure heads
  ("Доля", "Количество") agree, and the two sit in the same strategic direction;
* `same_report` (100): the indicator of a second copy of one report (the DOCX and the PDF of it);
* `new`: the first member of a series.

Directions are renumbered between plans, so a direction is matched by its title (token-set ratio >=
DIRECTION_MIN_SCORE), else by the exact links between their indicators, else, for a direction that matches
no earlier one either way, by its number. An exact link needs no direction: indicators move between
directions when a plan is rewritten.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from pipeline.series.mapping import NEW, Mapping, MappingRow
from pipeline.series.model import AgencyGroup, IndicatorRef, Member, Series, SeriesDocument
from pipeline.series.normalize import Name, expand_acronyms, normalize

FUZZY_MIN_SCORE = 90.0
DIRECTION_MIN_SCORE = 85.0
COPY_MIN_SHARE = 0.8       # this share of equal normalized names makes two same-year documents one report
NAMES_COMPARED = 3         # a series is compared through its last three distinct wordings
RULE_RANK = {"manual": 3, "exact": 2, "fuzzy": 1}
NO_YEAR = 10**6  # a report without a reporting year links to nothing and nothing links to it


@dataclass
class _Open:
    """A series being built: its distinct normalized wordings (latest last) and its latest member."""

    series: Series
    names: list[Name]
    last: IndicatorRef
    last_year: int
    reused: bool = False


@dataclass(order=True)
class _Candidate:
    rank: tuple
    indicator: int = field(compare=False)
    open: int = field(compare=False)
    rule: str = field(compare=False)
    score: float = field(compare=False)


def direction_key(ref: IndicatorRef) -> tuple[Optional[str], str]:
    return ref.direction_number, normalize(ref.direction_title or "").fuzzy


def series_id(agency: str, name: Name, salt: str = "") -> str:
    """A stable id from the agency's key and the normalized name of the series' first member."""
    return "s" + hashlib.sha1(f"{agency}|{name.key}{salt}".encode()).hexdigest()[:12]


class Linker:
    """Links one agency's reports, year by year, into series."""

    def __init__(self, group: AgencyGroup, mapping: Mapping, previous_ids: dict[tuple[str, int], str],
                 taken_ids: set[str]):
        self.group = group
        self.mapping_rows = [r for r in mapping.indicator_rows() if _agency_of_row(r, group)]
        self.mapping = mapping
        self.previous_ids = previous_ids
        self.taken = taken_ids  # ids given to series so far (across agencies)
        self.open: list[_Open] = []
        self.files = {d.document_id: d.file for d in group.documents}

    # ----------------------------------------------------------------------- reports

    def link_year(self, year: Optional[int], documents: list[SeriesDocument]) -> None:
        """Every document of one year: the reports first, then the second copies of them."""
        primaries: list[SeriesDocument] = []
        for doc in sorted(documents, key=lambda d: d.rank):
            primary = next((p for p in primaries if _same_report(doc, p)), None)
            if primary is None:
                primaries.append(doc)
                self.link_report(doc, year)
            else:
                self.link_copy(doc, primary, year)

    def link_report(self, doc: SeriesDocument, year: Optional[int]) -> None:
        """Link the report's indicators to the open series, best pairs first; the rest start series."""
        open_ = [i for i, o in enumerate(self.open) if year is not None and o.last_year < year]
        names = [normalize(ref.name) for ref in doc.indicators]
        linked: dict[int, tuple[int, str, float]] = {}
        manual_new: set[int] = set()
        for i, ref in enumerate(doc.indicators):
            row = self._mapping_row(ref, names[i], year)
            if row is None:
                continue
            target = next((j for j in open_ if self.open[j].series.series_id == row.target), None)
            if target is not None and target not in {t for t, _, _ in linked.values()}:
                linked[i] = (target, "manual", 100.0)
            else:
                manual_new.add(i)
        taken = {t for t, _, _ in linked.values()}
        for i, j in self._same_as_last(names, [j for j in open_ if j not in taken], set(linked) | manual_new):
            linked[i] = (j, "exact", 100.0)
            taken.add(j)
        rest = [j for j in open_ if j not in taken]
        for c in sorted(self._candidates(doc, names, rest, set(linked) | manual_new), reverse=True):
            if c.indicator in linked or c.indicator in manual_new or c.open in taken:
                continue
            linked[c.indicator] = (c.open, c.rule, c.score)
            taken.add(c.open)
        for i, ref in enumerate(doc.indicators):
            if i in linked:
                self._join(linked[i][0], ref, names[i], year, linked[i][1], linked[i][2])
            else:
                row = self._mapping_row(ref, names[i], year)
                forced = row.target if row is not None and row.target.lower() != NEW else None
                self._start(ref, names[i], year, "manual" if row is not None else "new", forced)

    def link_copy(self, doc: SeriesDocument, primary: SeriesDocument, year: Optional[int]) -> None:
        """A second copy of a report: each indicator joins the series of the primary's indicator of the same name."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for j, ref in enumerate(primary.indicators):
            by_key[normalize(ref.name).key].append(j)
        members = {m.indicator.key: o for o in self.open for m in o.series.members}
        for ref in doc.indicators:
            name = normalize(ref.name)
            slots = by_key.get(name.key)
            if slots:
                o = members[primary.indicators[slots.pop(0)].key]
                o.series.members.append(Member(ref, year, self.files[ref.document_id], "same_report", 100.0,
                                               o.series.members[-1].indicator.key))
            else:
                self._start(ref, name, year, "new", None)

    # ----------------------------------------------------------------------- candidates

    def _same_as_last(self, names: list[Name], open_: list[int], done: set[int]) -> list[tuple[int, int]]:
        """Indicators whose normalized name is that of exactly one open series' latest wording, and that series'
        only such indicator: the common case of a name kept from last year, linked without scoring the rest."""
        by_key: dict[str, list[int]] = defaultdict(list)
        for j in open_:
            by_key[self.open[j].names[-1].key].append(j)
        wanted = defaultdict(list)
        for i, name in enumerate(names):
            if i not in done:
                wanted[name.key].append(i)
        return [(found[0], by_key[key][0]) for key, found in wanted.items() if len(found) == 1 and len(by_key.get(key, [])) == 1]

    def _candidates(self, doc: SeriesDocument, names: list[Name], open_: list[int], done: set[int]) -> list[_Candidate]:
        """Every allowed (indicator, open series) pair with its rule and score, for the indicators not linked yet."""
        pending = [i for i in range(len(names)) if i not in done]
        if not open_ or not pending:
            return []
        flat = [(j, name) for j in open_ for name in self.open[j].names[-NAMES_COMPARED:]]
        scores = cdist([names[i].fuzzy for i in pending], [n.fuzzy for _, n in flat], scorer=fuzz.token_set_ratio,
                       workers=1)
        best: dict[tuple[int, int], tuple[int, float]] = {}
        for row, k in _pairs_worth_scoring(scores, [names[i] for i in pending], [n for _, n in flat]):
            i, (j, other) = pending[row], flat[k]
            rule, score = self._score(names[i], other, float(scores[row][k]))
            if rule and (RULE_RANK[rule], score) > best.get((i, j), (0, 0.0)):
                best[(i, j)] = (RULE_RANK[rule], score)
        allowed = _direction_compatibility(doc.indicators, [self.open[j].last for j in open_], best, open_)
        out = []
        for (i, j), (rank, score) in best.items():
            rule = "exact" if rank == RULE_RANK["exact"] else "fuzzy"
            ref, last = doc.indicators[i], self.open[j].last
            if rule == "fuzzy" and (direction_key(ref), direction_key(last)) not in allowed:
                continue
            sort_score = fuzz.token_sort_ratio(names[i].fuzzy, self.open[j].names[-1].fuzzy)
            tie = (_same_goal(ref, last), sort_score, -abs(ref.index - last.index), -j)
            out.append(_Candidate((rank, score) + tie, i, j, rule, score))
        return out

    def _score(self, name: Name, other: Name, set_score: float) -> tuple[Optional[str], float]:
        """(rule, score) of one name against one wording of a series, or (None, 0) when they must not link."""
        if name.key == other.key:
            return "exact", 100.0
        if name.acronyms or other.acronyms:
            a, b = expand_acronyms(name, other), expand_acronyms(other, name)
            if a.key == b.key:
                return "exact", 100.0
            set_score = fuzz.token_set_ratio(a.fuzzy, b.fuzzy)
        if set_score < FUZZY_MIN_SCORE:
            return None, 0.0
        if name.numbers and other.numbers and name.numbers != other.numbers:
            return None, 0.0
        if name.head and other.head and name.head != other.head:
            return None, 0.0
        return "fuzzy", round(set_score, 1)

    # ----------------------------------------------------------------------- series

    def _mapping_row(self, ref: IndicatorRef, name: Name, year: Optional[int]) -> Optional[MappingRow]:
        for row in self.mapping_rows:
            if row.reporting_year == year and row.name_key == name.key:
                self.mapping.used.add(row.line)
                return row
        return None

    def _join(self, j: int, ref: IndicatorRef, name: Name, year: Optional[int], rule: str, score: float) -> None:
        o = self.open[j]
        o.series.members.append(Member(ref, year, self.files[ref.document_id], rule, score, o.last.key))
        if all(n.key != name.key for n in o.names):
            o.names.append(name)
        o.last, o.last_year = ref, year if year is not None else NO_YEAR

    def _start(self, ref: IndicatorRef, name: Name, year: Optional[int], rule: str, forced: Optional[str]) -> None:
        reused = self.previous_ids.get(ref.key)
        if forced:
            sid = forced
        elif reused and reused not in self.taken:
            sid = reused
        else:
            sid = series_id(self.group.key, name)
            if sid in self.taken:
                sid = series_id(self.group.key, name, f"|{year}|{ref.document_id}|{ref.index}")
        self.taken.add(sid)
        series = Series(sid, self.group.key, self.group.display_name,
                        [Member(ref, year, self.files[ref.document_id], rule, 100.0 if rule == "manual" else None)])
        self.open.append(_Open(series, [name], ref, year if year is not None else NO_YEAR,
                               reused=bool(forced) or sid == reused))

    def finish(self) -> list[Series]:
        """The series; one whose first member is new but whose later members had an id keeps that id."""
        for o in self.open:
            if o.reused:
                continue
            earlier = [self.previous_ids.get(m.indicator.key) for m in o.series.members[1:]]
            free = next((sid for sid in earlier if sid and sid not in self.taken), None)
            if free:
                self.taken.discard(o.series.series_id)
                o.series.series_id = free
                self.taken.add(free)
        return [o.series for o in self.open]


def _pairs_worth_scoring(scores: np.ndarray, names: list[Name], others: list[Name]) -> list[tuple[int, int]]:
    """(indicator, wording) pairs alike enough to score, and the pairs where an acronym of one may be spelled out
    by the other's words."""
    pairs: set[tuple[int, int]] = {(int(i), int(k)) for i, k in np.argwhere(scores >= FUZZY_MIN_SCORE)}
    with_acronyms = [k for k, n in enumerate(others) if n.acronyms]
    for i, name in enumerate(names):
        if name.acronyms:
            pairs.update((i, k) for k, other in enumerate(others) if name.may_spell(other) or other.may_spell(name))
        else:
            pairs.update((i, k) for k in with_acronyms if others[k].may_spell(name))
    return sorted(pairs)


def _agency_of_row(row: MappingRow, group: AgencyGroup) -> bool:
    key = normalize(row.agency, "agency").key
    return key == group.key or any(normalize(n.name, "agency").key == key for n in group.names)


def _same_report(doc: SeriesDocument, primary: SeriesDocument) -> bool:
    """Two documents of one year with (nearly) the same indicator names are copies of one report."""
    a = [normalize(r.name).key for r in doc.indicators]
    b = [normalize(r.name).key for r in primary.indicators]
    if not a or not b:
        return False
    common = sum(min(a.count(k), b.count(k)) for k in set(a))
    return common / max(len(a), len(b)) >= COPY_MIN_SHARE


def _same_goal(ref: IndicatorRef, last: IndicatorRef) -> bool:
    a, b = normalize(ref.goal_title or "").fuzzy, normalize(last.goal_title or "").fuzzy
    return bool(a and b) and fuzz.token_set_ratio(a, b) >= DIRECTION_MIN_SCORE


def _direction_compatibility(refs: list[IndicatorRef], lasts: list[IndicatorRef], best: dict,
                             open_: list[int]) -> set[tuple]:
    """(new direction, earlier direction) pairs that count as one direction: alike titles, exact links between
    their indicators, or, for a new direction that matches no earlier one so, the same number. A missing
    direction matches any."""
    new_dirs = {direction_key(r) for r in refs}
    old_dirs = {direction_key(r) for r in lasts}
    position = {j: k for k, j in enumerate(open_)}
    voted = {(direction_key(refs[i]), direction_key(lasts[position[j]]))
             for (i, j), (rank, _) in best.items() if rank == RULE_RANK["exact"]}
    allowed = set(voted)
    for new in new_dirs:
        for old in old_dirs:
            if _blank(new) or _blank(old) or (new[1] and old[1] and fuzz.token_set_ratio(new[1], old[1]) >= DIRECTION_MIN_SCORE):
                allowed.add((new, old))
    for new in new_dirs:
        if not any(pair[0] == new for pair in allowed):
            allowed |= {(new, old) for old in old_dirs if old[0] == new[0]}
    return allowed


def _blank(direction: tuple[Optional[str], str]) -> bool:
    return direction[0] is None and not direction[1]
