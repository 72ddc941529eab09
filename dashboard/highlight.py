"""An article's text as HTML with person mentions, quotes and speakers marked from offsets.

The text is cut at every span boundary and each piece is wrapped in the marks of the spans
that cover it, so overlapping spans (a name inside a quote, a speaker that is also a mention)
always give well-formed HTML. Every piece of text is escaped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from dashboard.markup import Html, esc, href


@dataclass(frozen=True)
class Span:
    """A marked range of the document: kind is mention, quote or speaker."""

    start: int
    end: int
    kind: str
    person_id: str | None = None
    label: str | None = None
    ref: str | None = None


def _piece(text: str, spans: list[Span], focus: str | None) -> str:
    inner = esc(text).replace("\n", "<br>")
    mention = next((s for s in spans if s.kind == "mention"), None)
    speaker = next((s for s in spans if s.kind == "speaker"), None)
    if mention is not None or speaker is not None:
        classes, titles, attrs, url = [], [], "", None
        if mention is not None:
            classes.append("nd-mention")
            titles.append(f"person: {mention.label}")
            attrs += f' data-mention="{esc(mention.ref)}"'
            url = href("people", person_id=mention.person_id)
        if speaker is not None:
            classes.append("nd-speaker")
            titles.append(f"speaker of a quote: {speaker.label or 'unresolved'}")
            attrs += f' data-speaker="{esc(speaker.ref)}"'
            if speaker.person_id:
                url = href("quotes", person_id=speaker.person_id)
        tag = "a" if url else "span"
        if url:
            attrs += f' href="{esc(url)}" target="_self"'
        title = esc("; ".join(titles))
        inner = f'<{tag} class="{" ".join(classes)}" title="{title}"{attrs}>{inner}</{tag}>'
    for q in (s for s in spans if s.kind == "quote"):
        cls = "nd-quote nd-focus" if focus and q.ref == focus else "nd-quote"
        inner = f'<span class="{cls}" data-quote="{esc(q.ref)}">{inner}</span>'
    return inner


def highlight(text: str, spans: list[Span], focus_quote: str | None = None) -> Html:
    """The document as one line of HTML with every span marked (newlines become <br>)."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text)} | {s.start for s in valid} | {s.end for s in valid})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = [s for s in valid if s.start <= a and b <= s.end]
        out.append(_piece(text[a:b], covering, focus_quote))
    return Html("".join(out))
