"""Golden outputs: what the transforms make of every bundled sample article. After a deliberate
change of behaviour, regenerate with NEWSDESK_UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime

import polars as pl
import pytest

from tests.paths import FIXTURES, SAMPLES
from transforms.batch import RawFile, transform_batch

GOLDEN = FIXTURES / "golden"
UPDATE = os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def frames() -> dict[str, pl.DataFrame]:
    files = [RawFile(p.name, "0" * 64, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))]
    return transform_batch(files, "golden", datetime(2026, 1, 1, tzinfo=UTC)).frames


def view(frames: dict[str, pl.DataFrame], table: str) -> list[dict]:
    """The golden columns of a table, one dict per row, keyed by file name instead of id."""
    names = frames["article"].select("article_id", "source_uri")
    people = frames["person"].rename({"canonical_name": "person"})
    columns = {
        "article": ["source_uri", "title", "image_caption", "image_credit", "publisher", "word_count", "language"],
        "person_mention": ["source_uri", "char_start", "char_end", "surface", "person", "method"],
        "quote": ["source_uri", "char_start", "char_end", "kind", "speaker_surface", "speaker", "cue"],
    }[table]  # fmt: skip
    df = frames[table]
    if table != "article":
        df = df.join(names, on="article_id")
    if table == "person_mention":
        df = df.join(people, on="person_id")
    if table == "quote":
        df = df.join(
            people.rename({"person_id": "speaker_person_id", "person": "speaker"}),
            on="speaker_person_id", how="left",
        )  # fmt: skip
    return df.select(columns).sort(columns[:3]).to_dicts()


@pytest.mark.parametrize("table", ["article", "person_mention", "quote"])
def test_sample_outputs_match_golden(frames, table):
    path = GOLDEN / f"samples_{table}.json"
    got = view(frames, table)
    if UPDATE or not path.exists():
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", "utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {path.name} was missing and has been written: review it")
    assert got == json.loads(path.read_text("utf-8"))
