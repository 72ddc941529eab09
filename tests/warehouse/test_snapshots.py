"""Snapshot publishing: the standby copy is brought up to the published state by copying only
what changed, publishing swaps the two files, and a run that never publishes leaves no trace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from flows.ingest import ingest
from tests.paths import SAMPLES
from tests.warehouse_state import contract_checksums
from warehouse.checksums import table_checksums
from warehouse.snapshots import UNPUBLISHED, SnapshotWriter, WarehouseBusy

PIN = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
con.execute("select count(*) from main.article").fetchone()
print("open", flush=True)
sys.stdin.read()
"""


def _corpus(tmp_path):
    folder = tmp_path / "src"
    shutil.copytree(SAMPLES, folder)
    return folder


def _standby_equals_published(writer: SnapshotWriter) -> None:
    con = writer.con
    con.execute(f"attach '{writer.path}' as pub (read_only)")
    try:
        assert table_checksums(con, con.execute("select current_database()").fetchone()[0]) == (
            table_checksums(con, "pub")
        )
    finally:
        con.execute("detach pub")


def test_standby_catches_up_with_edits_deletes_and_new_files(tmp_path):
    src, path = _corpus(tmp_path), tmp_path / "w.duckdb"
    ingest(str(src), str(path))
    first = os.stat(path).st_ino
    (src / "01_city_council_budget.txt").write_text(
        "Budget vote delayed\n\nThe council met on Monday.\n"
    )
    os.remove(src / "02_high_school_football_final.txt")
    shutil.copy(SAMPLES / "03_coral_reef_study.txt", src / "18_copy.txt")
    ingest(str(src), str(path))
    assert os.stat(path.with_name("w.duckdb.standby")).st_ino == first  # swapped, not copied
    with SnapshotWriter(path) as writer:
        assert writer.synced_rows > 0
        _standby_equals_published(writer)


def test_unpublished_writes_are_undone_and_their_run_abandoned(tmp_path):
    src, path = _corpus(tmp_path), tmp_path / "w.duckdb"
    ingest(str(src), str(path))
    ingest(str(src), str(path))  # makes the standby
    with SnapshotWriter(path) as writer:  # a run that writes and dies before publishing
        writer.con.execute("delete from core.quote")
        writer.con.execute("""update meta.source_file set last_run_id = 'dead-run', sha256 = 'x'""")
        writer.con.execute(
            """insert into meta.ingest_run (run_id, source, started_at, status, extractor_version)
               values ('dead-run', 's', current_timestamp, 'running', 'v')"""
        )
    with SnapshotWriter(path) as writer:
        status, message = writer.con.execute(
            "select status, message from meta.ingest_run where run_id = 'dead-run'"
        ).fetchone()
        assert (status, message) == ("abandoned", UNPUBLISHED)
        writer.con.execute("delete from meta.ingest_run where run_id = 'dead-run'")
        _standby_equals_published(writer)


def test_one_writer_at_a_time_and_readers_are_never_locked_out(tmp_path):
    src, path = _corpus(tmp_path), tmp_path / "w.duckdb"
    ingest(str(src), str(path))
    with SnapshotWriter(path) as writer:
        with pytest.raises(WarehouseBusy, match="another run is writing"):
            SnapshotWriter(path).__enter__()
        writer.con.execute("delete from core.quote")
        with duckdb.connect(str(path), read_only=True) as reader:  # while the writer is open
            assert reader.execute("select count(*) from main.quote").fetchone()[0] > 0
        writer.publish()
    with duckdb.connect(str(path), read_only=True) as reader:
        assert reader.execute("select count(*) from main.quote").fetchone()[0] == 0


def test_a_reader_pinning_the_standby_gets_a_fresh_copy_made(tmp_path):
    src, path = _corpus(tmp_path), tmp_path / "w.duckdb"
    ingest(str(src), str(path))
    ingest(str(src), str(path))
    standby = path.with_name("w.duckdb.standby")
    pinned, published = os.stat(standby).st_ino, os.stat(path).st_ino
    reader = subprocess.Popen(  # a dashboard that opened the snapshot before the last swap
        [sys.executable, "-c", PIN, str(standby)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert reader.stdout.readline().strip() == b"open"
        result = ingest(str(src), str(path))
        assert result["status"] == "completed"
    finally:
        reader.communicate(b"", timeout=30)
    assert reader.returncode == 0
    # The writer wrote a fresh copy rather than waiting; the old published file is the standby.
    assert os.stat(path).st_ino not in (pinned, published)
    assert os.stat(standby).st_ino == published


def test_a_failed_run_publishes_only_its_run_record(tmp_path):
    src, path = _corpus(tmp_path), tmp_path / "w.duckdb"
    ingest(str(src), str(path))
    before = contract_checksums(path)
    with pytest.raises(FileNotFoundError):
        ingest(str(tmp_path / "no-such-folder"), str(path))
    assert contract_checksums(path) == before
    with duckdb.connect(str(path), read_only=True) as con:
        status, message = con.execute(
            "select status, message from main.ingest_run order by started_at desc limit 1"
        ).fetchone()
    assert status == "failed" and "source not found" in message
