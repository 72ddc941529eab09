"""Chains of copies: a copy of a copy gets the first article's story, whether that article is
stored or loaded in the same batch, and reloading a batch leaves its matches as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl

from transforms.frames import TABLES
from warehouse import load
from warehouse.runs import start_run
from warehouse.snapshots import SnapshotWriter

BASE = list(range(1000, 1000 + load.BANDS * load.ROWS_PER_BAND))


def _changed(minhash: list[int], start: int) -> list[int]:
    """10 of the 64 values changed: 54 equal (>= 0.8 * 64) to the one it was made from, 44 to
    that one's own source (an article two links away is no near-duplicate)."""
    return [v + 10**6 if start <= i < start + 10 else v for i, v in enumerate(minhash)]


def _batch(articles: dict[str, list[int]], at: datetime) -> tuple:
    rows = [
        {
            "article_id": aid, "source_uri": f"/src/{aid}.txt", "content_sha256": "0" * 64,
            "document_text": aid, "title": aid, "body_text": aid, "word_count": 1,
            "language": "en", "extractor_version": "test", "run_id": "run-1", "ingested_at": at,
        }
        for aid in articles
    ]  # fmt: skip
    frames = {name: pl.DataFrame(schema=schema) for name, schema in TABLES.items()}
    frames["article"] = pl.DataFrame(rows, schema=TABLES["article"])
    frames["article_signature"] = pl.DataFrame(
        [{"article_id": a, "text_fingerprint": a, "minhash": m} for a, m in articles.items()],
        schema=TABLES["article_signature"],
    )
    outcomes = [load.FileOutcome(f"/src/{a}.txt", "loaded", article_id=a) for a in articles]
    failures = pl.DataFrame(schema=dict.fromkeys(load.FAILURE_COLUMNS, pl.String()))
    return frames, outcomes, failures


def test_copies_of_copies_get_the_first_articles_story(tmp_path):
    stored = {"s": BASE}
    b = _changed(BASE, 0)
    a = [v + 1 for v in BASE]
    a2 = _changed(a, 0)
    batch = {
        "b": b,  # near-duplicate of the stored s
        "c": _changed(b, 10),  # of b only
        "x1": a,  # x1 <- x2 <- x3: a chain inside the batch
        "x2": a2,
        "x3": _changed(a2, 10),
        "x4": _changed(_changed(a2, 10), 20),  # a third link: still x1's story
    }
    expected = {
        "s": (None, "s"),
        "b": ("s", "s"),
        "c": ("b", "s"),
        "x1": (None, "x1"),
        "x2": ("x1", "x1"),
        "x3": ("x2", "x1"),
        "x4": ("x3", "x1"),
    }
    with SnapshotWriter(tmp_path / "w.duckdb") as writer:
        con = writer.con
        start_run(con, "run-1", None, "/src", "test")
        load.load_batch(con, *_batch(stored, datetime(2026, 1, 1, tzinfo=UTC)), "run-1")
        for day in (2, 3):  # the second time, the batch replaces its own first load
            load.load_batch(con, *_batch(batch, datetime(2026, 1, day, tzinfo=UTC)), "run-1")
            rows = con.execute(
                "select article_id, duplicate_of, story_id from core.article"
            ).fetchall()
            assert {aid: (dup, story) for aid, dup, story in rows} == expected
