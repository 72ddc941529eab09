"""Syndicated copies: the same story under other file names, exactly or nearly, becomes one
story (story_id) with duplicate_of pointing at the first copy; marts count it once."""

from __future__ import annotations

import shutil

from flows.ingest import ingest
from tests.paths import SAMPLES
from warehouse.connect import connect_reader

STORY = "05_bakery_expansion.txt"


def _rows(path):
    with connect_reader(path) as con:
        return {
            uri.rsplit("/", 1)[-1]: (aid, dup, story)
            for uri, aid, dup, story in con.execute(
                "select source_uri, article_id, duplicate_of, story_id from main.article"
            ).fetchall()
        }


def test_exact_and_near_copies_share_one_story_and_count_once(tmp_path):
    src, path = tmp_path / "src", tmp_path / "w.duckdb"
    src.mkdir()
    text = (SAMPLES / STORY).read_text("utf-8")
    (src / "a.txt").write_text(text, "utf-8")
    (src / "b_syndicated.txt").write_text(
        text.replace("\n\n", "\n \n\n").replace(", ", " , "), "utf-8"
    )
    lines = text.splitlines()
    near = "\n".join([*lines[:-1], lines[-1].replace(" the ", " that "), "", "Share this story."])
    (src / "c_near.txt").write_text(near, "utf-8")
    shutil.copy(SAMPLES / "03_coral_reef_study.txt", src / "d_other.txt")
    ingest(str(src), str(path))
    rows = _rows(path)
    story = {rows[n][2] for n in ("a.txt", "b_syndicated.txt", "c_near.txt")}
    assert len(story) == 1, rows
    originals = [n for n in ("a.txt", "b_syndicated.txt", "c_near.txt") if rows[n][1] is None]
    assert len(originals) == 1 and rows[originals[0]][0] == story.pop()
    assert rows["d_other.txt"][1] is None and rows["d_other.txt"][2] == rows["d_other.txt"][0]

    with connect_reader(path) as con:
        per_person = con.execute(
            "select articles, stories from marts.people_by_mentions order by mentions desc limit 1"
        ).fetchone()
        publisher = con.execute(
            "select sum(articles), sum(stories) from marts.articles_per_publisher"
        ).fetchone()
    assert per_person == (3, 1)
    assert publisher == (4, 2)

    (src / "e_later_copy.txt").write_text(text + "\nFirst published in the Harbour Post.\n")
    ingest(str(src), str(path))
    later = _rows(path)
    assert later["e_later_copy.txt"][2] == rows[originals[0]][2]
    assert later["e_later_copy.txt"][1] is not None
