"""Bar charts as PNG for the Word and PDF documents (the pages draw SVG: charts.py).

matplotlib with the Agg backend (no display, no GUI toolkit), imported only when a document is
made so that the pages do not pay for it. DejaVu Sans ships with matplotlib and has å, ä, ö.
A suppressed count has no bar and shows "–", as on the page; the table under every chart in the
document holds the same numbers, and the chart carries a text alternative.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from io import BytesIO

from varna.situation.charts import SUPPRESSED
from varna.situation.statistics import Row

WIDTH_INCHES = 6.3  # about the text width of an A4 page with 25 mm margins
BAR_INCHES = 0.32
DPI = 150
COLOUR = "#1f4e79"  # the app's dark blue: 8:1 against white
_lock = threading.Lock()  # pyplot's state is global; the object API below avoids it, this is for safety


def bar_chart_png(title: str, rows: Sequence[Row]) -> bytes:
    """A horizontal bar chart, one bar per row in the given order, largest count scaled to fit."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    labels = [_shorten(row.label) for row in rows] or ["–"]
    values = [row.count or 0 for row in rows] or [0]
    height = max(1.2, 0.6 + BAR_INCHES * len(labels))
    with _lock:
        figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
        axes = figure.add_subplot()
        positions = list(range(len(labels)))
        axes.barh(positions, values, color=COLOUR, height=0.6)
        axes.set_yticks(positions, labels=labels, fontsize=8)
        axes.invert_yaxis()
        largest = max(values) if values else 0
        axes.set_xlim(0, max(largest * 1.15, 1))
        for position, row, value in zip(positions, rows, values, strict=False):
            text = SUPPRESSED if row.count is None else f"{row.count:,}".replace(",", "\u00a0")
            axes.text(value + max(largest, 1) * 0.01, position, text, va="center", fontsize=8)
        axes.xaxis.set_visible(False)
        for side in ("top", "right", "bottom"):
            axes.spines[side].set_visible(False)
        axes.set_title(title, fontsize=9, loc="left")
        figure.tight_layout()
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _shorten(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def alt_text(title: str, rows: Sequence[Row]) -> str:
    """The chart's text alternative: its title and every bar's value."""
    values = "; ".join(f"{row.label}: {SUPPRESSED if row.count is None else row.count}" for row in rows)
    return f"{title}. {values}" if values else title
