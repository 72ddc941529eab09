"""Names whose context shows they are no person: places, firms, clubs, parties and things.

Each test reads one kind of evidence around a candidate name ("the club Standard Liege", "the
owner of Nowicki Frameworks", "Mill Lane", "Ann Lee (France) Ferrari 1:50.2"); the people
extractor records the ones that hold as the candidate's rule flags, and the person filter
weighs them."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from transforms.lexicon import (
    ARTICLES,
    DEMONYMS,
    HONORIFICS,
    NON_PERSON_LABELS,
    OCCUPATIONS,
    ORG_HEADS,
    ORG_ROLE_NOUNS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_ONLY_HEADS,
    PLACE_ONLY_PREFIXES,
    PLACE_PREFIXES,
    ROLE_PREFIXES,
    SURNAME_PLACE_HEADS,
    TEAM_HEADS,
    THING_DESCRIPTORS,
    TITLES,
    TITLES_ALSO_GIVEN_NAMES,
)
from transforms.name_spans import (
    NICKNAME,
    first_names,
    is_given_name,
    is_post_nominal,
    word_occurrences,
    word_table,
)
from transforms.nlp import common_nouns, entities, lower_case_words, sentence_starts, text_of
from transforms.quote_marks import ALL_MARKS, OPENING_MARKS


@cache
def place_names() -> frozenset[str]:
    """One-word countries, US states and British counties that are no one's name ("Benin"),
    written by bench/place_names.py."""
    return word_table("place_names.txt")


def follows_article(doc: Doc, start: int, end: int) -> bool:
    """The name at ``[start, end)`` follows "the", "a" or "an" ("the Anfield crowd")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in ARTICLES


def after_article(doc: Doc, start: int, end: int) -> bool:
    """ "the Briton", "a Pole", "the Brewers": a name heading a noun phrase after an article
    names a group, a place or a thing, not a person ("the Clinton administration" is kept: the
    name there modifies a noun); so does a title word after an article and capitalised words
    ("the Senior Magistrate said")."""
    if _titled_role(doc, start, end):
        return True
    if not follows_article(doc, start, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    after = doc[span.end] if span.end < len(doc) else None
    return not (after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.tag_ == "POS"))


def _titled_role(doc: Doc, start: int, end: int) -> bool:
    """One title word after an article and capitalised words: "the Senior Magistrate"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in TITLES:
        return False
    i = span.start - 1
    while i > 0 and doc[i].is_title:
        i -= 1
    return i < span.start - 1 and doc[i].lower_ in ARTICLES


# Capitalised heads of things named after a person: "the Sir Bobby Charlton Cup", "the Ada
# Okafor Hall", "the Jimmy Connolly Memorial Trust".
_NAMED_THING_HEADS = frozenset(
    {
        *("Cup", "Trophy", "Shield", "Award", "Awards", "Prize", "Medal", "Memorial", "Lecture"),
        *("Foundation", "Trust", "Fund", "Scholarship", "Hall", "Centre", "Center", "Stadium"),
        *("School", "Primary", "Secondary", "Grammar", "College", "Academy", "Institute"),
        *("Hospital", "Library", "Museum"),
        *("Gallery", "Theatre", "Building", "Bridge", "Park", "Cafe", "Café", "Coffee"),
        *("Garden", "Gardens", "Airport", "Square", "Avenue", "Highway", "Dam", "Clinic"),
        *("Field", "Wing"),  # "the Ray Ostrander Field", "the Anna Dyck Wing"
    }
)
# Lower-case heads of places named after a person: "the Oliver Tambo airport"
_NAMED_PLACE_AFTER = re.compile(
    r" (?:international )?(?:airport|stadium|hospital|clinic|bridge|highway|dam|library"
    r"|museum|mausoleum|prize|trophy|cup|scholarship|lecture|tractor)\b"
)
_WORDS_AFTER_NAME = re.compile(r"(?: [A-Z][a-zé]+){1,3}\b(?!['’]s)")


def names_a_thing(text: str, end: int) -> bool:
    """The name ending at ``end`` goes on, within three capitalised words, with the head of a
    thing named after its person ("Bobby Charlton" of "the Sir Bobby Charlton Cup", "the Sir
    Rua Kereama Events Centre"): that mention is no person's."""
    if _NAMED_PLACE_AFTER.match(text, end):  # "the Oliver Tambo airport"
        return True
    words = _WORDS_AFTER_NAME.match(text, end)
    for word in words[0].split() if words is not None else ():
        if word in _NAMED_THING_HEADS:
            return True
        if word not in _THING_DESCRIBERS:  # "Mayor Harold Pike Opens Library": a headline
            return False
    return False


def ends_in_a_thing(surface: str) -> bool:
    """The name's own last word is the head of a thing named after a person ("Nathaniel
    Gooden Park", "Ada Okafor Memorial"): a two-word one only where that word is no surname
    ("Grace Park", "Stuart Hall" are people)."""
    words = surface.split()
    return (
        len(words) > 1
        and words[-1] in _NAMED_THING_HEADS
        and (len(words) > 2 or words[-1] not in _SURNAME_HEADS)
    )


_SURNAME_HEADS = frozenset(
    {"Park", "Hall", "Bridge", "Shield", "Coffee", "Primary", "Grammar", "Field", "Wing"}
)


# Words between a name and the head of what is named after it ("the Ada Okafor Memorial
# Sports Centre", "Sir John Latham Primary School").
_THING_DESCRIBERS = frozenset(
    {"Events", "Community", "Sports", "Leisure", "Arts", "Music", "Youth", "Heritage"}
    | {"Medical", "Research", "Performing", "Memorial", "Primary", "Secondary", "High"}
    | {"Botanical", "International"}
)


# Holdings and vessels a name in apposition names ("his property, Wirrilla Downs,"), unlike
# a district or a region, whose apposed name may be its officer's.
_HOLDINGS = frozenset(
    {"property", "farm", "station", "ranch", "estate", "homestead", "vineyard", "pub", "hotel"}
    | {"restaurant", "boat", "vessel", "ship", "yacht", "trawler", "ferry"}
    | {"dog", "puppy", "cat", "kitten", "pony", "horse", "beagle", "terrier", "spaniel"}
    | {"labrador", "retriever", "collie", "poodle", "dachshund", "parrot", "tortoise"}
)  # "whose 12-year-old beagle, Kopi, …": the pet's name


def after_thing_noun(doc: Doc, start: int, end: int) -> bool:
    """ "Belgian club Standard Liege", "the daily Sueddeutsche Zeitung": a name right after a
    noun for an organisation, a work or a place names that thing. Not in a relative clause
    ("the club Ferguson built", where the name is the clause's subject)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    root = span.root
    if (
        before.text == ","
        and span.start > 1
        and span.end < len(doc)
        and doc[span.end].text == ","
        and root.dep_ not in {"nsubj", "nsubjpass"}
        and doc[span.start - 2].lower_ in _HOLDINGS
    ):  # "on his property, Wirrilla Downs, for a month": in apposition to the holding (not
        before = doc[span.start - 2]  # "On his farm, Tom Reyes, 45, grows …", a subject)
    if not before.is_lower or before.lower_ not in THING_DESCRIPTORS:
        return False
    if before.lower_ in _TRADES_OR_FIRMS and len(span) > 1 and is_given_name(span[0].text):
        return False  # "cider maker Walter Ridd", "cotton manufacturer Josiah Tattersall" (a
        # person), not "carmaker Toyota"
    return not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "relcl")


# descriptors that name a trade as well as a firm
_TRADES_OR_FIRMS = frozenset({"maker", "manufacturer"})


def which_relative(text: str, surface: str) -> bool:
    """ "awarding the race to Harcombe, which had crossed the line": a name that "which"
    describes somewhere in the text is a thing's ("Lumen Grid, which builds …"). Not a name in
    apposition ("a letter from a customer, Margaret Doyle, which is taped …" describes the
    letter) nor one after a person's title or occupation ("a son of President Suharto, which
    plans …", "a book by local historian Bernadette Vos, which devotes a chapter")."""
    if f"{surface}, which" not in text:
        return False
    return any(
        not after_person_title(text, m.start())
        and not text[: m.start()].endswith(", ")
        and not _after_person_noun(text, m.start())
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}, which\b", text)
    )


_WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")


def _after_person_noun(text: str, start: int) -> bool:
    """An occupation or a person noun stands right before ``start`` ("historian X")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in OCCUPATIONS | PERSON_NOUNS


def after_person_title(text: str, start: int, capitalised: bool = False) -> bool:
    """A title or honorific for a person stands right before ``start`` ("Judge", "Ms"),
    written with a capital when ``capitalised`` ("Justice Arch", not "the arch")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None or (capitalised and not m.group(1)[:1].isupper()):
        return False
    return m.group(1).lower() in TITLES | HONORIFICS


def of_org_role(doc: Doc, start: int, end: int) -> bool:
    """ "the owner of Nowicki Frameworks", "chief executive of Haddad Foods", "a retail
    analyst at Peel Hunt": a name that someone holds a role or works in is an organisation
    (once is enough for every mention of it)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    roles = {"of": ORG_ROLE_NOUNS, "at": _WORKS_AT}.get(prep.lower_)
    return (
        roles is not None
        and span.root.dep_ == "pobj"
        and span.start - prep.i <= 2  # "of Nowicki Frameworks", "of the", not "of fielder Lee"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in roles
    )


# Nouns for a place named after "of": "the island of Skellmore", "the mountain town of Velji Dol".
PLACE_OF_NOUNS = frozenset(
    {
        "town", "village", "city", "island", "isle", "county", "region", "province", "state",
        "district", "parish", "borough", "kingdom", "republic", "hamlet", "suburb",
        "municipality", "port", "principality", "emirate", "commune",
    }
)  # fmt: skip


def place_of(doc: Doc, start: int, end: int) -> bool:
    """ "the island of Skellmore", "the mountain town of Velji Dol", "the edge of Hexley": a
    name right after "of" and a noun for a place or its part is that place; so is one a firm
    is "based in", and one word after a street's name ("of Ridley Terrace, Hexley,")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    if len(span) == 1 and _AFTER_STREET.search(text_of(doc), max(0, start - 40), start):
        return True  # "both of Ridley Terrace, Hexley,": an address's town (not "down Main
        # Street, Rosalind Halloran is …")
    prep = doc[span.start - 1]
    if span.root.head.i != prep.i:
        return False
    if prep.lower_ in _AT_PLACE and span[-1].lower_ in PLACE_HEADS | SURNAME_PLACE_HEADS:
        return True  # "the meeting in Harlan Flats" (not "Geoff Marsh", not after "in")
    first = span[0].text
    if (
        prep.lower_ in _AT_PLACE
        and prep.head.lemma_.lower() not in _IN_SOMEONE
        and not (is_given_name(first) or first in first_names())
    ):
        return True  # "two have been offered jobs in Coolabin", "in Umm Qasr": where things are
    if prep.lower_ == "of" and prep.head.lower_ in _COMPASS:
        return True  # "a ranch north of Harlan Flats"
    if (
        prep.lower_ == "of"
        and prep.head.ent_type_ == "PERSON"
        and prep.head.i < prep.i
        and not (is_given_name(first) or first in first_names())
    ):
        return True  # "Jiten Malsum (47) of Sonapur Tilla": where someone lives
    if prep.lower_ == "in":
        return prep.head.lower_ in _BASED  # "a company based in Cedar Hollow"
    return (
        prep.lower_ == "of"
        and span.root.head.i == prep.i
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in PLACE_OF_NOUNS | _PLACE_PARTS
    )


# a place's parts: "a scrapyard on the edge of Hexley", "the outskirts of Tamale"
_PLACE_PARTS = frozenset({"edge", "outskirts", "fringe", "fringes", "centre", "center"})
_BASED = frozenset({"based", "headquartered", "located"})
_AFTER_STREET = re.compile(
    r"\b[A-Z][\w'’-]+ (?:Street|Road|Terrace|Avenue|Lane|Close|Crescent|Drive|Gardens|Row), $"
)
# Nouns "in" may join to a person: "faith in Blair", "a stake in Murdoch"
_IN_SOMEONE = frozenset(
    {"faith", "confidence", "trust", "belief", "interest", "stake", "role", "part", "share"}
)
_AT_PLACE = frozenset({"in", "near", "outside"})  # prepositions of where


# Nouns for a place that a place's name modifies: "the Serrana valley", "the Esham estuary".
PLACE_AFTER_NOUNS = frozenset(
    {
        "valley", "river", "estuary", "coast", "coastline", "region", "hills", "mountains",
        "forest", "stream", "lake", "village",
        "basin", "delta", "plateau", "peninsula", "lowlands", "highlands", "uplands", "plain",
        "district", "province", "atoll", "islanders", "villagers",  # "Skerravoe islanders"
    }
)  # fmt: skip
# the same nouns in the plural after two names: "Ewarit and Menaiwo districts"
_PLACES_AFTER = re.compile(r" (?:districts|provinces|villages|valleys|islands|atolls)\b")


def before_place_noun(text: str, surface: str) -> bool:
    """ "the Serrana valley" (anywhere in the article, the headline too): a one-word name
    before a lower-case noun for a place ("Skerravoe islanders"; in the plural after another
    name: "Ewarit and Menaiwo districts"), or owning a place-only head ("Pell’s Crossing"),
    names the place."""
    if " " in surface:
        return False
    return any(
        _PLACE_AFTER.match(text, e)
        or (
            _PLACES_AFTER.match(text, e) is not None
            and re.search(rf"\b[A-Z][\w'’-]+ and {re.escape(surface)}$", text[max(0, s - 40) : e])
            is not None
        )
        for s, e in word_occurrences(text, surface)
    )


_PLACE_AFTER = re.compile(
    rf" (?:{'|'.join(sorted(PLACE_AFTER_NOUNS))})\b"
    rf"|['’]s (?:{'|'.join(sorted(h.title() for h in PLACE_ONLY_HEADS))})\b"  # "Pell’s Crossing"
)


def before_team_noun(text: str, surface: str) -> bool:
    """ "the Al Sahil head coach", "a former Al Sahil midfielder", "the Kestrels squad": a
    name after an article, before a lower-case noun for a team's coach, player or fans, is
    the team's (anywhere in the article); so is one whose coach titles a name ("Bellwether
    coach Ray Kessler")."""
    return any(
        (_ARTICLE_BEFORE.search(text[max(0, s - 8) : s]) and _TEAM_NOUN_AFTER.match(text, e))
        or _TEAM_TITLE_AFTER.match(text, e)  # "Bellwether coach Ray Kessler"
        for s, e in word_occurrences(text, surface)
    )


_ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\bformer) $")
# a team's coach or captain titling a name: "Bellwether coach Ray Kessler"
_TEAM_TITLE_AFTER = re.compile(r" (?:head |assistant )?(?:coach|captain|skipper) [A-Z][a-z]")
_TEAM_NOUN_AFTER = re.compile(
    r" (?:head |assistant |former )?(?:coach|captain|skipper|midfielder|striker|defender"
    r"|goalkeeper|goalie|winger|fullback|quarterback|pitcher|squad|fans|supporters)\b"
)


def common_noun_opening(doc: Doc, surface: str) -> bool:
    """ "Turnout was 78 per cent": a one-word "name" that is an English common noun, no given
    name, and opens a sentence wherever the article writes it, is that noun."""
    if " " in surface or is_given_name(surface) or surface in first_names():
        return False
    if surface.lower() not in common_nouns():
        return False
    text = text_of(doc)
    found = [s for s, _ in word_occurrences(text, surface)]
    if not found:
        return False
    starts = set(sentence_starts(doc))
    return all(
        i in starts or not text[text.rfind("\n", 0, i) + 1 : i].strip() or _opens_quote(text, i)
        for i in found
    )


def _opens_quote(text: str, i: int) -> bool:
    """The word at ``i`` is a quote's first (capitalised as a sentence's first is): "wrote:
    “Snow is late this year”", "he told me, ‘Padre, I’m not worried’"."""
    return i > 0 and text[i - 1] in OPENING_MARKS and text[i - 2 : i - 1] in {"", " ", "\n"}


def firm_name_part(text: str, surface: str) -> bool:
    """ "Skerry Line" when the article also writes "Skerry Line Ferries": a name that an
    organisation's name continues elsewhere (a trade or a firm's word after it) is that
    organisation's short form, unless it starts with a given name ("the Melinda Gates
    Foundation" does not make Melinda Gates a firm); one word, when a registered firm's name
    ("Borealis Home Products Inc.") continues it; any name before a family firm's "& Sons"."""
    words = surface.split()
    if any(_SONS_AFTER.match(text, e) for _, e in word_occurrences(text, surface)):
        return True  # "Haripada Dey & Sons": a family firm, whoever it is named after
    if not words or is_given_name(words[0]) or words[0] in first_names():
        return False
    if len(words) == 1:  # "Borealis" of "Borealis Home Products Inc."
        found = [e for _, e in word_occurrences(text, surface)]
        return (
            any(_FIRM_SUFFIX_AFTER.match(text, e) for e in found)
            or (bool(found) and all(_BUSINESS_OWNED.match(text, e) for e in found))
            # "Kelleher's Funeral Directors" wherever "Kelleher" is written
            or any(
                (word := _NEXT_WORD.match(text, e)) is not None
                and word[1].lower() in _INSTITUTION_HEADS
                for e in found
            )  # "Harborline" of "Harborline College"
        )
    return any(
        (word := _NEXT_WORD.match(text, e)) is not None and word[1].lower() in ORG_HEADS
        for _, e in word_occurrences(text, surface)
    )


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
# what a place of learning's name ends in: "Harborline College"
_INSTITUTION_HEADS = frozenset({"college", "university", "academy", "polytechnic"})
# the words that end a firm's registered name: "… Home Products Inc.", "… Holdings Ltd"
_FIRM_SUFFIX_AFTER = re.compile(
    r"(?: [A-Z][\w&'’-]*){0,3},? (?:Inc|Ltd|LLC|LLP|plc|PLC|Corp|Corporation|Limited|GmbH|Pty"
    r"|Company|SAOG|SAOC|PJSC|WLL)\b"  # (Gulf forms: "Rawiya Seafood Company SAOG")
)
# a family firm's "& Sons": "Haripada Dey & Sons", "Morrow and Daughters"
_SONS_AFTER = re.compile(r" (?:&|and) (?:Sons?|Daughters?|Brothers|Bros)\b")


# A family business named by its owner's possessive: "… 's Funeral Directors", "…'s Bakery"
_BUSINESS_OWNED = re.compile(
    r"['’]s (?:[A-Z][\w-]* ){0,2}(?:Funeral (?:Directors|Home|Parlour)|Bakery|Butchers|Pharmacy"
    r"|Garage|Hardware|Stores?|Supermarkets?|Restaurant|Café|Cafe|Pub|Bar|Hotel|Motors)\b"
)


# Who works at a place: "an analyst at Peel Hunt", "a partner at Birch Hollis".
_WORKS_AT = ORG_ROLE_NOUNS | PERSON_NOUNS | OCCUPATIONS | {"analyst", "economist", "strategist"}


def apposed_thing(doc: Doc, start: int, end: int) -> bool:
    """ "Haddad Foods, the family-run maker of flatbreads,": a name in apposition with a noun
    for an organisation or a work (not "a film maker": a compound makes it a trade; not "Mary
    Ong, whose beagle", a relative clause the parse read as an apposition)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(
        c.dep_ == "appos"
        and c.is_lower
        and c.lower_ in THING_DESCRIPTORS
        and not any(g.dep_ == "compound" or g.lower_ == "whose" for g in c.children)
        and _only_modifiers(doc[span.end + 1 : c.i], c)
        for c in span.root.children
    )


def _only_modifiers(between: SpacySpan, noun: Token) -> bool:
    """The words between a comma and an apposed noun only modify it ("the family-run"), with
    no name among them (not "Pol Pot, Ta Mok, Son Sen's group")."""
    return all(t.pos_ != "PROPN" and noun.is_ancestor(t) for t in between)


_AFTER_BRACKET = re.compile(r"\([A-Z][A-Za-z. ]+\)[^\S\n]*,?[^\S\n]*$")
_BEFORE_RESULT = re.compile(r"[^\S\n]*,?[^\S\n]*\d")


def team_after_country(text: str, start: int, end: int) -> bool:
    """ "Ann Lee (France) Ferrari 1:50.2": in a results line, the words between a competitor's
    country and the result name the team or the car."""
    return bool(
        _AFTER_BRACKET.search(text, max(0, start - 40), start) and _BEFORE_RESULT.match(text, end)
    )


def common_words(doc: Doc, surfaces: list[str]) -> set[str]:
    """One-word names the article also writes in lower case ("Iodine deficiency" beside
    "iodine"): common words, unless part of a longer name in the article."""
    lower = lower_case_words(doc)
    # (a nickname in marks counts: "Jet" of 'Jaylene “Jet” Amos' beside "a charter jet")
    in_full = {w.strip(ALL_MARKS) for s in surfaces if " " in s for w in s.split()}
    return {
        s
        for s in surfaces
        if " " not in s
        and not s.isupper()
        and _number_forms(s.lower()) & lower
        and s not in in_full
    }


def _number_forms(word: str) -> set[str]:
    """A word with its singular or plural ("Fares" beside "a minimum fare")."""
    forms = {word, f"{word}s"}
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


_SURNAME_OR_TEAM_HEADS = SURNAME_PLACE_HEADS | TEAM_HEADS
_STREETS = frozenset(
    {"street", "road", "avenue", "drive", "boulevard", "square", "bridge", "way", "close", "walk"}
)
_COMPASS = frozenset({"north", "south", "east", "west"})
_WEATHER = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone"})
# Initials before the name of a prison or a ship: "HMP Garwick", "HMS Belfast", "USS Cole".
_INSTITUTION_PREFIXES = frozenset(
    {"HMP", "HMYOI", "YOI", "HMS", "HMNZS", "HMAS", "HMCS", "USS", "RMS"}
)


def only_a_place(surface: str) -> bool:
    """A name whose last or first word only places have: "Calder Falls", "Aberwennol Baths",
    "Jalan Tan Poh Seng"."""
    words = surface.lower().split()
    return len(words) > 1 and (words[-1] in PLACE_ONLY_HEADS or words[0] in PLACE_ONLY_PREFIXES)


def place_name(surface: str, tagged_other: bool = False) -> bool:
    """A one-word place that is no one's name ("Benin"), or a name shaped like a street's, a
    town's or a club's ("Mill Lane", "Market Esham", "Ravenscar Rovers") or holding a
    country's ("Atlas Bangladesh") whose first word is no given name. A given name first
    counts for nothing when the model tagged the name a place or an organisation ("Harlow
    Cross"), unless its last word is also a surname ("Geoff Marsh")."""
    words = surface.split()
    if len(words) == 1:
        return surface in place_names()
    if words[0] in _WEATHER or words[0] in _INSTITUTION_PREFIXES:  # "Storm Gwendolen", "HMP …"
        return True
    given = is_given_name(words[0]) or words[0] in first_names()
    if len(words) >= 3 and words[-1].lower() in PLACE_HEADS | _STREETS:
        return True  # "Ada Merriweather Lane": a street named after someone
    if only_a_place(surface):
        return True  # "Calder Falls", whatever "Calder" may name
    if words[-1].lower() in _SURNAME_OR_TEAM_HEADS:  # "Kingsmere Marsh", not
        # "Geoff Marsh"; "Ravenscar Rovers", "Aberhelig North" (left as before: "North West")
        return not given and words[0].lower() not in _COMPASS
    if given and not tagged_other:
        return False
    return (
        words[-1].lower() in PLACE_HEADS
        or words[0].lower() in PLACE_PREFIXES
        or any(w in place_names() for w in words)
    )


def noun_naming(tok: Token) -> Token | None:
    """The noun that "named" or "called" gives the name ``tok`` ends: "a doctoral student
    named Amara Osei", "a farm called Ash Hill" (any noun: the callers judge it)."""
    verb = tok.head
    if (
        tok.dep_ in {"oprd", "dobj", "attr"}
        and verb.lower_ in {"named", "called"}
        and verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
    ):
        return verb.head
    return None


def only_quoted_whole(text: str, surface: str) -> bool:
    """ "The first film shown was “Crocodile Dundee”": a name the article only ever writes as
    the whole of a pair of quote marks is a title (a film, a song, a ship), not a person."""
    found = list(word_occurrences(text, surface))
    return bool(found) and all(
        _fills_marks(text, s, e) or _in_quoted_title(text, s, e) for s, e in found
    )


_OPEN_BEFORE = re.compile(r"[“\"]((?:[A-Z][^“”\"\n.?!]{0,60})?)$")
_CLOSE_AFTER = re.compile(r"([^“”\"\n.?!]{0,60}?)[,.]?[”\"]")
_TITLE_SMALL = frozenset({"and", "of", "the", "a", "an", "in", "on", "to", "for", "at", "by"})


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """The name is part of a short title in quote marks, every word capitalised but the small
    ones: the album “Tide and Tarry Rope”."""
    before = _OPEN_BEFORE.search(text, max(0, start - 61), start)
    after = _CLOSE_AFTER.match(text, end)
    if before is None or after is None:
        return False
    words = f"{before.group(1)}{text[start:end]}{after.group(1)}".split()
    return len(words) <= 6 and all(w[0].isupper() or w in _TITLE_SMALL for w in words)


def _fills_marks(text: str, start: int, end: int) -> bool:
    """A mark opens right before ``start`` and one closes at ``end`` (after a comma or a
    full stop the marks may hold)."""
    after = end + (text[end : end + 1] in {",", "."})
    return (
        start > 0
        and text[start - 1] in ALL_MARKS + "‘'"
        and text[after : after + 1] in set(ALL_MARKS + "’'")
    )


def party_name(surface: str) -> bool:
    """A party's name or its members' ("Lib Dems", "Tories"), not a person's."""
    return all(w.lower().strip("'’") in PARTY_WORDS for w in surface.split())


_ROLE_HEADS = PERSON_NOUNS | {"member"}


def title_gloss(text: str, start: int, end: int) -> bool:
    """ "The Chief Fisherman (Apofohene) of Obruapa": one word in brackets after a capitalised
    office is the office in another language, not a name; so are the words in brackets
    between an office and its holder's name, the office's district ("Deputy Commissioner
    (South Andaman) Lalitha Nair"); and a rank before "(retd)" and a name ("Major (retd)
    Sangay Dorji")."""
    if " " not in text[start:end] and _RETIRED_AND_NAME.match(text, end):
        return True
    if text[end : end + 1] != ")":
        return False
    if " " not in text[start:end]:
        return _OFFICE_BEFORE_BRACKET.search(text, max(0, start - 60), start) is not None
    office = _OFFICE_OPENING_BRACKET.search(text, max(0, start - 30), start)
    return (
        office is not None
        and office["office"].lower() in _ROLE_HEADS
        and _NAME_AFTER_BRACKET.match(text, end) is not None
    )


# the name an unnamed source gave: "one vendor, who gave only her first name, Marisol"
GAVE_NAME = r"gave (?:only )?(?:his|her|their) (?:first |given )?name(?: only)?(?: as)?,? "
_AFTER_GAVE_NAME = re.compile(rf"\b{GAVE_NAME}$")


def name_given(text: str, start: int) -> bool:
    """The name at ``start`` is the one its bearer gave ("who gave only her first name,
    Marisol"): a person's."""
    return _AFTER_GAVE_NAME.search(text, max(0, start - 60), start) is not None


def genus(text: str, start: int, end: int) -> bool:
    """ "Nepenthes sikulii": one word before a lower-case Latin species name is a genus."""
    return " " not in text[start:end] and _EPITHET.match(text, end) is not None


_EPITHET = re.compile(r"[^\S\n][a-z]{3,}(?:ii|ae|ensis|oides|iana|ianus|ianum|ifolia|iflora)\b")
_RETIRED_AND_NAME = re.compile(r"[^\S\n]\((?i:retd|rtd|retired)\.?\)[^\S\n][A-Z]")


def before_honorific(text: str, start: int, end: int) -> bool:
    """ "Dean Dr. S. Meenakshi Sundaram", "Principal Mrs Ada Obi": one word before an
    honorific and a name is an office, not a name."""
    return " " not in text[start:end] and _HONORIFIC_AND_NAME.match(text, end) is not None


_HONORIFIC_AND_NAME = re.compile(
    rf"[^\S\n](?i:{'|'.join(sorted(HONORIFICS, key=len, reverse=True))})\.?[^\S\n][A-Z]"
)
_OFFICE_BEFORE_BRACKET = re.compile(r"\b(?:the|The) (?:[A-Z][a-z]+ ){1,3}\($")
_OFFICE_OPENING_BRACKET = re.compile(r"\b(?P<office>[A-Z][a-z]+) \($")
_NAME_AFTER_BRACKET = re.compile(r"\) (?:(?:Dr|Mr|Ms|Mrs|Shri|Smt)\.? )?[A-Z][a-z]+ [A-Z]")


def office_before(text: str, start: int) -> str | None:
    """The capitalised office written right before a name, lower case: "Secretary for
    Transport ", "Minister of Health Dr ", "the Minister of Culture and the Arts, Hon. "."""
    office = _OFFICE_BEFORE.search(text, max(0, start - 70), start)
    return office["role"].lower() if office is not None else None


_OFFICE_BEFORE = re.compile(
    r"\b(?P<role>[A-Z][a-z]+) (?:for|of) (?:(?:[A-Z][a-z]+|and|the|&) ){0,4}[A-Z][a-z]+,? "
    r"(?:(?:Dr|Mr|Ms|Mrs|Hon|Prof)\.? )*$"
)


def role_title(surface: str, before: str = "") -> bool:
    """Capitalised words of a role, no one's name: "Operations Manager", "County Executive
    Committee Member", "Honourable Member" (a given name in it makes it a name: "Mary Judge"),
    or one word after the rank ``before`` it ("Deputy" + "Commissioner")."""
    words = surface.split()
    return (
        (len(words) > 1 or before in _RANKS)
        and words[-1].lower() in _ROLE_HEADS
        and not any(is_given_name(w) for w in words)
    )


# Ranks written before an office: "Deputy Commissioner", "Additional Collector".
_RANKS = frozenset({"Deputy", "Assistant", "Additional", "Joint", "Vice", "Acting"})


def mostly_not_person(doc: Doc) -> set[str]:
    """Entity texts the article tags as something else more often than as a person
    ("Kent" the county, tagged PERSON once and ORG twice)."""
    votes: dict[str, int] = {}
    for ent in entities(doc):
        votes[ent.text] = votes.get(ent.text, 0) + (1 if ent.label_ == "PERSON" else -1)
    return {name for name, vote in votes.items() if vote < 0}


def in_larger_entity(
    doc: Doc, start: int, end: int, entities: list[tuple[int, int]] | None = None
) -> bool:
    """Part of a longer place or organisation name ("Jordan Grand Prix"): not a person. The
    model's own glue does not count: a possessive ("Ann Lee's" as a firm) or another name
    joined by "and" ("Ann Lee and Bo Park" as one firm). ``entities``: ``other_entities(doc)``
    when the caller already has them."""
    text = text_of(doc)
    return any(
        s < end
        and start < e
        and (s < start or e > end)
        # not one that starts inside the name's nickname: 'Marcus "Bucket" Ellery' with
        # 'Bucket" Ellery led the Falcons' tagged a work of art
        and not (s > start and NICKNAME.search(text, start, end))
        and (start, end) not in entity_parts(text, s, e)
        for s, e in (other_entities(doc) if entities is None else entities)
    )


def other_entities(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the place, organisation and other non-person entities."""
    return [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in NON_PERSON_LABELS]


_ENTITY_GLUE = re.compile(r" and | the | for |, |; | - | ?\(|\) ?|\n+| of$| ?[\"“”] ?")
_GLUED_SCORE = re.compile(r"(?: [+\d][\w\-./+]*)+$")
# A score or a title, role or nationality word before a name inside an entity ("+1 Ann
# Lee", "General Ann Lee", "Belgians Ann Lee").
_GLUED_LEAD = re.compile(r"(?:[+-]?\d[\w.-]*|(?P<word>[A-Z][a-z]+)) (?=[A-Z])")
# A title in capitals inside the entity, before the name ("Lumivane CEO Nadia Colfax").
_GLUED_TITLE = re.compile(r"\b(?P<word>[A-Z]{2,}) (?=[A-Z][a-z])")
# Letters after a name glued into the entity ("Ann Lee KC").
_GLUED_POST_NOMINAL = re.compile(r" (?P<word>[A-Z][A-Za-z]{1,4})$")


def entity_parts(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The names an entity may glue together: cut at the first possessive, then at "and", a
    lower-case "the" ("According to Lee the company"), "for" ("Ann Lee for Food Standards
    Australia"), commas, semicolons, dashes, brackets and quote marks ('," Mrs Kettle' as a
    title),
    each piece without the scores around it, the letters after it ("Ann Lee KC") and the titles
    or nationality words before it ("Durham 326 (D. Cox 95" holds "D. Cox"; "Lumivane CEO Nadia
    Colfax" holds "Nadia Colfax")."""
    surface = text[start:end]
    cut = re.search(r"['’]s?(?:\s|$)", surface)
    if cut:
        surface = surface[: cut.start()]
    parts, pos = set(), 0
    for m in [*_ENTITY_GLUE.finditer(surface), None]:
        piece_end = m.start() if m else len(surface)
        piece = surface[pos:piece_end]
        score = _GLUED_SCORE.search(piece)
        piece_end -= len(score.group()) if score else 0
        post = _GLUED_POST_NOMINAL.search(surface, pos, piece_end)  # "Ann Lee KC"
        piece_end = post.start() if post and is_post_nominal(post["word"]) else piece_end
        for title in _GLUED_TITLE.finditer(piece):  # "Lumivane CEO Nadia Colfax"
            if title["word"].lower() in LEAD_WORDS:
                piece, pos = piece[title.end() :], pos + title.end()
                break
        lead = _GLUED_LEAD.match(piece)
        while lead and (lead["word"] is None or _lead_word(lead["word"])):
            piece = piece[lead.end() :]
            pos += lead.end()
            lead = _GLUED_LEAD.match(piece)
        parts.add((start + pos, start + piece_end))
        pos = m.end() if m else pos
    return parts


def _lead_word(word: str) -> bool:
    """A title, honorific, role or nationality word, or its plural ("Ms", "Belgians")."""
    low = word.lower()
    return low in LEAD_WORDS or low.rstrip("s") in LEAD_WORDS


# Words before a name that say a person follows: titles, roles and nationalities.
LEAD_WORDS = TITLES | HONORIFICS | ROLE_PREFIXES | DEMONYMS | TITLES_ALSO_GIVEN_NAMES
