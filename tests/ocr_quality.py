"""The issue's quality bar for scans, measured against the truth the scan was made from.

numbers: plan and fact values of the indicators exactly right (records paired in order by their name; a cell
without a number, "-" or "н/д", must read the same);
texts: the text fields of risks and indicators exactly right after whitespace normalization;
facts: the note's facts (value, unit, year, part, direction, goal) against those of the born-digital file.
A number OCR read wrongly counts as silently wrong unless a finding flags it (ocr_low_confidence
at its record) or it is a missing_value/unparsed_number error a person sees anyway.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

RISK_TEXTS = ("risk", "planned_measures", "actual_measures", "status_text")
INDICATOR_TEXTS = ("name", "source", "unit", "plan_text", "fact_text", "status_text")
FACT_KEY = ("value", "unit", "year", "part", "direction", "goal")
PAIR_MIN_RATIO = 0.6  # an extracted record this like a true one (difflib) is its reading
PAIR_LOOKAHEAD = 3  # ... looked for among the next few extracted records
FLAGGING_CODES = {"ocr_low_confidence", "missing_value", "unparsed_number"}


@dataclass
class Quality:
    numbers: tuple[int, int] = (0, 0)  # right, total
    texts: tuple[int, int] = (0, 0)
    facts_found: int = 0
    facts_truth: int = 0
    facts_right: int = 0
    silently_wrong: list = field(default_factory=list)  # numbers wrong without a finding at their record
    wrong: list = field(default_factory=list)

    @property
    def number_accuracy(self) -> float:
        return self.numbers[0] / max(1, self.numbers[1])

    @property
    def text_accuracy(self) -> float:
        return self.texts[0] / max(1, self.texts[1])

    @property
    def fact_recall(self) -> float:
        return self.facts_right / max(1, self.facts_truth)

    @property
    def fact_precision(self) -> float:
        return self.facts_right / max(1, self.facts_found)

    def summary(self) -> str:
        return (f"numbers {self.numbers[0]}/{self.numbers[1]} = {self.number_accuracy:.3f}, "
                f"texts {self.texts[0]}/{self.texts[1]} = {self.text_accuracy:.3f}, "
                f"facts recall {self.fact_recall:.3f} precision {self.fact_precision:.3f}, "
                f"silently wrong numbers: {len(self.silently_wrong)}")


def norm(value):
    return " ".join(value.split()) if isinstance(value, str) else value


def score(doc: dict, truth: dict) -> Quality:
    """Compare an extracted document (JSON dict) with the truth document (JSON dict of the same report)."""
    q = Quality()
    flagged_rows = {(f["location"] or {}).get("row") for f in doc["findings"] if f["code"] in FLAGGING_CODES
                    and f.get("location")}
    right = total = 0
    for got, want in _pairs(doc["indicators"], truth["indicators"]):
        for key in ("plan", "fact"):
            total += 1
            if got is not None and got[key] == want[key] and (got[key] is not None or got[f"{key}_text"] == want[f"{key}_text"]):
                right += 1
                continue
            entry = (want.get("name", "")[:60], key, want[f"{key}_text"], got and got[f"{key}_text"])
            q.wrong.append(entry)
            if got is None or (got.get("location") or {}).get("row") not in flagged_rows:
                q.silently_wrong.append(entry)
    q.numbers = (right, total)
    right = total = 0
    for kind, fields in (("risks", RISK_TEXTS), ("indicators", INDICATOR_TEXTS)):
        for got, want in _pairs(doc[kind], truth[kind]):
            for key in fields:
                total += 1
                if got is not None and norm(got.get(key)) == norm(want.get(key)):
                    right += 1
                else:
                    q.wrong.append((kind, key, norm(want.get(key)), got and norm(got.get(key))))
    q.texts = (right, total)
    found = Counter(_fact_key(f) for f in doc["facts"])
    truth_facts = Counter(_fact_key(f) for f in truth["facts"])
    q.facts_found, q.facts_truth = sum(found.values()), sum(truth_facts.values())
    q.facts_right = sum((found & truth_facts).values())
    return q


def _pairs(got: list[dict], want: list[dict]):
    """Each true record with the extracted record most like it (by its name or risk text, in order);
    a spurious extra record (a misread header row) is left out, a missing one pairs with None."""
    start = 0
    for item in want:
        key = norm(item.get("name") or item.get("risk") or "")
        best, best_ratio = None, PAIR_MIN_RATIO
        for k in range(start, min(len(got), start + PAIR_LOOKAHEAD)):
            ratio = difflib.SequenceMatcher(None, key, norm(got[k].get("name") or got[k].get("risk") or "")).ratio()
            if ratio > best_ratio:
                best, best_ratio = k, ratio
        if best is None:
            yield None, item
            continue
        start = best + 1
        yield got[best], item


def _fact_key(fact: dict) -> tuple:
    return tuple(fact.get(k) for k in FACT_KEY)
