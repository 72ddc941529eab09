"""The loader alone at scale: real batches of N articles, loaded ROUNDS times over under new ids
through the real writer (snapshot, loader, publish), with the writer's memory cap and, in the
same run, without it (DuckDB's default limit). Prints the writer's RSS, DuckDB's own memory
and the load seconds per round.

    uv run --frozen python -m bench.load_replay [--articles 1000] [--rounds 10]

No NLP runs while loading, so the figures are the loader's own; the batches are made once (the
real extract step, one process) and kept under .bench/.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from bench import corpus

WORK = corpus.ROOT / ".bench" / "load-replay"
IDS = ("article_id", "mention_id", "quote_id", "source_uri")
MODES = ("capped", "uncapped")
Batch = tuple[dict[str, pl.DataFrame], list, pl.DataFrame]  # frames, file outcomes, failures


def make_batches(articles: int, batch_size: int = 64) -> Path:
    """The extract step's output for each batch of the bench corpus, pickled once."""
    out = WORK / f"batches-{articles}.pkl"
    if out.exists():
        return out
    from flows.ingest import batches, discover, extract_batch
    from transforms.readers import EXTENSIONS

    folder = corpus.build(corpus.ROOT / ".bench" / f"corpus-{articles}", articles)
    entries = discover.fn(str(folder), EXTENSIONS).entries
    made = []
    for i, chunk in enumerate(batches(entries, batch_size, 1)):
        b = extract_batch.fn(str(folder), chunk, {}, "replay", 10**8)
        made.append((b.frames, b.outcomes, b.failures))
        print(f"  extracted batch {i + 1}", file=sys.stderr, flush=True)
    WORK.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pickle.dumps(made))
    return out


def renamed(batch: Batch, tag: str) -> Batch:
    """The batch under new ids (each id and source URI suffixed with -TAG)."""
    frames, outcomes, failures = batch
    out = {
        k: df.with_columns(pl.col(c) + f"-{tag}" for c in IDS if c in df.columns)
        for k, df in frames.items()
    }
    files = [
        dataclasses.replace(
            o, source_uri=f"{o.source_uri}-{tag}",
            article_id=o.article_id and f"{o.article_id}-{tag}",
        )
        for o in outcomes
    ]  # fmt: skip
    return out, files, failures


def _rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def replay(batches_file: Path, rounds: int, mode: str) -> dict:
    """Load the batches ROUNDS times into a fresh warehouse; figures after every round."""
    from warehouse.load import _default_memory_limit, load_batch
    from warehouse.runs import start_run
    from warehouse.snapshots import SnapshotWriter

    made = pickle.loads(batches_file.read_bytes())
    warehouse = WORK / f"{mode}.duckdb"
    for p in WORK.glob(f"{mode}.duckdb*"):
        p.unlink()
    per_round, peak = [], 0.0
    with SnapshotWriter(warehouse) as w:
        con = w.con
        if mode == "uncapped":
            con.execute(f"set memory_limit = '{_default_memory_limit()}'")
        start_run(con, "replay", None, "replay", "replay")
        for r in range(rounds):
            started = time.perf_counter()
            for batch in made:
                load_batch(con, *renamed(batch, str(r)), "replay")
                peak = max(peak, _rss_mb())
            duck = con.execute("select sum(memory_usage_bytes) from duckdb_memory()").fetchone()
            per_round.append(
                {
                    "seconds": round(time.perf_counter() - started, 2),
                    "rss_mb": round(_rss_mb()),
                    "duckdb_mb": round((duck[0] or 0) / 2**20),
                }
            )
        w.publish()
    return {"mode": mode, "peak_rss_mb": round(peak), "rounds": per_round}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)  # one replay, as JSON
    args = parser.parse_args()
    batches_file = make_batches(args.articles)
    if args.mode:
        print(json.dumps(replay(batches_file, args.rounds, args.mode)))
        return
    results = {}
    for mode in MODES:  # each in a fresh process, so neither inherits the other's memory
        out = subprocess.run(
            [sys.executable, "-m", "bench.load_replay", "--articles", str(args.articles),
             "--rounds", str(args.rounds), "--mode", mode],
            cwd=corpus.ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"{args.articles} articles' batches loaded {args.rounds} times over")
    print("round  articles  | capped: s  RSS MB  DuckDB MB | uncapped: s  RSS MB  DuckDB MB")
    pairs = zip(results["capped"]["rounds"], results["uncapped"]["rounds"], strict=True)
    for i, (c, u) in enumerate(pairs):
        print(
            f"{i + 1:5}  {(i + 1) * args.articles:8,}  | {c['seconds']:9.1f}  {c['rss_mb']:6}"
            f"  {c['duckdb_mb']:9} | {u['seconds']:11.1f}  {u['rss_mb']:6}  {u['duckdb_mb']:9}"
        )
    for mode in MODES:
        r = results[mode]
        total = sum(x["seconds"] for x in r["rounds"])
        print(f"{mode}: peak RSS {r['peak_rss_mb']} MB, loading {total:.1f} s in all")
    (WORK / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
