"""`newsdesk to-lake` moves an embedded warehouse into a lake in one command and proves the
copy: the same rows and checksums in every table, the same answers from the views."""

from __future__ import annotations

import subprocess
import sys

from tests.paths import ROOT
from tests.warehouse_state import contract_checksums, contract_checksums_of
from warehouse.checksums import table_checksums
from warehouse.connect import connect_reader
from warehouse.lake import connect_lake


def _to_lake(lake, warehouse) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "to-lake", lake.target, "--lake-data", str(lake.data),
         "--warehouse", str(warehouse)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_to_lake_copies_every_table_and_verifies_it(lake, built):
    path, _ = built
    done = _to_lake(lake, path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "checksums match" in done.stdout and "Traceback" not in done.stderr
    with connect_lake(lake.target) as con:
        con.execute(f"attach '{path}' as embedded (read_only)")
        copied, original = table_checksums(con, "lake"), table_checksums(con, "embedded")
    assert copied == original and copied["core.article"][0] >= 15
    with connect_reader(lake.target) as con:
        assert contract_checksums_of(con) == contract_checksums(path)
    again = _to_lake(lake, path)  # never into a lake that holds data
    assert again.returncode == 1 and "already holds data" in again.stderr
    assert "Traceback" not in again.stderr
