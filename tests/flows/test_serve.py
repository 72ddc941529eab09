"""A served deployment on a real Prefect server runs the ingest flow when triggered."""

from __future__ import annotations

import os
import subprocess
import sys

from flows.localhost import free_port
from flows.prefect_server import prefect_server
from tests.paths import SAMPLES
from warehouse.connect import connect_reader

DEPLOYMENT = "newsdesk-ingest/newsdesk-test"


def test_served_deployment_runs_on_a_real_prefect_server(tmp_path):
    warehouse = tmp_path / "served.duckdb"
    with prefect_server(free_port(), tmp_path / "server") as api:
        env = {**os.environ, "PREFECT_API_URL": api, "NEWSDESK_STATE_DIR": str(tmp_path / "state")}
        env.pop("PREFECT_HOME", None)
        serve = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", str(SAMPLES), "--cron", "0 0 1 1 *",
             "--warehouse", str(warehouse), "--name", "newsdesk-test"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
        try:
            trigger = (
                "import sys, time\n"
                "from prefect.deployments import run_deployment\n"
                "deadline = time.monotonic() + 120\n"
                "while True:\n"
                "    try:\n"
                f"        run = run_deployment({DEPLOYMENT!r}, timeout=600)\n"
                "        break\n"
                "    except Exception:\n"
                "        if time.monotonic() > deadline: raise\n"
                "        time.sleep(2)\n"
                "print(run.state.type.value)\n"
            )
            done = subprocess.run(
                [sys.executable, "-c", trigger],
                env=env,
                capture_output=True,
                text=True,
                timeout=900,
            )
        finally:
            serve.terminate()
            serve.wait(timeout=30)
    assert done.stdout.strip().endswith("COMPLETED"), done.stderr[-2000:]
    with connect_reader(warehouse) as con:
        [(articles, runs)] = con.execute(
            "select (select count(*) from article), (select count(*) from ingest_run)"
        ).fetchall()
    assert articles >= 12
    assert runs == 1
