"""Stable identifiers: the same input always gets the same id, in any run, on any machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts (joined with an unlikely separator)."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:length]


def name_key(name: str) -> str:
    """A person or author name folded for identity: accents, case, punctuation, spacing."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("’", "'").casefold()
    folded = re.sub(r"[^\w' -]+", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def article_id(source_uri: str, url: str | None = None, record: int | None = None) -> str:
    """From the URL when the article has one, else from the source URI (and record position)."""
    if url:
        return stable_id("url", url)
    return stable_id("uri", source_uri, record)


def person_id(canonical_name: str) -> str:
    return stable_id("person", name_key(canonical_name))


def author_id(name: str, publisher: str | None) -> str:
    return stable_id("author", name_key(name), name_key(publisher or ""))
