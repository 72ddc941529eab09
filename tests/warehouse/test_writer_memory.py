"""The writer's memory cap: a batch that needs more than the cap still loads, all of it."""

from __future__ import annotations

import dataclasses

import duckdb
import polars as pl
import pytest

from flows.ingest import extract_batch
from flows.sources import Source
from tests.paths import SAMPLES
from transforms.readers import EXTENSIONS
from warehouse import load
from warehouse.runs import start_run
from warehouse.snapshots import SnapshotWriter

COPIES = 40  # of the sample articles: a batch a few MB large
IDS = ("article_id", "mention_id", "quote_id", "source_uri")


def _big_batch() -> tuple[dict[str, pl.DataFrame], list[load.FileOutcome], pl.DataFrame]:
    """The samples' real batch, repeated under new ids."""
    entries = Source(str(SAMPLES), EXTENSIONS).discover()
    out = extract_batch.fn(str(SAMPLES), entries, {}, "run-1", 10**8)
    frames = {
        name: pl.concat(
            df.with_columns(pl.col(c) + f"-{i}" for c in IDS if c in df.columns)
            for i in range(COPIES)
        ).unique(maintain_order=True)  # the dimensions (person, author) repeat
        for name, df in out.frames.items()
    }
    outcomes = [
        dataclasses.replace(
            o,
            source_uri=f"{o.source_uri}-{i}",
            article_id=o.article_id and f"{o.article_id}-{i}",
        )
        for i in range(COPIES)
        for o in out.outcomes
    ]
    return frames, outcomes, out.failures


def test_a_batch_over_the_writer_cap_loads_in_full(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "WRITER_MEMORY_LIMIT", "4MB")
    frames, outcomes, failures = _big_batch()
    articles = frames["article"].height
    with SnapshotWriter(tmp_path / "w.duckdb") as writer:
        con = writer.con
        start_run(con, "run-1", None, str(SAMPLES), "test")
        con.execute("set memory_limit = '4MB'")
        with pytest.raises(duckdb.OutOfMemoryException):  # the cap alone is too small
            load._write_batch(con, frames, outcomes, failures, "run-1")
        assert con.execute("select count(*) from core.article").fetchone() == (0,)

        load.load_batch(con, frames, outcomes, failures, "run-1")

        assert con.execute("select count(*) from core.article").fetchone() == (articles,)
        mentions = con.execute("select count(*) from core.person_mention").fetchone()[0]
        assert mentions == frames["person_mention"].height
        limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
        assert limit.endswith("MiB") and float(limit.split()[0]) < 5  # the cap is back
