"""Forward-only migrations: numbered .sql files applied once each, recorded in a version table;
views are (re)created from their .sql files after every migration."""

from __future__ import annotations

import hashlib
import re
from importlib import resources

import duckdb

from warehouse.dialect import for_lake, is_lake, views_for_lake

_MIGRATION = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def _sql_files(folder: str) -> list[tuple[str, str]]:
    root = resources.files("warehouse").joinpath("sql", folder)
    files = sorted(
        (f.name, f.read_text("utf-8")) for f in root.iterdir() if f.name.endswith(".sql")
    )
    return files


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, sql) of every migration shipped with the code, in order."""
    out = []
    for name, sql in _sql_files("migrations"):
        m = _MIGRATION.match(name)
        if not m:
            raise ValueError(f"migration file name must look like 0001_name.sql: {name}")
        out.append((int(m.group(1)), name, sql))
    return out


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    if not _has_table(con, "schema_version"):
        return 0
    row = con.execute("select coalesce(max(version), 0) from meta.schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[int]:
    """Apply pending migrations (each in its own transaction) and refresh views. With ``upto``
    (for building old-version fixtures) stop at that version and leave views alone."""
    lake = is_lake(con)
    if not _has_table(con, "schema_version"):
        _bootstrap(con, lake)
    applied = []
    version = current_version(con)
    shipped = migrations()
    if shipped and version > shipped[-1][0]:
        raise RuntimeError(
            f"warehouse schema version {version} is newer than this newsdesk ({shipped[-1][0]})"
        )
    for number, name, sql in shipped:
        if number <= version:
            continue
        if upto is not None and number > upto:
            return applied
        con.execute("begin transaction")
        try:
            con.execute(for_lake(sql) if lake else sql)
            con.execute(
                "insert into meta.schema_version values (?, ?, current_timestamp)", [number, name]
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        applied.append(number)
    views_hash = hashlib.sha256("".join(sql for _, sql in _sql_files("views")).encode()).hexdigest()
    if applied or _stored_views_hash(con) != views_hash:
        refresh_views(con, lake)
        con.execute("delete from meta.view_definition")
        con.execute("insert into meta.view_definition values (?, current_timestamp)", [views_hash])
    if not lake:
        # DDL never waits in the write-ahead log: a process killed later cannot leave a log
        # that DuckDB fails to replay.
        con.execute("checkpoint")
    return applied


def _has_table(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    row = con.execute(
        """select count(*) from duckdb_tables()
           where database_name = current_database() and schema_name = 'meta' and table_name = ?""",
        [table],
    ).fetchone()
    return bool(row and row[0])


def _bootstrap(con: duckdb.DuckDBPyConnection, lake: bool) -> None:
    """The bookkeeping tables of migrations themselves, created once. (No column defaults with
    functions here: DuckDB cannot replay a comment on such a table from its write-ahead log.)"""
    con.execute("begin transaction")
    con.execute("create schema if not exists meta")
    ddl = """create table meta.schema_version (
                 version integer primary key, name varchar not null,
                 applied_at timestamptz not null)"""
    con.execute(for_lake(ddl) if lake else ddl)
    con.execute(
        "create table meta.view_definition (sha256 varchar not null, applied_at timestamptz not null)"
    )
    for target, text in (
        ("table meta.schema_version", "Migrations applied to this warehouse."),
        ("column meta.schema_version.version", "Migration number (file prefix)."),
        ("column meta.schema_version.name", "Migration file name."),
        ("column meta.schema_version.applied_at", "When it was applied (UTC)."),
        ("table meta.view_definition", "Hash of the view definitions last applied."),
        ("column meta.view_definition.sha256", "SHA-256 of all view .sql files."),
        ("column meta.view_definition.applied_at", "When they were applied (UTC)."),
    ):
        con.execute(f"comment on {target} is '{text}'")
    con.execute("commit")


def _stored_views_hash(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("select max(sha256) from meta.view_definition").fetchone()
    return row[0] if row else None


def refresh_views(con: duckdb.DuckDBPyConnection, lake: bool = False) -> None:
    """Create or replace every view, then give view columns the comments of their sources
    (DuckLake keeps no comments on view columns: there, the views keep only their own)."""
    con.execute("begin transaction")
    for _name, sql in _sql_files("views"):
        con.execute(views_for_lake(sql) if lake else sql)
    if lake:
        con.execute("commit")
        return
    con.execute(
        """
        with source as (
            select column_name, comment, row_number() over (
                       partition by column_name order by schema_name = 'core' desc) as pick
            from duckdb_columns()
            where database_name = current_database() and schema_name in ('core', 'meta')
              and comment is not null
        )
        select v.schema_name, v.table_name, v.column_name, s.comment
        from duckdb_columns() v
        join duckdb_views() dv on dv.database_name = v.database_name
             and dv.schema_name = v.schema_name and dv.view_name = v.table_name
        join source s on s.column_name = v.column_name and s.pick = 1
        where v.database_name = current_database() and not dv.internal and v.comment is null
        """
    )
    rows = con.fetchall()
    for schema, view, column, comment in rows:
        literal = "'" + comment.replace("'", "''") + "'"
        con.execute(f'comment on column "{schema}"."{view}"."{column}" is {literal}')
    con.execute("commit")
