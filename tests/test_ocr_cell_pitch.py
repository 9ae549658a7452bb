"""The line pitch of a table cell read by OCR (pipeline/readers/pdf/geometry.py), measured on the baselines a real
scan gave: gen_08600's status cell at 300 dpi ("Не" / "достиг" / "нут" / "Не" / "завер" / ...), whose "дуры" line
Tesseract set two points low, leaving one baseline distance short of the others."""
from __future__ import annotations

from pipeline.readers.pdf.geometry import _own_pitch
from pipeline.readers.pdf.lines import Line
from pipeline.readers.pdf.paragraphs import cell_text

# (text, baseline, right end) of each line as read, in points
CELL = [("Не", 180.6, 488.5), ("достиг", 197.9, 509.6), ("нут", 215.1, 492.1), ("Не", 232.5, 488.5),
        ("завер", 249.6, 504.8), ("шены", 266.7, 505.3), ("конкур", 283.9, 511.8), ("сные", 301.2, 501.0),
        ("проце", 318.6, 507.5), ("дуры", 338.2, 501.0), ("по 87", 353.1, 502.9), ("276", 370.4, 492.8),
        ("проект", 387.4, 511.8), ("ам.", 404.8, 491.2)]
X0, RIGHT, SIZE = 475.3, 513.4, 10.7  # the lines' start, the cell's inner right edge, the cell's text size


def cell_lines(ocr: bool) -> list[Line]:
    lines = []
    for text, base, x1 in CELL:
        first = (x1 - X0) * len(text.split()[0]) / len(text)
        line = Line(text, X0, x1, base - 9.0, base + 3.0, SIZE, False, first, first / len(text.split()[0]), 4)
        line.base, line.left, line.right = base, X0, RIGHT
        line.words = [] if ocr else None
        lines.append(line)
    return lines


def test_a_baseline_guessed_low_leaves_the_ocr_cell_its_pitch():
    lines = cell_lines(ocr=True)
    pitch = _own_pitch(lines)
    assert pitch is not None and 17.0 <= pitch <= 17.2
    for line in lines:
        line.pitch = pitch
    assert cell_text(lines) == "Не достигнут\nНе завершены конкурсные процедуры по 87 276 проектам."


def test_a_text_layer_cell_keeps_the_rule_of_its_two_shortest_distances():
    """A text layer's baselines are exact: two shortest distances that differ tell no pitch (the document's is used)."""
    assert _own_pitch(cell_lines(ocr=False)) is None
