"""Who appears with whom: a co-mention matrix of the people named in the most articles."""

from __future__ import annotations

import altair as alt
import duckdb
import polars as pl
import streamlit as st

from dashboard import queries
from dashboard.markup import link, metric, table
from dashboard.ui import metrics, show

TITLE = "Who appears with whom"


def _matrix(pairs: pl.DataFrame, names: list[str]) -> alt.Chart:
    both = pl.concat([
        pairs.select(a="person_a", b="person_b", articles="articles"),
        pairs.select(a="person_b", b="person_a", articles="articles"),
    ])  # fmt: skip
    axis = {"sort": names, "title": None}
    base = alt.Chart(both).encode(x=alt.X("a:N", **axis), y=alt.Y("b:N", **axis))
    cells = base.mark_rect().encode(
        color=alt.Color("articles:Q", scale=alt.Scale(scheme="blues"), title="articles"),
        tooltip=["a:N", "b:N", "articles:Q"],
    )
    labels = base.mark_text(fontSize=10).encode(text="articles:Q")
    return (cells + labels).properties(height=28 * len(names) + 60)


def render(con: duckdb.DuckDBPyConnection) -> None:
    """Draw the page from a read-only connection."""
    st.header(TITLE)
    top = st.slider("People (named in the most articles)", 5, 40, 15)
    people = queries.top_people_by_articles(con, top)
    pairs = queries.co_mentions(con, top)
    metrics(
        metric("pairs", pairs.height, "pairs named together"),
        metric("top-pair", pairs["articles"].max() if pairs.height else 0, "most shared articles"),
    )
    if not pairs.height:
        st.info("None of these people share an article yet.")
        return
    st.altair_chart(_matrix(pairs, people["canonical_name"].to_list()), width="stretch")
    st.subheader("Pairs")
    rows = (
        (
            link(r["person_a"], "people", person_id=r["person_a_id"]),
            link(r["person_b"], "people", person_id=r["person_b_id"]),
            r["articles"],
        )
        for r in pairs.iter_rows(named=True)
    )
    show(table("co-mentions", ["person", "with", "articles"], rows, numeric=(2,)))
