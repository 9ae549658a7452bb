"""PDF reader: the layout of a LibreOffice-exported PDF must match the layout of its DOCX."""
from __future__ import annotations

import ctypes
import hashlib
import struct
from pathlib import Path
from types import SimpleNamespace

import pytest

pdfium = pytest.importorskip("pypdfium2")
pdfium_c = pytest.importorskip("pypdfium2.raw")

from pipeline.layout import Layout, Paragraph, Table, UnreadableDocument  # noqa: E402
from pipeline.readers.pdf import read_pdf  # noqa: E402
from pipeline.readers.pdf.geometry import _cell_padding, nearest_rank  # noqa: E402
from pipeline.readers.pdf.grid import find_tables  # noqa: E402
from pipeline.readers.pdf.joins import _continuation_score, _join_across  # noqa: E402
from pipeline.readers.pdf.lines import Line  # noqa: E402
from pipeline.readers.pdf.page import display_transform  # noqa: E402
from pipeline.readers.pdf.paragraphs import cell_text, paragraphs  # noqa: E402
from pipeline.readers.pdf.rulings import page_paths  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SAMPLE_NAMES = ["agds_2019", "ministry_landscape_2020", "committee_long_2021"]
LONG = "committee_long_2021"
LANDSCAPE = "ministry_landscape_2020"
STAMP_FONT_SIZE = 10.0
STAMP_MARGIN = 28.0  # points from the page edge for the stamped header / page number
RC4_PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


# ------------------------------------------------------------------------------------------ helpers
def sample(name: str, ext: str) -> Path:
    """Path of a committed sample, skipping the test when it is not there (yet)."""
    path = SAMPLES / f"{name}.{ext}"
    if not path.exists():
        pytest.skip(f"sample {path.name} not present")
    return path


def squash(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def block_signature(block) -> tuple:
    """A block's content with whitespace normalised; tables as rows of (row, col, spans, text)."""
    if isinstance(block, Paragraph):
        return ("P", squash(block.text))
    return ("T", block.n_cols, tuple(tuple((c.row, c.col, c.row_span, c.col_span, squash(c.text)) for c in r.cells)
                                     for r in block.rows))


def signatures(layout: Layout) -> list[tuple]:
    """All block signatures of a layout."""
    return [block_signature(b) for b in layout.blocks]


def cells(layout: Layout):
    """(table index, row, col, text) for every cell."""
    for t in layout.tables():
        for r in t.rows:
            for c in r.cells:
                yield t.index, c.row, c.col, c.text


def build_pdf_from_pages(src: Path, pages: list[int], dst: Path) -> Path:
    """A PDF holding the given 0-based pages of src (pypdfium2 import_pages)."""
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(src), pages)
    out.save(dst)
    return dst


def build_rotated(src: Path, pages: list[int], dst: Path) -> Path:
    """Each landscape page drawn rotated onto a portrait page that carries /Rotate 90, so it displays upright."""
    source = pdfium.PdfDocument(src)
    out = pdfium.PdfDocument.new()
    for index in pages:
        width, height = source.get_page_size(index)
        xobject = source.page_as_xobject(index, out)
        obj = xobject.as_pageobject()
        obj.transform(pdfium.PdfMatrix().rotate(90, ccw=True).translate(height, 0))
        page = out.new_page(height, width)
        page.insert_obj(obj)
        page.gen_content()
        page.set_rotation(90)
    out.save(dst)
    return dst


def stamp_furniture(src: Path, dst: Path, header: str = "Strategic plan report") -> Path:
    """Add a running header and a page number (Helvetica text objects) to every page."""
    doc = pdfium.PdfDocument(src)
    for i in range(len(doc)):
        page = doc[i]
        width, height = page.get_size()
        for text, x, y in ((str(i + 1), width / 2, STAMP_MARGIN), (header, 2 * STAMP_MARGIN, height - STAMP_MARGIN)):
            obj = pdfium_c.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", ctypes.c_float(STAMP_FONT_SIZE))
            pdfium_c.FPDFText_SetText(obj, (ctypes.c_ushort * (len(text) + 1))(*map(ord, text), 0))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    doc.save(dst)
    return dst


def build_scanned(src: Path, dst: Path, pages: int = 2) -> Path:
    """A PDF whose pages are only images (a rendering of the source's first page)."""
    bitmap = pdfium.PdfDocument(src)[0].render(scale=1)
    out = pdfium.PdfDocument.new()
    for _ in range(pages):
        page = out.new_page(595, 842)
        image = pdfium.PdfImage.new(out)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(595, 842))
        page.insert_obj(image)
        page.gen_content()
    out.save(dst)
    return dst


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, for the standard security handler."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf_bytes(user: bytes = b"secret", owner: bytes = b"owner") -> bytes:
    """A one-page PDF protected with a user password (standard security handler, RC4 40-bit, R2)."""
    file_id = hashlib.md5(b"kz-report-test").digest()
    pad = lambda pw: (pw + RC4_PADDING)[:32]  # noqa: E731
    o_value = rc4(hashlib.md5(pad(owner)).digest()[:5], pad(user))
    key = hashlib.md5(pad(user) + o_value + struct.pack("<i", -4) + file_id).digest()[:5]
    u_value = rc4(key, RC4_PADDING)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
               b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (o_value.hex().encode(), u_value.hex().encode())]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    hex_id = file_id.hex().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, hex_id, hex_id, xref)
    return bytes(out)


def line(text: str, x0: float, x1: float, top: float, *, first_word_w: float | None = None,
         first_char_w: float = 6.0, right: float = 300.0, left: float = 70.0, page: int = 1, size: float = 12.0):
    """A synthetic text line for the shared line-to-paragraph routine."""
    ln = Line(text, x0, x1, top, top + size * 1.15, size, False,
              first_word_w if first_word_w is not None else 6.5 * len(text.split()[0]), first_char_w, page)
    ln.left, ln.right, ln.pitch = left, right, size * 1.15
    return ln


# ------------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def layouts() -> dict:
    """PDF and DOCX layouts of every committed sample (read once)."""
    from pipeline.readers.docx import read_docx

    out = {}
    for name in SAMPLE_NAMES:
        pdf, docx = SAMPLES / f"{name}.pdf", SAMPLES / f"{name}.docx"
        if pdf.exists() and docx.exists():
            out[name] = (read_pdf(pdf), read_docx(docx))
    if not out:
        pytest.skip("sample PDFs not present yet")
    return out


def pair(layouts: dict, name: str) -> tuple[Layout, Layout]:
    """(pdf layout, docx layout) of one sample, or skip."""
    if name not in layouts:
        pytest.skip(f"sample {name} not present")
    return layouts[name]


# ------------------------------------------------------------------------------------------ samples
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_same_blocks_as_docx(layouts, name):
    """Paragraphs and tables (cells, spans, Cyrillic text) equal the DOCX's, whitespace normalised."""
    pdf, docx = pair(layouts, name)
    assert signatures(pdf) == signatures(docx)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_page_numbers(layouts, name):
    """Every block and row has a 1-based page; pages never go backwards in reading order."""
    pdf, _ = pair(layouts, name)
    assert pdf.pages == len(pdfium.PdfDocument(SAMPLES / f"{name}.pdf"))
    pages = []
    for block in pdf.blocks:
        assert 1 <= block.page <= pdf.pages
        pages.append(block.page)
        if isinstance(block, Table):
            assert [r.page for r in block.rows] == sorted(r.page for r in block.rows)
            assert block.rows[0].page == block.page
    assert pages == sorted(pages)
    assert pdf.blocks[0].page == 1


def test_multi_page_table_is_one_table(layouts):
    """The long sample's risk table runs over several pages but is one table, its header kept once."""
    pdf, docx = pair(layouts, LONG)
    assert len(list(pdf.tables())) == len(list(docx.tables()))
    risks = next(pdf.tables())
    assert len({r.page for r in risks.rows}) >= 3
    header = squash(risks.rows[0].cells[0].text)
    assert sum(squash(c.text) == header for r in risks.rows for c in r.cells) == 1
    assert [r.repeated_header for r in risks.rows[:3]] == [r.repeated_header for r in next(docx.tables()).rows[:3]]


def test_broken_row_joined(layouts):
    """A row broken over two page boundaries is one row with the whole text of each cell."""
    pdf, docx = pair(layouts, LONG)
    risks_pdf, risks_docx = next(pdf.tables()), next(docx.tables())
    assert len(risks_pdf.rows) == len(risks_docx.rows)
    row, col = next((i, k) for i, r in enumerate(risks_docx.rows) for k, c in enumerate(r.cells) if "Акмолинская" in c.text)
    got, want = risks_pdf.rows[row].cells[col].text, risks_docx.rows[row].cells[col].text
    assert squash(got) == squash(want)
    assert risks_pdf.rows[row + 1].page - risks_pdf.rows[row].page >= 2  # the row really spans page breaks
    assert "Акмолинская" in got and "Туркестанская" in got


def test_status_on_its_own_line(layouts):
    """A status cell with an explanation starts with the status alone on its first line."""
    seen = 0
    for name in layouts:
        pdf, docx = layouts[name]
        want = {(t, r, c): text for t, r, c, text in cells(docx)}
        for t, r, c, text in cells(pdf):
            expected = want.get((t, r, c), "")
            if expected.startswith(("Не достигнут\n", "Достигнут\n")):
                assert text.split("\n")[0] == expected.split("\n")[0]
                seen += 1
    if not seen:
        pytest.skip("no status cell with an explanation in the samples")


def test_landscape_sample_reads_like_docx(layouts):
    """Landscape pages: same tables and column count as the DOCX."""
    pdf, docx = pair(layouts, LANDSCAPE)
    assert [t.n_cols for t in pdf.tables()] == [t.n_cols for t in docx.tables()]
    assert pdf.issues == []


def test_rotated_pages_read_like_upright_ones(tmp_path):
    """Pages drawn sideways with /Rotate 90 give the same blocks as the upright originals."""
    src = sample(LANDSCAPE, "pdf")
    pages = [1, 2, 3]
    plain = read_pdf(build_pdf_from_pages(src, pages, tmp_path / "plain.pdf"))
    rotated = read_pdf(build_rotated(src, pages, tmp_path / "rotated.pdf"))
    assert pdfium.PdfDocument(tmp_path / "rotated.pdf")[0].get_rotation() == 90
    assert list(rotated.tables())
    assert signatures(rotated) == signatures(plain)


def test_no_page_numbers_or_headers_leak(tmp_path):
    """A running header and page numbers stamped on every page do not reach paragraphs or cells."""
    src = sample(LONG, "pdf")
    plain = read_pdf(src)
    stamped = read_pdf(stamp_furniture(src, tmp_path / "stamped.pdf"))
    assert signatures(stamped) == signatures(plain)
    texts = [b.text for b in stamped.paragraphs()] + [t for *_, t in cells(stamped)]
    assert not any("Strategic plan report" in t for t in texts)


# ------------------------------------------------------------------------------------------ text layer
def test_scanned_pdf_has_no_blocks_and_one_issue(tmp_path):
    """Only images: no blocks, one document-level no_text_layer issue."""
    layout = read_pdf(build_scanned(sample(LONG, "pdf"), tmp_path / "scan.pdf"))
    assert layout.blocks == []
    assert [i.code for i in layout.issues] == ["no_text_layer"]
    assert "no usable text layer" in layout.issues[0].message


def test_one_scanned_page_is_reported_with_its_page(tmp_path):
    """A scanned page among text pages: an issue for that page, the other pages still read."""
    src = sample("agds_2019", "pdf")
    scan = build_scanned(src, tmp_path / "scan.pdf", pages=1)
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(pdfium.PdfDocument(src), [0])
    mixed.import_pages(pdfium.PdfDocument(scan), [0])
    mixed.save(tmp_path / "mixed.pdf")
    layout = read_pdf(tmp_path / "mixed.pdf")
    assert [(i.code, i.page) for i in layout.issues] == [("no_text_layer", 2)]
    assert layout.blocks and all(b.page == 1 for b in layout.blocks)


def test_glyphs_without_unicode_mapping(tmp_path):
    """Fonts stripped of their ToUnicode maps: the text layer is reported unusable, nothing is read."""
    data = sample("agds_2019", "pdf").read_bytes()
    stripped = bytearray(data)
    start = 0
    while (start := data.find(b"/ToUnicode", start)) >= 0:
        end = data.find(b"R", start)
        stripped[start:end + 1] = b" " * (end + 1 - start)
        start = end
    (tmp_path / "nomap.pdf").write_bytes(bytes(stripped))
    layout = read_pdf(tmp_path / "nomap.pdf")
    assert layout.blocks == []
    assert layout.issues and layout.issues[0].code == "no_text_layer"


# ------------------------------------------------------------------------------------------ bad input
@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    ("Отчет о реализации стратегического плана\n".encode(), "not a PDF"),
    (b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n", "damaged"),
])
def test_bad_files_raise(tmp_path, content, reason):
    """An empty file, a text file named .pdf and garbage after a PDF signature are refused with a reason."""
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(UnreadableDocument, match=reason):
        read_pdf(path)


def test_truncated_pdf_raises(tmp_path):
    """A PDF cut in the middle is refused."""
    data = sample("agds_2019", "pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableDocument, match="truncated"):
        read_pdf(tmp_path / "cut.pdf")


def test_encrypted_pdf_raises(tmp_path):
    """A password-protected PDF is refused, saying it needs a password."""
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf_bytes())
    assert len(pdfium.PdfDocument(path, password="secret")) == 1  # a real, openable encrypted PDF
    with pytest.raises(UnreadableDocument, match="password"):
        read_pdf(path)


def test_missing_file_raises(tmp_path):
    """A path that does not exist is refused."""
    with pytest.raises(UnreadableDocument, match="cannot be opened"):
        read_pdf(tmp_path / "nowhere.pdf")


# ------------------------------------------------------------------------------------------ line joining
def test_hyphenated_word_is_joined():
    """'госу-' / 'дарственной' -> 'государственной' (the joined word is in the dictionary)."""
    a, b = line("службы госу-", 70, 300, 100), line("дарственной власти", 70, 180, 114)
    assert paragraphs([a, b])[0][1] == "службы государственной власти"


@pytest.mark.parametrize("left, right, joined", [
    ("ученых-", "правоведов", "ученых-правоведов"),
    ("волоконно-", "оптических", "волоконно-оптических"),
    ("социально-", "экономического", "социально-экономического"),
    ("Северо-", "Казахстанской", "Северо-Казахстанской"),
])
def test_compound_keeps_its_hyphen(left, right, joined):
    """A real hyphen at a line end stays (compounds, capitalised second parts)."""
    a, b = line(f"труд {left}", 70, 300, 100), line(f"{right} сферы", 70, 180, 114)
    assert paragraphs([a, b])[0][1] == f"труд {joined} сферы"


def test_word_broken_mid_word_in_a_cell_is_joined():
    """'Ведомственны' filling a narrow cell + 'е данные' -> 'Ведомственные данные'."""
    a = line("Ведомственны", 230, 306.8, 100, right=308.8, left=230)
    b = line("е данные", 230, 270, 114, first_word_w=6.0, first_char_w=5.9, right=308.8, left=230)
    assert cell_text([a, b]) == "Ведомственные данные"


def test_short_word_at_cell_edge_is_not_glued():
    """A whole word that merely ends near the edge keeps its space before the next word."""
    a = line("услугополучателей", 180, 284.3, 100, right=291.8, left=180)
    b = line("по вопросам", 180, 240, 114, first_word_w=12.0, first_char_w=6.7, right=291.8, left=180)
    assert cell_text([a, b]) == "услугополучателей по вопросам"


def test_status_line_stays_separate():
    """'Не достигнут' followed by its explanation keeps the status alone on the first line."""
    a = line("Не достигнут", 440, 500, 100, right=546, left=440)
    b = line("В течение отчетного года", 440, 546, 114, first_word_w=8.0, right=546, left=440)
    assert cell_text([a, b]) == "Не достигнут\nВ течение отчетного года"


def test_compound_status_is_one_line():
    """'Исполнено' / 'частично' is one status, not a status and an explanation."""
    a = line("Исполнено", 440, 500, 100, right=510, left=440)
    b = line("частично", 440, 490, 114, right=510, left=440)
    assert cell_text([a, b]) == "Исполнено частично"


def test_short_line_that_could_have_held_the_next_word_ends_a_paragraph():
    """A line ending early although the next word would have fitted: a new paragraph (a newline in a cell)."""
    a = line("Первый абзац закончен.", 70, 200, 100)
    b = line("Второй абзац", 70, 160, 114, first_word_w=40.0)
    assert cell_text([a, b]) == "Первый абзац закончен.\nВторой абзац"


def test_paragraph_continues_on_next_page():
    """Lines on two pages with nothing between them form one paragraph."""
    a = line("конец страницы и продолжение", 70, 300, 760, page=1)
    b = line("на следующей странице.", 70, 200, 60, page=2)
    assert [t for _, t in paragraphs([a, b])] == ["конец страницы и продолжение на следующей странице."]


def test_centred_line_has_room_on_both_sides():
    """A centred line that ends early while the next word would fit in the cell width: a new paragraph."""
    a = line("бюджета.", 200, 250, 100, right=400, left=50)
    b = line("Кроме того, подрядчики", 120, 330, 114, first_word_w=34.0, right=400, left=50)
    assert cell_text([a, b]) == "бюджета.\nКроме того, подрядчики"


def test_bold_centred_title_then_plain_centred_line():
    """The last line of a bold centred title is not glued to the plain centred line under it."""
    a = line("Министерства финансов на 2021-2025 годы", 71, 530, 100, right=530, left=71)
    b = line("Отчетный год – 2021", 240, 360, 114, right=530, left=71)
    a.bold = True
    assert [t for _, t in paragraphs([a, b])] == ["Министерства финансов на 2021-2025 годы",
                                                  "Отчетный год – 2021"]


def test_status_with_remark_in_brackets_is_one_line():
    """'Достигнуто' / '(перевыполнено)' wrapped in a narrow cell stays one status line."""
    a = line("Достигнуто", 440, 500, 100, right=520, left=440)
    b = line("(перевыполнено)", 440, 515, 114, right=520, left=440)
    assert cell_text([a, b]) == "Достигнуто (перевыполнено)"


def test_margins_of_a_short_document_reach_its_longest_line():
    """With a handful of prose lines, the right margin is the furthest line end, not the one before it."""
    assert nearest_rank(7, 0.95) == 6
    assert nearest_rank(7, 0.05) == 0
    assert nearest_rank(100, 0.95) == 94


# ------------------------------------------------------------------------------------------ other producers
# PDFs drawn the way Word and other producers draw them (samples/build_producers.py, committed; the file
# name says the sample and the style): borders as thin filled rectangles, shaded cells and paragraphs,
# words placed one by one without space characters, glyph runs, /Rotate 90 pages, running headers and
# "Страница N из M" footers, rows broken across pages.  Their ground truth is the sample's expected JSON.
PRODUCERS = Path(__file__).resolve().parent / "data" / "producers"
PRODUCER_PDFS = sorted(p.name for p in PRODUCERS.glob("*.pdf"))
PRODUCER_RISK_FIELDS = ["direction", "goal", "risk", "planned_measures", "actual_measures", "status", "status_text"]
PRODUCER_INDICATOR_FIELDS = ["direction", "goal", "name", "source", "unit", "plan", "fact", "plan_text", "fact_text",
                             "status", "status_text", "comment"]


def squashed_fields(records: list[dict], fields: list[str]) -> list[dict]:
    """The records' fields with text compared word for word."""
    return [{f: squash(r[f]) if isinstance(r.get(f), str) else r.get(f) for f in fields} for r in records]


def producer_pdf(name: str) -> Path:
    path = PRODUCERS / name
    if not path.exists():
        pytest.skip(f"{name} not built (python samples/build_producers.py)")
    return path


@pytest.mark.parametrize("name", PRODUCER_PDFS)
def test_other_producers_give_every_field(name):
    """Every risk and indicator field, and the report identity, of a PDF from another producer."""
    import json

    from pipeline.extract import extract_document

    doc = extract_document(producer_pdf(name)).model_dump(mode="json")
    expected = json.loads((SAMPLES / "expected" / f"{name.split('__')[0]}.json").read_text(encoding="utf-8"))
    assert doc["report"] == expected["report"]
    assert squashed_fields(doc["risks"], PRODUCER_RISK_FIELDS) == squashed_fields(expected["risks"], PRODUCER_RISK_FIELDS)
    assert (squashed_fields(doc["indicators"], PRODUCER_INDICATOR_FIELDS)
            == squashed_fields(expected["indicators"], PRODUCER_INDICATOR_FIELDS))
    assert "missing_section" not in {f["code"] for f in doc["findings"]}


@pytest.mark.parametrize("name", ["ministry_landscape_2020__furniture.pdf", "ministry_landscape_2020__word.pdf"])
def test_running_header_and_page_of_pages_footer_are_dropped(name):
    """'Отчет о реализации ... за 2020 год' on top and 'Страница N из M' at the bottom of every page go."""
    layout = read_pdf(producer_pdf(name))
    texts = [p.text for p in layout.paragraphs()] + [c[3] for c in cells(layout)]
    assert not [t for t in texts if "Страница" in t or "стратегического плана за 2020 год" in t]
    assert squash(next(layout.paragraphs()).text).startswith("Отчет о реализации стратегического плана Министерства")


def test_words_without_space_characters_are_spaced_by_their_gaps():
    """Words drawn one by one at their own x with no space in the text layer still come out as words."""
    path = producer_pdf("ministry_landscape_2020__words.pdf")
    doc = pdfium.PdfDocument(path)
    try:
        textpage = doc[0].get_textpage()
        raw = textpage.raw
        typed = [i for i in range(textpage.count_chars())
                 if pdfium_c.FPDFText_GetUnicode(raw, i) == 0x20 and not pdfium_c.FPDFText_IsGenerated(raw, i)]
        textpage.close()
    finally:
        doc.close()
    assert typed == []  # the fixture really has no space characters of its own
    layout = read_pdf(path)
    assert squash(next(layout.paragraphs()).text).startswith("Отчет о реализации стратегического плана")


def test_rotated_pages_of_a_producer_read_upright():
    """Every second page is a portrait page with /Rotate 90: the tables read as on the upright pages."""
    rotated = signatures(read_pdf(producer_pdf("ministry_landscape_2020__rotated.pdf")))
    upright = signatures(read_pdf(producer_pdf("ministry_landscape_2020__lines.pdf")))
    assert rotated == upright


def test_thin_filled_rectangles_are_rulings_and_fills_inside_cells_are_not(tmp_path):
    """Path kinds: a 0.5 pt filled rectangle is a ruling; a grey filled area is shading; white shading is nothing."""
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(200, 200)

    def rect(x, y, w, h, rgb, fill=True, stroke=False):
        obj = pdfium_c.FPDFPageObj_CreateNewRect(x, y, w, h)
        pdfium_c.FPDFPageObj_SetFillColor(obj, *rgb, 255)
        pdfium_c.FPDFPageObj_SetStrokeColor(obj, 0, 0, 0, 255)
        pdfium_c.FPDFPath_SetDrawMode(obj, pdfium_c.FPDF_FILLMODE_WINDING if fill else 0, stroke)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)

    rect(10, 150, 100, 0.5, (0, 0, 0))  # a border drawn as a thin black rectangle
    rect(10, 100, 100, 20, (217, 217, 217))  # grey shading
    rect(10, 50, 100, 20, (255, 255, 255))  # white shading
    rect(120, 50, 40, 40, (255, 255, 255), fill=False, stroke=True)  # a stroked frame
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    path = tmp_path / "paths.pdf"
    doc.save(path)
    doc.close()
    doc = pdfium.PdfDocument(path)
    try:
        page = doc[0]
        to_display, _, _ = display_transform(page)
        _, _, edges = page_paths(page, to_display)
    finally:
        doc.close()
    kinds = sorted((e["orientation"], round(e["top"]), "shading" in e) for e in edges)
    assert kinds == [("h", 50, False), ("h", 50, False),  # the thin rectangle: two long sides, 0.5 pt apart
                     ("h", 80, True), ("h", 100, True), ("h", 110, False), ("h", 150, False),
                     ("v", 80, True), ("v", 80, True), ("v", 110, False), ("v", 110, False)]


def ruling(orientation: str, a: float, b0: float, b1: float, **extra) -> dict:
    """A pdfplumber edge: horizontal at top=a from x=b0 to b1, or vertical at x=a from top=b0 to b1."""
    if orientation == "h":
        e = {"x0": b0, "x1": b1, "top": a, "bottom": a, "width": b1 - b0, "height": 0.0}
    else:
        e = {"x0": a, "x1": a, "top": b0, "bottom": b1, "width": 0.0, "height": b1 - b0}
    e.update(doctop=e["top"], orientation=orientation, object_type="line", **extra)
    return e


def box(x0: float, top: float, x1: float, bottom: float, **extra) -> list[dict]:
    """The four sides of a rectangle as edges."""
    return [ruling("h", top, x0, x1, **extra), ruling("h", bottom, x0, x1, **extra),
            ruling("v", x0, top, bottom, **extra), ruling("v", x1, top, bottom, **extra)]


def grid_edges(**extra) -> list[dict]:
    """A 2 x 2 table from x 100..300, top 100..200."""
    return ([ruling("h", y, 100, 300, **extra) for y in (100, 150, 200)]
            + [ruling("v", x, 100, 200, **extra) for x in (100, 200, 300)])


def test_shading_inside_a_ruled_cell_does_not_cut_it():
    """A highlighted paragraph inside a ruled cell leaves the 2 x 2 grid as it is."""
    parts = find_tables(grid_edges() + box(110, 160, 190, 180, shading=True), 1)
    assert [(len(p.xs), len(p.ys), len(p.cells)) for p in parts] == [(3, 3, 4)]


def test_shaded_cells_alone_still_make_a_table():
    """Without any ruling on the page, the sides of shaded cells are used (pdfplumber's behaviour)."""
    parts = find_tables(grid_edges(shading=True), 1)
    assert [(len(p.xs), len(p.ys), len(p.cells)) for p in parts] == [(3, 3, 4)]


def test_white_page_background_does_not_box_the_prose():
    """The analytical note page of agds_2019__rects has white rectangles behind its lines and no rulings: prose."""
    layout = read_pdf(producer_pdf("agds_2019__rects.pdf"))
    last_table_page = max(t.page for t in layout.tables())
    note = [p for p in layout.paragraphs() if p.page > last_table_page]
    assert squash(note[0].text) == "3. Аналитическая записка" and len(note) == 3


def test_whole_word_that_fills_a_line_keeps_the_space_before_a_short_word():
    """'услугополучателей' filling a cell so that not even 'п' fits after it, then 'по вопросам': two words.

    The words are not known to the dictionary; the first is an inflected form ('услугополучатель'), and
    'услугополучателейпо' is no form of anything, so the line was wrapped at a space."""
    a = line("услугополучателей", 180, 282.9, 100, right=287.5, left=180)
    b = line("по вопросам", 180, 240, 114, first_word_w=12.7, first_char_w=6.4, right=287.5, left=180)
    assert cell_text([a, b]) == "услугополучателей по вопросам"


@pytest.mark.parametrize("left, rest, joined", [
    ("услугополучателям", "и качества", "услугополучателями качества"),  # the fragment inflects the word
    ("услугополучател", "ей качества", "услугополучателей качества"),  # the fragment is no word at all
    ("медорганизаци", "я в", "медорганизация в"),
])
def test_word_broken_mid_word_keeps_joining(left, rest, joined):
    """Force-broken words whose parts are not dictionary words are still re-joined."""
    a = line(left, 180, 286.0, 100, right=287.5, left=180)
    b = line(rest, 180, 240, 114, first_word_w=8.0, first_char_w=6.0, right=287.5, left=180)
    assert cell_text([a, b]) == joined


# Lines as LibreOffice broke them in narrow cells of generated reports (their geometry as measured there):
# (line a: text, x0, x1, left, right), (line b: text, its first word's and first character's widths), the cell text.
@pytest.mark.parametrize("a, b, text", [
    # an unknown head and a rare short word: 'услугополучателей', 'Казгидромет' (seeds 35, 94)
    (("услугополучат", 329.8, 414.7, 329.8, 416.2), ("елей, и", 27.0, 6.8), "услугополучателей, и"),
    (("«Казгидр", 418.9, 466.4, 418.9, 469.3), ("омет»", 30.1, 6.0), "«Казгидромет»"),
    # ... but not a preposition after a word the dictionary does not know ('Кибератакина' would be a surname)
    (("Кибератаки", 180.0, 286.0, 180.0, 287.5), ("на объекты", 12.0, 6.0), "Кибератаки на объекты"),
    # a letter is not parted from its closing punctuation: 'а».' did not fit (seed 6)
    (("правительств", 204.2, 298.2, 204.2, 307.1), ("а».", 19.2, 8.1), "правительства»."),
    # a compound broken before its hyphen, no room left for it (seed 6); a list dash keeps its space
    (("государственно", 204.2, 305.7, 204.2, 307.1), ("-частного", 61.1, 4.3), "государственно-частного"),
    (("мероприятия:", 204.2, 305.7, 204.2, 307.1), ("- обучение", 4.3, 4.3), "мероприятия: - обучение"),
    # a dash between years, written without spaces (seed 82)
    (("плана на 2023–", 79.6, 790.3, 71.0, 798.7), ("2027 годы", 34.8, 8.7), "плана на 2023–2027 годы"),
    # ... and a standard's code after its hyphen, though the next number would fit (heldout19 notes' PDF)
    (("стандарту СТ РК 3456-", 71.0, 480.0, 71.0, 523.0), ("2019, составила", 26.0, 6.5),
     "стандарту СТ РК 3456-2019, составила"),
    # a compound's first part broken off its linking vowel (seeds 95, 2)
    (("челове", 357.1, 390.1, 356.2, 390.8), ("ко-часов", 40.0, 4.4), "человеко-часов"),
    (("медик", 71.0, 112.2, 73.1, 110.5), ("о-санитарной", 11.3, 7.4), "медико-санитарной"),
    # ... where the room left would hold the vowel, not the hyphen after it, the break opportunity (seed 6209)
    (("информационн", 71.0, 151.7, 71.0, 160.3), ("о-", 10.0, 6.0), "информационно-"),
    # names with inner capitals, broken anywhere (seeds 92, 94, 163)
    (("«КазАвтоЖ", 232.8, 293.1, 232.8, 296.6), ("ол»", 18.0, 6.0), "«КазАвтоЖол»"),
    (("«КазАвто", 418.9, 468.5, 418.9, 469.3), ("Жол»", 28.7, 10.8), "«КазАвтоЖол»"),
    (("«КазАвтоЖо", 71.0, 138.2, 71.0, 138.1), ("л»", 12.4, 6.4), "«КазАвтоЖол»"),
    # a conjunction never stands right before closing punctuation (seed 308)
    (("«Казпочт", 208.4, 259.9, 208.5, 265.4), ("а»", 11.9, 6.2), "«Казпочта»"),
    # the cell's right padding is estimated: within 1.5 pt only a strong dictionary case is joined (seed 123) ...
    (("Админист", 234.0, 286.1, 234.2, 293.2), ("ративные", 48.4, 6.0), "Административные"),
    # ... not two words whose join is a rare word too ('переходна', seed 449), nor a word and a preposition (379)
    (("Переход", 268.6, 310.5, 268.6, 317.6), ("на платформенную", 11.9, 6.4), "Переход на платформенную"),
    (("связи", 732.0, 767.1, 732.1, 774.0), ("с отсутствием", 6.6, 6.6), "связи с отсутствием"),
    # ... but a preposition that the next word could not follow is an ending (seed 6324)
    (("Исполнен", 313.9, 360.3, 313.9, 366.6), ("о не в", 5.5, 5.5), "Исполнено не в"),
    # ... nor a noun and the preposition opening the next phrase, whose join is only a short adjective (seed 287)
    (("Переход", 214.9, 265.0, 214.9, 268.9), ("на", 15.0, 8.3), "Переход на"),
    (("проектн", 219.8, 267.7, 219.8, 273.1), ("о-", 10.7, 6.7), "проектно-"),  # 'проектн' is no word (seed 5292)
    # a conjunction between like members stands alone, though 'библиотеки' is a word too (seed 4194)
    (("библиотек", 205.3, 270.4, 205.3, 272.6), ("и школ.", 8.3, 8.3), "библиотек и школ."),
    # ... but not unlike members, nor after 'а', which takes a comma as a conjunction (seeds 4052, 4031, 4033)
    (("операторам", 204.2, 263.4, 204.3, 267.8), ("и связи.", 6.4, 6.4), "операторами связи."),
    (("расчет", 518.9, 561.8, 519.3, 562.8), ("а Бюро", 7.3, 7.3), "расчета Бюро"),
    (("строительств", 71.0, 139.5, 71.0, 142.4), ("а сетей в", 5.6, 5.6), "строительства сетей в"),
    # no word is half Cyrillic, half Latin: a script change is a word gap (seed 4051)
    (("приложение", 71.0, 150.7, 71.4, 155.1), ("eGov mobile", 30.7, 7.1), "приложение eGov mobile"),
    # a number broken inside its last digit group (seed 478)
    (("13 70", 316.8, 342.5, 314.0, 345.1), ("3", 5.7, 5.7), "13 703"),
    # no space after an opening bracket; a hyphen alone on its line stays attached (seeds 441, 449)
    (("(", 71.0, 75.7, 71.0, 194.8), ("сурдопереводчик", 121.2, 7.3), "(сурдопереводчик"),
    (("факторно", 268.6, 316.1, 268.6, 317.6), ("-", 3.2, 3.2), "факторно-"),
])
def test_words_broken_in_narrow_cells(a, b, text):
    first = line(a[0], a[1], a[2], 100, left=a[3], right=a[4])
    second = line(b[0], a[3], a[3] + 40, 114, first_word_w=b[1], first_char_w=b[2], left=a[3], right=a[4])
    assert cell_text([first, second]) == text


def test_name_broken_over_three_lines_is_one_word():
    """'«Казги' / 'дроме' / 'т»' in a narrow cell (seed 5225): 'дроме' is a dictionary word, but it fills its line
    alone, so it was broken too, and 'Казги' begins no dictionary word: a name's head."""
    a = line("«Казги", 264.0, 307.7, 100, left=264.0, right=308.4)
    b = line("дроме", 264.0, 303.7, 114, first_word_w=39.7, first_char_w=8.3, left=264.0, right=308.4)
    c = line("т»", 264.0, 278.3, 128, first_word_w=14.3, first_char_w=7.0, left=264.0, right=308.4)
    assert cell_text([a, b, c]) == "«Казгидромет»"


def test_centred_title_line_under_a_line_past_the_measured_margin():
    """A title centred in a flush-left document, whose right margin (measured on ragged lines) is short of the
    title's widest line: its last line is centred under that line and goes on the title (seed 5313)."""
    a = line("социальной защиты населения Республики Казахстан на 2023 - 2028 годы", 71.3, 552.2, 100,
             left=71.0, right=546.0, first_word_w=78.3)
    b = line("за 2023 год", 276.2, 347.6, 113.8, left=71.0, right=546.0, first_word_w=13.7)
    assert [t for _, t in paragraphs([a, b])] == [
        "социальной защиты населения Республики Казахстан на 2023 - 2028 годы за 2023 год"]


def test_cell_padding_is_where_most_cells_start_below_the_median():
    """Centred numbers ('52,37 %') start further in than the padding; most cells of a table of figures may be
    such, and the padding is where left-aligned cells start (seed 394), not the median; one cell starting lower
    alone does not set it, nor a few (seed 1)."""
    def part(starts):
        return SimpleNamespace(from_text=False, cells=[SimpleNamespace(x0=100.0, lines=[SimpleNamespace(x0=100.0 + s)]) for s in starts])

    assert _cell_padding(part([2.9, 2.9, 3.0, 4.1, 6.1, 8.5, 9.8, 9.8, 16.2, 22.1, 37.3])) == pytest.approx(2.9)
    assert _cell_padding(part([2.4, 3.0, 3.0])) == pytest.approx(3.0)
    assert _cell_padding(part([4.0, 7.0, 10.0])) == pytest.approx(7.0)
    assert _cell_padding(part([2.17] * 3 + [2.9] * 4 + [3.0] * 3 + [3.3, 11.2])) == pytest.approx(2.9)


@pytest.mark.parametrize("prev, nxt, text", [
    # a status whose remark the page broke: on its own line, as on one page (seed 63)
    ("Достигнут (перевыполне", ["н)", "Превышение связано с ростом."], "Достигнут (перевыполнен)\nПревышение связано с ростом."),
    # a sentence broken by the page is glued as ever
    ("Работы выполне", ["ны в срок. Акт", "подписан."], "Работы выполнены в срок. Акт подписан."),
    # the lines after the first are glued again knowing the word begun on the page before: 'олнение' alone is
    # no word and swallowed 'обусловл' (seed 287)
    ("Перевып", ["олнение", "обусловл", "ено"], "Перевыполнение обусловлено"),
])
def test_a_cell_broken_by_a_page(prev, nxt, text):
    last = line(prev.split()[-1], 454.2, 525.1, 700, left=454.6, right=525.4)
    full = [k < len(nxt) - 1 and " " not in t for k, t in enumerate(nxt)]  # a word broken: its line is full
    lines = [line(t, 454.2, 525.1 if full[k] else 454.2 + 6.4 * len(t), 60 + 14 * k, first_word_w=6.4 * len(t.split()[0]),
                  first_char_w=6.4, left=454.6, right=525.4, page=2) for k, t in enumerate(nxt)]
    assert _join_across(prev, last, cell_text(lines), lines) == text


@pytest.mark.parametrize("prev, nxt, sign", [
    ("10 991,", "4", 1),  # a number broken after its decimal comma
    ("Частично достигнут", "Не завершены конкурсные процедуры по 47 566 проектам.", 0),  # a status, then why
    ("Достигнут", "Выполнено", -1),  # a second status: a new record
    ("Данные", "АИС «Е-Собес»", 0),  # an abbreviation is capitalized wherever it stands
    ("Данные РГП", "«Казгидромет»", 0),  # and so is a name in quotes
    ("Данные", "Astana Hub", 0),
    ("Доля охвата населения услугами", "Количество созданных рабочих мест", -1),  # a capital in mid-phrase
    ("Среднегодовая", "концентрация взвешенных частиц", 1),
    ("Мероприятие исполнено в полном объеме", ".", 1),  # a cell never opens with a full stop
])
def test_continuation_evidence_of_one_column(prev, nxt, sign):
    """What one column of a row broken by a page says: goes on (+), new row (-), nothing (0)."""
    score = _continuation_score(prev, nxt)
    assert (score > 0) - (score < 0) == sign


def test_tables_with_horizontal_rules_only():
    """Without vertical rulings the column borders come from the text: the risk and the indicator table, each
    joined over its pages, with the header cell '2020 год' over its sub-columns 'План' | 'Факт'."""
    layout = read_pdf(producer_pdf("ministry_landscape_2020__hrules.pdf"))
    risks, indicators = layout.tables()
    assert (risks.n_cols, indicators.n_cols) == (5, 7)
    period = next(c for c in indicators.rows[0].cells if c.text == "2020 год")
    assert (period.col, period.col_span) == (4, 2)
    assert [c.text for c in indicators.rows[1].cells] == ["План", "Факт"]
