"""The page self-check: a `text_quality` warning where a page's words, as read, are not the page's words.

Silent on every PDF the reader reads right (samples, generated fixtures, producer variants, a real order);
firing on a real PDF whose text layer decodes to garbage, and on pages whose lines the reader tears apart
(the reader made to group characters by their box centres, as it did before lines were grouped by baseline).
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")

from pipeline import extract_document  # noqa: E402
from pipeline.readers.ocr import OcrOptions  # noqa: E402
from pipeline.readers.ocr.engine import missing  # noqa: E402
from pipeline.readers.pdf import lines as pdf_lines  # noqa: E402
from pipeline.readers.pdf import read_pdf  # noqa: E402
from pipeline.readers.pdf.page import read_pages  # noqa: E402
from pipeline.readers.pdf.selfcheck import _forgive_spacing, _unknown_share, words_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
READ_RIGHT = sorted(ROOT.glob("samples/*.pdf")) + sorted((DATA / "generated").glob("*.pdf")) + sorted(
    (DATA / "producers").glob("*.pdf")) + [DATA / "real" / "dedoc" / "laws" / "fstec_1_cut.pdf"]
GARBLED = DATA / "real" / "dedoc" / "laws" / "fstek17.pdf"  # page 1 an image, page 2 a text layer of Latin garbage
LIBERATION_SERIF = DATA / "generated" / "gen_00043_pdf_indicators_fact_text.pdf"  # Liberation Serif 14, m², commas


def text_quality(layout) -> dict[int, str]:
    return {issue.page: issue.message for issue in layout.issues if issue.code == "text_quality"}


@pytest.mark.parametrize("path", READ_RIGHT, ids=lambda p: p.name)
def test_silent_on_pages_read_right(path):
    assert text_quality(read_pdf(path)) == {}


def test_a_garbage_text_layer_is_a_warning_naming_its_page_where_ocr_is_off():
    report = extract_document(GARBLED, ocr=OcrOptions(mode="never"))
    warnings = [(f.severity, f.location.page, f.message) for f in report.findings if f.code == "text_quality"]
    assert [(severity, page) for severity, page, _ in warnings] == [("warning", 2)]
    assert "share in doubt 1.00" in warnings[0][2] and "unknown to the dictionary" in warnings[0][2]


@pytest.mark.skipif(missing() is not None and not os.environ.get("CI"), reason=str(missing()))
def test_a_garbage_text_layer_is_read_by_ocr():
    """Issue 12: a page whose text layer fails the self-check is OCR'd like a page without one."""
    report = extract_document(GARBLED)
    assert "text_quality" not in {f.code for f in report.findings}
    [used] = [f.message for f in report.findings if f.code == "ocr_used"]
    assert "page (confidence) 2 (" in used and "its text layer was garbage" in used


def centres_of_boxes(chars: list[tuple]) -> list[tuple]:
    """The characters with the vertical centre of their loose box for a baseline: grouping by it puts commas and
    descenders of some fonts, and every sub- and superscript, on lines of their own."""
    return [(*ch[:6], (ch[3] + ch[4]) / 2) for ch in chars]


def test_pages_torn_apart_by_the_reader_are_named(monkeypatch):
    assert text_quality(read_pdf(LIBERATION_SERIF)) == {}
    monkeypatch.setattr(pdf_lines, "_with_baselines", centres_of_boxes)
    torn = text_quality(read_pdf(LIBERATION_SERIF))
    assert sorted(torn) == [1, 2]  # page 3 has too few words to judge
    assert all("differ from pdfium's own reading" in message for message in torn.values())


@pytest.mark.parametrize("text, words", [
    ("Республики Казахстан, 2 247,8 тыс.", {"республики": 1, "казахстан": 1, "2247,8": 1, "тыс": 1}),
    ("эконо-\r\nмика (CO2-эквивалент)", {"эконо": 1, "мика": 1, "co2": 1, "эквивалент": 1}),
    ("эконо\ufffe\r\nмика «загрязнитель платит»", {"эконо": 1, "мика": 1, "загрязнитель": 1, "платит": 1}),
    ("90,5 100,0 ﬁle", {"90,5": 1, "100,0": 1, "file": 1}),
])
def test_words_of(text, words):
    assert words_of(text) == Counter(words)


@pytest.mark.parametrize("pdfium, reader, left", [
    (["350412"], ["350", "412"], ([], [])),  # two table cells pdfium runs together
    (["пла", "н"], ["план"], ([], [])),  # a word pdfium breaks where two runs meet
    (["қ", "аза", "қ", "стан"], ["қазақстан"], ([], [])),  # ... or where a fallback font draws Kazakh letters
    (["республики"], ["респ", "блики"], (["республики"], ["респ", "блики"])),  # the reader's tear: a letter lost
    (["республики"], ["республ", "ики"], (["республики"], ["республ", "ики"])),  # ... or a word broken
    (["83,3"], ["83", "3"], (["83,3"], ["83", "3"])),  # a number torn at its comma
])
def test_only_spacing_differences_are_forgiven(pdfium, reader, left):
    only_pdfium, only_reader = Counter(pdfium), Counter(reader)
    _forgive_spacing(only_pdfium, only_reader)
    assert (sorted(only_pdfium.elements()), sorted(only_reader.elements())) == (sorted(left[0]), sorted(left[1]))


RUSSIAN_LINES = [
    "Экологический кодекс Республики Казахстан основан на принципе «загрязнитель платит»",
    "Объем выбросов загрязняющих веществ в атмосферу составил 2 247,8 тыс. тонн, что меньше",
    "прошлого года благодаря модернизации очистных сооружений крупных предприятий отрасли",
]
KAZAKH_LINES = [
    "Стратегиялық жоспарды іске асыру туралы есеп бойынша мемлекеттік органдардың жұмысы",
    "нәтижесінде жоспарланған көрсеткіштер толық орындалды және қаржыландыру көлемі артты",
]


@pytest.mark.parametrize("lines, unknown", [
    (RUSSIAN_LINES, 0.0),
    (KAZAKH_LINES, 0.0),  # a Russian dictionary does not judge Kazakh
    (["Данные Astana Hub", "Данные Енбек Скиллс центр"], 0.0),  # too few words inside lines to judge
])
def test_share_of_words_unknown_to_the_dictionary(lines, unknown):
    assert _unknown_share(lines) == pytest.approx(unknown)


def test_the_garbage_layer_is_all_unknown_words_and_reads_alike_in_both_readings():
    check = read_pages(str(GARBLED))[1].check
    assert check.unknown == 1.0 and check.words > 200
    assert check.disagreement < 0.2  # garbage in both readings: it is the dictionary that tells
