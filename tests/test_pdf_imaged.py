"""A scan with an invisible OCR text layer ("searchable PDF"): its table is rebuilt from the image's rulings.

The fixture is made as such PDFs are made: a ruled table in a DOCX is rendered by LibreOffice, rasterised
at 300 dpi by pdfium and given to Tesseract, whose `pdf` output is the page image with the recognised
text laid invisibly over it and not one vector ruling.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from helpers import word_table
from pipeline.readers.ocr.engine import missing
from pipeline.readers.pdf import read_pdf
from pipeline.readers.pdf.imaged import snap_wandering

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
from generator.render import convert, soffice_available  # noqa: E402

TOOLS_MISSING = missing() or (None if soffice_available() else "LibreOffice (soffice) is not installed")
pytestmark = pytest.mark.skipif(TOOLS_MISSING is not None and not os.environ.get("CI"), reason=str(TOOLS_MISSING))

ROWS = [
    ["№", "Мероприятие", "Срок", "Исполнитель"],
    ["1", "2", "3", "4"],
    ["1.1", "Экспертиза документов", "Ежегодно", "Директор"],
    ["1.2", "Проверка отчетов", "Ежеквартально", "Бухгалтер"],
    ["1.3", "Обучение работников", "Октябрь", "Юрист"],
]


def rasterise(pdf: Path, stem: Path) -> list[Path]:
    """Each page as a grey 300 dpi PNG (stem.png for the first page, stem-2.png ... for the next)."""
    document = pdfium.PdfDocument(str(pdf))
    paths = []
    for i in range(len(document)):
        paths.append(stem.with_name(stem.name + (f"-{i + 1}" if i else "") + ".png"))
        image = document[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        image.save(paths[-1], dpi=(300, 300))
    document.close()
    return paths


@pytest.fixture(scope="module")
def searchable_scan(tmp_path_factory) -> Path:
    """The ruled table as a page image with Tesseract's invisible text layer over it."""
    out = tmp_path_factory.mktemp("imaged")
    document = docx.Document()
    document.add_paragraph("План мероприятий")
    word_table(document, ROWS).style = "Table Grid"
    document.save(out / "table.docx")
    convert([out / "table.docx"], out, jobs=1)
    rasterise(out / "table.pdf", out / "page")
    subprocess.run(["tesseract", str(out / "page.png"), str(out / "scan"), "-l", "rus", "pdf"], check=True,
                   capture_output=True)
    return out / "scan.pdf"


def test_table_of_a_searchable_scan_is_rebuilt_from_the_image_rulings(searchable_scan):
    layout = read_pdf(str(searchable_scan))
    tables = list(layout.tables())
    assert len(tables) == 1
    table = tables[0]
    assert (len(table.rows), table.n_cols) == (len(ROWS), len(ROWS[0]))
    texts = [table.row_texts(r) for r in range(len(table.rows))]
    assert [row[0] for row in texts[2:]] == ["1.1", "1.2", "1.3"]
    assert texts[2][1:] == ROWS[2][1:] and texts[4][1:] == ROWS[4][1:]
    assert not any("Экспертиза" in p.text for p in layout.paragraphs())


def test_the_text_layer_alone_gives_no_table_without_the_image(searchable_scan, tmp_path):
    """Tesseract's text-only PDF (the same text layer, no image): no rulings anywhere, so no table."""
    page = searchable_scan.with_name("page.png")
    subprocess.run(["tesseract", str(page), str(tmp_path / "text"), "-l", "rus", "-c", "textonly_pdf=1", "pdf"],
                   check=True, capture_output=True)
    layout = read_pdf(str(tmp_path / "text.pdf"))
    assert not list(layout.tables())
    assert any("Экспертиза" in p.text for p in layout.paragraphs())


LONG_ROWS = [["№", "Мероприятие", "Срок"], ["1", "2", "3"]] + [[f"{n}", f"Проверка номер {n}", "Ежегодно"]
                                                                for n in range(1, 61)]


def scanned_long_table(folder: Path, shift: tuple[int, int], title: bool = False) -> Path:
    """LONG_ROWS (header and column-number row repeated) over two pages, rasterised, the second sheet's image
    moved by `shift` pixels (at 300 dpi), made a searchable PDF by Tesseract."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from PIL import Image

    document = docx.Document()
    if title:
        document.add_paragraph("План мероприятий")
    table = word_table(document, LONG_ROWS)
    table.style = "Table Grid"
    for row in table.rows[:2]:  # the header and the column-number row repeat on the next page
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        row._tr.trPr[-1].set(qn("w:val"), "true")
    document.save(folder / "long.docx")
    convert([folder / "long.docx"], folder, jobs=1)
    pages = rasterise(folder / "long.pdf", folder / "page")
    assert len(pages) == 2
    second = Image.open(pages[1])
    moved = Image.new("L", second.size, 255)
    moved.paste(second, shift)
    moved.save(pages[1], dpi=(300, 300))
    (folder / "pages.txt").write_text("\n".join(str(p) for p in pages) + "\n")
    subprocess.run(["tesseract", str(folder / "pages.txt"), str(folder / "scan"), "-l", "rus", "pdf"],
                   check=True, capture_output=True)
    return folder / "scan.pdf"


def _first_column_numbers(table) -> list[str]:
    """The digits of each row's first cell (OCR may read "22" as "22,")."""
    return ["".join(ch for ch in table.row_texts(r)[0] if ch.isdigit()) for r in range(len(table.rows))]


def test_a_table_over_two_scanned_sheets_is_one_table_though_the_second_lies_shifted(tmp_path):
    """Each sheet lies a little differently on the scanner: page 2's image is moved 6 pt right and down."""
    tables = list(read_pdf(str(scanned_long_table(tmp_path, (25, 25)))).tables())  # 25 px at 300 dpi = 6 pt
    assert len(tables) == 1
    assert _first_column_numbers(tables[0])[2:] == [str(n) for n in range(1, 61)]  # the repeated header rows dropped


def _v(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "doctop": top, "width": 0.0, "height": bottom - top,
            "orientation": "v", "object_type": "line"}


@pytest.mark.parametrize("xs, expected", [
    ([(487.0, 500.0), (490.0, 250.0)], [488.0, 488.0]),  # one border of a warped scan: pieces 3 pt apart
    ([(94.0, 750.0), (130.0, 190.0)], [94.0, 130.0]),  # two borders of a narrow column stay apart
])
def test_pieces_of_one_wandering_ruling_are_put_on_one_line(xs, expected):
    edges = [_v(x, 0.0, length) for x, length in xs]
    assert sorted(round(e["x0"], 1) for e in snap_wandering(edges)) == expected


def test_a_scanned_sheet_lying_well_lower_still_continues_the_table(tmp_path):
    """A sheet fed into the scanner 20 pt lower than the first (whose title stands high) continues its table:
    a part ruled in a page image only has to come first on its page, wherever the sheet lies."""
    tables = list(read_pdf(str(scanned_long_table(tmp_path, (0, 83), title=True))).tables())  # 83 px = 20 pt
    assert len(tables) == 1
    assert _first_column_numbers(tables[0])[2:] == [str(n) for n in range(1, 61)]


@pytest.mark.parametrize("texts, missing, expected", [
    (["1", "2", "3", "4"], 0, True),
    (["1", "2", "", "4"], 0, False),
    (["1", "2", "", "4"], 1, True),  # a scan's text layer lost the lone "3"
    (["1", "", "", "4"], 1, False),
    (["1", "", ""], 1, False),
    (["", "2"], 1, False),  # one number is no numbering row
    (["3.3", "Организация контроля", "", "Директор"], 1, False),
])
def test_column_number_row_of_a_continued_scan_may_lack_one_number(texts, missing, expected):
    from pipeline.readers.pdf.joins import JoinedRow, _column_numbers

    row = JoinedRow([[10.0 * i, 10.0 * i + 9, 1, text, None, None, None, 0.0] for i, text in enumerate(texts)], 1)
    assert _column_numbers(row, missing=missing) is expected
