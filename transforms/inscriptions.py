"""Quoted words that nobody says: what a sign, a banner or an inscription reads.

"a hand-painted sign reading “No Wall Without a Vote”", "a notice on the fence reads “…”",
"It reads: “…”" after a sentence about a sign or a carved line, "the words “…” painted above
its door", "a T-shirt emblazoned with “…”", "a legible inscription, “…”". Such a quote is
kept, with no speaker; a statement or a letter that "reads" stays its author's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from transforms.lexicon import (
    INSCRIBED_NOUNS,
    OCCUPATIONS,
    PERSON_NOUNS,
    SPEAKER_NOUNS,
    WRITING_PARTICIPLES,
)
from transforms.nlp import text_of
from transforms.role_phrases import agent_of

_MARK = "[“\"‘']"


def _alternatives(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first ("spray-painted" before "painted")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WRITING = _alternatives(WRITING_PARTICIPLES)
# a reading verb right before the opening mark: "reads: “", "reading “", "read “", "whose
# slogan translates as “"
_READS = re.compile(
    rf"\b(?:reads|reading|read|says|saying|(?:translates|translated|translating) as"
    rf"|promises|promised|promising|proclaims|proclaimed|declares|declared|warns|warned)"
    rf"(?: simply| only| just)?\s*[:,]?\s*{_MARK}$"  # "It reads simply “"
)
# "painted with the words “", "printed with the line “", "emblazoned with “", "carved: “",
# "decorated with lightning bolts and the words “", "printed with the team’s rallying cry, “"
_WRITTEN_WITH = re.compile(
    rf"(?i)\b(?:{_WRITING})(?: with[^.!?“”\"]{{0,40}} and the words?| with| on it"
    rf"| [^.!?“”\"]{{1,40}} with the words?"  # "spray-painted a sheet of plywood with the words"
    rf"| with (?:the|a|an|its|their|his|her) [^.!?“”\"]{{1,40}},)?"
    rf"(?: the (?:[\w-]+ )?(?:words?|lines?|slogan|message))?\s*:?\s*{_MARK}$"
)  # (a word before it: "T-shirts printed with the Kreol slogan “")
# a passive's bare participle says how, not what is written: "the report had been written
# “strictly on policy”"
_WRITTEN_HOW = re.compile(rf"(?i)\b(?:been|was|were) (?:{_WRITING})\s*{_MARK}$")
# what the words are written in: "that reads, in red spray paint, “", "in chalk: “"
_MEDIUM = re.compile(
    r"(?i)\bin (?:[\w-]+ ){0,2}(?:spray[ -]paint|paint|chalk|ink|marker|felt-tip|crayon)"
    rf"\s*[,:]?\s*{_MARK}$"
)
# "The heaters' boxes carried the slogan “": a thing that bears words
_BEARS = re.compile(
    rf"(?i)\b(?:carried|carries|carry|carrying|bore|bears|bear|bearing|displayed|displays"
    rf"|displaying)(?: [^.!?“”\"]{{1,40}} (?:and|beside|above|below|under|with))?"
    rf"(?: the| its| their| the [\w-]+['’]s)?"
    rf" (?:words?|slogan|message|legend|motto)\s*[:,]?\s*{_MARK}$"  # "bearing his portrait
    # and the words", "bearing the company’s slogan, “…”", "carried a photograph of him beside
    # the slogan “"
)
# "the words “" … "” painted above its door"; "T-shirts with “" … "” printed across the back"
_WORDS = re.compile(rf"(?i)\b(?:words?|slogan|motto|legend|with)\s*{_MARK}$")
# "a legible inscription, “…”", "the plaque: “…”": the thing itself right before the words
# (lower case: "Stated Stone: “" is a speaker; not a slogan, which PolNeAR credits to its user)
_THINGS = _alternatives(INSCRIBED_NOUNS - {"slogan"})
_THING_BEFORE = re.compile(
    rf"\b(?:(?:{_THINGS})s?(?:\s*[,:]| such as| like)|the inscription)\s*{_MARK}$"
)  # and "T-shirts bearing the inscription “…”", however the parse hangs the bearing
_COLON_BEFORE = re.compile(rf":\s*{_MARK}$")
_WITH_WORDS = re.compile(rf"(?i)\bwith the (?:words?|message|slogan)\s*[:,]?\s*{_MARK}$")
_WORD_AFTER = re.compile(r"[”\"’']\s*,?\s*(?P<word>[\w-]+)")
_PEOPLE = PERSON_NOUNS | SPEAKER_NOUNS | OCCUPATIONS  # "the stone mason said": a person
# Boards that words are put up on, written on only when they read or carry them: "a rusted
# board still reads “…”" (not "the board said", a body)
_BOARDS = frozenset({"board", "signboard", "hoarding"})
_WRITTEN_ON_NOUNS = INSCRIBED_NOUNS | _BOARDS
# Verbs that put words on a surface, not into anyone's mouth (not "written", "printed": a
# letter's, a post's)
_INSCRIBING = (WRITING_PARTICIPLES - {"written", "printed", "hand-written", "handwritten"}) | {
    "soaped"
}
_WORD_NOUNS = frozenset({"word", "slogan", "message", "line", "motto"})
_INSCRIBING_NEXT = re.compile(rf" (?:{_alternatives(_INSCRIBING)})\b")
_LOOKBACK = 80
_NEAR_WORDS = 8  # how far back a written-on noun may stand when the parse misses it


def is_inscription(doc: Doc, start: int, end: int) -> bool:
    """The quote ``[start, end)`` (marks excluded) is words written on a thing."""
    text = text_of(doc)
    before = text[max(0, start - _LOOKBACK) : start]
    written = _WRITTEN_WITH.search(before) and not _WRITTEN_HOW.search(before)
    if written or _THING_BEFORE.search(before) or _MEDIUM.search(before):
        return True
    after = _WORD_AFTER.match(text, end)
    if _WORDS.search(before) and after and after["word"].lower() in WRITING_PARTICIPLES:
        return True
    bears = _BEARS.search(before)
    if bears is not None:
        at = start - len(before) + bears.start()
        verb = doc.char_span(at, at + 1, alignment_mode="expand")
        subject = [c for c in verb[0].children if c.dep_ == "nsubj"] if verb is not None else []
        if verb is not None and verb[0].dep_ == "acl":  # "T-shirts bearing … the words"
            subject = [verb[0].head]
        elif verb is not None and verb[0].dep_ == "advcl" and verb[0].i > 0:
            # "wore T-shirts bearing the words", parsed as the wearing's clause: the noun
            # right before it bears them
            thing = verb[0].doc[verb[0].i - 1]
            subject = [thing] if thing.dep_ in {"dobj", "pobj"} else subject
        if subject and _a_thing(subject[0]):
            return True
    colon = _COLON_BEFORE.search(before)
    if colon and _sign_says(doc, start - len(before) + colon.start()):
        return True
    with_words = _WITH_WORDS.search(before)
    if with_words is not None:  # "a hand-woven banner greets every arrival with the words “"
        at = start - len(before) + with_words.start()
        word = doc.char_span(at, at + 4, alignment_mode="expand")
        if word is not None and _written_before(word[0], _NEAR_WORDS):
            return True
    reads = _READS.search(before)
    if reads is None:
        return False
    at = start - len(before) + reads.start()
    verb = doc.char_span(at, at + 1, alignment_mode="expand")
    return verb is not None and _read_from_a_thing(verb[0])


def names_a_written_thing(doc: Doc, start: int, end: int) -> bool:
    """The speaker expression ``[start, end)`` is a thing written on, which says nothing
    itself: "“Save our pier,” read one placard", "the sign on the gate said", "T-shirts that
    said", "Some carried placards. “…,” said one."."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    if head.lower_ in {"that", "which"} and head.head.dep_ == "relcl":
        head = head.head.head  # "T-shirts that said": the T-shirts
        # or the written thing next to the noun the parse hung the clause on: "a billboard
        # outside the bus station that promised", "advertisements and a billboard that …"
        near = [c for c in head.children if c.dep_ == "conj"]
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            near.append(head.head.head)
        head = next((n for n in near if _inscribed(n)), head)
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:  # "one of the placards", not "One of the group"
        head = next((c for c in of.children if c.dep_ == "pobj"), head)
    elif head.lower_ in {"one", "another"}:
        return _previous_subject_written_on(head) or _many_written_before(head)
    elif head.left_edge.lower_ in {"one", "another"} and head.lemma_.lower() in _READING_WORDS:
        # "… with placards. One read “…”, while another, held up by a man, said “…”", the
        # parse making "read" the subject of "said"
        return _many_written_before(head.left_edge)
    # (not a board, which speaks as a body: "the board would “listen carefully”")
    return _inscribed(head)


_READING_WORDS = frozenset({"read", "say"})


def _inscribed(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in INSCRIBED_NOUNS


def _sign_says(doc: Doc, colon: int) -> bool:
    """ "A banner strung across the street makes the festival’s only promise: “…”": the
    sentence that introduces the words with the colon at ``colon`` has a thing written on as
    its subject, or as its object right before the colon."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    if any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _WRITTEN_ON_NOUNS
        for c in root.children
    ):  # "a hand-lettered sign had been taped to the scorched front door: “…”", "A painted
        # board still hangs over the shutter: “…”"
        return True
    if root.lower_ in _INSCRIBING:  # "somebody had soaped a message across the window: “…”"
        return True
    if any(
        t.lemma_.lower() in _WORD_NOUNS
        and (
            any(c.dep_ == "acl" and c.lower_ in _INSCRIBING for c in t.children)
            # "hung a bedsheet on the fence with a message spray-painted in red:", the
            # participle parsed apart from the noun
            or _INSCRIBING_NEXT.match(text_of(doc), t.idx + len(t)) is not None
        )
        for t in span[0].sent
        if t.i < span[0].i
    ):  # "The harbour wall still carries the words painted on it …, faded now: “…”"
        return True
    # "The pump has a hand-lettered notice taped to its nozzle: “…”" ("… to find the gates
    # chained shut and a handwritten sign taped to the window: “…”"): the thing's phrase, an
    # object, ends right before the colon
    last = doc[span[0].i - 1] if span[0].i > 0 else span[0]
    if any(
        t.lemma_.lower() in INSCRIBED_NOUNS
        and (t.dep_ in {"dobj", "attr"} or (t.dep_ == "conj" and t.head.dep_ in {"dobj", "attr"}))
        and (t.right_edge == last or _where_put(t, last))
        for t in last.sent  # (also one before where it was put: "… a bedsheet beneath it:")
    ):
        return True
    # "a hand-painted banner hung from the fence: “GOD IS OUR LAWYER.”", where the parse made
    # the words the sentence's root: the clause before the colon, a main clause, has the
    # thing as subject (not "they will hold banners proclaiming:", nor "Signs of momentum
    # were there -More from X:")
    # (the first verb with a subject: not "lots" in "A faded billboard still stands at the
    # entrance to the Windward Point lots:", which the parse took for a verb)
    verb = next(
        (
            t
            for t in (last, *last.ancestors)
            if t.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        ),
        None,
    )
    return (
        verb is not None
        and (verb.dep_ == "ROOT" or verb.head.i > span[0].i)
        and any(
            c.dep_ in {"nsubj", "nsubjpass"}
            and c.lemma_.lower() in INSCRIBED_NOUNS
            and not any(p.lower_ == "of" for p in c.children)
            for c in verb.children
        )
    )


def _where_put(thing: Token, last: Token) -> bool:
    """Only where the thing was put stands between it and the colon: "someone had zip-tied a
    bedsheet beneath it:" (the place phrase hung on the verb)."""
    after = thing.doc[thing.right_edge.i + 1 : last.i + 1]
    return (
        len(after) > 0
        and after[0].dep_ == "prep"
        and after[0].head == thing.head
        and after[0].right_edge == last
    )


def _read_from_a_thing(verb: Token) -> bool:
    """The reading verb's subject, or the noun its participle follows ("a sign reading"), is
    a thing written on; "it" counts when the sentence before has such a thing as subject.
    Where the parse finds neither ("a notice cable-tied to the fence reads"), the nearest
    noun a few words back decides."""
    if verb.tag_ == "VBG" and verb.i > 0 and _written_on(verb.doc[verb.i - 1]):
        return True  # "many wearing orange T-shirts reading", parsed as the wearers' clause
    before = verb.doc[verb.i - 1] if verb.i > 0 else verb
    if verb.tag_ == "VBG" and before.lower_ in {"one", "another"}:  # "held up placards, one
        listed = verb.doc[verb.sent.start : before.i]  # reading “…”"
        return any(t.tag_ == "NNS" and _written_on(t) for t in listed) or _many_written_before(
            before
        )
    if verb.dep_ == "acl" or _relative(verb):
        # "a sign on the wall of the shed reading", "a banner across the stand that read":
        # the sign, up the chain
        noun = verb.head
        while not _written_on(noun) and noun.dep_ == "pobj" and noun.head.head != noun:
            noun = noun.head.head
            if noun.pos_ == "VERB" and noun.dep_ == "acl":
                noun = noun.head  # "a banner strung across the grandstand that read": the banner
                break
            if noun.pos_ == "VERB":  # "unfurled a banner across the stand that read": its object
                noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
                break
        # else a written thing a few words back ("a banner strung across the village green
        # reading", the participle hung on the sentence's noun)
        # (or one of the things listed with it: "fire trucks, a marching band and a banner
        # stretched across Main Street that read", the clause hung on the first)
        between = verb.doc[verb.head.i + 1 : verb.i]
        listed = any(
            t.pos_ == "NOUN" and t.head.i >= verb.head.i and _written_on(t) for t in between
        )
        return _written_on(noun) or listed or _written_before(verb, _NEAR_WORDS)
    if verb.dep_ == "relcl" and verb.doc[verb.i - 1].text == "," and _written_on(verb.head):
        return True  # "A brass plaque on the pavilion, which Lezama built, reads:", the
        # plaque's own clause parsed as the one on it
    # the nearest subject first: "relatives …, many …, held placards, one of which read"
    for child in [*reversed(list(verb.lefts)), *verb.rights]:
        if child.lower_ in {"one", "another"} and child.i == verb.i - 1:
            # "… waved placards. One read:", "…, some holding placards. One read:"
            return _previous_subject_written_on(child) or _many_written_before(child)
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.lower_ in {"it", "this"}:
                return _previous_subject_written_on(child)
            if _one_of_which(child):  # "placards, one of which read: “…”": the placards
                if verb.dep_ == "relcl" and _written_on(verb.head):
                    return True
                # else the word before, where the parse hung the clause elsewhere ("families
                # …, many of them in white, held placards, one of which read": the families)
                words = [t for t in child.doc[child.sent.start : child.i] if not t.is_punct]
                return bool(words) and _written_on(words[-1])
            # "many in team jerseys, and a bedsheet banner … read": the parse joined them
            if _written_on(child) or any(_written_on(c) for c in child.conjuncts):
                return True
            if _clause_written_on_before(child, verb):
                return True
            # "A banner stretched across the student section before tipoff read": the
            # verb hung, with a false subject, on the participle after the banner
            return (
                _stretched_after(verb)
                and child.ent_type_ != "PERSON"
                and child.pos_ != "PRON"
                and child.lemma_.lower() not in _PEOPLE
            )
    for clause in verb.children:  # "A brass plaque …, unveiled when …, reads:" (no subject)
        if clause.dep_ == "advcl" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and _written_on(c) for c in clause.children
        ):
            return True
    if verb.dep_ in {"advcl", "conj", "ccomp"}:  # "A banner strung across … reads “…”"
        for child in verb.head.children:
            if child.dep_ == "nsubj" and _written_on(child):
                return True
            if child.dep_ == "dobj" and _written_on(child) and verb.tag_ == "VBG":
                return True  # "Fans hung a banner from the rafters … reading “…”"
        # "Residents have formed a group, and a bedsheet banner strung … reads:": the
        # subject nearest before it of a verb joined to the same head
        joined = {verb.head, *(c for c in verb.head.children if c.dep_ == "conj")}
        subjects = [
            t
            for t in verb.doc[verb.sent.start : verb.i]
            if t.dep_ in {"nsubj", "nsubjpass"} and t.head in joined
        ]
        if subjects and _written_on(subjects[-1]):
            return True
    return _written_before(verb, _NEAR_WORDS)


def _clause_written_on_before(subject: Token, verb: Token) -> bool:
    """The subject's relative clause, ending right before the verb, is about a thing written
    on: "Outside the house, where a brass plaque put up in 2019 reads “…”", the verb parsed as
    the house's."""
    return any(
        clause.dep_ == "relcl"
        and clause.right_edge.i == verb.i - 1
        and any(c.dep_ in {"nsubj", "nsubjpass"} and _written_on(c) for c in clause.children)
        for clause in subject.children
    )


def _stretched_after(verb: Token) -> bool:
    """The verb is a clause of a participle after a thing written on ("A banner stretched
    across …")."""
    clause = verb.head
    return verb.dep_ == "advcl" and clause.dep_ == "acl" and _written_on(clause.head)


def _one_of_which(subject: Token) -> bool:
    """ "one of which", "some of which": a part of what the relative clause is about; "one
    of them" after the things ("held placards, one of them reading")."""
    return subject.lower_ in {"one", "some", "each", "another"} and any(
        c.lower_ == "of" and any(o.lower_ in {"which", "them"} for o in c.children)
        for c in subject.children
    )


def _written_before(verb: Token, words: int) -> bool:
    """A noun for a thing written on stands within ``words`` before the verb, with no person
    or pronoun other than a preposition's nearer ("a bedsheet strung between two of them
    read:")."""
    for tok in reversed(verb.doc[max(verb.sent.start, verb.i - words) : verb.i]):
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PRON" and tok.dep_ != "pobj"):
            return False
        if tok.lemma_.lower() in INSCRIBED_NOUNS:
            return True
    return False


def _a_thing(noun: Token) -> bool:
    """A thing, not a person or a group of them: "The heaters' boxes", "The poster" (not
    "Protesters", "Supporters")."""
    lemma = noun.lemma_.lower()
    return _written_on(noun) or (
        noun.pos_ == "NOUN"
        and noun.ent_type_ not in {"PERSON", "NORP", "ORG"}
        and lemma not in _PEOPLE
        and not lemma.endswith("er")
    )


def _relative(verb: Token) -> bool:
    """The verb heads a relative clause whose subject is its relative pronoun ("that read")."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in verb.children
    )


def _written_on(noun: Token) -> bool:
    """A sign, a banner …, or anything a writing participle describes ("a line carved …");
    also a thing the parse glued to a sign ("a laminated notice zip(-tied)": notice), and a
    piece of a material signs are made of ("A piece of cardboard taped inside the door")."""
    return (
        noun.lemma_.lower() in _WRITTEN_ON_NOUNS
        or (noun.lemma_.lower() in _PIECES and any(_of_material(c) for c in noun.children))
        or any(t.lower_ in WRITING_PARTICIPLES and not _by_someone(t) for t in noun.subtree)
        or (
            noun.lemma_.lower() not in _PEOPLE
            and any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in INSCRIBED_NOUNS
                for c in noun.lefts
            )
        )
    )


def _by_someone(participle: Token) -> bool:
    """The writing has a writer: "The reply, which investigators say was written by Cody
    Lindgren, read:" is his message, not words on a thing."""
    by = agent_of(participle)
    return by is not None and by.ent_type_ == "PERSON"


_PIECES = frozenset({"piece", "sheet", "scrap", "strip", "square"})
_MATERIALS = frozenset({"cardboard", "paper", "plywood", "card", "board", "cloth", "fabric"})


def _of_material(prep: Token) -> bool:
    """ "of cardboard", "of plywood": what a piece a sign is written on is of."""
    return prep.lower_ == "of" and any(o.lemma_.lower() in _MATERIALS for o in prep.children)


def _many_written_before(one: Token) -> bool:
    """The sentence before names things written on, in the plural, that "one" of is, or
    speaks of "one" of them itself ("… holding placards. One read “…”. Another, held up by a
    woman, said “…”")."""
    sent = one.sent
    for _ in range(2):
        if sent.start == 0:
            return False
        sent = one.doc[sent.start - 1].sent
        if any(t.tag_ == "NNS" and _written_on(t) for t in sent):
            return True
        if sent[0].lower_ not in {"one", "another"}:
            return False
    return False


def _previous_subject_written_on(pronoun: Token) -> bool:
    sent = pronoun.sent
    if sent.start == 0:
        return False
    previous = pronoun.doc[sent.start - 1].sent
    return any(
        # "… unfurled a banner. It read:", "Set into the wall is a slate plaque …. It reads:",
        # "The association paid for a billboard on the highway. It reads:"
        (t.dep_ in {"nsubj", "dobj", "attr", "pobj"} and _written_on(t))
        or (t.dep_ == "nsubjpass" and (_written_on(t) or t.head.lower_ in WRITING_PARTICIPLES))
        for t in previous
    )  # "A sign has appeared …", "A line carved in 1612 …", "The stone was carved in 1790."
