"""Where a proposed person name starts and ends in the parse: an opening common noun or trade
cut off ("Broadcaster Chris Evans"), a hyphenated, nicknamed or Chinese tail kept, a given name
NER left out added, bracketed initials merged, a name that runs into a known one cut; and
whether a surface is a plausible name at all."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from transforms import name_context
from transforms.lexicon import (
    ADDRESS_WORDS,
    ARTICLES,
    CHINESE_SURNAMES,
    CUE_LEMMAS,
    DEMONYMS,
    KIN_NOUNS,
    NON_PERSON_LABELS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSONAL_TITLES,
    SOVEREIGN_TITLES,
    TITLES,
)
from transforms.name_spans import (
    CAP_WORD,
    JOINED_PARTICLE,
    NICKNAME,
    NOT_NAME_PREFIXES,
    PARTICLES,
    PATRONYMIC,
    QUOTED_NICKNAME,
    REGNAL_NUMBER,
    first_names,
    is_given_name,
    line_at,
    name_words,
    not_names,
    title_also_given_name,
    word_occurrences,
)
from transforms.nlp import common_nouns, text_of

PARTICLE = re.compile(PARTICLES)
_JOINED = re.compile(JOINED_PARTICLE)


_BRACKETED = re.compile(r" \((?:[A-Z]\.)+\) | \([A-Z][a-z]+\) ")


def merge_bracketed(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "James Leander (Leo) Nichols", "Alan John (A.J.) Taylor": a nickname or initials in
    brackets between two name parts join them into one name (not a place: "Ann Lee (France)
    Bo Park")."""
    text = text_of(doc)
    out: list[tuple[int, int, str]] = []
    for s, e, src in spans:
        if out and "byline" not in (src, out[-1][2]):
            gap = _BRACKETED.fullmatch(text, out[-1][1], s)
            inner = doc.char_span(out[-1][1] + 2, s - 2) if gap else None
            if inner is not None and not any(t.ent_type_ in NON_PERSON_LABELS for t in inner):
                out[-1] = (out[-1][0], e, out[-1][2])
                continue
        out.append((s, e, src))
    return out


def without_opening_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Outspoken Ann Lee", "Joining Lee", "Like Lee": a sentence's first word that the tagger
    reads as an adjective, verb, preposition or adverb is not part of the name after it; nor
    is the place an office before it is of ("Mayor of Velmorim Rohan Shetgaonkar")."""
    span = doc.char_span(start, end)
    if span is None or len(span) < 2:
        return start, end
    office = _OFFICE_OF.search(text_of(doc), max(0, start - 30), start)
    words = span.text.split(" ")
    if len(words) >= 3 and office and office["office"].lower() in TITLES | PERSON_NOUNS:
        return start + len(words[0]) + 1, end  # "Mayor of Velmorim Rohan Shetgaonkar said"
    if not span[0].is_sent_start:
        return start, end
    if line_at(text_of(doc), start, end).strip() == span.text:
        return start, end  # a name alone on its line (a byline)
    first = span[0]
    if first.pos_ in {"ADJ", "VERB", "ADP", "ADV", "DET"} and first.text not in first_names():
        return span[1].idx, end
    # "Twins Mateo and Lucía", "Sisters Moira Lynch", "Rappers Jay and Bey": a plural noun for
    # kin or people is no part of the name
    low = first.lower_
    if low.endswith("s") and (low in KIN_NOUNS or low[:-1] in PERSON_NOUNS):
        return span[1].idx, end
    # "Broadcaster Chris Evans", "Harbourmaster Conor Quinlan": a common noun (or two run
    # together) before a given name is the person's role; not a word of three letters or
    # fewer, as family names are ("Do Van Hai", not "do" the party)
    if (
        len(span) >= 3
        and len(first) > 3
        and (first.lower_ in common_nouns() or _two_nouns(first.lower_))
        and not is_given_name(first.text)
        and (is_given_name(span[1].text) or TRADE_ENDING.fullmatch(first.lower_))
    ):  # "Ranger Themba Mahlangu": a trade before two names, whatever the given name
        return span[1].idx, end
    return start, end


# an office of a place, written before a name: "Mayor of Velmorim Rohan Shetgaonkar"
_OFFICE_OF = re.compile(r"(?:^|[\s“\"])(?P<office>[A-Z][a-z]+) of $")


def _two_nouns(word: str) -> bool:
    """ "harbourmaster": two common nouns written as one word, the second of four letters or
    more ("Nguyen" is no "ngu" and "yen")."""
    nouns = common_nouns()
    return any(word[:i] in nouns and word[i:] in nouns for i in range(3, len(word) - 3))


# The rest of a hyphenated given name and the surname after it ("Seo" + "-yeon Park"), or a
# hyphenated given name after a family name ("Li" + " In-mo").
_HYPHEN_TAIL = re.compile(
    rf"-[a-z]{{1,8}} {CAP_WORD}(?![\w'’-])| [A-Z][a-z]{{1,6}}-[a-z]{{1,6}}(?![\w'’-])"
)


def with_hyphen_tail(text: str, end: int) -> int:
    """The end of a name NER cut at a hyphen ("Seo" in "Seo-yeon Park", "Li" in "Li In-mo")."""
    tail = _HYPHEN_TAIL.match(text, end)
    return tail.end() if tail else end


def with_nickname_tail(text: str, start: int, end: int) -> int:
    """The end of a name NER cut inside its quoted nickname ('Apenisa "Bulldozer' of
    'Apenisa "Bulldozer" Tabuya'): the nickname's closing mark and the surname after it."""
    surface = text[start:end]
    if not _OPEN_NICKNAME.search(surface):
        return end
    tail = _NICKNAME_TAIL.match(text, end)
    return tail.end() if tail else end


_OPEN_NICKNAME = re.compile(r" [\"“][A-Z][^\"“”]*$")
_NICKNAME_TAIL = re.compile(rf"[\"”] {CAP_WORD}(?![\w’'-])")


def with_nickname_head(text: str, start: int, end: int) -> int:
    """The start of a name found only from its surname, after the given name and a quoted
    nickname ("Ghoshal" of "Amitabha “Bablu” Ghoshal"): the given name's."""
    if " " in text[start:end]:
        return start
    head = _NICKNAME_HEAD.search(text, max(0, start - 60), start)
    return head.start() if head and head["given"].lower() not in _NOT_GIVEN else start


_NICKNAME_HEAD = re.compile(rf"(?<![\w’'-])(?P<given>{CAP_WORD}) {QUOTED_NICKNAME} $")
_NOT_GIVEN = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "our", "its"})


def with_chinese_tail(text: str, start: int, end: int) -> int:
    """The end of a Chinese name NER cut after two of its three words ("Leong Kah" of
    "Leong Kah Wai"): a family name, then two short syllables, each capitalised."""
    words = text[start:end].split()
    if len(words) != 2 or words[0] not in CHINESE_SURNAMES or len(words[1]) > 5:
        return end
    tail = _SYLLABLE.match(text, end)
    return tail.end() if tail else end


_PORTFOLIO_JOINS = frozenset({"of", "for", "and", "&"})
# a capitalised syllable after a space, ending a word: " Wai" (not " Walked", " Wai-ming")
_SYLLABLE = re.compile(r" [A-Z][a-z]{1,4}(?![\w’'-])")


def in_portfolio(word: Token) -> bool:
    """The capitalised word closes an office's portfolio: "Infrastructure" of "Minister of
    Works and Infrastructure" (an office, "of" or "for", then capitalised words joined by
    "and")."""
    i = word.i - 1
    if i < 0 or word.doc[i].lower_ not in _PORTFOLIO_JOINS:
        return False
    while i > 0 and (word.doc[i].is_title or word.doc[i].lower_ in _PORTFOLIO_JOINS | {"the"}):
        if word.doc[i].lower_ in {"of", "for"} and word.doc[i - 1].lower_ in TITLES:
            return word.doc[i - 1].is_title
        i -= 1
    return False


def with_given_name(doc: Doc, start: int, end: int) -> int:
    """ "Ogun" + "Temizkanoglu": the capitalised proper noun NER left out right before a
    one-word name (or a two-word one after a title), compounded with it, is the given name
    (not a title, nationality or function word, not part of a place or firm)."""
    span = doc.char_span(start, end)
    if span is None or span.start == 0:
        return start
    if len(span) == 2 and REGNAL_NUMBER.fullmatch(span[1].text):
        span = span[:1]  # "Quansah III"
    # one word, or two after a title: "DSP Amarjot" + "Singh Randhawa"
    # (or after an office's portfolio: "Minister for Labour and Employment Kamrul" + "Ahsan
    # Bhuiyan"; not "Chief of Judicial Police" + "Manuel Alvarado")
    titled = span.start > 1 and (
        doc[span.start - 2].lower_.rstrip(".") in PERSONAL_TITLES | TITLES  # "Minister"
        or (in_portfolio(doc[span.start - 2]) and doc[span.start - 1].lower_ not in common_nouns())
    )
    if len(span) != 1 and not (len(span) == 2 and titled):
        return start
    prev = doc[span.start - 1]
    if (
        prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and prev.head.i in {span.start, span.start + 1}
        and prev.idx + len(prev.text) + 1 == start
        and re.fullmatch(r"[A-Z][a-z]+", prev.text)
        and (
            not prev.is_sent_start
            or _unknown_given_name(prev, span[0])
            or prev.lower_ in _OPENING_PARTICLES  # "Te Rangi said", "De Klerk said"
        )
        and not prev.is_stop
        and prev.lower_ not in NOT_NAME_PREFIXES
        and not title_also_given_name(text_of(doc), prev.text, span.text)  # "Nana Gyepi"
        and (prev.ent_type_ in {"", "PERSON"} or _after_title(prev))
    ):
        return prev.idx
    return start


def with_place_tagged_given_name(doc: Doc, start: int, end: int) -> int:
    """ "Bhuwan" + "Chandra Semwal": a capitalised word the model took for a place or a
    people on its own, compounded with the name right after it, is its given name when the
    article writes that word nowhere but right before the name (and no list knows it as a
    place or a common word)."""
    span = doc.char_span(start, end)
    if span is None or span.start == 0:
        return start
    prev = doc[span.start - 1]
    text = text_of(doc)
    first = span[0].text
    if not (
        prev.ent_type_ in _PLACE_LIKE
        and prev.ent_iob_ == "B"
        and span[0].ent_iob_ != "I"  # the entity is that word alone
        and prev.dep_ in {"compound", "nmod"}
        and span.start <= prev.head.i < span.end
        and prev.idx + len(prev.text) + 1 == start
        and re.fullmatch(r"[A-Z][a-z]+", prev.text)
        and not prev.is_stop
        and prev.lower_ not in common_nouns() | NOT_NAME_PREFIXES | PERSONAL_TITLES | TITLES
        and prev.lower_.removesuffix("s") not in DEMONYMS  # "Americans Billy Mayfair and …"
        and prev.text not in name_context.place_names()
    ):
        return start
    alone = word_occurrences(text, prev.text)
    return prev.idx if all(text.startswith(f" {first}", e) for _, e in alone) else start


_PLACE_LIKE = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})


def _after_title(given: Token) -> bool:
    """A known given name right after a title, whatever entity the model put the two in:
    "Nana Ekow" (an ORG) before "Quansah III"."""
    if given.i == 0 or not is_given_name(given.text):
        return False
    return given.doc[given.i - 1].lower_.rstrip(".") in PERSONAL_TITLES


# Particles that open a surname capitalised at the start of a sentence.
_OPENING_PARTICLES = frozenset({"te", "de", "van", "von", "du", "da", "di", "le", "la"})


def _unknown_given_name(first: Token, name: Token) -> bool:
    """A sentence's first word that is no English noun and no place, before a name that
    speaks or is described ("Marged Llewellyn, the union's secretary, said"): a given name the
    lists lack."""
    is_speaker = speaks(name)
    described = any(c.dep_ == "appos" for c in name.children)
    return (
        (is_speaker or described)
        and first.lower_ not in common_nouns()
        and first.text not in name_context.place_names()
    )


def with_head(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Niamh" + "O’Connell": a one-word name NER split off the capitalised word it modifies
    right after it (a surname the tagger took for a common noun) takes that word along."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span.end >= len(doc):
        return start, end
    tok, nxt = span[0], doc[span.end]
    if (
        tok.dep_ == "compound"
        and tok.head.i == nxt.i
        and nxt.pos_ != "PROPN"
        and nxt.text[:1].isupper()
        and nxt.idx == end + 1
        and not nxt.is_stop
        and nxt.ent_type_ in {"", "PERSON"}
        and re.fullmatch(r"[A-Z][\w’'-]*[a-z]", nxt.text)
        and plausible(nxt.text)
    ):
        return start, nxt.idx + len(nxt.text)
    return start, end


def trim_to_known_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Kanye West Explains" (a title-case headline) → "Kanye West" when that name stands alone
    elsewhere in the article (of two as long, the one written more often: "Crooked Hillary
    Clinton" → "Hillary Clinton", not "Crooked Hillary"); not when the word cut off stands as
    a name elsewhere ("John Joe Kiely", then "John Joe" and "Cronin and Kiely")."""
    counts = Counter(text[s:e] for s, e, _ in spans)
    longest_first = sorted(counts, key=lambda w: (-len(w), -counts[w], w))
    out = []
    for s, e, src in spans:
        surface = text[s:e]
        for other in longest_first:
            if len(other) < len(surface) and len(name_words(other)) >= 2:
                if surface.startswith(other + " "):
                    if not _named_alone(text, surface[len(other) + 1 :]):
                        e = s + len(other)
                    break
                if (
                    surface.endswith(" " + other)
                    and not _SURNAME_PREFIX.match(other)
                    and not _family_surname(text, other, surface)
                    and not _INITIALS.fullmatch(surface[: -len(other) - 1])  # "S. Meenakshi
                ):  # Sundaram" is the name "Meenakshi Sundaram" shortens
                    s = e - len(other)  # (not "Osbert" of "Osbert St Bernard", whose surname
                    break  # "Mr St Bernard" writes alone)
        out.append((s, e, src))
    return out


def _family_surname(text: str, other: str, surface: str) -> bool:
    """``other`` is a surname of more than one word ("Jn Baptiste": no given name opens it)
    that the text writes after another capitalised word too: "Agatha Jn Baptiste" beside
    "Cuthbert Jn Baptiste" is his sister, not "Jn Baptiste" with a stray word before it."""
    cut = surface[: -len(other) - 1]
    if is_given_name(other.split()[0]) or " " in cut:
        return False
    return any(
        m["word"] != cut for m in re.finditer(rf"(?P<word>{CAP_WORD}) {re.escape(other)}\b", text)
    )


def _named_alone(text: str, word: str) -> bool:
    """``word`` (one capitalised word) stands elsewhere in ``text`` inside a sentence, between
    lower-case words or after a comma: a name ("Cronin and Kiely marked"), not a headline's
    verb or noun."""
    if " " in word:
        return False
    return re.search(rf"(?:\b[a-z]+|,) {re.escape(word)}(?= [a-z]|[,.;:])", text) is not None


def with_named_given_name(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Mutinta" + "Mwenya": a surname (the last word of a longer name) right after a
    capitalised word the article names alone as a person ("his sister Mutinta") and never as
    a surname takes that given name along (the model saw only "Mwenya")."""
    words = [text[s:e] for s, e, _ in spans]
    alone = {w for w in words if " " not in w}
    surnames = {w.rsplit(" ", 1)[1] for w in words if " " in w}
    out = []
    for s, e, src in spans:
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if (
            before is not None
            and text[s:e] in surnames
            and before.group(1) in alone - surnames
            and before.group(1).lower() not in _TITLE_WORDS  # "Councilor Ocampo", "Sheikh Yassin"
        ):
            s = before.start(1)
        out.append((s, e, src))
    return out


def with_longer_known_name(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A name of two words or more the text always writes after the same capitalised word,
    twice or more, takes that word along: it is the name's first ("NARHATPUR: Ram Udgar
    Mahto", where NER saw "Udgar Mahto", beside "Folk singer Ram Udgar Mahto" and "Shri Ram
    Udgar Mahto"); not a title, a role or a nationality ("President Joe Biden")."""
    out = []
    for s, e, src in spans:
        name = text[s:e]
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if before is not None and " " in name and _always_after(text, name, before.group(1)):
            s = before.start(1)
        out.append((s, e, src))
    return out


def _always_after(text: str, name: str, word: str) -> bool:
    """``word`` stands before every one of the name's two or more occurrences, and it is no
    title, role, kin noun, nationality, article or place."""
    if word.lower().rstrip(".") in _TITLE_WORDS | TITLES | PERSON_NOUNS | DEMONYMS | KIN_NOUNS:
        return False
    if word.isupper() or word.lower() in ARTICLES or word in name_context.place_names():
        return False
    written = re.findall(rf"(?<![\w’'-])(\S*) {re.escape(name)}(?![\w’'-])", text)
    return len(written) >= 2 and all(w == word for w in written)


_TITLE_WORDS = NOT_NAME_PREFIXES | PERSONAL_TITLES | SOVEREIGN_TITLES
_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*[a-z]) $")


# "St" opening a two-word surname, as Caribbean ones do: "St Bernard", "St. Hill" (not a
# particle that also opens given names or trades: "Singer Van Morrison" is Van Morrison)
_SURNAME_PREFIX = re.compile(r"(?:St\.?|Ste\.?) ")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?)*[A-Z]\.")


def cut_after_known_names(
    text: str, shaped: list[tuple[int, int, str]], known: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Kanye West Spoke To" (a given name and the capitalised words after it) → "Kanye West"
    when that name stands elsewhere in the article."""
    where: dict[str, list[tuple[int, int]]] = {}
    for a, b, _ in known:
        where.setdefault(text[a:b], []).append((a, b))
    out = []
    for s, e, src in shaped:
        cuts = [s + i for i, ch in enumerate(text[s:e]) if ch == " "][1:]  # two words or more
        # not before a father's name: "Siti Rahmah binti Haji Osman", then "Dr Siti Rahmah"
        cuts = [c for c in cuts if text[c + 1 : e].split(maxsplit=1)[0].lower() not in PATRONYMIC]
        for cut in reversed(cuts):
            if any(b <= s or a >= e for a, b in where.get(text[s:cut], ())):
                e = cut
                break
        out.append((s, e, src))
    return out


def speaks(tok: Token) -> bool:
    """The word is the subject of a speech verb ("Rosa Delgado said")."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in CUE_LEMMAS


# Endings of nouns for people's trades ("planner", "ecologist", "historian", "consultant").
TRADE_ENDING = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)")


def plausible(surface: str) -> bool:
    """A name's shape: no lower-case words but particles ("Yorkshire at Headingley"), no
    dash between parts, no organisation or place head ("Commerce Department",
    "Nottinghamshire"), and not a known non-name."""
    words = NICKNAME.sub(" ", surface).split()
    if surface in not_names() or " - " in surface or any(c.isdigit() for c in surface):
        return False
    if {surface.lower(), surface.lower().removesuffix("s")} & DEMONYMS:  # "Welsh", "Kurds"
        return False
    if surface.lower() in ADDRESS_WORDS:  # "Mum", "Grandad"
        return False
    if any(
        w[:1].islower() and not PARTICLE.fullmatch(w) and not _JOINED.fullmatch(w) for w in words
    ):
        return False
    if any(w.lower() in _DIVISIONS for w in words[1:-1]):  # "Sage County Sheriff": an office
        return False
    last = words[-1].rstrip(".").lower()
    return last not in ORG_HEADS and not last.endswith(("shire", "tech"))  # "Halloran Agritech"


_DIVISIONS = frozenset({"county", "township", "borough", "parish"})
