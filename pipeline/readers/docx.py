"""DOCX reader: python-docx opens the package, lxml walks the body in document order.

Handles merged cells (gridSpan, vMerge) without repeating their text, tracked changes
(insertions kept, deletions dropped), soft line breaks, content controls and repeated header rows.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from pipeline.errors import UnreadableDocument
from pipeline.layout import Cell, Layout, Paragraph, Row, Table, clean_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
    document = _open_document(path)
    body = document.element.body
    heading_style_ids = _heading_style_ids(document)
    layout = Layout(file=str(path), format="docx", pages=None)
    counters = {"paragraph": 0, "table": 0}
    for element in _children(body, (P, TBL)):
        if element.tag == P:
            text = clean_text(paragraph_text(element))
            if text:
                layout.blocks.append(
                    Paragraph(text, counters["paragraph"], heading=_is_heading(element, heading_style_ids))
                )
                counters["paragraph"] += 1
        elif element.tag == TBL:
            table = read_table(element, counters["table"])
            if table.rows:
                layout.blocks.append(table)
                counters["table"] += 1
    return layout


def _open_document(path: Path):
    """The python-docx Document, or UnreadableDocument with the reason."""
    try:
        return Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise UnreadableDocument("not a readable DOCX: the file is damaged or truncated (not a complete ZIP package)") from exc
    except KeyError as exc:
        raise UnreadableDocument(f"not a Word document: part {exc} is missing from the package") from exc
    except ValueError as exc:  # python-docx: "file ... is not a Word file, content type is ..."
        raise UnreadableDocument(f"not a Word document: {exc}") from exc
    except (etree.XMLSyntaxError, EOFError, zipfile.LargeZipFile, OSError) as exc:
        raise UnreadableDocument(f"damaged DOCX: {exc}") from exc


def _heading_style_ids(document) -> set[str]:
    """Style ids whose name marks a heading (Heading 1, Заголовок 2, Title...)."""
    try:
        root = document.styles.element
    except (KeyError, ValueError):
        return set()
    ids = set()
    for style in root.iterchildren(q("style")):
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
    lines = [paragraph_text(p) for p in tc.iter(P)]
    return clean_text("\n".join(lines))


def _int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(q("val")))
    except (TypeError, ValueError):
        return default


def read_table(tbl, index: int) -> Table:
    """A Word table as rows of origin cells with spans; vMerge continuations extend the cell above."""
    rows: list[Row] = []
    open_vertical: dict[int, Cell] = {}  # grid column -> cell whose vertical merge is still open
    n_cols = 0
    for r, tr in enumerate(_children(tbl, (TR,))):
        trpr = tr.find(q("trPr"))
        col = _int_val(trpr.find(q("gridBefore")) if trpr is not None else None, 0)
        cells: list[Cell] = []
        for tc in _children(tr, (TC,)):
            tcpr = tc.find(q("tcPr"))
            span = _int_val(tcpr.find(q("gridSpan")) if tcpr is not None else None, 1)
            vmerge = tcpr.find(q("vMerge")) if tcpr is not None else None
            continues = vmerge is not None and vmerge.get(q("val")) in (None, "continue")
            if continues and col in open_vertical:
                open_vertical[col].row_span += 1
            else:
                cell = Cell(cell_text(tc), r, col, 1, span)
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
