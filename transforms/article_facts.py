"""What an article tells of its people, read once before any speaker is resolved: the
genders its pronouns, titles and given names give them, the roles, kin and ages it attaches
to their names, who died, and who is the subject of each clause (``ArticleFacts``).
``speaker_resolver`` answers who a speaker expression is from these facts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import islice, pairwise, permutations

from spacy.tokens import Doc, Span, Token

from transforms.lexicon import (
    CUE_LEMMAS,
    FEMALE,
    HONORIFICS,
    KIN_NOUNS,
    MALE,
    MEMBER_INITIALS,
    NOUN_GENDER,
    OCCUPATIONS,
    PERSON_NOUNS,
    PERSON_ONLY_TITLES,
    PERSONAL_TITLES,
    ROLE_PREFIXES,
    SOVEREIGN_TITLES,
    THING_DESCRIPTORS,
    TITLES,
)
from transforms.name_context import follows_article, office_before
from transforms.name_spans import (
    given_name_gender,
    given_name_leaning,
    honorific_gender,
    without_joined_article,
)
from transforms.nlp import text_of, token_indices
from transforms.people import Mention
from transforms.quote_marks import ALL_MARKS
from transforms.role_phrases import (
    FORMER,
    KIN_INVERSE,
    PEOPLE_NOUNS,
    PROSECUTING_OFFICES,
    SPOKESPEOPLE,
    SUBJECT_DEPS,
    TITLE_ROLE,
    apposed_proper_noun,
    apposed_title_initials,
    definite,
    definite_role,
    founded,
    held_before,
    indefinite,
    owned_role_key,
    possessor,
    question_answerer,
    ranked_role,
    role_key,
    roles_around,
    stands_accused,
    title_initials,
    unnamed_person,
    unnamed_roles,
)

NOUN_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "case"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_PROSECUTING = re.compile(r"\bProsecuting, $")  # "Prosecuting, Helen Dowd said"
# where the article gives an age: "Okonkwo, 34,", "Nwankwo, who is 23 and", "Osei, now 34,",
# "Dlamini (47)", "34-year-old X"
_AGE_AFTER = re.compile(
    r",\s+(?:(?:who is |aged |now )?(?P<age>\d{1,3})(?:[,.;]| and | years old)"
    r"|an? (?P<apposed>\d{1,3})-year-old\b)"  # "Ó Duinnín, a 34-year-old electrician"
    r"|\s\((?:aged )?(?P<bracketed>\d{1,3})\)"
)
# an age before a person noun with no name after it: "their 47-year-old goalkeeper."
_AGED_NOUN = re.compile(r"\b(?P<age>\d{1,3})-year-old (?:[a-z-]+ )?(?P<noun>[a-z]+)[.,;]")
_AGE_BEFORE = re.compile(  # "61-year-old former Test opener R. Srinivasan"
    r"\b(?P<age>\d{1,3})-year-old"
    r"(?: (?!said\b|says\b|told\b|asked\b|and\b|with\b|to\b|of\b)[A-Za-z-]+){0,3}\s+$"
)
# an acronym the article defines for a title right before a name: "The Municipal Chief
# Executive (MCE), Hon. Kwabena Owusu-Sarpong," is "the MCE"
_ACRONYM_BEFORE = re.compile(r"\((?P<acronym>[A-Z]{2,6})\),? (?:[A-Z][a-z]*\.? ){0,2}$")
# a title's gloss in brackets before an apposed name: "The Apofohene (chief fisherman) of
# Abrekuma, "
_GLOSS_BEFORE = re.compile(
    r"\((?P<role>[a-z][a-z -]{2,30})\)(?: (?:of|for|in) (?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)?"
    r", (?:[A-Z][a-z]*\.? ){0,2}$"
)
# "the headmistress, Madam " right before a name: the role apposed to it
_ROLE_BEFORE = re.compile(r"\b[Tt]he (?P<role>[a-z-]+), (?:[A-Z][a-z]*\.? )?$")
# A role in apposition after a name, read from the words where the parse fails ("Mother
# Benedetta Ruscello, the convent’s abbess since 1996," with "’s" parsed as "is").
_APPOSED_ROLE = re.compile(r", (?:the|a|an) (?:[\w-]+['’]s )?(?P<words>(?:[a-z-]+ ){0,2}[a-z-]+)")
_APPOSED_ROLES = PERSON_NOUNS | OCCUPATIONS  # "X, the convent’s abbess"
# members of a parliament or an assembly, written as initials: "X, the MP for Ablekuma,"
_MEMBERS = MEMBER_INITIALS | {"mps", "mhk", "td"}
_LEDE_NOUNS = PEOPLE_NOUNS | OCCUPATIONS  # "A FURIOUS beekeeper has …"
# verbs of answering: negated, or after "declined to", their subject said nothing here
_UNANSWERED = frozenset({"respond", "reply", "answer", "comment", "return", "reach", "speak"})
_REFUSALS = frozenset({"decline", "refuse"})


def age_opening_clause(tok: Token) -> tuple[int, int] | None:
    """Where "the 58-year-old" stands that the parse hung on the verb after it ("the
    58-year-old paused before answering", parsed "the paused"), when it opens its clause:
    ``tok`` is its "old"."""
    doc = tok.doc
    if tok.lower_ != "old" or tok.i < 5 or tok.i + 1 >= len(doc):
        return None
    the = doc[tok.i - 5]  # "the", "58", "-", "year", "-", "old"
    if (
        doc[tok.i + 1].pos_ not in {"VERB", "AUX"}
        or the.lower_ != "the"
        or doc[tok.i - 2].lower_ != "year"
        or not (the.i == the.sent.start or doc[the.i - 1].is_punct)  # not "the mother of the …"
    ):
        return None
    return the.idx, tok.idx + len(tok)


def _named_subject(name: Token) -> bool:
    """The name is a subject, or apposed to one no pronoun owns ("The pharmacy's owner, Rajesh
    Agarwal," but not "Her daughter, Ruth Ellison,", whose her is someone else)."""
    if name.dep_ in {"nsubj", "nsubjpass"}:
        return True
    head = name.head
    return (
        name.dep_ == "appos"
        and head.dep_ in {"nsubj", "nsubjpass"}
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
    )


def noun_phrase(tok: Token) -> tuple[int, int]:
    """The speaker as written: the head noun with its determiners, modifiers and compounds."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in NOUN_PHRASE_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    end_tok = tok
    for child in tok.rights:
        if child.dep_ == "flat" or (child.dep_ == "compound"):
            end_tok = child
    if end_tok is tok and tok.lower_.rstrip(".") in _NAME_TITLES:
        # "Dr Whitely said", parsed with "Whitely" hung on the verb: the name that follows
        doc = tok.doc
        while end_tok.i + 1 < len(doc) and _name_word(doc[end_tok.i + 1]):
            end_tok = doc[end_tok.i + 1]
    return left.idx, end_tok.idx + len(end_tok)


_NAME_TITLES = HONORIFICS | PERSON_ONLY_TITLES  # "Dr", "Cllr": a name follows


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and tok.dep_ not in {"ROOT", "conj", "appos"}


class ArticleFacts:
    """What the article says of its people, from its names (``mentions``) and parse."""

    def __init__(self, doc: Doc, mentions: list[Mention], quoted: Sequence[tuple[int, int]] = ()):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._quoted = sorted(quoted)  # (start, end) of the quotes: their pronouns are not ours
        self._starts = [m.start for m in self.mentions]
        self.gender: dict[str, str] = {}
        self.roles: dict[str, set[str]] = {}  # "mayor" -> {"Rosa Delgado"}, below
        # (char, canonical, gender) of person subjects: canonical None for one not named ("a
        # nurse"), whose gender only its noun can tell ("a spokeswoman"); named ones: None
        self.subjects: list[tuple[int, str | None, str | None]] = []
        self._unnamed_nouns: dict[int, str] = {}  # where a subject not named stands: its noun
        self._definite: dict[str, set[str]] = {}  # "host" -> whom "the host" first named
        # (older, surname) -> whom "the elder Hollis" / "the younger Hollis" first named
        self._relative_of_age: dict[tuple[bool, str], str] = {}
        self._silent: set[int] = set()  # subjects who gave no answer ("declined to comment")
        self._gender_by_name(doc)
        self.roles = self._roles(doc)  # "mayor" -> {"Rosa Delgado"} when the text says so
        self.unnamed = unnamed_roles(doc)  # "spokesman" -> where "a spokesman" first appears
        self.lede: tuple[int, str] | None = None  # (token, person) of a lead's role noun
        self._delayed_lede(doc)
        self._described_lede(doc)
        self._dead = self._deceased(doc)  # "his father, X, who kept it … until his death"
        self.ages = self._ages(text_of(doc))  # "34" -> {"Augustine Okonkwo"}: "Okonkwo, 34,"
        self._aged_lede(doc)
        self.kin = self._kin(doc)  # ("Youssef Haddad", "daughter") -> {"Rania Haddad"}
        kin_genders: dict[str, set[str]] = {}  # "His sister, Thandi Mbeki": a she (not one
        for (_, relation), people in self.kin.items():  # who is "son or daughter" of hers)
            if (gender := NOUN_GENDER.get(relation)) is not None:
                for who in people:
                    kin_genders.setdefault(who, set()).add(gender)
        for who, genders in kin_genders.items():
            if len(genders) == 1:
                self.gender.setdefault(who, next(iter(genders)))
        for role, people in self.roles.items():  # "Cllr Meirion Parry, chairman of …": a he
            if len(people) == 1 and (gender := NOUN_GENDER.get(role.split()[-1])) is not None:
                self.gender.setdefault(next(iter(people)), gender)
        self._learn(doc)

    def _roles(self, doc: Doc) -> dict[str, set[str]]:
        """Role nouns the article attaches to names: "Mayor Rosa Delgado", "head librarian
        Gloria Pemberton", "Lena Marsh, the harbor commissioner,", "The mayor, Ngozi Adeyemi,",
        "Harold Pike, who was mayor" (a former mayor)."""
        roles: dict[str, set[str]] = {}
        text = text_of(doc)
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            found = list(roles_around(span)) + _roles_before(doc, span)
            title = _title_after(doc, span)
            if title is not None:  # "Ven. Welikanda Sumanasiri Thera said": the Thera
                found.append(title)
            if founded(span.root):  # "The group was founded in 2016 by Anele Dube"
                found.append("founder")
            if stands_accused(span.root):  # "Moxey, 41, denies 14 counts of fraud"
                found += ["accused", "defendant"]
            acronym = title_initials(doc, span.start)
            if acronym is not None:  # "District Health Officer Dr. Suresh Pandharkar": the DHO;
                # "the Agriculture Cabinet Secretary, Dr Halima Wario": the ACS and the CS
                found += [acronym[k:] for k in range(len(acronym) - 1)]
                # and the title before a rank: "Provincial Police Commander Chief
                # Superintendent Kepa Yandi" is the PPC
                found += [acronym[:k] for k in range(3, len(acronym))]
            found += apposed_title_initials(doc, span.end)  # "…, the Divisional Forest
            # Officer of Upper Kesang": the DFO
            found += _roles_written_before(text, m.start)
            # not the object of a relative clause the parse gave the main subject as an
            # apposition ("Pretorius, who represents Mahlangu, the ranger agreed")
            in_clause = span.root.dep_ in {"dobj", "pobj"} and any(
                a.dep_ == "relcl" for a in span.root.ancestors
            )
            if not in_clause:
                found += self._apposed_roles(span, m.canonical)
                found += _role_written_after(doc, m.end) + _member_written_after(text, m.end)
            for role in found:
                roles.setdefault(role, set()).add(m.canonical)
        self._add_predecessors(doc, roles)
        return roles

    def _apposed_roles(self, span: Span, who: str) -> list[str]:
        """The roles the name's apposition gives: any common noun in apposition to a name is a
        role ("…, the abbess of the convent,"), not a possessor ("…, the company's" is no
        role); so are the nouns joined to it ("…, the chief executive and the returning
        officer,"), and a possessed one is that owner's too ("…, Lee's lawyer,")."""
        found = []
        for appos in span.root.children:
            if (
                appos.dep_ == "appos"
                and appos.i >= span.end
                and _role_noun(appos)
                and not any(c.dep_ == "case" for c in appos.children)
            ):
                for noun in (appos, *appos.conjuncts):
                    if _role_noun(noun) and self._may_be(who, noun.lemma_):
                        former = held_before(noun)
                        found.append(role_key(noun.lemma_.lower(), former))
                        if (ranked := ranked_role(noun)) is not None:
                            found.append(ranked)
                        if (owner := possessor(noun)) is not None:
                            found.append(owned_role_key(owner, noun, former))
        return found

    def _deceased(self, doc: Doc) -> set[str]:
        """People a relative clause after their name says died ("William McIlwaine, who kept
        it from 1931 until his death in 1968"), when they are not the sentence's subject, and
        relatives named as late or as dying in a side clause ("His late father, Alec Dunnet,";
        "since their father, Tadesse Gurmu, passed away"): no "he said" of the article's
        present is theirs."""
        text = text_of(doc)
        dead = set()
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _late_relative(span.root):
                dead.add(m.canonical)
            if span is None or span.root.dep_ in SUBJECT_DEPS:
                continue
            for clause in span.root.children:
                if clause.dep_ == "relcl" and any(
                    t.lemma_.lower() in {"death", "die"} for t in clause.subtree
                ):
                    dead.add(m.canonical)
            # (also where the parse left "died" out of the clause: "to Hampton Bellamy, who
            # coached at Palmetto Ridge from 1979 to 2001, led the 1993 team and died in 2019")
            if _WHO_DIED.match(text, m.end):
                dead.add(m.canonical)
        return dead

    def _delayed_lede(self, doc: Doc) -> None:
        """ "A FURIOUS beekeeper has lifted the lid on …" then "Dad-of-three Martin Cheeseman,
        61, smelled a rat": the person a lead introduces by a role alone is the one the next
        sentence names as its subject, unless the article titles someone else with that role
        ("A Superior Court judge …" and "Judge Teresita Blas-Aguon"); "the beekeeper" is that
        person, not someone new."""
        sents = list(islice((s for s in doc.sents if s.text.strip()), 8))  # headline, byline, lead
        for lead, after in pairwise(sents):
            # its subject, or the subject of its "after" clause: "The festival will go ahead
            # after the Culture Minister stepped in with £40,000 …" then "Eamon Rafferty
            # announced the money"
            clauses = [c for c in lead.root.children if c.dep_ == "advcl"]
            nouns = [c for v in (lead.root, *clauses) for c in v.children if c.dep_ in SUBJECT_DEPS]
            noun = next(
                (c for c in nouns if c.lemma_.lower() in (_LEDE_NOUNS | PERSON_NOUNS)), None
            )
            if noun is None or noun.lemma_.lower() in SPOKESPEOPLE:
                continue  # (not "A police spokeswoman confirmed …": spokespeople go unnamed)
            if not indefinite(noun) and not self._opens_story(noun):
                continue  # "The former municipal manager … ¶ Bongani Mthembu, 58, was …"
            named = self._named_subjects(after)
            lemma = noun.lemma_.lower()
            former = any(c.lower_ in FORMER for c in noun.children)
            holders = self.roles.get(role_key(lemma, former), set())
            if len(holders) == 1 and not any(m.canonical in holders for m in named):
                named = [m for m in self.mentions if m.canonical in holders][:1]
            if named:
                self.roles.setdefault(role_key(lemma, former), set()).add(named[0].canonical)
                self.unnamed.pop(lemma, None)
                headline = text_of(doc).find("\n")  # may name the one the lead does not
                if all(
                    m.source == "byline" or m.start > noun.idx or m.end <= headline
                    for m in self.mentions
                ):
                    self.lede = (noun.i, named[0].canonical)  # "A senior councillor has …"
            return

    def _described_lede(self, doc: Doc) -> None:
        """ "Dana Kowalczyk walked into the fieldhouse …" then "By noon, the winningest coach
        in Harborline College history had announced he was done": a definite role that is
        the subject of the sentence after the lead's, whose subject is the first name of the
        story, is that person, when no one holds that role yet."""
        sents = list(islice((s for s in doc.sents if s.text.strip()), 8))
        text = text_of(doc)
        headline = text.find("\n")
        for lead, after in pairwise(sents):
            names = self._overlapping(lead.start_char, lead.end_char)
            if lead.start_char < headline or (names and all(m.source == "byline" for m in names)):
                continue  # the headline, the byline
            named = self._named_subjects(lead)
            noun = next((c for c in after.root.children if c.dep_ in SUBJECT_DEPS), None)
            if (
                named
                and named[0].source != "byline"
                and noun is not None
                and not any(mark in after.text for mark in ALL_MARKS)
                and noun.lemma_.lower() in _LEDE_NOUNS - SPOKESPEOPLE
                and definite(noun)
                and not any(c.dep_ in {"poss", "appos"} for c in noun.children)
                and self.mention_at(noun.idx, noun.idx + len(noun)) is None
            ):
                former = any(c.lower_ in FORMER for c in noun.children)
                role = role_key(noun.lemma_.lower(), former)
                if role not in self.roles and self._may_be(named[0].canonical, noun.lemma_):
                    self.roles[role] = {named[0].canonical}
            return

    def _aged_lede(self, doc: Doc) -> None:
        """ "… secured by a late penalty save from their 47-year-old goalkeeper." then "Colin
        Aldous, who made his debut …": the person of an age the lead gives no name is the
        one the next sentence names as its subject (when no one else has that age)."""
        sents = list(islice((s for s in doc.sents if s.text.strip()), 8))
        for lead, after in pairwise(sents):
            found = _AGED_NOUN.search(lead.text)
            if found is None or found["age"] in self.ages:
                continue
            if found["noun"] not in PERSON_NOUNS | OCCUPATIONS | ROLE_PREFIXES:
                continue
            named = self._named_subjects(after)
            if named and not self._overlapping(lead.start_char, lead.end_char):
                self.ages[found["age"]] = {named[0].canonical}
            return

    def _named_subjects(self, sent: Span) -> list[Mention]:
        """The names that are the subjects of the sentence's main verb."""
        return [
            m
            for c in sent.root.children
            if c.dep_ in SUBJECT_DEPS and (m := self.mention_at(c.idx, c.idx + len(c)))
        ]

    def _opens_story(self, noun: Token) -> bool:
        """A definite role ("the former municipal manager") opens the story: no one but the
        byline's reporter is named before it, and no one holds that role yet."""
        former = any(c.lower_ in FORMER for c in noun.children)
        return (
            definite(noun)
            and role_key(noun.lemma_.lower(), former) not in self.roles
            and all(m.source == "byline" or m.start > noun.idx for m in self.mentions)
        )

    def _may_be(self, person: str, noun: str) -> bool:
        """The person's gender, when known, does not contradict the noun's ("Mr Achebe,
        Amelia's mother, …" misparsed: the mother is not Mr Achebe), and the noun names no
        thing ("the chief, Nana X, a real estate company and their agents": no company)."""
        if noun.lower() in THING_DESCRIPTORS:
            return False
        wanted = NOUN_GENDER.get(noun.lower())
        return wanted is None or self.gender.get(person) in (None, wanted)

    def _add_predecessors(self, doc: Doc, roles: dict[str, set[str]]) -> None:
        """ "Mehta's predecessor, Graham Tillotson," / "her predecessor, Graham Tolliver,":
        the named person held the possessor's roles before, so "the former coach" is him."""
        for m, _, held in self._possessed_appositions(doc, {"predecessor"}):
            for role, people in list(roles.items()):
                if held in people and not role.startswith("former "):
                    roles.setdefault(role_key(role, True), set()).add(m.canonical)

    def _kin(self, doc: Doc) -> dict[tuple[str, str], set[str]]:
        """Relatives the article names: "Haddad's father, Youssef Haddad," gives Youssef as
        Rania Haddad's father and Rania as his daughter (or son, by her gender), so that "his
        daughter" after Youssef is Rania."""
        kin: dict[tuple[str, str], set[str]] = {}
        theirs: list[tuple[str, str, str]] = []  # (a parent, "son" or "daughter", the child)
        for m, noun, held in self._possessed_appositions(doc, KIN_INVERSE.keys()):
            if held == m.canonical:
                continue
            relation = noun.lemma_.lower()
            kin.setdefault((held, relation), set()).add(m.canonical)
            for inverse in KIN_INVERSE[relation]:
                if self._may_be(held, inverse):
                    kin.setdefault((m.canonical, inverse), set()).add(held)
            owner = possessor(noun)
            if relation in {"son", "daughter"} and owner is not None and owner.lower_ == "their":
                theirs.append((held, relation, m.canonical))
        # "their daughter" after "his wife, Marcia": the couple's, her husband's too
        for parent, relation, child in theirs:
            for spouse_noun, parent_noun in (("husband", "father"), ("wife", "mother")):
                for spouse in kin.get((parent, spouse_noun), set()):
                    kin.setdefault((spouse, relation), set()).add(child)
                    kin.setdefault((child, parent_noun), set()).add(spouse)
        # one parent's children are each other's siblings: "His son, Dale," and "his
        # daughter, Jody," then "her brother" after Jody is Dale
        for parent in {parent for parent, _ in kin}:
            sons, daughters = kin.get((parent, "son"), set()), kin.get((parent, "daughter"), set())
            for child, other in permutations(sons | daughters, 2):
                sibling = "brother" if other in sons else "sister"
                kin.setdefault((child, sibling), set()).add(other)
        # and a sibling's parent of the same surname is theirs: "Jody's father, Elwin
        # Thibodeau," and "Her brother, Dale Thibodeau," then "his father" after Dale is Elwin
        for (child, relation), siblings in list(kin.items()):
            if relation not in {"brother", "sister"}:
                continue
            for parent_noun in ("father", "mother"):
                for sibling in siblings:
                    parents = {
                        p
                        for p in kin.get((child, parent_noun), ())
                        if p.split()[-1] == sibling.split()[-1]
                    }
                    if parents and (sibling, parent_noun) not in kin:
                        kin[(sibling, parent_noun)] = parents
        return kin

    def _possessed_appositions(
        self, doc: Doc, nouns: Collection[str]
    ) -> Iterator[tuple[Mention, Token, str]]:
        """(name, noun, the possessor's person) for each name in apposition to a possessed
        noun of ``nouns``: "Haddad's father, Youssef Haddad," gives Youssef, "father", Rania
        Haddad."""
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            # the noun the name is apposed to, or one apposed to the name ("Fiona Stannard,
            # Tim's younger sister,")
            held_nouns = [span.root.head] if span.root.dep_ == "appos" else []
            held_nouns += [
                c
                for c in span.root.children
                if c.dep_ == "appos"
                and c.i >= span.end
                # not a list's next relative with a name of their own ("Eirian, their son Huw")
                and not any(g.pos_ == "PROPN" and g.dep_ != "poss" for g in c.children)
            ]
            owned = [(noun, noun) for noun in held_nouns]  # (kin noun, the noun owned)
            # "their son Iain and daughter Catriona": the kin noun before the next name of a
            # list, owned by whoever owns the noun the list's first name is apposed to
            first = span.root.head
            if span.root.dep_ == "conj" and first.dep_ == "appos":
                owned += [
                    (c, first.head)
                    for c in span.root.children
                    if c.dep_ == "compound" and c.i < span.start and possessor(c) is None
                ]
            for noun, owned_noun in owned:
                owner = possessor(owned_noun) if noun.lemma_.lower() in nouns else None
                if owner is None:
                    continue
                held = self._family_of(m) if owner.lower_ == "their" else self._person_of(owner)
                if owner.lower_ in {"his", "her"}:  # "His son, Caleb Ostrander," after someone
                    # else spoke: Ostrander's, the one other of that surname and gender
                    gender = "m" if owner.lower_ == "his" else "f"
                    family = [w for w in self._namesakes(m) if self.gender.get(w, gender) == gender]
                    held = family[0] if len(family) == 1 else held
                if held is not None:
                    yield m, noun, held

    def _namesakes(self, m: Mention) -> list[str]:
        """The others named in full with ``m``'s surname."""
        if " " not in m.canonical:
            return []
        surname = m.canonical.rsplit(" ", 1)[1]
        return sorted(
            {
                x.canonical
                for x in self.mentions
                if x.canonical != m.canonical and x.canonical.endswith(" " + surname)
            }
        )

    def _family_of(self, m: Mention) -> str | None:
        """Whose relative "their" makes ``m``: of the others named in full with ``m``'s
        surname, the one named most ("Their daughter, the harpist Eirian Pugh," is Eurig
        Pugh's, not that of whoever was named last); no one when ``m`` has no surname. A
        double surname's first part is the family's: "their daughter, Dr Keisha
        Gittens-Clarke" is Everton Gittens's."""
        namesakes = set(self._namesakes(m))
        surname = m.canonical.rsplit(" ", 1)[-1]
        if not namesakes and " " in m.canonical and "-" in surname:
            first = surname.split("-")[0]
            namesakes = {x.canonical for x in self.mentions if x.canonical.endswith(" " + first)}
        family = Counter(x.canonical for x in self.mentions if x.canonical in namesakes)
        return family.most_common(1)[0][0] if family else None

    def _person_of(self, owner: Token) -> str | None:
        """The person a possessor names: a name, "whose" as the name its clause is about
        ("Kowalczyk, whose wife, Danuta Kowalczyk,"), or "his"/"her" as the person of that
        gender named last."""
        if owner.lower_ == "whose":
            owner = next((a.head for a in owner.ancestors if a.dep_ == "relcl"), owner)
        if owner.pos_ == "PRON":
            if self._in_quote(owner.idx):
                return None  # "“His wife Sina has sold the pigs,” Leota said": the speaker's he
            gender = "m" if owner.lower_ in MALE else "f" if owner.lower_ in FEMALE else None
            return self._subject_named_last(owner, gender) or self._named_last(owner.idx, gender)
        named = self.mention_at(owner.idx, owner.idx + len(owner))
        if named is None and owner.tag_ == "NN" and definite_role(owner):
            # "the councillor’s father, Pádraig Ó Briain,": the one the article made councillor
            holders = self.roles.get(owner.lemma_.lower(), set())
            return next(iter(holders)) if len(holders) == 1 else None
        return named.canonical if named is not None else None

    def _subject_named_last(self, owner: Token, gender: str | None) -> str | None:
        """The person of ``gender`` last named as a subject (or apposed to one) before the
        sentence of the possessive ``owner``, when no one of that gender is named in it:
        "Corliss also ran the bake sale. ¶ Her daughter, Ruth Ellison," is Corliss's daughter,
        not that of "his wife, Linda", named since."""
        for m in reversed(self.mentions):
            if m.start >= owner.idx or m.source == "byline" or self._in_quote(m.start):
                continue
            if gender is not None and self.gender.get(m.canonical, gender) != gender:
                continue
            if m.start >= owner.sent.start_char:
                return None  # "the mayor, Jennifer Hulme, and her predecessor": the one named last
            span = owner.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _named_subject(span.root):
                return m.canonical
        return None

    def _ages(self, text: str) -> dict[str, set[str]]:
        """Ages the article gives people: "Okonkwo, 34,", "Nwankwo, who is 23", "the 19-year-old
        guard Maren Solheim"."""
        ages: dict[str, set[str]] = {}
        for m in self.mentions:
            after = _AGE_AFTER.match(text, m.end)
            before = _AGE_BEFORE.search(text[max(0, m.start - 40) : m.start])
            for found in (after, before):
                if found is not None:
                    age = found.group("age") or found.group("apposed")
                    age = age or found.groupdict().get("bracketed")
                    ages.setdefault(age, set()).add(m.canonical)
        return ages

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The first name mention overlapping ``[start, end)`` (a speaker written as
        "Flynn, a top Trump surrogate," is Flynn)."""
        found = self._overlapping(start, end)
        return found[0] if found else None

    def _overlapping(self, start: int, end: int) -> list[Mention]:
        """The name mentions overlapping ``[start, end)``, in order."""
        i = bisect_right(self._starts, end) - 1
        found = []
        while i >= 0 and self.mentions[i].end > start - 40:
            m = self.mentions[i]
            if m.start < end and start < m.end:
                found.append(m)
            i -= 1
        return found[::-1]

    def _gender_by_name(self, doc: Doc) -> None:
        """ "Mr Lee" is a he, "Ms Lee" a she, and so is "Chloe Marsh": an honorific anywhere
        in the article, else the clauses on the name (``_own_clause_gender``), else a given
        name of one gender, tells whom "she" can be before any pronoun does."""
        text = text_of(doc)
        surnames = Counter(m.split()[-1] for m in {m.canonical for m in self.mentions})
        for gender_of in (
            lambda m: honorific_gender(text, m.start),
            lambda m: self._own_clause_gender(doc, m),
            lambda m: _says_of_self(text, m.canonical, surnames),
            lambda m: given_name_gender(m.canonical),
        ):
            for m in self.mentions:
                gender = gender_of(m)
                if gender is not None:
                    self.gender.setdefault(m.canonical, gender)

    def _own_clause_gender(self, doc: Doc, m: Mention) -> str | None:
        """The gender the name's own clauses give it: a possessive in its relative clause
        ("Mkhize, who is serving her first term,": a woman, whatever most Thandos are), or the
        he or she of an adverbial clause on its verb ("Ally McCorkindale hit out at the board
        after he was sacked"). Not for a relative apposed to someone's kin noun."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or self._in_quote(m.start):
            return None
        # a noun of one gender beside the name: "Lwandile Dube – the captain’s mother –",
        # "His sister, Thandi Mbeki," (whatever most Lwandiles or Thandis are)
        root = span.root
        set_off = span.end < len(doc) and doc[span.end].text in {",", "–", "—", "("}
        beside = [  # not "Sanders’ son" (a possessive), "Rosalind, 78; her son, Declan" (a list)
            c
            for c in root.children
            if set_off
            and c.dep_ == "appos"
            and c.i >= span.end
            and not any(o.pos_ == "PRON" for o in c.children if o.dep_ == "poss")
        ]
        if root.dep_ == "appos" and root.head.i < span.start:
            beside.append(root.head)
        for noun in beside:
            if noun.pos_ == "NOUN" and (gender := NOUN_GENDER.get(noun.lemma_.lower())):
                return gender
        if root.dep_ == "appos" and possessor(root.head) is not None:
            return None  # "Her husband, Olivier Gagnon, who manages her accounts,": hers
        for clause in root.children:
            if clause.dep_ != "relcl" or not any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children
            ):
                continue
            for tok in clause.subtree:
                if (
                    tok.dep_ == "poss"
                    and not _in_inner_clause(tok, clause)
                    and tok.lower_ in {"his", "her"}
                    and tok.head.lemma_.lower() not in _WORKS
                    and not _someone_elses(tok)
                ):  # (not "Dr. Sabbagh, who taught his poetry": the poet's)
                    return "m" if tok.lower_ == "his" else "f"
        if root.dep_ in SUBJECT_DEPS:  # "X hit out at the board after he was sacked"
            for clause in root.head.children:
                if clause.dep_ != "advcl" or clause.i < root.i:  # not "said she", who
                    # may be someone else ("Lorcan said she applied the rule at home")
                    continue
                between = (root.head.idx, clause.left_edge.idx)
                if any(o.canonical != m.canonical for o in self._overlapping(*between)):
                    continue  # "Shea Lindquist praised Kenna Vogel's defense …, when she
                    # forced two turnovers": maybe the other one's
                # not against the possessive of its own object: "Benigno shook his head as
                # she spoke" (someone else)
                owned = {
                    "m" if o.lower_ == "his" else "f"
                    for c in root.head.children
                    if c.dep_ == "dobj"
                    for o in c.children
                    if o.dep_ == "poss" and o.lower_ in {"his", "her"}
                }
                for c in clause.children:
                    if c.dep_ in SUBJECT_DEPS and c.lower_ in {"he", "she"}:
                        gender = "m" if c.lower_ == "he" else "f"
                        return gender if owned <= {gender} else None
        return None

    def _side_subject_after_named(self, subject: Token) -> bool:
        """The subject of a side clause (a "when" or "who" clause), a name, someone's relative
        or a noun with a name apposed, that comes after its sentence's own subject, a name or a
        he or she ("Phiri adjourned the matter to May 14, when Banda is expected to …", "She
        recalled … while a colleague, Dr Isa Fardan, was on leave"), or after the subject whose
        who-clause it hangs in ("Jowan Tremayne, who took over when Mr Hendra stepped back,
        said")."""
        clause = subject.head
        if clause.dep_ not in _SIDE_CLAUSES or (
            subject.pos_ != "PROPN"
            and possessor(subject) is None
            and not any(c.dep_ == "appos" for c in subject.children)
        ):
            return False  # (not "who", naming the one its clause is about; but "… since his
            # father, the late Ignacio Kapileo, received the land", "… while a colleague,
            # Dr Isa Fardan, was on leave")
        main = clause.head
        while (
            main.dep_ in _SIDE_CLAUSES | {"conj", "prep", "pobj", "dobj", "xcomp"}
            and main.head != main
        ):
            main = main.head
        subjects = [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if (stranded := stranded_subject(main)) is not None:
            subjects.append(stranded)  # "Kinsey Vrana, 17, drove … as Kreifels fouled her"
        if main.dep_ in SUBJECT_DEPS and clause.head != main:
            # the walk went up a "who" clause to its subject: "Jowan Tremayne, who took over
            # when Mr Hendra stepped back in 2005, said" (not the "who" clause's own subject:
            # "Pete Davidson (whom Kanye recently dissed) may have been …" leaves Kanye in
            # focus)
            subjects.append(main)
        return any(
            c.i < subject.i
            and (
                self.mention_at(c.idx, c.idx + len(c)) is not None
                # "She recalled running three clinics while a colleague, Dr Isa Fardan,
                # was on leave": the one "she" stands for keeps the focus
                or (c.lower_ in MALE | FEMALE and subject.pos_ == "NOUN")
                # "A bar owner who punched … was fined, after the Magistrate rejected his
                # claim" when the next sentence names the bar owner
                or (self.lede is not None and self.lede[0] == c.i)
            )
            for c in subjects
        )

    def _reported_after_named(self, subject: Token) -> bool:
        """The subject of the clause a named person's verb reports ("Gopinath submitted that
        the secretary, Sasidharan, had cleared the loans"): the reporter keeps the focus
        (called for a described subject only: after "Flynn said Trump was right when he
        said", "he" is Trump)."""
        clause = subject.head
        if subject.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return False
        return any(
            c.dep_ == "nsubj" and c.i < subject.i and self.mention_at(c.idx, c.idx + len(c))
            for c in clause.head.children
        )

    def _reported_self(self, subject: Token) -> str | None:
        """The gender of the he or she that opens the clause the subject's verb reports, out
        of quote marks ("the ranger agreed that she had not seen …": a woman), or of the
        subject's own way ("the coach said on her way to the bus")."""
        if subject.dep_ in SUBJECT_DEPS and (own := _own_phrase(subject.head, {"on"}, "way")):
            return own
        for clause in subject.head.children if subject.dep_ in SUBJECT_DEPS else ():
            if clause.dep_ == "ccomp":
                for c in clause.children:
                    if (
                        c.dep_ == "nsubj"
                        and c.lower_ in MALE | FEMALE
                        and not self._in_quote(c.idx)
                    ):
                        return "m" if c.lower_ in MALE else "f"
        return None

    def _given_role(self, noun: Token) -> bool:
        """ "the Senior Magistrate", "the magistrate": a definite title the article gave
        someone ("Senior Magistrate Ianthe Sutherland-Browne"); also its initials ("the
        Regional Commissioner, Ms Halima Mpondela," then "The RC thanked …")."""
        initials = noun.text.isupper() and len(noun.text) > 1
        return (
            noun.tag_ in {"NN", "NNP"}
            and noun.lemma_.lower() in self.roles
            # a person's ("the festival" may be a place's)
            and (noun.lemma_.lower() in TITLES or initials)
            and definite(noun)
            and not any(c.dep_ == "poss" for c in noun.children)
        )

    def _subject_tokens(self, doc: Doc) -> tuple[list[int], dict[int, tuple[int, int]]]:
        """The indices of the words that may set the focus (subjects, the agent of a main
        clause's passive, the source "according to" names, fronted subjects, a noun the parse
        made its sentence's root, a name the parse left out of its verb's subject or hung on a
        verb with no subject), and the ages opening a clause ("The 34-year-old paused"), by
        index, with their spans."""
        # the agent of a main clause's passive is its subject too: "The study was led by Lee"
        # and so is the source "according to" names: "…”, according to Anjali Desai."
        agents = [
            i
            for i in token_indices(doc, dep=("pobj",))
            if (doc[i].head.dep_ == "agent" and doc[i].head.head.dep_ == "ROOT")
            or (doc[i].head.lower_ == "to" and doc[i].head.head.lower_ == "according")
            or _fronted_for(doc[i])
        ]
        clause_heads = {
            doc[i].head.i for i in token_indices(doc, dep=("advcl", "prep", "npadvmod", "csubj"))
        }
        fronted = [s.i for h in clause_heads if (s := fronted_subject(doc[h])) is not None]
        self._fronted = set(fronted)
        # a noun or name the parse made its sentence's root, a participle describing it:
        # "Haines’ mother, Doreen Haines, watched from the second row …"
        rooted = [i for i in token_indices(doc, dep=("ROOT",)) if _participle_root(doc[i])]
        aged = {
            i: span
            for i in token_indices(doc, dep=("amod",))
            if (span := age_opening_clause(doc[i])) is not None
        }
        # a name the parse left out of its verb's subject ("Harnish admits he thought …",
        # "Harnish" read as an adjective): the verb's subject
        orphans = [
            i - 1
            for i in token_indices(doc, dep=("ROOT",))
            if doc[i].pos_ == "VERB"
            and i > doc[i].sent.start
            and doc[i - 1].dep_ != "punct"
            and not any(c.dep_ in SUBJECT_DEPS for c in doc[i].children)
            and self.mention_at(doc[i - 1].idx, doc[i - 1].idx + len(doc[i - 1])) is not None
        ]
        stranded = [
            s.i
            for i in token_indices(doc, dep=("ROOT",))
            if doc[i].pos_ == "VERB" and (s := stranded_subject(doc[i])) is not None
        ]
        # a name the parse hung as a modifier on a root verb with no subject ("In a statement
        # read to the court, the Rev Ann Lee, vicar of …, described …", "read" the root)
        loose = [
            c.i
            for i in token_indices(doc, dep=("ROOT",))
            if doc[i].pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in doc[i].children)
            for c in doc[i].children
            if c.dep_ == "npadvmod" and self.mention_at(c.idx, c.idx + len(c)) is not None
        ]
        found = token_indices(doc, dep=SUBJECT_DEPS) + agents + fronted + rooted + list(aged)
        found += orphans + stranded + loose
        # not the object of a preposition the parse left without one, but what it apposed to
        # it ("Under cross-examination by defence lawyer Dr Bsharat, the accountant conceded",
        # "Testifying before Magistrate X, Maarten Hoogeveen, 58, said": the parse's subject
        # is the object, the real one its apposition)
        found = [_apposed_to_bare_object(doc[i]) for i in found]
        found = [i for i in found if i is not None]
        return sorted(set(found)), aged

    def _subject_mention(self, tok: Token) -> Mention | None:
        """The mention a subject word is, or a relative pronoun stands for ("Sigurðardóttir,
        who gave evidence": her)."""
        m = self.mention_at(tok.idx, tok.idx + len(tok))
        if m is None and tok.pos_ == "NOUN" and tok.head.lemma_ == "be":  # "The charge nurse
            # is Lagi Tufuga": the one named
            m = next(
                (
                    found
                    for c in tok.head.children
                    if c.dep_ == "attr" and (found := self.mention_at(c.idx, c.idx + len(c)))
                ),
                None,
            )
        if m is None and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            antecedent = tok.head.head  # "Sigurðardóttir, who gave evidence": her
            m = self.mention_at(antecedent.idx, antecedent.idx + len(antecedent))
            if m is None and antecedent.dep_ == "appos":
                antecedent = antecedent.head  # "Mikayla Dunn, a jillaroo who had started"
                m = self.mention_at(antecedent.idx, antecedent.idx + len(antecedent))
            if m is None:  # "the head coach, Lwandile Dube – …– who took over": the name
                # apposed to the noun the clause hangs on
                m = next(
                    (
                        found
                        for c in antecedent.children
                        if c.dep_ == "appos"
                        and (found := self.mention_at(c.idx, c.idx + len(c))) is not None
                    ),
                    None,
                )
            if m is None and tok.lower_ == "who":  # hung on a thing inside the person's
                # description: "Dr Penhaligon, an ecologist commissioned by the parish
                # council, who said": the one the description is of
                m = self._described_by(antecedent)
        return m

    def _described_by(self, tok: Token) -> Mention | None:
        """The named person whose description a word sits in, up through the description's
        prepositions, participles and appositions."""
        while tok.dep_ in {"pobj", "agent", "prep", "acl", "appos"} and tok.head is not tok:
            tok = tok.head
            m = self.mention_at(tok.idx, tok.idx + len(tok))
            if m is not None:
                return m
        return None

    def _vote(
        self,
        doc: Doc,
        tok: Token,
        votes: dict[str, Counter[str]],
        reported: dict[str, str],
        leanings: dict[str, str],
    ) -> None:
        """The he or she subject ``tok`` votes for the gender of whom it stands for (twice
        when it reports that person's own words: "Lee said he would"); ``reported`` keeps
        the gender such words gave."""
        text = text_of(doc)
        said = "m" if tok.lower_ in MALE else "f"
        if tok.head.dep_ == "ccomp" and _other_one_in_clause(tok):
            return  # "Paswan says he never charged her": whose gender, it does not say
        # not for one whose given name leans the other way ("Orla Walsh" and "he"),
        # unless the pronoun reports that person's own words ("Alex Moreno … said
        # she had": a woman called Alex) or no one else could be meant
        skip = self._talked_about(text, tok.idx)
        known_now = {**reported, **self.gender}
        skip |= {who for who, known in known_now.items() if known != said}  # "Gareth"
        leaning_away = set()
        spoke_last = self._last_speaking(doc, tok)  # "Jordan Pryce said …" "she said"
        if tok.head.dep_ != "ccomp":
            leaning_away = {who for who, lean in leanings.items() if lean != said}
            leaning_away -= spoke_last
        answer = self._answer(doc, tok.idx, said, skip)  # not who asked: "“…?” Justice
        # Arch asked. ¶ “…,” she replied"
        who = answer.person if answer is not None else None
        if who is None:
            who = self._recent(tok.idx, None, None, skip | leaning_away)
        if who is None and leaning_away:
            who = self._recent(tok.idx, None, None, skip)
        if who is not None:  # "Lee said he would": the surest vote, which the
            # pronouns after it heed ("Cllr Ceri Pryce … said he would fight it")
            reports = tok.head.dep_ == "ccomp" or who in spoke_last
            votes.setdefault(who, Counter())[said] += 2 if reports else 1
            if reports:
                reported.setdefault(who, said)

    def _learn(self, doc: Doc) -> None:
        """Walk subjects in order: person subjects set the focus; a he or she subject votes for
        the gender of the person in focus, and the majority decides a gender not yet known."""
        votes: dict[str, Counter[str]] = {}
        reported: dict[str, str] = {}  # the gender a person's own reported words gave
        leanings = {
            m.canonical: lean
            for m in self.mentions
            if m.canonical not in self.gender
            and (lean := given_name_leaning(m.canonical)) is not None
        }
        found, aged = self._subject_tokens(doc)
        for i in found:
            tok = _after_stranded_preposition(doc[i]) or doc[i]
            if i in aged:  # "The 34-year-old paused before answering. “…,” she said."
                who = self.resolve(doc, *aged[i])
                if who is not None and not self._in_quote(tok.idx):
                    self.subjects.append((aged[i][0], who, None))
                continue
            if _silent(tok.head):
                self._silent.add(tok.idx)  # "The board's chair did not respond": not the
                # next "he said", though "his wife" may be the chair's
            m = self._subject_mention(tok)
            if m is not None and follows_article(doc, m.start, m.end):
                continue  # "the Anfield crowd": a name used as a modifier, not a person
            if m is not None and self._in_quote(tok.idx):
                continue  # "“Nadia kept us sane,” she added": a person the speaker talks about
            if m is not None and _joint_subject(tok):
                continue  # "Saha and Nath were caught": two people, whom no "she" stands for
            if m is not None and self._side_subject_after_named(tok):
                continue  # "Phiri adjourned the matter to May 14, when Banda is expected to
                # open his defence. “…,” she warned": Phiri keeps the focus
            if m is None and tok.pos_ == "NOUN" and self._reported_after_named(tok):
                continue  # "Adv. Sindhu Gopinath submitted that the former secretary, M.K.
                # Sasidharan, had cleared the loans. “…,” she said": Gopinath keeps it
            apposed = None
            if m is None:
                apposed = self._apposed_name(tok)
                person = person_in_apposition(tok)
                if apposed is None and person is not tok:
                    # "Outside court, Van der Merwe's daughter, Elize, told": the parse's
                    # subject is "court", the person in apposition to it
                    apposed = self._apposed_name(person)
                if (
                    apposed is None
                    and possessor(tok) is not None
                    and tok.head.dep_ in {"ccomp"} | _SIDE_CLAUSES
                ):
                    continue  # "Hollis said his son had phoned him", "… said he cried when
                    # his son read him the ruling": the reporter keeps focus
                if apposed is not None and self._side_subject_after_named(tok):
                    continue  # "Benigno, 78, has grazed cattle there since his father, the
                    # late Ignacio Kapileo, received the land": Benigno keeps the focus
                if apposed is None:
                    apposed = self._owned_role(tok)
                if apposed is None and self.lede is not None and self.lede[0] == tok.i:
                    apposed = self.lede[1]  # "A bar owner who punched …" whom the next names
                if (
                    apposed is None
                    and tok.lemma_.lower() not in PEOPLE_NOUNS
                    and tok.head.dep_ != "relcl"  # not "…, at which Jonas's caucus is to"
                ):
                    apposed = self._owner_named(tok)  # "Ms Lee's testimony came when …"
            if m is not None or apposed is not None:  # "Lee" / "The abbess's deputy, Ann Lee,"
                who = apposed or self._elder_or_younger(tok, m.canonical)  # "The elder Lee"
                self.subjects.append((tok.idx, who, None))
                if (own := _own_possessive(tok)) is not None:
                    votes.setdefault(who, Counter())[own] += 2  # as sure as "X said he"
                    reported.setdefault(who, own)
            elif (
                unnamed_person(tok)
                and not self._in_quote(tok.idx)
                and not _generic(tok)
                # not one a side clause mentions: "X recalled the afternoon when a colleague
                # collapsed beside him. “…,” he told …" is X
                and (tok.head.dep_ not in _SIDE_CLAUSES or i in self._fronted)
                and not _reported_by_person(tok)
                # not one who asks another: "Another reporter wanted to know whether he
                # would be back" (he is not the reporter)
                and not (tok.dep_ == "nsubj" and question_answerer(tok.head) is not None)
            ):
                # "one resident", "the minister's aide": the "she" after it is not named
                self.subjects.append((tok.idx, None, NOUN_GENDER.get(tok.lower_)))
                self._unnamed_nouns[tok.idx] = tok.lemma_.lower()
            elif (age := self._age_described(doc, tok)) is not None:
                # "the 47-year-old plumber will run out …": the one of that age, else the
                # one in focus, of that age now
                who = self.resolve(doc, *noun_phrase(tok))
                if who is not None:
                    self.subjects.append((tok.idx, who, None))
                    self.ages.setdefault(age, {who})
            elif (
                (definite_role(tok) or self._given_role(tok))
                and not self._in_quote(tok.idx)
                and not self._side_subject_after_named(tok)  # "…, after the Magistrate …"
            ):
                # "the host" sets the focus too, and stays the one it named first; so does a
                # title the article gave someone ("the Senior Magistrate noted")
                who = self.resolve(doc, *noun_phrase(tok))
                if who is not None:
                    self.subjects.append((tok.idx, who, None))
                    self._definite.setdefault(tok.lemma_.lower(), {who})
            elif (
                tok.lower_ in MALE | FEMALE
                and not self._in_quote(tok.idx)
                and tok.head.dep_ not in _SIDE_CLAUSES  # "… before he had a chance": not hers
                and not _of_the_owner(tok)
                and not self._answers_the_asker(doc, tok)
            ):
                self._vote(doc, tok, votes, reported, leanings)
        for who, counts in votes.items():
            (top, n), *rest = counts.most_common()
            if not rest or rest[0][1] < n:
                self.gender.setdefault(who, top)
        for who, lean in leanings.items():  # whom no pronoun settled: most Orlas are women
            self.gender.setdefault(who, lean)

    def _answers_the_asker(self, doc: Doc, pronoun: Token) -> bool:
        """The he or she replies to a question the person in focus asked or put ("Mayor Anibar
        then put a question to him directly: “…?” ¶ “…,” he replied"): the one asked, not the
        asker, whose gender it says nothing of."""
        if pronoun.head.lemma_.lower() not in _REPLY_LEMMAS or not self.subjects:
            return False
        at = self.subjects[-1][0]
        asker = doc.char_span(at, at + 1, alignment_mode="expand")
        if asker is None:
            return False
        subject = asker.root
        while subject.dep_ in {"compound", "flat"}:
            subject = subject.head  # "Mayor" of "Mayor Tarlang Anibar"
        verb = subject.head
        return verb.lemma_.lower() == "ask" or puts_a_question(verb)


_PUTTING = frozenset({"put", "pose", "direct", "address"})
QUESTIONS = frozenset({"question", "query"})  # what one puts, poses or fields


def puts_a_question(verb: Token, objects: Collection[str] = QUESTIONS) -> bool:
    """``verb`` puts a question to someone ("put a question to him", "posed the query",
    "addressed his question to the chair")."""
    return verb.lemma_.lower() in _PUTTING and any(
        c.lemma_.lower() in objects for c in verb.children
    )


def _of_the_owner(pronoun: Token) -> bool:
    """The he or she follows, in its sentence, a subject that is his or her someone ("his
    daughter was asked what he had told the team"): the owner, not the subject."""
    male = pronoun.lower_ in MALE
    for tok in pronoun.sent:
        if tok.i >= pronoun.i:
            return False
        owner = next((o for o in tok.children if o.dep_ == "poss"), None)
        if (
            tok.dep_ in SUBJECT_DEPS
            and owner is not None
            and owner.lower_ in {"his", "her"}
            and (owner.lower_ == "his") == male
        ):
            return True
    return False


def _someone_elses(possessive: Token) -> bool:
    """A possessive in a who-clause that is another's: "…, who first sat in a gig under his
    eye" (a mentor's), "…, who was one of his pupils" (a teacher's)."""
    noun = possessive.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ == "under" or (
        prep.lower_ == "of" and (prep.head.pos_ == "NUM" or prep.head.lower_ in _PARTS)
    )


# Words for some of a group, before "of": "one of his pupils", "two of her students"
_PARTS = frozenset({"one", "some", "many", "several", "most", "all", "each", "few", "none"})


def _in_inner_clause(tok: Token, clause: Token) -> bool:
    """``tok`` sits in a clause with a subject of its own inside ``clause``: "Dr Jaimi, who
    trained at the herbarium that now bears his name," (the herbarium's namesake's "his")."""
    return any(
        any(c.dep_ in SUBJECT_DEPS for c in a.children)
        for a in tok.ancestors
        if a.i != clause.i and clause in a.ancestors
    )


# Clauses whose subject pronoun may be someone other than the person in focus: "she argued
# that her client had been convicted before he had a chance to respond".
_SIDE_CLAUSES = frozenset({"advcl", "relcl", "acl"})
# a relative clause on a name that says the person died years ago: ", who coached … and died
# in 2019" (not an obituary's "…, who died on Monday", whose old words the article quotes)
_WHO_DIED = re.compile(r",? who\b[^.!?\n“”\"]*\b(?:died|passed away) in \d{4}\b")
_REPLY_LEMMAS = frozenset({"reply", "answer", "respond", "retort"})


def fronted_subject(verb: Token) -> Token | None:
    """ "Quashing the conviction, Lady Justice Armitage, sitting with …, said": the name the
    parse hung on the fronted participle (as a modifier) when the verb has no subject."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(c.dep_ != "csubj" or c.tag_ != "VBG" or c.i > verb.i for c in subjects):
        return None  # a fronted participle as the subject is the parse's slip: "Addressing
        # the marchers, the chief executive, Ms X, commended …"
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and clause.tag_ in {"VBG", "VBN"}:
            for c in clause.children:
                if c.dep_ == "npadvmod" and c.i > clause.i and _ends_before(c, verb):
                    return c  # "When contacted, a spokeswoman for the ministry, who …, said"
                if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > clause.i:
                    return c
        if clause.dep_ in {"prep", "csubj"} and clause.i < verb.i:
            closing = _closing_apposition(clause, verb)
            if closing is not None:
                return closing
        if (  # "Andrea, already dubbed the “Little Queen” by local radio, said": the name
            clause.dep_ == "npadvmod"  # the parse hung on the participle
            and clause.i < verb.i
            and clause.is_sent_start
            and clause.ent_type_ == "PERSON"
        ):
            return clause
    return None


def _late_relative(name: Token) -> bool:
    """The name is apposed to a kin noun that is "late" ("His late father, Alec Dunnet,") or
    that is the subject of dying in a side clause ("since their father, X, passed away")."""
    kin = name.head
    if name.dep_ != "appos" or kin.lemma_.lower() not in KIN_NOUNS:
        return False
    if any(c.lower_ == "late" for c in kin.children):
        return True
    verb = kin.head
    dies = verb.lemma_ == "die" or (
        verb.lemma_ == "pass" and any(c.lower_ == "away" for c in verb.children)
    )
    return kin.dep_ == "nsubj" and dies and verb.dep_ in _SIDE_CLAUSES


def stranded_subject(verb: Token) -> Token | None:
    """ "With the game tied at 45, Kinsey Vrana, 17, drove the baseline", "Reached by phone,
    Gatkuoth, a laboratory technician, said": the name (with its age or apposition) the parse
    hung on the clause before, ending right before a verb with no subject."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return next(
        (
            t
            for t in verb.sent
            if t.i < verb.i
            and t.dep_ in {"npadvmod", "appos"}
            and t.pos_ == "PROPN"
            and _ends_before(t, verb)
        ),
        None,
    )


def _fronted_for(tok: Token) -> bool:
    """ "For Gurpreet, the change is already visible": the person a sentence opens on."""
    prep, end = tok.head, tok.right_edge.i + 1
    return (
        prep.lower_ == "for"
        and prep.is_sent_start
        and end < len(tok.doc)
        and tok.doc[end].text == ","
    )


def _ends_before(phrase: Token, verb: Token) -> bool:
    """``phrase`` (a noun with all it governs) ends right before ``verb``, its comma between."""
    end = phrase.right_edge.i
    return end + 1 == verb.i or (end + 2 == verb.i and verb.doc[end + 1].text == ",")


def _closing_apposition(phrase: Token, verb: Token) -> Token | None:
    """ "In a statement read by Mr Achebe, Amelia's mother, Joanne Shaw, said": the
    apposition the parse hung inside a fronted phrase, ending (with its comma) right before
    the verb, is the verb's subject."""
    doc = verb.doc
    comma = verb.i - 1
    if comma <= phrase.i or doc[comma].text != ",":
        return None
    for tok in phrase.subtree:
        if (
            tok.dep_ == "appos"
            and tok.head.dep_ == "pobj"
            and comma - 1 <= tok.right_edge.i <= comma
        ):
            return tok  # its closing comma inside it or not
    return None


def _roles_before(doc: Doc, span: Span) -> list[str]:
    """The roles a title or a person noun right before a name gives ("Mayor Rosa Delgado",
    "head librarian Gloria Pemberton", "Local MP X", "Sheikh X"; "former mayor X" a former
    mayor): also a rank's ("Sous chef X"), the office before it ("Detective Inspector Kofi
    Asante" is the detective too) and a prosecutor's ("Assistant District Attorney X")."""
    if span.start == 0:
        return []
    found: list[str] = []
    at = span.start - 1
    if doc[at].text == "." and at > 0:  # "Engr. Liza Dimaculangan"
        at -= 1
    prev = doc[at - 1] if at > 0 else None
    if (
        doc[at].lower_.rstrip(".") in PERSONAL_TITLES  # "District Collector Dr. M. Rajendran"
        and prev is not None
        and (prev.lower_ in TITLES or prev.lemma_.lower() in PERSON_NOUNS)
    ):
        at -= 1  # "District Collector Dr. M. Rajendran": the collector
    before = doc[at]
    lemma = before.lemma_.lower().rstrip(".")
    former = any(c.lower_ in FORMER for c in before.lefts) or (
        at > 0 and doc[at - 1].lower_ in FORMER
    )
    trade = (before.tag_ == "NN" and before.is_lower and before.dep_ == "compound") or (
        before.is_sent_start and before.lower_ in OCCUPATIONS  # "Headteacher X"
    )
    member = before.lower_ in _MEMBERS  # "Local MP X", "Ward MCA X"
    # a capitalised rank or a religious head's title: "Sheikh X" is "the sheikh"
    titled = before.is_title and before.lower_ in ROLE_PREFIXES | SOVEREIGN_TITLES
    if lemma in PERSON_NOUNS or before.lower_.rstrip(".") in TITLES or trade or member or titled:
        role = role_key(TITLE_ROLE.get(lemma, lemma), former)
        found.append(role)
        if not former and (ranked := ranked_role(before)) is not None:  # "Sous chef X"
            found.append(ranked)
        office = doc[at - 1].lower_ if at > 0 else ""
        rank = office.rstrip(".")
        if at > 0 and doc[at - 1].is_title and rank in TITLES and rank not in FORMER:
            # "Detective Inspector Kofi Asante" is "the detective" too
            found.append(role_key(TITLE_ROLE.get(rank, rank), former))
        if lemma == "attorney" and office in PROSECUTING_OFFICES:
            # "Assistant District Attorney Naomi Brandt" is "the prosecutor"
            found.append(role_key("prosecutor", former))
    return found


def _role_noun(noun: Token) -> bool:
    """A noun that may name a role in apposition: a common noun, "MP", or a capitalised
    office ("…, Minister for Home Affairs,", "…, Undersecretary for Fisheries,")."""
    return (
        noun.pos_ == "NOUN"
        or noun.lower_ in _MEMBERS  # "…, the MP for X,"
        or (noun.pos_ == "PROPN" and noun.is_title and noun.lower_ in PERSON_NOUNS)
    )


def _role_written_after(doc: Doc, end: int) -> list[str]:
    """A role written right after a name in words the parse may not join to it ("Harold
    Pike, who was mayor", a former mayor); not a subject ("Responding to Cllr Dempsey, the
    former mayor said")."""
    written = _APPOSED_ROLE.match(text_of(doc), end)
    words = written["words"].split() if written else []
    role = next((w for w in words if w in _APPOSED_ROLES), None)
    if role is None:
        return []
    phrase = doc.char_span(written.start("words"), written.end(), alignment_mode="expand")
    if phrase is not None and any(t.lower_ == role and t.dep_ in SUBJECT_DEPS for t in phrase):
        return []  # "Responding to Cllr Dempsey, the former mayor said": a subject
    return [role_key(role, "former" in words)]


def _member_written_after(text: str, end: int) -> list[str]:
    """ "Hon. Christiana Fofanah, Member of Parliament for Robanka Central,": the MP (a
    capitalised office the parse takes for a name)."""
    found = _MEMBER_OF.match(text, end)
    if found is None:
        return []
    return ["member", _MEMBER_INITIALS[found["house"].lower()]]


_MEMBER_OF = re.compile(
    r",? (?:the )?Member of (?:the )?(?P<house>(?:European |Scottish |Provincial )?Parliament"
    r"|Legislative Assembly|National Assembly)\b"
)
_MEMBER_INITIALS = {
    "parliament": "mp",
    "european parliament": "mep",
    "scottish parliament": "msp",
    "provincial parliament": "mpp",
    "legislative assembly": "mla",
    "national assembly": "mna",
}


def _title_after(doc: Doc, span: Span) -> str | None:
    """A capitalised role written right after the name, with no comma, as some titles are
    ("Welikanda Sumanasiri Thera", a Buddhist monk): the role, else None."""
    if span.end + 1 >= len(doc):
        return None
    after, following = doc[span.end], doc[span.end + 1]
    lemma = after.lemma_.lower()
    if after.is_title and lemma in _APPOSED_ROLES and not following.is_title:
        return role_key(lemma, False)
    return None


def _roles_written_before(text: str, start: int) -> list[str]:
    """Roles the words right before a name give it, where the parse may not: "Prosecuting, X
    said" (the prosecutor), "The Municipal Chief Executive (MCE), Hon. X," (the MCE), "The
    Apofohene (chief fisherman) of Abrekuma, Nana X," (the chief fisherman),
    "Secretary for Transport X" (the secretary), "At the … School, the headmistress, Madam X,
    said" (the parse hung the role on the school)."""
    found = []
    if _PROSECUTING.search(text, max(0, start - 14), start):
        found.append("prosecutor")
    if (defined := _ACRONYM_BEFORE.search(text, max(0, start - 24), start)) is not None:
        found.append(defined["acronym"].lower())
    if (gloss := _GLOSS_BEFORE.search(text, max(0, start - 70), start)) is not None:
        role = gloss["role"].strip()
        found += [role, role.split()[-1]]  # "chief fisherman", "fisherman"
    role = office_before(text, start)
    if role is not None and role in _APPOSED_ROLES | TITLES:
        found.append(role)
    before = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before["role"] in _APPOSED_ROLES | TITLES:  # "the provost, Cllr X"
        found.append(before["role"])
    return found


def person_in_apposition(subj: Token) -> Token:
    """The person beside a thing the parse took for a subject: "Outside court, the couple's
    daughter, Lucy Aldridge, said" (subject "court", in apposition "daughter")."""
    stranded = _after_stranded_preposition(subj)
    if stranded is not None:
        return stranded
    if subj.pos_ in {"PROPN", "VERB"} and subj.ent_type_ != "PERSON" and subj.is_title:
        # "Saltmead resident Kerry Dore wrote", the place parsed as a verb with the name its
        # object
        named = [c for c in subj.rights if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
        return named[0] if named else subj
    if subj.pos_ != "NOUN" or subj.lemma_.lower() in PEOPLE_NOUNS | KIN_NOUNS:
        return subj
    # (or joined to it without an "and": "Outside court, defence lawyer X said"; or to the
    # object of its "at": "At the family's home at Kaituni Landing, Troy's mother, Marcia
    # Alleyne, sat", parsed with "home" the subject)
    unjoined = not any(c.dep_ == "cc" for c in subj.children)
    places = [o for p in subj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for c in [*subj.children, *(c for o in places for c in o.children if c.dep_ == "appos")]:
        if (c.dep_ == "appos" or (c.dep_ == "conj" and unjoined)) and (
            c.pos_ == "PROPN" or c.lemma_.lower() in PEOPLE_NOUNS | KIN_NOUNS
        ):
            return c
    return subj


def _participle_root(root: Token) -> bool:
    """A noun the parse made its sentence's root, with a participle describing it ("Haines’
    mother, Doreen Haines, watched from the second row"); or a name, the participle
    describing it or the noun in apposition to it ("Dana Tolliver, Wade’s wife and Cash’s
    mother, watched from the front row")."""
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    described = [root]
    if root.pos_ == "PROPN":
        described += [c for c in root.children if c.dep_ == "appos"]
    return any(c.dep_ == "acl" for d in described for c in d.children)


def _apposed_to_bare_object(tok: Token) -> int | None:
    """The word's index; for a name after a bare preposition, the name apposed to it (None if
    none is)."""
    if not _after_bare_preposition(tok):
        return tok.i
    apposed = (c for c in tok.children if c.dep_ == "appos" and c.i > tok.i)
    return next((c.i for c in apposed if c.pos_ == "PROPN"), None)


def _after_bare_preposition(tok: Token) -> bool:
    """A name whose words follow a preposition the parse gave no object ("by defence lawyer
    Dr Bsharat", "by" left bare): that preposition's object, whatever the parse says."""
    before = _objectless_word_before(tok)
    return tok.pos_ == "PROPN" and before is not None and before.pos_ == "ADP"


def _objectless_word_before(tok: Token) -> Token | None:
    """The word right before the phrase ``tok`` heads, if the parse gave it no object: a
    preposition left bare before what is really its object."""
    i = tok.left_edge.i - 1
    if i < 0 or any(c.dep_ == "pobj" for c in tok.doc[i].children):
        return None
    return tok.doc[i]


def _after_stranded_preposition(subj: Token) -> Token | None:
    """ "Testifying before Magistrate Ann Lee, Maarten Hoogeveen, 58, said": a subject right
    after a preposition the parse left without its object is that object; the name in
    apposition to it is the subject."""
    prep = _objectless_word_before(subj)
    if prep is None or prep.dep_ != "prep":
        return None
    return apposed_proper_noun(subj)


# A writer's or an artist's works, which others teach, read and study ("who taught his poetry")
_WORKS = frozenset(
    {"poetry", "poem", "verse", "book", "novel", "song", "music", "film", "work", "painting"}
    | {"writing", "lyric", "play", "story", "letter", "collection", "album"}
)


def _own_possessive(subject: Token) -> str | None:
    """The gender of the his or her that opens the subject of the clause the subject's
    speech verb reports: "Inspector Mavuso said his station had seen it" (a man)."""
    verb = subject.head
    if subject.dep_ == "nsubj" and (own := _own_phrase(verb, {"for", "on"}, "part")):
        return own  # "Dr. Wijeratne, for his part, has called for an audit"
    if subject.dep_ == "nsubj" and (own := _own_plan(verb)) is not None:
        return own  # "Dara had planned to spend the money on a laptop for his final year"
    if subject.dep_ != "nsubj" or verb.lemma_ not in CUE_LEMMAS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        for c in clause.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                owner = next((o for o in c.children if o.dep_ == "poss"), None)
                if owner is not None and owner.lower_ in {"his", "her"}:
                    return "m" if owner.lower_ == "his" else "f"
    return None


def _own_phrase(verb: Token, prepositions: set[str], noun: str) -> str | None:
    """The gender of the his or her owning ``noun`` after one of ``prepositions`` beside the
    verb: "on her way", "for his part"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for obj in prep.children:
                owner = next((o for o in obj.children if o.dep_ == "poss"), None)
                if obj.lemma_ == noun and owner is not None and owner.lower_ in {"his", "her"}:
                    return "m" if owner.lower_ == "his" else "f"
    return None


def _own_plan(verb: Token) -> str | None:
    """The gender of the his or her in what the subject planned, wanted or hoped to do, with
    no one else in it: "had planned to spend the money on a laptop for his final year"."""
    if verb.lemma_.lower() not in _PLANNING:
        return None
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is None or any(t.ent_type_ == "PERSON" for t in clause.subtree):
        return None
    owners = {t.lower_ for t in clause.subtree if t.dep_ == "poss" and t.lower_ in {"his", "her"}}
    if len(owners) != 1 or any(
        t.lower_ in MALE | FEMALE and t.dep_ != "poss" for t in clause.subtree
    ):
        return None
    return "m" if owners == {"his"} else "f"


_PLANNING = frozenset({"plan", "want", "hope", "intend", "mean", "dream"})


def _reported_by_person(subject: Token) -> bool:
    """The subject is someone a person's reported words mention: "He said a neighbour had
    raised the alarm. “…,” he told …" is still him (not "Police said a man was arrested")."""
    verb = subject.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in CUE_LEMMAS:
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ in MALE | FEMALE or c.ent_type_ == "PERSON")
        for c in verb.head.children
    )


def _generic(noun: Token) -> bool:
    """ "A worker who falls short is paid only …": anyone of a kind, in the present tense,
    not someone the article brings in ("One supporter, who had driven three hours, says")."""
    return _present(noun.head) and any(c.dep_ == "relcl" and _present(c) for c in noun.children)


def _present(verb: Token) -> bool:
    """The verb is in the present tense, or its auxiliary is ("is paid", "has fallen")."""
    return verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _silent(verb: Token) -> bool:
    """The clause says its subject gave no answer: "did not respond to a request for comment",
    "declined to comment", "could not be reached"."""
    lemma = verb.lemma_.lower()
    if lemma in _UNANSWERED:
        return any(c.dep_ == "neg" for c in verb.children)
    return lemma in _REFUSALS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _UNANSWERED for c in verb.children
    )


def _joint_subject(subject: Token) -> bool:
    """The subject is the first of names joined by "and" ("Saha and Nath were caught",
    "Pillay and Khumalo both described"), not a couple by one surname ("Kateryna Bondar and
    Mykola Bondar", whom "her husband" tells apart) nor a passive's agent."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or not any(
        c.lower_ == "and" for c in subject.children
    ):
        return False
    joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return bool(joined) and all(c.lower_ != subject.lower_ for c in joined)


def _says_of_self(text: str, canonical: str, surnames: Counter[str]) -> str | None:
    """The gender the person's surname, no one else's in the article, gives saying "he" or
    "she" of itself, never the other way ("Comeau says he is not trying": a man called
    Jocelyn)."""
    words = canonical.split()
    if len(words) < 2 or surnames[words[-1]] > 1:
        return None
    forms = {words[-1], without_joined_article(words[-1])}  # "Dr Tarhouni said he"
    said = re.findall(rf"\b(?:{'|'.join(map(re.escape, forms))}) (?:says|said) (he|she)\b", text)
    return ("m" if said[0] == "he" else "f") if said and len(set(said)) == 1 else None


def _other_one_in_clause(pronoun: Token) -> bool:
    """The reported clause of a he or she subject has a him or her of the other gender, one
    of whom may be its reporter ("Paswan says he never charged her")."""
    other = {"him"} if pronoun.lower_ in FEMALE else {"her"}
    return any(
        t.lower_ in other and t.dep_ in {"dobj", "dative", "pobj"} for t in pronoun.head.subtree
    )
