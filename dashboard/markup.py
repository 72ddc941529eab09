"""Small HTML builders for the pages: links that keep navigation in query params, tables.

Everything from the warehouse goes through `esc`; only `Html` values pass unescaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from urllib.parse import urlencode


class Html(str):
    """A string that is already safe HTML."""


def esc(value: object) -> Html:
    """Escape a value for HTML text or attributes ('$' too, so markdown never sees LaTeX)."""
    if isinstance(value, Html):
        return value
    text = "" if value is None else str(value)
    return Html(html.escape(text, quote=True).replace("$", "&#36;"))


def href(page: str, **params: object) -> str:
    """A same-app URL: `?page=...&key=value`, skipping None values."""
    query = {"page": page} | {k: str(v) for k, v in params.items() if v is not None}
    return "?" + urlencode(query)


def link(
    label: object, page: str, css: str = "", title: str | None = None, **params: object
) -> Html:
    """An anchor that opens the page in the same tab."""
    attrs = f' class="{esc(css)}"' if css else ""
    if title:
        attrs += f' title="{esc(title)}"'
    return Html(f'<a href="{esc(href(page, **params))}" target="_self"{attrs}>{esc(label)}</a>')


def table(
    table_id: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    numeric: Sequence[int] = (),
) -> Html:
    """An HTML table (one line, so markdown leaves it alone); numeric column indexes align right."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = ' class="num"' if i in numeric else ""
            cells.append(f"<td{cls}>{esc(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return Html(
        f'<table class="nd-table" id="{esc(table_id)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def metric(metric_id: str, value: object, label: str) -> Html:
    """A big number with a label; tests read it by id."""
    return Html(
        f'<div class="nd-metric" id="metric-{esc(metric_id)}"><div class="nd-value">{esc(value)}'
        f'</div><div class="nd-label">{esc(label)}</div></div>'
    )
