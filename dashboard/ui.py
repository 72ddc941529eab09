"""Streamlit glue shared by the pages: raw HTML output, query params, the stylesheet."""

from __future__ import annotations

import streamlit as st

from dashboard.markup import Html

CSS = """<style>
.nd-table {border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 1rem;}
.nd-table th {text-align: left; border-bottom: 2px solid #ccc; padding: 4px 8px;}
.nd-table td {border-bottom: 1px solid #eee; padding: 4px 8px; vertical-align: top; overflow-wrap: break-word;}
#article-meta td + td, #rejected td {overflow-wrap: anywhere;}
#article-meta td:first-child {white-space: nowrap;}
.nd-table td.num {text-align: right; font-variant-numeric: tabular-nums;}
.nd-metrics {display: flex; gap: 2.5rem; margin: 0.5rem 0 1rem 0;}
.nd-metric .nd-value {font-size: 1.9rem; font-weight: 600;}
.nd-metric .nd-label {color: #666; font-size: 0.85rem;}
.nd-title {font-size: 1.7rem; font-weight: 700; line-height: 1.25; margin: 0.6rem 0;}
.nd-doc {font-family: Georgia, serif; font-size: 1.02rem; line-height: 1.65;}
.nd-quote {background: #fff3b0;}
.nd-quote.nd-focus {background: #ffd54f; outline: 1px solid #e0a800;}
a.nd-mention, span.nd-mention {background: #d7ecff; border-radius: 3px; color: inherit;}
.nd-speaker {border-bottom: 2px solid #d9480f; font-weight: 600;}
.nd-unattributed {color: #a61e4d; font-style: italic;}
.nd-kind {white-space: nowrap; font-size: 0.8rem; padding: 1px 6px; border-radius: 8px; background: #eee;}
.nd-nav a {display: block; padding: 3px 0; text-decoration: none;}
.nd-nav a.nd-here {font-weight: 700;}
.nd-legend span {margin-right: 0.8rem;}
</style>"""


def show(markup: Html | str) -> None:
    """Write HTML built by dashboard.markup (escaped there) into the page."""
    st.markdown(markup, unsafe_allow_html=True)


def metrics(*items: Html) -> None:
    """A row of dashboard.markup.metric blocks."""
    show(Html('<div class="nd-metrics">' + "".join(items) + "</div>"))


def param(name: str) -> str | None:
    """A query parameter of the page URL, or None when absent or empty."""
    value = st.query_params.get(name)
    return value or None
