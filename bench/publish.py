"""`make bench-publish`: what publishing a run costs as the warehouse grows. The warehouse is
inflated (copies of the sample articles under new ids) to several sizes; at each size a run that
changes one file is timed (sync of the standby + publish) against the baseline of copying the
whole file, the cost of the simplest snapshot design, measured in the same run."""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

from bench import corpus, run
from warehouse.load import ARTICLE_CHILDREN
from warehouse.snapshots import SnapshotWriter

WORK = corpus.ROOT / ".bench" / "publish"
SAMPLES = corpus.ROOT / "samples" / "articles"
ROW_IDS = {"person_mention": "mention_id", "quote": "quote_id"}


def run_flow(source: Path, warehouse: Path) -> dict:
    return run.run_flow(source, warehouse, WORK / "state")


def inflate(warehouse: Path, copies: int, generation: int) -> None:
    """Add COPIES copies of every article (new ids, same text) in one published write, then
    drop the standby so that the next run starts from a full copy of the inflated file."""
    with SnapshotWriter(warehouse) as w:
        con = w.con
        con.execute(
            "create temp table k as select ? || '.' || range as k from range(1, ?)",
            [generation, copies],
        )
        con.execute(
            """insert into core.article by name
               select a.* replace (a.article_id || '~' || k as article_id,
                                   a.source_uri || '~' || k as source_uri,
                                   a.story_id || '~' || k as story_id)
               from core.article a, k"""
        )
        for child in ARTICLE_CHILDREN:
            row_id = ROW_IDS.get(child)
            replace = f", c.{row_id} || '~' || k as {row_id}" if row_id else ""
            con.execute(
                f"""insert into core.{child} by name
                    select c.* replace (c.article_id || '~' || k as article_id{replace})
                    from core.{child} c, k"""
            )
        w.publish()
    w.standby.unlink()


def measure(warehouse: Path, source: Path, edit: Path, step: int) -> dict:
    started = time.perf_counter()
    shutil.copyfile(warehouse, WORK / "copy.duckdb")
    copy_seconds = time.perf_counter() - started
    (WORK / "copy.duckdb").unlink()
    run_flow(source, warehouse)  # makes the standby (a full copy, once)
    edit.write_text(edit.read_text("utf-8") + f"\nUpdate {step}: the vote is next week.\n")
    stages = run_flow(source, warehouse)["stage_seconds"]
    edit.write_text(edit.read_text("utf-8") + f"\nUpdate {step}b: the vote moved.\n")
    stages = run_flow(source, warehouse)["stage_seconds"]  # syncs the previous run's change too
    return {
        "file_mb": round(warehouse.stat().st_size / 2**20, 1),
        "full_copy_seconds": round(copy_seconds, 3),
        "sync_seconds": stages.get("open_sync", 0.0),
        "publish_seconds": stages.get("publish", 0.0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--copies", default="1,100,1000,10000", help="inflation factors, increasing"
    )
    args = parser.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    source = WORK / "src"
    shutil.copytree(SAMPLES, source)
    warehouse = WORK / "w.duckdb"
    run_flow(source, warehouse)
    rows, done = [], 1
    for step, copies in enumerate(int(c) for c in args.copies.split(",")):
        if copies > done:
            inflate(warehouse, copies // done, step)
            done = copies // done * done
        row = {
            "copies": done,
            **measure(warehouse, source, source / "01_city_council_budget.txt", step),
        }
        rows.append(row)
        print(json.dumps(row), flush=True)
    print(f"{'copies':>7} {'file MB':>8} {'full copy s':>12} {'sync s':>7} {'publish s':>10}")
    for r in rows:
        print(
            f"{r['copies']:>7} {r['file_mb']:>8} {r['full_copy_seconds']:>12} "
            f"{r['sync_seconds']:>7} {r['publish_seconds']:>10}"
        )
    (corpus.ROOT / "bench" / "publish_results.json").write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
