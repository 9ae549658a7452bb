"""Which variations a set of generated reports covers, and a small set of seeds that covers them all.

>>> sorted(v for v in axis_values({"font": "PT Sans", "size": 9, "align": "left"}) if v.startswith("font"))
['font=PT Sans']
"""
from __future__ import annotations

from generator.draw_layout import BREAK_MODES, FONTS

SIZE_BUCKETS = ((10.0, "9-10"), (12.0, "10.5-12"), (99.0, "13-14"))


def _size(points: float) -> str:
    return next(label for limit, label in SIZE_BUCKETS if points <= limit)


def axis_values(axes: dict) -> set[str]:
    """The variation values one report shows ("font=PT Sans", "indicators.header_rows=3", ...)."""
    out = {f"font={axes['font']}"} if "font" in axes else set()
    if "size" in axes:
        out.add(f"size={_size(axes['size'])}")
    for key in ("align", "orientation"):
        if key in axes:
            out.add(f"{key}={axes[key]}")
    if "line" in axes:
        out.add("line=1.0" if axes["line"] <= 1.0 else ("line=1.05-1.25" if axes["line"] < 1.3 else "line=1.3-1.5"))
    for key in ("footnotes", "subsup_note", "subsup_cells", "tracked", "page_numbers", "running_header"):
        if axes.get(key):
            out.add(key)
    for kind in ("risks", "indicators"):
        table = axes.get(kind)
        if not table:
            continue
        out |= {f"{kind}.header_rows={table['header_rows']}", f"{kind}.numbering_row={table['numbering_row']}",
                f"{kind}.repeat_header={table['repeat_header']}", f"{kind}.group_style={table['group_style']}",
                f"{kind}.cant_split={table['cant_split']}", f"{kind}.number_column={'no' in table['columns']}"}
        out |= {f"{kind}.break={b}" for b in table["breaks"]}
        if table["narrow"]:
            out.add("narrow_column")
        if "comment" in table["columns"]:
            out.add("comment_column")
    return out


def required_values() -> set[str]:
    """Every value a fixed-seed batch must show at least once."""
    out = {f"font={f}" for f in FONTS} | {f"size={label}" for _, label in SIZE_BUCKETS}
    out |= {"align=both", "align=left", "line=1.0", "line=1.05-1.25", "line=1.3-1.5"}
    out |= {f"orientation={o}" for o in ("portrait", "landscape", "tables_landscape")}
    out |= {"footnotes", "subsup_note", "subsup_cells", "tracked", "page_numbers", "running_header", "narrow_column",
            "comment_column"}
    for kind in ("risks", "indicators"):
        out |= {f"{kind}.header_rows={n}" for n in (1, 2, 3)}
        for key in ("numbering_row", "repeat_header", "cant_split", "number_column"):
            out |= {f"{kind}.{key}=True", f"{kind}.{key}=False"}
        out |= {f"{kind}.group_style={s}" for s in ("merged", "first_cell", "number_cell")}
        out |= {f"{kind}.break={mode}:{row}" for mode in set(BREAK_MODES) for row in ("group", "record")}
    return out


def pick_seeds(candidates: dict[int, set[str]], required: set[str], limit: int) -> list[int]:
    """Greedy set cover: the seeds that together show every required value (at most `limit` of them)."""
    chosen: list[int] = []
    missing = set(required)
    while missing and len(chosen) < limit:
        seed = max(candidates, key=lambda s: (len(candidates[s] & missing), -s))
        if not candidates[seed] & missing:
            break
        chosen.append(seed)
        missing -= candidates[seed]
    return sorted(chosen)
