"""Runs killed (SIGKILL) at random moments, 20 times, never change the published warehouse;
the killed runs end up recorded as abandoned, and the next run converges to what a clean run
builds from the same input."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import duckdb

from flows.ingest import ingest
from flows.localhost import free_port
from flows.prefect_server import prefect_server
from tests.paths import SAMPLES
from tests.warehouse_state import contract_checksums

TRIALS = 20


def _edit(src, rng: random.Random, trial: int) -> None:
    """Give the next run work to do: change two articles."""
    for path in rng.sample(sorted(src.glob("0*.txt")), 2):
        with path.open("a", encoding="utf-8") as f:
            f.write(f"\nCouncillor Dana Reyes said in update {trial}: “We are still counting.”\n")


def _published_runs(path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {r[0] for r in con.execute("select run_id from main.ingest_run").fetchall()}


def test_killed_runs_leave_the_published_state_and_the_next_run_converges(tmp_path):
    src = tmp_path / "src"
    shutil.copytree(SAMPLES, src)
    crashed = tmp_path / "crashed.duckdb"
    rng = random.Random(5)
    outcomes = {"killed": 0, "finished": 0}
    with prefect_server(free_port(), tmp_path / "server") as api:
        env = {**os.environ, "PREFECT_API_URL": api, "NEWSDESK_BATCH_SIZE": "2"}
        env["NEWSDESK_STATE_DIR"] = str(tmp_path / "state")
        env.pop("PREFECT_HOME", None)
        command = [sys.executable, "-m", "flows.cli", "ingest", str(src), "--warehouse",
                   str(crashed), "--no-progress"]  # fmt: skip
        subprocess.run(command, env=env, check=True, capture_output=True)
        _edit(src, rng, -1)  # how long a run with the trials' amount of work takes
        started = time.monotonic()
        subprocess.run(command, env=env, check=True, capture_output=True)
        one_run = time.monotonic() - started
        published, runs = contract_checksums(crashed), _published_runs(crashed)
        for trial in range(TRIALS):
            _edit(src, rng, trial)
            proc = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,
            )  # fmt: skip
            try:
                proc.wait(timeout=rng.uniform(0.3, one_run))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            if proc.returncode == 0 or _published_runs(crashed) != runs:
                # Finished, or killed after its publish (the rename is the commit point).
                outcomes["finished"] += 1
                published, runs = contract_checksums(crashed), _published_runs(crashed)
            else:
                outcomes["killed"] += 1
                assert contract_checksums(crashed) == published, f"trial {trial} changed it"
    assert outcomes["killed"] >= TRIALS // 2, outcomes
    last = ingest(str(src), str(crashed))
    assert last["status"] in ("completed", "completed with rejections")
    clean = tmp_path / "clean.duckdb"
    ingest(str(src), str(clean))
    assert contract_checksums(crashed) == contract_checksums(clean)
    with duckdb.connect(str(crashed), read_only=True) as con:
        statuses = [r[0] for r in con.execute("select status from main.ingest_run").fetchall()]
    assert "running" not in statuses
    assert statuses.count("abandoned") >= 1
