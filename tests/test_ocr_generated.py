"""Scans of generated reports read by OCR: what the glyphs and the letters' boxes set right, on real scans.

Each fixture is made as benchmarks/ocr_eval.py makes its scans: a generated report (samples/generator) rendered
by LibreOffice and scanned by samples/build_scans.py with the degradations the benchmark draws for it (skew,
dust, JPEG), so the scan is the very one the benchmark scores.
"""
from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from helpers import SAMPLES
from pipeline.extract import extract_document
from pipeline.readers.ocr import OcrOptions
from pipeline.readers.ocr.engine import missing
from pipeline.readers.ocr.page import LOW_CONFIDENCE
from pipeline.readers.pdf import read_pdf

sys.path.insert(0, str(SAMPLES))
from generator import docx_bytes, generate  # noqa: E402
from generator.render import convert, soffice_available  # noqa: E402

TOOLS_MISSING = missing() or (None if soffice_available() else "LibreOffice (soffice) is not installed")
pytestmark = pytest.mark.skipif(TOOLS_MISSING is not None and not os.environ.get("CI"), reason=str(TOOLS_MISSING))


def benchmark_scan(seed: int, folder: Path, dpi: int = 200, pages: list[int] | None = None) -> tuple[Path, Path]:
    """(DOCX, scan) of generated report `seed`, scanned with the degradations ocr_eval.py's build draws for it."""
    import build_scans

    report = generate(seed)
    docx = folder / f"{report.name}.docx"
    docx.write_bytes(docx_bytes(report))
    [pdf] = convert([docx], folder, jobs=1)
    rng = random.Random(f"12:{pdf.name}")  # ocr_eval.build's draw: the same scan as the benchmark's
    for at in (200, 300):
        style = build_scans.ScanStyle(dpi=at, max_skew=0.6, specks=rng.uniform(0.0001, 0.0004),
                                      quality=rng.choice((30, 40, 55)), blur=rng.choice((0.0, 0.0, 0.4)))
        seed_of_scan = rng.randrange(1 << 30)
        if at == dpi:
            # The scanner's draws run page by page: the first pages of a partial scan are the benchmark's own.
            assert pages is None or pages == list(range(len(pages)))
            return docx, build_scans.scan_pdf(pdf, folder / f"scan_{dpi}.pdf", style, seed_of_scan, pages)
    raise ValueError(f"the benchmark scans at 200 and 300 dpi, not {dpi}")


# ------------------------------------------------------------------- digits settled by their ink (glyphs.py)
SETTLED = ("119,3", "123,6", "3098,3", "3364,1")  # report 3000's indicator table: "3 098,3", "3 364,1" ...


@pytest.fixture(scope="module")
def indicator_cells(tmp_path_factory) -> dict:
    """The cells of report 3000's scanned tables by their text (spaces aside): PT Sans, whose "3" the Cyrillic
    model reads as "5" with full confidence."""
    _, scan = benchmark_scan(3000, tmp_path_factory.mktemp("report3000"))
    layout = read_pdf(str(scan), ocr=OcrOptions())
    return {cell.text.replace(" ", ""): cell for table in layout.tables() for row in table.rows for cell in row.cells}


def test_pt_sans_threes_read_as_fives_are_read_right_by_their_ink(indicator_cells):
    assert set(SETTLED) <= set(indicator_cells)
    assert not set(indicator_cells) & {"119,5", "125,6", "5098,5", "5098,3", "5564,1", "55641"}


def test_a_number_settled_by_its_ink_is_trusted_again(indicator_cells):
    assert all(indicator_cells[text].confidence >= LOW_CONFIDENCE for text in ("119,3", "123,6", "3098,3"))


def test_a_comma_only_the_second_reading_saw_stays_flagged(indicator_cells):
    """The Cyrillic model read "55641": the digits are settled by their ink, the comma is the second model's alone."""
    assert indicator_cells["3364,1"].confidence < LOW_CONFIDENCE


# ----------------------------------------------------------- letters set right by their boxes (reading.py)
@pytest.fixture(scope="module")
def report_1003(tmp_path_factory) -> tuple[dict, dict]:
    """(scan's extraction, DOCX's extraction) of report 1003: its note's direction heading is bold, its areas in м²."""
    docx, scan = benchmark_scan(1003, tmp_path_factory.mktemp("report1003"))
    return (extract_document(scan, ocr=OcrOptions()).model_dump(mode="json"),
            extract_document(docx).model_dump(mode="json"))


def note_facts(doc: dict) -> list[tuple]:
    return [(f["value"], f["unit"], f["direction"], f["goal"]) for f in doc["facts"] if f["part"] == "analytical_note"]


def test_the_note_direction_heading_is_found_though_its_first_letter_was_read_twice(report_1003):
    """"Стратегическое" read "(Стратегическое" ("(" and "С" over one glyph): the heading was lost, and with it
    the direction of every fact of the note."""
    scan, born_digital = report_1003
    assert {f[2] for f in note_facts(scan)} == {f[2] for f in note_facts(born_digital)} == {"1"}


def test_square_metres_keep_their_raised_two(report_1003):
    """"тыс. м²" read "тыс. м?": the raised mark is the power ("м2"), so the facts are areas, not lengths."""
    scan, born_digital = report_1003
    areas = [f for f in note_facts(born_digital) if f[1] == "sqm"]
    assert areas and all(f in note_facts(scan) for f in areas)


# ------------------------------------------------------------------------ a header word broken in a narrow column
def test_the_indicator_table_of_a_300_dpi_scan_keeps_its_plan_column(tmp_path):
    """Report 3001 at 300 dpi: its "Плановое значение" header, broken "Планов" / "ое" by the narrow column, was
    read as two words ("Планов" is a word of its own), the plan column was not found and the table was lost."""
    docx, scan = benchmark_scan(3001, tmp_path, dpi=300)
    got = extract_document(scan, ocr=OcrOptions()).model_dump(mode="json")
    want = extract_document(docx).model_dump(mode="json")
    assert not [f for f in got["findings"] if f["code"] == "missing_section"]
    assert len(got["indicators"]) == len(want["indicators"])
    right = sum(g["plan"] == w["plan"] for g, w in zip(got["indicators"], want["indicators"], strict=True))
    assert right >= len(want["indicators"]) - 1


# ------------------------------------------------------------------ small letters read as digits, dust as brackets
@pytest.fixture(scope="module")
def report_7300(tmp_path_factory) -> tuple[dict, dict]:
    """(scan's extraction, DOCX's extraction) of report 7300's first two pages at 300 dpi: a risk table in a
    serif face set justified (lone words with dust beside them), and the indicator table's header."""
    docx, scan = benchmark_scan(7300, tmp_path_factory.mktemp("report7300"), dpi=300, pages=[0, 1])
    return (extract_document(scan, ocr=OcrOptions()).model_dump(mode="json"),
            extract_document(docx).model_dump(mode="json"))


def test_the_status_column_is_found_though_its_header_read_a_digit_for_a_letter(report_7300):
    """"Информация об исполнении" was read "Информация 06 исполнении": the "0" stands at x-height, so it is an
    "о", and "об" is a word; without it the column had no role and every indicator lost its status."""
    scan, born_digital = report_7300
    got = [i["status_text"] for i in scan["indicators"]]
    want = [i["status_text"] for i in born_digital["indicators"]][:len(got)]
    assert len(got) >= 2 and got == want


def test_lone_letters_beside_dust_and_lost_tails_are_read_as_printed(report_7300):
    """"сведений (0) доходах": two specks beside a lone "о" were read as brackets and the "о" as a zero;
    "помоши", "имеюших": the tail of the "щ" lost to the JPEG, the one trade that makes dictionary words."""
    scan, born_digital = report_7300
    texts = " ".join(r[key] or "" for r in scan["risks"] for key in ("risk", "planned_measures"))
    assert "сведений о доходах" in texts
    assert "социальной помощи (АСП) лиц, не имеющих" in texts
    assert "(0)" not in texts and "помоши" not in texts


def test_a_word_a_narrow_status_column_broke_is_whole_again(report_7300, tmp_path):
    """OCR's letter boxes hug the ink and its line heights vary, so the geometry cannot tell a word broken by a narrow
    column from a line break: "Реали" / "зован" / "о" (7300), "Исполне" / "HO", "Частичн" / "о" (7606) are joined
    where the dictionary makes them one word."""
    scan, born_digital = report_7300
    assert [r["status_text"] for r in scan["risks"]] == [r["status_text"] for r in born_digital["risks"]]
    docx, scan_7606 = benchmark_scan(7606, tmp_path, dpi=300, pages=[0, 1, 2])
    got = [r["status_text"] for r in extract_document(scan_7606, ocr=OcrOptions()).model_dump(mode="json")["risks"]]
    want = [r["status_text"] for r in extract_document(docx).model_dump(mode="json")["risks"]]
    assert len(got) >= 6 and got == want[:len(got)]


# ------------------------------------------------- a header row cut by the page (rulings.py: _closed_strips)
def test_an_indicator_header_row_cut_by_the_page_keeps_its_table(tmp_path):
    """Report 7805's indicator header row breaks after its first line at the foot of page 2 ("Наименование
    целевого | Плано | Фактическ | Статус | Источник | Ед."): a table strip one line high, whose rulings no vertical
    as tall as a letter meets. Read as a table it joins the rest of its header on page 3, and the four indicators
    are read (before: the strip was a paragraph, and the table "absent": missing_section)."""
    docx, scan = benchmark_scan(7805, tmp_path, dpi=200, pages=[0, 1, 2])
    got = extract_document(scan, ocr=OcrOptions()).model_dump(mode="json")
    want = extract_document(docx).model_dump(mode="json")
    assert not [f for f in got["findings"] if f["code"] == "missing_section" and "индикатор" in f["message"]]
    assert [(i["plan"], i["fact"]) for i in got["indicators"][:3]] == [(i["plan"], i["fact"]) for i in
                                                                      want["indicators"][:3]]


# ----------------------------------------------- a compound broken at its hyphen in a cell (pdf/paragraphs.py)
def test_a_compound_broken_at_its_hyphen_in_a_scanned_cell_is_joined(tmp_path):
    """Report 7603's sources "Информационная система «Е-Собес»" and "... «Электронные счета-фактуры»" break after
    the hyphen in their narrow column; OCR's uneven line pitch made the break a paragraph's, so the cell read
    "«Е- Собес»" (the text PDF reads the compound whole)."""
    docx, scan = benchmark_scan(7603, tmp_path, dpi=200)
    got = {i["source"] for i in extract_document(scan, ocr=OcrOptions()).model_dump(mode="json")["indicators"]}
    want = {i["source"] for i in extract_document(docx).model_dump(mode="json")["indicators"]}
    compounds = {s for s in want if s and ("Собес" in s or "счета-фактуры" in s)}
    assert len(compounds) == 2 and compounds <= got


# ------------------------------------------------------------- a word's ending alone on the next line of a cell
def test_a_known_word_and_its_ending_on_the_next_line_are_one_word(tmp_path):
    """Report 7603 at 200 dpi: "предприятиями." broken "предприятия" / "ми." by its risk cell; both halves are
    words, but "ми" is no common one, and OCR's boxes, hugging the ink, seemed to leave room for it on the line."""
    docx, scan = benchmark_scan(7603, tmp_path, pages=[0, 1, 2, 3])
    risks = [r["risk"] for r in extract_document(scan, ocr=OcrOptions()).model_dump(mode="json")["risks"]]
    assert any(r.endswith("промышленными предприятиями.") for r in risks)
    assert not any("предприятия ми" in r for r in risks)


# ------------------------------------------------ a digit the second reading doubts, and a number wrapped at its comma
def indicator_values(doc: dict) -> dict[str, tuple[float | None, float | None]]:
    return {ind["name"]: (ind["plan"], ind["fact"]) for ind in doc["indicators"]}


@pytest.fixture(scope="module")
def report_8930(tmp_path_factory) -> tuple[dict, dict]:
    """(scan's extraction at 200 dpi, DOCX's extraction) of report 8930: its fact "2 896,3", PT Sans, is read
    "2896,5" by the Cyrillic model with confidence 0.96 and "2896,3" by the model for numbers with 0.22."""
    docx, scan = benchmark_scan(8930, tmp_path_factory.mktemp("report8930"))
    return extract_document(scan, ocr=OcrOptions()).model_dump(mode="json"), extract_document(docx).model_dump(mode="json")


def test_a_digit_the_second_reading_doubts_unsurely_is_settled_by_its_ink(report_8930):
    scan, docx = (indicator_values(doc) for doc in report_8930)
    assert 2896.3 in {fact for _, fact in docx.values()}
    assert 2896.3 in {fact for _, fact in scan.values()} and 2896.5 not in {fact for _, fact in scan.values()}


@pytest.fixture(scope="module")
def report_8931(tmp_path_factory) -> tuple[dict, dict]:
    """(scan's extraction at 200 dpi, DOCX's extraction) of report 8931: its fact "14 294,5" wraps in its cell
    after the comma, and OCR reads the first line "14294," without the group's space."""
    docx, scan = benchmark_scan(8931, tmp_path_factory.mktemp("report8931"))
    return extract_document(scan, ocr=OcrOptions()).model_dump(mode="json"), extract_document(docx).model_dump(mode="json")


def test_a_number_wrapped_after_its_decimal_comma_is_one_number(report_8931):
    scan, docx = (indicator_values(doc) for doc in report_8931)
    assert 14294.5 in {fact for _, fact in docx.values()}
    assert 14294.5 in {fact for _, fact in scan.values()}
    assert not [f for f in report_8931[0]["findings"] if f["code"] == "unparsed_number"]


# ------------------------------------------------ a table row broken by the page of a scan (pdf/assemble.py: flow)
def test_a_risk_row_broken_by_the_page_of_a_scan_is_one_record(tmp_path):
    """Report 8940 at 300 dpi: a risk row breaks at the foot of page 1, and page 2's sheet, read by OCR, has its
    table 20 pt lower than the body top of page 8, where OCR read the running header the other pages lost. A
    scanned sheet lies where the scanner put it: the part first on its page continues the open table, and the row
    is one record (before: "Недостаточное" and "покрытие автомобильных дорог ..." were two risks)."""
    docx, scan = benchmark_scan(8940, tmp_path, dpi=300, pages=list(range(8)))
    got = [r["risk"] for r in extract_document(scan, ocr=OcrOptions()).model_dump(mode="json")["risks"]]
    want = [r["risk"] for r in extract_document(docx).model_dump(mode="json")["risks"]]
    broken = next(r for r in want if r.startswith("Недостаточное покрытие"))
    assert broken in got
    assert not [r for r in got if r[:1].islower()]
