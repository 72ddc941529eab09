"""Run bookkeeping: the ingest_run row of each run and the files known from earlier runs."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import polars as pl


@dataclass(slots=True)
class RunCounts:
    files_seen: int = 0
    files_loaded: int = 0
    files_unchanged: int = 0
    files_rejected: int = 0
    files_deleted: int = 0

    @property
    def status(self) -> str:
        return "completed with rejections" if self.files_rejected else "completed"


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    flow_run_id: str | None,
    source: str,
    extractor_version: str,
) -> None:
    """Record a new run as running; runs left running by a crashed process become abandoned."""
    con.execute(
        """update meta.ingest_run set status = 'abandoned', ended_at = current_timestamp,
               message = 'the process stopped before the run finished'
           where status = 'running'"""
    )
    con.execute(
        """insert into meta.ingest_run (run_id, flow_run_id, source, started_at, status,
                                        extractor_version)
           values (?, ?, ?, current_timestamp, 'running', ?)""",
        [run_id, flow_run_id, source, extractor_version],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    counts: RunCounts,
    stage_seconds: Mapping[str, float],
    status: str | None = None,
    message: str | None = None,
) -> None:
    con.execute(
        """update meta.ingest_run set ended_at = current_timestamp, status = ?,
               files_seen = ?, files_loaded = ?, files_unchanged = ?, files_rejected = ?,
               files_deleted = ?, message = ?, stage_seconds = ?
           where run_id = ?""",
        [
            status or counts.status, counts.files_seen, counts.files_loaded,
            counts.files_unchanged, counts.files_rejected, counts.files_deleted, message,
            json.dumps({k: round(v, 3) for k, v in stage_seconds.items()}), run_id,
        ],
    )  # fmt: skip


def known_files(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every file recorded by earlier runs, with the hash, size and mtime last seen and the
    extractor version of the run that last processed it."""
    return con.execute(
        """select f.source_uri, f.sha256, f.size_bytes, f.modified_at, f.status,
                  r.extractor_version
           from meta.source_file f left join meta.ingest_run r on r.run_id = f.last_run_id"""
    ).pl()
