"""The PDF debug view: a page drawn with what the reader found, checked against pdfplumber's own reading."""
from __future__ import annotations

from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
pdfplumber = pytest.importorskip("pdfplumber")
Image = pytest.importorskip("PIL.Image")

from pipeline.cli import main  # noqa: E402
from pipeline.readers.pdf.debug import BANNER, CELL, FURNITURE, LINE, RULING, draw_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FURNITURE_PDF = ROOT / "tests" / "data" / "producers" / "ministry_landscape_2020__furniture.pdf"
ROTATED_PDF = ROOT / "tests" / "data" / "producers" / "ministry_landscape_2020__rotated.pdf"
PORTRAIT_PDF = ROOT / "samples" / "agds_2019.pdf"
NEAR = 3.0  # points around a word or ruling in which its drawn outline must show


def existing(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.name} not present")
    return path


def colours_near(image, scale: float, bbox: tuple, margin: float = NEAR) -> set:
    """The RGB colours of the image inside a PDF-point box grown by margin."""
    x0, top, x1, bottom = bbox
    box = tuple(round(v * scale) for v in (x0 - margin, top - margin, x1 + margin, bottom + margin))
    return {rgb for _, rgb in image.crop(box).getcolors(maxcolors=1 << 20)}


@pytest.fixture(scope="module")
def furniture_page(tmp_path_factory):
    """Page 2 of a landscape report with a running header, a 'Страница N из M' footer and a continued table."""
    out = draw_page(existing(FURNITURE_PDF), 2, tmp_path_factory.mktemp("debug") / "page2.png")
    with pdfplumber.open(FURNITURE_PDF) as pdf:
        page = pdf.pages[1]
        words = page.extract_words()
        tables = [t.bbox for t in page.find_tables()]
        width = page.width
    image = Image.open(out).convert("RGB")
    return image, image.width / width, words, tables


def word_box(words: list[dict], text: str) -> tuple:
    word = next(w for w in words if w["text"] == text)
    return word["x0"], word["top"], word["x1"], word["bottom"]


@pytest.mark.parametrize("pdf, page", [(FURNITURE_PDF, 2), (ROTATED_PDF, 2), (PORTRAIT_PDF, 1)])
def test_png_has_the_page_aspect_ratio(tmp_path, pdf, page):
    """Landscape, portrait and a /Rotate 90 page come out as the page is shown."""
    out = draw_page(existing(pdf), page, tmp_path / "page.png")
    width, height = pdfium.PdfDocument(pdf)[page - 1].get_size()
    image = Image.open(out)
    assert image.format == "PNG"
    assert image.width / image.height == pytest.approx(width / height, abs=0.005)


def test_footer_and_header_are_drawn_as_furniture(furniture_page):
    image, scale, words, _ = furniture_page
    assert FURNITURE in colours_near(image, scale, word_box(words, "Страница"))
    assert FURNITURE in colours_near(image, scale, word_box(words, "стратегического"))
    assert FURNITURE not in colours_near(image, scale, word_box(words, "Исполнено"))


def test_table_rulings_cells_and_lines_are_drawn(furniture_page):
    image, scale, words, tables = furniture_page
    x0, top, x1, bottom = tables[0]
    assert RULING in colours_near(image, scale, (x0, top + 50, x0, top + 60))  # the table's left border
    assert CELL in colours_near(image, scale, tables[0], margin=0)
    assert LINE in colours_near(image, scale, word_box(words, "Исполнено"))
    assert CELL not in colours_near(image, scale, word_box(words, "Страница"), margin=0)


def test_unusable_page_says_so(tmp_path):
    """A page that is only an image gets the banner saying its text layer is missing."""
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    image = pdfium.PdfImage.new(doc)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(Image.new("RGB", (60, 80), (120, 120, 120))))
    image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
    page.insert_obj(image)
    page.gen_content()
    doc.save(tmp_path / "scan.pdf")
    out = draw_page(tmp_path / "scan.pdf", 1, tmp_path / "scan.png")
    drawn = Image.open(out).convert("RGB")
    assert BANNER in colours_near(drawn, drawn.width / 595, (0, 0, 595, 30), margin=0)


def test_debug_command(tmp_path, capsys):
    """`python -m pipeline debug FILE.pdf --page N -o PNG`: 0 and the file; 2 for a page that is not there; 1 for a non-PDF."""
    pdf = existing(PORTRAIT_PDF)
    assert main(["debug", str(pdf), "--page", "3", "-o", str(tmp_path / "p3.png")]) == 0
    assert (tmp_path / "p3.png").stat().st_size > 0
    assert main(["debug", str(pdf), "--page", "99", "-o", str(tmp_path / "p99.png")]) == 2
    assert "no page 99" in capsys.readouterr().err
    (tmp_path / "notes.pdf").write_text("not a pdf", encoding="utf-8")
    assert main(["debug", str(tmp_path / "notes.pdf"), "-o", str(tmp_path / "x.png")]) == 1
    assert "not a PDF" in capsys.readouterr().err
    assert not (tmp_path / "p99.png").exists() and not (tmp_path / "x.png").exists()
