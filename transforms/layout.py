"""Line and paragraph spans of a plain-text document (offsets never move: nothing is rewritten)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.document import Span

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
# A transcript's speaker label opening a line: "MORALES: Because …", "“WALLACE: Let's start …"
SPEAKER_LABEL = re.compile(r"(?m)^[\"“]?(?P<label>[A-Z][A-Z.'’ -]*[A-Z]):[ \t]")


def stripped(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` without surrounding whitespace, or None if it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Non-blank runs of lines separated by blank lines, stripped."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _BLANK_LINE.finditer(text, start, end):
        if (s := stripped(text, pos, m.start())) is not None:
            spans.append(s)
        pos = m.end()
    if (s := stripped(text, pos, end)) is not None:
        spans.append(s)
    return spans


def lines(text: str, span: Span) -> list[Span]:
    """The non-blank lines of a span, stripped."""
    spans: list[Span] = []
    pos = span.start
    while pos <= span.end:
        nl = text.find("\n", pos, span.end)
        line_end = span.end if nl == -1 else nl
        if (s := stripped(text, pos, line_end)) is not None:
            spans.append(s)
        if nl == -1:
            break
        pos = nl + 1
    return spans


def inside(regions: list[Span], start: int, end: int) -> bool:
    """``[start, end)`` lies within one of the regions."""
    return any(r.start <= start and end <= r.end for r in regions)


def on_lines_with(
    anchor: re.Pattern[str], pattern: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches never cross a line break and
    hold a match of ``anchor``: only the lines holding one are searched."""
    searched = 0
    for a in anchor.finditer(text):
        if a.start() < searched:
            continue
        start = text.rfind("\n", 0, a.start()) + 1
        searched = text.find("\n", a.end())
        searched = len(text) if searched < 0 else searched
        yield from pattern.finditer(text, start, searched)
