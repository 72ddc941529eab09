"""A batch of raw documents → polars frames for every warehouse table (pure, model aside)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import polars as pl

from transforms import EXTRACTOR_VERSION, ids
from transforms.document import DocumentRejected, ParsedDocument
from transforms.frames import article_frames
from transforms.language import guess_language, normalize_language
from transforms.nlp import annotate, memory_zone
from transforms.people import extract_mentions, name_regions
from transforms.quotes import extract_quotes
from transforms.readers import DEFAULT_LIMITS, FIELDS, FieldMap, Limits, read_file
from transforms.timing import StageTimer


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
    encodings: dict[str, str | None] = field(default_factory=dict)  # source_uri -> encoding
    record_errors: dict[str, list[str]] = field(default_factory=dict)  # rejected records
    articles_of: dict[str, list[str]] = field(default_factory=dict)  # source_uri -> article ids
    timer: StageTimer = field(default_factory=StageTimer)  # seconds per stage


def transform_batch(
    files: list[RawFile],
    run_id: str,
    ingested_at: datetime,
    limits: Limits = DEFAULT_LIMITS,
    json_fields: FieldMap = FIELDS,
) -> BatchResult:
    """Decode, parse, annotate and extract a batch; unusable files become rejections."""
    parsed: list[tuple[RawFile, int | None, ParsedDocument]] = []
    result = BatchResult(frames={})
    timer = result.timer
    with timer("read_parse"):
        for f in files:
            try:
                records, encoding = read_file(f.source_uri, f.data, limits, json_fields)
            except DocumentRejected as exc:
                result.rejections.append(Rejection(f.source_uri, f.content_sha256, str(exc)))
                continue
            good = [r for r in records if r.doc is not None]
            errors = [
                f"record {r.index}: {r.error}" if r.index is not None else r.error
                for r in records
                if r.doc is None
            ]
            if not good:
                reason = (
                    errors[0]
                    if len(errors) == 1
                    else f"all {len(errors)} records rejected: {errors[0]}…"
                    if errors
                    else "no articles in the file"
                )
                result.rejections.append(Rejection(f.source_uri, f.content_sha256, reason))
                continue
            if errors:
                result.record_errors[f.source_uri] = errors
            result.encodings[f.source_uri] = encoding
            for r in good:
                r.doc.language = normalize_language(r.doc.language) or guess_language(
                    r.doc.document_text
                )
                parsed.append((f, r.index, r.doc))
                result.articles_of.setdefault(f.source_uri, []).append(
                    ids.article_id(f.source_uri, r.doc.url, r.index)
                )

    rows = []
    with memory_zone():  # the batch's new words are forgotten after it
        with timer("nlp"):
            english = [doc.document_text for _, _, doc in parsed if doc.language == "en"]
            nlp_docs = iter(list(annotate(english)) if english else [])
        for f, index, doc in parsed:
            if not doc.language.startswith("en"):  # stored and marked, not extracted
                rows.append((f, index, doc, [], []))
                continue
            nlp_doc = next(nlp_docs)
            try:
                with timer("people"):
                    mentions = extract_mentions(nlp_doc, *name_regions(doc))
                with timer("quotes"):
                    quotes = extract_quotes(nlp_doc, doc.body, mentions, doc.title_span)
            except Exception as exc:  # an extractor's bug costs this article, not the batch
                _hold_back(result, f, index, doc, f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            rows.append((f, index, doc, mentions, quotes))
    with timer("frames"):
        result.frames = article_frames(rows, run_id, ingested_at, EXTRACTOR_VERSION)
    return result


def _hold_back(
    result: BatchResult, f: RawFile, index: int | None, doc: ParsedDocument, reason: str
) -> None:
    """Leave one article out of the batch with its reason: a record error of its file, or the
    file's rejection when it was the file's only article (a later extractor version, or a
    changed file, tries it again)."""
    ids_of = result.articles_of[f.source_uri]
    ids_of.remove(ids.article_id(f.source_uri, doc.url, index))
    if ids_of:
        where = f"record {index}: " if index is not None else ""
        result.record_errors.setdefault(f.source_uri, []).append(where + reason)
        return
    del result.articles_of[f.source_uri]
    result.rejections.append(Rejection(f.source_uri, f.content_sha256, reason))


__all__ = ["BatchResult", "RawFile", "Rejection", "transform_batch"]
