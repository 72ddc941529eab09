"""Typed settings, from NEWSDESK_* environment variables (or CLI options, which win)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from transforms.readers import DEFAULT_LIMITS, EXTENSIONS, Limits
from transforms.readers.json_feed import FieldMap, with_fields


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSDESK_")

    warehouse: str = "warehouse.duckdb"  # a DuckDB file, or a DuckLake target (ducklake:…)
    lake_data: str | None = None  # the DuckLake data path (a folder or an s3://-style URL)
    state_dir: Path = Path(".newsdesk")
    batch_size: int = 64
    cluster: str | None = None  # a Dask scheduler address: batches run on its workers
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1)
    extensions: tuple[str, ...] = EXTENSIONS
    # Limits on what one file may cost: over them a file (or record) is rejected with a reason.
    max_file_bytes: int = 20 * 1024 * 1024
    max_decompressed_bytes: int = DEFAULT_LIMITS.decompressed_bytes
    max_articles_per_file: int = DEFAULT_LIMITS.articles_per_file
    max_article_chars: int = DEFAULT_LIMITS.article_chars

    # Extra keys per article field for JSON feeds, tried before the built-in ones, e.g.
    # NEWSDESK_JSON_FIELDS='{"title": ["webTitle"], "body": ["fields.bodyText"]}'.
    json_fields: dict[str, list[str]] = {}

    def field_map(self) -> FieldMap:
        return with_fields(self.json_fields)

    def limits(self) -> Limits:
        return Limits(
            self.max_decompressed_bytes, self.max_articles_per_file, self.max_article_chars
        )
