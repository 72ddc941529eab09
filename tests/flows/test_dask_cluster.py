"""The same flow on a Dask cluster: a real Prefect server, a Dask scheduler and two workers as
separate processes (the shape of a multi-machine deployment) build the same warehouse as a
local run, and every worker loads the model once and does part of the work."""

from __future__ import annotations

import os
import subprocess
import sys

from distributed import Client

from bench.corpus import build
from flows.ingest import ingest
from flows.prefect_server import prefect_server
from tests.net import free_port
from tests.warehouse_state import contract_checksums


def _model_loads() -> int:
    import transforms.nlp

    return transforms.nlp.load_model.cache_info().currsize


def _spawn(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", *args], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_dask_cluster_builds_the_same_warehouse_as_a_local_run(tmp_path):
    src = build(tmp_path / "src", 24)
    local, clustered = tmp_path / "local.duckdb", tmp_path / "cluster.duckdb"
    ingest(str(src), str(local), batch_size=4)
    with prefect_server(free_port(), tmp_path / "server") as api:
        env = {**os.environ, "PREFECT_API_URL": api, "NEWSDESK_STATE_DIR": str(tmp_path / "state")}
        env.pop("PREFECT_HOME", None)
        port = free_port()
        address = f"tcp://127.0.0.1:{port}"
        scheduler = ["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", str(port),
                     "--dashboard-address", f"127.0.0.1:{free_port()}"]  # fmt: skip
        worker = ["distributed.cli.dask_worker", address, "--nworkers", "1", "--nthreads", "1",
                  "--no-dashboard"]  # fmt: skip
        services = [_spawn(scheduler, env), _spawn(worker, env), _spawn(worker, env)]
        try:
            with Client(address, timeout="60s") as client:
                client.wait_for_workers(2, timeout=120)
                run = subprocess.run(
                    [sys.executable, "-m", "flows.cli", "ingest", str(src), "--warehouse",
                     str(clustered), "--cluster", address, "--batch-size", "4", "--no-progress"],
                    env=env, capture_output=True, text=True, timeout=900,
                )  # fmt: skip
                assert run.returncode == 0, run.stderr[-2000:]
                loads = client.run(_model_loads)
        finally:
            for proc in reversed(services):
                proc.terminate()
                proc.wait(timeout=30)
    assert sorted(loads.values()) == [1, 1], loads  # both workers worked; one model each
    assert contract_checksums(clustered) == contract_checksums(local)
