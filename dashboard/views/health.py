"""Pipeline health: recent runs with counts, rejected files with reasons, extractor versions."""

from __future__ import annotations

import duckdb
import streamlit as st

from dashboard import queries
from dashboard.markup import metric, table
from dashboard.ui import metrics, show

TITLE = "Pipeline health"


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value is not None else "running"


def render(con: duckdb.DuckDBPyConnection) -> None:
    """Draw the page from a read-only connection."""
    st.header(TITLE)
    total = queries.summary(con)
    runs = queries.runs(con)
    versions = queries.extractor_versions(con)
    rejected = queries.rejected_files(con)
    latest = runs.row(0, named=True) if runs.height else None
    metrics(
        metric("runs", total["runs"], "ingest runs"),
        metric("last-status", latest["status"] if latest else "–", "last run"),
        metric("articles", total["articles"], "current articles"),
        metric("rejected", rejected.height, "rejected files"),
        metric("extractor", latest["extractor_version"] if latest else "–", "extractor version"),
    )
    st.subheader("Recent runs")
    rows = (
        (
            _when(r["started_at"]), _when(r["ended_at"]), r["status"], r["files_seen"],
            r["files_loaded"], r["files_unchanged"], r["files_rejected"], r["files_deleted"],
            r["seconds"], r["extractor_version"], r["message"] or "",
        )
        for r in runs.iter_rows(named=True)
    )  # fmt: skip
    headers = ["started (UTC)", "ended", "status", "seen", "loaded", "unchanged", "rejected",
               "deleted", "seconds", "extractor", "message"]  # fmt: skip
    show(table("runs", headers, rows, numeric=(3, 4, 5, 6, 7, 8)))
    st.subheader("Rejected files")
    if rejected.height:
        rows = (
            (r["source_uri"], r["error_reason"], r["size_bytes"])
            for r in rejected.iter_rows(named=True)
        )
        show(table("rejected", ["file", "reason", "bytes"], rows, numeric=(2,)))
    else:
        st.success("No rejected files.")
    left, right = st.columns(2)
    with left:
        st.subheader("Files by status")
        show(
            table(
                "file-status",
                ["status", "files"],
                queries.files_by_status(con).rows(),
                numeric=(1,),
            )
        )
    with right:
        st.subheader("Extractor versions")
        rows = (
            (v["extractor_version"], v["articles"], _when(v["last_ingested"]))
            for v in versions.iter_rows(named=True)
        )
        show(table("extractors", ["version", "articles", "last ingested"], rows, numeric=(1,)))
    st.subheader("Validation failures")
    failures = queries.validation_failures(con)
    if failures.height:
        show(table("validation", failures.columns, failures.rows()))
    else:
        st.success("No rows were left out by validation.")
