"""Read-only summaries of a warehouse, for `newsdesk status` and the demo."""

from __future__ import annotations

import duckdb
import polars as pl

CONTRACT_TABLES = (
    "article", "author", "article_author", "person", "person_mention", "quote",
    "ingest_run", "source_file",
)  # fmt: skip


def table_counts(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    sql = " union all ".join(
        f"select '{t}' as table_name, count(*) as rows from main.{t}" for t in CONTRACT_TABLES
    )
    return con.execute(sql).pl()


def top_people(con: duckdb.DuckDBPyConnection, limit: int = 10) -> pl.DataFrame:
    return con.execute(
        "select canonical_name, mentions, articles from marts.people_by_mentions limit ?", [limit]
    ).pl()


def top_speakers(con: duckdb.DuckDBPyConnection, limit: int = 10) -> pl.DataFrame:
    return con.execute(
        "select canonical_name, quotes, direct_quotes, partial_quotes, block_quotes "
        "from marts.quotes_by_speaker limit ?",
        [limit],
    ).pl()


def rejected_files(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return con.execute(
        """select source_uri, status, error_reason from main.source_file
           where status <> 'loaded' order by source_uri"""
    ).pl()


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 5) -> pl.DataFrame:
    return con.execute(
        """select strftime(started_at, '%Y-%m-%d %H:%M') as started, status,
                  files_seen as seen, files_loaded as loaded, files_unchanged as unchanged,
                  files_rejected as rejected, files_deleted as deleted,
                  round(epoch(ended_at) - epoch(started_at), 1) as seconds
           from main.ingest_run order by started_at desc limit ?""",
        [limit],
    ).pl()
