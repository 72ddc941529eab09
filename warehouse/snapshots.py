"""Readers never wait for a writer: a run writes a private standby copy of the warehouse and
publishes it by an atomic rename, so the file at the warehouse path is always a finished run.

Files beside the warehouse path ``W`` (all on one file system):

- ``W`` — the published snapshot. Readers open it read-only; nothing ever writes to it in place.
- ``W.standby`` — the copy a run writes. It is the snapshot before last, brought up to date at
  the start of the run by copying only the rows that the runs since then changed (``sync``).
- ``W.lock`` — held (``flock``) by the one run that may write; released when its process dies.
- ``W.previous`` — exists only for a moment during a swap.

Publishing hard-links the published file to ``W.previous``, renames the standby over ``W`` and
renames ``W.previous`` to ``W.standby``: the two copies trade places, nothing is copied. A run
that dies at any point leaves ``W`` as the last finished run left it; the next run re-syncs the
standby from ``W`` (undoing whatever the dead run wrote) and marks that run abandoned.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path
from types import TracebackType

import duckdb

from warehouse.connect import connect_writer
from warehouse.load import ARTICLE_CHILDREN, prune_dimensions, uncapped

UNPUBLISHED = "the process stopped before the run was published"
# The standby is private and a dead run's writes are undone by the next sync, so its log may
# grow long: a run checkpoints once, when it publishes, instead of at every 16 MB of log
# (DuckDB's default; each checkpoint rewrites the key indexes, ~3 s at 100k articles).
STANDBY_CHECKPOINT_THRESHOLD = "1GB"


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse's write lock."""


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def wal_of(path: Path) -> Path:
    return _sibling(path, ".wal")


def _is_lock_error(exc: duckdb.Error) -> bool:
    return "lock" in str(exc).lower()


class SnapshotWriter:
    """The one writer of a warehouse: ``with SnapshotWriter(path) as w:`` write through
    ``w.con``, then ``w.publish()``. Leaving the block without publishing publishes nothing."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).absolute()
        self.standby = _sibling(self.path, ".standby")
        self.previous = _sibling(self.path, ".previous")
        self.lock_path = _sibling(self.path, ".lock")
        self._lock_file = None
        self._con: duckdb.DuckDBPyConnection | None = None
        self.synced_rows = 0

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise RuntimeError("the snapshot writer is not open")
        return self._con

    def __enter__(self) -> SnapshotWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(self.lock_path, "a+")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock_file.close()
            self._lock_file = None
            raise WarehouseBusy(f"another run is writing {self.path}; try again later") from None
        try:
            self._recover()
            self._con = self._open_standby()
            self.synced_rows = self.sync()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        if self._lock_file is not None:
            self._lock_file.close()  # releases the flock
            self._lock_file = None

    def sync(self) -> int:
        """Bring the standby to the published state (see ``sync_from``); the writer's memory is
        capped from here on."""
        with uncapped(self.con):
            return sync_from(self.con, self.path) if self.path.exists() else 0

    def publish(self) -> None:
        """Make the standby the published warehouse, atomically; the old one becomes standby."""
        con = self.con
        con.execute("checkpoint")
        con.close()
        self._con = None
        if wal_of(self.standby).exists():
            raise RuntimeError(f"{self.standby} still has a write-ahead log after a checkpoint")
        if self.path.exists():
            self.previous.unlink(missing_ok=True)
            os.link(self.path, self.previous)
            os.replace(self.standby, self.path)
            os.replace(self.previous, self.standby)
        else:
            os.replace(self.standby, self.path)
        _fsync_dir(self.path.parent)

    def _recover(self) -> None:
        """Finish or undo a swap that a dead process left half done; fold a stray log."""
        if self.previous.exists():
            if self.standby.exists():
                self.previous.unlink()
            else:
                os.replace(self.previous, self.standby)
        if self.path.exists() and wal_of(self.path).exists():
            # Written in place by an older newsdesk: fold the log in before copying the file.
            connect_writer(self.path).close()
        if not self.path.exists():
            # Nothing was ever published: whatever a standby holds is an unfinished first run.
            self.standby.unlink(missing_ok=True)
            wal_of(self.standby).unlink(missing_ok=True)

    def _open_standby(self) -> duckdb.DuckDBPyConnection:
        if self.path.exists() and not self.standby.exists():
            self._copy_published()
        try:
            con = connect_writer(self.standby)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or not self.path.exists():
                raise
            # A reader still holds the old snapshot open: write a fresh copy instead.
            self._copy_published()
            con = connect_writer(self.standby)
        con.execute(f"set checkpoint_threshold = '{STANDBY_CHECKPOINT_THRESHOLD}'")
        return con

    def _copy_published(self) -> None:
        """A full copy of the published file (first run after publishing, or a pinned standby)."""
        tmp = _sibling(self.path, ".copying")
        shutil.copyfile(self.path, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        wal_of(self.standby).unlink(missing_ok=True)
        os.replace(tmp, self.standby)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_from(con: duckdb.DuckDBPyConnection, published: Path) -> int:
    """Make the warehouse open on ``con`` equal to ``published`` by copying only what differs.

    The runs that differ (published since this copy was last in use, or written here and never
    published) name the source files they touched; the rows of those files' articles, of the
    runs and of their validation failures are replaced by the published ones, and the people and
    authors they refer to are refreshed. Runs found only here are marked abandoned. Returns the
    number of rows copied.
    """
    con.execute(f"attach '{_quote(published)}' as pub (read_only)")
    try:
        con.execute("begin transaction")
        try:
            copied = _sync(con)
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
    finally:
        con.execute("detach pub")
    return copied


def _sync(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        """create or replace temp table sync_runs as
           (select run_id, status, ended_at from meta.ingest_run
            except select run_id, status, ended_at from pub.meta.ingest_run)
           union
           (select run_id, status, ended_at from pub.meta.ingest_run
            except select run_id, status, ended_at from meta.ingest_run)"""
    )
    con.execute(
        """create or replace temp table sync_files as
           select source_uri from meta.source_file
           where last_run_id in (select run_id from sync_runs)
           union
           select source_uri from pub.meta.source_file
           where last_run_id in (select run_id from sync_runs)"""
    )
    con.execute(
        """create or replace temp table sync_articles as
           select article_id from core.article
           where source_uri in (select source_uri from sync_files)
           union select article_id from pub.core.article
           where source_uri in (select source_uri from sync_files)
           union select article_id from meta.source_file
           where source_uri in (select source_uri from sync_files) and article_id is not null
           union select article_id from pub.meta.source_file
           where source_uri in (select source_uri from sync_files) and article_id is not null"""
    )
    in_articles = "article_id in (select article_id from temp.sync_articles)"
    in_files = "source_uri in (select source_uri from temp.sync_files)"
    in_runs = "run_id in (select run_id from temp.sync_runs)"
    copied = 0
    for child in ARTICLE_CHILDREN:
        con.execute(f"delete from core.{child} where {in_articles}")
    con.execute(f"delete from core.article where {in_articles}")
    copied += _insert(con, "core.article", in_articles)
    copied += _upsert(
        con, "core.person", "person_id",
        f"""person_id in (select person_id from pub.core.person_mention where {in_articles}
                          union select speaker_person_id from pub.core.quote where {in_articles})""",
    )  # fmt: skip
    copied += _upsert(
        con, "core.author", "author_id",
        f"author_id in (select author_id from pub.core.article_author where {in_articles})",
    )  # fmt: skip
    for child in ARTICLE_CHILDREN:
        copied += _insert(con, f"core.{child}", in_articles)
    con.execute(f"delete from meta.source_file where {in_files}")
    copied += _insert(con, "meta.source_file", in_files)
    con.execute(f"delete from meta.validation_failure where {in_runs}")
    copied += _insert(con, "meta.validation_failure", in_runs)
    con.execute(
        f"""update meta.ingest_run set status = 'abandoned', message = ?,
                ended_at = coalesce(ended_at, current_timestamp)
            where {in_runs} and status <> 'failed'
              and run_id not in (select run_id from pub.meta.ingest_run)""",
        [UNPUBLISHED],
    )
    copied += _upsert(con, "meta.ingest_run", "run_id", in_runs)
    prune_dimensions(con)
    return copied


def _insert(con: duckdb.DuckDBPyConnection, table: str, where: str) -> int:
    schema, name = table.split(".")
    exists = con.execute(
        """select count(*) from duckdb_tables()
           where database_name = 'pub' and schema_name = ? and table_name = ?""",
        [schema, name],
    ).fetchone()[0]
    if not exists:  # published by an older schema version: it has none of these rows
        return 0
    row = con.execute(f"insert into {table} by name select * from pub.{table} where {where}")
    return int(row.fetchone()[0])


def _upsert(con: duckdb.DuckDBPyConnection, table: str, key: str, where: str) -> int:
    schema, name = table.split(".")
    columns = [
        c for (c,) in con.execute(
            """select column_name from duckdb_columns()
               where database_name = 'pub' and schema_name = ? and table_name = ?""",
            [schema, name],
        ).fetchall() if c != key
    ]  # fmt: skip
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
    row = con.execute(
        f"""insert into {table} by name select * from pub.{table} where {where}
            on conflict ({key}) do update set {updates}"""
    )
    return int(row.fetchone()[0])


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
