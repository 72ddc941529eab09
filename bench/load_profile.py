"""What 1,000 more articles cost the loader in a large warehouse, statement by statement, with
DuckDB's default checkpoint threshold (16 MB of log) and with the run writer's own
(``warehouse.snapshots.STANDBY_CHECKPOINT_THRESHOLD``), in the same run.

    uv run --frozen python -m bench.load_profile [--articles 50000]

The warehouse is grown through the real run writer from a 1k run's real batches (those of
``bench.load_replay``), loaded under new ids and with distinct text signatures, so it is what a
backfill of that many mostly different articles leaves. Each setting then loads the batches
once more into its own copy of it, under the writer's memory cap, and checkpoints at the end
(as publishing does).
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb
import polars as pl

from bench.load_replay import WORK, Batch, make_batches, renamed


def _renamed(batch: Batch, tag: str) -> Batch:
    """The batch under new ids, its text signatures made distinct from every other round's."""
    frames, outcomes, failures = renamed(batch, tag)
    if "article_signature" in frames:
        salt = hash(tag) % 2**32
        frames["article_signature"] = frames["article_signature"].with_columns(
            pl.col("text_fingerprint") + f"-{tag}",
            pl.col("minhash").list.eval(pl.element().xor(pl.lit(salt, pl.UInt32))),
        )
    return frames, outcomes, failures


class _Timed:
    """A connection that adds up the seconds of each statement."""

    def __init__(self, con: duckdb.DuckDBPyConnection, seconds: Counter) -> None:
        self._con, self._seconds = con, seconds

    def execute(self, sql: str, *args: object) -> duckdb.DuckDBPyConnection:
        started = time.perf_counter()
        try:
            return self._con.execute(sql, *args)
        finally:
            self._seconds[" ".join(sql.split())[:60]] += time.perf_counter() - started

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)


def grow(made: list[Batch], articles: int) -> Path:
    """A warehouse of about ARTICLES articles, loaded through the real run writer."""
    from warehouse.load import load_batch
    from warehouse.runs import start_run
    from warehouse.snapshots import SnapshotWriter

    path = WORK / f"grown-{articles}.duckdb"
    if path.exists():
        return path
    per_round = sum(len(b[1]) for b in made)
    rounds = max(1, articles // per_round)
    with SnapshotWriter(path) as w:
        start_run(w.con, "grow", None, "grow", "grow")
        for r in range(rounds):
            for batch in made:
                load_batch(w.con, *_renamed(batch, f"g{r}"), "grow")
            print(f"  grown to {(r + 1) * per_round:,} files", file=sys.stderr, flush=True)
        w.publish()
    return path


def profile(made: list[Batch], grown: Path, threshold: str) -> tuple[Counter, float, float]:
    """Statement seconds, total load seconds and the final checkpoint's, for one more round."""
    from warehouse.connect import connect_writer
    from warehouse.load import WRITER_MEMORY_LIMIT, load_batch

    copy = WORK / f"profile-{threshold}.duckdb"
    shutil.copyfile(grown, copy)
    seconds: Counter = Counter()
    con = connect_writer(copy)
    try:
        con.execute(f"set memory_limit = '{WRITER_MEMORY_LIMIT}'")
        con.execute(f"set checkpoint_threshold = '{threshold}'")
        started = time.perf_counter()
        for batch in made:
            load_batch(_Timed(con, seconds), *_renamed(batch, "next"), "profile")
        loading = time.perf_counter() - started
        started = time.perf_counter()
        con.execute("checkpoint")
        final = time.perf_counter() - started
    finally:
        con.close()
        copy.unlink()
    return seconds, loading, final


def main() -> None:
    from warehouse.snapshots import STANDBY_CHECKPOINT_THRESHOLD

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50_000)
    args = parser.parse_args()
    made = pickle.loads(make_batches(1000).read_bytes())
    grown = grow(made, args.articles)
    settings = {"16MB": "DuckDB's default", STANDBY_CHECKPOINT_THRESHOLD: "the run writer's"}
    results = {t: profile(made, grown, t) for t in settings}
    n = sum(len(b[1]) for b in made)
    print(f"{n:,} more files into a warehouse of {args.articles:,}, seconds per statement")
    (a, *_), (b, *_) = results.values()
    head = "  ".join(f"{t:>8}" for t in settings)
    print(f"{head}  statement")
    for stmt in sorted(a.keys() | b.keys(), key=lambda s: -(a[s] + b[s]))[:8]:
        print(f"{a[stmt]:8.2f}  {b[stmt]:8.2f}  {stmt}")
    for label, i in (("loading", 1), ("final checkpoint", 2)):
        print("  ".join(f"{r[i]:8.2f}" for r in results.values()) + f"  {label}")
    for t, who in settings.items():
        print(f"checkpoint threshold {t}: {who}")


if __name__ == "__main__":
    main()
