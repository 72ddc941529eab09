"""The same flow on a Dask cluster writing into a DuckLake: a real Prefect server, a Dask
scheduler, two workers and a PostgreSQL catalog as separate processes (the shape of a
multi-machine deployment) build the same tables as a local run into an embedded file, and every
worker loads the model once and does part of the work."""

from __future__ import annotations

import os
import subprocess
import sys

from distributed import Client

from bench.corpus import build
from flows.ingest import ingest
from flows.localhost import dask_cluster, free_port
from flows.prefect_server import prefect_server
from tests.warehouse_state import contract_checksums, contract_checksums_of
from warehouse.connect import connect_reader

ARTICLES, BATCH = 200, 16


def _model_loads() -> int:
    import transforms.nlp

    return transforms.nlp.load_model.cache_info().currsize


def test_a_dask_cluster_fills_a_lake_as_a_local_run_fills_a_file(tmp_path, lake):
    src = build(tmp_path / "src", ARTICLES)
    local = tmp_path / "local.duckdb"
    ingest(str(src), str(local), batch_size=BATCH)
    with prefect_server(free_port(), tmp_path / "server") as api:
        env = {**os.environ, "PREFECT_API_URL": api, "NEWSDESK_STATE_DIR": str(tmp_path / "state")}
        env.pop("PREFECT_HOME", None)
        with dask_cluster(2, env) as address, Client(address, timeout="60s") as client:
            run = subprocess.run(
                [sys.executable, "-m", "flows.cli", "ingest", str(src), "--warehouse",
                 lake.target, "--lake-data", str(lake.data), "--cluster", address,
                 "--batch-size", str(BATCH), "--no-progress"],
                env=env, capture_output=True, text=True, timeout=900,
            )  # fmt: skip
            assert run.returncode == 0, run.stderr[-2000:]
            loads = client.run(_model_loads)
    assert sorted(loads.values()) == [1, 1], loads  # both workers worked; one model each
    assert f"{ARTICLES} loaded" in " ".join(run.stdout.split())
    with connect_reader(lake.target) as con:
        assert contract_checksums_of(con) == contract_checksums(local)
