"""`validate --history`: where neither the plan nor the name says which way is better, the agency's earlier reports
do (pipeline.direction.direction_from_history through pipeline.series.history.status_rechecks)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from helpers import cli_in_process, word_table
from pipeline.batch import run_extract
from pipeline.db import load

AGENCY = "Министерства индустрии и инфраструктурного развития Республики Казахстан"
# name, plan, fact, status: 2020, then 2021. Neither name says which way is better.
INSPECTIONS = "Количество проведенных плановых проверок"  # the agency reads fewer as better
SATELLITES = "Количество космических аппаратов на орбите"  # the agency reads more as better
YEARS = {
    2020: [(INSPECTIONS, "1 200", "1 100", "Достигнут"), (SATELLITES, "5", "6", "Достигнут")],
    2021: [(INSPECTIONS, "1 100", "1 020", "Достигнут"), (SATELLITES, "6", "5", "Достигнут")],
}


def build(path: Path, year: int) -> Path:
    d = Document()
    d.add_paragraph(f"Отчет о реализации стратегического плана {AGENCY} на 2020 – 2024 годы")
    d.add_paragraph(f"Отчетный период: {year} год")
    d.add_paragraph("1. Анализ управления рисками")
    word_table(d, [["Наименование риска", "Мероприятия по управлению рисками", "Фактическое исполнение", "Статус"],
                   ["Снижение финансирования", "Перераспределение средств", "Средства перераспределены", "Исполнено"]])
    d.add_paragraph("2. Достижение целей и целевых индикаторов")
    word_table(d, [["Наименование индикатора", "Ед. изм.", "План", "Факт", "Статус"]]
               + [[name, "ед.", plan, fact, status] for name, plan, fact, status in YEARS[year]])
    d.add_paragraph("3. Аналитическая записка")
    d.add_paragraph(f"В {year} году проведено {YEARS[year][0][2]} проверок.")
    d.save(path)
    return path


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("history_direction")
    earlier = build(folder / "industry_2020.docx", 2020)
    submission = build(folder / "industry_2021.docx", 2021)
    run_extract([str(earlier)], folder / "out", jobs=1)
    url = f"sqlite:///{folder / 'reports.sqlite'}"
    load(folder / "out", url)
    return submission, url


def status_findings(*args) -> dict[str, str]:
    status, out, err = cli_in_process("validate", *args, "--format", "json")
    assert status == 0, err
    return {f["message"].split("'")[1]: f["code"] for f in json.loads(out)
            if f["code"] in ("status_mismatch", "direction_unknown")}


def test_without_history_the_direction_is_unknown(reports):
    submission, _ = reports
    assert status_findings(submission) == {INSPECTIONS: "direction_unknown", SATELLITES: "direction_unknown"}


def test_earlier_reports_say_which_way_is_better(reports):
    submission, url = reports
    # fewer inspections were "Достигнут" last year too: nothing to say; more satellites were, so fewer is a miss
    assert status_findings(submission, "--history", url) == {SATELLITES: "status_mismatch"}
    _, out, _ = cli_in_process("validate", submission, "--history", url, "--format", "json")
    [mismatch] = [f for f in json.loads(out) if f["code"] == "status_mismatch"]
    assert "higher is better, as the agency's earlier reports read it" in mismatch["message"]
