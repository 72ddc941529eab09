"""The dashboard's entry point: `streamlit run dashboard/app.py` (or `make dashboard`).

Pages are chosen by the `page` query parameter so every view is a link (a person's quotes,
a quote's article). Each render opens the warehouse file now at NEWSDESK_WAREHOUSE read-only
and closes it before the script ends: a snapshot published with os.replace shows on the next
reload, and the dashboard never holds a lock between renders or writes anything.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script by streamlit: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb
import streamlit as st

from dashboard import db, queries
from dashboard.markup import Html, esc, href
from dashboard.ui import CSS, param, show
from dashboard.views import article, co_mentions, health, people, quotes
from warehouse.connect import connect_reader

PAGES = {
    "people": people,
    "quotes": quotes,
    "article": article,
    "co-mentions": co_mentions,
    "health": health,
}
DEFAULT_PAGE = "people"


def _nav(current: str) -> None:
    here = ' class="nd-here"'
    links = "".join(
        f'<a href="{esc(href(key))}" target="_self" id="nav-{key}"'
        f"{here if key == current else ''}>{esc(view.TITLE)}</a>"
        for key, view in PAGES.items()
    )
    with st.sidebar:
        st.title("newsdesk")
        show(Html(f'<nav class="nd-nav">{links}</nav>'))


def _snapshot(path: str, stamp: tuple[int, int], con: duckdb.DuckDBPyConnection) -> None:
    total = queries.summary(con)
    with st.sidebar:
        st.caption(
            f"Snapshot `{path}` published {db.published_at(stamp):%Y-%m-%d %H:%M:%S} UTC · "
            f"{total['articles']} articles · {total['quotes']} quotes · {total['runs']} runs. "
            "Reload the page to pick up a newer snapshot."
        )


def main() -> None:
    st.set_page_config(page_title="newsdesk", page_icon="📰", layout="wide")
    show(CSS)
    name = param("page") or DEFAULT_PAGE
    if name not in PAGES:
        name = DEFAULT_PAGE
    _nav(name)
    path = db.warehouse_path()
    stamp = db.snapshot_stamp(path)
    if stamp is None:
        st.warning(
            f"No warehouse at `{path}` yet. Build one with `make demo` (or `newsdesk ingest "
            "SOURCE`), or point NEWSDESK_WAREHOUSE at a published snapshot, then reload."
        )
        return
    try:
        con = connect_reader(path)
    except (duckdb.IOException, FileNotFoundError, RuntimeError) as exc:
        st.error(f"The warehouse at `{path}` cannot be opened read-only right now: {exc}")
        return
    try:
        _snapshot(path, stamp, con)
        PAGES[name].render(con)
    finally:
        con.close()


main()
