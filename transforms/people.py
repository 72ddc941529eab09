"""Person name mentions: spaCy PERSON entities and the names the model missed (after a
title, before an age, in results lists), cleaned, checked and resolved to one canonical name
per person in the article.

The names NER missed come from ``grammar_names`` (titles, roles, kin, speech verbs) and
``shaped_names`` (initials, ages, lists); where a proposed name starts and ends is decided in
``name_edges`` and ``name_spans``; the context that shows a name is a place, a firm or a thing
in ``name_context``; which mentions are the same person in ``name_links``; the learned last
word on each candidate in ``person_filter``."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from transforms import name_context, name_links, person_filter
from transforms.datelines import dateline_places, dateline_spans, wire_agencies
from transforms.document import ParsedDocument, Span
from transforms.grammar_names import (
    kin_named,
    names_after_sovereign_titles,
    names_by_role,
    names_of_speaking_surnames,
    sovereign_at,
    without_portfolio,
)
from transforms.layout import inside
from transforms.lexicon import ADDRESS_WORDS, KIN_NOUNS, TITLES
from transforms.name_edges import (
    cut_after_known_names,
    merge_bracketed,
    plausible,
    trim_to_known_names,
    with_chinese_tail,
    with_given_name,
    with_head,
    with_hyphen_tail,
    with_longer_known_name,
    with_named_given_name,
    with_nickname_head,
    with_nickname_tail,
    with_place_tagged_given_name,
    without_opening_word,
)
from transforms.name_lists import list_names, scorecard_names, scorer_names, team_cells
from transforms.name_spans import (
    NICKNAME,
    UPPER,
    after_inner_title,
    clean_span,
    dedupe,
    is_given_name,
    listed_given_names,
    merge_adjacent,
    split_parts,
    with_particles,
    with_regnal_number,
    without_nickname,
    without_post_nominal,
    word_before,
)
from transforms.nlp import entities, sentence_starts, text_of
from transforms.person_filter import Candidate
from transforms.quote_marks import find_quotes
from transforms.shaped_names import (
    add_shaped,
    names_across_lines,
    names_by_shape,
    shaped_ok,
)

# Where a candidate came from → the mention's recorded source (every "role_*" rule is "ner").
_SOURCE = {"shape": "ner", "list": "ner", "partner": "relative"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One name mention of a person, with the canonical name it resolves to in this article."""

    start: int
    end: int
    surface: str
    canonical: str
    sentence_index: int
    source: str  # ner | relative | alias | byline


# Kin words written with a capital, as a family calls its own: not a person's name
_KIN_WORDS = KIN_NOUNS | ADDRESS_WORDS


def _kin_word(text: str, surface: str) -> bool:
    """ "Cook it the way Grandfather did": a kin word as a family calls its own, no name;
    not one the article writes as a title too ("called Mother" of "Mother Teresa")."""
    return (
        surface.lower() in _KIN_WORDS and re.search(rf"\b{re.escape(surface)} [A-Z]", text) is None
    )


def sentence_of(starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, char) - 1)


def _inside_any(cells: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in cells)


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
                canon.get(surface) or name_links.resolve_form(surface, canon),
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
            if (
                cleaned
                and inside(regions, *cleaned)
                and plausible(text[slice(*cleaned)])
                and text[slice(*cleaned)].lower() not in TITLES  # "the former Faipule"
            ):
                spans.append((*cleaned, "ner"))
    spans = [(*without_opening_word(doc, s, e), src) for s, e, src in spans]
    spans = [(without_portfolio(doc, s, e), e, src) for s, e, src in spans]
    spans = [(s, e, "role_kin" if kin_named(doc, s, e) else src) for s, e, src in spans]
    spans = [(s, e, "role_sovereign" if sovereign_at(doc, s, e) else src) for s, e, src in spans]
    spans = [(with_given_name(doc, s, e), e, src) for s, e, src in spans]
    spans = _with_place_tagged_given_names(doc, spans)
    spans = [(s, with_hyphen_tail(text, e), src) for s, e, src in spans]
    spans = [(s, with_nickname_tail(text, s, e), src) for s, e, src in spans]
    spans = _with_nickname_heads(text, spans)
    spans = [(s, with_chinese_tail(text, s, e), src) for s, e, src in spans]
    spans = trim_to_known_names(text, [(*with_head(doc, s, e), src) for s, e, src in spans])
    by_role = names_by_role(doc, regions, [(s, e) for s, e, _ in spans])
    by_role = [(s + after_inner_title(text[s:e]), e, src) for s, e, src in by_role]
    by_role = _with_nickname_heads(text, by_role, spans)
    by_role += names_after_sovereign_titles(doc, regions, [(s, e) for s, e, _ in spans + by_role])
    by_role += names_of_speaking_surnames(doc, regions, [(s, e) for s, e, _ in spans + by_role])
    wholes = [(s, e) for s, e, _ in by_role]  # a part NER found gives way to the whole name
    spans = [x for x in spans if not _inside_any(wholes, x[0], x[1])] + by_role
    spans = with_longer_known_name(text, with_named_given_name(text, spans))
    shaped = cut_after_known_names(text, names_by_shape(doc, regions), spans)
    shaped = _with_place_tagged_given_names(doc, shaped)
    spans = add_shaped(spans, shaped)
    listed = list_names(doc, [(s, e) for s, e, _ in spans]) + scorer_names(doc)
    listed += scorecard_names(doc) + names_across_lines(text)
    spans = add_shaped(spans, shaped_ok(doc, regions, listed))
    for _name, span in bylines:
        spans.append((span.start, span.end, "byline"))
    spans = [(*with_particles(text, s, e), src) for s, e, src in spans]
    given = {text[s:e].split(" ", 1)[0] for s, e, _ in spans if " " in text[s:e]}
    spans = [(s, with_regnal_number(text, s, e, given), src) for s, e, src in spans]
    spans = [(s, without_post_nominal(text, s, e), src) for s, e, src in spans]
    spans = [x for x in dedupe(spans) if not _inside_any(teams, x[0], x[1])]
    return _without_shared_titles(text, spans)


def _with_nickname_heads(
    text: str, spans: list[tuple[int, int, str]], others: list[tuple[int, int, str]] = ()
) -> list[tuple[int, int, str]]:
    """Each surname found alone after a given name and a quoted nickname starts at the given
    name (``with_nickname_head``), unless the given name is a span of its own."""
    taken = [(s, e) for s, e, _ in [*spans, *others]]
    out = []
    for s, e, src in spans:
        head = with_nickname_head(text, s, e)
        out.append((s if _inside_any(taken, head, head + 1) else head, e, src))
    return out


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
    alias_spans = _with_nickname_heads(text, alias_spans, spans)
    spans = merge_bracketed(doc, merge_adjacent(text, sorted(spans + alias_spans)))
    canon.update(
        {
            text[s:e]: c
            for s, e, _ in alias_spans
            for c in [name_links.resolve_form(text[s:e], canon)]
        }
    )
    canon.update(nicknames)
    canon.update(name_links.nicknamed_full_names(canon, nicknames))  # "Bridie Considine"
    canon.update(name_links.birth_names(canon, text, spans))
    canon.update(name_links.spouses(text, spans, canon))  # "his wife Marnie", "Ms Papadakis"

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
    datelined = dateline_places(text)  # "KAUREI –": Kaurei is a place
    dateline_at = dateline_spans(text)  # "TANNER’S FORK —": its "FORK" too
    cands = []
    scans: dict[str, tuple[bool, ...]] = {}  # a name's scans of the whole text, once
    for s, e, src in spans:
        surface = text[s:e]
        # not "Jordan" for Michael Jordan ('Eldon "Sticks" Trott Oval' stands alone too)
        standalone = canon.get(surface) in {surface, without_nickname(surface)}
        place_only = name_context.only_a_place(surface)  # "Calder Falls", whoever opens it
        if surface not in scans:
            scans[surface] = (
                name_context.before_place_noun(text, surface),
                name_context.firm_name_part(text, surface),
                name_context.common_noun_opening(doc, surface),
                name_context.only_quoted_whole(text, surface),
                name_context.which_relative(text, surface),
                name_context.before_team_noun(text, surface),
            )
        place_noun_after, firm_part, noun_opening, quoted_title, which_described, team = scans[
            surface
        ]
        flags = (
            ("after_article",) * name_context.after_article(doc, s, e)
            + ("team_after_country",) * name_context.team_after_country(text, s, e)
            + ("common",) * (surface in common)
            + ("party",) * name_context.party_name(surface)
            + ("role_title",) * name_context.role_title(surface, word_before(text, s, 12))
            + ("title_gloss",) * name_context.title_gloss(text, s, e)
            + ("genus",) * name_context.genus(text, s, e)
            + ("kin_word",) * _kin_word(text, surface)  # "the way Grandfather did"
            + ("before_honorific",) * name_context.before_honorific(text, s, e)
            + ("place",)
            * (
                # the grammar says person: "X, a nurse," (not of "Aberwennol Baths, whose
                # chairwoman")
                (not src.startswith("role_") or place_only)
                and not (
                    " " in surface and name_context.after_person_title(text, s) and not place_only
                )  # "Judge Helen Marsh" (not "the Sir Tau Kwalimu Oval")
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
            + ("dateline_place",)
            * (standalone and (surface in datelined or _inside_any(dateline_at, s, e)))
            + ("quoted_title",) * (standalone and quoted_title)
            + ("team_noun_after",) * (standalone and team)
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
        "team_noun_after",
    }
)


def _with_place_tagged_given_names(
    doc: Doc, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The spans with the given name the model took for a place ("Bhuwan" + "Chandra
    Semwal"); a name made whole so is trusted ("role_given")."""
    out = []
    for s, e, src in spans:
        given = with_place_tagged_given_name(doc, s, e)
        out.append((given, e, src if given == s else "role_given"))
    return out


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
