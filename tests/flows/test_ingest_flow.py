"""The flow end to end on a real DuckDB file: sample articles plus the seed, run twice, then
after editing, breaking and deleting files."""

from __future__ import annotations

import json
import shutil

import pytest

from flows.ingest import ingest
from tests.paths import SAMPLES, SEED
from warehouse.connect import connect_reader

SEED_GOLD = json.loads(SEED.with_name(SEED.stem + ".gold.json").read_text("utf-8"))


def query(path, sql, params=None):
    with connect_reader(path) as con:
        return con.execute(sql, params or []).fetchall()


def test_first_run_loads_every_good_file_and_rejects_the_bad_ones(built):
    path, result = built
    n_files = len(list(SAMPLES.iterdir())) + 1
    assert result["files_seen"] == n_files
    assert result["files_rejected"] == 2
    assert result["files_loaded"] == n_files - 2
    assert result["status"] == "completed with rejections"
    rejected = dict(
        query(path, "select source_uri, error_reason from source_file where status = 'rejected'")
    )
    reasons = {uri.rsplit("/", 1)[-1]: reason for uri, reason in rejected.items()}
    assert reasons["15_broken_binary.txt"].startswith("binary file")
    assert reasons["17_empty.txt"] == "empty file"


def test_run_is_recorded_with_its_prefect_flow_run(built):
    path, result = built
    [(status, flow_run_id, loaded)] = query(
        path,
        "select status, flow_run_id, files_loaded from ingest_run where run_id = ?",
        [result["run_id"]],
    )
    assert status == "completed with rejections"
    assert flow_run_id  # the Prefect engine ran it
    assert loaded == result["files_loaded"]


def test_seed_article_fields_authors_and_publisher(built):
    path, _ = built
    [(title, caption, credit, body, publisher)] = query(
        path,
        "select title, image_caption, image_credit, body_text, publisher from article where source_uri like ?",
        [f"%{SEED.name}"],
    )
    gold = SEED_GOLD["article"]
    assert (title, caption, credit, publisher) == (
        gold["title"],
        gold["image_caption"],
        gold["image_credit"],
        gold["publisher"],
    )
    assert body.startswith(gold["body_first_words"]) and body.endswith(gold["body_last_words"])
    [(name, role, bio, pub, position)] = query(
        path,
        """select au.name, au.role, au.bio, au.publisher, aa.position
           from article a join article_author aa using (article_id) join author au using (author_id)
           where a.source_uri like ?""",
        [f"%{SEED.name}"],
    )
    assert (name, role, pub, position) == ("Jessica Rawden", "Managing Editor", "CinemaBlend", 1)
    assert bio.startswith("Jessica Rawden is Managing Editor at CinemaBlend")


def test_seed_people_and_quotes_match_the_gold(built):
    path, _ = built
    people = {r[0] for r in query(
        path,
        """select distinct p.canonical_name from person_mention m join article a using (article_id)
           join person p using (person_id) where a.source_uri like ?""",
        [f"%{SEED.name}"],
    )}  # fmt: skip
    assert {p["name"] for p in SEED_GOLD["people"]} <= people
    quotes = query(
        path,
        """select q.char_start, q.char_end, p.canonical_name from quote q
           join article a using (article_id) left join person p on p.person_id = q.speaker_person_id
           where a.source_uri like ?""",
        [f"%{SEED.name}"],
    )
    found = {(s, e): who for s, e, who in quotes}
    for gold in SEED_GOLD["quotes"]:
        assert (gold["start"], gold["end"]) in found, gold["text"][:40]
        assert found[(gold["start"], gold["end"])] == gold["speaker"], gold["text"][:40]


def test_offsets_index_the_document_text_in_sql(built):
    path, _ = built
    bad = query(
        path,
        """select 'mention', mention_id from person_mention m join article a using (article_id)
           where substring(a.document_text, m.char_start + 1, m.char_end - m.char_start) <> m.surface
           union all
           select 'quote', quote_id from quote q join article a using (article_id)
           where substring(a.document_text, q.char_start + 1, q.char_end - q.char_start) <> q.text
           union all
           select 'speaker', quote_id from quote q join article a using (article_id)
           where q.speaker_char_start is not null and substring(a.document_text,
                 q.speaker_char_start + 1, q.speaker_char_end - q.speaker_char_start) <> q.speaker_surface""",
    )
    assert bad == []


def test_keys_are_unique_and_every_foreign_key_resolves(built):
    path, _ = built
    checks = {
        "dup article": "select article_id from article group by 1 having count(*) > 1",
        "dup person": "select person_id from person group by 1 having count(*) > 1",
        "dup mention": "select mention_id from person_mention group by 1 having count(*) > 1",
        "dup quote": "select quote_id from quote group by 1 having count(*) > 1",
        "mention→article": "select mention_id from person_mention anti join article using (article_id)",
        "mention→person": "select mention_id from person_mention anti join person using (person_id)",
        "quote→person": """select quote_id from quote q where speaker_person_id is not null
                           and not exists (select 1 from person p where p.person_id = q.speaker_person_id)""",
        "bridge→author": "select article_id from article_author anti join author using (author_id)",
        "file→article": """select source_uri from source_file f where article_id is not null
                           and not exists (select 1 from core.article a where a.article_id = f.article_id)""",
    }
    for name, sql in checks.items():
        assert query(path, sql) == [], name


def test_same_person_across_articles_is_one_person_and_authors_dedup(built):
    path, _ = built
    [(articles,)] = query(
        path, "select articles from marts.people_by_articles where canonical_name = 'Rosa Delgado'"
    )
    assert articles == 3
    [(n,)] = query(path, "select count(*) from author where name = 'Maya Okafor'")
    assert n == 1


def test_marts_answer_from_the_core_tables(built):
    path, _ = built
    [(top, mentions)] = query(
        path, "select canonical_name, mentions from marts.people_by_mentions limit 1"
    )
    [(direct,)] = query(
        path,
        "select count(*) from person_mention join person using (person_id) where canonical_name = ?",
        [top],
    )
    assert mentions == direct
    [(pubs,)] = query(path, "select sum(articles) from marts.articles_per_publisher")
    [(arts,)] = query(path, "select count(*) from article")
    assert pubs == arts


@pytest.fixture
def rerun_dir(corpus_dir, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(corpus_dir, folder)
    return folder


def test_second_run_loads_nothing_then_one_edit_changes_only_that_article(rerun_dir, tmp_path):
    path = tmp_path / "w.duckdb"
    first = ingest(str(rerun_dir), str(path))
    snapshot = "select article_id, run_id, content_sha256 from core.article order by 1"
    before = query(path, snapshot)

    second = ingest(str(rerun_dir), str(path))
    assert (second["files_loaded"], second["files_rejected"]) == (0, 0)
    assert second["files_unchanged"] == first["files_seen"]
    assert query(path, snapshot) == before

    edited = rerun_dir / "07_marathon_record.txt"
    edited.write_text(edited.read_text("utf-8").replace("Keziah Mwangi", "Keziah Otieno"), "utf-8")
    third = ingest(str(rerun_dir), str(path))
    assert third["files_loaded"] == 1
    after = query(path, snapshot)
    changed = {a for a, *rest in after} ^ {a for a, *rest in before} | {
        a for (a, r, h), (a2, r2, h2) in zip(before, after, strict=True) if (r, h) != (r2, h2)
    }
    assert len(changed) == 1
    names = {r[0] for r in query(path, "select canonical_name from person")}
    assert "Keziah Otieno" in names and "Keziah Mwangi" not in names


def test_deleted_and_broken_files_are_reported_and_stop_being_current(rerun_dir, tmp_path):
    path = tmp_path / "w.duckdb"
    ingest(str(rerun_dir), str(path))
    (rerun_dir / "02_high_school_football_final.txt").unlink()
    (rerun_dir / "03_coral_reef_study.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    result = ingest(str(rerun_dir), str(path))
    assert result["files_deleted"] == 1
    assert result["files_rejected"] == 1
    status = dict(
        query(path, "select regexp_extract(source_uri, '[^/]+$'), status from source_file")
    )
    assert status["02_high_school_football_final.txt"] == "deleted"
    assert status["03_coral_reef_study.txt"] == "rejected"
    current = {
        r[0] for r in query(path, "select regexp_extract(source_uri, '[^/]+$') from article")
    }
    assert "02_high_school_football_final.txt" not in current
    assert "03_coral_reef_study.txt" not in current
    [(kept,)] = query(path, "select count(*) from core.article where not is_current")
    assert kept == 2  # history kept in core, hidden from the main views


def test_a_new_extractor_version_or_a_rebuild_derives_every_file_again(
    rerun_dir, tmp_path, monkeypatch
):
    path = tmp_path / "w.duckdb"
    first = ingest(str(rerun_dir), str(path))
    assert ingest(str(rerun_dir), str(path))["files_loaded"] == 0
    monkeypatch.setattr("flows.ingest.EXTRACTOR_VERSION", "99.0.0")
    monkeypatch.setattr("transforms.batch.EXTRACTOR_VERSION", "99.0.0")
    upgraded = ingest(str(rerun_dir), str(path))
    assert upgraded["files_loaded"] == first["files_loaded"]
    versions = query(path, "select distinct extractor_version from article")
    assert versions == [("99.0.0",)]
    assert ingest(str(rerun_dir), str(path))["files_loaded"] == 0
    assert ingest(str(rerun_dir), str(path), force=True)["files_loaded"] == first["files_loaded"]
