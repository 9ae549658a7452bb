"""The analytical note's prose read by OCR: its lines made the paragraphs and sentences of the text PDF, on real
scans of a generated report's note page (samples/generator, rendered by LibreOffice, scanned by
samples/build_scans.py as benchmarks/ocr_eval.py scans).
"""
from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from helpers import SAMPLES
from pipeline.layout import Paragraph
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.engine import Letter, Word, missing
from pipeline.readers.ocr.footnotes import _mark_at
from pipeline.readers.ocr.page import _size_clusters
from pipeline.readers.pdf import read_pdf

sys.path.insert(0, str(SAMPLES))
from generator import docx_bytes, generate  # noqa: E402
from generator.render import convert, soffice_available  # noqa: E402

TOOLS_MISSING = missing() or (None if soffice_available() else "LibreOffice (soffice) is not installed")
needs_tools = pytest.mark.skipif(TOOLS_MISSING is not None and not os.environ.get("CI"), reason=str(TOOLS_MISSING))


def text_pdf(seed: int, folder: Path) -> Path:
    """Generated report `seed` rendered by LibreOffice."""
    report = generate(seed)
    docx = folder / f"{report.name}.docx"
    docx.write_bytes(docx_bytes(report))
    [pdf] = convert([docx], folder, jobs=1)
    return pdf


def scanned_page(pdf: Path, page: int, dpi: int, also: tuple[int, ...] = ()) -> Path:
    """The benchmark's scan of the PDF's page `page` alone (and the pages `also` before it): the pages up to it are
    scanned with ocr_eval.py build's draws (the scanner's noise runs page by page), then the others dropped."""
    import pypdfium2 as pdfium

    import build_scans

    rng = random.Random(f"12:{pdf.name}")  # ocr_eval.build's draw
    for at in (200, 300):
        style = build_scans.ScanStyle(dpi=at, max_skew=0.6, specks=rng.uniform(0.0001, 0.0004),
                                      quality=rng.choice((30, 40, 55)), blur=rng.choice((0.0, 0.0, 0.4)))
        seed_of_scan = rng.randrange(1 << 30)
        if at == dpi:
            pages = build_scans.scan_pdf(pdf, pdf.parent / "pages.pdf", style, seed_of_scan, list(range(page + 1)))
            one = pdfium.PdfDocument.new()
            one.import_pages(pdfium.PdfDocument(str(pages)), [*also, page])
            target = pdf.parent / f"{pdf.stem}_{page}_{dpi}.pdf"
            one.save(str(target))
            return target
    raise ValueError(f"the benchmark scans at 200 and 300 dpi, not {dpi}")


def varied_pdf(sample: str, seed: int, folder: Path) -> Path:
    """A sample varied as ocr_eval.py build varies it (build_archive.vary), rendered by LibreOffice."""
    import build_archive

    docx = folder / f"{sample}_{seed}.docx"
    build_archive.vary(SAMPLES / f"{sample}.docx", docx, random.Random(seed))
    [pdf] = convert([docx], folder, jobs=1)
    return pdf


def prose(path: Path, ocr: OcrOptions | None, page: int | None = None) -> list[str]:
    layout = read_pdf(str(path), ocr=ocr)
    return [b.text for b in layout.blocks if isinstance(b, Paragraph) and (page is None or b.page == page)]


@pytest.fixture(scope="module")
def report_7801(tmp_path_factory) -> Path:
    return text_pdf(7801, tmp_path_factory.mktemp("report7801"))


@pytest.fixture(scope="module")
def report_7801_note(report_7801) -> tuple[list[str], list[str]]:
    """The paragraphs of report 7801's note page (page 5) in the text PDF and in its 300-dpi scan."""
    return prose(report_7801, None, page=5), prose(scanned_page(report_7801, 4, 300), OcrOptions())


@needs_tools
def test_a_scanned_notes_lines_of_one_font_make_the_text_pdfs_paragraphs(report_7801_note):
    """Tesseract measures each line by the letters on it (37-42 px for one 12-pt font at 300 dpi: brackets and
    a raised "2" make a line taller); the lines' sizes must snap to one size, or each change parts a paragraph
    mid-sentence ("... Численность получателей помощи" | "составила 84 426 человек ...")."""
    text_pdf, scan = report_7801_note
    sentence = next(t for t in text_pdf if "Численность получателей помощи" in t)
    assert any("Численность получателей помощи составила 84 426" in t for t in scan)
    assert not any(t.startswith("составила 84 426") for t in scan)
    assert len([t for t in scan if t[:1].islower()]) == 0  # no paragraph opens mid-sentence
    assert sentence.endswith("семей.")


def test_text_sizes_are_centred_where_most_lines_are():
    """Line heights (px, characters) of a 300-dpi note page: the prose (37-42 px) is one size, the page
    number's line (32 px) another; a chain grown from the smallest height parted the prose at 40 px."""
    heights = [(42.0, 31), (40.2, 66), (38.0, 43), (39.0, 95), (39.0, 96), (38.0, 96), (39.0, 95), (38.0, 96),
               (39.0, 6), (40.0, 95), (38.0, 96), (38.0, 96), (41.2, 40), (38.0, 57), (40.0, 55), (38.0, 96),
               (41.0, 96), (39.0, 20), (37.0, 96), (42.0, 56), (32.0, 1)]
    clusters = _size_clusters(heights)
    assert len(clusters) == 2
    prose_size, weight = max(clusters, key=lambda c: c[1])
    assert 38.0 < prose_size < 40.0 and weight == sum(n for _, n in heights) - 1


@needs_tools
def test_a_quote_read_between_digit_groups_is_their_space(report_7801):
    """The 200-dpi scan reads the narrow space of "59 573 проверок" as a quote ("59'573"): two numbers to the facts."""
    scan = " ".join(prose(scanned_page(report_7801, 4, 200), OcrOptions()))
    assert "проведено 59 573 проверок" in scan


@needs_tools
def test_full_lines_going_on_mid_sentence_join_whatever_size_ocr_measured(tmp_path):
    """Variant 7902 of agds_2019 at 200 dpi: Tesseract measures its 12-pt prose lines 28-34 px high, one line 20 px,
    two sizes or three after snapping; a full line whose sentence goes on is wrapped, not a paragraph's end
    ("назначено 16119 человек, из" | "них 7209 ...", "на занятие 17" | "398 должностей")."""
    pdf = varied_pdf("agds_2019", 7902, tmp_path)
    assert any("назначено 16119 человек, из них 7209 – в местных" in t for t in prose(pdf, None))
    scan = prose(scanned_page(pdf, 6, 200, also=(5,)), OcrOptions())
    assert any("назначено 16119 человек, из них 7209 – в местных" in t for t in scan)
    assert any("на занятие 17 398 должностей" in t for t in scan)


@needs_tools
def test_a_footnote_and_its_raised_mark_are_left_out_as_the_text_pdf_leaves_them(report_7801_note):
    """The mark "¹" after "73,80 года" is read as a quote ('года"'), the footnote at the page's foot as a paragraph
    whose number is a fact ("1 Методика расчета утверждена ..."): the text PDF and the DOCX have neither."""
    text_pdf, scan = report_7801_note
    assert not any("Методика расчета" in t for t in text_pdf)
    assert not any("Методика расчета" in t for t in scan)
    assert any("составила 73,80 года (без учета г. Шымкент)." in t for t in scan)


def _word(text: str, raised_last: bool) -> Word:
    """Letters 10 px wide, small letters 20 px high on a baseline at 40; the last sign raised 15 px when asked."""
    letters = [Letter(ch, 10.0 * k, 10.0 * k + 9, 20.0, 40.0) for k, ch in enumerate(text)]
    if raised_last:
        x = letters[-1]
        letters[-1] = x._replace(top=5.0, bottom=25.0)
    return Word(text, 0, 5, 10 * len(text), 40, 0.9, 0, 40.0, 35.0, letters)


@pytest.mark.parametrize("text, raised, mark", [
    ('года"', True, 4),  # a raised "1" read as a quote
    ("регионах'", False, 8),  # an apostrophe after letters is a mark wherever its box stands
    ('года"', False, None),  # a closing quote on the baseline
    ("м2", True, None),  # a unit's power
    ("км3", True, None),
    ("2", True, None),  # nothing before it
    ('105-е)"', True, 6),  # after a closing bracket: raised above the letter inside it
    ("м2)'", True, 3),  # a unit's power, the bracket closed, then the mark
    ("«Казгидромет»'", True, 13),
    ('году)"', False, None),  # a closing quote on the baseline after a bracket
])
def test_a_footnote_mark_is_a_raised_sign_after_a_word(text, raised, mark):
    assert _mark_at(_word(text, raised)) == mark


@needs_tools
def test_a_group_label_whose_number_ocr_ends_with_a_comma_still_opens_its_direction(tmp_path):
    """Report 8901's 300-dpi scan reads the group row "2. Стратегическое направление 2. ..." as "2, Стратегическое
    ...": taken for no label, the row became a risk and the risks under it were left in direction 1."""
    from pipeline.extract import extract_document

    scan = scanned_page(text_pdf(8901, tmp_path), 1, 300, also=(0,))
    risks = extract_document(scan, ocr=OcrOptions()).model_dump(mode="json")["risks"]
    assert not any("Стратегическое направление" in (r["risk"] or "") for r in risks)
    injuries = next(r for r in risks if (r["planned_measures"] or "").startswith("Проведение проверок соблюдения"))
    assert injuries["direction"]["number"] == "2" and injuries["goal"]["number"] == "2.1"
