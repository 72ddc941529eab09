"""The README's guide for other tools: its SQL runs on a read-only connection, the marts it
names exist with comments, and read-only really refuses writes."""

from __future__ import annotations

import re

import duckdb
import pytest

from tests.paths import ROOT


def _section(title: str) -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    match = re.search(rf"^## {title}\n(.*?)(?=^## )", readme, flags=re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


@pytest.fixture(scope="module")
def con(snapshots):
    con = duckdb.connect(str(snapshots.first), read_only=True)
    yield con
    con.close()


def test_guide_queries_run_read_only(con):
    queries = re.findall(r"```sql\n(.*?)```", _section("Other tools"), flags=re.S)
    assert len(queries) >= 2
    for sql in queries:
        assert con.execute(sql).fetchall(), sql


def test_named_marts_exist_with_comments(con):
    named = set(re.findall(r"`(?:marts\.)?([a-z_]+)`", _section("Other tools")))
    views = dict(
        con.execute(
            "select view_name, comment from duckdb_views() where schema_name = 'marts'"
        ).fetchall()
    )
    assert set(views) <= named, "the guide names every mart"
    assert all(views.values()), "every mart has a comment"
    uncommented = con.execute(
        "select table_name, column_name from duckdb_columns() "
        "where schema_name = 'marts' and comment is null"
    ).fetchall()
    assert not uncommented


def test_read_only_refuses_writes(con):
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("create table marts.scratch (i integer)")
