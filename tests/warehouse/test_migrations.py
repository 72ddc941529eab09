"""Migrations on an empty file: every table, view and column is there and documented."""

from __future__ import annotations

import duckdb
import pytest

from warehouse.connect import connect_reader, connect_writer
from warehouse.migrate import current_version, migrate, migrations

CONTRACT = {
    "article": {
        "article_id", "source_uri", "content_sha256", "document_text", "title", "image_caption",
        "image_credit", "body_text", "word_count", "publisher", "url", "published_at", "language",
        "extractor_version", "run_id", "ingested_at",
    },
    "author": {"author_id", "name", "role", "bio", "publisher"},
    "article_author": {"article_id", "author_id", "position"},
    "person": {"person_id", "canonical_name"},
    "person_mention": {
        "mention_id", "article_id", "person_id", "surface", "char_start", "char_end",
        "sentence_index",
    },
    "quote": {
        "quote_id", "article_id", "text", "char_start", "char_end", "kind", "speaker_surface",
        "speaker_char_start", "speaker_char_end", "speaker_person_id", "cue", "region",
    },
    "ingest_run": {
        "run_id", "flow_run_id", "started_at", "ended_at", "files_seen", "files_loaded",
        "files_unchanged", "files_rejected", "status",
    },
    "source_file": {"source_uri", "sha256", "size_bytes", "status", "article_id", "error_reason"},
}  # fmt: skip
MARTS = {
    "people_by_mentions", "people_by_articles", "quotes_by_speaker", "co_mentions",
    "articles_per_publisher", "articles_per_day",
}  # fmt: skip


@pytest.fixture
def con(tmp_path):
    c = connect_writer(tmp_path / "w.duckdb")
    yield c
    c.close()


def test_empty_file_gets_every_migration(con):
    assert current_version(con) == migrations()[-1][0]


def test_contract_names_are_reachable_in_main(con):
    for table, columns in CONTRACT.items():
        got = {r[0] for r in con.execute(
            "select column_name from duckdb_columns() where schema_name = 'main' and table_name = ?",
            [table],
        ).fetchall()}  # fmt: skip
        assert columns <= got, f"main.{table} lacks {columns - got}"


def test_marts_exist_as_views(con):
    views = {r[0] for r in con.execute(
        "select view_name from duckdb_views() where schema_name = 'marts'").fetchall()}  # fmt: skip
    assert views >= MARTS


def test_every_table_view_and_column_has_a_comment(con):
    missing = con.execute(
        """select schema_name || '.' || table_name || '.' || column_name
           from duckdb_columns()
           where schema_name in ('core', 'meta', 'marts') and comment is null
           union all
           select schema_name || '.' || table_name from duckdb_tables()
           where schema_name in ('core', 'meta') and comment is null
           union all
           select schema_name || '.' || view_name from duckdb_views()
           where schema_name in ('main', 'marts') and not internal and comment is null"""
    ).fetchall()
    assert missing == []


def test_migrating_twice_changes_nothing(con):
    before = current_version(con)
    assert migrate(con) == []
    assert current_version(con) == before


def test_a_newer_warehouse_is_refused(con):
    con.execute("insert into meta.schema_version values (9999, 'future.sql', current_timestamp)")
    with pytest.raises(RuntimeError, match="newer"):
        migrate(con)


def test_reader_cannot_write(tmp_path):
    connect_writer(tmp_path / "w.duckdb").close()
    with connect_reader(tmp_path / "w.duckdb") as ro, pytest.raises(duckdb.Error):
        ro.execute("insert into core.person values ('x', 'y')")
