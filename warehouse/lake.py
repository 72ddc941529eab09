"""A DuckLake warehouse: the same schemas, tables, comments, views and marts as the embedded
file, stored as Parquet files under a data path with a catalog in PostgreSQL (or any catalog
DuckLake takes). Several processes may write and read it at once.

A target is written as DuckDB writes it: ``ducklake:postgres:dbname=news host=… user=…``. The
DuckDB extensions come from the PyPI packages ``duckdb-extension-ducklake`` and
``duckdb-extension-postgres`` (matched to the pinned DuckDB): nothing is downloaded.

A run is one DuckLake transaction: readers see the run whole, at its commit, or not at all. A
commit that races another writer is retried by DuckLake (``ducklake_max_retry_count``); dimension
rows that two concurrent runs both added are reduced to one after each commit.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from contextlib import suppress
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa

from warehouse.load import RUN_TRANSACTION
from warehouse.migrate import migrate

PREFIX = "ducklake:"
ALIAS = "lake"
COMMIT_RETRIES = 100  # DuckLake's own retries of a commit that raced another writer
DEDUPE_ATTEMPTS = 20
ATTACH_ATTEMPTS = 10
# Tables whose rows any run may add for the same key (the others belong to one source file).
DIMENSIONS = {"core.person": "person_id", "core.author": "author_id"}


class LakeConflict(RuntimeError):
    """A run's changes conflict with a run that committed first (both changed the same rows)."""


def is_lake_target(target: str | Path) -> bool:
    return str(target).startswith(PREFIX)


def extension_file(name: str) -> Path:
    """The extension shipped by the PyPI package ``duckdb-extension-<name>``."""
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    version = duckdb.__version__
    if spec and spec.submodule_search_locations:
        path = Path(spec.submodule_search_locations[0], "extensions", f"v{version}")
        path = path / f"{name}.duckdb_extension"
        if path.exists():
            return path
    raise RuntimeError(
        f"the DuckDB extension {name!r} for DuckDB {version} is not installed: "
        f"install duckdb-extension-{name}=={version} (uv sync does)"
    )


def extension_directory() -> Path:
    """A project-owned folder for installed extensions, inside the environment."""
    return Path(sys.prefix) / "share" / "newsdesk" / "duckdb_extensions"


def _load_extensions(con: duckdb.DuckDBPyConnection, catalog: str) -> None:
    con.execute(f"load {_literal(str(extension_file('ducklake')))}")
    if catalog.startswith("postgres:"):
        # postgres's entry point is named postgres_scanner: it loads once installed, by name.
        try:
            con.execute("load postgres")
        except duckdb.Error:
            con.execute(f"force install {_literal(str(extension_file('postgres')))}")
            con.execute("load postgres")


def connect_lake(
    target: str, data_path: str | None = None, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """A connection whose current database is the lake (attached as ``lake``)."""
    if not is_lake_target(target):
        raise ValueError(f"not a DuckLake target (ducklake:…): {target}")
    folder = extension_directory()
    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(
        config={
            "extension_directory": str(folder),
            "autoinstall_known_extensions": "false",
            "autoload_known_extensions": "false",
        }
    )
    con.execute("set timezone = 'UTC'")
    _load_extensions(con, target.removeprefix(PREFIX))
    options = []
    if data_path:
        if "://" not in data_path:
            Path(data_path).mkdir(parents=True, exist_ok=True)
        options.append(f"data_path {_literal(data_path)}")
    if read_only:
        options.append("read_only")
    suffix = f" ({', '.join(options)})" if options else ""
    for attempt in range(ATTACH_ATTEMPTS):
        try:
            con.execute(f"attach {_literal(target)} as {ALIAS}{suffix}")
            break
        except duckdb.Error as exc:
            # Writers opening a new lake at once race to create its catalog tables: the
            # losers find them made on a later attempt.
            if attempt == ATTACH_ATTEMPTS - 1:
                con.close()
                raise RuntimeError(f"cannot open the lake {target}: {exc}") from None
            time.sleep(0.2 * (attempt + 1))
    con.execute(f"use {ALIAS}")
    con.execute(f"set ducklake_max_retry_count = {COMMIT_RETRIES}")
    return con


class LakeWriter:
    """A run's writer on a lake, with the interface of the embedded SnapshotWriter: write
    through ``con`` inside the run's transaction, ``publish()`` commits it, ``sync()`` undoes
    it. Many LakeWriters may be open at once, in many processes."""

    def __init__(self, target: str, data_path: str | None = None) -> None:
        self.target = target
        self.data_path = data_path
        self._con: duckdb.DuckDBPyConnection | None = None
        self._kept_runs: pa.Table | None = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise RuntimeError("the lake writer is not open")
        return self._con

    def __enter__(self) -> LakeWriter:
        self._con = connect_lake(self.target, self.data_path)
        _migrate(self._con)
        self._con.execute(f"set variable {RUN_TRANSACTION} = true")
        self._con.execute("begin transaction")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._con is not None:
            with suppress(duckdb.Error):  # nothing is left open once published
                self._con.execute("rollback")
            self._con.close()
            self._con = None

    def sync(self) -> int:
        """Undo what this run wrote (readers never saw it) but the run's own record."""
        runs = self._running_runs() if self._kept_runs is None else self._kept_runs
        with suppress(duckdb.TransactionException):  # a failed commit rolled back already
            self.con.execute("rollback")
        self.con.execute("begin transaction")
        self.con.register("kept_runs", runs)
        self.con.execute("insert into meta.ingest_run by name select * from kept_runs")
        self.con.unregister("kept_runs")
        self._kept_runs = None
        return 0

    def publish(self) -> None:
        """Commit the run, then reduce any dimension rows that a concurrent run also added."""
        self._kept_runs = self._running_runs()
        try:
            self.con.execute("commit")
        except duckdb.TransactionException as exc:
            raise LakeConflict(f"the run conflicts with a concurrent run: {exc}") from None
        self._kept_runs = None
        drop_twins(self.con)
        self.con.execute("begin transaction")

    def _running_runs(self) -> pa.Table:
        # Runs are committed only when they end: the running ones here are this writer's.
        return self.con.execute("select * from meta.ingest_run where status = 'running'").arrow()


def compact(target: str) -> float:
    """DuckLake's maintenance in one step (CHECKPOINT): small inserts kept inline in the
    catalog are written out as Parquet, adjacent small files merged, expired snapshots and
    their files removed. Safe beside readers and writers. Returns the seconds it took."""
    started = time.perf_counter()
    with connect_lake(target) as con:
        con.execute("checkpoint")
    return time.perf_counter() - started


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Migrations of a lake shared by several writers: when a concurrent first run applied a
    migration first (a commit conflict, or its column or table is already there), read the
    version again and go on from it."""
    for attempt in range(DEDUPE_ATTEMPTS):
        try:
            migrate(con)
            return
        except duckdb.Error:  # a conflict, or what another writer created first
            if attempt == DEDUPE_ATTEMPTS - 1:
                raise
            with suppress(duckdb.Error):
                con.execute("rollback")
            time.sleep(0.2 * (attempt + 1))


def drop_twins(con: duckdb.DuckDBPyConnection) -> int:
    """Keep one row per key in the shared dimensions (two runs committing at once may each
    have added the same person or author). Retried when another writer deletes at once."""
    removed = 0
    for table, key in DIMENSIONS.items():
        for attempt in range(DEDUPE_ATTEMPTS):
            try:
                row = con.execute(
                    f"""delete from {table} where rowid in (
                            select rowid from (
                                select rowid, row_number() over (
                                    partition by {key} order by rowid) as n
                                from {table})
                            where n > 1)"""
                ).fetchone()
                removed += int(row[0]) if row else 0
                break
            except duckdb.TransactionException:
                if attempt == DEDUPE_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
    return removed


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
