"""One small module per input format. ``read_file`` picks the reader by extension (and sniffs
HTML), undoes gzip within a size limit, and returns the file's article records."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice

from transforms.decode import decode
from transforms.document import DocumentRejected, ParsedDocument
from transforms.readers.html_page import read_html
from transforms.readers.json_feed import FIELDS, FieldMap, read_json, read_json_lines
from transforms.readers.plain_text import read_plain_text
from transforms.readers.warc import read_warc

Records = Iterator[tuple[int | None, ParsedDocument | DocumentRejected]]


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may make us do; beyond these it is rejected (or cut, for record counts)."""

    decompressed_bytes: int = 200 * 1024 * 1024  # gzip bombs
    articles_per_file: int = 10_000  # feeds and archives: records beyond this are skipped
    article_chars: int = 2_000_000  # one article's decoded text


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Record:
    """One article of a file (index None for single-article files), or why it was rejected."""

    index: int | None
    doc: ParsedDocument | None
    error: str | None = None


def _single(reader: Callable[[str], ParsedDocument]) -> Callable[[str], Records]:
    def read(text: str) -> Records:
        try:
            yield None, reader(text)
        except DocumentRejected as exc:
            yield None, exc

    return read


TEXT_READERS: dict[str, Callable[[str], Records]] = {
    ".txt": _single(read_plain_text),
    ".text": _single(read_plain_text),
    ".html": _single(read_html),
    ".htm": _single(read_html),
    ".json": read_json,
    ".jsonl": read_json_lines,
    ".ndjson": read_json_lines,
}
EXTENSIONS = (*TEXT_READERS, ".warc", *(f"{e}.gz" for e in (*TEXT_READERS, ".warc")))


def read_file(
    source_uri: str, data: bytes, limits: Limits = DEFAULT_LIMITS, json_fields: FieldMap = FIELDS
) -> tuple[list[Record], str | None]:
    """The article records of one raw file and the text encoding used (None for WARC).
    Raises DocumentRejected when the file as a whole is unusable."""
    name = source_uri.rsplit("/", 1)[-1].lower()
    if name.endswith(".gz"):
        data = gunzip(data, limits.decompressed_bytes)
        name = name[:-3]
    ext = "." + name.rsplit(".", 1)[-1] if "." in name else ".txt"
    if ext == ".warc":
        return _bounded(read_warc(data), limits), None
    decoded = decode(data)
    reader = TEXT_READERS.get(ext, TEXT_READERS[".txt"])
    single = reader in (TEXT_READERS[".txt"], TEXT_READERS[".html"])
    if not single:
        reader = partial(reader, fields=json_fields)
    if single and len(decoded.text) > limits.article_chars:
        raise DocumentRejected(
            f"text too long: {len(decoded.text)} characters > limit {limits.article_chars}"
        )
    if ext in (".txt", ".text") and decoded.text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        reader = TEXT_READERS[".html"]
    return _bounded(reader(decoded.text), limits), decoded.encoding


def _bounded(records: Records, limits: Limits) -> list[Record]:
    """At most ``articles_per_file`` records, each at most ``article_chars`` long."""
    out = [_record(i, r, limits) for i, r in islice(records, limits.articles_per_file + 1)]
    if len(out) > limits.articles_per_file:
        out[-1] = Record(
            out[-1].index, None, f"more than {limits.articles_per_file} articles: the rest skipped"
        )
    return out


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (every member: WARC files have one per record), refusing to
    produce more than ``limit`` bytes in all (gzip bombs)."""
    out = bytearray()
    rest = data
    while rest:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += d.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise DocumentRejected(f"broken gzip data: {exc}") from None
        if len(out) > limit or d.unconsumed_tail:
            raise DocumentRejected(f"decompressed size over the limit of {limit} bytes")
        if not d.eof:
            raise DocumentRejected("truncated gzip data: the stream ends before its trailer")
        rest = d.unused_data
    return bytes(out)


def _record(index: int | None, r: ParsedDocument | DocumentRejected, limits: Limits) -> Record:
    if isinstance(r, DocumentRejected):
        return Record(index, None, str(r))
    if len(r.document_text) > limits.article_chars:
        return Record(
            index, None, f"article too long: {len(r.document_text)} characters > limit "
            f"{limits.article_chars}"
        )  # fmt: skip
    return Record(index, r)
