"""A DuckLake warehouse has the embedded file's tables, columns, types, comments and views, and
an ingest into it holds what the same ingest into a file holds."""

from __future__ import annotations

import threading

import duckdb
import polars as pl

from dashboard import queries
from flows.ingest import ingest
from tests.warehouse_state import contract_checksums, contract_checksums_of
from warehouse.connect import connect_reader, connect_writer
from warehouse.lake import LakeWriter, compact, connect_lake
from warehouse.migrate import current_version, migrate, migrations

COLUMNS = """select schema_name, table_name, column_name, data_type, comment
             from duckdb_columns()
             where database_name = current_database() and schema_name in ('core', 'meta')
             order by all"""
TABLES = """select schema_name, table_name, comment from duckdb_tables()
            where database_name = current_database() order by all"""
VIEWS = """select schema_name, view_name, comment from duckdb_views()
           where database_name = current_database() and not internal order by all"""


def _shape(con: duckdb.DuckDBPyConnection) -> tuple[list, list, list]:
    return tuple(con.execute(sql).fetchall() for sql in (COLUMNS, TABLES, VIEWS))


def test_the_lake_has_the_same_tables_columns_comments_and_views(lake, tmp_path):
    with connect_writer(tmp_path / "w.duckdb") as file_con:
        file_shape = _shape(file_con)
    with connect_lake(lake.target, str(lake.data)) as lake_con:
        migrate(lake_con)
        lake_shape = _shape(lake_con)
    columns, _, views = file_shape
    assert len(columns) > 80 and all(c[4] for c in columns), "every column has a comment"
    assert {v[0] for v in views} == {"main", "marts"} and all(v[2] for v in views)
    assert lake_shape == file_shape


def test_an_ingest_into_the_lake_holds_what_one_into_a_file_holds(lake, corpus_dir, tmp_path):
    file_path = tmp_path / "w.duckdb"
    into_file = ingest(str(corpus_dir), str(file_path))
    into_lake = ingest(str(corpus_dir), lake.target, lake_data=str(lake.data))
    assert into_lake["files_loaded"] == into_file["files_loaded"] >= 15
    with connect_reader(lake.target) as con:
        assert contract_checksums_of(con) == contract_checksums(file_path)
        marts = "select sum(mentions), count(*) from marts.people_by_mentions"
        lake_marts = con.execute(marts).fetchone()
    with connect_reader(file_path) as con:
        assert con.execute(marts).fetchone() == lake_marts
    assert list(lake.data.rglob("*.parquet")), "the lake's data are Parquet files"
    # The dashboard's queries answer the same from both.
    with connect_reader(lake.target) as on_lake, connect_reader(file_path) as on_file:
        for query in (queries.summary, queries.publishers, queries.day_bounds):
            assert query(on_lake) == query(on_file)
        for query in (queries.co_mentions, queries.top_people_by_articles):
            assert query(on_lake, 10).sort(pl.all()).equals(query(on_file, 10).sort(pl.all()))
    again = ingest(str(corpus_dir), lake.target)  # the data path is kept in the catalog
    assert again["files_unchanged"] == into_lake["files_seen"] and again["files_loaded"] == 0
    compact(lake.target)  # maintenance changes files, never contents
    with connect_reader(lake.target) as con:
        assert contract_checksums_of(con) == contract_checksums(file_path)


def test_writers_opening_a_new_lake_at_once_all_migrate_it(lake):
    """The first runs on an empty lake race to create it: each either applies a migration
    or finds it applied, and all reach the same version."""
    versions: list[int] = []

    def open_writer() -> None:
        with LakeWriter(lake.target, str(lake.data)) as writer:
            versions.append(current_version(writer.con))

    threads = [threading.Thread(target=open_writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert versions == [migrations()[-1][0]] * 4
