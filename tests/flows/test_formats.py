"""Mixed formats in one source; the same URL arriving in a later file updates its article."""

from __future__ import annotations

import gzip
import json

from flows.ingest import ingest
from warehouse.connect import connect_reader


def story(title: str, url: str, speaker: str) -> dict:
    return {
        "title": title,
        "content": f"The council met on Monday.\n\n“We are ready,” said {speaker} after the vote.",
        "url": url,
        "source": "The Harbor Ledger",
        "published": "2024-05-02",
    }


def test_formats_load_and_a_repeated_url_updates_instead_of_duplicating(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.json").write_text(
        json.dumps(story("First Take", "https://x.example/1", "Rosa Delgado"))
    )
    lines = [json.dumps(story("Second", "https://x.example/2", "Omar Haddad")), "oops"]
    (src / "b.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (src / "c.txt").write_text("Plain Story\n\n“Hello there,” said Priya Raman.\n", "utf-8")
    path = tmp_path / "w.duckdb"
    first = ingest(str(src), str(path))
    assert (first["files_loaded"], first["files_rejected"]) == (3, 0)

    (src / "d.json").write_text(
        json.dumps(story("First Take, Updated", "https://x.example/1", "Rosa Delgado"))
    )
    ingest(str(src), str(path))
    with connect_reader(path) as con:
        titles = sorted(r[0] for r in con.execute("select title from article").fetchall())
        [(reason,)] = con.execute(
            "select error_reason from source_file where source_uri like '%b.jsonl.gz'"
        ).fetchall()
    assert titles == ["First Take, Updated", "Plain Story", "Second"]
    assert "invalid JSON" in reason
