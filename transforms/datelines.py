"""Datelines: the place (and wire agency) that opens a news story, "LONDON (Reuters) - …",
"WASHINGTON (AP) — …", "SAN FRANCISCO, Calif. — …". Found at the start of the first body
paragraph; the text stays in the body (offsets never move), the dateline is recorded beside it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from transforms.document import Span

_CAPS_WORD = r"[A-Z][A-Z.'’\-]+"  # also TANNER’S FORK
_PLACE = (
    rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"  # LONDON, NEW YORK, ST. LOUIS
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"  # , Calif. / , United Kingdom
)
DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"  # , Jan. 5
    r"(?: \((?P<agency>[A-Za-z][A-Za-z .&\-]{0,30})\))?"  # (Reuters)
    r" ?(?P<sep>—|–|--| -|:) ?"
    r"(?=[A-Z“\"‘'])"  # the story's first sentence starts here
)


# a line of its own giving place and date, as wire archives print it: "WASHINGTON 1996-08-29"
DATE_LINE = re.compile(rf"{_PLACE} \d{{4}}-\d{{2}}-\d{{2}}")


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str  # as written, without the dash: "LONDON (Reuters)"
    span: Span
    place: str
    agency: str | None


def find_dateline(document_text: str, body: list[Span]) -> Dateline | None:
    """The dateline opening the first body paragraph, if it has one."""
    if not body:
        return None
    first = body[0]
    m = DATELINE.match(document_text, first.start, first.end)
    if not m or len(m.group("place")) < 3 or not any(c.isalpha() for c in m.group("place")):
        return None
    if m.group("sep") == ":" and not m.group("agency"):
        return None  # "NOTE: …", "UPDATE: …" are labels, not places
    end = (
        m.end("agency") + 1
        if m.group("agency")
        else m.end("date")
        if m.group("date")
        else m.end("place")
    )
    return Dateline(
        document_text[first.start : end],
        Span(first.start, end),
        m.group("place"),
        m.group("agency"),
    )


def is_dateline_line(line: str) -> bool:
    """Whether a line is a place-and-date line or opens a story with a dateline."""
    line = line.strip()
    return bool(DATE_LINE.fullmatch(line)) or find_dateline(line, [Span(0, len(line))]) is not None


def wire_agencies(document_text: str) -> frozenset[str]:
    """The agencies named in the text's datelines, at the start of any line ("SILVER FORK,
    Ore. (Western Wire) — …"): names of wire services, not of people."""
    return frozenset(m.group("agency") for m in _datelines(document_text) if m.group("agency"))


def dateline_places(document_text: str) -> frozenset[str]:
    """The places the text's datelines give, in title case ("KAUREI – Health workers …":
    "Kaurei"): a name written so is a place wherever the story writes it."""
    return frozenset(
        m.group("place").split(",")[0].title()
        for m in _datelines(document_text)
        if m.group("sep") != ":"
    )


def dateline_spans(document_text: str) -> list[tuple[int, int]]:
    """Where the datelines' places are written: a name inside one ("FORK" of "TANNER’S FORK
    —") is no person."""
    return [m.span("place") for m in _datelines(document_text) if m.group("sep") != ":"]


def _datelines(document_text: str) -> Iterator[re.Match[str]]:
    """Every dateline opening a line of the text."""
    for line in re.finditer(r"(?m)^[^\S\n]*(?=[A-Z])", document_text):
        if (m := DATELINE.match(document_text, line.end())) is not None:
            yield m
