"""Prose set at a looser line spacing than the rest of the document stays one paragraph a paragraph.

A Word report often has a single-spaced title block and a note at 1.5 lines; LibreOffice prints the note's
baselines about 1.8 x the font size apart, wider than the document's usual pitch, and before the fix every
line of the note was read as a paragraph of its own ("Введено в эксплуатацию 2" | "284,4 тыс. м2 жилья"),
which cut its sentences and the facts in them.  Rendered by LibreOffice, as the reports are.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from pipeline.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
from generator.render import convert, soffice_available  # noqa: E402

pytestmark = pytest.mark.skipif(not soffice_available() and not os.environ.get("CI"),
                                reason="LibreOffice (soffice) is not installed")

TITLE = ["Отчет о ходе реализации стратегического плана", "Министерства экологии Республики Казахстан",
         "на 2020–2024 годы за 2021 год", "Аналитическая записка"]
NOTE = [
    "На реализацию мероприятий направлено 76 633,2 млн. тенге, или 79,1% от предусмотренных средств. "
    "Доля возобновляемых источников энергии в производстве электроэнергии составила 77,7%. Введено в "
    "эксплуатацию 2 284,4 тыс. квадратных метров жилья, в том числе 398,4 тыс. квадратных метров арендного "
    "жилья. Численность получателей помощи составила 52 092 человек из 189 115 семей.",
    "Среднегодовая концентрация взвешенных частиц в городе Алматы составила 1 247,4 микрограмма при "
    "нормативе 85 микрограммов. Охват составил 48,4% (в 2020 году – 1,2%), или 84 739 человек, что "
    "больше, чем в прошлом году, на 12 311 человек.",
]


def _report(path: Path, spacing: float, size: float) -> Path:
    document = docx.Document()
    for text in TITLE:
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.line_spacing = 1.0
        paragraph.runs[0].font.size = Pt(size)
    for text in NOTE:
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.line_spacing = spacing
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.runs[0].font.size = Pt(size)
    document.save(path)
    return path


@pytest.mark.parametrize("spacing, size", [(1.5, 14), (1.5, 12), (1.15, 13), (1.0, 12)])
def test_note_paragraphs_whole_whatever_their_line_spacing(tmp_path, spacing, size):
    source = _report(tmp_path / f"note_{spacing}_{size}.docx", spacing, size)
    pdf = convert([source], tmp_path / "pdf", jobs=1, nice=False)[0]
    texts = [" ".join(block.text.split()) for block in read_pdf(pdf).blocks if hasattr(block, "text")]
    assert texts[-2:] == NOTE, texts
