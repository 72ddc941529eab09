"""Person name mentions: spaCy PERSON entities, cleaned, grouped into people per article,
plus the short forms an article uses for a person it introduced ("Kim" → Kim Kardashian).
Where a name starts and ends is decided in ``name_spans``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from transforms import person_filter
from transforms.document import ParsedDocument, Span
from transforms.lexicon import (
    ADDRESS_WORDS,
    ARTICLES,
    BYSTANDER_NOUNS,
    CUE_LEMMAS,
    DEMONYMS,
    HONORIFICS,
    KIN_NOUNS,
    NON_PERSON_LABELS,
    OCCUPATIONS,
    ORG_HEADS,
    ORG_ROLE_NOUNS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    ROLE_PREFIXES,
    SPEAKER_NOUNS,
    SURNAME_PLACE_HEADS,
    TEAM_HEADS,
    THING_DESCRIPTORS,
    TITLES,
)
from transforms.name_lists import list_names, scorecard_names, scorer_names, team_cells
from transforms.name_spans import (
    CAP_WORD,
    JOINED_PARTICLE,
    MAX_NAME_CHARS,
    NOT_NAME_PREFIXES,
    PARTICLES,
    UPPER,
    clean_span,
    dedupe,
    first_names,
    given_name_gender,
    given_name_genders,
    given_names,
    honorific_gender,
    line_at,
    merge_adjacent,
    split_parts,
    with_particles,
    with_regnal_number,
    without_post_nominal,
    word_occurrences,
    word_table,
)
from transforms.nlp import common_nouns, entities, lower_case_words, text_of, token_indices
from transforms.person_filter import Candidate

# "P. Simmons", "J.P. Duminy", "T. O'Gorman": initials before a capitalised surname.
_INITIALS_NAME = re.compile(r"(?<![\w.’'-])[A-Z]\. ?[A-Z][A-Za-z'’-]*[a-z](?![\w’'-])")
_PARTICLE = re.compile(PARTICLES)
_JOINED = re.compile(JOINED_PARTICLE)
# A given name and surname with an age after them ("Amara Osei-Bonsu, now 34, took …"): a
# person, whatever NER makes of it.
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP_WORD}(?: (?:{PARTICLES} )?{CAP_WORD}){{1,2}})"
    r",[^\S\n]+(?:aged[^\S\n]+|now[^\S\n]+)?\d{1,3},"
)
# A nickname in quotes between given name and surname: 'Roberto "Hands of Stone" Duran'.
_QUOTED_NICKNAME = r"[\"“][A-Z][^\"“”\n]{0,30}[\"”]"
_NICKNAME = re.compile(rf" {_QUOTED_NICKNAME} ")
# "Tanja Damaske (Germany)": two to four capitalised words before a country in brackets, the
# way results lists name athletes. An acronym in brackets ("(CNB)") names an organisation.
_NAME_BEFORE_COUNTRY = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP_WORD}(?: (?:{PARTICLES} )?{CAP_WORD}){{1,3}})"
    r"(?: |[^\S\n]*\n+)\((?P<country>[A-Z][A-Za-z. ]{1,25})\)"
)
_COUNTRY_ACRONYMS = {"USA", "US", "UK", "UAE"}
# Where a candidate came from → the mention's recorded source.
_SOURCE = {"shape": "ner", "list": "ner", "partner": "relative"} | {
    f"role_{k}": "ner" for k in ("speaker", "title", "conjunct", "described", "kin")
}
_CAP_WORD = re.compile(CAP_WORD)
# Words before a name that say a person follows: titles, roles and nationalities.
_LEAD_WORDS = TITLES | HONORIFICS | ROLE_PREFIXES | DEMONYMS
# Titles of religious orders before a full name ("Mother Benedetta Ruscello", "Sister Ann
# Lee"); before one word they are part of the name ("Mother Teresa", as CoNLL has it).
RELIGIOUS_TITLES = frozenset({"mother", "sister", "father", "brother", "abbot", "abbess"})
_TITLE_LEADS = _LEAD_WORDS | RELIGIOUS_TITLES
_APPOSED_PERSON = (
    PERSON_NOUNS
    | ROLE_PREFIXES
    | OCCUPATIONS
    | SPEAKER_NOUNS
    | BYSTANDER_NOUNS
    | {"editor", "member", "resident", "citizen"}
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One name mention of a person, with the canonical name it resolves to in this article."""

    start: int
    end: int
    surface: str
    canonical: str
    sentence_index: int
    source: str  # ner | relative | alias | byline


# A capitalised word that may be a given name; the packaged list decides (a set lookup: an
# alternation of thousands of names made the search 20 times slower).
_GIVEN = rf"[{UPPER}]\w*"
_GIVEN_START = re.compile(rf"(?<![\w'’.-]){_GIVEN}")


@cache
def _first_name_pattern() -> re.Pattern[str]:
    """A given name followed by one to three capitalised words (particles allowed)."""
    rest = rf"(?: {_QUOTED_NICKNAME})?(?: (?:{PARTICLES} )?{CAP_WORD}){{1,3}}"
    # (a hyphenated given name counts by its first part: "Jean-Pierre Cyprien")
    return re.compile(rf"(?P<given>{_GIVEN}(?:-{CAP_WORD})?){rest}(?![\w'’-])")


def _given_name_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that start at a known given name, leftmost first."""
    names, pos = given_names(), 0
    for word in _GIVEN_START.finditer(text):
        if word.start() < pos or word.group() not in names:
            continue
        m = pattern.match(text, word.start())
        if m:
            pos = m.end()
            yield m


@cache
def place_names() -> frozenset[str]:
    """One-word countries, US states and British counties that are no one's name ("Benin"),
    written by bench/place_names.py."""
    return word_table("place_names.txt")


@cache
def not_names() -> frozenset[str]:
    """Words NER often tags as a person that are not names (places, teams, firms), from the
    packaged list."""
    table = resources.files("transforms.data").joinpath("not_person_names.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in table.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def known_aliases() -> dict[str, str]:
    """Alias → full name, from the packaged table."""
    table = resources.files("transforms.data").joinpath("person_aliases.tsv").read_text("utf-8")
    pairs = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {alias.strip(): full.strip() for alias, full in pairs}


def sentence_starts(doc: Doc) -> list[int]:
    return [s.start_char for s in doc.sents]


def sentence_of(starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, char) - 1)


def _inside_any(cells: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in cells)


def _covers(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


def _inside(regions: list[Span], start: int, end: int) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name) if t and t.rstrip(".").lower() not in HONORIFICS]


def extract_mentions(
    doc: Doc,
    regions: list[Span],
    bylines: list[tuple[str, Span]] = (),
    alias_regions: list[Span] | None = None,
) -> list[Mention]:
    """All person name mentions in the allowed regions, each resolved to a canonical name.

    NER runs in ``regions``; names already known from them (and from the bylines) are also
    looked up in ``alias_regions`` (e.g. an author bio, where NER alone is noisy). The
    candidates pass the learned filter (``person_filter``) last.
    """
    text = text_of(doc)
    starts = sentence_starts(doc)
    cands, canon = candidate_mentions(doc, regions, bylines, alias_regions)
    mentions = []
    for c, ok in zip(cands, person_filter.keep(doc, cands, canon), strict=True):
        if not ok:
            continue
        surface = text[c.start : c.end]
        mentions.append(
            Mention(
                c.start,
                c.end,
                surface,
                canon.get(surface) or _resolve_alias(surface, canon),
                sentence_of(starts, c.start),
                c.source,
            )
        )
    return _resolve_ambiguous(mentions, text)


def name_regions(
    pdoc: ParsedDocument,
) -> tuple[list[Span], list[tuple[str, Span]], list[Span]]:
    """The arguments of ``extract_mentions`` for a parsed article: NER runs in the dek, caption
    and body (not in the title-case headline, where it is unreliable), its bylines, and the
    regions where names already known are looked up (title and author bios too)."""
    regions = [*(s for s in (pdoc.dek_span, pdoc.caption_span) if s), *pdoc.body]
    bylines = [(b.name, b.name_span) for b in pdoc.bylines]
    return regions, bylines, [pdoc.title_span, *regions, *pdoc.bio_spans]


def candidate_mentions(
    doc: Doc,
    regions: list[Span],
    bylines: list[tuple[str, Span]] = (),
    alias_regions: list[Span] | None = None,
) -> tuple[list[Candidate], dict[str, str]]:
    """The proposed mentions (with the rule filters' objections) and surface → canonical."""
    text = text_of(doc)
    spans: list[tuple[int, int, str]] = []
    mostly_other = _mostly_not_person(doc)
    for ent in entities(doc):
        if ent.label_ != "PERSON" or ent.text in mostly_other:
            continue
        for part_start, part_end in split_parts(text, ent.start_char, ent.end_char):
            cleaned = clean_span(text, part_start, part_end)
            if cleaned and _inside(regions, *cleaned) and _plausible(text[slice(*cleaned)]):
                spans.append((*cleaned, "ner"))
    spans = [(*_without_opening_word(doc, s, e), src) for s, e, src in spans]
    spans = [(s, e, "role_kin" if _kin_named(doc, s, e) else src) for s, e, src in spans]
    spans = [(_with_given_name(doc, s, e), e, src) for s, e, src in spans]
    spans = [(s, _with_hyphen_tail(text, e), src) for s, e, src in spans]
    spans = _trim_to_known_names(text, [(*_with_head(doc, s, e), src) for s, e, src in spans])
    spans += _names_by_role(doc, regions, [(s, e) for s, e, _ in spans])
    shaped = _cut_after_known_names(text, _names_by_shape(doc, regions), spans)
    spans = _add_shaped(spans, shaped)
    listed = list_names(doc, [(s, e) for s, e, _ in spans]) + scorer_names(doc)
    listed += scorecard_names(doc) + _names_across_lines(text)
    spans = _add_shaped(spans, _shaped_ok(doc, regions, listed))
    for _name, span in bylines:
        spans.append((span.start, span.end, "byline"))
    teams = team_cells(text)
    spans = [(*with_particles(text, s, e), src) for s, e, src in spans]
    spans = [(s, with_regnal_number(text, s, e), src) for s, e, src in spans]
    spans = [(s, without_post_nominal(text, s, e), src) for s, e, src in spans]
    spans = [x for x in dedupe(spans) if not _inside_any(teams, x[0], x[1])]

    canon = _cluster([text[s:e] for s, e, _ in spans])
    taken = [(s, e) for s, e, _ in spans]
    relatives = _relatives(doc, regions, set(canon.values()), taken)
    canon.update({text[s:e]: text[s:e] for s, e, _ in relatives})
    taken += [(s, e) for s, e, _ in relatives]
    spans += relatives
    partners = _surname_partners(text, regions, canon, taken)
    canon.update({text[s:e]: name for s, e, name in partners})
    taken += [(s, e) for s, e, _ in partners]
    spans += [(s, e, "partner") for s, e, _ in partners]
    nicknames = _nicknames(canon)
    # one-word names count as forms to look for only on strong evidence ("their son, Tobin")
    alone = {text[s:e] for s, e, src in spans if src == "role_kin"} | set(nicknames)
    alias_spans = _short_forms(doc, alias_regions or regions, set(canon.values()), taken, alone)
    alias_spans = [x for x in alias_spans if not _inside_any(teams, x[0], x[1])]
    spans = _merge_bracketed(doc, merge_adjacent(text, sorted(spans + alias_spans)))
    canon.update(
        {text[s:e]: c for s, e, _ in alias_spans for c in [_resolve_alias(text[s:e], canon)]}
    )
    canon.update(nicknames)

    common = _common_words(doc, [text[s:e] for s, e, _ in spans])
    # spans the model tags as a place or firm, unless it tags the same words a person elsewhere
    # ("Tamsin Vale" as a place in a caption, a person in the text)
    person_tagged = {e.text for e in entities(doc) if e.label_ == "PERSON"}
    places = {(s, e) for s, e in _other_entities(doc) if text[s:e] not in person_tagged}
    cands = []
    for s, e, src in spans:
        flags = (
            ("after_article",) * _after_article(doc, s, e)
            + ("team_after_country",) * _team_after_country(text, s, e)
            + ("common",) * (text[s:e] in common)
            + ("party",) * _party_name(text[s:e])
            + ("place",)
            * (
                not src.startswith("role_")  # the grammar says person: "X, a nurse,"
                and _place_name(text[s:e], (s, e) in places)
                and canon.get(text[s:e]) == text[s:e]
            )
            + ("after_thing_noun",) * _after_thing_noun(doc, s, e)
            + ("org_role_of",) * _of_org_role(doc, s, e)
            + ("apposed_thing",) * _apposed_thing(doc, s, e)
        )
        cands.append(Candidate(s, e, _SOURCE.get(src, src), flags, src))
    return _flag_things_short_forms(cands, canon, text), canon


def _flag_things_short_forms(
    cands: list[Candidate], canon: dict[str, str], text: str
) -> list[Candidate]:
    """ "club Standard Liege … Standard": when every mention of a full name follows a noun for
    a thing (or one says it is a firm: "the owner of Nowicki Frameworks", or a place: "Market
    Esham"), its other mentions and short forms name that thing too, unless a person's name
    holds them ("Mr Haddad", not Haddad Foods). Updates ``canon`` for those."""
    verdicts: dict[str, bool] = {}
    firms: set[str] = set()  # and places: one mention says so for all
    for c in cands:
        surface = text[c.start : c.end]
        if " " in surface and canon.get(surface, surface) == surface:
            thing = "after_thing_noun" in c.rule_flags
            verdicts[surface] = verdicts.get(surface, True) and thing
            if {"org_role_of", "apposed_thing", "place"} & set(c.rule_flags):
                firms.add(surface)
    things = {name for name, thing in verdicts.items() if thing} | firms
    people = sorted({n for n in canon.values() if " " in n and n not in things})
    out = []
    for c in cands:
        surface = text[c.start : c.end]
        if canon.get(surface) in things and not c.rule_flags:
            owners = _names_holding(surface, people) if " " not in surface else []
            if owners:  # "Mr Haddad" is one of the Haddads, not Haddad Foods
                canon[surface] = owners[0]
            else:
                c = replace(c, rule_flags=(*c.rule_flags, "thing_short_form"))
        out.append(c)
    return out


_BRACKETED = re.compile(r" \((?:[A-Z]\.)+\) | \([A-Z][a-z]+\) ")


def _merge_bracketed(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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


def _common_words(doc: Doc, surfaces: list[str]) -> set[str]:
    """One-word names the article also writes in lower case ("Iodine deficiency" beside
    "iodine"): common words, unless part of a longer name in the article."""
    lower = lower_case_words(doc)
    in_full = {w for s in surfaces if " " in s for w in s.split()}
    return {
        s
        for s in surfaces
        if " " not in s and not s.isupper() and s.lower() in lower and s not in in_full
    }


_AFTER_BRACKET = re.compile(r"\([A-Z][A-Za-z. ]+\)[^\S\n]*,?[^\S\n]*$")
_BEFORE_RESULT = re.compile(r"[^\S\n]*,?[^\S\n]*\d")


def _team_after_country(text: str, start: int, end: int) -> bool:
    """ "Ann Lee (France) Ferrari 1:50.2": in a results line, the words between a competitor's
    country and the result name the team or the car."""
    return bool(
        _AFTER_BRACKET.search(text, max(0, start - 40), start) and _BEFORE_RESULT.match(text, end)
    )


def follows_article(doc: Doc, start: int, end: int) -> bool:
    """The name at ``[start, end)`` follows "the", "a" or "an" ("the Anfield crowd")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in ARTICLES


def _after_article(doc: Doc, start: int, end: int) -> bool:
    """ "the Briton", "a Pole", "the Brewers": a name heading a noun phrase after an article
    names a group, a place or a thing, not a person ("the Clinton administration" is kept: the
    name there modifies a noun)."""
    if not follows_article(doc, start, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    after = doc[span.end] if span.end < len(doc) else None
    return not (after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.tag_ == "POS"))


def _after_thing_noun(doc: Doc, start: int, end: int) -> bool:
    """ "Belgian club Standard Liege", "the daily Sueddeutsche Zeitung": a name right after a
    noun for an organisation, a work or a place names that thing. Not in a relative clause
    ("the club Ferguson built", where the name is the clause's subject)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if not before.is_lower or before.lower_ not in THING_DESCRIPTORS:
        return False
    root = span.root
    return not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "relcl")


def _of_org_role(doc: Doc, start: int, end: int) -> bool:
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


# Who works at a place: "an analyst at Peel Hunt", "a partner at Birch Hollis".
_WORKS_AT = ORG_ROLE_NOUNS | PERSON_NOUNS | OCCUPATIONS | {"analyst", "economist", "strategist"}


def _apposed_thing(doc: Doc, start: int, end: int) -> bool:
    """ "Haddad Foods, the family-run maker of flatbreads,": a name in apposition with a noun
    for an organisation or a work (not "a film maker": a compound makes it a trade)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(
        c.dep_ == "appos"
        and c.is_lower
        and c.lower_ in THING_DESCRIPTORS
        and not any(g.dep_ == "compound" for g in c.children)
        and _only_modifiers(doc[span.end + 1 : c.i], c)
        for c in span.root.children
    )


def _only_modifiers(between: SpacySpan, noun: Token) -> bool:
    """The words between a comma and an apposed noun only modify it ("the family-run"), with
    no name among them (not "Pol Pot, Ta Mok, Son Sen's group")."""
    return all(t.pos_ != "PROPN" and noun.is_ancestor(t) for t in between)


def _without_opening_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Outspoken Ann Lee", "Joining Lee", "Like Lee": a sentence's first word that the tagger
    reads as an adjective, verb, preposition or adverb is not part of the name after it."""
    span = doc.char_span(start, end)
    if span is None or len(span) < 2 or not span[0].is_sent_start:
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
    # "Broadcaster Chris Evans": a common noun before a given name is the person's role
    if (
        len(span) >= 3
        and first.lower_ in common_nouns()
        and first.text not in given_names()
        and span[1].text in given_names()
    ):
        return span[1].idx, end
    return start, end


# The rest of a hyphenated given name and the surname after it ("Seo" + "-yeon Park"), or a
# hyphenated given name after a family name ("Li" + " In-mo").
_HYPHEN_TAIL = re.compile(
    rf"-[a-z]{{1,8}} {CAP_WORD}(?![\w'’-])| [A-Z][a-z]{{1,6}}-[a-z]{{1,6}}(?![\w'’-])"
)


def _with_hyphen_tail(text: str, end: int) -> int:
    """The end of a name NER cut at a hyphen ("Seo" in "Seo-yeon Park", "Li" in "Li In-mo")."""
    tail = _HYPHEN_TAIL.match(text, end)
    return tail.end() if tail else end


def _with_given_name(doc: Doc, start: int, end: int) -> int:
    """ "Ogun" + "Temizkanoglu": the capitalised proper noun NER left out right before a
    one-word name, compounded with it, is the given name (not a title, nationality or
    function word, not part of a place or firm)."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span.start == 0:
        return start
    prev = doc[span.start - 1]
    if (
        prev.pos_ == "PROPN"
        and prev.dep_ == "compound"
        and prev.head.i == span.start
        and prev.idx + len(prev.text) + 1 == start
        and re.fullmatch(r"[A-Z][a-z]+", prev.text)
        and not prev.is_sent_start
        and not prev.is_stop
        and prev.lower_ not in NOT_NAME_PREFIXES
        and prev.ent_type_ in {"", "PERSON"}
    ):
        return prev.idx
    return start


def _with_head(doc: Doc, start: int, end: int) -> tuple[int, int]:
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
        and _plausible(nxt.text)
    ):
        return start, nxt.idx + len(nxt.text)
    return start, end


def _trim_to_known_names(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Kanye West Explains" (a title-case headline) → "Kanye West" when that name stands alone
    elsewhere in the article."""
    surfaces = {text[s:e] for s, e, _ in spans}
    out = []
    for s, e, src in spans:
        surface = text[s:e]
        for other in sorted(surfaces, key=len, reverse=True):
            if len(other) < len(surface) and len(_tokens(other)) >= 2:
                if surface.startswith(other + " "):
                    e = s + len(other)
                    break
                if surface.endswith(" " + other):
                    s = e - len(other)
                    break
        out.append((s, e, src))
    return out


def _cut_after_known_names(
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
        for cut in reversed(cuts):
            if any(b <= s or a >= e for a, b in where.get(text[s:cut], ())):
                e = cut
                break
        out.append((s, e, src))
    return out


def _names_by_role(
    doc: Doc, regions: list[Span], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Two to four capitalised proper nouns that NER missed, where the grammar says person:
    the subject of a speech verb ("Rosa Delgado said"), after a title ("Mayor Rosa Delgado"),
    or a full name coordinated with a known one ("Rosa Delgado and Ken Ito")."""
    text = text_of(doc)
    entity_tokens = {(e.start, e.end) for e in entities(doc)}
    entity_of = {
        i: (e.start_char, e.end_char) for e in entities(doc) for i in range(e.start, e.end)
    }
    found = []
    # the proper nouns that are not a compound part of another word
    for i in token_indices(doc, pos=("PROPN",), not_dep=("compound",)):
        tok = doc[i]
        parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start_tok = _hyphen_start(parts[0] if parts else tok)  # "Soo-ah Park"
        # "General Ann Lee", "Briton Ann Lee": a capitalised title or nationality the parse
        # chained into a name that starts with a known given name stands before it; so does
        # a religious title before any full name.
        lead = start_tok
        while lead.i < tok.i and lead.is_title and lead.lower_.rstrip(".") in _TITLE_LEADS:
            lead = doc[lead.i + 1]
        if lead.i < tok.i and (lead.text in given_names() or start_tok.lower_ in RELIGIOUS_TITLES):
            start_tok = lead
        if start_tok.lower_.rstrip(".") in HONORIFICS:
            if tok.i - start_tok.i < 2 or doc[start_tok.i + 1].ent_type_ in _PLACE_LABELS:
                continue  # "Mr Ingram": a short form, if any; "Miss Venezuela": a title
            start_tok = doc[start_tok.i + 1]  # "Dr Nkechi Obi": a full name after it
        kin = _next_of_kin(tok, start_tok)
        if not (1 <= tok.i - start_tok.i <= 3 or (tok.i == start_tok.i and kin)):
            continue
        name = doc[start_tok.i : tok.i + 1]
        if not all(_CAP_WORD.fullmatch(w) for w in name.text.split()):
            continue
        before = doc[start_tok.i - 1] if start_tok.i > 0 else None
        is_speaker = tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in CUE_LEMMAS
        # "Ann Lee and Bo Park": a full name joined to a known name by "and" or a comma
        is_conjunct = len(name) > 1 and tok.dep_ == "conj" and _covers(taken, tok.head.idx)
        after_title = before is not None and (
            before.lower_.rstrip(".") in TITLES | HONORIFICS | ROLE_PREFIXES
            or (before.lower_ in DEMONYMS and name[0].text in first_names())
            or (before.is_lower and before.lemma_ in PERSON_NOUNS)  # "spokesman Per Lund"
        )
        # "Rosa Delgado, a lawyer": a name in apposition with a person noun
        is_described = any(c.dep_ == "appos" and _person_noun(c) for c in tok.children)
        if not (is_speaker or after_title or is_conjunct or is_described or kin):
            continue
        # An apposed person noun ("Ann Lee, a lawyer") outweighs the place labels the model
        # gave the words one by one, not one place entity over the whole name ("Hong Kong").
        # Not labels of an entity the model glued around the name ("Ann Lee of" as a work).
        span = (name.start_char, name.end_char)
        other = any(
            t.ent_type_ in NON_PERSON_LABELS - {"ORG"}
            and (entity_of[t.i] == span or span not in _entity_parts(text, *entity_of[t.i]))
            for t in name
        )
        if name.start_char < 0 or (
            other and not kin and (not is_described or (name.start, name.end) in entity_tokens)
        ):
            continue
        s, e = name.start_char, name.end_char
        if not _plausible(text[s:e]) or not _inside(regions, s, e):
            continue
        if not any(s < t_e and t_s < e for t_s, t_e in taken):
            kind = next(
                k
                for k, ok in (
                    ("speaker", is_speaker),
                    ("title", after_title),
                    ("conjunct", is_conjunct),
                    ("described", is_described),
                    ("kin", kin),
                )
                if ok
            )
            found.append((s, e, f"role_{kind}"))
    return found


# Entity labels of a place: "Miss Venezuela" is a title, not Miss + a full name.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Endings of nouns for people's trades ("planner", "ecologist", "historian", "consultant").
_TRADE_ENDING = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent)")


_THING_OR_ORG = THING_DESCRIPTORS | ORG_HEADS  # "a retailer" is a firm


def _person_noun(noun: Token) -> bool:
    """A noun for a person: a known one ("lawyer", "resident"), or one with a trade's ending
    and an article ("a transport planner"), not a firm's ("a retailer")."""
    lemma = noun.lemma_.lower()
    if lemma in _APPOSED_PERSON:
        return True
    return (
        noun.is_lower
        and bool(_TRADE_ENDING.fullmatch(lemma))
        and lemma not in _THING_OR_ORG
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    )


def _hyphen_start(tok: Token) -> Token:
    """The first word of a hyphenated name the parse split ("Soo-ah", "Ji-hoon": "Soo", "-",
    "ah")."""
    doc = tok.doc
    while (
        tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
        and doc[tok.i - 2].is_alpha
    ):
        tok = doc[tok.i - 2]
    return tok


def _kin_named(doc: Doc, start: int, end: int) -> bool:
    """A one-word name the model found that a kin noun introduces ("a younger brother,
    Kemal")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and _next_of_kin(span[0], span[0])


def _next_of_kin(head: Token, first: Token) -> bool:
    """A name in apposition with a kin noun, one word being enough: "their child, Gloria",
    "his wife Nancy" (all 24 such names in conll and gum are gold names)."""
    if head.dep_ == "appos" and head.head.lower_ in KIN_NOUNS:
        return True
    before = head.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.lower_ in KIN_NOUNS


def _plausible(surface: str) -> bool:
    """A name's shape: no lower-case words but particles ("Yorkshire at Headingley"), no
    dash between parts, no organisation or place head ("Commerce Department",
    "Nottinghamshire"), and not a known non-name."""
    words = _NICKNAME.sub(" ", surface).split()
    if surface in not_names() or " - " in surface or any(c.isdigit() for c in surface):
        return False
    if {surface.lower(), surface.lower().removesuffix("s")} & DEMONYMS:  # "Welsh", "Kurds"
        return False
    if surface.lower() in ADDRESS_WORDS:  # "Mum", "Grandad"
        return False
    if any(
        w[:1].islower() and not _PARTICLE.fullmatch(w) and not _JOINED.fullmatch(w) for w in words
    ):
        return False
    last = words[-1].rstrip(".").lower()
    return last not in ORG_HEADS and not last.endswith("shire")


_SURNAME_OR_TEAM_HEADS = SURNAME_PLACE_HEADS | TEAM_HEADS


def _place_name(surface: str, tagged_other: bool = False) -> bool:
    """A one-word place that is no one's name ("Benin"), or a name shaped like a street's, a
    town's or a club's ("Mill Lane", "Market Esham", "Ravenscar Rovers") or holding a
    country's ("Atlas Bangladesh") whose first word is no given name. A given name first
    counts for nothing when the model tagged the name a place or an organisation ("Harlow
    Cross"), unless its last word is also a surname ("Geoff Marsh")."""
    words = surface.split()
    if len(words) == 1:
        return surface in place_names()
    given = words[0] in given_names() or words[0] in first_names()
    if words[-1].lower() in _SURNAME_OR_TEAM_HEADS:  # "Kingsmere Marsh", not
        return not given  # "Geoff Marsh"; "Ravenscar Rovers"
    if given and not tagged_other:
        return False
    return (
        words[-1].lower() in PLACE_HEADS
        or words[0].lower() in PLACE_PREFIXES
        or any(w in place_names() for w in words)
    )


def _party_name(surface: str) -> bool:
    """A party's name or its members' ("Lib Dems", "Tories"), not a person's."""
    return all(w.lower().strip("'’") in PARTY_WORDS for w in surface.split())


def _mostly_not_person(doc: Doc) -> set[str]:
    """Entity texts the article tags as something else more often than as a person
    ("Kent" the county, tagged PERSON once and ORG twice)."""
    votes: dict[str, int] = {}
    for ent in entities(doc):
        votes[ent.text] = votes.get(ent.text, 0) + (1 if ent.label_ == "PERSON" else -1)
    return {name for name, vote in votes.items() if vote < 0}


def _add_shaped(
    spans: list[tuple[int, int, str]], shaped: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Add names found by their shape; one that contains NER spans replaces them (NER often
    keeps only the surname of a name in a list)."""
    spans = sorted(spans)
    starts = [s for s, _, _ in spans]
    dropped: set[int] = set()
    added = []
    for s, e, src in shaped:
        i = bisect_left(starts, e)  # spans starting before the end of this one
        j = i
        while j > 0 and spans[j - 1][1] > s - MAX_NAME_CHARS:
            j -= 1
        overlapping = [k for k in range(j, i) if spans[k][1] > s and k not in dropped]
        if all(s <= spans[k][0] and spans[k][1] <= e for k in overlapping):
            dropped.update(overlapping)
            added.append((s, e, src))
    return [x for k, x in enumerate(spans) if k not in dropped] + added


def _names_by_shape(doc: Doc, regions: list[Span]) -> list[tuple[int, int, str]]:
    """Names NER missed (common in results lists) that look like names on their own: a known
    given name before capitalised words ("Cedric Pioline"), initials before a surname
    ("P. Simmons"), words before a country in brackets ("Tanja Damaske (Germany)"), or a given
    name and surname before an age ("Amara Osei-Bonsu, now 34,")."""
    text = text_of(doc)
    given = (m.span() for m in _given_name_matches(_first_name_pattern(), text))
    candidates = [span for s, e in given if (span := _before_title(text, s, e))]
    candidates += [m.span() for m in _INITIALS_NAME.finditer(text) if _surname_ok(doc, m.end())]
    # NER often runs an entity into the bracket ("Sun Jian (China"): no larger-entity test there.
    before_country = {
        m.span("name")
        for m in _NAME_BEFORE_COUNTRY.finditer(text)
        if not re.fullmatch(r"[A-Z]{2,}", m.group("country"))
        or m.group("country") in _COUNTRY_ACRONYMS
    }
    candidates += before_country
    before_age = {
        m.span("name")
        for m in _NAME_BEFORE_AGE.finditer(text)
        if (first := m.group("name").split()[0]) in given_names() or first in given_name_genders()
    }
    candidates += before_age
    trusted = before_country | before_age
    found: list[tuple[int, int, str]] = []
    for start, end in sorted(candidates):
        cleaned = clean_span(text, start, end)
        if cleaned is None or not _inside(regions, *cleaned):
            continue
        s, e = cleaned
        if found and s < found[-1][1]:
            continue
        if _plausible(text[s:e]) and ((start, end) in trusted or not _in_larger_entity(doc, s, e)):
            found.append((s, e, "shape"))
    return found


def _before_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Charlotte Mayor Jennifer Roberts" is a place and a title before a name, not one name:
    a shaped name stops before a title or role word that a capitalised word follows, and is
    no name when only its given name is left ("John Major said" stays whole)."""
    words = [(m.end(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    for i in range(1, len(words) - 1):
        if words[i][1].lower().rstrip(".") in NOT_NAME_PREFIXES and words[i + 1][1][:1].isupper():
            return (start, start + words[i - 1][0]) if i >= 2 else None
    return start, end


@cache
def _line_break_pattern() -> re.Pattern[str]:
    """A known given name ending a line and the capitalised surname starting the next one, in a
    list (a bracket, a comma, a score or the line end follows)."""
    return re.compile(
        rf"(?P<given>{_GIVEN})[^\S\n]*\n+[^\S\n]*"
        rf"(?P<surname>(?:{PARTICLES} )?{CAP_WORD}(?: {CAP_WORD})?)(?=[^\S\n]*(?:\(|,|\d|\n|$))"
    )


def _names_across_lines(text: str) -> list[tuple[int, int]]:
    """ "beat Jane\n\nQuigley (USA)": a name a line break splits (text rebuilt from tokens, or
    a wrapped results list) is a given name and a surname, each a mention."""
    found = []
    for m in _given_name_matches(_line_break_pattern(), text):
        found += [m.span("given"), m.span("surname")]
    return found


def _shaped_ok(
    doc: Doc, regions: list[Span], candidates: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Candidates that are plausible names inside the regions, cleaned."""
    found = []
    for start, end in candidates:
        cleaned = clean_span(text_of(doc), start, end)
        if cleaned and _inside(regions, *cleaned) and _plausible(text_of(doc)[slice(*cleaned)]):
            found.append((*cleaned, "list"))
    return found


def _in_larger_entity(
    doc: Doc, start: int, end: int, entities: list[tuple[int, int]] | None = None
) -> bool:
    """Part of a longer place or organisation name ("Jordan Grand Prix"): not a person. The
    model's own glue does not count: a possessive ("Ann Lee's" as a firm) or another name
    joined by "and" ("Ann Lee and Bo Park" as one firm). ``entities``: ``_other_entities(doc)``
    when the caller already has them."""
    text = text_of(doc)
    return any(
        s < end
        and start < e
        and (s < start or e > end)
        and (start, end) not in _entity_parts(text, s, e)
        for s, e in (_other_entities(doc) if entities is None else entities)
    )


def _other_entities(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the place, organisation and other non-person entities."""
    return [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in NON_PERSON_LABELS]


_ENTITY_GLUE = re.compile(r" and | the | for |, |; | - | ?\(|\) ?|\n+| of$")
_GLUED_SCORE = re.compile(r"(?: [+\d][\w\-./+]*)+$")
# A score or a title, role or nationality word before a name inside an entity ("+1 Ann
# Lee", "General Ann Lee", "Belgians Ann Lee").
_GLUED_LEAD = re.compile(r"(?:[+-]?\d[\w.-]*|(?P<word>[A-Z][a-z]+)) (?=[A-Z])")


def _entity_parts(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The names an entity may glue together: cut at the first possessive, then at "and", a
    lower-case "the" ("According to Lee the company"), "for" ("Ann Lee for Food Standards
    Australia"), commas, semicolons, dashes and brackets,
    each piece without the scores around it and the titles or nationality words before it
    ("Durham 326 (D. Cox 95" holds "D. Cox")."""
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
    return low in _LEAD_WORDS or low.rstrip("s") in _LEAD_WORDS


def _surname_ok(doc: Doc, end: int) -> bool:
    """The word ending at ``end`` can be a surname: a proper noun, not a function word."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and not span[-1].is_stop and span[-1].pos_ in {"PROPN", "NOUN", "X"}


def _relatives(
    doc: Doc, regions: list[Span], canonicals: set[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """ "North West" when "Kanye West" is known: a proper noun before a known surname."""
    surnames = {_tokens(c)[-1] for c in canonicals if len(_tokens(c)) >= 2}
    if not surnames:
        return []
    text = text_of(doc)
    # An entity of exactly "North West" may be mis-typed as a place; a larger one is not a name.
    blocked = _other_entities(doc)
    used = list(taken)
    pattern = rf"(?<![\w'’-])([A-Z][a-z]+) ({'|'.join(map(re.escape, sorted(surnames)))})(?![\w-])"
    found = []
    for m in re.finditer(pattern, text):
        s, e = m.start(), m.end()
        if m.group(1).lower() in HONORIFICS or not _inside(regions, s, e):
            continue
        if any(s < b_e and b_s < e and (b_s, b_e) != (s, e) for b_s, b_e in blocked):
            continue
        if any(s < u_e and u_s < e for u_s, u_e in used):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or span[0].pos_ != "PROPN" or span[0].is_sent_start:
            continue
        found.append((s, e, "relative"))
        used.append((s, e))
    return found


def _surname_partners(
    text: str, regions: list[Span], canon: dict[str, str], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """ "Ifeanyi and Chidinma Eze": a given name joined by "and" to a known full name shares
    its surname. (start, end, canonical) of each such given name ("Ifeanyi Eze")."""
    full = {c for c in canon.values() if len(_tokens(c)) == 2}
    found = []
    for m in _PARTNERS.finditer(text):
        given, name = m.group("given"), m.group("name")
        s, e = m.span("given")
        if (
            canon.get(name) not in full
            or given not in given_names()
            or not _inside(regions, s, e)
            or any(s < t_e and t_s < e for t_s, t_e in taken)
        ):
            continue
        found.append((s, e, f"{given} {_tokens(canon[name])[-1]}"))
    return found


_PARTNERS = re.compile(
    rf"(?<![\w'’.-])(?P<given>{CAP_WORD}) and (?P<name>{CAP_WORD} {CAP_WORD})(?![\w'’-])"
)


def _cluster(surfaces: list[str]) -> dict[str, str]:
    """Map every surface form to the fullest name of the same person in the article."""
    full: list[list[str]] = []
    for surface in sorted(set(surfaces), key=lambda s: -len(_tokens(s))):
        toks = _tokens(surface)
        if len(toks) < 2 or toks[0][:1].islower():  # "den Hartog": a surname, not a full name
            continue
        for group in full:
            g = _tokens(group[0])
            if toks[0].lower() == g[0].lower() and toks[-1].lower() == g[-1].lower():
                group.append(surface)
                break
        else:
            full.append([surface])
    canon: dict[str, str] = {}
    for group in full:
        name = " ".join(_NICKNAME.sub(" ", group[0]).split())  # 'Augustine "Gus" Okonkwo'
        for surface in group:
            canon[surface] = name
    for surface in surfaces:
        if surface not in canon:
            canon[surface] = _resolve_alias(surface, canon)
    return canon


def _nicknames(canon: dict[str, str]) -> dict[str, str]:
    """Nickname → full name, from names written with it: 'Augustine "Gus" Okonkwo'."""
    return {
        nick.group()[1:-1]: name
        for surface, name in canon.items()
        for nick in re.finditer(_QUOTED_NICKNAME, surface)
    }


def _resolve_alias(surface: str, canon: dict[str, str]) -> str:
    """A one-word name → the only (or first) full name that has it as first or last name."""
    full_names = sorted({c for c in canon.values() if len(_tokens(c)) >= 2})
    known = known_aliases().get(surface)
    if known and known in full_names:
        return known
    upper = [c for c in full_names if c.upper() == surface]
    if upper:
        return upper[0]
    hits = _names_holding(surface, full_names)
    if len(hits) == 1:
        return hits[0]
    return hits[0] if hits else surface


def _names_holding(surface: str, full_names: Iterable[str]) -> list[str]:
    """The full names that ``surface`` is the first or last name of, or ends ("den Hartog")."""
    key = surface.lower()
    return [
        c
        for c in full_names
        if key in (_tokens(c)[0].lower(), _tokens(c)[-1].lower()) or c.endswith(" " + surface)
    ]


def _short_forms(
    doc: Doc,
    regions: list[Span],
    canonicals: set[str],
    taken: list[tuple[int, int]],
    alone: set[str] = frozenset(),
) -> list[tuple[int, int, str]]:
    """Occurrences of a person's full name, first name, last name or known alias that NER
    missed, and of the one-word names ``alone`` (found on strong evidence) as they are."""
    text = text_of(doc)
    forms: set[str] = set()
    for name in canonicals:
        toks = _tokens(name)
        if len(toks) >= 2:
            forms.update({name, toks[0], toks[-1]})
    forms.update(a for a, full in known_aliases().items() if full in canonicals)
    forms |= alone
    forms = {f for f in forms - not_names() if f.lower() not in DEMONYMS}
    others = _other_entities(doc)
    used = list(taken)
    found: list[tuple[int, int, str]] = []
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 2:
            continue
        for s, e in word_occurrences(text, form):
            # An entity inside this name may be mis-typed (e.g. "North" as a place); one
            # reaching beyond it ("West Virginia") means the word is not a name here.
            if not _inside(regions, s, e) or _in_larger_entity(doc, s, e, others):
                continue
            if any(s < u_e and u_s < e for u_s, u_e in used) or not _is_name_token(doc, s, e):
                continue
            found.append((s, e, "alias"))
            used.append((s, e))
    found += _upper_case_forms(text, regions, forms, used)
    return found


def _upper_case_forms(
    text: str, regions: list[Span], forms: set[str], used: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Known names in ALL-CAPS lines ("SOCCER - SHEARER NAMED CAPTAIN"), where the parse and
    the proper-noun test are unreliable."""
    found: list[tuple[int, int, str]] = []
    caps_lines = [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if any(c.isalpha() for c in m.group()) and not any(c.islower() for c in m.group())
    ]
    if not caps_lines:
        return found
    for form in sorted(forms, key=len, reverse=True):
        if len(form) < 3:
            continue
        for line_start, line_end in caps_lines:
            for s, e in word_occurrences(text, form.upper(), line_start, line_end):
                if _inside(regions, s, e) and not any(s < u_e and u_s < e for u_s, u_e in used):
                    found.append((s, e, "alias"))
                    used.append((s, e))
    return found


def _is_name_token(doc: Doc, start: int, end: int) -> bool:
    """The span is tagged as a proper noun (its hyphens aside: "Vasquez-Thorne") and not glued
    to a following capitalised word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not all(_proper(t) or t.text == "-" for t in span):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper())


def _proper(tok: Token) -> bool:
    """A proper noun, or a capitalised word the tagger took for a common noun (a surname
    opening a sentence: "Estes, whose …", "Baines homered")."""
    return (
        tok.pos_ == "PROPN"
        or (tok.tag_ in {"NN", "NNS"} and tok.is_title)
        or (tok.is_title and not tok.is_stop and tok.pos_ in {"VERB", "ADJ", "ADV"})
    )


def _resolve_ambiguous(mentions: list[Mention], text: str) -> list[Mention]:
    """A one-word mention shared by several full names goes to the nearest one before it
    whose given name does not contradict an honorific ("Mr. Obama" is not Michelle Obama),
    nor the honorific an earlier mention gave it ("Mr Adeyemi" then "Ms Adeyemi": two people).
    A bare surname keeps the person it named before: "Kowalczyk, whose wife, Danuta
    Kowalczyk, …" then "Kowalczyk's solicitor" is still the defendant."""
    out: list[Mention] = []
    last_seen: dict[str, int] = {}
    bare: dict[str, str] = {}  # the person each surname alone, without an honorific, named
    titled: dict[str, str] = {}  # the gender an honorific gave each full name so far
    full = {m.canonical for m in mentions if len(_tokens(m.canonical)) >= 2}
    for m in mentions:
        gender = honorific_gender(text, m.start)
        if len(_tokens(m.surface)) == 1 and m.canonical in full:
            hits = _names_holding(m.surface, sorted(full))
            if len(hits) > 1:
                agree = [
                    h
                    for h in hits
                    if given_name_gender(h) in (None, gender) and titled.get(h) in (None, gender)
                ]
                sure = [h for h in agree if gender in (given_name_gender(h), titled.get(h))]
                hits = (sure or agree) if gender is not None and agree else hits
                best = max(hits, key=lambda c: last_seen.get(c, -1))
                if gender is None and bare.get(m.surface) in hits:
                    best = bare[m.surface]
                elif gender is None and [h for h in hits if h in last_seen] == [best]:
                    bare.setdefault(m.surface, best)  # the only one named so far
                m = Mention(m.start, m.end, m.surface, best, m.sentence_index, m.source)
        last_seen[m.canonical] = m.start
        if gender is not None:
            titled.setdefault(m.canonical, gender)
        out.append(m)
    return out
