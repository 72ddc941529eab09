"""Several processes on one lake: two ingests writing at once both finish with nothing lost or
doubled, and a reader polling through an ingest sees only whole runs, never an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench.corpus import build
from flows.ingest import ingest
from tests.flows.test_read_while_write import READER, STATE_SQL
from tests.paths import ROOT
from tests.warehouse_state import contract_checksums, contract_checksums_of
from warehouse.connect import connect_reader

KEYS = {
    "main.article": "article_id",
    "main.person_mention": "mention_id",
    "main.quote": "quote_id",
    "main.person": "person_id",
    "main.author": "author_id",
}


def _ingest_cli(source, lake, tmp_path, name) -> subprocess.Popen:
    env = {**os.environ, "NEWSDESK_STATE_DIR": str(tmp_path / f"state-{name}")}
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "ingest", str(source), "--warehouse", lake.target,
         "--lake-data", str(lake.data), "--batch-size", "6", "--no-progress"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_two_writers_at_once_both_finish_and_lose_or_double_nothing(lake, tmp_path):
    first, second = build(tmp_path / "first", 30), build(tmp_path / "second", 30)
    writers = [_ingest_cli(src, lake, tmp_path, src.name) for src in (first, second)]
    outputs = [w.communicate(timeout=900) for w in writers]
    for w, (out, err) in zip(writers, outputs, strict=True):
        assert w.returncode == 0, err[-2000:]
        assert "30 loaded" in " ".join(out.split()) and "Traceback" not in err
    # The same two sources, one after the other, into a file: the reference.
    reference = tmp_path / "reference.duckdb"
    ingest(str(first), str(reference), batch_size=6)
    ingest(str(second), str(reference), batch_size=6)
    with connect_reader(lake.target) as con:
        for view, key in KEYS.items():
            rows, distinct = con.execute(
                f"select count(*), count(distinct {key}) from {view}"
            ).fetchone()
            assert rows == distinct, f"{view}: {rows - distinct} rows doubled"
        assert con.execute("select count(*) from main.article").fetchone()[0] == 60
        # A run that lost a commit race is recorded failed and run again.
        runs = [s for (s,) in con.execute("select status from main.ingest_run").fetchall()]
        assert runs.count("completed") == 2 and set(runs) <= {"completed", "failed"}
        assert contract_checksums_of(con) == contract_checksums(reference)


def test_a_reader_polling_the_lake_sees_only_whole_runs(lake, tmp_path):
    src, out, stop = build(tmp_path / "src", 40), tmp_path / "reads.jsonl", tmp_path / "stop"
    ingest(str(src), lake.target, batch_size=8, lake_data=str(lake.data))
    with connect_reader(lake.target) as con:
        first = list(con.execute(STATE_SQL).fetchone())
    build(src, 80)  # 40 more articles
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, lake.target, str(out), str(stop), STATE_SQL], env=env
    )
    try:
        ingest(str(src), lake.target, batch_size=8)
        with connect_reader(lake.target) as con:
            second = list(con.execute(STATE_SQL).fetchone())
    finally:
        stop.touch()
        reader.wait(timeout=120)
    reads = [json.loads(line) for line in out.read_text().splitlines()]
    assert reads and not [r for r in reads if isinstance(r, dict)], reads[:3]
    assert first[0] == 40 and second[0] == 80
    # Only whole runs, in order: the 40 new articles arrive in one step (5 batches, 1 commit).
    steps = [s for i, s in enumerate(reads) if i == 0 or s != reads[i - 1]]
    assert steps == [first, second], steps
