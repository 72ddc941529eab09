"""Comparing warehouses by content: an order-independent checksum per table."""

from __future__ import annotations

from pathlib import Path

import duckdb

CONTRACT = {
    "article": "select article_id, content_sha256, title, body_text from main.article",
    "person_mention": "select mention_id, person_id, char_start, char_end from main.person_mention",
    "quote": "select quote_id, char_start, char_end, speaker_person_id from main.quote",
    "person": "select person_id, canonical_name from main.person",
    "author": "select author_id, name, role from main.author",
}
# Columns that record when something happened, not what: equal content, different clocks.
CLOCKS = {"ingested_at", "updated_at", "applied_at"}


def contract_checksums(path: Path) -> dict[str, tuple]:
    """What the contract views hold (run ids and timestamps left out)."""
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            name: con.execute(f"select count(*), sum(hash(t)) from ({sql}) t").fetchone()
            for name, sql in CONTRACT.items()
        }


def table_checksums(con: duckdb.DuckDBPyConnection, database: str) -> dict[str, tuple]:
    """Every core and meta table of DATABASE, all columns: (rows, checksum)."""
    tables = con.execute(
        """select schema_name, table_name from duckdb_tables()
           where database_name = ? and schema_name in ('core', 'meta')
             and table_name not in ('schema_version', 'view_definition')
           order by all""",
        [database],
    ).fetchall()
    return {
        f"{s}.{t}": con.execute(
            f"select count(*), sum(hash(x)) from (select * from {database}.{s}.{t}) x"
        ).fetchone()
        for s, t in tables
    }
