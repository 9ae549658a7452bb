"""`python -m pipeline facts PATH...`: plain-text files in, the contract's fact objects out (pipeline.plain_text)."""
from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import pytest

from helpers import ROOT, cli, cli_in_process
from pipeline.models import Fact

REAL_PROSE = json.loads((ROOT / "tests" / "data" / "real_prose_facts.json").read_text(encoding="utf-8"))["cases"]
RUREBUS = ROOT.parent / "shared" / "real" / "rurebus"
MIN_RECALL_OF_LABELLED_LINES = 0.95


def labelled_texts(folder: Path) -> dict[Path, list[dict]]:
    """Each labelled real-prose text rebuilt from its labelled and context lines (the others left empty), with its
    cases."""
    lines: dict[str, dict[int, str]] = defaultdict(dict)
    cases: dict[str, list[dict]] = defaultdict(list)
    for case in REAL_PROSE:
        for number, text in zip(case["lines"], case["blocks"], strict=True):
            lines[case["source"]][number] = text
        for context in case.get("context", []):  # the earlier paragraph that sets the case's period (rule 4)
            lines[case["source"]][context["line"]] = context["text"]
        cases[case["source"]].append(case)
    out = {}
    for source, numbered in lines.items():
        path = folder / Path(source).name
        path.write_text("\n".join(numbered.get(n, "") for n in range(1, max(numbered) + 1)) + "\n", encoding="utf-8")
        out[path] = cases[source]
    return out


def found_at_lines(facts: list[dict], cases: list[dict]) -> tuple[int, int]:
    """(labelled facts found at their line with the same value, unit and year; labelled facts)."""
    by_line: dict[int, list[dict]] = defaultdict(list)
    for f in facts:
        by_line[f["location"]["paragraph"] + 1].append(f)
    hit = total = 0
    for case in cases:
        pool = [f for n in case["lines"] for f in by_line[n]]
        for label in case["facts"]:
            total += 1
            match = next((f for f in pool if math.isclose(f["value"], label["value"], rel_tol=1e-9)
                          and f["unit"] == label["unit"] and f["year"] == label["year"]), None)
            if match is not None:
                pool.remove(match)
                hit += 1
    return hit, total


def test_the_labelled_real_prose_comes_out_of_the_command(tmp_path):
    """The six labelled texts, read whole by the command, give the labelled facts at their lines."""
    texts = labelled_texts(tmp_path)
    status, out, err = cli_in_process("facts", *texts)
    assert (status, err) == (0, "")
    facts = json.loads(out)
    hit = total = 0
    for path, cases in texts.items():
        h, t = found_at_lines([f for f in facts if f["file"] == str(path)], cases)
        hit, total = hit + h, total + t
    assert total == sum(len(c["facts"]) for c in REAL_PROSE)
    assert hit / total >= MIN_RECALL_OF_LABELLED_LINES, f"{hit} of {total}"


def test_every_object_is_the_contracts_fact_and_names_its_file(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("В 2019 году обучено 500 человек.\n\nЗаболеваемость снизилась до 38,4 случая на 100 тыс. населения "
                    "(2018 г. – 45,4).\n", encoding="utf-8")
    status, out, _ = cli_in_process("facts", text, "--format", "json")
    facts = json.loads(out)
    assert status == 0
    assert [(f["value"], f["unit"], f["year"], f["per"], f["location"]["paragraph"], f["file"]) for f in facts] == [
        (500, "person", 2019, None, 0, str(text)), (38.4, "count", 2019, 100000, 2, str(text)),  # rule 4: in force
        (45.4, "count", 2018, 100000, 2, str(text))]
    for f in facts:
        Fact.model_validate({k: v for k, v in f.items() if k != "file"})


def test_the_reporting_year_given_dates_the_headline(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Уровень безработицы снизился до 4,8% (2020 г. – 4,9%).\n", encoding="utf-8")
    _, without, _ = cli_in_process("facts", text)
    _, with_year, _ = cli_in_process("facts", text, "--reporting-year", "2021")
    assert [f["year"] for f in json.loads(without)] == [None, 2020]
    assert [f["year"] for f in json.loads(with_year)] == [2021, 2020]


def test_a_folder_stands_for_its_text_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Построено 12 школ.\n", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("\ufeffВыдано 40 грантов.\n", encoding="utf-8")  # a byte-order mark is fine
    (tmp_path / "b" / "d.docx").write_bytes(b"not text")
    status, out, _ = cli_in_process("facts", tmp_path)
    assert status == 0
    assert [(f["value"], Path(f["file"]).name) for f in json.loads(out)] == [(12, "a.txt"), (40, "c.txt")]


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "missing.txt: no such file or folder"),
    (lambda d: (d / "cp1251.txt").write_bytes("Построено 12 школ.".encode("cp1251")) and d / "cp1251.txt",
     "cp1251.txt: not UTF-8 text"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "empty: no .txt files"),
])
def test_bad_input_is_bad_usage_named_before_any_output(tmp_path, make, message):
    good = tmp_path / "good.txt"
    good.write_text("Построено 12 школ.\n", encoding="utf-8")
    status, out, err = cli_in_process("facts", good, make(tmp_path))
    assert (status, out) == (2, "")
    assert message in err and "Traceback" not in err


def test_the_command_in_a_process_of_its_own(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("Экспорт составил 3,1 млрд. долларов США, в том числе зерна – 1,5, муки – 0,5 млрд. долларов США.\n",
                    encoding="utf-8")
    done = cli("facts", text, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert [(f["value"], f["unit"]) for f in json.loads(done.stdout)] == [(3.1e9, "USD"), (1.5e9, "USD"), (0.5e9, "USD")]


@pytest.mark.skipif(not RUREBUS.is_dir(), reason="../shared/real/rurebus is not here")
def test_a_whole_real_text(tmp_path):
    """A whole labelled text of ../shared/real/rurebus, unlabelled lines and all: the labelled facts at their lines."""
    source = "rurebus/20227011054408684110020_10_part_0_.txt"
    cases = [c for c in REAL_PROSE if c["source"] == source]
    status, out, _ = cli_in_process("facts", RUREBUS / Path(source).name)
    hit, total = found_at_lines(json.loads(out), cases)
    assert status == 0 and hit / total >= MIN_RECALL_OF_LABELLED_LINES, f"{hit} of {total}"
