"""`series --format html`: one self-contained page with a section per agency and, per indicator, a small
plan-versus-fact chart over the years (inline SVG: no scripts, no network), statuses marked, links to the reports.

The page's look is validate's review page (pipeline/html_report.py STYLE); a chart draws the plan as a grey
dashed line and the fact as a line whose points are coloured and shaped by the year's status.
"""
from __future__ import annotations

import hashlib
from html import escape
from itertools import groupby
from typing import Optional
from urllib.parse import quote

from pipeline.html_report import STYLE
from pipeline.series.build import SeriesSet
from pipeline.series.model import AgencyGroup, Member, Series

SERIES_STYLE = """
.cards{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #d0d7e2;border-radius:6px;padding:.6rem;width:440px}
.card h4{font-size:.9rem;margin:.1rem 0 .4rem;font-weight:600}.card table{font-size:.75rem;margin:.3rem 0 0}
.card td,.card th{padding:.15rem .3rem;white-space:normal}.legend span{margin-right:1rem;font-size:.85rem}
.achieved{color:#2f855a}.not_achieved{color:#c62828}.partially_achieved{color:#b7791f}.none{color:#777}
nav a{margin-right:1rem}
"""
STATUS_COLOURS = {"achieved": "#2f855a", "partially_achieved": "#b7791f", "not_achieved": "#c62828", None: "#777777"}
STATUS_WORDS = {"achieved": "достигнут", "partially_achieved": "частично достигнут", "not_achieved": "не достигнут",
                None: "нет статуса"}
STATUS_MARKS = {"achieved": "●", "partially_achieved": "◆", "not_achieved": "✕", None: "○"}
WIDTH, HEIGHT = 420, 150
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 14, 26
ZERO_BASE_SHARE = 0.2


def render_series_page(result: SeriesSet) -> str:
    """The whole page."""
    by_agency = {key: list(items) for key, items in groupby(result.series, key=lambda s: s.agency_key)}
    groups = sorted(result.agencies, key=lambda g: g.display_name)
    nav = " ".join(f"<a href='#{_anchor(g.key)}'>{escape(g.display_name)}</a>" for g in groups)
    body = "".join(render_agency(g, by_agency.get(g.key, [])) for g in groups)
    legend = "".join(f"<span class='{status or 'none'}'>{STATUS_MARKS[status]} {STATUS_WORDS[status]}</span>"
                     for status in STATUS_WORDS)
    return ("<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Индикаторы по годам</title>"
            f"<style>{STYLE}{SERIES_STYLE}</style></head><body>"
            f"<h1>Целевые индикаторы по годам: {len(groups)} орган(ов), {len(result.series)} рядов</h1>"
            f"<nav>{nav}</nav><p class='legend'>план: серая пунктирная линия; факт: {legend}</p>{body}</body></html>\n")


def _anchor(key: str) -> str:
    return "agency-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def render_agency(group: AgencyGroup, series: list[Series]) -> str:
    """One agency: its names (with how each was matched), its reports, a card per series."""
    names = "; ".join(f"{escape(n.name)} <span class='meta'>({n.rule}{'' if n.score is None else f', {n.score:g}'})</span>"
                      for n in group.names)
    reports = ", ".join(f"<a href='{escape(quote(d.file, safe='/:'))}'>{d.reporting_year or '?'}: {escape(d.file)}</a>"
                        for d in group.documents)
    cards = "".join(render_card(s) for s in series)
    return (f"<section id='{_anchor(group.key)}'><h2>{escape(group.display_name)}</h2>"
            f"<p class='meta'>Названия: {names}<br>Отчеты: {reports}</p><div class='cards'>{cards}</div></section>")


def render_card(series: Series) -> str:
    """One series: its latest name, the chart, and a row per report."""
    speaking = [m for m in series.members if m.rule != "same_report"]
    rows = "".join(_member_row(m) for m in series.members)
    return (f"<div class='card' id='{escape(series.series_id)}'><h4>{escape(series.name)}</h4>{render_chart(speaking)}"
            "<table><tr><th>Год</th><th>Отчет</th><th>План</th><th>Факт</th><th>Статус</th><th>Связь</th></tr>"
            f"{rows}</table><div class='meta'>{escape(series.series_id)}</div></div>")


def _member_row(m: Member) -> str:
    ref = m.indicator
    status = ref.status
    link = f"<a href='{escape(quote(m.file, safe='/:'))}' title='{escape(ref.name)}'>{escape(_short(m.file, 24))}</a>"
    score = "" if m.score is None else f" {m.score:g}"
    unit = f" {escape(ref.unit.splitlines()[0])}" if ref.unit else ""
    return (f"<tr><td>{m.reporting_year or '?'}</td><td>{link}</td><td class='num'>{escape(ref.plan_text or '')}{unit}</td>"
            f"<td class='num'>{escape(ref.fact_text or '')}</td>"
            f"<td class='{status or 'none'}'>{STATUS_MARKS[status]} {STATUS_WORDS[status]}</td><td>{m.rule}{score}</td></tr>")


def _short(text: str, limit: int) -> str:
    name = text.rsplit("/", 1)[-1]
    return name if len(name) <= limit else name[: limit - 1] + "…"


def render_chart(members: list[Member]) -> str:
    """Plan (grey, dashed) and fact (a point per year in its status' colour and mark) against the years."""
    points = [(m.reporting_year, m.indicator.plan, m.indicator.fact, m.indicator.status) for m in members
              if m.reporting_year is not None]
    values = [v for _, plan, fact, _ in points for v in (plan, fact) if v is not None]
    if not values:
        return "<p class='meta'>нет числовых значений</p>"
    years = sorted({p[0] for p in points})
    low, high = min(values), max(values)
    if 0 < low < ZERO_BASE_SHARE * high:
        low = 0.0  # values near zero anyway: the axis starts at zero
    x = _scale(years[0], years[-1], LEFT, WIDTH - RIGHT)
    y = _scale(low, high, HEIGHT - BOTTOM, TOP)
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{HEIGHT}' role='img' "
             f"aria-label='План и факт по годам' font-size='10' font-family='sans-serif'>",
             f"<line x1='{LEFT}' y1='{HEIGHT - BOTTOM}' x2='{WIDTH - RIGHT}' y2='{HEIGHT - BOTTOM}' stroke='#999'/>",
             f"<text x='2' y='{TOP + 4}'>{_number(high)}</text><text x='2' y='{HEIGHT - BOTTOM}'>{_number(low)}</text>"]
    parts += [f"<text x='{x(year):.1f}' y='{HEIGHT - 8}' text-anchor='middle'>{year}</text>" for year in years]
    plan = [(x(year), y(value)) for year, value, _, _ in points if value is not None]
    fact = [(x(year), y(value)) for year, _, value, _ in points if value is not None]
    parts.append(_polyline(plan, "#9fb3c8", dashed=True) + _polyline(fact, "#1d2433"))
    for year, _, value, status in points:
        if value is not None:
            parts.append(_mark(x(year), y(value), status, f"{year}: факт {_number(value)}, {STATUS_WORDS[status]}"))
    parts.append("</svg>")
    return "".join(parts)


def _scale(lo: float, hi: float, out_lo: float, out_hi: float):
    span = (hi - lo) or 1.0
    if hi == lo:
        return lambda v: (out_lo + out_hi) / 2
    return lambda v: out_lo + (v - lo) / span * (out_hi - out_lo)


def _polyline(points: list[tuple[float, float]], colour: str, dashed: bool = False) -> str:
    if not points:
        return ""
    dash = " stroke-dasharray='4 3'" if dashed else ""
    coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    circles = "".join(f"<circle cx='{px:.1f}' cy='{py:.1f}' r='2.5' fill='{colour}'/>" for px, py in points) if dashed else ""
    return f"<polyline points='{coords}' fill='none' stroke='{colour}' stroke-width='1.5'{dash}/>{circles}"


def _mark(px: float, py: float, status: Optional[str], title: str) -> str:
    """The fact's point: a circle (achieved), a diamond (partially), a cross (not achieved), a ring (no status)."""
    colour = STATUS_COLOURS[status]
    tip = f"<title>{escape(title)}</title>"
    if status == "not_achieved":
        d = f"M{px - 4:.1f},{py - 4:.1f}L{px + 4:.1f},{py + 4:.1f}M{px - 4:.1f},{py + 4:.1f}L{px + 4:.1f},{py - 4:.1f}"
        return f"<path d='{d}' stroke='{colour}' stroke-width='2.5'>{tip}</path>"
    if status == "partially_achieved":
        d = f"M{px:.1f},{py - 5:.1f}L{px + 5:.1f},{py:.1f}L{px:.1f},{py + 5:.1f}L{px - 5:.1f},{py:.1f}Z"
        return f"<path d='{d}' fill='{colour}'>{tip}</path>"
    fill = colour if status == "achieved" else "white"
    return f"<circle cx='{px:.1f}' cy='{py:.1f}' r='4' fill='{fill}' stroke='{colour}' stroke-width='1.5'>{tip}</circle>"


def _number(value: float) -> str:
    return f"{value:,.10g}".replace(",", " ").replace(".", ",")
