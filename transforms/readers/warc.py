"""WARC archives (as in Common Crawl's news crawl): each HTML response record is an article,
identified by its target URL."""

from __future__ import annotations

import io
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

from transforms.document import DocumentRejected, ParsedDocument
from transforms.readers.html_page import read_html


def read_warc(data: bytes) -> Iterator[tuple[int | None, ParsedDocument | DocumentRejected]]:
    for index, record in enumerate(ArchiveIterator(io.BytesIO(data))):
        if record.rec_type != "response":
            continue
        ctype = (
            (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
        )
        if "html" not in ctype.lower():
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        body = record.content_stream().read()
        try:
            yield index, read_html(body.decode("utf-8", errors="replace"), url=url)
        except DocumentRejected as exc:
            yield index, exc
