"""The parsed shape of one raw article: fields plus character spans into ``document_text``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of ``document_text``."""

    start: int
    end: int

    def text(self, document_text: str) -> str:
        return document_text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Byline:
    """An author as the byline names them, with the span of the name in the document."""

    name: str
    name_span: Span
    role: str | None = None
    bio: str | None = None
    publisher: str | None = None


@dataclass(slots=True)
class ParsedDocument:
    """What a reader found in one document; every span indexes ``document_text``.

    ``body`` lists the body paragraphs (in order); ``blocks`` lists the other regions that
    person extraction may read (title, caption, byline name, bio) — never page furniture.
    """

    document_text: str
    title: str
    title_span: Span
    body: list[Span]
    dek: str | None = None  # the standfirst under the title
    dek_span: Span | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    caption_span: Span | None = None
    bylines: list[Byline] = field(default_factory=list)
    bio_spans: list[Span] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str | None = None

    @property
    def body_text(self) -> str:
        return "\n\n".join(s.text(self.document_text) for s in self.body)


class DocumentRejected(ValueError):
    """Raised by a reader when a file is not a usable article; the message is the reason."""
