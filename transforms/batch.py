"""A batch of raw documents → polars frames for every warehouse table (pure, model aside)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from transforms import EXTRACTOR_VERSION
from transforms.decode import decode
from transforms.document import DocumentRejected, ParsedDocument
from transforms.frames import TABLES, article_frames
from transforms.language import guess_language
from transforms.nlp import annotate, load_model
from transforms.people import extract_mentions
from transforms.quotes import extract_quotes
from transforms.readers.plain_text import read_plain_text

Reader = Callable[[str], ParsedDocument]
READERS: dict[str, Reader] = {".txt": read_plain_text, ".text": read_plain_text}


@dataclass(frozen=True, slots=True)
class RawFile:
    """A file's bytes as read by the flow, with where they came from."""

    source_uri: str
    content_sha256: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Rejection:
    source_uri: str
    content_sha256: str | None
    reason: str


@dataclass(slots=True)
class BatchResult:
    frames: dict[str, pl.DataFrame]
    rejections: list[Rejection] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)  # source_uri -> encoding used


def reader_for(source_uri: str) -> Reader:
    """The reader registered for the file's extension (plain text by default)."""
    name = source_uri.rsplit("/", 1)[-1].lower()
    for ext, reader in READERS.items():
        if name.endswith(ext):
            return reader
    return read_plain_text


def transform_batch(files: list[RawFile], run_id: str, ingested_at: datetime) -> BatchResult:
    """Decode, parse, annotate and extract a batch; unusable files become rejections."""
    parsed: list[tuple[RawFile, ParsedDocument]] = []
    result = BatchResult(frames={})
    for f in files:
        try:
            decoded = decode(f.data)
            doc = reader_for(f.source_uri)(decoded.text)
        except DocumentRejected as exc:
            result.rejections.append(Rejection(f.source_uri, f.content_sha256, str(exc)))
            continue
        doc.language = doc.language or guess_language(doc.document_text)
        result.encodings[f.source_uri] = decoded.encoding
        parsed.append((f, doc))

    english = [doc.document_text if doc.language == "en" else "" for _, doc in parsed]
    nlp_docs = list(annotate(english)) if parsed else []
    rows = []
    for (f, doc), nlp_doc in zip(parsed, nlp_docs, strict=True):
        if doc.language != "en":
            nlp_doc = load_model().make_doc(doc.document_text)  # no extraction, offsets only
            mentions, quotes = [], []
        else:
            # NER is unreliable on title-case headlines: names there are found only when the
            # text around them names the same person.
            regions = [*([doc.caption_span] if doc.caption_span else []), *doc.body]
            bylines = [(b.name, b.name_span) for b in doc.bylines]
            mentions = extract_mentions(
                nlp_doc, regions, bylines, [doc.title_span, *regions, *doc.bio_spans]
            )
            quotes = extract_quotes(nlp_doc, doc.body, mentions)
        rows.append((f, doc, mentions, quotes))
    result.frames = article_frames(rows, run_id, ingested_at, EXTRACTOR_VERSION)
    return result


__all__ = ["TABLES", "BatchResult", "RawFile", "Rejection", "transform_batch"]
