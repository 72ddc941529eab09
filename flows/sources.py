"""Finding and reading raw files behind fsspec: a local folder, a glob, or any fsspec URL."""

from __future__ import annotations

import fnmatch
import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

import fsspec
import polars as pl
from fsspec.core import url_to_fs

GLOB_CHARS = "*?["


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A file found in the source, before it is read."""

    uri: str
    size: int
    modified_at: datetime | None


class Source:
    """A folder, glob or URL of raw article files."""

    def __init__(self, source: str, extensions: tuple[str, ...]):
        self.source = source
        self.fs, self.path = url_to_fs(source)
        self.extensions = tuple(e.lower() for e in extensions)
        self.is_glob = any(c in self.path for c in GLOB_CHARS)

    def uri(self, path: str) -> str:
        return path if _is_local(self.fs) else self.fs.unstrip_protocol(path)

    def check(self) -> None:
        """Fail early, before any flow starts, when the source does not exist."""
        if not self.is_glob and not self.fs.exists(self.path):
            raise FileNotFoundError(f"source not found: {self.source}")

    def discover(self) -> list[SourceEntry]:
        """Every matching file, sorted by URI."""
        if self.is_glob:
            found = self.fs.glob(self.path, detail=True)
        elif self.fs.isdir(self.path):
            found = self.fs.find(self.path, detail=True)
        elif self.fs.exists(self.path):
            found = {self.path: self.fs.info(self.path)}
        else:
            raise FileNotFoundError(f"source not found: {self.source}")
        entries = []
        for path, info in found.items():
            is_file = info.get("type") == "file" or info.get("islink")  # links: checked on read
            if not is_file or not path.lower().endswith(self.extensions):
                continue
            entries.append(SourceEntry(self.uri(path), int(info.get("size") or 0), _mtime(info)))
        return sorted(entries, key=lambda e: e.uri)

    def covers(self, uri: str) -> bool:
        """Whether a file recorded earlier belongs to this source (to report it deleted)."""
        path = self.fs._strip_protocol(uri)
        if self.is_glob:
            return fnmatch.fnmatch(path, self.path)
        root = self.path.rstrip("/")
        return path == root or path.startswith(root + "/")

    @cached_property
    def _real_root(self) -> str:
        """The resolved root that local reads must stay inside (resolved once per source)."""
        return os.path.realpath(self._root())

    def _root(self) -> str:
        """The folder (or file) the source names: a glob's fixed leading part."""
        if not self.is_glob:
            return self.path
        cut = min(i for i in (self.path.find(c) for c in GLOB_CHARS) if i >= 0)
        return self.path[:cut].rsplit("/", 1)[0] or "/"

    def read(self, uri: str) -> bytes:
        path = self.fs._strip_protocol(uri)
        if _is_local(self.fs):
            root = self._real_root
            real = os.path.realpath(path)
            if real != root and not real.startswith(root.rstrip("/") + "/"):
                raise PermissionError(
                    f"symlink to outside the source folder ({real}): not followed"
                )
        return self.fs.cat_file(path)


def _is_local(fs: fsspec.AbstractFileSystem) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def _mtime(info: dict) -> datetime | None:
    value = info.get("mtime") or info.get("LastModified") or info.get("last_modified")
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC)
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def plan(
    entries: list[SourceEntry], known: pl.DataFrame, redo: set[str] = frozenset()
) -> tuple[list[SourceEntry], int]:
    """The entries to read (new, size/mtime changed, or in REDO) and how many are unchanged."""
    seen = {
        row["source_uri"]: row
        for row in known.filter(pl.col("status") != "deleted").iter_rows(named=True)
        if row["source_uri"] not in redo
    }
    todo, unchanged = [], 0
    for e in entries:
        row = seen.get(e.uri)
        if row and row["size_bytes"] == e.size and row["modified_at"] == e.modified_at:
            unchanged += 1
        else:
            todo.append(e)
    return todo, unchanged
