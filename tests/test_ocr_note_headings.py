"""The note's direction and goal headings read from a scan: OCR sees no bold, so a direction's heading whose line
nearly fills the width runs on into its first goal's heading as one paragraph; both labels still set the facts
under them (pipeline/fact_sources.py). Real scans of a generated report's note page (as benchmarks/ocr_eval.py
scans) and the heading texts themselves."""
from __future__ import annotations

import pytest

from pipeline.fact_sources import heading_groups
from pipeline.readers.ocr import OcrOptions
from test_ocr_prose import needs_tools, scanned_page, text_pdf


@pytest.mark.parametrize("heading, expected", [
    ("Стратегическое направление 1. Социальная защита населения Цель 1.1: Создание условий для социальной "
     "интеграции лиц с инвалидностью", [("direction", "1"), ("goal", "1.1")]),
    ("Стратегическое направление 2: Развитие связи", [("direction", "2")]),
    ("Цель 2.1 Повышение доступности жилья", [("goal", "2.1")]),
    # a task label run on is no goal: the direction alone, as before
    ("Стратегическое направление 1. Развитие Задача 1.1 Строительство", [("direction", "1")]),
    ("Экономия бюджетных средств составила 98 375,4 млн. тенге.", []),
])
def test_a_note_heading_gives_its_direction_and_goal_labels(heading, expected):
    assert [(g.kind, g.number) for g in heading_groups(heading)] == expected


@needs_tools
def test_a_scanned_note_keeps_its_first_goal_after_the_direction_heading(tmp_path):
    from pipeline.extract import extract_document

    pdf = text_pdf(8974, tmp_path)  # at 200 dpi its note's direction line runs on
    born = extract_document(pdf)
    scan = extract_document(scanned_page(pdf, 3, 200), ocr=OcrOptions())
    note = [f for f in scan.facts if f.part == "analytical_note"]
    want = {(f.value, f.direction, f.goal) for f in born.facts if f.part == "analytical_note" and f.location.page == 4}
    assert note and all(f.goal is not None for f in note)
    assert {(f.value, f.direction, f.goal) for f in note} >= {w for w in want if w[2] in ("1.1", "2.1")}
