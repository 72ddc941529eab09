"""Starting a real PostgreSQL server on loopback, as a DuckLake catalog for the lake tests, the
benchmark, or trying a lake on one machine: Debian's binaries, a temporary data folder, stopped
when the block ends. As root it runs as the `postgres` user (PostgreSQL refuses root)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "newsdesk"


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    if not found:
        raise RuntimeError(
            "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): "
            "run `make postgres` (Debian's postgresql package)"
        )
    return Path(found[-1]).parent


def _as_owner(args: list[str], **kw) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    return subprocess.run(args, capture_output=True, text=True, check=False, **kw)


@contextmanager
def postgres_server(port: int, timeout: float = 60.0) -> Iterator[str]:
    """Start PostgreSQL on 127.0.0.1:PORT with its data in a new temporary folder (removed
    afterwards); yield a libpq DSN without a database name (trust authentication, loopback)."""
    bindir = _bindir()
    # Under /tmp, not pytest's folders: the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-postgres-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    init = _as_owner([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", USER])
    if init.returncode:
        raise RuntimeError(f"initdb failed: {init.stderr.strip()[-500:]}")
    options = f"-p {port} -h 127.0.0.1 -k {folder} -c fsync=off"
    start = _as_owner(
        [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
         "-w", "-t", str(int(timeout)), "start"]
    )  # fmt: skip
    if start.returncode:
        log = (folder / "log").read_text() if (folder / "log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {start.stderr.strip()} {log[-500:]}")
    try:
        dsn = f"host=127.0.0.1 port={port} user={USER}"
        deadline = time.monotonic() + timeout
        while _psql(bindir, dsn, "select 1").returncode:
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL on port {port} does not answer")
            time.sleep(0.5)
        yield dsn
    finally:
        _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


def create_database(dsn: str, name: str) -> str:
    """A new empty database on the server of DSN; returns its DSN."""
    made = _psql(_bindir(), dsn, f"create database {name}")
    if made.returncode:
        raise RuntimeError(f"cannot create database {name}: {made.stderr.strip()}")
    return f"dbname={name} {dsn}"


def _psql(bindir: Path, dsn: str, sql: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bindir / "psql"), "-d", f"dbname=postgres {dsn}", "-q", "-v", "ON_ERROR_STOP=1",
         "-c", sql],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
