"""Validate a batch's frames together: every table model, every span against its document,
every foreign key. Articles with a failing row are dropped from the batch, never loaded."""

from __future__ import annotations

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl
from pandera.config import ValidationDepth, config_context

from schemas.tables import MODELS, KeyCheck, SpanCheck

FAILURE_SCHEMA = {
    "table_name": pl.String(), "check_name": pl.String(), "column_name": pl.String(),
    "failure_case": pl.String(), "article_id": pl.String(),
}  # fmt: skip
_ALL = "*"  # a failure that cannot be tied to one article fails the whole batch


@dataclass(slots=True)
class Validated:
    frames: dict[str, pl.DataFrame]  # only articles whose every row passed
    failures: pl.DataFrame  # FAILURE_SCHEMA, one row per failure case
    rejected_articles: dict[str, str]  # article_id -> reason


def validate_batch(frames: dict[str, pl.DataFrame]) -> Validated:
    """Run every check with data-level checks on; drop the articles that fail any of them."""
    failures: list[pl.DataFrame] = []
    with config_context(validation_depth=ValidationDepth.SCHEMA_AND_DATA):
        for table, model in MODELS.items():
            failures.append(_check(table, model, frames[table], frames))
        failures.append(_check("span", SpanCheck, span_checks(frames), frames))
        failures.append(_check("key", KeyCheck, key_checks(frames), frames))
    found = pl.concat(failures) if failures else pl.DataFrame(schema=FAILURE_SCHEMA)
    if found.is_empty():
        return Validated(frames, found, {})
    reasons: dict[str, str] = {}
    for row in found.iter_rows(named=True):
        reasons.setdefault(
            row["article_id"],
            f"validation failed: {row['table_name']}.{row['column_name']} {row['check_name']}",
        )
    if _ALL in reasons:
        bad = set(frames["article"]["article_id"].to_list())
        reasons = dict.fromkeys(bad, reasons[_ALL])
    return Validated(drop_articles(frames, set(reasons)), found, reasons)


def drop_articles(
    frames: dict[str, pl.DataFrame], article_ids: set[str]
) -> dict[str, pl.DataFrame]:
    """The frames without the given articles, and without people or authors left unreferenced."""
    ids = pl.Series(list(article_ids), dtype=pl.String)
    kept = {
        name: df.filter(~pl.col("article_id").is_in(ids)) if "article_id" in df.columns else df
        for name, df in frames.items()
    }
    used_people = pl.concat(
        [kept["person_mention"]["person_id"], kept["quote"]["speaker_person_id"].drop_nulls()]
    )
    kept["person"] = kept["person"].filter(pl.col("person_id").is_in(used_people))
    kept["author"] = kept["author"].filter(
        pl.col("author_id").is_in(kept["article_author"]["author_id"])
    )
    return kept


def span_checks(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Each mention, quote, speaker and byline span with the document slice it points at."""
    docs = frames["article"].select("article_id", "document_text")
    parts = [
        frames["person_mention"].select(
            pl.lit("person_mention").alias("table"), pl.col("mention_id").alias("row_id"),
            "article_id", pl.col("surface").alias("claimed"), "char_start", "char_end",
        ),
        frames["quote"].select(
            pl.lit("quote").alias("table"), pl.col("quote_id").alias("row_id"),
            "article_id", pl.col("text").alias("claimed"), "char_start", "char_end",
        ),
        frames["quote"].drop_nulls("speaker_char_start").select(
            pl.lit("quote.speaker").alias("table"), pl.col("quote_id").alias("row_id"),
            "article_id", pl.col("speaker_surface").alias("claimed"),
            pl.col("speaker_char_start").alias("char_start"),
            pl.col("speaker_char_end").alias("char_end"),
        ),
        frames["article"].drop_nulls("dateline_char_start").select(
            pl.lit("article.dateline").alias("table"), pl.col("article_id").alias("row_id"),
            "article_id", pl.col("dateline").alias("claimed"),
            pl.col("dateline_char_start").alias("char_start"),
            pl.col("dateline_char_end").alias("char_end"),
        ),
    ]  # fmt: skip
    spans = pl.concat(parts).join(docs, on="article_id", how="left")
    return spans.select(
        "table", "row_id", "article_id", "claimed",
        pl.col("document_text")
        .str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
        .alias("actual"),
    )  # fmt: skip


def key_checks(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Every foreign key of the batch and whether its target row is in the batch."""
    articles = frames["article"]["article_id"]
    people = frames["person"]["person_id"]
    authors = frames["author"]["author_id"]

    def refs(table: str, id_col: str, col: str, targets: pl.Series) -> pl.DataFrame:
        df = frames[table].drop_nulls(col)
        return df.select(
            pl.lit(table).alias("table"), pl.col(id_col).cast(pl.String).alias("row_id"),
            "article_id", pl.lit(col).alias("column"), pl.col(col).is_in(targets).alias("resolves"),
        )  # fmt: skip

    return pl.concat(
        [
            refs("person_mention", "mention_id", "article_id", articles),
            refs("person_mention", "mention_id", "person_id", people),
            refs("quote", "quote_id", "article_id", articles),
            refs("quote", "quote_id", "speaker_person_id", people),
            refs("article_author", "author_id", "article_id", articles),
            refs("article_author", "article_id", "author_id", authors),
            refs("article_signature", "article_id", "article_id", articles),
        ]
    )


def _check(
    table: str, model: type[pa.DataFrameModel], df: pl.DataFrame, frames: dict[str, pl.DataFrame]
) -> pl.DataFrame:
    try:
        model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return _failures(table, exc.failure_cases, df, frames)
    return pl.DataFrame(schema=FAILURE_SCHEMA)


def _failures(
    table: str, cases: pl.DataFrame, df: pl.DataFrame, frames: dict[str, pl.DataFrame]
) -> pl.DataFrame:
    """Failure cases with the article each failing row belongs to (or * for the batch)."""
    owners = _article_of_rows(table, df, frames)
    rows = []
    for case in cases.iter_rows(named=True):
        index = case.get("index")
        owner = owners[index] if index is not None and index < len(owners) else _ALL
        rows.append(
            {
                "table_name": table, "check_name": str(case["check"]),
                "column_name": str(case["column"]), "failure_case": str(case["failure_case"])[:500],
                "article_id": owner or _ALL,
            }
        )  # fmt: skip
    return pl.DataFrame(rows, schema=FAILURE_SCHEMA)


def _article_of_rows(
    table: str, df: pl.DataFrame, frames: dict[str, pl.DataFrame]
) -> list[str | None]:
    if "article_id" in df.columns:
        return df["article_id"].to_list()
    key, source = {
        "person": ("person_id", frames["person_mention"].select("person_id", "article_id")),
        "author": ("author_id", frames["article_author"].select("author_id", "article_id")),
    }[table]
    first = source.unique(key, keep="first")
    return (
        df.select(key)
        .join(first, on=key, how="left", maintain_order="left")["article_id"]
        .to_list()
    )
