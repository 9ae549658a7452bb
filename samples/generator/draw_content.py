"""What a generated report says: directions and goals, risk and indicator rows, the analytical note.

Rows come from the samples (sample_committee, sample_ministry) and from wording.py; figures are drawn so
that every indicator's status agrees with its plan and fact, and "X из Y (Z%)" statements add up.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import sample_committee
import sample_ministry
from generator import wording
from generator.figures import Figures, fmt_number, separator
from generator.markup import visible
from generator.model import Group, GroupRow, Para, Record
from sample_model import INDICATOR_STATUSES as SAMPLE_INDICATOR_STATUSES
from sample_model import IndicatorRow, RiskRow, cell_text, number_value, parse_group, split_status

SAMPLE_MODULES = (sample_committee, sample_ministry)
WORD = re.compile(r"(?<![⟦:\w])([А-Яа-яЁё]{5,})(?![\w⟧])")
SENTENCE_END = re.compile(r"[.!?]$")
SHARE_BEFORE = re.compile(r"(?:\(|(?<!\w)или)\s*$")  # "из 144 (27,1%)", "17 930 км, или 71,8%": a share of a count


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator that may appear in a report, and the range its values are drawn from."""

    name: str
    unit: str
    sources: tuple[str, ...]
    low: float
    high: float
    decimals: int
    lower_is_better: bool


@lru_cache(maxsize=1)
def indicator_pool() -> list[IndicatorSpec]:
    """The samples' indicators (direction of "better" read from their own statuses) and wording.py's."""
    pool = [IndicatorSpec(n, u, tuple(s), lo, hi, d, lower) for n, u, s, lo, hi, d, lower in wording.INDICATORS]
    seen = {spec.name for spec in pool}
    for module in SAMPLE_MODULES:
        for row in module.INDICATORS:
            if isinstance(row, IndicatorRow) and row.name not in seen:
                spec = _sample_spec(row)
                if spec is not None:
                    pool.append(spec)
                    seen.add(spec.name)
    return pool


def _sample_spec(row: IndicatorRow) -> Optional[IndicatorSpec]:
    plan, fact = number_value(cell_text(row.plan)), number_value(cell_text(row.fact))
    if plan is None or fact is None or not row.unit or not row.source or plan <= 0:
        return None
    status = split_status(row.status, SAMPLE_INDICATOR_STATUSES)[0]
    lower = (status == "achieved" and fact < plan) or (status == "not_achieved" and fact > plan)
    decimals = max(len(t.split(",")[1]) if "," in t else 0 for t in (cell_text(row.plan), cell_text(row.fact)))
    high = plan * 1.3 if row.unit != "%" else min(plan * 1.3, 100.0)
    return IndicatorSpec(row.name, row.unit, (row.source,), plan * 0.7, high, min(decimals, 2), lower)


@lru_cache(maxsize=1)
def risk_pool() -> list[tuple[str, str, str]]:
    """(risk, planned measures, actual measures) of the samples and of wording.py (with {figures})."""
    pool = list(wording.RISKS)
    for module in SAMPLE_MODULES:
        pool += [(r.risk, r.planned, r.actual) for r in module.RISKS if isinstance(r, RiskRow)]
    return pool


@lru_cache(maxsize=1)
def direction_pool() -> list[tuple[str, list[str]]]:
    """Direction titles with their goals' titles: wording.py's and the samples'."""
    pool = list(wording.DIRECTIONS)
    for module in SAMPLE_MODULES:
        current: Optional[tuple[str, list[str]]] = None
        for row in module.RISKS:
            if isinstance(row, str):
                group = parse_group(row)
                if group.kind == "direction":
                    current = (group.title, [])
                    pool.append(current)
                elif current is not None:
                    current[1].append(group.title)
    return pool


@lru_cache(maxsize=1)
def note_pool() -> list[str]:
    """Body paragraphs of the samples' notes."""
    return [text for module in SAMPLE_MODULES for style, text in module.NOTE if style == "body"]


@lru_cache(maxsize=1)
def sample_percent_facts() -> dict[str, str]:
    """A sample percentage indicator's name -> its fact as the sample writes it ("83,9"): the figure its note
    paragraph states for it."""
    return {row.name: cell_text(row.fact) for module in SAMPLE_MODULES for row in module.INDICATORS
            if isinstance(row, IndicatorRow) and row.unit == "%" and number_value(cell_text(row.fact)) is not None}


def with_drawn_facts(paragraph: str, indicators: list[Record]) -> Optional[str]:
    """A sample note paragraph with the sample's percentage facts rewritten to the facts drawn for the same
    indicators of this report: "..., составила 83,9%" -> "составила 88,2%" when the table's fact is 88,2 (the
    sample's paragraph would otherwise contradict the table, a genuine note_table_mismatch). None where such a
    figure is the share of a count beside it ("39 систем из 144 (27,1%)", "17 930 км, или 71,8%"): rewriting it
    would break the arithmetic, so the paragraph is not used."""
    for record in indicators:
        written = sample_percent_facts().get(visible(record.cells.get("name", "")))
        if written is None or record.fact is None or record.fact == number_value(written):
            continue
        decimals = len(written.split(",")[1]) if "," in written else 0
        drawn = fmt_number(record.fact, max(decimals, _decimals(record.fact)))
        stated = list(re.finditer(rf"(?<![\d,]){re.escape(written)}(?=\s?%)", paragraph))
        if any(SHARE_BEFORE.search(paragraph, 0, m.start()) for m in stated):
            return None
        for m in reversed(stated):
            paragraph = paragraph[:m.start()] + drawn + paragraph[m.end():]
    return paragraph


def _decimals(value: float) -> int:
    """The decimals a drawn value needs (drawn values carry at most two)."""
    return next((d for d in range(3) if round(value, d) == value), 2)


class ContentDrawer:
    """Draws the content of one report from a seeded random generator."""

    def __init__(self, rng: random.Random, year: int):
        self.rng = rng
        self.year = year
        self.figures = Figures(rng, year)
        self.risks = rng.sample(risk_pool(), len(risk_pool()))
        self.indicators = rng.sample(indicator_pool(), len(indicator_pool()))

    # ------------------------------------------------------------------ groups
    def structure(self) -> list[tuple[Group, list[Group]]]:
        """1-3 directions with 1-3 goals each, numbered as reports number them."""
        rng = self.rng
        chosen = rng.sample(direction_pool(), rng.choice([1, 2, 2, 3]))
        out = []
        for i, (title, goals) in enumerate(chosen, 1):
            direction = Group("direction", str(i), title)
            picked = rng.sample(goals, min(len(goals), rng.choice([1, 2, 2, 3])))
            out.append((direction, [Group("goal", f"{i}.{j}", g) for j, g in enumerate(picked, 1)]))
        return out

    def label(self, group: Group, prefixes: tuple[str, str]) -> str:
        """A group's label as a table or the note writes it: prefixes are (direction's, goal's) wording."""
        prefix = prefixes[0] if group.kind == "direction" else prefixes[1]
        return prefix.format(n=group.number) + group.title

    def prefixes(self) -> tuple[str, str]:
        """One way of writing direction and goal labels, kept through a table or the note."""
        return self.rng.choice(wording.DIRECTION_PREFIXES), self.rng.choice(wording.GOAL_PREFIXES)

    def group_rows(self, direction: Group, goal: Group, combined: bool, prefixes: tuple[str, str]) -> list[GroupRow]:
        """The direction's row and its first goal's row, or both labels in one cell."""
        if combined:
            label = self.label(direction, prefixes) + "\n" + self.label(goal, prefixes)
            return [GroupRow([direction, goal], label, direction.number)]
        return [GroupRow([direction], self.label(direction, prefixes), direction.number),
                GroupRow([goal], self.label(goal, prefixes), goal.number)]

    # ------------------------------------------------------------------ risks
    def risk_record(self) -> Record:
        """A risk row: texts from the pool, a status with (sometimes) its explanation."""
        rng = self.rng
        risk, planned, actual = (self.decorate(self.figures.fill(t)) for t in self.risks.pop())
        status = rng.choices(list(wording.RISK_STATUSES), weights=[6, 3, 1])[0]
        wording_ = rng.choice(wording.RISK_STATUSES[status])
        remark = None
        if rng.random() < (0.5 if status != "executed" else 0.1):
            remark = self.figures.fill(rng.choice(wording.RISK_REMARKS[status]))
        record = Record({"risk": risk, "planned": planned, "actual": actual}, status, wording_, remark)
        record.cells["status"] = self.status_cell(wording_, remark)
        return record

    def status_cell(self, wording_: str, remark: Optional[str]) -> str:
        """The status wording and its explanation, separated as reports separate them."""
        if not remark:
            return wording_
        if "(" in wording_:
            separators = ["\n", "\n\n"]  # a bracketed remark belongs to the status only at the line's end
        elif remark[:1].islower():
            separators = [" – ", ", ", "\n"]
        else:
            separators = wording.STATUS_SEPARATORS
        return wording_ + self.rng.choice(separators) + remark

    def decorate(self, text: str) -> str:
        """Now and then a bold or italic word, a tracked change, paragraphs turned into soft breaks."""
        rng = self.rng
        if rng.random() < 0.15:
            text = self._format_word(text, rng.choice(["b", "i", "bi"]))
        if rng.random() < 0.08:
            text = self._tracked_change(text)
        if "\n\n" in text and rng.random() < 0.3:
            text = text.replace("\n\n", "\n")
        return text

    def _format_word(self, text: str, kind: str) -> str:
        found = list(WORD.finditer(text))
        if not found:
            return text
        m = self.rng.choice(found)
        if _inside_span(text, m.start()):
            return text  # spans do not nest: a bold word inside a footnote would leave its "⟧" in the text
        return text[: m.start()] + f"⟦{kind}:{m.group(1)}⟧" + text[m.end():]

    def _tracked_change(self, text: str) -> str:
        """Insert a tracked insertion or a deleted word before a word (the visible text stays a sentence)."""
        found = list(WORD.finditer(text))
        if not found:
            return text
        m = self.rng.choice(found)
        change = self.rng.choice(["{+дополнительно +}", "{-предварительно -}", "{-почти вдвое -}{+существенно +}"])
        return text[: m.start()] + change + text[m.start():]

    # ------------------------------------------------------------------ indicators
    def indicator_record(self, comment_column: bool) -> Record:
        """An indicator row whose status agrees with its plan and fact."""
        rng = self.rng
        spec = self.indicators.pop()
        status = rng.choices(["achieved", "partially_achieved", "not_achieved"], weights=[6, 1, 3])[0]
        plan, fact = self._plan_fact(spec, status)
        decimals = spec.decimals
        plan_decimals = 0 if rng.random() < 0.5 and plan == round(plan) else decimals
        sep = separator(rng)
        plan_text = fmt_number(plan, plan_decimals, sep)
        fact_text = fmt_number(fact, decimals, sep)
        if spec.lower_is_better and rng.random() < 0.6:
            plan_text = "не более " + plan_text
        elif not spec.lower_is_better and rng.random() < 0.12:
            plan_text = "не менее " + plan_text
        if spec.unit == "%" and rng.random() < 0.15:
            fact_text += rng.choice(["%", " %"])
        wording_ = rng.choice(wording.INDICATOR_STATUSES[status])
        remark = self._indicator_remark(status)
        source = rng.choice(wording.LONG_SOURCES) if rng.random() < 0.1 else rng.choice(spec.sources)
        cells = {"name": self.decorate_name(spec.name), "unit": spec.unit, "plan": plan_text, "fact": fact_text,
                 "source": source}
        record = Record(cells, status, wording_, None, parse_plain(plan_text), parse_plain(fact_text))
        if comment_column and status != "achieved" and remark:
            cells["comment"] = remark
            cells["status"] = wording_
        else:
            record.status_comment = remark
            cells["status"] = self.status_cell(wording_, remark)
        return record

    def decorate_name(self, name: str) -> str:
        return self._format_word(name, "i") if self.rng.random() < 0.05 else name

    def _indicator_remark(self, status: str) -> Optional[str]:
        rng = self.rng
        chance = {"achieved": 0.15, "partially_achieved": 0.7, "not_achieved": 0.8}[status]
        if rng.random() >= chance:
            return None
        pool = wording.ACHIEVED_REMARKS if status == "achieved" else wording.NOT_ACHIEVED_REASONS
        return self.figures.fill(rng.choice(pool))

    def _plan_fact(self, spec: IndicatorSpec, status: str) -> tuple[float, float]:
        """Plan and fact (rounded as written) that make the status true."""
        rng = self.rng
        d = spec.decimals
        plan = round(rng.uniform(spec.low, spec.high), d)
        better = -1 if spec.lower_is_better else 1
        cap = 100.0 if spec.unit == "%" else float("inf")
        if status == "achieved":
            fact = plan * (1 + better * rng.uniform(0, 0.15))
        elif status == "partially_achieved":
            fact = plan * (1 - better * rng.uniform(0.01, 0.1))
        else:
            fact = plan * (1 - better * rng.uniform(0.04, 0.3))
        fact = round(min(fact, cap), d)
        if status == "achieved" and (fact - plan) * better < 0:
            fact = plan
        if status != "achieved" and fact == plan:
            fact = round(plan - better * 10 ** -d, d)
        return plan, fact

    # ------------------------------------------------------------------ the note
    def note(self, structure: list[tuple[Group, list[Group]]], indicators: list[Record]) -> list[Para]:
        """Headings of directions and goals, body paragraphs under them, and a closing summary."""
        rng = self.rng
        prefixes = self.prefixes()
        paras: list[Para] = []
        for direction, goals in structure:
            paras.append(Para(self.label(direction, prefixes), "heading"))
            for goal in goals:
                if rng.random() < 0.85:
                    paras.append(Para(self.label(goal, prefixes), "heading"))
                for _ in range(rng.choice([1, 1, 2, 3])):
                    paras.append(Para(self.body_paragraph(indicators), "body"))
        paras.append(Para(summary(indicators), "body"))
        return paras

    def body_paragraph(self, indicators: Optional[list[Record]] = None) -> str:
        """Two to four sentences with figures, sometimes a footnote, a bold word or an italic remark; a sample's
        paragraph states the facts drawn for the report's `indicators`, not the sample's."""
        rng = self.rng
        sample = note_pool()[rng.randrange(len(note_pool()))] if rng.random() < 0.25 else None
        if sample is not None and (stated := with_drawn_facts(sample, indicators or [])) is not None:
            sentences = [stated]
        else:
            sentences = [self.figures.fill(t) for t in rng.sample(wording.NOTE_SENTENCES, rng.randint(2, 4))]
        if rng.random() < 0.25:
            i = rng.randrange(len(sentences))
            footnote = self.figures.fill(rng.choice(wording.FOOTNOTES))
            sentences[i] = _before_stop(sentences[i], f"⟦fn:{footnote}⟧")
        if rng.random() < 0.1:
            i = rng.randrange(len(sentences))
            remark = self.figures.fill(rng.choice(wording.ITALIC_REMARKS))
            sentences[i] = _before_stop(sentences[i], f" ⟦i:{remark}⟧")
        text = " ".join(sentences)
        if rng.random() < 0.2:
            text = self._format_word(text, rng.choice(["b", "i"]))
        return text


def _inside_span(text: str, at: int) -> bool:
    """Whether position `at` lies inside a "⟦kind:...⟧" span."""
    return text.count("⟦", 0, at) > text.count("⟧", 0, at)


def _before_stop(sentence: str, insert: str) -> str:
    """Insert text before a sentence's closing full stop."""
    if SENTENCE_END.search(sentence):
        return sentence[:-1] + insert + sentence[-1]
    return sentence + insert


def parse_plain(text: str) -> float:
    """The value of a plan/fact cell as generated ("не более 2 800" -> 2800.0, "93,5 %" -> 93.5)."""
    return number_value(" ".join(visible(text).replace("%", "").split()))


def summary(indicators: list[Record]) -> str:
    """"Всего из 12 целевых индикаторов достигнуто 8, ..." counted from the table."""
    counts = {s: sum(r.status == s for r in indicators) for s in ("achieved", "partially_achieved", "not_achieved")}
    text = f"Всего из {len(indicators)} целевых индикаторов достигнуто {counts['achieved']}"
    if counts["partially_achieved"]:
        text += f", частично достигнуто {counts['partially_achieved']}"
    return text + f", не достигнуто {counts['not_achieved']}."
