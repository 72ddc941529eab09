"""JSON (one article) and JSON Lines / NDJSON (one per line) in the common feed shapes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from transforms.dates import parse_date
from transforms.document import DocumentRejected, ParsedDocument
from transforms.readers.compose import compose
from transforms.readers.plain_text import BYLINE_SEPARATORS, byline_authors

# First key present wins; a key may be a dotted path into nested objects ("fields.bodyText").
# NEWSDESK_JSON_FIELDS adds keys in front of these (see flows/settings.py and ``with_fields``).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name"),
    "body": ("body", "content", "text", "articleBody", "article", "description"),
    "authors": ("authors", "author", "byline", "creator"),
    "published": ("published", "publishedAt", "datePublished", "date", "pubDate", "published_at"),
    "url": ("url", "link", "canonical_url", "uri"),
    "publisher": ("publisher", "source", "site", "site_name", "outlet"),
    "language": ("language", "lang", "inLanguage"),
}


FieldMap = Mapping[str, tuple[str, ...]]
_SEPARATOR = re.compile(f"[{BYLINE_SEPARATORS}]")  # a byline string with parts


def with_fields(extra: Mapping[str, list[str]] | None) -> FieldMap:
    """The default mapping with a feed's own keys tried first."""
    if not extra:
        return FIELDS
    unknown = set(extra) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown JSON fields {sorted(unknown)}: use {sorted(FIELDS)}")
    return {f: (*extra.get(f, ()), *keys) for f, keys in FIELDS.items()}


def read_json(
    text: str, fields: FieldMap = FIELDS
) -> Iterator[tuple[int | None, ParsedDocument | DocumentRejected]]:
    """One article, or a list of articles (each a record)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield None, DocumentRejected(f"invalid JSON: {exc}")
        return
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield i, _record(item, fields)
    else:
        yield None, _record(data, fields)


def read_json_lines(
    text: str, fields: FieldMap = FIELDS
) -> Iterator[tuple[int | None, ParsedDocument | DocumentRejected]]:
    """One article per non-blank line; a bad line is rejected alone (record = line number)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, _record(json.loads(line), fields)
        except json.JSONDecodeError as exc:
            yield number, DocumentRejected(f"invalid JSON: {exc.msg}")


def _record(item: Any, fields: FieldMap) -> ParsedDocument | DocumentRejected:
    if not isinstance(item, Mapping):
        return DocumentRejected(f"not a JSON object but {type(item).__name__}")
    try:
        authors, byline_publisher = _names(_first(item, fields["authors"]))
        return compose(
            title=_title(_first(item, fields["title"])),
            body=_text(_first(item, fields["body"])),
            authors=authors,
            url=_text(_first(item, fields["url"])),
            published_at=parse_date(_first(item, fields["published"])),
            publisher=_name(_first(item, fields["publisher"])) or byline_publisher,
            language=_text(_first(item, fields["language"])),
        )
    except DocumentRejected as exc:
        return exc


def _first(item: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = _at(item, key)
        if value not in (None, "", []):
            return value
    return None


def _at(item: Mapping[str, Any], path: str) -> Any:
    """item["a"]["b"] for "a.b" (a key that itself holds a dot is tried whole first)."""
    if path in item:
        return item[path]
    value: Any = item
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


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


def _names(value: Any) -> tuple[list[str], str | None]:
    """Author names, and a publisher a byline string names ("Ana Lima and Tom Hart, AP")."""
    if value is None:
        return [], None
    items = value if isinstance(value, list) else [value]
    names, publisher = [], None
    for v in items:
        name = _name(v)
        if not name:
            continue
        parsed, named_publisher = byline_authors(name) if _SEPARATOR.search(name) else ([], None)
        if parsed:
            names += parsed
            publisher = publisher or named_publisher
        else:
            names.extend(n.strip() for n in name.removeprefix("By ").split(" and ") if n.strip())
    return names, publisher
