"""Comparing warehouses by content: an order-independent checksum per table (all tables:
warehouse.checksums.table_checksums; the contract views: here)."""

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
    """What the contract views of the file at PATH hold (run ids and timestamps left out)."""
    with duckdb.connect(str(path), read_only=True) as con:
        return contract_checksums_of(con)


def contract_checksums_of(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    """What the contract views of the connection's current database hold."""
    return {
        name: con.execute(f"select count(*), sum(hash(t)) from ({sql}) t").fetchone()
        for name, sql in CONTRACT.items()
    }
