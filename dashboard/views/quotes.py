"""Who said what: quotes searchable by speaker and text, with article, kind, cue and speaker."""

from __future__ import annotations

import duckdb
import streamlit as st

from dashboard import queries
from dashboard.markup import Html, esc, link, metric, table
from dashboard.ui import metrics, param, show

TITLE = "Who said what"
ROWS = 200


def _speaker(row: dict) -> Html:
    if row["speaker_surface"] is None:
        return Html('<span class="nd-unattributed">unattributed</span>')
    return esc(row["speaker_surface"])


def _person(row: dict) -> Html:
    if row["speaker_person_id"] is None:
        return Html('<span class="nd-unattributed">unresolved</span>')
    return link(row["speaker_name"], "quotes", person_id=row["speaker_person_id"])


def render(con: duckdb.DuckDBPyConnection) -> None:
    """Draw the page from a read-only connection."""
    st.header(TITLE)
    person_id = param("person_id")
    if person_id:
        name = queries.person_name(con, person_id) or person_id
        show(Html(f"Quotes attributed to <b>{esc(name)}</b> · {link('all quotes', 'quotes')}"))
    left, mid, right = st.columns([2, 2, 1])
    speaker = left.text_input("Speaker (as written or resolved name)", key="speaker")
    text = mid.text_input("Quote text contains", key="text")
    unattributed = right.checkbox("Only unattributed", key="unattributed")
    found = queries.quotes(con, speaker, text, person_id, unattributed)
    unattributed_count = found.filter(found["speaker_surface"].is_null()).height
    metrics(
        metric("quotes", found.height, "quotes"),
        metric("unattributed", unattributed_count, "unattributed"),
        metric("articles", found["article_id"].n_unique(), "articles"),
    )
    if not found.height:
        st.info("No quote matches.")
        return
    rows = (
        (
            link(f"“{r['text']}”", "article", css="nd-quote-link", article_id=r["article_id"],
                 quote_id=r["quote_id"]),
            _speaker(r),
            _person(r),
            Html(f'<span class="nd-kind">{esc(r["kind"])}</span>'),
            r["cue"] or "",
            link(r["title"], "article", article_id=r["article_id"]),
        )
        for r in found.head(ROWS).iter_rows(named=True)
    )  # fmt: skip
    headers = ["quote", "speaker as written", "speaker", "kind", "cue", "article"]
    show(table("quotes", headers, rows))
    if found.height > ROWS:
        st.caption(f"First {ROWS} of {found.height}; narrow the search to see the rest.")
