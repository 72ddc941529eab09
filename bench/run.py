"""`make bench` / `make bench-quick`: the real flow against spaCy alone and a naive pipeline,
on the same articles, in the same run; plus rescans of many unchanged files. Prints a table and
writes every figure to JSON."""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from statistics import median

import duckdb
import polars as pl

from bench import corpus, references
from flows.prefect_server import prefect_server
from transforms import EXTRACTOR_VERSION

WORK = corpus.ROOT / ".bench"
MAIN_THREAD_STAGES = ("open_sync", "discover", "wait_for_workers", "load", "publish")
REPEAT_MAX_ARTICLES = 1_000
RUN_KEYS = (
    "wall_seconds", "words_per_second", "peak_rss_mb", "prefect_and_startup_share",
    "workers_busy_share",
    "spacy_full_bound_wps", "spacy_ner_only_bound_wps", "naive_baseline_wps",
    "ratio_to_full_bound", "ratio_to_ner_bound", "ratio_to_naive", "load_average_at_end",
)  # fmt: skip


def run_flow(
    source: Path,
    warehouse: Path | str,
    state: Path = WORK / "state",
    api: str | None = None,
    env: dict | None = None,
) -> dict:
    """The real flow in a fresh process (bench.run_flow): its result with peak RSS. Without
    API, the run starts its own Prefect API (a one-off ingest); with it, it uses that server
    (a scheduled run under `newsdesk serve`). ENV adds settings (NEWSDESK_CLUSTER, …)."""
    env = {
        **os.environ, "NEWSDESK_STATE_DIR": str(state), "PREFECT_HOME": str(state / "prefect"),
        **(env or {}),
    }  # fmt: skip
    if api:
        env["PREFECT_API_URL"] = api
    out = subprocess.run(
        [sys.executable, "-m", "bench.run_flow", str(source), str(warehouse)],
        cwd=corpus.ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_size(n: int, reference_cap: int, repeat: int = 1) -> dict:
    """The pipeline and the references on n articles, ``repeat`` times: the median of every
    figure, and each run's own figures under "runs"."""
    folder = corpus.build(WORK / f"corpus-{n}", n)
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    words = references.words(texts)  # one count of the same texts for ours and the references
    runs = [_bench_once(n, folder, words, texts[:reference_cap], k, repeat) for k in range(repeat)]
    if repeat == 1:
        return runs[0]
    result: dict = {}
    for key, value in runs[0].items():
        if isinstance(value, (int, float)):
            mid = median(r[key] for r in runs)
            result[key] = round(mid) if isinstance(value, int) else round(mid, 3)
        elif key == "stage_seconds":
            stages = {s for r in runs for s in r[key]}
            result[key] = {s: round(median(r[key].get(s, 0.0) for r in runs), 3) for s in stages}
        else:
            result[key] = value
    result["runs"] = [{k: r[k] for k in RUN_KEYS} for r in runs]
    return result


def _bench_once(n: int, folder: Path, words: int, texts: list[str], k: int, repeat: int) -> dict:
    warehouse = WORK / f"bench-{n}.duckdb"
    warehouse.unlink(missing_ok=True)
    of = f" (run {k + 1} of {repeat})" if repeat > 1 else ""
    model = references.load()  # loaded once for the full bound and the naive baseline
    models = (model, references.load(ner_only=True))
    # The references run on half their texts just before the pipeline and on the other half
    # just after, so a change in the machine's speed during the run weighs on both sides.
    halves = (texts[: len(texts) // 2], texts[len(texts) // 2 :])
    print(f"[{n} articles] references on {len(halves[0])} of them{of} …", flush=True)
    before = _references(halves[0], *models)
    print(f"[{n} articles] pipeline{of} …", flush=True)
    begun = time.perf_counter()
    flow = run_flow(folder, warehouse)
    stages = flow["stage_seconds"]
    ours_main = sum(stages.get(s, 0.0) for s in MAIN_THREAD_STAGES)
    print(f"[{n} articles] references on {len(halves[1])} more{of} …", flush=True)
    started = time.perf_counter()
    after = _references(halves[1], *models)
    references_seconds = time.perf_counter() - started + before["seconds"]
    full, ner, naive = (
        (before[kind][0] + after[kind][0]) / (before[kind][1] + after[kind][1])
        for kind in ("full", "ner", "naive")
    )
    wall = flow["wall_seconds"]
    pipeline_wps = words / wall
    return {
        "articles": n,
        "words": words,
        "wall_seconds": wall,
        "articles_per_second": round(n / wall, 2),
        "words_per_second": round(pipeline_wps),
        "peak_rss_mb": flow["peak_rss_mb"],
        # this process (the flow and its loads), then its children (workers, Prefect's API)
        "peak_rss_mb_by_process": flow["peak_rss_mb_by_process"],
        "warehouse_mb": flow["warehouse_mb"],
        "stage_seconds": stages,
        "prefect_and_startup_seconds": round(wall - ours_main, 2),
        "prefect_and_startup_share": round((wall - ours_main) / wall, 3),
        # the extraction stages' seconds over what the cores could give in the run's wall time
        "workers_busy_share": round(
            sum(v for s, v in stages.items() if s not in MAIN_THREAD_STAGES)
            / ((os.cpu_count() or 1) * wall),
            3,
        ),
        "spacy_full_bound_wps": round(full),
        "spacy_ner_only_bound_wps": round(ner),
        "naive_baseline_wps": round(naive),
        "ratio_to_full_bound": round(pipeline_wps / full, 3),
        "ratio_to_ner_bound": round(pipeline_wps / ner, 3),
        "ratio_to_naive": round(pipeline_wps / naive, 2),
        "load_average_at_end": round(os.getloadavg()[0], 2),
        "bench_seconds": {"pipeline": round(started - begun, 1),
                          "references": round(references_seconds, 1)},
        # words per second of the references' halves: (full, NER-only, naive), before / after
        "reference_halves_wps": [
            [round(half[kind][0] / half[kind][1]) for kind in ("full", "ner", "naive")]
            for half in (before, after)
        ],
    }  # fmt: skip


def _references(texts: list[str], model, ner_model) -> dict:
    """(words, seconds) of each reference over the texts (the naive one over a third of
    them: it is slow), and under "seconds" the time it all took."""
    started = time.perf_counter()
    few = texts[: len(texts) // 3]
    rates = {
        "full": (texts, references.spacy_bound(texts, ner_only=False, nlp=model)),
        "ner": (texts, references.spacy_bound(texts, ner_only=True, nlp=ner_model)),
        "naive": (few, references.naive_baseline(few, str(WORK / "naive.duckdb"), model)),
    }
    out: dict = {}
    for kind, (some, wps) in rates.items():
        words = references.words(some)
        out[kind] = (words, words / wps)
    out["seconds"] = time.perf_counter() - started
    return out


def bench_rescan(n: int) -> dict:
    """A scheduled re-run over n unchanged files, then with one of them changed. The first
    ingest is simulated by recording the files as loaded (size and mtime as on disk)."""
    folder = corpus.build_tiny(WORK / f"tiny-{n}", n)
    warehouse = WORK / f"rescan-{n}.duckdb"
    warehouse.unlink(missing_ok=True)
    fixed = empty_run(warehouse)  # creates and migrates the file
    paths = sorted(folder.iterdir())
    stats = [p.stat() for p in paths]
    files = pl.DataFrame({  # noqa: F841 (read by the insert below)
        "source_uri": [str(p) for p in paths],
        "size_bytes": [st.st_size for st in stats],
        "modified_at": [datetime.fromtimestamp(st.st_mtime, UTC) for st in stats],
    })  # fmt: skip
    with duckdb.connect(str(warehouse)) as con:
        con.execute("set timezone = 'UTC'")
        # The seeding run, as if by this extractor version (else every file would be redone).
        con.execute(
            """insert into meta.ingest_run (run_id, source, started_at, ended_at, status,
               extractor_version) values ('bench', ?, now(), now(), 'completed', ?)""",
            [str(folder), EXTRACTOR_VERSION],
        )
        con.execute(
            """insert into meta.source_file (source_uri, sha256, size_bytes, modified_at, status,
               first_run_id, last_run_id, updated_at)
               select source_uri, repeat('0', 64), size_bytes, modified_at, 'loaded', 'bench',
                      'bench', now() from files"""
        )
    # Written outside a run: the next run must start from a full copy of this published file.
    for stale in WORK.glob(f"rescan-{n}.duckdb.standby*"):
        stale.unlink()
    # Scheduled re-runs: the Prefect server is already up, as under `newsdesk serve`.
    with prefect_server(_free_port(), WORK / "server") as api:
        unchanged = run_flow(folder, warehouse, api=api)
        victim = sorted(folder.iterdir())[n // 2]
        victim.write_text(
            f"Changed Title\n\n“A change at {time.time()},” said Ana Kowal.\n", "utf-8"
        )
        one_changed = run_flow(folder, warehouse, api=api)
    return {
        "files": n,
        "fixed_cost": fixed,
        "unchanged_wall_seconds": unchanged["wall_seconds"],
        "unchanged_loaded": unchanged["files_loaded"],
        "unchanged_startup_seconds": unchanged["startup_seconds"],
        "unchanged_stage_seconds": unchanged["stage_seconds"],
        "unchanged_discover_seconds": unchanged["stage_seconds"].get("discover"),
        "one_changed_wall_seconds": one_changed["wall_seconds"],
        "one_changed_loaded": one_changed["files_loaded"],
        "one_changed_stage_seconds": one_changed["stage_seconds"],
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def empty_run(warehouse: Path) -> dict:
    """A run over an empty source into a new warehouse: the fixed cost of a run, measured from
    outside the process, and what it consists of."""
    empty = WORK / "empty-source"
    empty.mkdir(parents=True, exist_ok=True)
    for old in WORK.glob(f"{warehouse.name}*"):
        old.unlink()
    start = time.perf_counter()
    result = run_flow(empty, warehouse)
    return {
        "process_seconds": round(time.perf_counter() - start, 2),
        "in_process_seconds": result["wall_seconds"],
        **{f"{k}_seconds": v for k, v in result["startup_seconds"].items()},
        "stage_seconds": result["stage_seconds"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="200 articles and 10k rescans")
    parser.add_argument("--sizes", type=int, nargs="+", help="article counts (default 1k 10k)")
    parser.add_argument("--rescan", type=int, help="files in the rescan (default 100k)")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help=f"runs per size of up to {REPEAT_MAX_ARTICLES:,} articles (medians); larger: one",
    )  # fmt: skip
    parser.add_argument("--out", type=Path, default=corpus.ROOT / "bench" / "results.json")
    args = parser.parse_args()
    sizes, rescan, cap = ([200], 10_000, 100) if args.quick else ([1_000, 10_000], 100_000, 1_000)
    sizes, rescan = args.sizes or sizes, args.rescan or rescan
    WORK.mkdir(exist_ok=True)
    began, load = time.perf_counter(), os.getloadavg()[0]
    rescanned = bench_rescan(rescan)  # first: its empty run also sets up Prefect's database
    rescanned["bench_seconds"] = round(time.perf_counter() - began, 1)
    results = {
        "machine": {"cores": os.cpu_count(), "load_average_at_start": load},
        "sizes": [
            bench_size(n, cap, args.repeat if n <= REPEAT_MAX_ARTICLES else 1) for n in sizes
        ],
        "rescan": rescanned,
    }
    results["machine"]["load_average_at_end"] = os.getloadavg()[0]
    results["bench_seconds"] = round(time.perf_counter() - began, 1)
    args.out.write_text(json.dumps(results, indent=2))
    print_table(results)
    print(f"\nbench seconds: {results['bench_seconds']} (rescans {rescanned['bench_seconds']}; "
          + ", ".join(f"{s['articles']} articles {s['bench_seconds']}" for s in results["sizes"])
          + f"); load average {load:.2f} at start, {results['machine']['load_average_at_end']:.2f}"
          " at end")  # fmt: skip
    print(f"\nall figures: {args.out}")


def print_table(r: dict) -> None:
    fixed = r["rescan"]["fixed_cost"]
    print(f"\nfixed cost of a one-off run (empty source, new warehouse): {fixed['process_seconds']} s;"
          f" imports done at {fixed['imports_seconds']} s, Prefect API ready at "
          f"{fixed['api_ready_seconds']} s, flow returned at {fixed['in_process_seconds']} s, "
          f"stages {fixed['stage_seconds']}")  # fmt: skip
    keys = [
        "articles", "wall_seconds", "articles_per_second", "words_per_second", "peak_rss_mb",
        "warehouse_mb", "prefect_and_startup_share", "workers_busy_share", "spacy_full_bound_wps",
        "spacy_ner_only_bound_wps", "naive_baseline_wps", "ratio_to_full_bound",
        "ratio_to_ner_bound", "ratio_to_naive",
    ]  # fmt: skip
    for size in r["sizes"]:
        print()
        for k in keys:
            print(f"  {k:28} {size[k]}")
        for k, run in enumerate(size.get("runs", []), 1):
            print(f"  run {k}: " + ", ".join(f"{key} {run[key]}" for key in RUN_KEYS))
        print("  stage seconds (summed over workers):")
        for stage, sec in sorted(size["stage_seconds"].items(), key=lambda kv: -kv[1]):
            print(f"    {stage:24} {sec}")
    rs = r["rescan"]
    print(f"\nscheduled rescan (Prefect server up) of {rs['files']} unchanged files: "
          f"{rs['unchanged_wall_seconds']} s, imports {rs['unchanged_startup_seconds']['imports']} s,"
          f" stages {rs['unchanged_stage_seconds']}; with one changed: "
          f"{rs['one_changed_wall_seconds']} s, {rs['one_changed_loaded']} loaded, "
          f"stages {rs['one_changed_stage_seconds']}")  # fmt: skip


if __name__ == "__main__":
    main()
