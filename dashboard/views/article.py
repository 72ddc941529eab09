"""One article: its text with mentions, quotes and speakers marked, metadata beside it."""

from __future__ import annotations

import duckdb
import polars as pl
import streamlit as st

from dashboard import queries
from dashboard.highlight import Span, highlight
from dashboard.markup import Html, esc, link, table
from dashboard.ui import param, show

TITLE = "One article"

LEGEND = Html(
    '<div class="nd-legend"><span class="nd-mention">person mention</span>'
    '<span class="nd-quote">quote</span><span class="nd-speaker">speaker</span></div>'
)


def _pick(con: duckdb.DuckDBPyConnection) -> str | None:
    wanted = param("article_id")
    choices = queries.articles(con)
    if not choices.height:
        st.info("The warehouse has no current articles yet.")
        return None
    ids = choices["article_id"].to_list()
    titles = dict(zip(ids, choices["title"], strict=True))
    index = ids.index(wanted) if wanted in titles else 0
    chosen = st.selectbox("Article", ids, index=index, format_func=titles.__getitem__)
    if chosen != wanted:
        st.query_params.update(page="article", article_id=chosen)
        st.query_params.pop("quote_id", None)
    return chosen


def _spans(mentions: pl.DataFrame, quotes: pl.DataFrame) -> list[Span]:
    spans = [
        Span(m["char_start"], m["char_end"], "mention", m["person_id"], m["canonical_name"],
             str(m["char_start"]))
        for m in mentions.iter_rows(named=True)
    ]  # fmt: skip
    for q in quotes.iter_rows(named=True):
        spans.append(Span(q["char_start"], q["char_end"], "quote", ref=q["quote_id"]))
        if q["speaker_char_start"] is not None:
            spans.append(
                Span(q["speaker_char_start"], q["speaker_char_end"], "speaker",
                     q["speaker_person_id"], q["speaker_name"] or q["speaker_surface"],
                     q["quote_id"])
            )  # fmt: skip
    return spans


def _side(
    con: duckdb.DuckDBPyConnection, art: dict, mentions: pl.DataFrame, quotes: pl.DataFrame
) -> None:
    st.subheader("Authors")
    authors = queries.article_authors(con, art["article_id"])
    if not authors.height:
        st.caption("No byline.")
    for a in authors.iter_rows(named=True):
        role = f" · {esc(a['role'])}" if a["role"] else ""
        show(Html(f'<div class="nd-author"><b>{esc(a["name"])}</b>{role}</div>'))
        if a["bio"]:
            st.caption(a["bio"])
    st.subheader("Metadata")
    fields = [
        ("publisher", art["publisher"] or "(unknown)"),
        ("published", art["published_at"] or "not stated"),
        ("words", art["word_count"]),
        ("language", art["language"]),
        ("url", art["url"] or "–"),
        ("source", art["source_uri"]),
        ("ingested", art["ingested_at"]),
        ("extractor", art["extractor_version"]),
        ("mentions", mentions.height),
        ("quotes", quotes.height),
    ]
    show(table("article-meta", ["field", "value"], fields))
    st.subheader("People named")
    people = (
        mentions.group_by("person_id", "canonical_name")
        .len()
        .sort(["len", "canonical_name"], descending=[True, False])
    )
    rows = (
        (link(p["canonical_name"], "quotes", person_id=p["person_id"]), p["len"])
        for p in people.iter_rows(named=True)
    )
    show(table("article-people", ["person", "mentions"], rows, numeric=(1,)))


def render(con: duckdb.DuckDBPyConnection) -> None:
    """Draw the page from a read-only connection."""
    st.header(TITLE)
    article_id = _pick(con)
    if article_id is None:
        return
    art = queries.article(con, article_id)
    if art is None:
        st.warning("That article is not in the current snapshot.")
        return
    mentions = queries.article_mentions(con, article_id)
    quotes = queries.article_quotes(con, article_id)
    text, side = st.columns([3, 1])
    with text:
        show(Html(f'<div class="nd-title" id="article-title">{esc(art["title"])}</div>'))
        show(LEGEND)
        body = highlight(art["document_text"], _spans(mentions, quotes), param("quote_id"))
        show(Html(f'<div class="nd-doc" id="article-text">{body}</div>'))
    with side:
        _side(con, art, mentions, quotes)
