"""A run killed (SIGKILL) at a random moment leaves a consistent warehouse; the killed run is
marked abandoned, and the next run converges to what a clean run builds."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import duckdb

from flows.ingest import ingest
from tests.paths import SAMPLES

CONTENT = {
    "article": "select article_id, content_sha256, title, body_text from main.article",
    "person_mention": "select mention_id, person_id, char_start, char_end from main.person_mention",
    "quote": "select quote_id, char_start, char_end, speaker_person_id from main.quote",
    "person": "select person_id, canonical_name from main.person",
    "author": "select author_id, name, role from main.author",
}


def checksums(path) -> dict[str, tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            name: con.execute(f"select count(*), sum(hash(t)) from ({sql}) t").fetchone()
            for name, sql in CONTENT.items()
        }


def test_killed_runs_leave_the_last_state_and_the_next_run_converges(tmp_path):
    clean = tmp_path / "clean.duckdb"
    ingest(str(SAMPLES), str(clean))
    crashed = tmp_path / "crashed.duckdb"
    env = {**os.environ, "NEWSDESK_STATE_DIR": str(tmp_path / "state"), "NEWSDESK_BATCH_SIZE": "2"}
    env.pop("PREFECT_HOME", None)
    rng = random.Random(5)
    kills = 0
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "ingest", str(SAMPLES), "--warehouse", str(crashed),
             "--no-progress"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        wal = crashed.with_name(crashed.name + ".wal")
        deadline = time.monotonic() + 120
        while not wal.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # the run has started writing once the write-ahead log appears
        time.sleep(rng.uniform(0, 8))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1, "no run was still going when the kill came: raise the delays"
    last = ingest(str(SAMPLES), str(crashed))
    assert last["status"] in ("completed", "completed with rejections")
    assert checksums(crashed) == checksums(clean)
    with duckdb.connect(str(crashed), read_only=True) as con:
        statuses = [r[0] for r in con.execute("select status from main.ingest_run").fetchall()]
    assert "running" not in statuses
    assert statuses.count("abandoned") >= 1
