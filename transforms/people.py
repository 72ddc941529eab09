"""Person name mentions: spaCy PERSON entities and the names the model missed (after a
title, before an age, in results lists), cleaned, checked and resolved to one canonical name
per person in the article.

Where a name starts and ends is decided in ``name_spans``; the context that shows a name is a
place, a firm or a thing in ``name_context``; which mentions are the same person in
``name_links``; the learned last word on each candidate in ``person_filter``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from transforms import name_context, name_links, person_filter
from transforms.datelines import wire_agencies
from transforms.document import ParsedDocument, Span
from transforms.layout import inside
from transforms.lexicon import (
    ADDRESS_WORDS,
    BYSTANDER_NOUNS,
    CHINESE_SURNAMES,
    CUE_LEMMAS,
    DEMONYMS,
    HONORIFICS,
    KIN_NOUNS,
    NON_PERSON_LABELS,
    OCCUPATIONS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_ONLY_TITLES,
    ROLE_PREFIXES,
    SOVEREIGN_TITLES,
    SPEAKER_NOUNS,
    THING_DESCRIPTORS,
    TITLES,
)
from transforms.name_lists import list_names, scorecard_names, scorer_names, team_cells
from transforms.name_spans import (
    CAP_WORD,
    HYPHENATED_GIVEN,
    INITIAL_JOINED,
    JOINED_PARTICLE,
    MAX_NAME_CHARS,
    NICKNAME,
    NOT_NAME_PREFIXES,
    PARTICLES,
    PATRONYMIC,
    QUOTED_NICKNAME,
    UPPER,
    after_inner_title,
    clean_span,
    dedupe,
    first_names,
    is_given_name,
    line_at,
    listed_given_names,
    merge_adjacent,
    name_words,
    not_names,
    split_parts,
    title_also_given_name,
    with_elision,
    with_particles,
    with_regnal_number,
    without_post_nominal,
)
from transforms.nlp import common_nouns, entities, sentence_starts, text_of, token_indices
from transforms.person_filter import Candidate
from transforms.quote_marks import ALL_MARKS, find_quotes

# "P. Simmons", "J.P. Duminy", "T. O'Gorman": initials before a capitalised surname.
_INITIALS_NAME = re.compile(
    r"(?<![\w.’'-])(?:[A-Z]\. ?|[A-Z]\.[A-Z]\. )[A-Z][A-Za-z'’-]*[a-z](?![\w’'-])"
)  # "P. Simmons", "J.P. Donnelly"
# Initials of a place, a club or a league, not a person's: "U.S. Open", "F.C. Valletta".
_PLACE_INITIALS = ("U.S.", "U.N.", "U.K.", "E.U.", "N.Y.", "L.A.", "D.C.", "N.Z.", "S.A.")
_PLACE_INITIALS += ("F.C.", "A.C.", "A.L.", "N.L.", "W.C.", "E.C.")
_PARTICLE = re.compile(PARTICLES)
_JOINED = re.compile(JOINED_PARTICLE)
# A given name and surname with an age after them ("Amara Osei-Bonsu, now 34, took …"): a
# person, whatever NER makes of it.
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![\w'’.-])(?P<name>['’]?{CAP_WORD}(?: {QUOTED_NICKNAME})?(?: (?:{PARTICLES} )?{CAP_WORD}){{1,2}})"
    r",[^\S\n]+(?:aged[^\S\n]+|now[^\S\n]+)?\d{1,3},(?P<who>[^\S\n]+who\b)?"
)  # (a nickname between: "Pawlu “il-Kanarin” Grech, 72,")
# A one-syllable family name before a hyphenated two-syllable given name: "Ng Tsz-kin",
# "Kwok Yuen-ting", "Park Ji-won" (not "Hong Kong-based": see _HYPHEN_SUFFIXES).
_FAMILY_NAME_FIRST = re.compile(
    rf"(?<![\w’'-])[A-Z][a-z]{{1,4}} (?P<given>{HYPHENATED_GIVEN})(?![\w’'-])"
)
_HYPHEN_SUFFIXES = frozenset(
    {"based", "led", "owned", "born", "style", "run", "old", "like", "made", "wide", "free"}
    | {"term", "time", "level", "long", "sized", "year", "day", "class", "backed", "linked"}
)
# "Tanja Damaske (Germany)": two to four capitalised words before a country in brackets, the
# way results lists name athletes. An acronym in brackets ("(CNB)") names an organisation.
_NAME_BEFORE_COUNTRY = re.compile(
    rf"(?<![\w'’.-])(?P<name>{CAP_WORD}(?: (?:{PARTICLES} )?{CAP_WORD}){{1,3}})"
    r"(?: |[^\S\n]*\n+)\((?P<country>[A-Z][A-Za-z. ]{1,25})\)"
)
_COUNTRY_ACRONYMS = {"USA", "US", "UK", "UAE"}
# Where a candidate came from → the mention's recorded source (every "role_*" rule is "ner").
_SOURCE = {"shape": "ner", "list": "ner", "partner": "relative"}
_CAP_WORD = re.compile(CAP_WORD)
# Titles of religious orders before a full name ("Mother Benedetta Ruscello", "Sister Ann
# Lee"); before one word they are part of the name ("Mother Teresa", as CoNLL has it).
RELIGIOUS_TITLES = frozenset({"mother", "sister", "father", "brother", "abbot", "abbess"})
_TITLE_LEADS = name_context.LEAD_WORDS | RELIGIOUS_TITLES
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
    rest = rf"(?: {QUOTED_NICKNAME})?(?: (?:{PARTICLES} )*{CAP_WORD}){{1,3}}"
    # (a hyphenated given name counts by its first part: "Jean-Pierre Cyprien")
    return re.compile(rf"(?P<given>{_GIVEN}(?:-{CAP_WORD})?){rest}(?![\w'’-])")


def _given_name_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``pattern`` that start at a known given name, leftmost first."""
    pos = 0
    for word in _GIVEN_START.finditer(text):
        if word.start() < pos or not is_given_name(word.group()):
            continue
        m = pattern.match(text, word.start())
        if m:
            pos = m.end()
            yield m


def sentence_of(starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, char) - 1)


def _inside_any(cells: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in cells)


def _covers(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


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
    verdicts = person_filter.keep(doc, cands, canon)
    rejected = _rejected_names(text, cands, verdicts, canon)
    persons = {e.text for e in entities(doc) if e.label_ == "PERSON"} if rejected else set()
    mentions = []
    for c, ok in zip(cands, verdicts, strict=True):
        surface = text[c.start : c.end]
        if not ok or (
            c.origin == "alias" and canon.get(surface) in rejected and surface not in persons
        ):
            continue
        surface = text[c.start : c.end]
        mentions.append(
            Mention(
                c.start,
                c.end,
                surface,
                canon.get(surface) or name_links.resolve_alias(surface, canon),
                sentence_of(starts, c.start),
                c.source,
            )
        )
    quoted = [Span(q.start, q.end) for q in find_quotes(text, regions) if not q.block]
    return name_links.resolve_ambiguous(mentions, text, quoted)


def _rejected_names(
    text: str, cands: list[Candidate], verdicts: list[bool], canon: dict[str, str]
) -> set[str]:
    """Full names the filter turned down wherever they were found (not merely looked up as
    an alias): their short forms the model never calls a person are no one either ("Cricket
    Tasmania said" rejected, then "Tasmania" is no short form of it)."""
    found: dict[str, bool] = {}
    for c, ok in zip(cands, verdicts, strict=True):
        name = canon.get(text[c.start : c.end])
        if c.origin != "alias" and name is not None and " " in name:
            # a relative the article names ("his daughter North West") stays a person
            found[name] = found.get(name, False) or ok or c.origin in _KIN_ORIGINS
    return {name for name, kept in found.items() if not kept}


_KIN_ORIGINS = frozenset({"relative", "role_kin"})
# Rules whose one-word names are looked up alone elsewhere in the article.
_ALONE_ORIGINS = frozenset({"role_kin", "role_sovereign"})


def _without_shared_titles(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Spans without a first word the article also writes before the surname alone, where
    no list knows it as a given name: a title the lists lack ("Rubak Ilong Tellames" and
    "Rubak Tellames said", "Coun Janet Hargreaves" and "Coun Hargreaves")."""
    titles = set()
    for s, e, _ in spans:
        words = NICKNAME.sub(" ", text[s:e]).split()  # not 'Vusi "Bhubesi" Zwane'
        first = words[0]
        if (
            len(words) >= 3
            and _TITLE_SHAPED.fullmatch(first)
            and not is_given_name(first)
            and first not in listed_given_names()
            and re.search(rf"(?<![\w-]){re.escape(first)}\.? {re.escape(words[-1])}\b", text[e:])
        ):
            titles.add(first)
    if not titles:
        return spans
    out = []
    for s, e, src in spans:
        first = text[s:e].split(maxsplit=1)
        if len(first) == 2 and first[0] in titles:
            s += text[s:e].index(first[1])
        out.append((s, e, src))
    return out


_TITLE_SHAPED = re.compile(rf"[{UPPER}][a-z]+")


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
    teams = team_cells(text_of(doc))  # a results table's cells: clubs, not people
    spans = _proposed_spans(doc, regions, bylines, teams)
    spans, canon = _linked(doc, regions, alias_regions or regions, spans, teams)
    cands = _with_rule_flags(doc, spans, canon)
    return _flag_things_short_forms(cands, canon, text_of(doc)), canon


def _proposed_spans(
    doc: Doc,
    regions: list[Span],
    bylines: list[tuple[str, Span]],
    teams: list[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """(start, end, origin) of every name proposed: NER's people cleaned and made whole, the
    names the grammar marks, names by their shape and in lists, the bylines' names; none
    inside the ``teams`` cells of a results table."""
    text = text_of(doc)
    spans: list[tuple[int, int, str]] = []
    mostly_other = name_context.mostly_not_person(doc)
    for ent in entities(doc):
        if ent.label_ != "PERSON" or ent.text in mostly_other:
            continue
        for part_start, part_end in split_parts(text, ent.start_char, ent.end_char):
            cleaned = clean_span(text, part_start, part_end)
            if cleaned and inside(regions, *cleaned) and _plausible(text[slice(*cleaned)]):
                spans.append((*cleaned, "ner"))
    spans = [(*_without_opening_word(doc, s, e), src) for s, e, src in spans]
    spans = [(s, e, "role_kin" if _kin_named(doc, s, e) else src) for s, e, src in spans]
    spans = [(s, e, "role_sovereign" if _sovereign_at(doc, s, e) else src) for s, e, src in spans]
    spans = [(_with_given_name(doc, s, e), e, src) for s, e, src in spans]
    spans = [(s, _with_hyphen_tail(text, e), src) for s, e, src in spans]
    spans = [(s, _with_nickname_tail(text, s, e), src) for s, e, src in spans]
    spans = [(s, _with_chinese_tail(text, s, e), src) for s, e, src in spans]
    spans = _trim_to_known_names(text, [(*_with_head(doc, s, e), src) for s, e, src in spans])
    by_role = _names_by_role(doc, regions, [(s, e) for s, e, _ in spans])
    by_role = [(s + after_inner_title(text[s:e]), e, src) for s, e, src in by_role]
    by_role += _names_after_sovereign_titles(doc, regions, [(s, e) for s, e, _ in spans + by_role])
    wholes = [(s, e) for s, e, _ in by_role]  # a part NER found gives way to the whole name
    spans = [x for x in spans if not _inside_any(wholes, x[0], x[1])] + by_role
    shaped = _cut_after_known_names(text, _names_by_shape(doc, regions), spans)
    spans = _add_shaped(spans, shaped)
    listed = list_names(doc, [(s, e) for s, e, _ in spans]) + scorer_names(doc)
    listed += scorecard_names(doc) + _names_across_lines(text)
    spans = _add_shaped(spans, _shaped_ok(doc, regions, listed))
    for _name, span in bylines:
        spans.append((span.start, span.end, "byline"))
    spans = [(*with_particles(text, s, e), src) for s, e, src in spans]
    spans = [(s, with_regnal_number(text, s, e), src) for s, e, src in spans]
    spans = [(s, without_post_nominal(text, s, e), src) for s, e, src in spans]
    spans = [x for x in dedupe(spans) if not _inside_any(teams, x[0], x[1])]
    return _without_shared_titles(text, spans)


def _linked(
    doc: Doc,
    regions: list[Span],
    alias_regions: list[Span],
    spans: list[tuple[int, int, str]],
    teams: list[tuple[int, int]],
) -> tuple[list[tuple[int, int, str]], dict[str, str]]:
    """The spans with the relatives, surname partners and short forms (not in the ``teams``
    cells) that the names found lead to, and each surface's canonical name."""
    text = text_of(doc)
    canon = name_links.cluster([text[s:e] for s, e, _ in spans])
    taken = [(s, e) for s, e, _ in spans]
    relatives = name_links.relatives(doc, regions, set(canon.values()), taken)
    canon.update({text[s:e]: text[s:e] for s, e, _ in relatives})
    taken += [(s, e) for s, e, _ in relatives]
    spans += relatives
    partners = name_links.surname_partners(text, regions, canon, taken)
    canon.update({text[s:e]: name for s, e, name in partners})
    partnered = [(s, e) for s, e, _ in partners if (s, e) not in taken]
    taken += partnered
    spans += [(s, e, "partner") for s, e in partnered]
    nicknames = name_links.nicknames(canon, text, spans)
    # one-word names count as forms to look for only on strong evidence ("their son, Tobin",
    # "Queen Beatrix")
    alone = {text[s:e] for s, e, src in spans if src in _ALONE_ORIGINS} | set(nicknames)
    alias_spans = name_links.short_forms(doc, alias_regions, set(canon.values()), taken, alone)
    alias_spans = [x for x in alias_spans if not _inside_any(teams, x[0], x[1])]
    spans = _merge_bracketed(doc, merge_adjacent(text, sorted(spans + alias_spans)))
    canon.update(
        {
            text[s:e]: c
            for s, e, _ in alias_spans
            for c in [name_links.resolve_alias(text[s:e], canon)]
        }
    )
    canon.update(nicknames)
    canon.update(name_links.nicknamed_full_names(canon, nicknames))  # "Bridie Considine"
    canon.update(name_links.birth_names(canon, text, spans))

    return spans, canon


def _with_rule_flags(
    doc: Doc, spans: list[tuple[int, int, str]], canon: dict[str, str]
) -> list[Candidate]:
    """A candidate for each span, with the rule filters' objections to it (a place, a firm,
    a party, a title, a common word …)."""
    text = text_of(doc)
    common = name_context.common_words(doc, [text[s:e] for s, e, _ in spans])
    # spans the model tags as a place or firm, unless it tags the same words a person elsewhere
    # ("Tamsin Vale" as a place in a caption, a person in the text)
    person_tagged = {e.text for e in entities(doc) if e.label_ == "PERSON"}
    places = {(s, e) for s, e in name_context.other_entities(doc) if text[s:e] not in person_tagged}
    agencies = wire_agencies(text)  # "(Western Wire) —"
    cands = []
    scans: dict[str, tuple[bool, ...]] = {}  # a name's scans of the whole text, once
    for s, e, src in spans:
        surface = text[s:e]
        standalone = canon.get(surface) == surface  # not "Jordan" for Michael Jordan
        if surface not in scans:
            scans[surface] = (
                name_context.before_place_noun(text, surface),
                name_context.firm_name_part(text, surface),
                name_context.common_noun_opening(doc, surface),
                name_context.only_quoted_whole(text, surface),
                name_context.which_relative(text, surface),
            )
        place_noun_after, firm_part, noun_opening, quoted_title, which_described = scans[surface]
        flags = (
            ("after_article",) * name_context.after_article(doc, s, e)
            + ("team_after_country",) * name_context.team_after_country(text, s, e)
            + ("common",) * (surface in common)
            + ("party",) * name_context.party_name(surface)
            + ("role_title",) * name_context.role_title(surface)
            + ("place",)
            * (
                # the grammar says person: "X, a nurse," (not of "Aberwennol Baths, whose
                # chairwoman")
                (not src.startswith("role_") or name_context.only_a_place(surface))
                and not (
                    " " in surface and name_context.after_person_title(text, s)
                )  # "Judge Helen Marsh"
                and name_context.place_name(surface, (s, e) in places)
                and standalone
            )
            + ("after_thing_noun",) * name_context.after_thing_noun(doc, s, e)
            + ("names_a_thing",)
            * (name_context.names_a_thing(text, e) or name_context.ends_in_a_thing(surface))
            + ("org_role_of",) * name_context.of_org_role(doc, s, e)
            + ("apposed_thing",) * name_context.apposed_thing(doc, s, e)
            + ("place_of",) * name_context.place_of(doc, s, e)
            + ("which_relative",) * (standalone and which_described)
            + ("before_place_noun",) * (standalone and place_noun_after)
            + ("firm_name_part",) * (firm_part and (" " in surface or standalone))
            + ("common_noun",) * (standalone and src == "ner" and noun_opening)
            + ("wire_agency",) * (surface in agencies)
            + ("quoted_title",) * (standalone and quoted_title)
        )
        cands.append(Candidate(s, e, _recorded_source(src), flags, src))
    return cands


# Rule flags one mention of a name is enough for: the name is a firm or a place everywhere.
_FIRM_OR_PLACE = frozenset(
    {
        "org_role_of",
        "apposed_thing",
        "place",
        "place_of",
        "before_place_noun",
        "firm_name_part",
        "which_relative",
    }
)


def _recorded_source(origin: str) -> str:
    """The ``person_mention.method`` of a candidate from the rule ``origin``."""
    return "ner" if origin.startswith("role_") else _SOURCE.get(origin, origin)


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
        if canon.get(surface, surface) != surface:
            continue
        thing = "after_thing_noun" in c.rule_flags
        if " " in surface:
            verdicts[surface] = verdicts.get(surface, True) and thing
        elif thing:  # one word: "whose beagle, Kopi," names the dog also in a quote
            firms.add(surface)
        if _FIRM_OR_PLACE & set(c.rule_flags):  # "the island of Skellmore": every Skellmore
            firms.add(surface)
    things = {name for name, thing in verdicts.items() if thing} | firms
    people = sorted({n for n in canon.values() if " " in n and n not in things})
    out = []
    for c in cands:
        surface = text[c.start : c.end]
        if canon.get(surface) in things and not c.rule_flags:
            owners = name_links.names_holding(surface, people) if " " not in surface else []
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
    # "Broadcaster Chris Evans", "Harbourmaster Conor Quinlan": a common noun (or two run
    # together) before a given name is the person's role; not a word of three letters or
    # fewer, as family names are ("Do Van Hai", not "do" the party)
    if (
        len(span) >= 3
        and len(first) > 3
        and (first.lower_ in common_nouns() or _two_nouns(first.lower_))
        and not is_given_name(first.text)
        and (is_given_name(span[1].text) or _TRADE_ENDING.fullmatch(first.lower_))
    ):  # "Ranger Themba Mahlangu": a trade before two names, whatever the given name
        return span[1].idx, end
    return start, end


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


def _with_hyphen_tail(text: str, end: int) -> int:
    """The end of a name NER cut at a hyphen ("Seo" in "Seo-yeon Park", "Li" in "Li In-mo")."""
    tail = _HYPHEN_TAIL.match(text, end)
    return tail.end() if tail else end


def _with_nickname_tail(text: str, start: int, end: int) -> int:
    """The end of a name NER cut inside its quoted nickname ('Apenisa "Bulldozer' of
    'Apenisa "Bulldozer" Tabuya'): the nickname's closing mark and the surname after it."""
    surface = text[start:end]
    if not _OPEN_NICKNAME.search(surface):
        return end
    tail = _NICKNAME_TAIL.match(text, end)
    return tail.end() if tail else end


_OPEN_NICKNAME = re.compile(r" [\"“][A-Z][^\"“”]*$")
_NICKNAME_TAIL = re.compile(rf"[\"”] {CAP_WORD}(?![\w’'-])")


def _with_chinese_tail(text: str, start: int, end: int) -> int:
    """The end of a Chinese name NER cut after two of its three words ("Leong Kah" of
    "Leong Kah Wai"): a family name, then two short syllables, each capitalised."""
    words = text[start:end].split()
    if len(words) != 2 or words[0] not in CHINESE_SURNAMES or len(words[1]) > 5:
        return end
    tail = _SYLLABLE.match(text, end)
    return tail.end() if tail else end


# a capitalised syllable after a space, ending a word: " Wai" (not " Walked", " Wai-ming")
_SYLLABLE = re.compile(r" [A-Z][a-z]{1,4}(?![\w’'-])")


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
        and (
            not prev.is_sent_start
            or _unknown_given_name(prev, span[0])
            or prev.lower_ in _OPENING_PARTICLES  # "Te Rangi said", "De Klerk said"
        )
        and not prev.is_stop
        and prev.lower_ not in NOT_NAME_PREFIXES
        and not title_also_given_name(text_of(doc), prev.text, span.text)  # "Nana Gyepi"
        and prev.ent_type_ in {"", "PERSON"}
    ):
        return prev.idx
    return start


# Particles that open a surname capitalised at the start of a sentence.
_OPENING_PARTICLES = frozenset({"te", "de", "van", "von", "du", "da", "di", "le", "la"})


def _unknown_given_name(first: Token, name: Token) -> bool:
    """A sentence's first word that is no English noun and no place, before a name that
    speaks or is described ("Marged Llewellyn, the union's secretary, said"): a given name the
    lists lack."""
    speaks = _speaks(name)
    described = any(c.dep_ == "appos" for c in name.children)
    return (
        (speaks or described)
        and first.lower_ not in common_nouns()
        and first.text not in name_context.place_names()
    )


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
            if len(other) < len(surface) and len(name_words(other)) >= 2:
                if surface.startswith(other + " "):
                    e = s + len(other)
                    break
                if surface.endswith(" " + other) and not _SURNAME_PREFIX.match(other):
                    s = e - len(other)  # (not "Osbert" of "Osbert St Bernard", whose surname
                    break  # "Mr St Bernard" writes alone)
        out.append((s, e, src))
    return out


# "St" opening a two-word surname, as Caribbean ones do: "St Bernard", "St. Hill" (not a
# particle that also opens given names or trades: "Singer Van Morrison" is Van Morrison)
_SURNAME_PREFIX = re.compile(r"(?:St\.?|Ste\.?) ")


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
        # not before a father's name: "Siti Rahmah binti Haji Osman", then "Dr Siti Rahmah"
        cuts = [c for c in cuts if text[c + 1 : e].split(maxsplit=1)[0].lower() not in PATRONYMIC]
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
    surnames = {text[s:e].split()[-1] for s, e in taken if " " in text[s:e]}
    known_given = {text[s:e].split()[0] for s, e in taken if " " in text[s:e]}
    entity_tokens = {(e.start, e.end) for e in entities(doc)}
    entity_of = {
        i: (e.start_char, e.end_char) for e in entities(doc) for i in range(e.start, e.end)
    }
    found = []
    # the proper nouns that are not a compound part of another word, and a surname the tagger
    # took for a plural noun after proper nouns ("Eng Farai Chikomo said")
    heads = token_indices(doc, pos=("PROPN",), not_dep=("compound",))
    heads += [
        i for i in token_indices(doc, pos=("NOUN",), dep=("nsubj",)) if _misread_surname(doc[i])
    ]
    for i in sorted(heads):
        tok = doc[i]
        if _sovereign_named(tok):
            continue  # "Maronite Patriarch Sfeir said": the name alone, found below
        is_speaker = _speaks(tok)
        # "Rosa Delgado, a lawyer": a name in apposition with a person noun
        is_described = any(c.dep_ == "appos" and _person_noun(c) for c in tok.children)
        # or a relative clause saying what the person is: "Qaunaq Kakkik, who was mayor when"
        is_described = is_described or any(_who_is_person(c) for c in tok.children)
        # a person noun the name is in apposition to: "Our goalkeeper, Uche Nnamdi,"
        is_apposed = tok.dep_ == "appos" and tok.head.i < tok.i and _person_noun(tok.head)
        found_start = _name_start(doc, tok, is_speaker, is_described)
        if found_start is None:
            continue
        start_tok, lead, titled, judge = found_start
        if (
            lead.i == tok.i > start_tok.i
            and not judge
            and (tok.text in surnames or tok.text in known_given)
        ):
            continue  # "Chief Okafor said" after "Raymond Okafor", "Chief Mosiuoa said" after
            # "Chief Mosiuoa Khoarai": titles and a short form
        kin = _next_of_kin(tok, start_tok)
        if not (
            1 <= tok.i - start_tok.i <= 3 or (tok.i == start_tok.i and (kin or judge or titled))
        ):
            continue
        name = doc[start_tok.i : tok.i + 1]
        words = name.text.split()
        if not all(
            _CAP_WORD.fullmatch(w)
            or w == "Ó"
            or (0 < k < len(words) - 1 and _PARTICLE.fullmatch(w))
            for k, w in enumerate(words)
        ):  # "Donal Ó Briain", "Riana du Plessis"
            continue
        before = doc[start_tok.i - 1] if start_tok.i > 0 else None
        # "Ann Lee and Bo Park": a full name joined to a known name by "and" or a comma
        is_conjunct = len(name) > 1 and tok.dep_ == "conj" and _covers(taken, tok.head.idx)
        after_title = before is not None and (
            before.lower_.rstrip(".") in TITLES | HONORIFICS | ROLE_PREFIXES
            or (before.lower_ in DEMONYMS and name[0].text in first_names())
            or (
                before.is_lower and before.lemma_ in PERSON_NOUNS | OCCUPATIONS
            )  # "spokesman Per Lund"
            or (before.is_sent_start and before.lower_ in OCCUPATIONS)  # "Farmer Huw Price"
        )
        is_named = _named_as(tok) and len(name) > 1  # "a doctoral student named Amara Osei"
        # "Wade Ferrier and his brother, Colin Ferrier": a given name before a known surname
        # (or a word no list knows, where the name is a verb's subject: "Eidagaruwo Temaki
        # lifted …" beside "Deibure Temaki")
        is_relative = (
            len(name) == 2
            and tok.text in surnames
            and (
                name[0].text in listed_given_names()
                or (tok.dep_ == "nsubj" and name[0].lower_ not in common_nouns())
            )
        )
        quoted_title = name.start_char > 0 and text[name.start_char - 1] in ALL_MARKS
        is_apposed = is_apposed and len(name) > 1 and not quoted_title
        # "The district commissioner, Bashiir Cilmi Roble, wrote": as sure as a description
        described = is_described or (is_apposed and tok.head.tag_ == "NN" and _speaks(tok.head))
        if not (
            is_speaker
            or after_title
            or is_conjunct
            or is_described
            or is_apposed
            or kin
            or is_named
            or is_relative
        ):
            continue
        # An apposed person noun ("Ann Lee, a lawyer") outweighs the place labels the model
        # gave the words one by one, not one place entity over the whole name ("Hong Kong").
        # Not labels of an entity the model glued around the name ("Ann Lee of" as a work).
        span = (name.start_char, name.end_char)
        other = any(
            t.ent_type_ in NON_PERSON_LABELS - {"ORG"}
            and (
                entity_of[t.i] == span
                or span not in name_context.entity_parts(text, *entity_of[t.i])
            )
            for t in name
        )
        # ... unless it also speaks: a place never "said" as "X, a farmer at Kasungu," or "The
        # farmers' leader, X," ('Mutinta Hamoonga' tagged a place)
        spoken_for = (is_described or is_apposed) and is_speaker and len(name) > 1
        if name.start_char < 0 or (
            other
            and not kin
            and not spoken_for
            and (not is_described or (name.start, name.end) in entity_tokens)
        ):
            continue
        s, e = name.start_char, name.end_char
        if not _plausible(text[s:e]) or not inside(regions, s, e):
            continue
        # a part NER took for a person ("Ji-woo" of "Professor Ji-woo Park, a coastal
        # engineer, said", its "Park" a firm) gives way to the whole name the grammar backs
        whole = (is_speaker or is_described) and name[0].lower_.rstrip(".") not in _TITLE_LEADS
        if not any(
            s < t_e and t_s < e and not (whole and s == t_s < t_e < e) for t_s, t_e in taken
        ):
            kind = next(
                k
                for k, ok in (
                    ("judge", judge),
                    # what is written with the name says more than the verb after it:
                    # "Ann Lee, a nurse, said", "District Collector Anjali Bhosale said"
                    ("described", described),
                    ("title", after_title),
                    ("speaker", is_speaker),
                    ("conjunct", is_conjunct),
                    ("kin", kin),
                    ("named", is_named),
                    ("relative", is_relative),
                    ("apposed", is_apposed),
                )
                if ok
            )
            found.append((s, e, f"role_{kind}"))
            if len(name) > 1:  # "Cllr Rourke" after "Local councillor Paudie Rourke said"
                surnames.add(name[-1].text)
    return found


def _name_start(doc: Doc, tok: Token, is_speaker: bool, is_described: bool) -> _NameStart | None:
    """Where the name whose last word is ``tok`` starts, past the titles, honorifics and
    firm's words before it ("Lumivane CEO Nadia Colfax", "Dr Nkechi Obi", "Lady Justice
    Armitage"); None when an honorific leaves no full name ("Mr Ingram", "Miss Venezuela")."""
    text = text_of(doc)
    # the capitalised run right before the name, not a firm's words the parse hung on it
    # across a role ("Mwazinga Farmers Cooperative chairperson Chisomo Nyirenda says")
    parts = [
        c
        for c in tok.lefts
        if c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and all(
            doc[k].text[:1].isupper() or _PARTICLE.fullmatch(doc[k].text)
            for k in range(c.i + 1, tok.i)
        )
    ]
    start_tok = _hyphen_start(parts[0] if parts else tok)  # "Soo-ah Park"
    for part in parts:  # "Lumivane CEO Nadia Colfax": the name starts after the title
        if part.is_upper and part.lower_ in _TITLE_LEADS and part.i + 1 < tok.i:
            start_tok = doc[part.i + 1]
    # "General Ann Lee", "Briton Ann Lee": a capitalised title or nationality the parse
    # chained into a name that starts with a known given name stands before it; so does
    # a religious title before any full name.
    lead = start_tok
    while lead.i < tok.i and lead.is_title and _leads(lead, tok):
        lead = doc[lead.i + 1]
    if lead.i < tok.i and (
        is_given_name(lead.text)
        or start_tok.lower_ in RELIGIOUS_TITLES
        or (_opening_trade(start_tok) and lead.is_title)
        or (
            start_tok.lower_.rstrip(".") in TITLES | HONORIFICS
            and lead.is_title
            and (is_speaker or is_described or start_tok.lower_.rstrip(".") in PERSON_ONLY_TITLES)
        )
    ):  # "Professor Ji-woo Park, a coastal engineer, said", "Shri Ramesh Iyer": a name no
        # list holds
        start_tok = lead
    titled = False  # "Mr Mwale told the court": a surname the grammar backs, no list
    if start_tok.lower_.rstrip(".") in HONORIFICS:
        if tok.i == start_tok.i or doc[start_tok.i + 1].ent_type_ in _PLACE_LABELS:
            return None  # "Miss Venezuela": a title
        titled = tok.i - start_tok.i == 1 and (is_speaker or is_described)
        if tok.i - start_tok.i < 2 and not (titled and _surname_word(tok)):
            return None  # "Mr Ingram": a short form, if any
        start_tok = doc[start_tok.i + 1]  # "Dr Nkechi Obi": a full name after it
    rest = doc[start_tok.i + 1 : tok.i + 1].text
    if start_tok.i < tok.i and title_also_given_name(text, start_tok.text, rest):
        # "Nana Kobina Gyepi", then "Nana Gyepi": a chief's title
        start_tok = doc[start_tok.i + 1]
    # (not "the Georges-LeBlanc Justice Centre")
    judge = start_tok.lower_ == "justice" and start_tok.i < tok.i and tok.lower_ not in ORG_HEADS
    if judge:  # "Lady Justice Armitage", "Lord Justice de Villiers": a judge's title
        start_tok = doc[start_tok.i + 1]
        while start_tok.i < tok.i and re.fullmatch(PARTICLES, start_tok.text):
            start_tok = doc[start_tok.i + 1]  # the particle joins it later
    return _NameStart(start_tok, lead, titled, judge)


class _NameStart(NamedTuple):
    """Where a name starts (``start``), the first word after its titles (``lead``), whether
    one honorific and a surname the grammar backs make it (``titled``), and whether a judge's
    title stood before it (``judge``)."""

    start: Token
    lead: Token
    titled: bool
    judge: bool


def _person_title_named(tok: Token) -> bool:
    """One surname after a title that stands only before a person's name, which NER left out
    ("“Mzee Kayitare told me …”", "Cikgu Faridah"): not a place or firm, nor a common word,
    nor the first word of a longer name (left to the rules for those)."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    k = tok.i - 2 if tok.i > 1 and doc[tok.i - 1].text == "." else tok.i - 1  # "Sgt . Bello"
    title, after = doc[k], doc[tok.i + 1]
    return (
        title.is_title
        and title.lower_.rstrip(".") in PERSON_ONLY_TITLES
        and (
            tok.ent_type_ in {"", "PERSON"}
            # the model took title and name for one entity of another kind ("Mzee Kayitare"
            # a work of art), not a place
            or (
                title.ent_iob_ == "B"
                and after.ent_iob_ != "I"
                and tok.ent_type_ not in {"GPE", "LOC", "FAC"}
            )
        )
        and not (after.is_title or after.like_num or after.pos_ == "PROPN")
        and _lone_name_word(tok)
    )


def _sovereign_named(tok: Token) -> bool:
    """One given name after a sovereign's or religious head's title ("Queen Beatrix of the
    Netherlands", "Patriarch Sfeir said"): the name alone is the mention. Not a place, firm or
    thing so named ("Prince Rupert", "Prince Sultan air base", "Queen Elizabeth 2"), nor a
    common word ("Queen Bee"); the model may take title and name together for a firm."""
    if tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    title, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return (
        title.is_title
        and title.lower_ in SOVEREIGN_TITLES
        and (
            tok.ent_type_ in {"", "PERSON"}
            or (tok.ent_type_ == "ORG" and title.ent_iob_ == "B" and after.ent_iob_ != "I")
        )
        and not (after.is_title or after.like_num or after.pos_ in {"NOUN", "PROPN"})
        and _lone_name_word(tok)
    )


def _lone_name_word(tok: Token) -> bool:
    """A proper noun shaped as a name on its own after a title: capitalised, not a common
    word ("Queen Bee") nor a place's name."""
    return (
        tok.pos_ == "PROPN"
        and _CAP_WORD.fullmatch(tok.text) is not None
        and tok.lower_ not in common_nouns()
        and tok.text not in name_context.place_names()
    )


def _sovereign_at(doc: Doc, start: int, end: int) -> bool:
    """The span is one name after a sovereign's title (``_sovereign_named``)."""
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and _sovereign_named(span[0])


def _names_after_sovereign_titles(
    doc: Doc, regions: list[Span], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Names after a sovereign's title (``_sovereign_named``) or a person's
    (``_person_title_named``), which NER often leaves out."""
    found = []
    for i in token_indices(doc, pos=("PROPN",)):  # both tests want a proper noun
        tok = doc[i]
        if _sovereign_named(tok):
            origin = "role_sovereign"
        elif _person_title_named(tok):
            origin = "role_title"
        else:
            continue
        s, e = tok.idx, tok.idx + len(tok.text)
        if inside(regions, s, e) and not any(s < t_e and t_s < e for t_s, t_e in taken):
            found.append((s, e, origin))
    return found


def _misread_surname(tok: Token) -> bool:
    """A capitalised noun in mid-sentence after a given name the parse chained to it: "Eng
    Farai Chikomo said" with "Chikomo" tagged a plural noun."""
    return (
        tok.is_title
        and not tok.is_sent_start
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ == "PROPN"
        and tok.doc[tok.i - 1].dep_ == "compound"
        and tok.doc[tok.i - 1].head == tok
    )


def _leads(word: Token, name_end: Token) -> bool:
    """A title word before a name ("Mayor", "Dr"), or the capitalised word that qualifies one
    ("District" of "District Collector Anjali Bhosale", "Senior" of "Senior Constable")."""
    if word.lower_.rstrip(".") in _TITLE_LEADS or _opening_trade(word):  # "Chef Ifeoma …"
        return True
    after = word.doc[word.i + 1]
    return after.i < name_end.i and after.is_title and after.lower_.rstrip(".") in _TITLE_LEADS


def _opening_trade(word: Token) -> bool:
    """A trade opening the sentence before a name: "Chef Ifeoma Nwachukwu", "Performer Ngaire
    Tūhoe" (a listed occupation, or a noun with a trade's ending)."""
    low = word.lower_
    return word.is_sent_start and (
        low in OCCUPATIONS or (bool(_TRADE_ENDING.fullmatch(low)) and low in common_nouns())
    )


def _named_as(tok: Token) -> bool:
    """The word after "named" or "called" that follows a person noun: "a doctoral student named
    Amara Osei", "a farmer called Tom Reyes"."""
    noun = name_context.noun_naming(tok)
    return noun is not None and (noun.lemma_.lower() in PERSON_NOUNS or _person_noun(noun))


def _who_is_person(clause: Token) -> bool:
    """A relative clause "who is" or "who was" a person noun: "who was mayor", "who is a
    nurse"."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        and any(c.dep_ == "attr" and _person_noun(c) for c in clause.children)
    )


def _speaks(tok: Token) -> bool:
    """The word is the subject of a speech verb ("Rosa Delgado said")."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in CUE_LEMMAS


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
    words = NICKNAME.sub(" ", surface).split()
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
    if any(w.lower() in _DIVISIONS for w in words[1:-1]):  # "Sage County Sheriff": an office
        return False
    last = words[-1].rstrip(".").lower()
    return last not in ORG_HEADS and not last.endswith(("shire", "tech"))  # "Halloran Agritech"


_DIVISIONS = frozenset({"county", "township", "borough", "parish"})


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
    candidates += [
        (_with_titled_given_name(text, m.start()), m.end())
        for m in _INITIALS_NAME.finditer(text)
        if _surname_ok(doc, m.end()) and not m.group().startswith(_PLACE_INITIALS)
    ]
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
        if is_given_name(first := (words := NICKNAME.sub(" ", m.group("name")).split())[0])
        or first in listed_given_names()
        or with_elision(text, m.start("name") + 1) == m.start("name")  # "’Mampho Ramatla, 41,"
        # "Dilwyn Jenkins, 81," and "Mr Jenkins", or "Dilwyn Harries, 81, who was mayor" (not
        # "Mum-of-two Jade Horrocks", "Grazier Bill Haddon")
        or (
            len(words) == 2
            and first.isalpha()
            and (m["who"] is not None or _after_honorific_elsewhere(text, words[-1]))
        )
    }
    # "State Falcon B.Gantulga, 24,": a Mongolian name (the father's initial, a dot, the name)
    before_age |= {
        m.span()
        for m in re.finditer(rf"(?<![\w.]){INITIAL_JOINED.pattern}(?=,[^\S\n]+\d{{1,3}}[,.])", text)
    }
    candidates += before_age
    # "Ng Tsz-kin", "Dr Chan Wing-yan": a Cantonese or Korean name, family name first
    candidates += [
        m.span()
        for m in _FAMILY_NAME_FIRST.finditer(text)
        if m["given"].split("-")[1] not in _HYPHEN_SUFFIXES
    ]
    trusted = before_country | before_age
    found: list[tuple[int, int, str]] = []
    for start, end in sorted(candidates):
        cleaned = clean_span(text, start, end)
        if cleaned is None or not inside(regions, *cleaned):
            continue
        s, e = cleaned
        if found and s < found[-1][1]:
            continue
        if _plausible(text[s:e]) and (
            (start, end) in trusted or not name_context.in_larger_entity(doc, s, e)
        ):
            found.append((s, e, "shape"))
    return found


def _with_titled_given_name(text: str, start: int) -> int:
    """Where an initials name starts: at the given name between a title and the initials
    ("Cllr. Wleh J. Dorbor", "Rev. Ama K. Mensah"), else at the initials."""
    m = _TITLED_GIVEN_NAME.search(text, max(0, start - 40), start)
    if (
        m
        and m.group("title").lower() in NOT_NAME_PREFIXES
        and m["given"].lower() not in NOT_NAME_PREFIXES
    ):
        return m.start("given")
    return start


_TITLED_GIVEN_NAME = re.compile(r"(?<![\w.])(?P<title>[A-Z][a-z]+)\.? (?P<given>[A-Z][a-z]+) $")


def _surname_word(tok: Token) -> bool:
    """A word after an honorific that may be a surname: not a role or a title ("Madam
    Speaker", "Mr President") nor a common word ("Mr Big")."""
    low = tok.lower_
    return tok.pos_ == "PROPN" and low not in _ROLE_WORDS and low not in common_nouns()


_ROLE_WORDS = TITLES | PERSON_NOUNS | OCCUPATIONS


def _after_honorific_elsewhere(text: str, surname: str) -> bool:
    """The article writes the surname after an honorific somewhere ("Mr Jenkins")."""
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(surname)}\b", text) is not None


def _before_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Charlotte Mayor Jennifer Roberts" is a place and a title before a name, not one name:
    a shaped name stops before a title or role word that a capitalised word follows, and is
    no name when only its given name is left ("John Major said" stays whole)."""
    words = [(m.end(), m.group()) for m in re.finditer(r"\S+", text[start:end])]
    for i in range(1, len(words) - 1):
        if words[i - 1][1].lower() in PATRONYMIC:
            continue  # "Siti Rahmah binti Haji Osman": her father's title, in her name
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
        if cleaned:  # "Engineer Tomasz Zielinski, …, and his wife, Ewa,": the role is no part
            cleaned = _without_opening_word(doc, *cleaned)
        if cleaned and inside(regions, *cleaned) and _plausible(text_of(doc)[slice(*cleaned)]):
            found.append((*cleaned, "list"))
    return found


def _surname_ok(doc: Doc, end: int) -> bool:
    """The word ending at ``end`` can be a surname: a proper noun, not a function word."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and not span[-1].is_stop and span[-1].pos_ in {"PROPN", "NOUN", "X"}
