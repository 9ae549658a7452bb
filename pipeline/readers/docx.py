"""DOCX reader: the package opened with zipfile under size limits, its XML parsed by lxml with entities and
the network off, the body walked in document order.

Handles merged cells (gridSpan, vMerge) without repeating their text, tracked changes
(insertions kept, deletions dropped), soft line breaks, content controls and repeated header rows.
Hostile packages are refused before anything big is inflated: only the parts read (the main document
and its styles) are inflated, each through a stream bounded by its declared size and MAX_PART_BYTES;
spans are bounded by the table's own grid; a cell or paragraph longer than MAX_TEXT_CHARS is cut, and
the layout says so (`text_truncated`).
"""
from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from pathlib import Path
from typing import Optional

from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from lxml import etree

from pipeline.errors import UnreadableDocument
from pipeline.layout import Cell, Issue, Layout, Paragraph, Row, Table, clean_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"

# Limits of a package worth reading. Real reports hold 10-40 parts and a document.xml of at most a few MB
# (3.3 MB the largest of 174 real and synthetic DOCX files here), compressed 9-15 times.
MAX_ENTRIES = 10_000
MAX_PART_BYTES = 64 << 20  # a part we read, inflated (the rest are never inflated)
MAX_RATIO = 200  # inflated / compressed, for a read part of more than RATIO_FLOOR bytes: a zip bomb
RATIO_FLOOR = 1 << 20
MAX_TEXT_CHARS = 100_000  # one paragraph or cell; longer ones are cut (30 pages of text in one cell)
# lxml spends about 130 bytes an element: a part of tiny elements (60 MB of "<w:p>...1...</w:p>") takes 1 GB
# parsed. Tags are counted in the bytes (every element has one "<" or two) before parsing.
MAX_TAGS = 4_000_000
MAX_TABLE_ROWS = 20_000  # in all tables of the document; a report has hundreds (5,000 take about 10 s to read)
DOCTYPE_RE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
# lxml: no entity is substituted, no DTD or network access, libxml2's own bounds on text nodes and depth kept.
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT = q("p"), q("tbl"), q("tr"), q("tc"), q("sdt"), q("sdtContent")
T, BR, CR, TAB, NOBREAK_HYPHEN = q("t"), q("br"), q("cr"), q("tab"), q("noBreakHyphen")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Deleted text, properties, and the fallback copy of a drawing whose preferred form is read already.
SKIPPED_CONTAINERS = {q("del"), q("moveFrom"), q("pPr"), q("rPr"), q("fldData"), MC_FALLBACK}
HEADING_STYLES = ("heading", "заголовок", "title", "название")


def read_docx(path: Path) -> Layout:
    """Read a Word file into the neutral layout."""
    body, styles = _open_document(path)
    heading_style_ids = _heading_style_ids(styles)
    layout = Layout(file=str(path), format="docx", pages=None)
    counters = {"paragraph": 0, "table": 0}
    for element in _children(body, (P, TBL)):
        if element.tag == P:
            text = bounded_text(paragraph_text(element), layout, f"paragraph {counters['paragraph'] + 1}")
            if text:
                layout.blocks.append(
                    Paragraph(text, counters["paragraph"], heading=_is_heading(element, heading_style_ids))
                )
                counters["paragraph"] += 1
        elif element.tag == TBL:
            table = read_table(element, counters["table"], layout)
            if table.rows:
                layout.blocks.append(table)
                counters["table"] += 1
    return layout


def bounded_text(raw: str, layout: Optional[Layout], where: str) -> str:
    """The cleaned text, cut to MAX_TEXT_CHARS with an issue saying where, so one cell cannot flood the facts.

    The raw text is cut before it is cleaned: cleaning 10 MB takes seconds.
    """
    text = clean_text(raw[:4 * MAX_TEXT_CHARS])
    if len(raw) <= 4 * MAX_TEXT_CHARS and len(text) <= MAX_TEXT_CHARS:
        return text
    if layout is not None:
        layout.issues.append(Issue("text_truncated", f"{where} holds {len(raw):,} characters; only the first "
                                                     f"{MAX_TEXT_CHARS:,} were read"))
    return text[:MAX_TEXT_CHARS]


# --- the package --------------------------------------------------------------------------------------

def _open_document(path: Path):
    """The body element of the main document and the styles root (or None), or UnreadableDocument with the reason."""
    try:
        with zipfile.ZipFile(path) as package:
            _check_package(package)
            main = _main_part(package, path)
            document = _parse(package, main)
            styles_name = _related_part(package, main, RELATIONSHIP_TYPE.STYLES)
            styles = _parse(package, styles_name) if styles_name else None
    except (zipfile.BadZipFile, EOFError) as exc:
        raise UnreadableDocument("not a readable DOCX: the file is damaged or truncated (not a complete ZIP package)") from exc
    except (zipfile.LargeZipFile, OSError) as exc:
        raise UnreadableDocument(f"damaged DOCX: {exc}") from exc
    body = document.find(q("body"))
    if body is None:
        raise UnreadableDocument(f"not a Word document: {main} has no body")
    rows = sum(1 for _ in body.iter(TR))
    if rows > MAX_TABLE_ROWS:
        raise UnreadableDocument(f"the document's tables hold {rows:,} rows (more than {MAX_TABLE_ROWS:,}; "
                                 "a report has hundreds): refused")
    return body, styles


def _check_package(package: zipfile.ZipFile) -> None:
    """Refuse packages no word processor writes, before inflating anything: too many entries."""
    count = len(package.infolist())
    if count > MAX_ENTRIES:
        raise UnreadableDocument(f"the package holds {count:,} parts (more than {MAX_ENTRIES:,}): not a Word document")


def _read_part(package: zipfile.ZipFile, name: str) -> bytes:
    """A part's bytes, inflated through a stream bounded by its declared size and MAX_PART_BYTES."""
    try:
        info = package.getinfo(name)
    except KeyError:
        raise UnreadableDocument(f"not a Word document: part {name!r} is missing from the package") from None
    if info.flag_bits & 0x1:
        raise UnreadableDocument(f"the package's part {name} is encrypted")
    if info.file_size > MAX_PART_BYTES:
        raise UnreadableDocument(f"the package's part {name} inflates to {info.file_size / 2**20:,.0f} MB "
                                 f"(more than {MAX_PART_BYTES >> 20} MB): refused")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise UnreadableDocument(f"the package's part {name} inflates {info.file_size // max(info.compress_size, 1):,} times "
                                 "(a zip bomb): refused")
    try:
        with package.open(info) as stream:
            data = stream.read(MAX_PART_BYTES + 1)
    except NotImplementedError as exc:  # an unknown compression method
        raise UnreadableDocument(f"the package's part {name} cannot be inflated ({exc})") from exc
    except (zlib.error, RuntimeError, ValueError, EOFError, OSError) as exc:  # lzma/bz2 errors are ValueError/OSError
        raise UnreadableDocument(f"the package's part {name} is damaged ({exc})") from exc
    if len(data) > MAX_PART_BYTES:
        raise UnreadableDocument(f"the package's part {name} inflates to more than {MAX_PART_BYTES >> 20} MB: refused")
    return data


def _parse(package: zipfile.ZipFile, name: str):
    """A part's XML root; a DTD (which no word processor writes, and the way to XXE and entity bombs) is refused."""
    data = _read_part(package, name)
    if DOCTYPE_RE.search(data, 0, 4096):
        raise UnreadableDocument(f"{name} declares a DTD (<!DOCTYPE ...>), which Word never writes: refused unread")
    tags = data.count(b"<")
    if tags > MAX_TAGS:
        raise UnreadableDocument(f"{name} holds about {tags // 2:,} XML elements (more than {MAX_TAGS // 2:,}): refused")
    try:
        root = etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError as exc:
        if "XML_PARSE_HUGE" in str(exc):  # libxml2's bounds on text node length and nesting depth
            reason = str(exc).split(", try XML_PARSE_HUGE")[0].split(", use XML_PARSE_HUGE")[0]
            raise UnreadableDocument(f"{name} goes beyond the XML parser's safety limits ({reason}): refused") from exc
        raise UnreadableDocument(f"damaged DOCX: {name}: {exc}") from exc
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise UnreadableDocument(f"{name} declares a DTD (<!DOCTYPE ...>), which Word never writes: refused unread")
    return root


def _main_part(package: zipfile.ZipFile, path: Path) -> str:
    """The main document's part name, by the package relationships, checked to be a Word document."""
    name = _related_part(package, "", RELATIONSHIP_TYPE.OFFICE_DOCUMENT)
    if name is None:
        raise UnreadableDocument("not a Word document: the package names no main document")
    content_type = _content_type(package, name)
    if content_type != CONTENT_TYPE.WML_DOCUMENT_MAIN:
        raise UnreadableDocument(f"not a Word document: file '{path}' is not a Word file, content type is '{content_type}'")
    return name


def _related_part(package: zipfile.ZipFile, source: str, rel_type: str) -> str | None:
    """The part a relationship of this type points to from `source` ("" for the package), or None."""
    folder, base = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels_name not in package.NameToInfo:
        return None
    for rel in _parse(package, rels_name).iterchildren(f"{{{PACKAGE_RELS}}}Relationship"):
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            target = rel.get("Target") or ""
            return posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
    return None


def _content_type(package: zipfile.ZipFile, name: str) -> str | None:
    types = _parse(package, "[Content_Types].xml")
    for override in types.iterchildren(f"{{{CONTENT_TYPES}}}Override"):
        if (override.get("PartName") or "").lstrip("/").lower() == name.lower():
            return override.get("ContentType")
    extension = posixpath.splitext(name)[1].lstrip(".").lower()
    for default in types.iterchildren(f"{{{CONTENT_TYPES}}}Default"):
        if (default.get("Extension") or "").lower() == extension:
            return default.get("ContentType")
    return None


def _heading_style_ids(styles) -> set[str]:
    """Style ids whose name marks a heading (Heading 1, Заголовок 2, Title...)."""
    if styles is None:
        return set()
    ids = set()
    for style in styles.iterchildren(q("style")):
        name = style.find(q("name"))
        label = (name.get(q("val")) if name is not None else "") or ""
        if label.lower().startswith(HEADING_STYLES):
            ids.add(style.get(q("styleId")))
    return ids


def _children(container, tags: tuple[str, ...]):
    """Children with these tags in document order, looking through content controls (w:sdt) around them."""
    for child in container:
        if child.tag in tags:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tags)


def paragraph_text(p) -> str:
    """Visible text of a paragraph: tracked insertions kept, deletions and field codes dropped."""
    parts: list[str] = []
    _collect_text(p, parts)
    return "".join(parts)


def _collect_text(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in SKIPPED_CONTAINERS:
            continue
        if tag == T:
            parts.append(child.text or "")
        elif tag in (BR, CR):
            parts.append("\n")
        elif tag == TAB:
            parts.append(" ")
        elif tag == NOBREAK_HYPHEN:
            parts.append("-")
        else:
            _collect_text(child, parts)


def _is_heading(p, heading_style_ids: set[str]) -> bool:
    ppr = p.find(q("pPr"))
    if ppr is None:
        return False
    style = ppr.find(q("pStyle"))
    if style is not None and style.get(q("val")) in heading_style_ids:
        return True
    return ppr.find(q("outlineLvl")) is not None


def cell_text(tc) -> str:
    """A cell's text: its paragraphs (and those of nested tables) joined by newlines."""
    return clean_text(raw_cell_text(tc))


def raw_cell_text(tc) -> str:
    return "\n".join(paragraph_text(p) for p in tc.iter(P))


def _int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(q("val")))
    except (TypeError, ValueError):
        return default


def _grid_width(tbl) -> int:
    """The number of grid columns the table declares (w:tblGrid), or, lacking one, its most cells in a row."""
    grid = tbl.find(q("tblGrid"))
    declared = len(grid.findall(q("gridCol"))) if grid is not None else 0
    return declared or max((len(tr.findall(q("tc"))) for tr in _children(tbl, (TR,))), default=1)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def read_table(tbl, index: int, layout: Layout | None = None) -> Table:
    """A Word table as rows of origin cells with spans; vMerge continuations extend the cell above.

    gridBefore and gridSpan are bounded by the table's own grid: a span of 10 million or of -5 covers what is left.
    """
    rows: list[Row] = []
    open_vertical: dict[int, Cell] = {}  # grid column -> cell whose vertical merge is still open
    n_cols = 0
    width = _grid_width(tbl)
    for r, tr in enumerate(_children(tbl, (TR,))):
        trpr = tr.find(q("trPr"))
        col = _clamp(_int_val(trpr.find(q("gridBefore")) if trpr is not None else None, 0), 0, width - 1)
        cells: list[Cell] = []
        for tc in _children(tr, (TC,)):
            tcpr = tc.find(q("tcPr"))
            span = _clamp(_int_val(tcpr.find(q("gridSpan")) if tcpr is not None else None, 1), 1, max(1, width - col))
            vmerge = tcpr.find(q("vMerge")) if tcpr is not None else None
            continues = vmerge is not None and vmerge.get(q("val")) in (None, "continue")
            if continues and col in open_vertical:
                open_vertical[col].row_span += 1
            else:
                text = bounded_text(raw_cell_text(tc), layout, f"table {index + 1}, row {r + 1}: a cell")
                cell = Cell(text, r, col, 1, span)
                cells.append(cell)
                if vmerge is not None:
                    open_vertical[col] = cell
                else:
                    open_vertical.pop(col, None)
            col += span
        n_cols = max(n_cols, col)
        repeated = trpr is not None and trpr.find(q("tblHeader")) is not None and (
            trpr.find(q("tblHeader")).get(q("val")) not in ("0", "false")
        )
        rows.append(Row(cells, None, repeated))
    return Table(index, rows, n_cols, None)
