"""Opening the warehouse: one writer (migrated on open) or read-only readers."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.lake import connect_lake, is_lake_target
from warehouse.migrate import migrate


def connect_writer(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the warehouse for writing, migrated to the latest schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute("set timezone = 'UTC'")
    migrate(con)
    return con


def connect_reader(path: str | Path) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (a file, or a ``ducklake:`` target) read-only, as dashboards and
    ad-hoc SQL should."""
    if is_lake_target(path):
        return connect_lake(str(path), read_only=True)
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `newsdesk ingest` first")
    con = duckdb.connect(str(path), read_only=True)
    con.execute("set timezone = 'UTC'")
    return con
