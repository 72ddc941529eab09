"""`make bench-scale`: the cluster and lake paths beside the local default, on the same corpus in
the same run. Starts its own PostgreSQL (the lake catalog), Prefect server, Dask scheduler and
two Dask workers on loopback, runs the real flow four ways and prints articles/s, per-worker
throughput, the Prefect + Dask cost per batch and the commit (publish) latency of a lake vs the
embedded file. Writes every figure to JSON."""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

from bench import corpus
from bench.run import WORK, run_flow
from flows.localhost import dask_cluster, free_port
from flows.postgres_server import create_database, postgres_server
from flows.prefect_server import prefect_server
from warehouse.lake import compact

WORKER_STAGES = ("read_hash", "read_parse", "nlp", "people", "quotes", "frames", "validate")


def figures(result: dict, articles: int, batch: int) -> dict:
    stages = result["stage_seconds"]
    compute = sum(stages.get(s, 0.0) for s in WORKER_STAGES)
    batches = -(-articles // batch)
    return {
        "wall_seconds": result["wall_seconds"],
        "articles_per_second": round(articles / result["wall_seconds"], 2),
        "compute_seconds": round(compute, 2),
        "articles_per_worker_second": round(articles / compute, 2) if compute else None,
        "publish_seconds": stages.get("publish"),
        "load_seconds_per_batch": round(stages.get("load", 0.0) / batches, 4),
        "peak_rss_mb": result["peak_rss_mb"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=160)
    parser.add_argument("--batch", type=int, default=16, help="files per batch")
    parser.add_argument("--out", type=Path, default=corpus.ROOT / "bench" / "scale_results.json")
    args = parser.parse_args()
    n, size = args.articles, args.batch
    WORK.mkdir(exist_ok=True)
    src = corpus.build(WORK / f"corpus-{n}", n)
    state = WORK / "scale-state"
    batch = {"NEWSDESK_BATCH_SIZE": str(size)}
    runs: dict[str, dict] = {}
    for f in WORK.glob("scale-*.duckdb*"):
        f.unlink()
    print(f"[{n} articles] local workers → embedded file …", flush=True)
    runs["local_file"] = run_flow(src, WORK / "scale-local.duckdb", state, env=batch)
    with postgres_server(free_port()) as dsn:
        lake_data = WORK / "scale-lake-data"
        shutil.rmtree(lake_data, ignore_errors=True)
        lake = f"ducklake:postgres:{create_database(dsn, 'bench_local')}"
        print(f"[{n} articles] local workers → DuckLake on PostgreSQL …", flush=True)
        runs["local_lake"] = run_flow(
            src, lake, state, env={**batch, "NEWSDESK_LAKE_DATA": str(lake_data)}
        )
        compact_seconds = compact(lake)  # inlined small inserts → Parquet, before measuring
        with prefect_server(free_port(), WORK / "scale-prefect") as api:
            env = {**os.environ, "PREFECT_API_URL": api, "NEWSDESK_STATE_DIR": str(state)}
            env.pop("PREFECT_HOME", None)
            with dask_cluster(2, env) as address:
                cluster = {**batch, "PREFECT_API_URL": api, "NEWSDESK_CLUSTER": address}
                print(f"[{n} articles] 2 Dask workers → embedded file …", flush=True)
                runs["dask_file"] = run_flow(src, WORK / "scale-dask.duckdb", state, env=cluster)
                lake2 = f"ducklake:postgres:{create_database(dsn, 'bench_dask')}"
                shutil.rmtree(lake_data.with_name("scale-lake-data-2"), ignore_errors=True)
                print(f"[{n} articles] 2 Dask workers → DuckLake …", flush=True)
                runs["dask_lake"] = run_flow(
                    src, lake2, state,
                    env={**cluster, "NEWSDESK_LAKE_DATA": str(lake_data.with_name("scale-lake-data-2"))},
                )  # fmt: skip
    table = {name: figures(r, n, size) for name, r in runs.items()}
    files = list(lake_data.rglob("*.parquet"))
    parquet, lake_mb = len(files), sum(f.stat().st_size for f in files) / 2**20
    local, dask = table["local_file"], table["dask_file"]
    batches = -(-n // size)
    summary = {
        "articles": n,
        "batch_size": size,
        "runs": table,
        "dask_minus_local_seconds_per_batch": round(
            (dask["wall_seconds"] - local["wall_seconds"]) / batches, 3
        ),
        "lake_vs_file_publish": [table["local_lake"]["publish_seconds"], local["publish_seconds"]],
        "lake_parquet_files_per_batch": round(parquet / batches, 1),
        "lake_data_mb": round(lake_mb, 2),
        "lake_compact_seconds": round(compact_seconds, 2),
        "file_warehouse_mb": runs["local_file"]["warehouse_mb"],
        "stage_seconds": {name: r["stage_seconds"] for name, r in runs.items()},
    }
    args.out.write_text(json.dumps(summary, indent=2))
    keys = list(local)
    print(f"\n{'':28}" + "".join(f"{k:>14}" for k in table))
    for k in keys:
        print(f"  {k:26}" + "".join(f"{table[r][k]!s:>14}" for r in table))
    print(f"\nDask vs local, wall time per batch of {size}: "
          f"{summary['dask_minus_local_seconds_per_batch']:+} s")  # fmt: skip
    print(f"Lake compaction (newsdesk compact): {summary['lake_compact_seconds']} s")
    print(f"Parquet files written to the lake per batch: {summary['lake_parquet_files_per_batch']}"
          f" ({summary['lake_data_mb']} MB of Parquet; the embedded file: "
          f"{summary['file_warehouse_mb']} MB)")  # fmt: skip
    print(f"all figures: {args.out}")


if __name__ == "__main__":
    main()
