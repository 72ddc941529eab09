"""Comparing warehouses by content: rows and an order-independent checksum per table."""

from __future__ import annotations

import duckdb

# Bookkeeping of migrations themselves: written by each warehouse's own migrate().
OWN_TABLES = ("schema_version", "view_definition")


def base_tables(con: duckdb.DuckDBPyConnection, database: str) -> list[str]:
    """The core and meta tables of DATABASE that hold data, as ``schema.table``."""
    rows = con.execute(
        """select schema_name, table_name from duckdb_tables()
           where database_name = ? and schema_name in ('core', 'meta')
             and table_name not in (select unnest(?::varchar[]))
           order by all""",
        [database, list(OWN_TABLES)],
    ).fetchall()
    return [f"{s}.{t}" for s, t in rows]


def table_checksums(con: duckdb.DuckDBPyConnection, database: str) -> dict[str, tuple[int, int]]:
    """Every core and meta table of DATABASE, all columns: (rows, sum of row hashes)."""
    out = {}
    for table in base_tables(con, database):
        row = con.execute(
            f"select count(*), coalesce(sum(hash(x)), 0) from (select * from {database}.{table}) x"
        ).fetchone()
        out[table] = (int(row[0]), int(row[1])) if row else (0, 0)
    return out
