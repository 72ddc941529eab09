"""JSON (one article) and JSON Lines / NDJSON (one per line) in the common feed shapes."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from transforms.dates import parse_date
from transforms.document import DocumentRejected, ParsedDocument
from transforms.readers.compose import compose

# First field present wins; override per source with NEWSDESK_JSON_FIELDS (see flows/settings).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name"),
    "body": ("body", "content", "text", "articleBody", "article", "description"),
    "authors": ("authors", "author", "byline", "creator"),
    "published": ("published", "publishedAt", "datePublished", "date", "pubDate", "published_at"),
    "url": ("url", "link", "canonical_url", "uri"),
    "publisher": ("publisher", "source", "site", "site_name", "outlet"),
    "language": ("language", "lang", "inLanguage"),
}


def read_json(text: str) -> Iterator[tuple[int | None, ParsedDocument | DocumentRejected]]:
    """One article, or a list of articles (each a record)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield None, DocumentRejected(f"invalid JSON: {exc}")
        return
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield i, _record(item)
    else:
        yield None, _record(data)


def read_json_lines(text: str) -> Iterator[tuple[int | None, ParsedDocument | DocumentRejected]]:
    """One article per non-blank line; a bad line is rejected alone (record = line number)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, _record(json.loads(line))
        except json.JSONDecodeError as exc:
            yield number, DocumentRejected(f"invalid JSON: {exc.msg}")


def _record(item: Any) -> ParsedDocument | DocumentRejected:
    if not isinstance(item, Mapping):
        return DocumentRejected(f"not a JSON object but {type(item).__name__}")
    try:
        return compose(
            title=_title(_first(item, "title")),
            body=_text(_first(item, "body")),
            authors=_names(_first(item, "authors")),
            url=_text(_first(item, "url")),
            published_at=parse_date(_first(item, "published")),
            publisher=_name(_first(item, "publisher")),
            language=_text(_first(item, "language")),
        )
    except DocumentRejected as exc:
        return exc


def _first(item: Mapping[str, Any], field: str) -> Any:
    for key in FIELDS[field]:
        if item.get(key) not in (None, "", []):
            return item[key]
    return None


def _title(value: Any) -> str | None:
    """A title must be text (a number or a flag there means the feed is not what it claims)."""
    if value is None or isinstance(value, str):
        return value
    raise DocumentRejected(f"title is {type(value).__name__} ({str(value)[:40]}), expected text")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return "\n\n".join(t for v in value if (t := _text(v)))
    if isinstance(value, Mapping):
        return _name(value)
    return str(value) if isinstance(value, (str, int, float)) else None


def _name(value: Any) -> str | None:
    if isinstance(value, Mapping):
        return _text(value.get("name") or value.get("title"))
    return _text(value)


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    names = []
    for v in items:
        name = _name(v)
        if name:
            names.extend(n.strip() for n in name.removeprefix("By ").split(" and ") if n.strip())
    return names
