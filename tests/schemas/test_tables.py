"""Frames that must fail do fail; a failing article is dropped, the rest of the batch kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pandera.polars as pa
import polars as pl
import pytest

from schemas.tables import Article, PersonMention, Quote
from schemas.validate import validate_batch
from tests.paths import FIXTURES
from transforms.batch import RawFile, transform_batch

TEXTS = {
    "a.txt": "Council Votes\n\n“We will fix the roads,” said Mayor Rosa Delgado on Monday.",
    "b.txt": "Harbor Plan\n\nDaniel Whitcomb said the harbor plan was “a sales pitch.”",
}


@pytest.fixture(scope="module")
def frames() -> dict[str, pl.DataFrame]:
    files = [RawFile(name, "0" * 64, text.encode()) for name, text in TEXTS.items()]
    return transform_batch(files, "run-1", datetime.now(UTC)).frames


def test_extracted_frames_pass_every_check(frames):
    result = validate_batch(frames)
    assert result.failures.is_empty()
    assert result.frames["article"].height == 2


def test_mention_whose_surface_is_not_its_span_fails(frames):
    bad = frames["person_mention"].with_columns(pl.col("char_end") + 1)
    with pytest.raises(pa.errors.SchemaErrors, match="surface_fits_span"):
        PersonMention.validate(bad, lazy=True)


def test_unknown_quote_kind_and_reversed_span_fail(frames):
    bad = frames["quote"].with_columns(kind=pl.lit("rumour"), char_end=pl.col("char_start") - 1)
    with pytest.raises(pa.errors.SchemaErrors) as err:
        Quote.validate(bad, lazy=True)
    checks = set(err.value.failure_cases["check"].cast(pl.String))
    assert any("isin" in c for c in checks)
    assert "span_in_order" in checks


def test_title_quote_must_have_no_paragraph(frames):
    bad = frames["quote"].with_columns(region=pl.lit("title"))  # paragraph_index stays 0
    with pytest.raises(pa.errors.SchemaErrors, match="title_has_no_paragraph"):
        Quote.validate(bad, lazy=True)


def test_duplicate_article_ids_fail(frames):
    doubled = pl.concat([frames["article"], frames["article"]])
    with pytest.raises(pa.errors.SchemaErrors, match="field_uniqueness"):
        Article.validate(doubled, lazy=True)


def test_wrong_column_type_fails(frames):
    bad = frames["article"].with_columns(pl.col("word_count").cast(pl.Float64))
    with pytest.raises(pa.errors.SchemaErrors):
        Article.validate(bad, lazy=True)


def test_article_with_a_bad_span_is_dropped_and_the_rest_kept(frames):
    victim = frames["quote"]["article_id"][0]
    broken = dict(frames)
    broken["quote"] = frames["quote"].with_columns(
        pl.when(pl.col("article_id") == victim)
        .then(pl.col("char_start") + 1)
        .otherwise(pl.col("char_start"))
        .alias("char_start")
    )
    result = validate_batch(broken)
    assert set(result.rejected_articles) == {victim}
    assert victim not in result.frames["article"]["article_id"].to_list()
    assert result.frames["article"].height == 1
    assert not result.failures.is_empty()


def test_orphan_foreign_key_is_caught(frames):
    broken = dict(frames)
    broken["person"] = frames["person"].head(0)
    result = validate_batch(broken)
    assert result.frames["article"].is_empty()
    assert "key" in set(result.failures["table_name"])


@pytest.mark.parametrize("folder", ["speaker_identity", "speaker_identity_blind"])
def test_every_gold_fixture_article_passes_every_check(folder):
    """Every rule's mentions and quotes fit the schemas: a new rule whose rows break a check
    would drop whole articles from the warehouse (and from `newsdesk eval`)."""
    paths = sorted((FIXTURES / folder).glob("*.txt"))
    files = [RawFile(p.name, "0" * 64, p.read_bytes()) for p in paths]
    result = validate_batch(transform_batch(files, "run-1", datetime.now(UTC)).frames)
    assert result.failures.is_empty(), result.failures
    assert result.frames["article"].height == len(paths)
