"""Quick checks of the committed samples (no LibreOffice needed): DOCX files, expected JSON, seed."""
from __future__ import annotations

import sys
import zipfile

import pytest
from docx import Document
from lxml import etree

from helpers import ROOT, SAMPLES, load_expected

SEEDS = ROOT.parent / "shared" / "seeds"
SEED = SEEDS / "000_2d6b93e50b15151d.txt"
sys.path.insert(0, str(SAMPLES))

import build_samples  # noqa: E402
from sample_model import clean_text, expected_json  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NAMES = list(build_samples.BUILDERS)
TEXT_FIELDS = {
    "risks": ("risk", "planned_measures", "actual_measures"),
    "indicators": ("name", "source", "unit", "plan_text", "fact_text"),
}


def needs_seed(name: str) -> None:
    """Skip a test that must rebuild agds_2019 from the seed when the seed is not around."""
    if name == "agds_2019" and not SEED.exists():
        pytest.skip(f"seed not found: {SEED}")


def document_xml(name: str) -> etree._Element:
    """The parsed word/document.xml of a committed sample."""
    with zipfile.ZipFile(SAMPLES / f"{name}.docx") as z:
        return etree.fromstring(z.read("word/document.xml"))


def docx_cell_texts(name: str) -> set[str]:
    """Every table cell's visible text (w:t incl. inside w:ins, w:br as a line break, no w:delText)."""
    texts = set()
    for tc in document_xml(name).iter(f"{W}tc"):
        paragraphs = []
        for p in tc.iter(f"{W}p"):
            parts = ["\n" if el.tag == f"{W}br" else (el.text or "") for el in p.iter(f"{W}t", f"{W}br")]
            paragraphs.append("".join(parts))
        texts.add(clean_text("\n".join(paragraphs)))
    return texts


@pytest.mark.parametrize("name", NAMES)
def test_docx_opens_with_python_docx(name):
    doc = Document(SAMPLES / f"{name}.docx")
    assert len(doc.tables) >= 2
    assert any("Отчет о реализации стратегического плана" in p.text for p in doc.paragraphs)


@pytest.mark.parametrize("name", NAMES)
def test_expected_counts_match_builder(name):
    needs_seed(name)
    sample = build_samples.BUILDERS[name]()
    expected = load_expected(name)
    assert len(expected["risks"]) == len(sample.records("risks"))
    assert len(expected["indicators"]) == len(sample.records("indicators"))


@pytest.mark.parametrize("name", NAMES)
def test_expected_json_is_up_to_date(name):
    needs_seed(name)
    assert load_expected(name) == expected_json(build_samples.BUILDERS[name]())


def test_sample_sizes():
    counts = {n: (len(e["risks"]), len(e["indicators"])) for n in NAMES for e in [load_expected(n)]}
    assert counts == {"agds_2019": (5, 9), "ministry_landscape_2020": (8, 14), "committee_long_2021": (25, 40)}


@pytest.mark.parametrize("name", NAMES)
def test_expected_texts_are_docx_cells(name):
    cells = docx_cell_texts(name)
    expected = load_expected(name)
    for kind, fields in TEXT_FIELDS.items():
        for record in expected[kind]:
            for field in fields:
                assert record[field] is None or record[field] in cells, (kind, field, record[field])
            status = "\n".join(filter(None, [record["status_text"], record.get("comment")]))
            assert status in cells, status


def test_agds_indicator_names_verbatim_in_seed():
    if not SEED.exists():
        pytest.skip(f"seed not found: {SEED}")
    seed = SEED.read_text(encoding="utf-8")
    for indicator in load_expected("agds_2019")["indicators"]:
        assert indicator["name"] in seed, indicator["name"]


def test_agds_raw_word_structure():
    root = document_xml("agds_2019")
    assert root.findall(f".//{W}tbl//{W}ins/{W}r/{W}t"), "tracked insertion in a cell"
    deleted = "".join(t.text for t in root.iter(f"{W}delText"))
    assert deleted.strip() == "почти вдвое"
    assert all("почти вдвое" not in (r["actual_measures"] or "") for r in load_expected("agds_2019")["risks"])
    assert root.findall(f".//{W}tc//{W}br"), "soft line break in a cell"
    assert root.findall(f".//{W}tblHeader") and root.findall(f".//{W}tblBorders")
    assert root.findall(f".//{W}vMerge") and root.findall(f".//{W}gridSpan")
    assert "45\u00a0375" in "".join(t.text or "" for t in root.iter(f"{W}t"))


def test_ministry_landscape_and_split_table():
    root = document_xml("ministry_landscape_2020")
    pg = root.find(f".//{W}sectPr/{W}pgSz")
    assert pg.get(f"{W}orient") == "landscape" and int(pg.get(f"{W}w")) > int(pg.get(f"{W}h"))
    doc = Document(SAMPLES / "ministry_landscape_2020.docx")
    assert len(doc.tables) == 3
    assert any(p.text == "Продолжение таблицы" for p in doc.paragraphs)
    first, second = doc.tables[1], doc.tables[2]
    assert [c.text for c in first.rows[0].cells] == [c.text for c in second.rows[0].cells]
    assert not root.findall(f".//{W}gridSpan[@{W}val='7']"), "group rows are not merged"


def test_committee_rows_may_split_and_headers_repeat():
    root = document_xml("committee_long_2021")
    assert not root.findall(f".//{W}cantSplit")
    for tbl in root.iter(f"{W}tbl"):
        rows = tbl.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert rows[1].find(f"{W}trPr/{W}tblHeader") is not None  # the column-number row
    text = "".join(t.text or "" for t in root.iter(f"{W}t"))
    assert "\u202f" in text and "\u00a0" in text
