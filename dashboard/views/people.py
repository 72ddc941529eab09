"""Who is in the news: people by mentions and by articles, filtered, with a trend per person."""

from __future__ import annotations

from datetime import date

import altair as alt
import duckdb
import polars as pl
import streamlit as st

from dashboard import queries
from dashboard.markup import link, metric, table
from dashboard.ui import metrics, param, show

TITLE = "Who is in the news"
ROWS = 25


Filters = tuple[list[str] | None, date | None, date | None]


def _filters(con: duckdb.DuckDBPyConnection) -> Filters:
    options = queries.publishers(con)
    first, last = queries.day_bounds(con)
    left, right = st.columns([2, 1])
    chosen = left.multiselect("Publisher", options, placeholder="All publishers")
    span = (
        right.date_input("Article day (published, else ingested)", value=(first, last))
        if first
        else ()
    )
    start, end = (span[0], span[1]) if isinstance(span, tuple) and len(span) == 2 else (None, None)
    return chosen or None, start, end


def _ranking(frame: pl.DataFrame, table_id: str) -> None:
    rows = (
        (
            i + 1,
            link(r["canonical_name"], "quotes", title="their quotes", person_id=r["person_id"]),
            r["mentions"],
            r["articles"],
            r["quotes"],
        )
        for i, r in enumerate(frame.head(ROWS).iter_rows(named=True))
    )
    headers = ["#", "person", "mentions", "articles", "quotes"]
    show(table(table_id, headers, rows, numeric=(0, 2, 3, 4)))


def render(con: duckdb.DuckDBPyConnection) -> None:
    """Draw the page from a read-only connection."""
    st.header(TITLE)
    publishers, start, end = _filters(con)
    by_mentions = queries.people(con, publishers, start, end, order="mentions")
    by_articles = queries.people(con, publishers, start, end, order="articles")
    top = by_mentions.row(0, named=True) if by_mentions.height else None
    metrics(
        metric("people", by_mentions.height, "people named"),
        metric("top-person", top["canonical_name"] if top else "–", "most mentioned"),
        metric("top-mentions", top["mentions"] if top else 0, "their mentions"),
    )
    if not by_mentions.height:
        st.info("Nobody is named in the articles that match these filters.")
        return
    left, right = st.columns(2)
    with left:
        st.subheader("By mentions")
        _ranking(by_mentions, "people-by-mentions")
    with right:
        st.subheader("By articles")
        _ranking(by_articles, "people-by-articles")
    _trend(con, by_mentions, (publishers, start, end))


def _trend(con: duckdb.DuckDBPyConnection, by_mentions: pl.DataFrame, filters: Filters) -> None:
    st.subheader("Mentions per day")
    names = dict(zip(by_mentions["canonical_name"], by_mentions["person_id"], strict=True))
    wanted = param("person_id")
    default = [n for n, pid in names.items() if pid == wanted] or list(names)[:5]
    chosen = st.multiselect("People", list(names), default=default)
    if not chosen:
        return
    trend = queries.mention_trend(con, [names[n] for n in chosen], *filters)
    chart = (
        alt.Chart(trend)
        .mark_line(point=True)
        .encode(
            x=alt.X("day:T", title="article day"),
            y=alt.Y("mentions:Q", title="mentions"),
            color=alt.Color("canonical_name:N", title="person"),
            tooltip=["day:T", "canonical_name:N", "mentions:Q"],
        )
        .properties(height=280)
    )
    st.altair_chart(chart, width="stretch")
