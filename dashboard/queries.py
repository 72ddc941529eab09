"""Every query the dashboard runs: functions of a read-only connection returning polars frames.

The browser tests compare what the pages show with these functions, so a page never computes
a number that is not here. Filters: `publishers` (None = all; articles without a publisher
count as '(unknown)', as in the marts) and an inclusive day range on the article's day (its
publication date, else its ingest date, as in `marts.articles_per_day`).
"""

from __future__ import annotations

from datetime import date

import duckdb
import polars as pl

UNKNOWN_PUBLISHER = "(unknown)"

_FILTERED_ARTICLES = """
    select article_id from main.article
    where ($publishers is null or list_contains($publishers, coalesce(publisher, '(unknown)')))
      and ($start is null or cast(coalesce(published_at, ingested_at) as date) >= $start)
      and ($end is null or cast(coalesce(published_at, ingested_at) as date) <= $end)
"""


def _filters(
    publishers: list[str] | None, start: date | None, end: date | None
) -> dict[str, object]:
    return {"publishers": publishers, "start": start, "end": end}


# -- the warehouse as a whole ------------------------------------------------------------------


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Current articles, people, quotes and ingest runs."""
    row = con.execute(
        """select (select count(*) from main.article), (select count(*) from main.person),
                  (select count(*) from main.quote), (select count(*) from main.ingest_run)"""
    ).fetchone()
    assert row is not None
    return dict(zip(("articles", "people", "quotes", "runs"), row, strict=True))


def publishers(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Publishers of current articles, '(unknown)' for articles without one."""
    return (
        con.execute("select publisher from marts.articles_per_publisher order by publisher")
        .pl()["publisher"]
        .to_list()
    )


def day_bounds(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """First and last article day."""
    row = con.execute("select min(day), max(day) from marts.articles_per_day").fetchone()
    assert row is not None
    return row[0], row[1]


# -- who is in the news ------------------------------------------------------------------------


def people(
    con: duckdb.DuckDBPyConnection,
    publishers: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
    order: str = "mentions",
    limit: int | None = None,
) -> pl.DataFrame:
    """People with their mentions, articles and attributed quotes in the filtered articles.

    Unfiltered, rows and order equal `marts.people_by_mentions` (or `people_by_articles`).
    """
    if order not in ("mentions", "articles"):
        raise ValueError(f"order must be mentions or articles, not {order!r}")
    # The marts' orders: mentions then name; articles, mentions, then name.
    ranking = "mentions desc" if order == "mentions" else "articles desc, mentions desc"
    sql = f"""
        with a as ({_FILTERED_ARTICLES}),
        m as (
            select person_id, count(*) as mentions, count(distinct article_id) as articles
            from main.person_mention semi join a using (article_id) group by person_id
        ),
        q as (
            select speaker_person_id as person_id, count(*) as quotes
            from main.quote semi join a using (article_id)
            where speaker_person_id is not null group by all
        )
        select p.person_id, p.canonical_name, m.mentions, m.articles,
               coalesce(q.quotes, 0) as quotes
        from m join main.person p using (person_id) left join q using (person_id)
        order by {ranking}, p.canonical_name
        limit $limit
    """
    params = _filters(publishers, start, end) | {"limit": limit if limit is not None else 1 << 62}
    return con.execute(sql, params).pl()


def mention_trend(
    con: duckdb.DuckDBPyConnection,
    person_ids: list[str],
    publishers: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> pl.DataFrame:
    """Mentions per article day for each of person_ids in the filtered articles."""
    sql = f"""
        with a as ({_FILTERED_ARTICLES})
        select cast(coalesce(ar.published_at, ar.ingested_at) as date) as day,
               p.canonical_name, count(*) as mentions
        from main.person_mention m
        join main.article ar using (article_id)
        join main.person p using (person_id)
        where m.article_id in (select article_id from a) and list_contains($ids, m.person_id)
        group by all order by day, p.canonical_name
    """
    return con.execute(sql, _filters(publishers, start, end) | {"ids": person_ids}).pl()


def person_name(con: duckdb.DuckDBPyConnection, person_id: str) -> str | None:
    """A person's canonical name."""
    row = con.execute(
        "select canonical_name from main.person where person_id = ?", [person_id]
    ).fetchone()
    return row[0] if row else None


# -- who said what -----------------------------------------------------------------------------


def quotes(
    con: duckdb.DuckDBPyConnection,
    speaker: str = "",
    text: str = "",
    person_id: str | None = None,
    unattributed_only: bool = False,
) -> pl.DataFrame:
    """Quotes with their article, kind, cue and speaker, filtered.

    `speaker` matches (case-insensitively, as a substring) the speaker as written or the
    resolved person's name; `text` the quoted words; `person_id` the resolved speaker.
    """
    return con.execute(
        """
        select q.quote_id, q.article_id, a.title, q.text, q.kind, q.cue, q.speaker_surface,
               q.speaker_person_id, p.canonical_name as speaker_name, q.char_start
        from main.quote q
        join main.article a using (article_id)
        left join main.person p on p.person_id = q.speaker_person_id
        where ($speaker = '' or q.speaker_surface ilike '%' || $speaker || '%'
               or p.canonical_name ilike '%' || $speaker || '%')
          and ($text = '' or q.text ilike '%' || $text || '%')
          and ($person_id is null or q.speaker_person_id = $person_id)
          and (not $unattributed or q.speaker_surface is null)
        order by a.title, q.char_start
        """,
        {
            "speaker": speaker.strip(),
            "text": text.strip(),
            "person_id": person_id,
            "unattributed": unattributed_only,
        },
    ).pl()


# -- one article -------------------------------------------------------------------------------


def articles(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Current articles for a picker: id, title, publisher, day."""
    return con.execute(
        """select article_id, title, coalesce(publisher, '(unknown)') as publisher,
                  cast(coalesce(published_at, ingested_at) as date) as day
           from main.article order by title"""
    ).pl()


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, object] | None:
    """One current article with its metadata, or None."""
    frame = con.execute(
        """select article_id, title, document_text, publisher, url, published_at, language,
                  word_count, extractor_version, source_uri, ingested_at, image_caption,
                  image_credit, run_id
           from main.article where article_id = ?""",
        [article_id],
    ).pl()
    return frame.row(0, named=True) if frame.height else None


def article_mentions(con: duckdb.DuckDBPyConnection, article_id: str) -> pl.DataFrame:
    """Person mentions of an article with their person, in text order."""
    return con.execute(
        """select m.char_start, m.char_end, m.surface, m.method, m.person_id, p.canonical_name
           from main.person_mention m join main.person p using (person_id)
           where m.article_id = ? order by m.char_start""",
        [article_id],
    ).pl()


def article_quotes(con: duckdb.DuckDBPyConnection, article_id: str) -> pl.DataFrame:
    """Quotes of an article with speaker spans and people, in text order."""
    return con.execute(
        """select q.quote_id, q.char_start, q.char_end, q.text, q.kind, q.cue,
                  q.speaker_surface, q.speaker_char_start, q.speaker_char_end,
                  q.speaker_person_id, p.canonical_name as speaker_name
           from main.quote q left join main.person p on p.person_id = q.speaker_person_id
           where q.article_id = ? order by q.char_start""",
        [article_id],
    ).pl()


def article_authors(con: duckdb.DuckDBPyConnection, article_id: str) -> pl.DataFrame:
    """Authors of an article in byline order."""
    return con.execute(
        """select au.name, au.role, au.publisher, au.bio, aa.position
           from main.article_author aa join main.author au using (author_id)
           where aa.article_id = ? order by aa.position""",
        [article_id],
    ).pl()


# -- who appears with whom ---------------------------------------------------------------------


def top_people_by_articles(con: duckdb.DuckDBPyConnection, top: int) -> pl.DataFrame:
    """The `top` people named in the most articles (`marts.people_by_articles`)."""
    return con.execute(
        "select person_id, canonical_name, articles from marts.people_by_articles limit ?", [top]
    ).pl()


def co_mentions(con: duckdb.DuckDBPyConnection, top: int = 15) -> pl.DataFrame:
    """Pairs among the `top` people by articles, with the articles naming both."""
    return con.execute(
        """with t as (select person_id from marts.people_by_articles limit ?)
           select person_a_id, person_a, person_b_id, person_b, articles
           from marts.co_mentions
           where person_a_id in (select person_id from t)
             and person_b_id in (select person_id from t)
           order by articles desc, person_a, person_b""",
        [top],
    ).pl()


# -- pipeline health ---------------------------------------------------------------------------


def runs(con: duckdb.DuckDBPyConnection, limit: int = 20) -> pl.DataFrame:
    """The most recent ingest runs with their counts."""
    return con.execute(
        """select run_id, started_at, ended_at, status, files_seen, files_loaded,
                  files_unchanged, files_rejected, files_deleted, extractor_version,
                  round(epoch(ended_at) - epoch(started_at), 1) as seconds, message
           from main.ingest_run order by started_at desc limit ?""",
        [limit],
    ).pl()


def rejected_files(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Files rejected by ingest, with their reasons."""
    return con.execute(
        """select source_uri, error_reason, size_bytes, encoding, updated_at
           from main.source_file where status = 'rejected' order by source_uri"""
    ).pl()


def files_by_status(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Source files per status."""
    return con.execute(
        "select status, count(*) as files from main.source_file group by all order by status"
    ).pl()


def validation_failures(con: duckdb.DuckDBPyConnection, limit: int = 50) -> pl.DataFrame:
    """The latest pandera failure cases of rows left out (meta.validation_failure)."""
    return con.execute(
        """select recorded_at, run_id, table_name, check_name, column_name, failure_case,
                  article_id
           from meta.validation_failure order by recorded_at desc limit ?""",
        [limit],
    ).pl()


def extractor_versions(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Extractor versions of the current articles, newest run first."""
    return con.execute(
        """select extractor_version, count(*) as articles, max(ingested_at) as last_ingested
           from main.article group by all order by last_ingested desc"""
    ).pl()
