"""Reader for plain-text web-page dumps: title line, caption and credit, body, byline and bio."""

from __future__ import annotations

import re

from transforms.datelines import is_dateline_line
from transforms.document import Byline, DocumentRejected, ParsedDocument, Span
from transforms.layout import lines, paragraphs
from transforms.lexicon import ORG_HEADS, UPPER
from transforms.readers.furniture import is_furniture, published_date

MAX_TITLE_CHARS = 300
MAX_TITLE_WORDS = 40

_CREDIT = re.compile(
    r"^\(?\s*(?:image|photo|picture|video)\s+(?:credit|courtesy)\s*:\s*(?P<credit>.+?)\s*\)?$",
    re.IGNORECASE,
)
# A caption line of its own and the credit at its end: "Photo: Ann Lee outside her home.
# Photograph: Bo Park", "Image: Volunteers hang lanterns. (Photo: Bo Park)".
_CAPTION_LINE = re.compile(r"^(?:photo|image|picture|pictured)\s*:\s*\S", re.IGNORECASE)
_CAPTION_MIN_WORDS = 5  # "Photo: Bo Park" alone is a credit, not a caption
_TRAILING_CREDIT = re.compile(
    r"[.(]\s*(?:photo(?:graph)?|image|picture)(?:\s+credit)?\s*:\s*(?P<credit>[^():]+?)\s*\)?\s*$",
    re.IGNORECASE,
)
_NAME_WORD = rf"(?:[{UPPER}](?:[^\W\d_]|['’\-])+|[{UPPER}]\.(?:[{UPPER}]\.)*)"  # Jane, J., P.V.
_NAME_PARTICLE = r"(?:de|van|von|der|da|del|la|le)"
_PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_PARTICLE}?\s*{_NAME_WORD}){{1,3}}$")
_TOP_BYLINE = re.compile(r"^By\s+(?P<names>.+?)\s*$")
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}")
BYLINE_SEPARATORS = ",|;—–"  # between a byline's parts: names, role, publisher
_BY_PART = re.compile(  # a byline's parts, trimmed
    rf"[^{BYLINE_SEPARATORS}\s](?:[^{BYLINE_SEPARATORS}]*[^{BYLINE_SEPARATORS}\s])?"
)
# words of a byline part that describes the authors: their role, or their publisher
_BY_ROLE_WORDS = frozenset(
    [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
        "editor", "editors", "columnist", "contributor", "contributors", "staff", "producer",
        "critic", "intern", "chief",
    ]
)  # fmt: skip
_NOT_AUTHOR_WORDS = ORG_HEADS | frozenset(
    ["the", "press", "associated", "reuters", "afp", "ap", "upi", "bloomberg", "wire", "service"]
)
# the words of a wire-service byline ("By The Associated Press", "By Reuters"): a wire's
# name and the words around it
_WIRE_NAMES = frozenset(["associated", "reuters", "afp", "ap", "upi", "bloomberg", "agence"])
_WIRE_WORDS = _WIRE_NAMES | {"the", "press", "news", "france-presse", "wire", "service", "and"}
_PUBLISHER_IN_BIO = re.compile(
    r"\b(?:at|for|with|of)\s+(?:the\s+)?(?P<pub>(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|on|and|&))*)"
)
_ROLE_MAX_WORDS = 7
# A wire story's sign-off: "-- Amra Kevic, Belgrade newsroom +381 11 2224305", "-- Karen
# Pierog, 312-408-8647": the reporter, then a desk and/or a phone number or e-mail.
_SIGN_OFF = re.compile(
    rf"^[-–—]{{1,2}}\s*(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+)?{_NAME_WORD}){{1,3}})"
    rf"\s*(?:,\s*(?P<desk>[^\W\d_][^,\d+(]*?))?\s*,?\s*"
    r"(?P<contact>\+?\(?\d.*|(?i:tel|e-?mail|fax)\b.*)?$"
)
_SIGN_OFF_MAX_CHARS = 160
# words of a desk, not of a reporter's name ("Hong Kong News Room", "Zurich Editorial")
_DESK_WORDS = frozenset(
    ["newsroom", "news", "room", "newsdesk", "desk", "bureau", "editorial", "commodities",
     "bonds", "markets", "equities", "economics", "service", "unit", "team"]
)  # fmt: skip


def read_plain_text(text: str) -> ParsedDocument:
    """Parse a plain-text article dump; raise DocumentRejected when it has no usable shape."""
    paras = paragraphs(text)
    if not paras:
        raise DocumentRejected("no text: the file is empty or blank")
    first_lines = lines(text, paras[0])
    title_span = first_lines[0]
    title = title_span.text(text)
    if len(title) > MAX_TITLE_CHARS or len(title.split()) > MAX_TITLE_WORDS:
        raise DocumentRejected(f"no recognisable title: the first line has {len(title)} characters")
    if not any(ch.isalpha() for ch in title):
        raise DocumentRejected("no recognisable title: the first line has no letters")

    # Candidate lines after the title, in order, with the paragraph index they sit in.
    rest: list[tuple[int, Span]] = [(0, s) for s in first_lines[1:]]
    for i, p in enumerate(paras[1:], start=1):
        rest.extend((i, s) for s in lines(text, p))

    caption_span, credit, consumed = _caption_and_credit(text, rest)
    top_bylines, consumed_top, wire = _top_bylines(text, rest, consumed)
    consumed |= consumed_top

    furniture = {s for _, s in rest if is_furniture(s.text(text))}
    dek_span = _dek(text, rest, consumed | furniture)
    if dek_span:
        consumed.add(dek_span)
    published_at = next(
        (
            d
            for s in sorted(furniture, key=lambda s: s.start)
            if (d := published_date(s.text(text)))
        ),
        None,
    )
    body_lines = [(i, s) for i, s in rest if s not in consumed and s not in furniture]
    bylines, bio_spans, body_lines = _end_byline(text, body_lines)
    if not bylines:
        bylines, body_lines = _sign_off(text, body_lines)
    body = _regroup(body_lines)
    if not body:
        raise DocumentRejected("no body: the file has a title but no article text")

    authors = top_bylines + bylines
    publisher = wire or next((b.publisher for b in authors if b.publisher), None)
    return ParsedDocument(
        document_text=text,
        title=title,
        title_span=title_span,
        body=body,
        dek=dek_span.text(text) if dek_span else None,
        dek_span=dek_span,
        image_caption=caption_span.text(text) if caption_span else None,
        image_credit=credit,
        caption_span=caption_span,
        bylines=authors,
        bio_spans=bio_spans,
        publisher=publisher,
        published_at=published_at,
    )


def _dek(text: str, rest: list[tuple[int, Span]], header: set[Span]) -> Span | None:
    """The standfirst under the title: the first free line, not a finished sentence, that
    still sits in the header block (a caption, byline or furniture line follows it)."""
    free = [(k, s) for k, (_, s) in enumerate(rest[:4]) if s not in header]
    if not free:
        return None
    k, span = free[0]
    line = span.text(text).rstrip()
    if line.endswith((".", "!", "?", '"', "”", "’", "'")) or len(line.split()) > 40:
        return None
    if not any(s in header for _, s in rest[k + 1 : k + 6]):
        return None
    return span


def _caption_and_credit(
    text: str, rest: list[tuple[int, Span]]
) -> tuple[Span | None, str | None, set[Span]]:
    """A credit line among the first lines, and the caption line right before it; else a
    caption line of its own ("Photo: Ann Lee outside her home. Photograph: Bo Park"), with the
    credit at its end."""
    for k, (_, span) in enumerate(rest[:6]):
        m = _CREDIT.match(span.text(text))
        if m:
            consumed = {span}
            caption = None
            if k > 0:
                caption = rest[k - 1][1]
                consumed.add(caption)
            return caption, m.group("credit"), consumed
    for _, span in rest[:6]:
        line = span.text(text)
        if _CAPTION_LINE.match(line) and len(line.split()) >= _CAPTION_MIN_WORDS:
            credit = _TRAILING_CREDIT.search(line)
            return span, credit.group("credit") if credit else None, {span}
    return None, None, set()


def _top_bylines(
    text: str, rest: list[tuple[int, Span]], consumed: set[Span]
) -> tuple[list[Byline], set[Span], str | None]:
    """'By Jane Doe and John Roe' in the first lines, or a wire story's name line right above
    its dateline ("Jane Doe" then "LONDON 1996-08-29" or "LONDON (Reuters) - …"); a line
    that names only a wire service ("By The Associated Press") gives the publisher."""
    for k, (_, span) in enumerate(rest[:5]):
        if span in consumed:
            continue
        line = span.text(text)
        m = _TOP_BYLINE.match(line)  # first: "By Jane Doe" above a dateline is no name line
        if m and len(line) <= 120:
            bylines = _by_line(text, span.start + m.start("names"), span.start + m.end("names"))
            if bylines:
                return bylines, {span}, None
            words = {w.lower() for w in m.group("names").split()}
            if len(words) <= 4 and words <= _WIRE_WORDS and words & _WIRE_NAMES:
                return [], {span}, re.sub(r"^[Tt]he ", "", m.group("names"))
            continue
        name = line.strip()
        if (
            k + 1 < len(rest)
            and _looks_like_name(name)
            and is_dateline_line(rest[k + 1][1].text(text))
        ):
            start = span.start + line.index(name)
            return [Byline(name=name, name_span=Span(start, start + len(name)))], {span}, None
    return [], set(), None


def _by_line(text: str, start: int, end: int) -> list[Byline]:
    """The authors of "By Jane Doe and John Roe, Staff Writers | The Harbor Ledger": the names
    of the first part and of later parts shaped like a name; a role part and a publisher part
    describe them and are never authors themselves."""
    names: list[tuple[int, int]] = []
    role = publisher = None
    for i, part in enumerate(_BY_PART.finditer(text, start, end)):
        s, e = part.span()
        words = {w.lower().strip(".") for w in text[s:e].split()}
        if words & _BY_ROLE_WORDS:
            role = role or text[s:e]
        elif words & _NOT_AUTHOR_WORDS:
            publisher = publisher or text[s:e].removeprefix("the ")
        elif i == 0 or all(map(_looks_like_name, re.split(r"\s+(?:and|&)\s+", text[s:e]))):
            names += [(m.start(), m.end()) for m in _NAME_RUN.finditer(text, s, e)]
        else:
            publisher = publisher or text[s:e]
    return [
        Byline(name=_as_written(text[a:b]), name_span=Span(a, b), role=role, publisher=publisher)
        for a, b in names
    ]


def byline_authors(line: str) -> tuple[list[str], str | None]:
    """The author names and publisher of a byline string from a feed ("Ana Lima and Tom Hart,
    AP"); nothing when a part is a lone word ("Lima, Ana": surname first, left to the
    caller)."""
    line = line.strip().removeprefix("By ").strip()
    for part in _BY_PART.finditer(line):
        words = {w.lower().strip(".") for w in part.group().split()}
        if len(words) == 1 and not words & (_BY_ROLE_WORDS | _NOT_AUTHOR_WORDS):
            return [], None
    bylines = _by_line(line, 0, len(line))
    return [b.name for b in bylines], next((b.publisher for b in bylines if b.publisher), None)


def _as_written(name: str) -> str:
    """A name as it is spelled in running text ("JANE DOE" in a byline is Jane Doe)."""
    return name.title() if name.isupper() else name


def _looks_like_name(line: str) -> bool:
    return len(line) <= 60 and bool(_PERSON_NAME.match(line))


def _looks_like_role(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _ROLE_MAX_WORDS
        and not line.endswith((".", "!", "?", ":", "”", '"'))
        and line[0].isupper()
    )


def _end_byline(
    text: str, body_lines: list[tuple[int, Span]]
) -> tuple[list[Byline], list[Span], list[tuple[int, Span]]]:
    """An author block near the end: name line, optional role line, then bio paragraphs."""
    n = len(body_lines)
    for k in range(max(0, n - 8), n):
        para, name_span = body_lines[k]
        name = name_span.text(text)
        if not _looks_like_name(name):
            continue
        after = body_lines[k + 1 :]
        role = None
        bio_lines = after
        if after and after[0][0] == para and _looks_like_role(after[0][1].text(text)):
            role = after[0][1].text(text)
            bio_lines = after[1:]
        first, last = name.split()[0], name.split()[-1]
        bio_ok = not bio_lines or bio_lines[0][1].text(text).startswith(
            (first, last, "He ", "She ")
        )
        same_para_as_previous = k > 0 and body_lines[k - 1][0] == para
        if not bio_ok or same_para_as_previous or (role is None and not bio_lines):
            continue
        bio_spans = [s for _, s in bio_lines]
        bio = "\n\n".join(s.text(text) for s in bio_spans) or None
        publisher = _publisher_from_bio(bio) if bio else None
        byline = Byline(name=name, name_span=name_span, role=role, bio=bio, publisher=publisher)
        return [byline], bio_spans, body_lines[:k]
    return [], [], body_lines


def _sign_off(
    text: str, body_lines: list[tuple[int, Span]]
) -> tuple[list[Byline], list[tuple[int, Span]]]:
    """The reporter of a wire story's sign-off line (a desk or a phone number or e-mail after
    the name), among the last two lines, with the desk as their role; the line leaves the body."""
    for k in reversed(range(max(0, len(body_lines) - 2), len(body_lines))):
        span = body_lines[k][1]
        line = span.text(text)
        m = _SIGN_OFF.match(line) if len(line) <= _SIGN_OFF_MAX_CHARS else None
        if m is None:
            continue
        desk_named = m["desk"] and {w.lower() for w in m["desk"].split()} & _DESK_WORDS
        if not (desk_named or m["contact"]):
            continue
        words = {w.lower() for w in m["name"].split()}
        if words & (_DESK_WORDS | _NOT_AUTHOR_WORDS):
            continue
        name_span = Span(span.start + m.start("name"), span.start + m.end("name"))
        byline = Byline(name=_as_written(m["name"]), name_span=name_span, role=m["desk"])
        return [byline], body_lines[:k] + body_lines[k + 1 :]
    return [], body_lines


def _publisher_from_bio(bio: str) -> str | None:
    first_sentence = re.split(r"(?<=[.!?])\s", bio, maxsplit=1)[0]
    m = _PUBLISHER_IN_BIO.search(first_sentence)
    return m.group("pub").rstrip(".") if m else None


def _regroup(body_lines: list[tuple[int, Span]]) -> list[Span]:
    """Join the remaining lines back into paragraph spans (lines of one paragraph stay one)."""
    body: list[Span] = []
    last_para = -1
    for para, span in body_lines:
        if para == last_para and body:
            body[-1] = Span(body[-1].start, span.end)
        else:
            body.append(span)
        last_para = para
    return body
