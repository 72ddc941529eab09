"""`make bench` / `make bench-quick`: the real flow against spaCy alone and a naive pipeline,
on the same articles, in the same run; plus rescans of many unchanged files. Prints a table and
writes every figure to JSON."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from bench import corpus, references

WORK = corpus.ROOT / ".bench"
MAIN_THREAD_STAGES = ("open_sync", "discover", "wait_for_workers", "load", "publish")


def run_flow(
    source: Path, warehouse: Path | str, state: Path = WORK / "state", env: dict | None = None
) -> dict:
    """The real flow in a fresh process (bench.run_flow): its result with peak RSS. ENV adds
    settings (NEWSDESK_CLUSTER, NEWSDESK_LAKE_DATA, PREFECT_API_URL)."""
    env = {**os.environ, "NEWSDESK_STATE_DIR": str(state), **(env or {})}
    out = subprocess.run(
        [sys.executable, "-m", "bench.run_flow", str(source), str(warehouse)],
        cwd=corpus.ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def body_words(warehouse: Path) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return int(
            con.execute("select coalesce(sum(word_count), 0) from main.article").fetchone()[0]
        )


def bench_size(n: int, reference_cap: int) -> dict:
    folder = corpus.build(WORK / f"corpus-{n}", n)
    warehouse = WORK / f"bench-{n}.duckdb"
    warehouse.unlink(missing_ok=True)
    print(f"[{n} articles] pipeline …", flush=True)
    flow = run_flow(folder, warehouse)
    words = body_words(warehouse)
    stages = flow["stage_seconds"]
    ours_main = sum(stages.get(s, 0.0) for s in MAIN_THREAD_STAGES)
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))[:reference_cap]]
    print(f"[{n} articles] references on {len(texts)} of them …", flush=True)
    full = references.spacy_bound(texts, ner_only=False)
    ner = references.spacy_bound(texts, ner_only=True)
    naive = references.naive_baseline(texts[: min(len(texts), 300)], str(WORK / "naive.duckdb"))
    wall = flow["wall_seconds"]
    pipeline_wps = words / wall
    return {
        "articles": n,
        "words": words,
        "wall_seconds": wall,
        "articles_per_second": round(n / wall, 2),
        "words_per_second": round(pipeline_wps),
        "peak_rss_mb": flow["peak_rss_mb"],
        "warehouse_mb": flow["warehouse_mb"],
        "stage_seconds": stages,
        "prefect_and_startup_seconds": round(wall - ours_main, 2),
        "prefect_and_startup_share": round((wall - ours_main) / wall, 3),
        "spacy_full_bound_wps": round(full),
        "spacy_ner_only_bound_wps": round(ner),
        "naive_baseline_wps": round(naive),
        "ratio_to_full_bound": round(pipeline_wps / full, 3),
        "ratio_to_ner_bound": round(pipeline_wps / ner, 3),
        "ratio_to_naive": round(pipeline_wps / naive, 2),
    }


def bench_rescan(n: int) -> dict:
    """A scheduled re-run over n unchanged files, then with one of them changed. The first
    ingest is simulated by recording the files as loaded (size and mtime as on disk)."""
    folder = corpus.build_tiny(WORK / f"tiny-{n}", n)
    warehouse = WORK / f"rescan-{n}.duckdb"
    warehouse.unlink(missing_ok=True)
    seed = WORK / "seed-only"
    shutil.rmtree(seed, ignore_errors=True)
    seed.mkdir()
    run_flow(seed, warehouse)  # creates and migrates the file
    rows = [
        (str(p), p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime, UTC))
        for p in sorted(folder.iterdir())
    ]
    with duckdb.connect(str(warehouse)) as con:
        con.execute("set timezone = 'UTC'")
        con.executemany(
            """insert into meta.source_file (source_uri, sha256, size_bytes, modified_at, status,
               first_run_id, last_run_id, updated_at)
               values (?, repeat('0', 64), ?, ?, 'loaded', 'bench', 'bench', now())""",
            rows,
        )
    unchanged = run_flow(folder, warehouse)
    victim = sorted(folder.iterdir())[n // 2]
    victim.write_text("Changed Title\n\n“A change,” said Ana Kowal.\n", "utf-8")
    one_changed = run_flow(folder, warehouse)
    return {
        "files": n,
        "unchanged_wall_seconds": unchanged["wall_seconds"],
        "unchanged_discover_seconds": unchanged["stage_seconds"].get("discover"),
        "one_changed_wall_seconds": one_changed["wall_seconds"],
        "one_changed_loaded": one_changed["files_loaded"],
    }


def fixed_cost() -> float:
    empty = WORK / "empty-source"
    empty.mkdir(parents=True, exist_ok=True)
    wh = WORK / "fixed.duckdb"
    wh.unlink(missing_ok=True)
    start = time.perf_counter()
    run_flow(empty, wh)
    return round(time.perf_counter() - start, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200 articles and 10k rescans")
    parser.add_argument("--out", type=Path, default=corpus.ROOT / "bench" / "results.json")
    args = parser.parse_args()
    sizes, rescan, cap = ([200], 10_000, 200) if args.quick else ([1_000, 10_000], 100_000, 1_000)
    WORK.mkdir(exist_ok=True)
    results = {
        "machine": {"cores": os.cpu_count()},
        "fixed_cost_seconds": fixed_cost(),
        "sizes": [bench_size(n, cap) for n in sizes],
        "rescan": bench_rescan(rescan),
    }
    args.out.write_text(json.dumps(results, indent=2))
    print_table(results)
    print(f"\nall figures: {args.out}")


def print_table(r: dict) -> None:
    print(
        f"\nfixed cost of a run (Prefect start, model load, migrations): {r['fixed_cost_seconds']} s"
    )
    keys = [
        "articles", "wall_seconds", "articles_per_second", "words_per_second", "peak_rss_mb",
        "warehouse_mb", "prefect_and_startup_share", "spacy_full_bound_wps",
        "spacy_ner_only_bound_wps", "naive_baseline_wps", "ratio_to_full_bound",
        "ratio_to_ner_bound", "ratio_to_naive",
    ]  # fmt: skip
    for size in r["sizes"]:
        print()
        for k in keys:
            print(f"  {k:28} {size[k]}")
        print("  stage seconds (summed over workers):")
        for stage, sec in sorted(size["stage_seconds"].items(), key=lambda kv: -kv[1]):
            print(f"    {stage:24} {sec}")
    rs = r["rescan"]
    print(f"\nrescan of {rs['files']} unchanged files: {rs['unchanged_wall_seconds']} s "
          f"(discover {rs['unchanged_discover_seconds']} s); with one changed: "
          f"{rs['one_changed_wall_seconds']} s, {rs['one_changed_loaded']} loaded")  # fmt: skip


if __name__ == "__main__":
    main()
