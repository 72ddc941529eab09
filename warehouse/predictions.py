"""The warehouse's people and quotes in the shape the scorer reads (one row per span)."""

from __future__ import annotations

import duckdb
import polars as pl

_STEM = r"regexp_extract(a.source_uri, '([^/\\]+)\.[^./\\]+$', 1)"


def mentions(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return con.execute(
        f"""select {_STEM} as doc, m.char_start, m.char_end, m.surface, p.canonical_name
            from main.person_mention m
            join main.article a using (article_id)
            join main.person p using (person_id)"""
    ).pl()


def quotes(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    return con.execute(
        f"""select {_STEM} as doc, q.char_start, q.char_end, q.text, q.kind, q.speaker_surface,
                   q.speaker_char_start, q.speaker_char_end,
                   p.canonical_name as speaker_canonical
            from main.quote q
            join main.article a using (article_id)
            left join main.person p on p.person_id = q.speaker_person_id"""
    ).pl()
