"""`validate --format html`: one self-contained page a reviewer opens in a browser.

Per document: its findings, the extracted risk and indicator tables with each finding shown at its
row, and a plan-versus-fact chart (inline SVG: no scripts, no network). A finding at a value read by
OCR (its location has a box and a confidence) carries the crop of the page image the value came
from, rendered again from the source file (an inline PNG beside the finding).
"""
from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Optional

from pipeline import vocabulary
from pipeline.findings import SEVERITY_ORDER
from pipeline.page_crops import PageCropper, ocr_turns

STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem;color:#1d2433;max-width:1400px}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:2px solid #d0d7e2}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1.5rem}
th,td{border:1px solid #d0d7e2;padding:.3rem .45rem;vertical-align:top;text-align:left;white-space:pre-wrap}
th{background:#eef2f7}tr.group td{background:#f6f8fb;font-weight:600}
tr.error td{background:#fde8e8}tr.warning td{background:#fff6dd}tr.info td{background:#eef6ff}
.finding{display:block;font-size:.8rem;margin-top:.2rem}.finding.error{color:#a11}.finding.warning{color:#8a5a00}.finding.info{color:#245}
.badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;margin-right:.3rem;font-size:.8rem;color:#fff}
.badge.error{background:#c62828}.badge.warning{background:#b7791f}.badge.info{background:#2b6cb0}.badge.ok{background:#2f855a}
ul.findings li{margin:.2rem 0}.num{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#555}
img.crop{display:block;margin:.25rem 0;border:1px solid #b7791f;max-width:100%}
"""
CHART_BAR_WIDTH = 260
CHART_ROW_HEIGHT = 34
CHART_LABEL_WIDTH = 470
CHART_LABEL_CHARS = 68
HEADINGS = {part: heading for _, part, heading in vocabulary.entries("section_titles")}


def render_page(documents: Iterable[tuple[str, dict]]) -> str:
    """The whole page for (file name, document dict) pairs."""
    documents = list(documents)
    body = "".join(render_document(name, doc, i) for i, (name, doc) in enumerate(documents))
    total = _counts(f for _, d in documents for f in d["findings"])
    return (
        "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'>"
        "<title>Проверка отчетов</title>"
        f"<style>{STYLE}</style></head><body>"
        f"<h1>Проверка отчетов: {len(documents)} документ(ов)</h1><p>{_badges(total)}</p>{body}</body></html>\n"
    )


def render_document(name: str, doc: dict, index: int) -> str:
    report = doc.get("report") or {}
    crops = page_crops(name, doc["findings"])
    by_row = _findings_by_row(doc["findings"])
    period = report.get("plan_period") or {}
    meta = " · ".join(str(x) for x in (
        report.get("agency"), f"{period.get('start')}–{period.get('end')}" if period else None,
        f"отчетный год {report.get('reporting_year')}" if report.get("reporting_year") else None) if x)
    return (
        f"<section id='doc{index}'><h2>{escape(name)}</h2>"
        f"<p class='meta'>{escape(report.get('title') or '')}<br>{escape(meta)}</p>"
        f"<p>{_badges(_counts(doc['findings']))}</p>"
        f"{render_findings(doc['findings'], index, crops)}"
        f"{render_risks(doc.get('risks', []), by_row, index, crops)}"
        f"{render_indicators(doc.get('indicators', []), by_row, index, crops)}"
        f"{render_chart(doc.get('indicators', []))}</section>"
    )


def page_crops(path: str, findings: list[dict]) -> dict[int, str]:
    """id(finding) -> the <img> of the page region of each finding at a value read by OCR."""
    located = [f for f in findings if _read_by_ocr(f.get("location"))]
    if not located:
        return {}
    cropper = PageCropper(path, ocr_turns(findings))
    try:
        uris = {id(f): cropper.data_uri(f["location"]["page"], f["location"]["bbox"]) for f in located}
    finally:
        cropper.close()
    return {key: f"<img class='crop' alt='страница, откуда прочитано значение' src='{uri}'>"
            for key, uri in uris.items() if uri}


def _read_by_ocr(location: Optional[dict]) -> bool:
    return bool(location and location.get("page") and location.get("bbox") and location.get("confidence") is not None)


def _counts(findings) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITY_ORDER, 0)
    for f in findings:
        counts[f["severity"]] += 1
    return counts


def _badges(counts: dict[str, int]) -> str:
    if not counts["error"] and not counts["warning"]:
        return "<span class='badge ok'>без ошибок</span>" + (
            f"<span class='badge info'>{counts['info']} info</span>" if counts["info"] else "")
    return "".join(f"<span class='badge {s}'>{n} {s}</span>" for s, n in counts.items() if n)


def _row_key(location: Optional[dict]) -> Optional[tuple[int, int]]:
    if location and location.get("table") is not None and location.get("row") is not None:
        return location["table"], location["row"]
    return None


def _findings_by_row(findings: list[dict]) -> dict[tuple[int, int], list[dict]]:
    out: dict[tuple[int, int], list[dict]] = {}
    for f in findings:
        key = _row_key(f.get("location"))
        if key:
            out.setdefault(key, []).append(f)
    return out


def _anchor(index: int, key: tuple[int, int]) -> str:
    return f"d{index}t{key[0]}r{key[1]}"


def render_findings(findings: list[dict], index: int, crops: Optional[dict[int, str]] = None) -> str:
    if not findings:
        return ""
    items = []
    for f in sorted(findings, key=lambda f: SEVERITY_ORDER[f["severity"]]):
        key = _row_key(f.get("location"))
        where = f" <a href='#{_anchor(index, key)}'>→ строка</a>" if key else _where(f.get("location"))
        crop = "" if key else (crops or {}).get(id(f), "")  # a finding at a row shows its crop in the row
        items.append(f"<li><span class='badge {f['severity']}'>{f['severity']}</span><code>{escape(f['code'])}</code> "
                     f"{escape(f['message'])}{where}{crop}</li>")
    return f"<h3>Замечания</h3><ul class='findings'>{''.join(items)}</ul>"


def _where(location: Optional[dict]) -> str:
    if not location:
        return ""
    parts = [f"{k} {v}" for k, v in location.items() if v is not None]
    return f" <span class='meta'>({escape(', '.join(parts))})</span>" if parts else ""


def _group_rows(record: dict, last: list, width: int) -> str:
    """Direction/goal rows whenever they change, as in the source table."""
    out = ""
    for i, key in enumerate(("direction", "goal")):
        group = record.get(key)
        label = f"{'Стратегическое направление' if key == 'direction' else 'Цель'} {group['number']}. {group.get('title') or ''}" \
            if group else None
        if label and label != last[i]:
            out += f"<tr class='group'><td colspan='{width}'>{escape(label)}</td></tr>"
        last[i] = label
    return out


def _row(record: dict, cells: list[str], by_row, index: int, crops: dict[int, str]) -> str:
    key = _row_key(record.get("location"))
    findings = by_row.get(key, []) if key else []
    severity = min((f["severity"] for f in findings), key=lambda s: SEVERITY_ORDER.get(s, len(SEVERITY_ORDER)), default="")
    notes = "".join(f"<span class='finding {f['severity']}'>{escape(f['code'])}: {escape(f['message'])}"
                    f"{crops.get(id(f), '')}</span>" for f in findings)
    cells = cells[:-1] + [cells[-1] + notes]
    anchor = f" id='{_anchor(index, key)}'" if key else ""
    return f"<tr class='{severity}'{anchor}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _text(value) -> str:
    return escape("" if value is None else str(value))


def render_risks(risks: list[dict], by_row, index: int, crops: Optional[dict[int, str]] = None) -> str:
    if not risks:
        return f"<h3>{HEADINGS['risks']}</h3><p>Таблица не найдена.</p>"
    head = "".join(f"<th>{h}</th>" for h in ("Риск", "Запланированные мероприятия", "Фактическое исполнение", "Статус"))
    last: list = [None, None]
    rows = "".join(
        _group_rows(r, last, 4) + _row(r, [_text(r.get("risk")), _text(r.get("planned_measures")),
                                          _text(r.get("actual_measures")), _text(r.get("status_text"))], by_row, index,
                                      crops or {})
        for r in risks)
    return f"<h3>{HEADINGS['risks']} ({len(risks)})</h3><table><tr>{head}</tr>{rows}</table>"


def render_indicators(indicators: list[dict], by_row, index: int, crops: Optional[dict[int, str]] = None) -> str:
    if not indicators:
        return f"<h3>{HEADINGS['indicators']}</h3><p>Таблица не найдена.</p>"
    head = "".join(f"<th>{h}</th>" for h in ("Индикатор", "Источник", "Ед. изм.", "План", "Факт", "Статус"))
    last: list = [None, None]
    rows = "".join(
        _group_rows(i, last, 6) + _row(i, [
            _text(i.get("name")), _text(i.get("source")), _text(i.get("unit")),
            f"<span class='num'>{_text(i.get('plan_text'))}</span>", f"<span class='num'>{_text(i.get('fact_text'))}</span>",
            _text("\n".join(x for x in (i.get("status_text"), i.get("comment")) if x))], by_row, index, crops or {})
        for i in indicators)
    return f"<h3>{HEADINGS['indicators']} ({len(indicators)})</h3><table><tr>{head}</tr>{rows}</table>"


def render_chart(indicators: list[dict]) -> str:
    """Plan and fact bars per indicator, each pair scaled to its own larger value (units differ)."""
    pairs = [i for i in indicators if i.get("plan") is not None and i.get("fact") is not None]
    if not pairs:
        return ""
    height = CHART_ROW_HEIGHT * len(pairs) + 30
    width = CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 120
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
             f"aria-label='План и факт индикаторов' font-size='10' font-family='sans-serif'>",
             "<rect x='0' y='0' width='12' height='8' fill='#9fb3c8'/><text x='16' y='8'>план</text>"
             "<rect x='60' y='0' width='12' height='8' fill='#2f855a'/><text x='76' y='8'>факт (достигнут)</text>"
             "<rect x='190' y='0' width='12' height='8' fill='#c62828'/><text x='206' y='8'>факт (не достигнут)</text>"]
    for n, ind in enumerate(pairs):
        y = 24 + n * CHART_ROW_HEIGHT
        scale = max(abs(ind["plan"]), abs(ind["fact"])) or 1
        color = "#2f855a" if ind.get("status") == "achieved" else "#c62828" if ind.get("status") == "not_achieved" else "#b7791f"
        name = ind.get("name") or ""
        label = name if len(name) <= CHART_LABEL_CHARS else name[: CHART_LABEL_CHARS - 1] + "…"
        plan_w, fact_w = CHART_BAR_WIDTH * abs(ind["plan"]) / scale, CHART_BAR_WIDTH * abs(ind["fact"]) / scale
        parts.append(
            f"<text x='0' y='{y + 12}'>{escape(label)}</text>"
            f"<rect x='{CHART_LABEL_WIDTH}' y='{y}' width='{plan_w:.1f}' height='11' fill='#9fb3c8'/>"
            f"<text x='{CHART_LABEL_WIDTH + plan_w + 4:.1f}' y='{y + 10}'>{escape(ind.get('plan_text') or '')}</text>"
            f"<rect x='{CHART_LABEL_WIDTH}' y='{y + 13}' width='{fact_w:.1f}' height='11' fill='{color}'/>"
            f"<text x='{CHART_LABEL_WIDTH + fact_w + 4:.1f}' y='{y + 23}'>{escape(ind.get('fact_text') or '')}</text>")
    parts.append("</svg>")
    return "<h3>План и факт</h3>" + "".join(parts)
