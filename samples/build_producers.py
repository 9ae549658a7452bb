"""Build the sample reports as PDFs drawn the way producers other than LibreOffice draw them.

    pip install reportlab          # only needed to rebuild these fixtures; the tests read the committed PDFs
    python samples/build_producers.py [OUTDIR [all]]   # default OUTDIR: tests/data/producers/; all: every sample and style

The records come from ``samples/expected/<name>.json`` (which is also the ground truth of every PDF
built here), laid out like a real report: title, "Период отчета", the risk table, the indicator table
and a short analytical note; tables with header rows repeated on every page, a column-number row
("1 2 3 ..."), direction and goal rows merged across the table, multi-line cells, and rows allowed to
break across pages (the continuation's exhausted cells stay empty).  Everything is drawn with
reportlab's canvas directly so that exactly what a producer emits is under control:

* ``lines``    stroked ruling lines, each line of text one string with its spaces (the control);
* ``rects``    borders as 0.5 pt filled rectangles, grey filled header cells, white filled body cells,
               white rectangles behind each cell paragraph and each prose line (Word's export of borders,
               shaded cells and text pasted with a white background);
* ``words``    every word drawn on its own at an explicit x with no space character in the text
               layer, prose justified (Word's export of justified text);
* ``runs``     words cut into glyph runs drawn one by one (kerning-split TJ arrays), DejaVu Sans;
* ``hrules``   tables ruled with horizontal lines only (no vertical borders);
* ``rotated``  landscape pages, every second one stored as a portrait page with /Rotate 90;
* ``furniture`` a running header "Отчет о реализации ... 2020" and a footer "Страница N из M" on every page;
* ``word``     all of Word's habits at once: rects (but light grey paragraph shading in the cells) + words
               (cells justified too) + furniture, DejaVu Sans.

All fonts are embedded TrueType subsets (DejaVu, from /usr/share/fonts/truetype/dejavu/, which carry
Cyrillic).  Output is deterministic (reportlab's invariant mode).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.invariant = 1

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "samples" / "expected"
DEFAULT_OUT = ROOT / "tests" / "data" / "producers"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"), "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")}

BODY_SIZE, CELL_SIZE, FURNITURE_SIZE = 12.0, 10.0, 9.0
PITCH = 1.15  # line pitch, x font size
CELL_PAD = 5.4  # Word's default left/right cell margin
CELL_PAD_V = 2.0
BORDER = 0.5
FIRST_INDENT = 35.4
GREY = 0.85
RUN_LENGTHS = (3, 1, 4, 2, 5)  # glyph-run lengths cycled through in the "runs" style

NOTES = {
    "agds_2019": [
        "В 2019 году на государственную службу поступили 20 979 человек, из них 45 % впервые.",
        "Доля государственных услуг, оказываемых в электронном формате, составила 88,4 %, что на 3,4 "
        "процентного пункта выше плана.",
    ],
    "ministry_landscape_2020": [
        "В 2020 году адресную социальную помощь получили 1 245 318 человек.",
        "В рамках Дорожной карты занятости создано 236 512 рабочих мест, из них 142 083 постоянных.",
    ],
    "committee_long_2021": [
        "В 2021 году проведено 1 204 проверки, по итогам которых выявлено 3 518 нарушений.",
    ],
}


@dataclass
class Style:
    name: str
    borders: str = "lines"  # lines | rects | hrules
    text: str = "string"  # string | words | runs
    font: str = "serif"
    shading: bool = False  # grey header cells, white body cells, white backgrounds behind prose paragraphs
    para_shade: float = 1.0  # grey level of the background drawn behind each cell paragraph when shading
    justify: bool = False
    justify_cells: bool = False
    furniture: bool = False
    rotate: bool = False  # store every second page as a portrait page with /Rotate 90


STYLES = [
    Style("lines"),
    Style("rects", borders="rects", shading=True),
    Style("words", text="words", justify=True),
    Style("runs", text="runs", font="sans"),
    Style("hrules", borders="hrules"),
    Style("rotated", rotate=True),
    Style("furniture", furniture=True),
    Style("word", borders="rects", text="words", font="sans", shading=True, para_shade=0.93, justify=True,
          justify_cells=True, furniture=True),
]


# ------------------------------------------------------------------------------------------ model
@dataclass
class Page:
    width: float
    height: float
    ops: list = field(default_factory=list)  # display space: x to the right, y downwards from the top


@dataclass
class TCell:
    col: int
    span: int
    text: str
    bold: bool = False
    centre: bool = False
    rowspan: int = 1


def fonts(style: Style) -> tuple[str, str]:
    regular, bold = FONTS[style.font]
    names = (f"{style.font}-R", f"{style.font}-B")
    for name, file in zip(names, (regular, bold), strict=True):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    return names


def width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, limit: float) -> list[list[str]]:
    """Greedy wrap of each paragraph ('\\n'-separated) into lines of words; a list of (words, last-of-paragraph)."""
    out = []
    space = width(" ", font, size)
    for para in text.split("\n"):
        words = [piece for w in para.split() for piece in _break_long(w, font, size, limit)]
        line: list[str] = []
        used = 0.0
        for w in words:
            ww = width(w, font, size)
            if line and used + space + ww > limit:
                out.append((line, False))
                line, used = [w], ww
            else:
                used = used + space + ww if line else ww
                line.append(w)
        if line:
            out.append((line, True))
    return out


def _break_long(word: str, font: str, size: float, limit: float) -> list[str]:
    """A word wider than the column is broken where it overflows, without a hyphen (as Word does)."""
    out = []
    while width(word, font, size) > limit:
        k = 1
        while width(word[:k + 1], font, size) <= limit:
            k += 1
        out.append(word[:k])
        word = word[k:]
    return out + [word]


def place(words: list[str], x0: float, limit: float, font: str, size: float, align: str, stretch: bool) -> list:
    """(x, word) positions of one line: left, centred, or justified to limit when stretch."""
    space = width(" ", font, size)
    widths = [width(w, font, size) for w in words]
    natural = sum(widths) + space * (len(words) - 1)
    if align == "centre":
        x0 += (limit - natural) / 2
    gap = space
    if stretch and len(words) > 1:
        gap = (limit - sum(widths)) / (len(words) - 1)
    out, x = [], x0
    for w, ww in zip(words, widths, strict=True):
        out.append((x, w))
        x += ww + gap
    return out


# ------------------------------------------------------------------------------------------ layout
class Builder:
    def __init__(self, style: Style, landscape_pages: bool):
        self.style = style
        self.regular, self.bold = fonts(style)
        self.size = landscape(A4) if landscape_pages else A4
        self.left, self.right, self.top, self.bottom = 85.0, 42.5, 56.7, 56.7
        self.pages: list[Page] = []
        self.new_page()

    @property
    def text_width(self) -> float:
        return self.size[0] - self.left - self.right

    @property
    def limit(self) -> float:
        return self.size[1] - self.bottom

    def new_page(self) -> None:
        self.pages.append(Page(*self.size))
        self.y = self.top

    def text(self, x: float, baseline: float, words: list, font: str, size: float) -> None:
        self.pages[-1].ops.append(("text", words, baseline, font, size))

    # --- prose
    def para(self, text: str, kind: str = "body") -> None:
        bold = kind in ("title", "section")
        font = self.bold if bold else self.regular
        size = BODY_SIZE
        align = "centre" if kind == "title" else "left"
        indent = FIRST_INDENT if kind == "body" else 0.0
        lines = wrap(text, font, size, self.text_width - indent)
        if kind == "body":  # re-wrap: only the first line is indented
            lines = self._wrap_indented(text, font, size, indent)
        self.y += size * 0.5 if kind in ("section", "title") else 0.0
        for i, (words, last) in enumerate(lines):
            if self.y + size * PITCH > self.limit:
                self.new_page()
            if self.style.shading:  # a white background behind the text (pasted from a web page)
                self.pages[-1].ops.append(("fill", self.left, self.y, self.left + self.text_width,
                                           self.y + size * PITCH, 1.0))
            x0 = self.left + (indent if i == 0 else 0.0)
            lim = self.text_width - (indent if i == 0 else 0.0)
            stretch = self.style.justify and kind == "body" and not last
            self.text(x0, self.y + size, place(words, x0, lim, font, size, align, stretch), font, size)
            self.y += size * PITCH
        self.y += size * 0.5

    def _wrap_indented(self, text: str, font: str, size: float, indent: float) -> list:
        first = wrap(text, font, size, self.text_width - indent)
        if len(first) <= 1:
            return first
        head = first[0][0]
        rest = " ".join(text.split()[len(head):])
        return [first[0]] + wrap(rest, font, size, self.text_width)

    # --- tables
    def table(self, widths_cm: list[float], header: list[list[TCell]], rows: list) -> None:
        scale = self.text_width / sum(widths_cm)
        xs = [self.left]
        for w in widths_cm:
            xs.append(xs[-1] + w * scale)
        n = len(widths_cm)
        numbers = [TCell(i, 1, str(i + 1), centre=True) for i in range(n)]
        repeat = header + [numbers]
        self.y += 4.0
        self._header(xs, repeat)
        for row in rows:
            self._row(xs, row, repeat)
        self.y += BODY_SIZE * 0.5

    def _cell_lines(self, xs, cell: TCell) -> list:
        font = self.bold if cell.bold else self.regular
        return wrap(cell.text, font, CELL_SIZE, xs[cell.col + cell.span] - xs[cell.col] - 2 * CELL_PAD)

    def _height(self, nlines: int) -> float:
        return 2 * CELL_PAD_V + max(nlines, 1) * CELL_SIZE * PITCH

    def _header(self, xs, header_rows: list[list[TCell]]) -> None:
        heights = [max(self._height(len(self._cell_lines(xs, c))) for c in r if c.rowspan == 1) for r in header_rows]
        for i, r in enumerate(header_rows):
            for c in r:
                need = self._height(len(self._cell_lines(xs, c)))
                have = sum(heights[i:i + c.rowspan])
                if need > have:
                    heights[i + c.rowspan - 1] += need - have
        if self.y + sum(heights) + self._height(2) > self.limit:
            self.new_page()
        tops = [self.y]
        for h in heights:
            tops.append(tops[-1] + h)
        for i, r in enumerate(header_rows):
            for c in r:
                self._draw_cell(xs, c, tops[i], tops[i + c.rowspan], self._cell_lines(xs, c), header=True)
        self.y = tops[-1]

    def _row(self, xs, row: list[TCell], repeat) -> None:
        lines = [self._cell_lines(xs, c) for c in row]
        needed = self._height(max(len(ls) for ls in lines))
        group = len(row) == 1
        while True:
            room = self.limit - self.y
            if needed <= room:
                for c, ls in zip(row, lines, strict=True):
                    self._draw_cell(xs, c, self.y, self.y + needed, ls)
                self.y += needed
                return
            fit = int((room - 2 * CELL_PAD_V) // (CELL_SIZE * PITCH))
            if group or fit < 2:
                self.new_page()
                self._header(xs, repeat)
                continue
            bottom = self.y + 2 * CELL_PAD_V + fit * CELL_SIZE * PITCH
            for c, ls in zip(row, lines, strict=True):
                self._draw_cell(xs, c, self.y, bottom, ls[:fit])
            lines = [ls[fit:] for ls in lines]
            needed = self._height(max(len(ls) for ls in lines))
            self.new_page()
            self._header(xs, repeat)

    def _draw_cell(self, xs, c: TCell, top: float, bottom: float, lines: list, header: bool = False) -> None:
        ops = self.pages[-1].ops
        x0, x1 = xs[c.col], xs[c.col + c.span]
        if self.style.shading:
            ops.append(("fill", x0, top, x1, bottom, GREY if header else 1.0))
        font = self.bold if c.bold else self.regular
        y = top + CELL_PAD_V
        if self.style.shading and lines and not header:  # paragraph shading, inset into the cell
            ops.append(("fill", x0 + CELL_PAD, y, x1 - CELL_PAD, y + len(lines) * CELL_SIZE * PITCH,
                        self.style.para_shade))
        for words, last in lines:
            align = "centre" if c.centre else "left"
            stretch = self.style.justify_cells and not c.centre and not last
            ops.append(("text", place(words, x0 + CELL_PAD, x1 - x0 - 2 * CELL_PAD, font, CELL_SIZE, align, stretch),
                        y + CELL_SIZE, font, CELL_SIZE))
            y += CELL_SIZE * PITCH
        ops.append(("h", x0, x1, top))
        ops.append(("h", x0, x1, bottom))
        ops.append(("v", x0, top, bottom))
        ops.append(("v", x1, top, bottom))


# ------------------------------------------------------------------------------------------ report content
def group_label(kind: str, g: dict) -> str:
    return f"Стратегическое направление {g['number']}. {g['title']}" if kind == "direction" else f"Цель {g['number']}. {g['title']}"


def body_rows(records: list[dict], make, n_cols: int) -> list:
    rows, direction, goal = [], None, None
    for rec in records:
        if rec["direction"] != direction:
            direction, goal = rec["direction"], None
            rows.append([TCell(0, n_cols, group_label("direction", direction), bold=True)])
        if rec["goal"] != goal:
            goal = rec["goal"]
            rows.append([TCell(0, n_cols, group_label("goal", goal), bold=True)])
        rows.append(make(len([r for r in rows if len(r) > 1]) + 1, rec))
    return rows


def status_text(rec: dict) -> str:
    return rec["status_text"] + ("\n" + rec["comment"] if rec.get("comment") else "")


def build_report(name: str, style: Style, out: Path) -> Path:
    data = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    report = data["report"]
    wide = name.startswith("ministry") or style.rotate
    b = Builder(style, wide)
    b.para(report["title"], "title")
    b.para(f"Период отчета: {report['reporting_year']} год", "meta")
    b.para("1. Анализ управления рисками", "section")
    numbered = name.startswith("ministry")
    if numbered:
        risk_header = [[TCell(0, 1, "№ п/п", True, True), TCell(1, 1, "Наименование риска", True, True),
                        TCell(2, 1, "Мероприятия по управлению рисками", True, True),
                        TCell(3, 1, "Фактическое исполнение мероприятий", True, True),
                        TCell(4, 1, "Информация об исполнении", True, True)]]
        risk_widths = [1.2, 5.3, 5.8, 9.4, 4.0]

        def make_risk(k, r):
            return [TCell(0, 1, str(k)), TCell(1, 1, r["risk"]), TCell(2, 1, r["planned_measures"]),
                    TCell(3, 1, r["actual_measures"]), TCell(4, 1, r["status_text"])]
    else:
        risk_header = [[TCell(0, 1, "Наименование возможного риска", True, True),
                        TCell(1, 1, "Запланированные мероприятия по управлению рисками", True, True),
                        TCell(2, 1, "Фактическое исполнение мероприятий по управлению рисками", True, True),
                        TCell(3, 1, "Информация об исполнении", True, True)]]
        risk_widths = [4.0, 4.5, 6.5, 2.8]

        def make_risk(k, r):
            return [TCell(0, 1, r["risk"]), TCell(1, 1, r["planned_measures"]),
                    TCell(2, 1, r["actual_measures"]), TCell(3, 1, r["status_text"])]
    b.table(risk_widths, risk_header, body_rows(data["risks"], make_risk, len(risk_widths)))
    b.para("2. Достижение целей и целевых индикаторов", "section")
    year = report["reporting_year"]
    if numbered:
        ind_header = [[TCell(0, 1, "№ п/п", True, True, 2), TCell(1, 1, "Наименование показателя", True, True, 2),
                       TCell(2, 1, "Единица измерения", True, True, 2), TCell(3, 1, "Источник информации", True, True, 2),
                       TCell(4, 2, f"{year} год", True, True), TCell(6, 1, "Информация об исполнении", True, True, 2)],
                      [TCell(4, 1, "План", True, True), TCell(5, 1, "Факт", True, True)]]
        ind_widths = [1.2, 8.3, 2.9, 4.3, 2.2, 2.2, 4.6]

        def make_ind(k, r):
            return [TCell(0, 1, str(k)), TCell(1, 1, r["name"]), TCell(2, 1, r["unit"] or ""),
                    TCell(3, 1, r["source"] or ""), TCell(4, 1, r["plan_text"] or ""),
                    TCell(5, 1, r["fact_text"] or ""), TCell(6, 1, status_text(r))]
    else:
        ind_header = [[TCell(0, 1, "Целевой индикатор", True, True), TCell(1, 1, "Источник информации", True, True),
                       TCell(2, 1, "Ед. изм.", True, True), TCell(3, 1, f"План на {year} год", True, True),
                       TCell(4, 1, f"Факт за {year} год", True, True),
                       TCell(5, 1, "Информация о достижении", True, True)]]
        ind_widths = [5.0, 2.6, 2.2, 1.6, 1.6, 4.8]

        def make_ind(k, r):
            return [TCell(0, 1, r["name"]), TCell(1, 1, r["source"] or ""), TCell(2, 1, r["unit"] or ""),
                    TCell(3, 1, r["plan_text"] or ""), TCell(4, 1, r["fact_text"] or ""),
                    TCell(5, 1, status_text(r))]
    b.table(ind_widths, ind_header, body_rows(data["indicators"], make_ind, len(ind_widths)))
    b.new_page()  # the note starts on a page of its own (a page break before it)
    b.para("3. Аналитическая записка", "section")
    for text in NOTES[name]:
        b.para(text)
    if style.furniture:
        add_furniture(b, report)
    path = out / f"{name}__{style.name}.pdf"
    emit(b, style, path)
    return path


def add_furniture(b: Builder, report: dict) -> None:
    header = f"Отчет о реализации стратегического плана за {report['reporting_year']} год"
    total = len(b.pages)
    for k, page in enumerate(b.pages, 1):
        x = (page.width - width(header, b.regular, FURNITURE_SIZE)) / 2
        page.ops.append(("text", place(header.split(), x, 1e6, b.regular, FURNITURE_SIZE, "left", False), 28.0,
                         b.regular, FURNITURE_SIZE))
        footer = f"Страница {k} из {total}"
        x = page.width - b.right - width(footer, b.regular, FURNITURE_SIZE)
        page.ops.append(("text", place(footer.split(), x, 1e6, b.regular, FURNITURE_SIZE, "left", False),
                         page.height - 24.0, b.regular, FURNITURE_SIZE))


# ------------------------------------------------------------------------------------------ emit
def emit(b: Builder, style: Style, path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=b.size, invariant=1, pageCompression=1)
    for k, page in enumerate(b.pages):
        rotated = style.rotate and k % 2 == 1
        w, h = page.width, page.height
        c.setPageSize((w, h))  # reportlab writes the MediaBox of a /Rotate 90 page turned: a portrait page
        if rotated:  # a portrait page shown turned by 90 degrees: display (X, Y-up) -> user (h - Y, X)
            c.setPageRotation(90)
            c.saveState()
            c.transform(0, 1, -1, 0, h, 0)
        else:
            c.setPageRotation(0)
            c.saveState()
        for op in page.ops:  # fills first, then text, then borders (Word's order)
            if op[0] == "fill":
                _, x0, top, x1, bottom, grey = op
                c.setFillGray(grey)
                c.rect(x0, h - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        c.setFillGray(0)
        for op in page.ops:
            if op[0] == "text":
                _, words, baseline, font, size = op
                draw_text(c, style, words, h - baseline, font, size)
        c.setLineWidth(BORDER)
        for op in page.ops:
            if op[0] in "hv":
                draw_border(c, style, op, h)
        c.restoreState()
        c.showPage()
    c.save()


def draw_text(c, style: Style, words: list, y: float, font: str, size: float) -> None:
    c.setFont(font, size)
    if style.text == "string":
        c.drawString(words[0][0], y, " ".join(w for _, w in words))
        return
    for x, word in words:
        if style.text == "words":
            c.drawString(x, y, word)
            continue
        i = k = 0
        while i < len(word):
            n = RUN_LENGTHS[k % len(RUN_LENGTHS)]
            c.drawString(x + width(word[:i], font, size), y, word[i:i + n])
            i, k = i + n, k + 1


def draw_border(c, style: Style, op: tuple, h: float) -> None:
    if op[0] == "h":
        _, x0, x1, top = op
        if style.borders == "rects":
            c.rect(x0 - BORDER / 2, h - top - BORDER / 2, x1 - x0 + BORDER, BORDER, stroke=0, fill=1)
        else:
            c.line(x0, h - top, x1, h - top)
    else:
        _, x, top, bottom = op
        if style.borders == "rects":
            c.rect(x - BORDER / 2, h - bottom - BORDER / 2, BORDER, bottom - top + BORDER, stroke=0, fill=1)
        elif style.borders == "lines":
            c.line(x, h - top, x, h - bottom)


# The committed fixtures: every style of the landscape sample, and the portrait sample (whose analytical
# note page has no rulings) in the two styles with white shading.  "all" builds every sample in every style.
FIXTURES = [("ministry_landscape_2020", s.name) for s in STYLES] + [("agds_2019", "rects"), ("agds_2019", "word")]


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    by_name = {s.name: s for s in STYLES}
    todo = [(n, s.name) for s in STYLES for n in NOTES] if argv[1:2] == ["all"] else FIXTURES
    for name, style in todo:
        print(build_report(name, by_name[style], out))


if __name__ == "__main__":
    main(sys.argv[1:])
