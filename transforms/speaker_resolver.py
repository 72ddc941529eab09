"""Who a speaker expression is: the person of the article that a name, a short form, a
pronoun ("she said"), a role ("the coach", "the 34-year-old", "the former") or a kin noun
("her husband") refers to at a given point, from the names, roles, ages, genders and kin the
article gives (``SpeakerResolver``)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from transforms.layout import SPEAKER_LABEL
from transforms.lexicon import (
    CUE_LEMMAS,
    HONORIFICS,
    KIN_NOUNS,
    NOUN_GENDER,
    OCCUPATIONS,
    PERSON_NOUNS,
    PERSON_ONLY_TITLES,
    TITLES,
)
from transforms.name_context import follows_article
from transforms.name_spans import (
    given_name_gender,
    given_name_leaning,
    honorific_gender,
    is_post_nominal,
)
from transforms.nlp import text_of, token_indices
from transforms.people import Mention
from transforms.quote_marks import ALL_MARKS
from transforms.role_phrases import (
    FORMER,
    KIN_INVERSE,
    PARENT_WORDS,
    PEOPLE_NOUNS,
    PROSECUTING_OFFICES,
    SUBJECT_DEPS,
    TITLE_ROLE,
    WRITINGS,
    definite,
    definite_role,
    founded,
    gendered_forms,
    indefinite,
    owned_role_key,
    possessor,
    ranked_role,
    role_key,
    roles_around,
    same_roles,
    title_initials,
    unnamed_person,
    unnamed_roles,
    writer_token,
)

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NOUN_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "case"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_PROSECUTING = re.compile(r"\bProsecuting, $")  # "Prosecuting, Helen Dowd said"
# before a name the question addresses: “Cult energy from where, Mr Tillery?”
_VOCATIVE = re.compile(r"(?:^|[,;:] )(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Judge)\.? )?$")
# a pronoun's clause that introduces the next quote with a colon: "She stopped and replied: “"
_INTRODUCES = re.compile(r"[^“”\"\n.?!]{1,80}:\s*[“\"]")
# a speaker naming themself: "I, Gillian Markby, …", "My name is Ann Lee", "I'm Ann Lee"
_SELF_NAMING = re.compile(r"(?:\bI,|\bI am|\bI['’]m|\b[Mm]y name is|\b[Tt]his is)\s+$")
# "the 34-year-old", "the 19-year-old striker" (the parser often splits these apart), and
# where the article gives an age: "Okonkwo, 34,", "Nwankwo, who is 23 and", "Osei, now 34,",
# "34-year-old X"
_AGE = re.compile(r"(?i)the (?P<age>\d+|[a-z]+)-year-old(?: [a-z]+)?")
_AGE_AFTER = re.compile(
    r",\s+(?:(?:who is |aged |now )?(?P<age>\d{1,3})(?:[,.;]| and | years old)"
    r"|an? (?P<apposed>\d{1,3})-year-old\b)"  # "Ó Duinnín, a 34-year-old electrician"
)
_AGE_BEFORE = re.compile(  # "61-year-old former Test opener R. Srinivasan"
    r"\b(?P<age>\d{1,3})-year-old"
    r"(?: (?!said\b|says\b|told\b|asked\b|and\b|with\b|to\b|of\b)[A-Za-z-]+){0,3}\s+$"
)
# A role in apposition after a name, read from the words where the parse fails ("Mother
# Benedetta Ruscello, the convent’s abbess since 1996," with "’s" parsed as "is").
# an acronym the article defines for a title right before a name: "The Municipal Chief
# Executive (MCE), Hon. Kwabena Owusu-Sarpong," is "the MCE"
_ACRONYM_BEFORE = re.compile(r"\((?P<acronym>[A-Z]{2,6})\),? (?:[A-Z][a-z]*\.? ){0,2}$")
# a title's gloss in brackets before an apposed name: "The Apofohene (chief fisherman) of
# Abrekuma, "
_GLOSS_BEFORE = re.compile(
    r"\((?P<role>[a-z][a-z -]{2,30})\)(?: (?:of|for|in) (?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)?"
    r", (?:[A-Z][a-z]*\.? ){0,2}$"
)
# a capitalised office before a name: "Secretary for Transport ", "Minister of Health Dr "
_OFFICE_BEFORE = re.compile(
    r"\b(?P<role>[A-Z][a-z]+) (?:for|of) (?:[A-Z][a-z]+ ){1,3}(?:(?:Dr|Mr|Ms|Mrs)\.? )?$"
)
# "the headmistress, Madam " right before a name: the role apposed to it
_ROLE_BEFORE = re.compile(r"\b[Tt]he (?P<role>[a-z-]+), (?:[A-Z][a-z]*\.? )?$")
_APPOSED_ROLE = re.compile(r", (?:the|a|an) (?:[\w-]+['’]s )?(?P<words>(?:[a-z-]+ ){0,2}[a-z-]+)")
_APPOSED_ROLES = PERSON_NOUNS | OCCUPATIONS  # "X, the convent’s abbess"
# members of a parliament or an assembly, written as initials: "X, the MP for Ablekuma,"
_MEMBERS = frozenset({"mp", "mps", "mla", "mep", "msp", "mpp", "mna", "mhk", "td"})
_LEDE_NOUNS = PEOPLE_NOUNS | OCCUPATIONS  # "A FURIOUS beekeeper has …"
# Nouns that stand for the person in focus: "the coach", "the vet", "the senior advocate";
# not a solicitor or barrister, mostly someone's the article does not name
_EPITHETS = (PEOPLE_NOUNS | OCCUPATIONS) - {"solicitor", "barrister"}
# Nouns for the older of relatives: "the retiree told the court" of a father and his son
_ELDERLY = frozenset({"retiree", "pensioner", "grandfather", "grandmother", "octogenarian"})
# The reporter writing of themself: "this reporter asked"
_THIS_REPORTER = frozenset(
    {"this reporter", "this correspondent", "this writer", "this journalist", "this newspaper"}
)
# Those who ask in interviews and press conferences, mostly never named ("the reporter asked")
_PRESS_NOUNS = frozenset({"reporter", "journalist", "interviewer", "correspondent"})
# verbs of answering: negated, or after "declined to", their subject said nothing here
_UNANSWERED = frozenset({"respond", "reply", "answer", "comment", "return", "reach", "speak"})
_REFUSALS = frozenset({"decline", "refuse"})
_REPLIES = frozenset({"reply", "answer", "respond", "retort"})


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
    return left.idx, end_tok.idx + len(end_tok)


@dataclass(frozen=True, slots=True)
class Answer:
    """Who answers a question quoted right before: ``person`` None when the one it was put to
    is not named ("a reporter asked his barrister")."""

    person: str | None


class SpeakerResolver:
    """Resolves a speaker expression to a canonical person name of the article."""

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
        self._delayed_lede(doc)
        self._dead = self._deceased(doc)  # "his father, X, who kept it … until his death"
        self.ages = self._ages(text_of(doc))  # "34" -> {"Augustine Okonkwo"}: "Okonkwo, 34,"
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
            for role in roles_around(span):
                roles.setdefault(role, set()).add(m.canonical)
            if span.start > 0:
                at = span.start - 1
                if doc[at].text == "." and at > 0:  # "Engr. Liza Dimaculangan"
                    at -= 1
                prev = doc[at - 1] if at > 0 else None
                if (
                    doc[at].lower_.rstrip(".") in HONORIFICS | PERSON_ONLY_TITLES
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
                if lemma in PERSON_NOUNS or before.lower_.rstrip(".") in TITLES or trade:
                    role = role_key(TITLE_ROLE.get(lemma, lemma), former)
                    roles.setdefault(role, set()).add(m.canonical)
                    if not former and (ranked := ranked_role(before)) is not None:  # "Sous chef X"
                        roles.setdefault(ranked, set()).add(m.canonical)
                    office = doc[at - 1].lower_ if at > 0 else ""
                    rank = office.rstrip(".")
                    if at > 0 and doc[at - 1].is_title and rank in TITLES and rank not in FORMER:
                        # "Detective Inspector Kofi Asante" is "the detective" too
                        roles.setdefault(role_key(TITLE_ROLE.get(rank, rank), former), set()).add(
                            m.canonical
                        )
                    if lemma == "attorney" and office in PROSECUTING_OFFICES:
                        # "Assistant District Attorney Naomi Brandt" is "the prosecutor"
                        roles.setdefault(role_key("prosecutor", former), set()).add(m.canonical)
            if founded(span.root):  # "The group was founded in 2016 by Anele Dube"
                roles.setdefault("founder", set()).add(m.canonical)
            acronym = title_initials(doc, span.start)
            if acronym is not None:  # "District Health Officer Dr. Suresh Pandharkar": the DHO;
                # "the Agriculture Cabinet Secretary, Dr Halima Wario": the ACS and the CS
                for k in range(len(acronym) - 1):
                    roles.setdefault(acronym[k:], set()).add(m.canonical)
            for role in _roles_written_before(text, m.start):
                roles.setdefault(role, set()).add(m.canonical)
            # not the object of a relative clause the parse gave the main subject as an
            # apposition ("Pretorius, who represents Mahlangu, the ranger agreed")
            in_clause = span.root.dep_ in {"dobj", "pobj"} and any(
                a.dep_ == "relcl" for a in span.root.ancestors
            )
            for appos in () if in_clause else span.root.children:  # the name's apposition
                # any common noun in apposition to a name is a role ("…, the abbess of the
                # convent,"), not a possessor ("…, the company's" is no role); so are the
                # nouns joined to it ("…, the chief executive and the returning officer,")
                if (
                    appos.dep_ == "appos"
                    and appos.i >= span.end
                    and (appos.pos_ == "NOUN" or appos.lower_ in _MEMBERS)  # "…, the MP for X,"
                    and not any(c.dep_ == "case" for c in appos.children)
                ):
                    for noun in (appos, *appos.conjuncts):
                        if (noun.pos_ == "NOUN" or noun.lower_ in _MEMBERS) and self._may_be(
                            m.canonical, noun.lemma_
                        ):
                            former = any(c.lower_ in FORMER for c in noun.children)
                            role = role_key(noun.lemma_.lower(), former)
                            roles.setdefault(role, set()).add(m.canonical)
                            if (ranked := ranked_role(noun)) is not None:
                                roles.setdefault(ranked, set()).add(m.canonical)
                            if (owner := possessor(noun)) is not None:  # "…, Lee's lawyer,"
                                roles.setdefault(owned_role_key(owner, noun), set()).add(
                                    m.canonical
                                )
            written = _APPOSED_ROLE.match(text, m.end)
            words = written["words"].split() if written and not in_clause else []
            role = next((w for w in words if w in _APPOSED_ROLES), None)
            phrase = (
                doc.char_span(written.start("words"), written.end(), alignment_mode="expand")
                if written and role
                else None
            )
            if phrase is not None and any(
                t.lower_ == role and t.dep_ in SUBJECT_DEPS for t in phrase
            ):
                role = None  # "Responding to Cllr Dempsey, the former mayor said": a subject
            if role is not None:
                roles.setdefault(role_key(role, "former" in words), set()).add(m.canonical)
        self._add_predecessors(doc, roles)
        return roles

    def _deceased(self, doc: Doc) -> set[str]:
        """People a relative clause after their name says died ("William McIlwaine, who kept
        it from 1931 until his death in 1968"), when they are not the sentence's subject: no
        "he said" of the article's present is theirs."""
        dead = set()
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ in SUBJECT_DEPS:
                continue
            for clause in span.root.children:
                if clause.dep_ == "relcl" and any(
                    t.lemma_.lower() in {"death", "die"} for t in clause.subtree
                ):
                    dead.add(m.canonical)
        return dead

    def _delayed_lede(self, doc: Doc) -> None:
        """ "A FURIOUS beekeeper has lifted the lid on …" then "Dad-of-three Martin Cheeseman,
        61, smelled a rat": the person a lead introduces by a role alone is the one the next
        sentence names as its subject; "the beekeeper" is that person, not someone new."""
        sents = [s for s in doc.sents if s.text.strip()][:8]  # headline, byline, lead
        for lead, after in pairwise(sents):
            noun = next((c for c in lead.root.children if c.dep_ in SUBJECT_DEPS), None)
            if noun is None or noun.lemma_.lower() not in _LEDE_NOUNS | PERSON_NOUNS:
                continue
            if not indefinite(noun) and not self._opens_story(noun):
                continue  # "The former municipal manager … ¶ Bongani Mthembu, 58, was …"
            named = [
                m
                for c in after.root.children
                if c.dep_ in SUBJECT_DEPS and (m := self.mention_at(c.idx, c.idx + len(c)))
            ]
            if named:
                lemma = noun.lemma_.lower()
                former = any(c.lower_ in FORMER for c in noun.children)
                self.roles.setdefault(role_key(lemma, former), set()).add(named[0].canonical)
                self.unnamed.pop(lemma, None)
            return

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
        Amelia's mother, …" misparsed: the mother is not Mr Achebe)."""
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
        for m, noun, held in self._possessed_appositions(doc, KIN_INVERSE.keys()):
            if held == m.canonical:
                continue
            relation = noun.lemma_.lower()
            kin.setdefault((held, relation), set()).add(m.canonical)
            for inverse in KIN_INVERSE[relation]:
                if self._may_be(held, inverse):
                    kin.setdefault((m.canonical, inverse), set()).add(held)
        return kin

    def _possessed_appositions(
        self, doc: Doc, nouns: Collection[str]
    ) -> Iterator[tuple[Mention, Token, str]]:
        """(name, noun, the possessor's person) for each name in apposition to a possessed
        noun of ``nouns``: "Haddad's father, Youssef Haddad," gives Youssef, "father", Rania
        Haddad."""
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "appos":
                continue
            noun = span.root.head
            owner = possessor(noun) if noun.lemma_.lower() in nouns else None
            held = self._person_of(owner) if owner is not None else None
            if held is not None:
                yield m, noun, held

    def _person_of(self, owner: Token) -> str | None:
        """The person a possessor names: a name, "whose" as the name its clause is about
        ("Kowalczyk, whose wife, Danuta Kowalczyk,"), or "his"/"her" as the person of that
        gender named last."""
        if owner.lower_ == "whose":
            owner = next((a.head for a in owner.ancestors if a.dep_ == "relcl"), owner)
        if owner.pos_ == "PRON":
            gender = "m" if owner.lower_ in MALE else "f" if owner.lower_ in FEMALE else None
            return self._named_last(owner.idx, gender)
        named = self.mention_at(owner.idx, owner.idx + len(owner))
        if named is None and owner.tag_ == "NN" and definite_role(owner):
            # "the councillor’s father, Pádraig Ó Briain,": the one the article made councillor
            holders = self.roles.get(owner.lemma_.lower(), set())
            return next(iter(holders)) if len(holders) == 1 else None
        return named.canonical if named is not None else None

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
        for gender_of in (
            lambda m: honorific_gender(text, m.start),
            lambda m: self._own_clause_gender(doc, m),
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
        if span.root.dep_ == "appos" and possessor(span.root.head) is not None:
            return None  # "Her husband, Olivier Gagnon, who manages her accounts,": hers
        for clause in span.root.children:
            if clause.dep_ != "relcl" or not any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children
            ):
                continue
            for tok in clause.subtree:
                if tok.dep_ == "poss" and tok.lower_ in {"his", "her"}:
                    return "m" if tok.lower_ == "his" else "f"
        if span.root.dep_ in SUBJECT_DEPS:  # "X hit out at the board after he was sacked"
            for clause in span.root.head.children:
                if clause.dep_ != "advcl" or clause.i < span.root.i:  # not "said she", who
                    # may be someone else ("Lorcan said she applied the rule at home")
                    continue
                for c in clause.children:
                    if c.dep_ in SUBJECT_DEPS and c.lower_ in {"he", "she"}:
                        return "m" if c.lower_ == "he" else "f"
        return None

    def _reported_self(self, subject: Token) -> str | None:
        """The gender of the he or she that opens the clause the subject's verb reports, out
        of quote marks ("the ranger agreed that she had not seen …": a woman)."""
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

    def _learn(self, doc: Doc) -> None:
        """Walk subjects in order: person subjects set the focus; a he or she subject votes for
        the gender of the person in focus, and the majority decides a gender not yet known."""
        votes: dict[str, Counter[str]] = {}
        reported: dict[str, str] = {}  # the gender a person's own reported words gave
        text = text_of(doc)
        leanings = {
            m.canonical: lean
            for m in self.mentions
            if m.canonical not in self.gender
            and (lean := given_name_leaning(m.canonical)) is not None
        }
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
            doc[i].head.i for i in token_indices(doc, dep=("advcl", "prep", "npadvmod"))
        }
        fronted = [s.i for h in clause_heads if (s := fronted_subject(doc[h])) is not None]
        # a noun the parse made its sentence's root, a participle describing it: "Haines’
        # mother, Doreen Haines, watched from the second row …"
        rooted = [
            i
            for i in token_indices(doc, dep=("ROOT",))
            if doc[i].pos_ == "NOUN" and any(c.dep_ == "acl" for c in doc[i].children)
        ]
        for i in sorted(set(token_indices(doc, dep=SUBJECT_DEPS) + agents + fronted + rooted)):
            tok = doc[i]
            if _silent(tok.head):
                self._silent.add(tok.idx)  # "The board's chair did not respond": not the
                # next "he said", though "his wife" may be the chair's
            m = self.mention_at(tok.idx, tok.idx + len(tok))
            if m is None and tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
                antecedent = tok.head.head  # "Sigurðardóttir, who gave evidence": her
                m = self.mention_at(antecedent.idx, antecedent.idx + len(antecedent))
                if m is None and antecedent.dep_ == "appos":
                    antecedent = antecedent.head  # "Mikayla Dunn, a jillaroo who had started"
                    m = self.mention_at(antecedent.idx, antecedent.idx + len(antecedent))
            if m is not None and follows_article(doc, m.start, m.end):
                continue  # "the Anfield crowd": a name used as a modifier, not a person
            if m is not None and self._in_quote(tok.idx):
                continue  # "“Nadia kept us sane,” she added": a person the speaker talks about
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
                if apposed is None:
                    apposed = self._owned_role(tok)
                if (
                    apposed is None
                    and tok.lemma_.lower() not in PEOPLE_NOUNS
                    and tok.head.dep_ != "relcl"  # not "…, at which Jonas's caucus is to"
                ):
                    apposed = self._owner_named(tok)  # "Ms Lee's testimony came when …"
            if m is not None or apposed is not None:  # "Lee" / "The abbess's deputy, Ann Lee,"
                who = apposed or self._elder_or_younger(tok, m.canonical)  # "The elder Lee"
                self.subjects.append((tok.idx, who, None))
            elif unnamed_person(tok) and not self._in_quote(tok.idx) and not _generic(tok):
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
            elif definite_role(tok) and not self._in_quote(tok.idx):
                # "the host" sets the focus too, and stays the one it named first
                who = self.resolve(doc, *noun_phrase(tok))
                if who is not None:
                    self.subjects.append((tok.idx, who, None))
                    self._definite.setdefault(tok.lemma_.lower(), {who})
            elif (
                tok.lower_ in MALE | FEMALE
                and not self._in_quote(tok.idx)
                and tok.head.dep_ not in _SIDE_CLAUSES  # "… before he had a chance": not hers
            ):
                said = "m" if tok.lower_ in MALE else "f"
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
                who = self._recent(tok.idx, None, None, skip | leaning_away)
                if who is None and leaning_away:
                    who = self._recent(tok.idx, None, None, skip)
                if who is not None:  # "Lee said he would": the surest vote, which the
                    # pronouns after it heed ("Cllr Ceri Pryce … said he would fight it")
                    reports = tok.head.dep_ == "ccomp" or who in spoke_last
                    votes.setdefault(who, Counter())[said] += 2 if reports else 1
                    if reports:
                        reported.setdefault(who, said)
        for who, counts in votes.items():
            (top, n), *rest = counts.most_common()
            if not rest or rest[0][1] < n:
                self.gender.setdefault(who, top)
        for who, lean in leanings.items():  # whom no pronoun settled: most Orlas are women
            self.gender.setdefault(who, lean)

    def _last_speaking(self, doc: Doc, pronoun: Token) -> set[str]:
        """The person in focus when ``pronoun`` ("she said") speaks, if that person spoke last,
        in the paragraph before or the same: "Det Sgt Jordan Pryce … said detectives were …" ¶
        "“…,” she said" is Pryce, whatever most Jordans are."""
        verb = pronoun.head
        if verb.lemma_.lower() not in CUE_LEMMAS or verb.dep_ != "ROOT":  # not "… when he said"
            return set()
        for pos, who, _ in reversed(self.subjects):
            if pos >= pronoun.idx:
                continue
            head = doc[bisect_left(doc, pos, key=lambda t: t.idx)].head
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in CUE_LEMMAS:
                continue  # the detectives of what Pryce said they were doing; "Seah said Koh
                # lured customers …" ¶ "“…,” he said": Seah
            spoke = who is not None and head.lemma_.lower() in CUE_LEMMAS
            # in the paragraph before or the same one: not after a paragraph about others
            near = text_of(doc).count("\n\n", pos, pronoun.idx) <= 1
            return {who} if spoke and near else set()
        return set()

    def _reporter(self, char: int) -> str | None:
        """The byline's reporter, for "I" or "this reporter" in the narration (not in a quote,
        where "I" is the speaker)."""
        if self._in_quote(char):
            return None
        return next((m.canonical for m in self.mentions if m.source == "byline"), None)

    def _may_say(self, who: str, gender: str) -> bool:
        """No gender known for ``who`` other than ``gender``."""
        return self.gender.get(who) in (None, gender)

    def _age_described(self, doc: Doc, noun: Token) -> str | None:
        """The age a subject outside quotes gives by itself ("the 47-year-old plumber", "The
        67-year-old, who attended every hearing,")."""
        if noun.pos_ not in {"NOUN", "ADJ"} or self._in_quote(noun.idx):
            return None
        age = _AGE.fullmatch(text_of(doc)[slice(*noun_phrase(noun))])
        return age.group("age") if age is not None else None

    def _owned_role(self, noun: Token) -> str | None:
        """The person a possessed role noun names when the article gave that role a name
        ("Sierra Alta's chairman, Joaquín Villarreal," then "Sierra Alta's chairman was …")."""
        owner = possessor(noun)
        if owner is None:
            return None
        if owner.lower_ in MALE | FEMALE:  # "his daughter": a relative of the one in focus
            owner_gender = "m" if owner.lower_ in MALE else "f"
            who = self._recent(owner.idx, owner_gender)
            relation = noun.lemma_.lower()
            related = self.kin.get((who, relation)) if who else None
            if not related and who and self._kin_of_one(who, relation, owner_gender):
                return who  # "Her daughter, Lakshmi Nair, drove …" then "her daughter said"
            if not related and who and relation in KIN_INVERSE:
                related = self._namesake(who, NOUN_GENDER.get(relation))
            return self._latest(related, noun.idx) if related else None
        owned = self.roles.get(owned_role_key(owner, noun))
        if not owned and owner.pos_ == "NOUN" and owner.lemma_.lower() in self.roles:
            # "the farmer's wife" after "farmer Tom Pennock" and "His wife, Janet Pennock,"
            holder = self._latest(self.roles[owner.lemma_.lower()], noun.idx)
            owned = self.kin.get((holder, noun.lemma_.lower())) if holder else None
        return self._latest(owned, noun.idx) if owned else None

    def _owner_named(self, noun: Token) -> str | None:
        """The person whose thing the noun is ("Ms Lee's testimony": Lee)."""
        owner = possessor(noun)
        m = self.mention_at(owner.idx, owner.idx + len(owner)) if owner is not None else None
        return m.canonical if m is not None else None

    def _kin_of_one(self, who: str, relation: str, gender: str) -> bool:
        """``who`` is the article's named ``relation`` of someone of ``gender``."""
        return any(
            rel == relation and who in people and self.gender.get(them) in (None, gender)
            for (them, rel), people in self.kin.items()
        )

    def _namesake(self, who: str, gender: str | None) -> set[str]:
        """The one other person of ``gender`` who shares ``who``'s surname ("Kateryna Bondar
        and Mykola Bondar … Her husband"), if there is exactly one."""
        surname = who.split()[-1]
        found = {
            m.canonical
            for m in self.mentions
            if m.canonical != who
            and len(m.canonical.split()) > 1
            and m.canonical.split()[-1] == surname
            and self.gender.get(m.canonical, gender) == gender
        }
        return found if len(found) == 1 else set()

    def _in_quote(self, char: int) -> bool:
        """Whether ``char`` is inside a quote ("He has no weapon," she said: the he is not
        the speaker's)."""
        i = bisect_right(self._quoted, (char, math.inf)) - 1  # a quote starting at char too
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _talked_about(self, text: str, char: int) -> set[str]:
        """The people named inside the quote a pronoun at ``char`` credits, the one closing
        just before it ("“Rangi came in one night …,” she says": not Rangi's words)."""
        i = bisect_right(self._quoted, (char, math.inf)) - 1
        if i < 0 or text[self._quoted[i][1] : char].strip(ALL_MARKS + ",;:—–- "):
            return set()
        start, end = self._quoted[i]
        first = bisect_left(self._starts, start)
        return {
            m.canonical
            for m in self.mentions[first:]
            if m.end <= end and not _SELF_NAMING.search(text, max(start, m.start - 12), m.start)
        }

    def _answer(self, doc: Doc, char: int, gender: str, skip: set[str]) -> Answer | None:
        """Who the he or she answering the question quoted right before is (“…, Mr Tillery?”
        Ms Lee asked. ¶ “…,” he replied): the one the question was put to ("a reporter asked
        his barrister": no one named), else the person of that gender named last, not the
        asker nor anyone the question names other than whom it addresses. None when the quote
        answers no question, or no one else could answer it."""
        text = text_of(doc)
        i = bisect_right(self._quoted, (char, math.inf)) - 1
        if i < 0 or text[self._quoted[i][1] : char].strip(ALL_MARKS + ",;:—–- "):
            return None
        if i + 1 < len(self._quoted) and _INTRODUCES.fullmatch(
            text, char, self._quoted[i + 1][0]
        ):  # “…?” ¶ She stopped on the stairs and replied: “…”: the question is right before
            (q_start, q_end), start = self._quoted[i], char
        elif i < 1:
            return None
        else:
            (start, _), (q_start, q_end) = self._quoted[i], self._quoted[i - 1]
        between = text[q_end:start]
        if not text[q_start:q_end].rstrip(ALL_MARKS + " ").endswith("?") or (
            len(between) > 80 or between.count("\n") > 2
        ):
            return None
        span = doc.char_span(q_end, start, alignment_mode="contract")
        if span is not None and any(
            tok.dep_ in SUBJECT_DEPS
            and tok.head.lemma_.lower() not in CUE_LEMMAS
            and tok.lower_ not in MALE | FEMALE  # "She stopped on the stairs and replied:"
            for tok in span
        ):
            return None  # "“Who can afford that?” ¶ His son, Ewan, runs a boat. “…,” he said"
        put_to = self._put_to(doc, span) if span is not None else None
        if put_to is None and text[:q_start].rstrip(ALL_MARKS + " ").endswith(":"):
            # "Tipene Walsh asked the mayor: “…?” ¶ “…,” she replied." (a role the article
            # gave someone other than the asker; "asked her:" leaves it to the names before)
            intro = doc.char_span(q_start - 1, q_start, alignment_mode="expand")
            put_to = self._put_to(doc, intro[0].sent) if intro is not None else None
            if put_to is not None and (put_to.person is None or put_to.person in skip):
                put_to = None
        if put_to is not None:
            return put_to
        first = bisect_left(self._starts, q_start)
        others = {
            m.canonical
            for m in self.mentions[first:]
            if m.start < start and (q_end <= m.start or not _vocative(text, q_start, m))
        }
        who = self._named_last(char, gender, skip | others)
        return Answer(who) if who is not None else None  # else one asking and answering herself

    def _put_to(self, doc: Doc, span: Span) -> Answer | None:
        """The one a question is put to in ``span``: the object of its "ask" ("asked his
        barrister": no one named; "asked the mayor": the mayor the article named)."""
        for tok in span:
            if (
                tok.dep_ in {"dobj", "dative"}
                and tok.head.lemma_ == "ask"
                and any(c.dep_ in SUBJECT_DEPS for c in tok.head.children)
            ):  # not "“…?” asked one man": the asker, inverted
                m = self.mention_at(tok.idx, tok.idx + len(tok))
                if m is None and tok.pos_ == "NOUN" and not possessor(tok):
                    who = self.resolve(doc, *noun_phrase(tok))  # "the mayor"
                    asker = next(c for c in tok.head.children if c.dep_ in SUBJECT_DEPS)
                    if who is not None and who == self.resolve(doc, *noun_phrase(asker)):
                        who = None  # a role the resolver gave back to the asker
                    return Answer(who)
                return Answer(m.canonical if m is not None else None)
        return None

    def _recent(
        self,
        char: int,
        gender: str | None,
        noun: str | None = None,
        skip: Collection[str] = (),
        speaking: bool = False,
    ) -> str | None:
        """The person in focus before ``char`` (of ``gender``, if given; not one of ``skip``;
        when ``speaking``, not a subject who gave no answer): the last person subject, which
        may be someone not named ("a spokesperson": then None; for a role ``noun``, only one
        the article introduced with that noun: "the host" is not the spokesperson), else the
        last person named."""
        for pos, who, noun_gender in reversed(self.subjects):
            known = self.gender.get(who) if who else noun_gender
            other_kind = who is None and noun is not None and self._unnamed_nouns.get(pos) != noun
            if (
                pos < char
                and not (speaking and pos in self._silent)
                and (gender is None or known in (None, gender))
                and not other_kind
                and who not in skip
            ):
                return who
        return self._named_last(char, gender, skip)

    def _named_last(self, char: int, gender: str | None, skip: Collection[str] = ()) -> str | None:
        """The person (of ``gender``, if given; not one of ``skip``) named last before
        ``char``; not the byline's reporter, whom the story does not talk about; one named
        outside quotes before one a quote talks about ("“I have spoken to Dr Boakye,” …")."""
        named = [
            m
            for m in reversed(self.mentions)
            if m.start < char
            and m.source != "byline"
            and (gender is None or self.gender.get(m.canonical, gender) == gender)
            and m.canonical not in skip
        ]
        outside = next((m for m in named if not self._in_quote(m.start)), None)
        found = outside or next(iter(named), None)
        return found.canonical if found is not None else None

    def _latest(self, people: set[str], char: int) -> str | None:
        """Of ``people`` (who share a role: two coaches), the one named last before ``char``;
        the only one, if none is named before."""
        for m in reversed(self.mentions):
            if m.start < char and m.canonical in people:
                return m.canonical
        return next(iter(people)) if len(people) == 1 else None

    def resolve(self, doc: Doc, start: int, end: int) -> str | None:
        """The person a speaker expression names or refers to: a name in it (not a possessor:
        "Mr Blair's spokesman" is not Blair), a relative pronoun's antecedent, he or she by
        the last person of that gender, a role the article gave a name ("the mayor"). None
        for someone it does not name: "I", "a spokesman", "his lawyer"."""
        span = doc.char_span(start, end, alignment_mode="expand")
        named = self._named_in(doc, span, start, end)
        if named is not None or span is None:
            return named
        text = text_of(doc)
        said = text[start:end].strip().lower()
        if said in {"the former", "the latter"}:
            return self._of_pair(text, start, said == "the latter")
        head = span.root
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            antecedent = head.head.head  # "Kall, who called it …" → Kall
            if antecedent.i != head.i:
                start, end = noun_phrase(antecedent)
                return self.resolve(doc, start, end)
            return None
        low = head.lower_
        if low in MALE | FEMALE:
            gender, skip = "m" if low in MALE else "f", self._talked_about(text, start)
            skip |= self._dead
            before = self._overlapping(start - 3, start - 2)
            if before and text[before[-1].end : start] == ", ":  # "Lalonde, she said, had
                skip.add(before[-1].canonical)  # been “…”": the one the clause is about
            answer = self._answer(doc, start, gender, skip)
            if answer is not None:
                return answer.person
            spoke = [
                who for who in self._last_speaking(doc, head) - skip if self._may_say(who, gender)
            ]
            return spoke[0] if spoke else self._recent(start, gender, None, skip, True)
        if low in {"i", "me", "my"}:  # a transcript's answer; else the reporter's narration
            return self._answer_label(text, start) or self._reporter(start)
        if said in _THIS_REPORTER:  # "“Is she better today?” this reporter asked"
            return self._reporter(start)
        named = self._apposed_name(head)
        if named is not None:
            return named  # "one of their lawyers, Ana Ruiz"; "a spokesman, Tom Reyes"
        if head.lemma_.lower() in WRITINGS:
            return self._writer(doc, head)  # "The letter goes on: “…”": whoever wrote it
        if indefinite(head):
            return None  # someone new: "a spokesman"
        lemma = head.lemma_.lower()
        role = role_key(lemma, any(c.lower_ in FORMER for c in head.children))
        if lemma in {"man", "woman"} and any(
            c.dep_ == "amod" and c.lower_ in {"older", "elder", "younger"} for c in head.children
        ):  # "the older man says": the parent of the relatives in focus, or their child
            near = self._recent(start, NOUN_GENDER.get(lemma))
            return self._elder_or_younger(head, near) if near is not None else None
        if lemma in KIN_NOUNS and possessor(head) is not None:
            return self._owned_role(head)  # "the victim's mother" is not "his mother"
        titled = self._title_before_name(head)
        if titled is not None:
            return titled
        former = role != lemma
        # a role the article gave a name: "the SEC's chief accountant", "the head chef" (not
        # the sous chef named since); not a named person's ("Mr Tillery's lawyer" is not the
        # lawyer the article named for the other side)
        if head.tag_ != "NNS" and self._owner_named(head) is None:
            # "the chairwoman" of one who chairs the body, or was named its chair
            forms = [role_key(form, former) for form in sorted(same_roles(lemma))]
            for key in (ranked_role(head), role, *forms):
                if key in self.roles:
                    return self._latest(self.roles[key], start)
        if possessor(head) is not None:  # "Mr Blair's spokesman": no one, unless named
            return self._owned_role(head)  # "Sierra Alta's chairman, X," before
        if lemma in self.unnamed and self.unnamed[lemma] < start:
            return None  # "the spokesman" after "a spokesman said": the one not named
        holders = self._owned_holders(lemma, former)
        if holders and head.tag_ != "NNS":  # "The trust's chief executive, X," then "the
            return self._latest(holders, start)  # chief executive said": X, not her predecessor
        age = _AGE.fullmatch(text[start:end].strip())
        if age is not None and age.group("age") in self.ages:
            return self._latest(self.ages[age.group("age")], start)  # "Okonkwo, 34, …"
        lived = any(c.dep_ == "amod" and c.lower_ in _LIFE_WORDS for c in head.children)
        # a former role is not the one who holds it now ("the chairwoman" is no former
        # chairman), when the article gives it to one person only
        now = set()
        if former:
            now = {who for word in gendered_forms(lemma) for who in self.roles.get(word, ())}
            now = now if len(now) == 1 else set()
        # "the mum said", "the dad-of-two said": a parent named as such, of that gender
        epithet = head.tag_ == "NN" and lemma in PARENT_WORDS and possessor(head) is None
        if lemma in _PRESS_NOUNS and lemma not in self._definite:
            return None  # "the reporter asked" one the article never named: no one in focus
        trade = lemma in _EPITHETS and head.tag_ in {"NN", "NNP"}  # "the coach", "the vet"
        if trade or age or lived or epithet:
            # "the coach", "the 34-year-old", "the retired pipefitter": whom the same noun
            # named before, else the last person in focus of that kind
            if lemma in self._definite and not former:  # not "the former minister"
                return self._latest(self._definite[lemma], start)
            gender = NOUN_GENDER.get(lemma) if epithet else self._reported_self(head)
            # "the retiree", "the old man": of a father and his son in focus, the father
            elderly = lemma in _ELDERLY or any(c.lower_ == "old" for c in head.children)
            near = None
            # a reply: the one the question addresses (“And are you gone, Mr Mhlanga?” Ncube
            # asked. “No,” the old man replied), as for a replying he or she
            if head.head.lemma_.lower() in _REPLIES:
                skip = self._talked_about(text, start) | self._dead
                answer = self._answer(doc, start, gender or NOUN_GENDER.get(lemma), skip)
                near = answer.person if answer is not None else None
            if near is None:
                # the one in focus, not one the quote talks about ("“Sipho saw her first …,”
                # the ranger said")
                skip = now | self._talked_about(text, start)
                near = self._recent(start, gender, lemma, skip)
            return self._of_age(head, near, True) if near is not None and elderly else near
        if former and head.tag_ in {"NN", "NNP"}:  # "the former cathaoirleach", "CEO": who in
            return self._recent(start, None, None, now)  # focus held it
        return None

    def _title_before_name(self, head: Token) -> str | None:
        """The name a capitalised title ends in, which the parse hung under the title: "Sirius
        XM Vice President for news and talk Dave Gorab called the show …"."""
        edge = head.right_edge
        if head.tag_ != "NNP" or head.lemma_.lower() not in PEOPLE_NOUNS or edge.i <= head.i:
            return None
        found = self._overlapping(edge.idx, edge.idx + len(edge))
        return found[-1].canonical if found else None

    def _writer(self, doc: Doc, noun: Token) -> str | None:
        """Who wrote the letter, email or note ``noun`` names: the person its "from" or its
        possessor names ("The email, from … Philippa Ashworth, says"), else the writer of the
        last one before it ("In a letter …, Graham Strachan wrote …" then "The letter goes
        on:")."""
        lemma = noun.lemma_.lower()
        for tok in (noun, *reversed([t for t in doc[: noun.i] if t.lemma_.lower() == lemma])):
            writer = writer_token(tok)
            if writer is None:
                continue
            if writer.lower_ in MALE | FEMALE:  # "Her letter, which Mr Jenkins showed …, reads:"
                return self.resolve(doc, writer.idx, writer.idx + len(writer))
            m = self.mention_at(writer.idx, writer.idx + len(writer))
            named = m.canonical if m is not None else self._apposed_name(writer)
            if named is not None:  # "…, Caledonian Crossings’ managing director, Graham
                return named  # Strachan, wrote"
        sent = noun.sent
        if sent.start > 0 and definite(noun):
            # "The couple’s daughter, Eilidh, 14, wrote to all 42 councillors. Cllr Ferrier
            # read the letter into the record:": the one the sentence before says wrote
            for tok in doc[sent.start - 1].sent:
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if tok.lemma_ == "write" and subject is not None:
                    m = self.mention_at(subject.idx, subject.idx + len(subject))
                    return m.canonical if m is not None else self._apposed_name(subject)
        return None

    def _owned_holders(self, lemma: str, former: bool) -> set[str]:
        """Who holds a possessed role of this noun ("the museum's curator"), or held it
        before ("former museum's curator", a predecessor) when ``former``."""
        return {
            who
            for key, people in self.roles.items()
            if key.endswith(f"'s {lemma}") and key.startswith("former ") == former
            for who in people
        }

    def _answer_label(self, text: str, char: int) -> str | None:
        """Who "I" is in a transcript's answer: the person its label names ("MORALES: … I
        said to the team, “…”"); no one outside a transcript."""
        line = text.rfind("\n", 0, char) + 1
        label = SPEAKER_LABEL.match(text, line)
        if label is None or label.end() > char:
            return None
        m = self.mention_at(*label.span("label"))
        return m.canonical if m is not None else None

    def _of_pair(self, text: str, char: int, second: bool) -> str | None:
        """ "Bakare and Thornbury … the former said", "the chief arbiter, Ann Lee, and the
        club's president, Bo Park": the first (or second) of the last two people named
        together (joined by "and" within a sentence) before ``char``."""
        before = [m for m in self.mentions if m.end <= char]
        for a, b in zip(before[-2::-1], before[:0:-1], strict=True):
            if a.canonical != b.canonical and _PAIRED.fullmatch(text, a.end, b.start):
                return b.canonical if second else a.canonical
        return None

    def _named_in(self, doc: Doc, span: Span | None, start: int, end: int) -> str | None:
        """The person a name inside the expression stands for: the name at its head ("Trump
        campaign spokesman Jason Miller" is Miller), else one that is neither a possessor
        ("Blair's spokesman") nor a modifier of another noun ("Trump lawyer")."""
        names = self._overlapping(start, end)
        if span is None or not names:
            return names[0].canonical if names else None
        root = span.root
        for m in names:
            if m.start <= root.idx < m.end:
                return self._elder_or_younger(root, m.canonical)
        text = text_of(doc)
        for m in names:
            last = doc.char_span(m.start, m.end, alignment_mode="expand")
            modifier = (
                last is not None
                and last[-1].dep_ in {"compound", "poss", "nmod", "amod"}
                and not is_post_nominal(last[-1].head.text)  # "Jordan Ashdown KC" is Ashdown
                and not text.startswith(" of ", m.end)  # "Prof Dr Rosnah Ismail of Universiti …"
            )
            if not modifier and text[m.end : m.end + 2] not in {"'s", "’s"}:
                return m.canonical
        return None

    def _apposed_name(self, head: Token) -> str | None:
        """The person named in apposition to the head noun or to the noun its "of" phrase
        names: "a spokesman, Tom Reyes", "one of their lawyers, Ana Ruiz"; or the name the
        noun is in apposition to: "Dr Richmond Boakye, the club's Board Chairman,"."""
        nouns = [head, *(o for p in head.children if p.lower_ == "of" for o in p.children)]
        for noun in nouns:
            apposed = [c for c in noun.children if c.dep_ == "appos"]
            # and one apposed to that: "The National Coordinator, Progressive Shareholders
            # Forum, Sir Olumide Adeyemi-Cole,"
            apposed += [a for c in apposed for a in c.children if a.dep_ == "appos"]
            for c in apposed:
                m = self.mention_at(c.idx, c.idx + len(c))
                if m is not None:
                    return self._elder_or_younger(head, m.canonical)
        if head.dep_ == "appos" and head.head.i < head.i:  # "Dr Richmond Boakye, the club's
            m = self.mention_at(head.head.idx, head.head.idx + len(head.head))  # Board Chairman,"
            return m.canonical if m is not None else None
        return None

    def _elder_or_younger(self, head: Token, named: str) -> str:
        """ "The elder Hollis" when Callum Hollis's father, Mark Hollis, is named: the parent
        (the child for "the younger"), of the relatives the article names; else ``named``.
        ``head`` is "elder" with the name in apposition, or the name "elder" modifies."""
        word = next((c.lower_ for c in head.children if c.dep_ == "amod"), head.lower_)
        older = {"elder": True, "older": True, "younger": False}.get(word)
        if older is None:
            return named
        key = (older, named.split()[-1])  # "the younger Mhlanga" names one person throughout
        if key not in self._relative_of_age:
            self._relative_of_age[key] = self._of_age(head, named, older)
        return self._relative_of_age[key]

    def _of_age(self, head: Token, named: str, older: bool) -> str:
        """The parent (``older``) or the child of the relatives the article names, of whom
        ``named`` is one; else ``named``."""
        for (child, relation), parents in self.kin.items():
            if relation in _PARENTS and child == named and older and len(parents) == 1:
                parent = next(iter(parents))  # not a father who "died in 2016": of the
                return named if _died(head.doc, self.mentions, parent) else parent  # living
            if relation in _PARENTS and named in parents and not older:
                return child
        return named


def _died(doc: Doc, mentions: Sequence[Mention], who: str) -> bool:
    """The text says ``who`` died: the subject of "died", or of a verb joined to it ("Ron
    Brereton played in the 1979 side and died in 2016")."""
    for m in mentions:
        if m.canonical != who:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        noun = span.root.head if span.root.dep_ == "appos" else span.root  # "His father, X,"
        verbs = [c for c in noun.children if c.dep_ == "acl"]  # the parse's root noun's verb
        if noun.dep_ in SUBJECT_DEPS:
            verbs.append(noun.head)
        if any(v.lemma_ == "die" for verb in verbs for v in (verb, *verb.conjuncts)):
            return True
    return False


# words that only describe a person's life: "the retired pipefitter said" is someone
_LIFE_WORDS = frozenset({"retired", "veteran", "elderly", "widowed", "bereaved", "teenage"})
_PARENTS = frozenset({"father", "mother", "parent", "dad", "mum", "mom"})
# What may stand between two people named together: "and", or "and" with their roles around
# it (", and the president of the club,"), within one sentence.
_PAIRED = re.compile(r"[^.!?\n]{0,60}\band\b[^.!?\n]{0,60}")


# Clauses whose subject pronoun may be someone other than the person in focus: "she argued
# that her client had been convicted before he had a chance to respond".
_SIDE_CLAUSES = frozenset({"advcl", "relcl", "acl"})


def fronted_subject(verb: Token) -> Token | None:
    """ "Quashing the conviction, Lady Justice Armitage, sitting with …, said": the name the
    parse hung on the fronted participle (as a modifier) when the verb has no subject."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.i < verb.i and clause.tag_ == "VBG":
            for c in clause.children:
                if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > clause.i:
                    return c
        if clause.dep_ == "prep" and clause.i < verb.i:
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


def _fronted_for(tok: Token) -> bool:
    """ "For Gurpreet, the change is already visible": the person a sentence opens on."""
    prep, end = tok.head, tok.right_edge.i + 1
    return (
        prep.lower_ == "for"
        and prep.is_sent_start
        and end < len(tok.doc)
        and tok.doc[end].text == ","
    )


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
    office = _OFFICE_BEFORE.search(text, max(0, start - 50), start)
    if office is not None and (role := office["role"].lower()) in _APPOSED_ROLES | TITLES:
        found.append(role)
    before = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before["role"] in _APPOSED_ROLES | TITLES:  # "the provost, Cllr X"
        found.append(before["role"])
    return found


def _vocative(text: str, q_start: int, m: Mention) -> bool:
    """The name addresses someone in the quote opened at ``q_start``: it opens a clause and a
    comma or the question mark follows ("Mr Tillery, did you …?", "…, Mr Tillery?"), unlike
    "Raymond Tolliver stood at that podium"."""
    opens = _VOCATIVE.search(text[q_start : m.start]) is not None
    return opens and text[m.end : m.end + 1] in {",", "?", "!"}


def person_in_apposition(subj: Token) -> Token:
    """The person beside a thing the parse took for a subject: "Outside court, the couple's
    daughter, Lucy Aldridge, said" (subject "court", in apposition "daughter")."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() in PEOPLE_NOUNS | KIN_NOUNS:
        return subj
    for c in subj.children:
        if c.dep_ == "appos" and (
            c.pos_ == "PROPN" or c.lemma_.lower() in PEOPLE_NOUNS | KIN_NOUNS
        ):
            return c
    return subj


def _generic(noun: Token) -> bool:
    """ "A worker who falls short is paid only …": anyone of a kind, in the present tense,
    not someone the article brings in."""
    verb = noun.head
    present = verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )
    return present and any(c.dep_ == "relcl" for c in noun.children)


def _silent(verb: Token) -> bool:
    """The clause says its subject gave no answer: "did not respond to a request for comment",
    "declined to comment", "could not be reached"."""
    lemma = verb.lemma_.lower()
    if lemma in _UNANSWERED:
        return any(c.dep_ == "neg" for c in verb.children)
    return lemma in _REFUSALS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _UNANSWERED for c in verb.children
    )
