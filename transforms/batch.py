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
from transforms.nlp import annotate
from transforms.people import extract_mentions
from transforms.quotes import extract_quotes
from transforms.readers.plain_text import read_plain_text
from transforms.timing import StageTimer

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
    timer: StageTimer = field(default_factory=StageTimer)  # seconds per stage


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
    timer = result.timer
    with timer("read_parse"):
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

    with timer("nlp"):
        english = [doc.document_text for _, doc in parsed if doc.language == "en"]
        nlp_docs = iter(list(annotate(english)) if english else [])
    rows = []
    for f, doc in parsed:
        if doc.language != "en":  # stored and marked, not run through English extraction
            rows.append((f, doc, [], []))
            continue
        nlp_doc = next(nlp_docs)
        # NER is unreliable on title-case headlines: names there are found only when the text
        # around them names the same person.
        regions = [*([doc.caption_span] if doc.caption_span else []), *doc.body]
        bylines = [(b.name, b.name_span) for b in doc.bylines]
        with timer("people"):
            mentions = extract_mentions(
                nlp_doc, regions, bylines, [doc.title_span, *regions, *doc.bio_spans]
            )
        with timer("quotes"):
            quotes = extract_quotes(nlp_doc, doc.body, mentions)
        rows.append((f, doc, mentions, quotes))
    with timer("frames"):
        result.frames = article_frames(rows, run_id, ingested_at, EXTRACTOR_VERSION)
    return result


__all__ = ["TABLES", "BatchResult", "RawFile", "Rejection", "transform_batch"]
