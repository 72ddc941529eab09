"""Building a ParsedDocument from structured fields (feeds, extracted HTML): the document text
is the title and the body paragraphs joined by blank lines, so offsets index it exactly."""

from __future__ import annotations

import re
from datetime import datetime

from transforms.document import Byline, DocumentRejected, ParsedDocument, Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def compose(
    title: str | None,
    body: str | None,
    authors: list[str] = (),
    url: str | None = None,
    published_at: datetime | None = None,
    publisher: str | None = None,
    language: str | None = None,
) -> ParsedDocument:
    """Title + blank line + body paragraphs (one per input line); authors as a 'By …' line."""
    title = " ".join((title or "").split())
    paragraphs = [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(body or "")]
    paragraphs = [p for p in paragraphs if p]
    if not title:
        raise DocumentRejected("no recognisable title: the record has no title field")
    if not paragraphs:
        raise DocumentRejected("no body: the record has no article text")
    parts = [title]
    byline_names: list[tuple[str, int]] = []
    if authors:
        line = "By " + " and ".join(authors)
        offset = sum(len(p) + 2 for p in parts) + 3
        for name in authors:
            byline_names.append((name, offset))
            offset += len(name) + 5
        parts.append(line)
    body_start = sum(len(p) + 2 for p in parts)
    text = "\n\n".join([*parts, *paragraphs])
    spans, pos = [], body_start
    for p in paragraphs:
        spans.append(Span(pos, pos + len(p)))
        pos += len(p) + 2
    return ParsedDocument(
        document_text=text,
        title=title,
        title_span=Span(0, len(title)),
        body=spans,
        bylines=[
            Byline(name=n, name_span=Span(o, o + len(n)), publisher=publisher)
            for n, o in byline_names
        ],
        publisher=publisher,
        url=url,
        published_at=published_at,
        language=language,
    )
