"""Typed settings, from NEWSDESK_* environment variables (or CLI options, which win)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from transforms.readers import EXTENSIONS


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSDESK_")

    warehouse: Path = Path("warehouse.duckdb")
    state_dir: Path = Path(".newsdesk")
    batch_size: int = 64
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1)
    max_file_bytes: int = 20 * 1024 * 1024
    extensions: tuple[str, ...] = EXTENSIONS
