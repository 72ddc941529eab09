"""Rows of extracted articles → one polars frame per warehouse table, with fixed dtypes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

import polars as pl

from transforms import ids
from transforms.datelines import find_dateline
from transforms.duplicates import signature

if TYPE_CHECKING:
    from transforms.batch import RawFile
    from transforms.document import Byline, ParsedDocument
    from transforms.people import Mention
    from transforms.quotes import Quote

UTC_TS = pl.Datetime("us", "UTC")
TABLES: dict[str, dict[str, pl.DataType]] = {
    "article": {
        "article_id": pl.String(), "source_uri": pl.String(), "content_sha256": pl.String(),
        "document_text": pl.String(), "title": pl.String(), "image_caption": pl.String(),
        "image_credit": pl.String(), "body_text": pl.String(), "word_count": pl.Int32(),
        "publisher": pl.String(), "url": pl.String(), "published_at": UTC_TS,
        "language": pl.String(), "extractor_version": pl.String(), "run_id": pl.String(),
        "ingested_at": UTC_TS, "dateline": pl.String(), "dateline_place": pl.String(),
        "dateline_agency": pl.String(), "dateline_char_start": pl.Int32(),
        "dateline_char_end": pl.Int32(), "dek": pl.String(),
    },
    "author": {
        "author_id": pl.String(), "name": pl.String(), "role": pl.String(), "bio": pl.String(),
        "publisher": pl.String(),
    },
    "article_author": {
        "article_id": pl.String(), "author_id": pl.String(), "position": pl.Int16(),
        "char_start": pl.Int32(), "char_end": pl.Int32(),
    },
    "person": {"person_id": pl.String(), "canonical_name": pl.String()},
    "person_mention": {
        "mention_id": pl.String(), "article_id": pl.String(), "person_id": pl.String(),
        "surface": pl.String(), "char_start": pl.Int32(), "char_end": pl.Int32(),
        "sentence_index": pl.Int32(), "method": pl.String(),
    },
    "quote": {
        "quote_id": pl.String(), "article_id": pl.String(), "text": pl.String(),
        "char_start": pl.Int32(), "char_end": pl.Int32(), "kind": pl.String(),
        "paragraph_index": pl.Int32(), "speaker_surface": pl.String(),
        "speaker_char_start": pl.Int32(), "speaker_char_end": pl.Int32(),
        "speaker_person_id": pl.String(), "cue": pl.String(), "cue_char_start": pl.Int32(),
        "cue_char_end": pl.Int32(), "region": pl.String(),
    },
    "article_signature": {
        "article_id": pl.String(), "text_fingerprint": pl.String(),
        "minhash": pl.List(pl.UInt32()),
    },
}  # fmt: skip


def article_frames(
    rows: list[tuple[RawFile, int | None, ParsedDocument, list[Mention], list[Quote]]],
    run_id: str,
    ingested_at: datetime,
    extractor_version: str,
) -> dict[str, pl.DataFrame]:
    """Build the frames of one batch; ids are stable functions of the content's identity."""
    out: dict[str, list[dict]] = {name: [] for name in TABLES}
    people: dict[str, str] = {}
    authors: dict[str, dict] = {}
    last_row = {
        ids.article_id(f.source_uri, doc.url, i): k for k, (f, i, doc, *_) in enumerate(rows)
    }
    for k, (f, index, doc, mentions, quotes) in enumerate(rows):
        aid = ids.article_id(f.source_uri, doc.url, index)
        if last_row[aid] != k:  # the same URL twice in one batch: the later record wins
            continue
        out["article"].append(
            {
                "article_id": aid, "source_uri": f.source_uri, "content_sha256": f.content_sha256,
                "document_text": doc.document_text, "title": doc.title,
                "image_caption": doc.image_caption, "image_credit": doc.image_credit,
                "body_text": doc.body_text, "word_count": len(doc.body_text.split()),
                "publisher": doc.publisher, "url": doc.url, "published_at": doc.published_at,
                "language": doc.language, "extractor_version": extractor_version,
                "run_id": run_id, "ingested_at": ingested_at, **_dateline(doc), "dek": doc.dek,
            }
        )  # fmt: skip
        text_fingerprint, text_minhash = signature(doc.body_text)
        out["article_signature"].append(
            {"article_id": aid, "text_fingerprint": text_fingerprint, "minhash": text_minhash}
        )
        merged: dict[str, Byline] = {}
        for b in doc.bylines:  # a name at the top and again at the bottom is one author
            auid = ids.author_id(b.name, b.publisher or doc.publisher)
            first = merged.get(auid)
            merged[auid] = b if first is None else replace(
                first, role=first.role or b.role, bio=first.bio or b.bio,
                publisher=first.publisher or b.publisher,
            )  # fmt: skip
        for position, (auid, b) in enumerate(merged.items(), start=1):
            authors[auid] = {
                "author_id": auid, "name": b.name, "role": b.role, "bio": b.bio,
                "publisher": b.publisher or doc.publisher,
            }  # fmt: skip
            out["article_author"].append(
                {
                    "article_id": aid, "author_id": auid, "position": position,
                    "char_start": b.name_span.start, "char_end": b.name_span.end,
                }
            )  # fmt: skip
        for m in mentions:
            pid = ids.person_id(m.canonical)
            people.setdefault(pid, m.canonical)
            out["person_mention"].append(
                {
                    "mention_id": ids.stable_id(aid, m.start, m.end), "article_id": aid,
                    "person_id": pid, "surface": m.surface, "char_start": m.start,
                    "char_end": m.end, "sentence_index": m.sentence_index, "method": m.source,
                }
            )  # fmt: skip
        for q in quotes:
            speaker_pid = ids.person_id(q.speaker_canonical) if q.speaker_canonical else None
            if speaker_pid:
                people.setdefault(speaker_pid, q.speaker_canonical)
            out["quote"].append(
                {
                    "quote_id": ids.stable_id(aid, "quote", q.start, q.end), "article_id": aid,
                    "text": q.text, "char_start": q.start, "char_end": q.end, "kind": q.kind,
                    "paragraph_index": q.paragraph_index, "speaker_surface": q.speaker_surface,
                    "speaker_char_start": q.speaker_start, "speaker_char_end": q.speaker_end,
                    "speaker_person_id": speaker_pid, "cue": q.cue,
                    "cue_char_start": q.cue_start, "cue_char_end": q.cue_end,
                    "region": q.region,
                }
            )  # fmt: skip
    out["person"] = [{"person_id": k, "canonical_name": v} for k, v in people.items()]
    out["author"] = list(authors.values())
    return {
        name: pl.DataFrame(out[name], schema=schema) if out[name] else pl.DataFrame(schema=schema)
        for name, schema in TABLES.items()
    }


def _dateline(doc: ParsedDocument) -> dict:
    d = find_dateline(doc.document_text, doc.body)
    return {
        "dateline": d and d.text, "dateline_place": d and d.place,
        "dateline_agency": d and d.agency, "dateline_char_start": d and d.span.start,
        "dateline_char_end": d and d.span.end,
    }  # fmt: skip
