"""Loading one validated batch in one transaction: replace the batch's articles, upsert the
dimensions, record what became of every file. Readers never see half of it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import cache

import duckdb
import polars as pl

ARTICLE_CHILDREN = (
    "person_mention",
    "quote",
    "article_author",
    "article_signature",
    "article_band",
)
BANDS, ROWS_PER_BAND, NEAR_DUPLICATE = 16, 4, 0.8  # transforms.duplicates: 64 minhash values
# The run writer's memory (warehouse.snapshots). DuckDB's default, 80% of RAM, let the table
# blocks that each batch's lookups read pile up for the whole run, so the writer grew with the
# warehouse; under this cap DuckDB evicts them. A step that needs more (a huge feed file's
# batch, a sync) runs `uncapped`. 80 MB: the rows not yet checkpointed, the key indexes
# (~7 MB) and room for the lookups; a 10k replay peaks 34 MB lower than under 128 MB, its
# loading ~13% slower, no batch over the cap (bench.load_replay, bench.mem_probe).
WRITER_MEMORY_LIMIT = "80MB"
FAILURE_COLUMNS = ("table_name", "check_name", "column_name", "failure_case", "article_id")


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What a run did with one source file."""

    source_uri: str
    status: str  # loaded | rejected | deleted
    sha256: str | None = None
    size_bytes: int | None = None
    modified_at: datetime | None = None
    article_id: str | None = None
    encoding: str | None = None
    error_reason: str | None = None


FILE_SCHEMA = {
    "source_uri": pl.String(), "status": pl.String(), "sha256": pl.String(),
    "size_bytes": pl.Int64(), "modified_at": pl.Datetime("us", "UTC"),
    "article_id": pl.String(), "encoding": pl.String(), "error_reason": pl.String(),
}  # fmt: skip


def load_batch(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    outcomes: list[FileOutcome],
    failures: pl.DataFrame,
    run_id: str,
) -> None:
    """Write one batch atomically: all of it or, on any error, none of it."""
    try:
        _write_batch(con, frames, outcomes, failures, run_id)
    except duckdb.OutOfMemoryException:
        if _in_run_transaction(con):  # a lake run's one transaction is lost: nothing to retry
            raise
        with uncapped(con):  # over the writer's cap (a huge feed file): once more without it
            _write_batch(con, frames, outcomes, failures, run_id)


@contextmanager
def uncapped(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """DuckDB's default memory limit for one big step, then WRITER_MEMORY_LIMIT again: at
    once, or once the step's rows are on disk; if they cannot leave memory, the writer stays
    uncapped for the rest of the run."""
    # (set by value: `reset memory_limit` leaves DuckDB enforcing the old limit)
    con.execute(f"set memory_limit = '{_default_memory_limit()}'")
    try:
        yield
    finally:
        cap = f"set memory_limit = '{WRITER_MEMORY_LIMIT}'"
        try:
            con.execute(cap)
        except duckdb.OutOfMemoryException:
            con.execute("checkpoint")
            with suppress(duckdb.OutOfMemoryException):
                con.execute(cap)


@cache
def _default_memory_limit() -> str:
    with duckdb.connect() as fresh:
        return fresh.execute("select current_setting('memory_limit')").fetchone()[0]


def _write_batch(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    outcomes: list[FileOutcome],
    failures: pl.DataFrame,
    run_id: str,
) -> None:
    files = pl.DataFrame([asdict(o) for o in outcomes] or None, schema=FILE_SCHEMA)
    try:
        with atomic(con):
            for name, df in frames.items():
                con.register(f"batch_{name}", df.to_arrow())
            con.register("batch_files", files.to_arrow())
            con.register("batch_failures", failures.to_arrow())
            if frames:
                _replace_articles(con)
            _record_files(con, run_id, retired=any(o.status != "loaded" for o in outcomes))
            con.execute(
                """insert into meta.validation_failure
                   select ?, table_name, check_name, column_name, failure_case, article_id,
                          current_timestamp
                   from batch_failures""",
                [run_id],
            )
    finally:
        for name in [*frames, "files", "failures"]:
            con.unregister(f"batch_{name}")


RUN_TRANSACTION = "newsdesk_run_transaction"  # a session variable: set when a run is one


@contextmanager
def atomic(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """A transaction of its own, or none when the writer keeps the whole run in one (a lake
    run commits when it publishes; its writer sets the session variable RUN_TRANSACTION)."""
    if _in_run_transaction(con):
        yield
        return
    con.execute("begin transaction")
    try:
        yield
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def _in_run_transaction(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(f"select getvariable('{RUN_TRANSACTION}')").fetchone()
    return bool(row and row[0])


def _replace_articles(con: duckdb.DuckDBPyConnection) -> None:
    # Old versions of these articles, and whatever their source files produced before
    # (an article id can change when a file gains a URL), go first.
    # Only the warehouse's articles are looked up: a batch of new articles (a backfill) deletes
    # nothing and never scans the large child tables, so a batch costs the same at any size.
    replaced = con.execute(
        """create or replace temp table replaced as
           select article_id from core.article
           where article_id in (select article_id from batch_article)
              or source_uri in (select source_uri from batch_files where status = 'loaded')"""
    ).fetchone()[0]
    if replaced:
        for child in ARTICLE_CHILDREN:
            con.execute(
                f"delete from core.{child} where article_id in (select article_id from replaced)"
            )
        con.execute(
            "delete from core.article where article_id in (select article_id from replaced)"
        )
    _find_duplicates(con)
    con.execute(
        """insert into core.article by name
           select a.*, true as is_current, d.duplicate_of,
                  coalesce(d.story_id, a.article_id) as story_id
           from batch_article a
           left join batch_duplicate d using (article_id)"""
    )
    # MERGE rather than ON CONFLICT: a DuckLake warehouse has no key constraints.
    con.execute(
        """merge into core.person t using batch_person s on t.person_id = s.person_id
           when not matched then insert by name"""
    )
    con.execute(
        """merge into core.author t using batch_author s on t.author_id = s.author_id
           when matched then update set
               role = coalesce(s.role, t.role), bio = coalesce(s.bio, t.bio),
               publisher = coalesce(s.publisher, t.publisher)
           when not matched then insert by name"""
    )
    for child in ARTICLE_CHILDREN:
        if child != "article_band":
            con.execute(f"insert into core.{child} by name select * from batch_{child}")
    con.execute("insert into core.article_band by name select * from batch_band")
    if replaced:
        prune_dimensions(con)


def _find_duplicates(con: duckdb.DuckDBPyConnection) -> None:
    """Before the batch is inserted: band its minhashes, then find for each of its articles the
    earliest current article, stored or in the batch, with the same or nearly the same text
    (estimated Jaccard >= NEAR_DUPLICATE), and that article's story (batch_duplicate). The
    batch's own bands and signatures drive the lookups into the stored ones (not the stored
    tables filtered back down to the batch)."""
    con.execute(
        f"""create or replace temp table batch_band as
            select article_id, b as band,
                   hash(list_slice(minhash, b * {ROWS_PER_BAND} + 1, (b + 1) * {ROWS_PER_BAND}))
                       as band_hash
            from batch_article_signature, range({BANDS}) t(b)"""
    )
    con.execute(
        f"""create or replace temp table duplicate_match as
            with same_band as (
                select distinct n.article_id, o.article_id as other
                from batch_band n
                join (select article_id, band, band_hash from core.article_band
                      union all
                      select article_id, band, band_hash from batch_band) o using (band, band_hash)
                where o.article_id <> n.article_id
            )
            select n.article_id, o.article_id as other
            from batch_article_signature n
            join (select article_id, text_fingerprint from core.article_signature
                  union all
                  select article_id, text_fingerprint from batch_article_signature) o
                using (text_fingerprint)
            where o.article_id <> n.article_id
            union
            select c.article_id, c.other
            from same_band c
            join batch_article_signature s1 on s1.article_id = c.article_id
            join (select article_id, minhash from core.article_signature
                  union all
                  select article_id, minhash from batch_article_signature) s2
                on s2.article_id = c.other
            where list_sum(list_transform(range(1, {BANDS * ROWS_PER_BAND} + 1),
                                          i -> (s1.minhash[i] = s2.minhash[i])::int))
                  >= {NEAR_DUPLICATE} * {BANDS * ROWS_PER_BAND}"""
    )
    # A match loaded in this batch has no story yet: the chain of matches inside the batch is
    # followed to its end, so a copy of a copy (of a copy …) gets the first article's story.
    con.execute(
        """create or replace temp table first_match as
           select d.article_id,
                  arg_min(o.article_id, (o.ingested_at, o.article_id)) as duplicate_of,
                  arg_min(o.story_id, (o.ingested_at, o.article_id)) as story_id
           from duplicate_match d
           join (select article_id, ingested_at, coalesce(story_id, article_id) as story_id
                 from core.article where is_current
                 union all
                 select article_id, ingested_at, article_id from batch_article) o
               on o.article_id = d.other
           join batch_article n on n.article_id = d.article_id
           where (o.ingested_at, o.article_id) < (n.ingested_at, n.article_id)
           group by d.article_id"""
    )
    con.execute(
        """create or replace temp table batch_duplicate as
           with recursive chain(article_id, duplicate_of, story_id, next, depth) as (
               select article_id, duplicate_of, story_id, duplicate_of, 0 from first_match
               union all
               select c.article_id, c.duplicate_of, f.story_id, f.duplicate_of, c.depth + 1
               from chain c join first_match f on f.article_id = c.next
           )
           select article_id, any_value(duplicate_of) as duplicate_of,
                  arg_max(story_id, depth) as story_id
           from chain
           group by article_id"""
    )


def _record_files(con: duckdb.DuckDBPyConnection, run_id: str, retired: bool) -> None:
    con.execute(
        """merge into meta.source_file t
           using (select *, ? as run_id, current_timestamp as updated_at from batch_files) s
           on t.source_uri = s.source_uri
           when matched then update set
               sha256 = coalesce(s.sha256, t.sha256),
               size_bytes = coalesce(s.size_bytes, t.size_bytes),
               modified_at = coalesce(s.modified_at, t.modified_at),
               status = s.status, article_id = s.article_id, encoding = s.encoding,
               error_reason = s.error_reason, last_run_id = s.run_id, updated_at = s.updated_at
           when not matched then insert (
               source_uri, sha256, size_bytes, modified_at, status, article_id, encoding,
               error_reason, first_run_id, last_run_id, updated_at)
           values (
               s.source_uri, s.sha256, s.size_bytes, s.modified_at, s.status, s.article_id,
               s.encoding, s.error_reason, s.run_id, s.run_id, s.updated_at)""",
        [run_id],
    )
    if not retired:
        return
    # A file that is gone, or now unreadable, no longer vouches for its article.
    con.execute(
        """update core.article set is_current = false
           where source_uri in (select source_uri from batch_files where status <> 'loaded')"""
    )


def mark_deleted(con: duckdb.DuckDBPyConnection, source_uris: list[str], run_id: str) -> None:
    """Record files that disappeared from the source; their articles stop being current."""
    if not source_uris:
        return
    load_batch(
        con,
        {},
        [
            FileOutcome(u, "deleted", error_reason="file no longer in the source")
            for u in source_uris
        ],
        pl.DataFrame(schema=dict.fromkeys(FAILURE_COLUMNS, pl.String())),
        run_id,
    )


def prune_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    """Drop people and authors that no article refers to any more."""
    con.execute(
        """delete from core.person p where not exists (
               select 1 from core.person_mention m where m.person_id = p.person_id)
           and not exists (
               select 1 from core.quote q where q.speaker_person_id = p.person_id)"""
    )
    con.execute(
        """delete from core.author au where not exists (
               select 1 from core.article_author aa where aa.author_id = au.author_id)"""
    )
