"""Where the warehouse snapshot is, and which file is at the path now.

A new snapshot is published by replacing the file at the path (os.replace), so the dashboard
keeps no connection between reruns: each render opens the file that is at the path now
(warehouse.connect.connect_reader) and closes it when the page is drawn.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

ENV_VAR = "NEWSDESK_WAREHOUSE"
DEFAULT_PATH = "warehouse.duckdb"


def warehouse_path() -> str:
    """The warehouse the dashboard reads: NEWSDESK_WAREHOUSE (a file or a ducklake: target),
    else ./warehouse.duckdb."""
    return os.environ.get(ENV_VAR) or DEFAULT_PATH


def snapshot_stamp(path: str) -> tuple[int, int] | None:
    """(inode, mtime in ns) of the file now at path, or None when there is none. A lake is
    read at its latest committed snapshot on every render: its stamp is the time of reading."""
    if path.startswith("ducklake:"):
        return 0, time.time_ns()
    try:
        st = Path(path).stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns


def published_at(stamp: tuple[int, int]) -> datetime:
    """When a snapshot was written, from its snapshot_stamp (mtime, UTC)."""
    return datetime.fromtimestamp(stamp[1] / 1e9, tz=UTC)
