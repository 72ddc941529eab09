"""One pandera DataFrameModel per table: names, types, nullability, keys and value checks."""

from __future__ import annotations

from typing import Annotated

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

SHA256 = r"^[0-9a-f]{64}$"
HEX_ID = r"^[0-9a-f]{16}$"
MINHASH_VALUES = 64  # transforms.duplicates.NUM_PERM
UTC_TS = pl.Datetime("us", "UTC")


def _span_ok(data: PolarsData, start: str, end: str) -> pl.LazyFrame:
    """start < end and start >= 0, or both null."""
    s, e = pl.col(start), pl.col(end)
    return data.lazyframe.select(
        ((s.is_null() & e.is_null()) | ((s >= 0) & (e > s))).fill_null(False)
    )


class Article(pa.DataFrameModel):
    article_id: str = pa.Field(unique=True, str_matches=HEX_ID)
    source_uri: str = pa.Field(str_length={"min_value": 1})
    content_sha256: str = pa.Field(str_matches=SHA256)
    document_text: str
    title: str = pa.Field(str_length={"min_value": 1, "max_value": 300})
    image_caption: str = pa.Field(nullable=True)
    image_credit: str = pa.Field(nullable=True)
    body_text: str = pa.Field(str_length={"min_value": 1})
    word_count: pl.Int32 = pa.Field(ge=0)
    publisher: str = pa.Field(nullable=True)
    url: str = pa.Field(nullable=True)
    published_at: UTC_TS = pa.Field(nullable=True)  # type: ignore[valid-type]
    language: str = pa.Field(str_length={"min_value": 2, "max_value": 3})
    extractor_version: str
    run_id: str
    ingested_at: UTC_TS  # type: ignore[valid-type]
    dateline: str = pa.Field(nullable=True)
    dateline_place: str = pa.Field(nullable=True)
    dateline_agency: str = pa.Field(nullable=True)
    dateline_char_start: pl.Int32 = pa.Field(nullable=True)
    dateline_char_end: pl.Int32 = pa.Field(nullable=True)
    dek: str = pa.Field(nullable=True)

    class Config:
        strict = True

    @pa.dataframe_check
    def dateline_span_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return _span_ok(data, "dateline_char_start", "dateline_char_end")


class Author(pa.DataFrameModel):
    author_id: str = pa.Field(unique=True, str_matches=HEX_ID)
    name: str = pa.Field(str_length={"min_value": 2})
    role: str = pa.Field(nullable=True)
    bio: str = pa.Field(nullable=True)
    publisher: str = pa.Field(nullable=True)

    class Config:
        strict = True


class ArticleAuthor(pa.DataFrameModel):
    article_id: str = pa.Field(str_matches=HEX_ID)
    author_id: str = pa.Field(str_matches=HEX_ID)
    position: pl.Int16 = pa.Field(ge=1)
    char_start: pl.Int32 = pa.Field(nullable=True)
    char_end: pl.Int32 = pa.Field(nullable=True)

    class Config:
        strict = True
        unique = ("article_id", "author_id")

    @pa.dataframe_check
    def span_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return _span_ok(data, "char_start", "char_end")


class Person(pa.DataFrameModel):
    person_id: str = pa.Field(unique=True, str_matches=HEX_ID)
    canonical_name: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class PersonMention(pa.DataFrameModel):
    mention_id: str = pa.Field(unique=True, str_matches=HEX_ID)
    article_id: str = pa.Field(str_matches=HEX_ID)
    person_id: str = pa.Field(str_matches=HEX_ID)
    surface: str = pa.Field(str_length={"min_value": 1})
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=1)
    sentence_index: pl.Int32 = pa.Field(ge=0)
    method: str = pa.Field(isin=["ner", "relative", "alias", "byline"])

    class Config:
        strict = True

    @pa.dataframe_check
    def span_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return _span_ok(data, "char_start", "char_end")

    @pa.dataframe_check
    def surface_fits_span(cls, data: PolarsData) -> pl.LazyFrame:
        length = pl.col("char_end") - pl.col("char_start")
        return data.lazyframe.select(pl.col("surface").str.len_chars() == length)


class Quote(pa.DataFrameModel):
    quote_id: str = pa.Field(unique=True, str_matches=HEX_ID)
    article_id: str = pa.Field(str_matches=HEX_ID)
    text: str = pa.Field(str_length={"min_value": 1})
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=1)
    kind: str = pa.Field(isin=["direct", "partial", "block"])
    paragraph_index: pl.Int32 = pa.Field(ge=-1)  # -1: the title
    speaker_surface: str = pa.Field(nullable=True)
    speaker_char_start: pl.Int32 = pa.Field(nullable=True)
    speaker_char_end: pl.Int32 = pa.Field(nullable=True)
    speaker_person_id: str = pa.Field(nullable=True, str_matches=HEX_ID)
    cue: str = pa.Field(nullable=True)
    cue_char_start: pl.Int32 = pa.Field(nullable=True)
    cue_char_end: pl.Int32 = pa.Field(nullable=True)
    region: str = pa.Field(isin=["body", "title"])

    class Config:
        strict = True

    @pa.dataframe_check
    def span_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return _span_ok(data, "char_start", "char_end")

    @pa.dataframe_check
    def title_has_no_paragraph(cls, data: PolarsData) -> pl.LazyFrame:
        in_title = pl.col("region") == "title"
        return data.lazyframe.select(in_title == (pl.col("paragraph_index") == -1))

    @pa.dataframe_check
    def speaker_span_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return _span_ok(data, "speaker_char_start", "speaker_char_end")

    @pa.dataframe_check
    def cue_span_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return _span_ok(data, "cue_char_start", "cue_char_end")

    @pa.dataframe_check
    def text_fits_span(cls, data: PolarsData) -> pl.LazyFrame:
        length = pl.col("char_end") - pl.col("char_start")
        return data.lazyframe.select(pl.col("text").str.len_chars() == length)


class SpanCheck(pa.DataFrameModel):
    """One row per span of another table: the text it claims against the document's slice."""

    table: str
    row_id: str
    article_id: str
    claimed: str
    actual: str = pa.Field(nullable=True)

    @pa.dataframe_check
    def claimed_equals_document_slice(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("claimed") == pl.col("actual")).fill_null(False))


class KeyCheck(pa.DataFrameModel):
    """One row per foreign key value of a batch, with whether it resolves."""

    table: str
    row_id: str
    article_id: str
    column: str
    resolves: bool = pa.Field(isin=[True])


class ArticleSignature(pa.DataFrameModel):
    """Duplicate-detection fingerprints of an article's body (transforms/duplicates.py)."""

    article_id: str = pa.Field(str_matches=HEX_ID, unique=True)
    text_fingerprint: str = pa.Field(str_matches=SHA256)
    minhash: Annotated[pl.List, pl.UInt32()] = pa.Field()

    class Config:
        strict = True

    @pa.dataframe_check
    def full_signature(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("minhash").list.len() == MINHASH_VALUES)


MODELS: dict[str, type[pa.DataFrameModel]] = {
    "article": Article,
    "author": Author,
    "article_author": ArticleAuthor,
    "person": Person,
    "person_mention": PersonMention,
    "quote": Quote,
    "article_signature": ArticleSignature,
}
