"""Moving an embedded warehouse file into a DuckLake: every core and meta table copied in one
transaction, then verified table by table (row counts and checksums)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.checksums import base_tables, table_checksums
from warehouse.lake import ALIAS, connect_lake
from warehouse.migrate import current_version, migrate

SOURCE = "embedded"


def copy_to_lake(source: Path, lake: str, lake_data: str) -> dict[str, int]:
    """Copy SOURCE (a warehouse file of the current schema) into an empty lake; returns the
    rows per table. Raises RuntimeError when the lake is not empty or the copy differs."""
    if not source.exists():
        raise FileNotFoundError(f"no warehouse at {source}")
    con = connect_lake(lake, lake_data)
    try:
        migrate(con)
        con.execute(f"attach '{_escape(str(source))}' as {SOURCE} (read_only)")
        theirs = current_version_of(con, SOURCE)
        ours = current_version(con)
        if theirs != ours:
            raise RuntimeError(
                f"{source} is at schema version {theirs}, this newsdesk at {ours}: "
                "run `newsdesk ingest` on it once to upgrade it, then copy it"
            )
        tables = base_tables(con, SOURCE)
        filled = [t for t in tables if con.execute(f"select count(*) from {t}").fetchone()[0]]
        if filled:
            raise RuntimeError(f"the lake already holds data ({', '.join(filled)}): not copied")
        con.execute("begin transaction")
        for table in tables:
            con.execute(f"insert into {ALIAS}.{table} by name select * from {SOURCE}.{table}")
        con.execute("commit")
        expected, copied = table_checksums(con, SOURCE), table_checksums(con, ALIAS)
        differ = [t for t in expected if expected[t] != copied.get(t)]
        if differ:
            raise RuntimeError(f"the copy differs from {source} in: {', '.join(differ)}")
        return {t: rows for t, (rows, _) in copied.items()}
    finally:
        con.close()


def current_version_of(con: duckdb.DuckDBPyConnection, database: str) -> int:
    row = con.execute(
        f"select coalesce(max(version), 0) from {database}.meta.schema_version"
    ).fetchone()
    return int(row[0]) if row else 0


def _escape(text: str) -> str:
    return text.replace("'", "''")
