"""Finding quoted text by its quotation marks and block quotes by layout (no NLP here)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.document import Span
from transforms.lexicon import TITLE_CUES, TITLE_SMALL_WORDS

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
_DOUBLE_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")
OPENING_MARKS = DOUBLE_OPEN + STRAIGHT + SINGLE_OPEN + "'"  # what a quote may open with
INVISIBLE = "\u200e\u200f\u202a\u202b\u202c\ufeff"  # direction marks before a quote mark
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself)\b")
# A quoted passage speaks in the first or second person; a list, summary or the article's own
# text after a colon ("Here are the rules:") does not.
SPEAKING_VOICE = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b", re.IGNORECASE)
SPEECH_VERB = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|wr(?:ite|ites|ote)|"
    r"(?:add|claim|explain|recall|recount)(?:s|ed)?)\b"
)
# A quote inside a quote, in the other kind of marks: ‘…’ or '…' inside “…” (an apostrophe,
# "don’t", is no closing mark), “…” or "…" inside ‘…’.
_NESTED_IN_DOUBLE = re.compile(r"(?<=[\s(\[—–“\"-])[‘'](?=\w)(.+?)[’'](?![A-Za-z])", re.S)
_NESTED_IN_SINGLE = re.compile(r"[“\"](.+?)[”\"]", re.S)
MIN_SINGLE_QUOTE_WORDS = 3
MAX_TITLE_WORDS = 8
MIN_BLOCK_WORDS = 6  # an unmarked quoted paragraph
MIN_INTRO_WORDS = 3  # "Here is what she wrote:", not "2 p.m.:" or "Online:"
MINOR_WORDS = frozenset(
    ["of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "vs"]
)
MAX_NICKNAME_WORDS = 2
_SENTENCE_END = re.compile(r"(?<=[.!?\]])\s|\n")
# A given name or initial right before the opening mark, a surname right after the closing one.
_NAME_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z][a-z]+|[A-Z]\.)[^\S\n](?:''|[“„\"‘'])$")
_PARTICLE_LED = re.compile(r"[a-z]{1,3}-[A-Z]")  # a nickname led by an article: “il-Kaptan”
_NAME_AFTER = re.compile(  # "Johannes “Hansie” van der Merwe": a particle may lead it
    r"(?:''|[”\"’'])[^\S\n](?:(?:de|van|von|der|den|du|da|di|le|la) )*[A-Z][^\W\d_A-Z]+"
)
# A crowd's chant right before the opening mark ("chanted back at him, “…”", "chants of “…”").
_CHANT_CUE = re.compile(
    r"\b(?:chant(?:s|ed|ing)?|(?:calls|cries|shouts) of)\b[^.!?;\"“”\n]{0,20}[\"“„«']{1,2}$",
    re.IGNORECASE,
)
# Only marks, a comma, "and" or "or" between two marked pieces of a list.
_LIST_GAP = re.compile(r"(?:''|[”»\"’'])\s*,?\s*(?:(?:and|or)\s+)?(?:''|[“„«\"‘'])")
# The kind of work named right after a title ("the “Harbour Lights” podcast").
TITLE_KINDS = (TITLE_CUES - {"on", "in", "of", "name", "named", "labelled", "labeled"}) - {
    "sang",  # "“Our Girls, Our Pride,” sang and danced": a slogan they wore
    "sing",
    "sung",
} | {
    "host",
    "by",  # "“Salt Roads” by the composer Ines Kettering"
    "star",
    "actor",
    "actress",
    "creator",
    "anchor",
    "author",
    "cast",
}
_NEXT_WORD = re.compile(r"(?:''|[”\"’'])?[^\S\n]+([a-z]+)\b")
# The kind of work one word further on ("the “Harbour Lights” radio show").
_NEXT_BUT_ONE = re.compile(
    r"(?:''|[”\"’'])?[^\S\n]+(?!(?:the|a|an|his|her|their|its)\b)[\w-]+[^\S\n]+([a-z]+)\b"
)
_PREVIOUS_WORD = re.compile(r"(\S+?)[^\S\n]*(?:''|[“„«\"‘'])?$")


TITLE = -1  # the ``paragraph`` of a quote in the title
MAX_HEADLINE_CHARS = 400
# A headline quoting its subject: "Senator: ‘We Will Win.’" — the opening mark right after a
# colon, the closing mark ending the title (only punctuation after it).
_TITLE_QUOTE = re.compile(r"(?<=\S): (?:''|[“„«\"‘'])(?=\w)(.+[\w.,!?…])(?:''|[”»\"’'])\W{0,2}$")
# A headline giving someone's words before "says" ("‘I never saw the money,’ says Bwalya …",
# "Pool closure a “day of shame” says former provost"; not "‘Old legs, clever head’: plumber
# wins …", words PolNeAR leaves unmarked).
_TITLE_QUOTE_SAYS = re.compile(
    r"(?:^|(?<=\s))(?:''|[“„«\"‘'])(?=\w)((?:[^“”\"‘’'\n]|[’'](?=\w))+?[\w.,!?…])"
    r"(?:''|[”»\"’']),? says\b"
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted text (marks excluded) found in body paragraph ``paragraph`` (``TITLE``: the
    title)."""

    start: int
    end: int
    paragraph: int
    block: bool = False
    continues: bool = False  # a later paragraph of the same multi-paragraph quote


def find_quotes(text: str, body: list[Span]) -> list[QuoteSpan]:
    """Quotes in marks (double, straight or curly; top-level single) and block quotes."""
    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    continuing = False
    for i, para in enumerate(body):
        pos = para.start
        if open_at is not None:  # a quote left open by the previous paragraph
            if _reopens(text[open_at - 1], text[pos]):  # reopened: its mark closes nothing
                open_at, continuing = pos + 1, True
                pos += 1
            else:
                open_at = None
        for mark in _DOUBLE_MARK.finditer(text, pos, para.end):  # no other character acts
            k, ch = mark.start(), mark.group()
            if open_at is None:
                if ch in DOUBLE_OPEN or (ch in STRAIGHT + DOUBLE_CLOSE and _opens(text, k)):
                    open_at = k + 1
            elif (
                text[open_at - 1] == STRAIGHT
                and ch in DOUBLE_OPEN
                and not _closes(text, k)
                and STRAIGHT not in text[k : para.end]
            ):
                # A curly quote opening after a straight mark that nothing closes: that mark
                # only marks a quoted passage going on (an excerpt, its paragraphs each opened
                # and never closed), and the quote starts here.
                open_at, continuing = k + 1, False
            elif ch in DOUBLE_CLOSE or ch == STRAIGHT or (ch in DOUBLE_OPEN and _closes(text, k)):
                _add(quotes, text, open_at, k, i, continues=continuing)
                open_at, continuing = None, False
        if open_at is not None:  # the quote runs to the end of its paragraph
            _add(quotes, text, open_at, para.end, i, continues=continuing)
            nxt = body[i + 1] if i + 1 < len(body) else None
            if nxt is None or not _reopens(text[open_at - 1], text[nxt.start]):
                open_at, continuing = None, False  # unbalanced: it ends there
    quotes = _join_chants(text, _join_continued(quotes))
    singles = [s for i, para in enumerate(body) for s in _single_quotes(text, para, i, quotes)]
    # ''Doubled apostrophes'' mark a quote as double marks do: their paragraph is no block.
    doubled = [s for s in singles if text[s.start - 2 : s.start] == "''"]
    blocks = _block_quotes(text, body, quotes + doubled)
    in_block = {q.paragraph for q in blocks}
    singles = [s for s in singles if s.paragraph not in in_block]
    found = sorted(quotes + singles + blocks, key=lambda q: q.start)
    return [
        q
        for q in found
        if q.block
        or not (
            is_title(text, q.start, q.end)
            or is_nickname(text, q.start, q.end)
            or _heading(text, body[q.paragraph], q.start, q.end)
            or _run_in_heading(text, q.start, q.end)
        )
    ]


def find_title_quotes(text: str, title: Span) -> list[QuoteSpan]:
    """The quote of a headline that gives its subject's words after a colon ("Mayor Lee:
    ‘We Are Not Done Yet.’") or before "says" ("‘I never saw the money,’ says Bwalya …"). Other
    marks in a headline mostly stand for paraphrase, titles or scare quotes ("Senator Slams
    ‘Radical’ Plan"), so they are left alone."""
    if title.end - title.start > MAX_HEADLINE_CHARS:  # no headline: a page's first line
        return []
    for pattern in (_TITLE_QUOTE, _TITLE_QUOTE_SAYS):
        m = pattern.search(text, title.start, title.end)
        if m is not None and "\n" not in m.group(0):
            return [QuoteSpan(m.start(1), m.end(1), TITLE)]
    return []


def _reopens(opening: str, mark: str) -> bool:
    """A paragraph opening with ``mark`` goes on with a quote opened by ``opening`` (the same
    kind of mark: a straight one is not continued by a curly one, which opens a new quote)."""
    return mark in DOUBLE_OPEN + STRAIGHT and (mark == STRAIGHT) == (opening == STRAIGHT)


def _join_continued(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """One quote for a passage over paragraphs, each reopened by a mark and only the last one
    closed (a statement or transcript quoted at length, or a quote that opens after its
    attribution: "“…,” he said. “Somebody … cab. ¶ “I'm not against fun …”")."""
    out: list[QuoteSpan] = []
    for q in quotes:
        prev = out[-1] if out else None
        if q.continues and prev is not None and prev.paragraph < q.paragraph:
            out[-1] = QuoteSpan(prev.start, q.end, prev.paragraph, continues=prev.continues)
        else:
            out.append(q)
    return out


def _join_chants(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """One quote for the chants a crowd chanted ("chanting “Stop the cuts” and “Fund our
    schools”"): marked pieces after a chant cue, joined only by a comma, "and" or "or"."""
    out: list[QuoteSpan] = []
    chant = False
    for q in quotes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and chant
            and prev.paragraph == q.paragraph
            and _LIST_GAP.fullmatch(text, prev.end, q.start)
        ):
            out[-1] = QuoteSpan(prev.start, q.end, prev.paragraph, continues=prev.continues)
            continue
        chant = _CHANT_CUE.search(text, max(0, q.start - 40), q.start) is not None
        out.append(q)
    return out


def is_nickname(text: str, start: int, end: int) -> bool:
    """One or two capitalised words in marks between the parts of a name ("Robert C. “Bobby”
    Scott", "Marcia “Cia” Price"): a nickname, not a quote."""
    words = text[start:end].split()
    if not 1 <= len(words) <= MAX_NICKNAME_WORDS or not all(
        w[:1].isupper() or _PARTICLE_LED.match(w) for w in words
    ):
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    after = _NAME_AFTER.match(text, end)
    return (
        before is not None and before.group("name").lower() not in MINOR_WORDS and after is not None
    )


def is_title(text: str, start: int, end: int) -> bool:
    """A short Title Case name in marks after a possessive or a word like 'show', 'named' or
    'on' ("NBC’s “Meet the Press”"): a title, not a quote. An exclamation is a cry or a chant
    ("chants of “Go Team!”"), not a title."""
    words = text[start:end].split()
    if "!" in text[start:end]:
        return False
    content = [w for w in words if w.lower() not in MINOR_WORDS and w not in TITLE_SMALL_WORDS]
    # a subtitle after a colon doubles the length: "Keys of the Ancestors: Mbira and Memory …"
    if not content or len(words) > MAX_TITLE_WORDS * (2 if ":" in text[start:end] else 1):
        return False
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in content):
        return False
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1).lower().strip(",:")
    after = _NEXT_WORD.match(text, end)
    later = _NEXT_BUT_ONE.match(text, end)
    follows = any(m is not None and m.group(1) in TITLE_KINDS for m in (after, later))
    return word.endswith(("'s", "’s")) or word in TITLE_CUES or follows


def _opens(text: str, k: int) -> bool:
    """A straight (or wrongly curled ”) double mark opens when it follows a space or the start
    and precedes text or an ellipsis ("” … and then")."""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    elided = text[k + 1 : k + 5].lstrip().startswith(("…", "..."))
    return (
        (before.isspace() or before in "([{—–-/:" + INVISIBLE)
        and (not after.isspace() or elided)
        and after != ">"  # the end of a markup attribute ('date="May 9 ">')
    )


def _closes(text: str, k: int) -> bool:
    """A wrongly curled “ closes an open quote when it ends a word or punctuation and is
    followed by a space, punctuation or the end ("“It is late,“ she said")."""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _add(quotes: list[QuoteSpan], text: str, start: int, end: int, para: int, continues: bool):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        quotes.append(QuoteSpan(start, end, para, continues=continues))


# ''Doubled apostrophes'' close only with doubled ones (a 'nested' quote stays inside);
# ‘single marks’ close at the first closing mark that ends a word.
_SINGLE_OR_DOUBLED = re.compile(
    r"(?<![\w'])''(?=[^\W\d])(?P<doubled>.+?)(?:(?<=[\w.,!?'])|(?<=' ))''(?![\w'])"
    r"|(?<![\w])[‘'](?=[^\W\d])(?P<single>.+?)(?<=[\w.,!?])[’'](?![\w])"
)


def _single_quotes(text: str, para: Span, i: int, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Top-level ‘single-quoted’ passages (British style), outside any double-quoted one."""
    # the double quotes over the paragraph, also one opened paragraphs before it
    inside = [(q.start, q.end) for q in doubles if q.start < para.end and para.start < q.end]
    found = []
    for m in _SINGLE_OR_DOUBLED.finditer(text[para.start : para.end]):
        g = "doubled" if m.group("doubled") is not None else "single"
        s, e = para.start + m.start(g), para.start + m.end(g)
        if any(a - 1 <= s and e <= b + 1 for a, b in inside):
            continue
        if len(text[s:e].split()) >= MIN_SINGLE_QUOTE_WORDS and not _heading(
            text, para, s, e, single=True
        ):
            found.append(QuoteSpan(s, e, i))
    return found


def _heading(text: str, para: Span, start: int, end: int, single: bool = False) -> bool:
    """A short Title Case line alone in its paragraph ("‘Coal Is Not the Enemy.’"; not one
    word ending a sentence, an answer), or any short line alone in single marks ("‘A tough
    decision.’"): a section heading quoting nobody."""
    alone = not text[para.start : start - 1].strip() and not text[end + 1 : para.end].strip()
    words = text[start:end].split()
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    title_case = all(w[:1].isupper() for w in content)
    answer = len(words) == 1 and words[0][-1:] in ".?"  # "“Yes.”", "“When?”" in an exchange
    return alone and len(words) <= MAX_TITLE_WORDS and (single or (title_case and not answer))


def _run_in_heading(text: str, start: int, end: int) -> bool:
    """Capitals in marks standing as a sentence of their own ("… stands at 387. 3. FOR
    FARMERS ‘RAIN IS WELCOME.’ As the …"): a digest's heading run into the text, quoting
    nobody ("… with one line: “THIS IS NOT OK.”" and “GROWING PARTY,” he wrote are quotes)."""
    quoted = text[start:end]
    letters = [c for c in quoted if c.isalpha()]
    if len(quoted.split()) < MIN_SINGLE_QUOTE_WORDS or not all(c.isupper() for c in letters):
        return False
    before = text[max(0, start - 80) : max(0, start - 1)]
    sentence = _SENTENCE_END.split(before)[-1]  # the words of its sentence before the mark
    after = text[end : end + 4].lstrip(ALL_MARKS + SINGLE_CLOSE + "' ")
    return not any(c.islower() for c in sentence) and not after[:1].islower()


def _block_quotes(text: str, body: list[Span], marked: list[QuoteSpan]) -> list[QuoteSpan]:
    """Paragraphs that quote without marks: after a line ending in a colon, or in the first
    person inside a third-person article."""
    with_marks = {q.paragraph for q in marked}
    first_person = [
        i for i, p in enumerate(body)
        if i not in with_marks and _first_person(p.text(text))
    ]  # fmt: skip
    first_person_article = len(first_person) > max(1, len(body) // 3)
    blocks = []
    for i, para in enumerate(body):
        if i == 0 or i in with_marks or text[para.start] in ALL_MARKS + SINGLE_OPEN:
            continue
        if not _prose(para.text(text)):
            continue
        intro = body[i - 1].text(text).rstrip()
        voiced = SPEAKING_VOICE.search(para.text(text)) is not None
        after_colon = intro.endswith(":") and len(intro.split()) >= MIN_INTRO_WORDS and voiced
        follows = bool(blocks) and blocks[-1].paragraph == i - 1
        introduced = follows or SPEECH_VERB.search(intro) is not None
        if after_colon or (i in first_person and not first_person_article and introduced):
            blocks.append(QuoteSpan(para.start, para.end, i, block=True))
    return blocks


def _prose(paragraph: str) -> bool:
    """Running text that can be a quoted passage, not a time stamp, list item, link or
    heading ("12:45 p.m.", "— Carol Lee of …", "GOING BROKE.")."""
    words = paragraph.split()
    return (
        len(words) >= MIN_BLOCK_WORDS
        and paragraph[:1].isalpha()
        and not paragraph.isupper()
        and "://" not in paragraph
    )


def _first_person(paragraph: str) -> bool:
    words = len(paragraph.split())
    hits = len(FIRST_PERSON.findall(paragraph))
    return words >= 15 and hits >= 3 and hits / words >= 0.04


def nested_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotes inside the quote ``text[start:end]``: "“He told me, ‘Siew Ling, don’t let
    the name die with me.’ …”" holds the father's words, not the speaker's."""
    outer = text[start - 1] if start else ""
    pattern = _NESTED_IN_SINGLE if outer in SINGLE_OPEN + "'" else _NESTED_IN_DOUBLE
    return [(m.start(1), m.end(1)) for m in pattern.finditer(text, start, end)]


def is_question(text: str, start: int, end: int) -> bool:
    """The quoted words ``text[start:end]`` end in a question mark."""
    return text[start:end].rstrip().endswith("?")
