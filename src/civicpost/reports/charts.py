"""Bar charts drawn on the server as inline SVG, for the report page.

No script and no ``style`` attribute (the Content Security Policy forbids both): shapes are
coloured by classes in app.css. Each chart is an image with a text alternative (WCAG 2.2, 1.1.1):
``role="img"`` and ``aria-labelledby`` naming its ``<title>`` and ``<desc>``, the desc giving
every number; the same numbers are in the table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH = 640
CHAR_WIDTH = 7  # roughly, at 13px
VALUE_WIDTH = 40
ROW = 26
BAR = 16
MAX_LABEL = 34


@dataclass(frozen=True)
class Series:
    name: str
    css_class: str


SINGLE = (Series("", "app-chart__bar"),)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _describe(rows: Sequence[tuple[str, Sequence[int]]], series: Sequence[Series]) -> str:
    parts = []
    for label, values in rows:
        if len(series) == 1:
            parts.append(f"{label}: {values[0]}")
        else:
            detail = ", ".join(f"{n} {s.name}" for s, n in zip(series, values, strict=True))
            parts.append(f"{label}: {sum(values)} ({detail})")
    return "; ".join(parts) + "."


def bar_chart(
    chart_id: str,
    title: str,
    rows: Sequence[tuple[str, Sequence[int]]],
    series: Sequence[Series] = SINGLE,
    width: int = WIDTH,
) -> SafeString:
    """A horizontal bar chart; with several series each bar is stacked in series order."""
    longest = max((len(_short(label)) for label, _ in rows), default=0)
    label_width = min(width // 2, 16 + CHAR_WIDTH * longest)
    legend = len(series) > 1
    top = ROW if legend else 0
    height = top + ROW * len(rows) + 4
    biggest = max((sum(values) for _, values in rows), default=0) or 1
    scale = (width - label_width - VALUE_WIDTH) / biggest
    parts = [
        format_html(
            '<svg class="app-chart" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" '
            'viewBox="0 0 {w} {h}" width="{w}" height="{h}" xmlns="http://www.w3.org/2000/svg">'
            '<title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>',
            id=chart_id,
            w=width,
            h=height,
            title=title,
            desc=_describe(rows, series),
        )
    ]
    if legend:
        x = label_width
        for s in series:
            parts.append(
                format_html(
                    '<rect class="{}" x="{}" y="5" width="12" height="12"></rect>'
                    '<text class="app-chart__text" x="{}" y="15">{}</text>',
                    s.css_class,
                    x,
                    x + 16,
                    s.name,
                )
            )
            x += 24 + 8 * len(s.name)
    for i, (label, values) in enumerate(rows):
        y = top + i * ROW
        parts.append(
            format_html(
                '<text class="app-chart__text" x="{}" y="{}" text-anchor="end">{}</text>',
                label_width - 8,
                y + 17,
                _short(label),
            )
        )
        x = float(label_width)
        for s, n in zip(series, values, strict=True):
            if n:
                w = n * scale
                parts.append(
                    format_html(
                        '<rect class="{}" x="{}" y="{}" width="{}" height="{}"></rect>',
                        s.css_class,
                        f"{x:.1f}",
                        y + 5,
                        f"{w:.1f}",
                        BAR,
                    )
                )
                x += w
        parts.append(
            format_html(
                '<text class="app-chart__text" x="{}" y="{}">{}</text>',
                f"{x + 6:.1f}",
                y + 17,
                sum(values),
            )
        )
    parts.append(SafeString("</svg>"))  # a constant
    return format_html_join("", "{}", ((part,) for part in parts))
