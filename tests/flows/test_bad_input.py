"""Bad files are rejected with a reason; the rest of the batch still loads."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.ingest import extract_batch, ingest
from flows.sources import SourceEntry, sha256
from warehouse.connect import connect_reader

GOOD = "Harbor Plan Approved\n\n“We finally have a plan,” said Mayor Rosa Delgado on Monday.\n"


def entry(path) -> SourceEntry:
    return SourceEntry(str(path), path.stat().st_size if path.exists() else 10, datetime.now(UTC))


def test_file_that_vanishes_before_reading_is_rejected_and_the_rest_kept(tmp_path):
    good, gone = tmp_path / "good.txt", tmp_path / "gone.txt"
    good.write_text(GOOD, "utf-8")
    gone.write_text(GOOD, "utf-8")
    entries = [entry(good), entry(gone)]
    gone.unlink()
    out = extract_batch.fn(str(tmp_path), entries, {}, "run-x", 10_000_000)
    outcome = {o.source_uri.rsplit("/", 1)[-1]: o for o in out.outcomes}
    assert outcome["gone.txt"].status == "rejected"
    assert "vanished" in outcome["gone.txt"].error_reason
    assert outcome["good.txt"].status == "loaded"
    assert out.frames["article"].height == 1


def test_size_limit_non_utf8_and_no_title_in_one_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, "utf-8")
    (src / "big.txt").write_text("Big One\n\n" + "word " * 5000, "utf-8")
    (src / "latin.txt").write_bytes(
        "Café Owner Speaks\n\n“Très bien,” said José Muñoz.".encode("cp1252")
    )
    (src / "notitle.txt").write_text("x" * 500 + "\n\nbody", "utf-8")
    path = tmp_path / "w.duckdb"
    result = ingest(str(src), str(path), None, 10_000)
    assert (result["files_loaded"], result["files_rejected"]) == (2, 2)
    with connect_reader(path) as con:
        rows = dict(
            (uri.rsplit("/", 1)[-1], (status, reason, enc))
            for uri, status, reason, enc in con.execute(
                "select source_uri, status, error_reason, encoding from source_file"
            ).fetchall()
        )
    assert rows["big.txt"][0] == "rejected" and "too large" in rows["big.txt"][1]
    assert (
        rows["notitle.txt"][0] == "rejected" and "no recognisable title" in rows["notitle.txt"][1]
    )
    assert rows["latin.txt"] == ("loaded", None, "cp1252")


def test_file_rewritten_after_discovery_loads_exactly_what_was_read(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD, "utf-8")
    entries = [entry(story)]
    story.write_text(GOOD.replace("Monday", "Tuesday") + "\nThe vote is next week.\n", "utf-8")
    out = extract_batch.fn(str(tmp_path), entries, {}, "run-x", 10_000_000)
    [outcome] = out.outcomes
    assert outcome.status == "loaded"
    assert outcome.sha256 == sha256(story.read_bytes())  # the hash is of the bytes parsed
    [body] = out.frames["article"]["body_text"].to_list()
    assert "Tuesday" in body and "next week" in body
