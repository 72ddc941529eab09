"""A real PostgreSQL server for the session (the DuckLake catalog) and a fresh lake per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from flows.localhost import free_port
from flows.postgres_server import create_database, postgres_server


@dataclass(frozen=True)
class Lake:
    target: str  # ducklake:postgres:dbname=… host=… port=… user=…
    data: Path  # its DuckLake data path


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """The libpq DSN (no database name) of a PostgreSQL server started for these tests."""
    with postgres_server(free_port()) as dsn:
        yield dsn


@pytest.fixture
def lake(postgres, tmp_path) -> Lake:
    """An empty lake: a new catalog database on the test server and a data folder."""
    dsn = create_database(postgres, f"lake_{uuid.uuid4().hex[:12]}")
    return Lake(f"ducklake:postgres:{dsn}", tmp_path / "lake-data")
