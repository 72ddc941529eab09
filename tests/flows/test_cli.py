"""The CLI as a user runs it: one summary line on success, one error line on failure."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.paths import SAMPLES


def newsdesk(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSDESK_STATE_DIR": str(cwd / "state")}
    env.pop("PREFECT_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=600,
    )  # fmt: skip


def test_ingest_then_status_and_sql_read_only(tmp_path):
    wh = str(tmp_path / "w.duckdb")
    run = newsdesk("ingest", str(SAMPLES), "--warehouse", wh, "--no-progress", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "completed with rejections" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
    strict = newsdesk(
        "ingest", str(SAMPLES), "--warehouse", wh, "--strict", "--no-progress", cwd=tmp_path
    )
    assert strict.returncode == 0  # nothing rejected this time: both bad files are unchanged
    status = newsdesk("status", "--warehouse", wh, cwd=tmp_path)
    assert status.returncode == 0 and "Rosa Delgado" in status.stdout
    csv = newsdesk(
        "sql", "select count(*) as n from article", "--warehouse", wh, "--csv", cwd=tmp_path
    )
    assert csv.stdout.splitlines() == ["n", "15"]
    write = newsdesk("sql", "delete from core.article", "--warehouse", wh, cwd=tmp_path)
    assert write.returncode == 1 and "read-only" in write.stderr.lower()


def test_strict_exits_non_zero_on_rejections(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    run = newsdesk(
        "ingest",
        str(src),
        "--warehouse",
        str(tmp_path / "w.duckdb"),
        "--strict",
        "--no-progress",
        cwd=tmp_path,
    )
    assert run.returncode == 2
    assert "1 rejected" in " ".join(run.stdout.split())


def test_missing_source_prints_one_clear_error(tmp_path):
    run = newsdesk(
        "ingest", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb"), cwd=tmp_path
    )
    assert run.returncode == 1
    assert "source not found" in run.stderr
    assert "Traceback" not in run.stderr
