"""A reader process querying the marts in a loop through whole ingests never gets an error and
only ever sees finished runs: its counts step from one published run to the next."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench.corpus import build
from flows.ingest import ingest
from tests.paths import ROOT
from warehouse.connect import connect_reader

STATE_SQL = """select (select count(*) from main.article),
                      (select count(*) from main.ingest_run where status like 'completed%'),
                      (select coalesce(sum(mentions), 0) from marts.people_by_mentions),
                      (select coalesce(sum(quotes), 0) from marts.quotes_by_speaker)"""

READER = """
import json, os, sys, time
from warehouse.connect import connect_reader
path, out, stop, sql = sys.argv[1:5]
deadline = time.monotonic() + 900
with open(out, "w") as f:
    while not os.path.exists(stop) and time.monotonic() < deadline:
        if not path.startswith("ducklake:") and not os.path.exists(path):
            f.write('"absent"\\n')
        else:
            try:
                with connect_reader(path) as con:
                    f.write(json.dumps(list(con.execute(sql).fetchone())) + "\\n")
            except Exception as exc:
                f.write(json.dumps({"error": f"{type(exc).__name__}: {exc}"}) + "\\n")
        f.flush()
        time.sleep(0.05)
"""


def _state(path) -> list[int]:
    with connect_reader(path) as con:
        return list(con.execute(STATE_SQL).fetchone())


def test_a_reader_in_a_loop_sees_only_finished_runs_and_no_errors(tmp_path):
    src, path = tmp_path / "src", tmp_path / "w.duckdb"
    out, stop = tmp_path / "reads.jsonl", tmp_path / "stop"
    build(src, 80)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(path), str(out), str(stop), STATE_SQL], env=env
    )
    try:
        ingest(str(src), str(path), batch_size=8)
        first = _state(path)
        build(src, 160)  # 80 more articles (the first 80 come back unchanged)
        ingest(str(src), str(path), batch_size=8)
        second = _state(path)
    finally:
        stop.touch()
        reader.wait(timeout=60)
    reads = [json.loads(line) for line in out.read_text().splitlines()]
    errors = [r for r in reads if isinstance(r, dict)]
    assert not errors, errors[:3]
    assert first[0] == 80 and second[0] == 160
    seen = [r for r in reads if r != "absent"]
    assert "absent" in reads and first in seen and second in seen, "the reader missed a run"
    # Never a partial run: only published states, in order.
    steps = [s for i, s in enumerate(seen) if i == 0 or s != seen[i - 1]]
    assert steps == [first, second], steps
