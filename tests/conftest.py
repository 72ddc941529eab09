"""Shared fixtures: paths, an isolated Prefect home, and one warehouse built by the real flow."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.paths import SAMPLES, SEED

# Prefect must see its settings before it is first imported (flows/__init__ sets the rest).
_STATE = Path(tempfile.mkdtemp(prefix="newsdesk-test-state-"))
os.environ["NEWSDESK_STATE_DIR"] = str(_STATE)
os.environ["PREFECT_HOME"] = str(_STATE / "prefect")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_STATE, ignore_errors=True)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"the seed article is missing: {SEED} (../shared must sit beside the repo)")
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """The sample articles plus the seed, copied to a folder the tests may change."""
    folder = tmp_path_factory.mktemp("corpus")
    for f in SAMPLES.iterdir():
        shutil.copy(f, folder / f.name)
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture(scope="session")
def built(corpus_dir, tmp_path_factory) -> tuple[Path, dict]:
    """A warehouse built by one real flow run over the corpus: (path, run result)."""
    from flows.ingest import ingest

    path = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    result = ingest(str(corpus_dir), str(path))
    return path, result
