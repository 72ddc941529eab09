"""Every earlier schema version, kept as a fixture with data, upgrades in place to the latest
one: the rows survive, the new columns and views appear, and the flow runs on it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest
from tests.paths import FIXTURES, SAMPLES
from warehouse.connect import connect_reader, connect_writer
from warehouse.migrate import current_version, migrations

OLD = sorted((FIXTURES / "schemas").glob("v[0-9][0-9][0-9][0-9]"))
TABLES = ("core.article", "core.person", "core.person_mention", "core.quote", "core.author",
          "core.article_author", "meta.ingest_run", "meta.source_file")  # fmt: skip


def restore(fixture: Path, path: Path) -> dict[str, int]:
    """Load an exported fixture into a new warehouse file; return its row counts."""
    with duckdb.connect(str(path)) as con:
        con.execute((fixture / "schema.sql").read_text())
        load = (fixture / "load.sql").read_text().replace(" FROM '", f" FROM '{fixture}/")
        con.execute(load)
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}


def test_every_old_version_but_the_latest_has_a_fixture():
    versions = [int(f.name[1:]) for f in OLD]
    assert versions == [v for v, _, _ in migrations()[:-1]], "run tests/fixtures/schemas/build.py"


@pytest.mark.parametrize("fixture", OLD, ids=[f.name for f in OLD])
def test_an_old_warehouse_upgrades_in_place_and_keeps_its_rows(fixture, tmp_path):
    path = tmp_path / "old.duckdb"
    before = restore(fixture, path)
    with duckdb.connect(str(path)) as con:
        assert current_version(con) == int(fixture.name[1:])
    with connect_writer(path) as con:
        assert current_version(con) == migrations()[-1][0]
        after = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
        assert after == before and before["core.article"] > 0
        con.execute("select stage_seconds from main.ingest_run").fetchall()  # added by 0002
        regions = con.execute("select distinct region from core.quote").fetchall()  # 0005
        assert regions in ([("body",)], [])
    result = ingest(str(SAMPLES), str(path))
    assert result["status"].startswith("completed")
    assert result["files_loaded"] + result["files_unchanged"] >= 15
    with connect_reader(path) as con:
        assert con.execute("select count(*) from marts.people_by_mentions").fetchone()[0] > 0
