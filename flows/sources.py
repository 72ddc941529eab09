"""Finding and reading raw files behind fsspec: a local folder, a glob, or any fsspec URL."""

from __future__ import annotations

import fnmatch
import hashlib
import os
from collections.abc import Iterator
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
        if _is_local(self.fs) and not self.is_glob and os.path.isdir(self.path):
            return sorted(_walk_local(self.path, self.extensions), key=lambda e: e.uri)
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


def _walk_local(root: str, extensions: tuple[str, ...]) -> Iterator[SourceEntry]:
    """What ``fs.find(root, detail=True)`` lists (a symlink is listed with its own mtime and
    its target's size, and not descended into), from ``os.scandir`` and one ``lstat`` per
    matching file: no per-file work beyond that, for folders of 100k files."""
    folders = [root]
    while folders:
        try:
            listing = os.scandir(folders.pop())
        except OSError:
            continue  # as fsspec's walk: an unreadable folder is left out
        with listing:
            for e in listing:
                if e.is_dir(follow_symlinks=False):
                    folders.append(e.path)
                    continue
                if not e.name.lower().endswith(extensions):
                    continue
                link = e.is_symlink()
                if not (link or e.is_file(follow_symlinks=False)):
                    continue
                st = e.stat(follow_symlinks=False)
                size = st.st_size
                if link:
                    try:
                        size = e.stat().st_size
                    except OSError:
                        size = 0
                yield SourceEntry(e.path, size, datetime.fromtimestamp(st.st_mtime, UTC))


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
    live = known.filter(pl.col("status") != "deleted")
    seen = {
        u: (size, mtime)
        for u, size, mtime in zip(
            live["source_uri"].to_list(), live["size_bytes"].to_list(),
            live["modified_at"].to_list(), strict=True,
        )
        if u not in redo
    }  # fmt: skip
    todo, unchanged = [], 0
    for e in entries:
        if seen.get(e.uri) == (e.size, e.modified_at):
            unchanged += 1
        else:
            todo.append(e)
    return todo, unchanged
