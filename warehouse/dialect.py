"""What differs between the two kinds of warehouse: an embedded DuckDB file and a DuckLake
catalog. DuckLake has no PRIMARY KEY or UNIQUE constraints, no comments on view columns and no
file to checkpoint; everything else (tables, types, comments, views, MERGE) is the same SQL."""

from __future__ import annotations

import re

import duckdb

_COLUMN_KEY = re.compile(r"\bprimary key\b(?!\s*\()", re.IGNORECASE)
_TABLE_KEY = re.compile(r",\s*primary key\s*\([^)]*\)", re.IGNORECASE)
_VIEW_COLUMN_COMMENT = re.compile(
    r"^comment on column (?:\w+\.){2}\w+ is '(?:[^']|'')*';\s*$", re.IGNORECASE | re.MULTILINE
)


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the connection's current database is a DuckLake catalog."""
    row = con.execute(
        "select type from duckdb_databases() where database_name = current_database()"
    ).fetchone()
    return bool(row) and row[0] == "ducklake"


def for_lake(sql: str) -> str:
    """DDL for DuckLake: a column key becomes NOT NULL (what a key implies), a table key is
    dropped. Keys stay unique because the loader replaces rows by key (see warehouse.load)."""
    return _TABLE_KEY.sub("", _COLUMN_KEY.sub("not null", sql))


def views_for_lake(sql: str) -> str:
    """View DDL for DuckLake: without comments on view columns, which it cannot store."""
    return _VIEW_COLUMN_COMMENT.sub("", sql)
