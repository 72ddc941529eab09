"""One run over a corpus of hostile and broken files: each is rejected with its reason or
processed, none stops the run or touches the good article beside it."""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time

import pytest

from tests.hostile.corpus import build
from warehouse.connect import connect_reader


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """One CLI run over the corpus in a subprocess, with its peak memory and wall time."""
    root = tmp_path_factory.mktemp("hostile")
    expect = build(root / "src", root / "outside.txt")
    path = root / "w.duckdb"
    started = time.monotonic()
    # --max-file-mb 64 lets the 50 MB one-line file past the size limit, to the length limit.
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "ingest", str(root / "src"), "--warehouse", str(path),
         "--max-file-mb", "64", "--no-progress"],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    seconds = time.monotonic() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert done.returncode == 0, done.stderr[-2000:]
    return expect, path, {"stdout": done.stdout, "seconds": seconds, "peak_mb": peak_mb}


def _files(path) -> dict[str, tuple]:
    with connect_reader(path) as con:
        rows = con.execute(
            """select regexp_extract(source_uri, '[^/]+$'), status, error_reason, encoding,
                      article_id
               from main.source_file"""
        ).fetchall()
    return {r[0]: r[1:] for r in rows}


def test_the_run_completes_in_bounded_time_and_memory(hostile_run):
    _, _, run = hostile_run
    assert "completed with rejections" in run["stdout"]
    # Bounds, not benchmarks: a hang or an unbounded read would blow far past them.
    assert run["peak_mb"] < 2048, f"peak RSS {run['peak_mb']:.0f} MB"
    assert run["seconds"] < 600


def test_every_file_has_its_outcome(hostile_run):
    expect, path, _ = hostile_run
    files = _files(path)
    assert set(files) == set(expect)
    for name, (status, reason) in expect.items():
        got_status, got_reason = files[name][:2]
        assert got_status == status, f"{name}: {got_status} ({got_reason})"
        if reason:
            assert got_reason and re.search(reason, got_reason), f"{name}: {got_reason!r}"
        if status == "rejected":
            assert got_reason, f"{name} was rejected without a reason"


def test_good_text_is_untouched_by_its_neighbours(hostile_run):
    _, path, _ = hostile_run
    files = _files(path)
    with connect_reader(path) as con:
        quotes = dict(
            con.execute(
                """select a.source_uri, count(q.quote_id) from main.article a
                   left join main.quote q using (article_id)
                   left join main.person p on p.person_id = q.speaker_person_id
                   where q.quote_id is null or p.canonical_name = 'Mara Quist'
                   group by all"""
            ).fetchall()
        )
    by_name = {uri.rsplit("/", 1)[-1]: n for uri, n in quotes.items()}
    # The same two quotes by the same speaker, however broken the bytes around them were.
    for name in ("good.txt", "nul_bytes.txt", "invalid_utf8.txt", "mixed_encodings.txt"):
        assert by_name.get(name) == 2, f"{name}: {by_name.get(name)} quotes by Mara Quist"
    assert files["mixed_encodings.txt"][2] == "utf-8+cp1252"


def test_nothing_outside_the_source_is_read(hostile_run):
    _, path, _ = hostile_run
    with connect_reader(path) as con:
        leaked = con.execute(
            "select count(*) from main.article where source_uri like '%outside%'"
        ).fetchone()[0]
    assert leaked == 0
