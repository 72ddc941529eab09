"""HTML pages: main text and metadata by trafilatura (no network, no linked resources)."""

from __future__ import annotations

import json

from transforms.dates import parse_date
from transforms.document import DocumentRejected, ParsedDocument
from transforms.readers.compose import compose


def read_html(html: str, url: str | None = None) -> ParsedDocument:
    """The article in a page: title, authors, date, site name, canonical URL, language, text."""
    import trafilatura  # imported on first use: a second of start-up that text files never need

    extracted = trafilatura.extract(
        html, url=url, output_format="json", with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=True,
    )  # fmt: skip
    if not extracted:
        raise DocumentRejected("no article text found in the HTML page")
    meta = json.loads(extracted)
    authors = [a.strip() for a in (meta.get("author") or "").split(";") if a.strip()]
    text = meta.get("text") or ""
    title = meta.get("title") or ""
    if title and text.startswith(title):  # trafilatura repeats the headline as the first line
        text = text[len(title) :]
    return compose(
        title=title,
        body=text,
        authors=authors,
        url=meta.get("source") or url,
        published_at=parse_date(meta.get("date")),
        publisher=meta.get("source-hostname") or meta.get("hostname"),
        language=meta.get("language"),
    )
