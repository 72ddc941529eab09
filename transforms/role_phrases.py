"""What a noun phrase says about a role and its holder: whether "a spokesman" is someone new
or "the host" someone named, which role an apposition or a relative clause gives a name ("The
head coach, Arjun Mehta,", "Ann Lee, who chairs …"), whose role it is ("Sierra Alta's
chairman"), who wrote a letter or founded a firm, and the kin relations between people. The
``SpeakerResolver`` reads an article's roles with these."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from transforms.lexicon import (
    BYSTANDER_NOUNS,
    CUE_LEMMAS,
    FEMALE,
    HONORIFICS,
    KIN_NOUNS,
    MALE,
    OCCUPATIONS,
    ORG_HEADS,
    PERSON_NOUNS,
    SPEAKER_NOUNS,
    TITLES,
)
from transforms.name_context import PLACE_OF_NOUNS, noun_naming
from transforms.nlp import token_indices

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
PEOPLE_NOUNS = PERSON_NOUNS | SPEAKER_NOUNS | BYSTANDER_NOUNS  # "the coach", "a resident"
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # mostly not named
_NAMED_ROLES = PERSON_NOUNS - SPOKESPEOPLE  # "the host": someone the article named
INDEFINITE = frozenset({"a", "an", "another"})  # determiners of someone not named before
# "former chancellor Ken Clarke", "a retired teacher" (then "the former teacher")
FORMER = frozenset({"former", "ex", "ex-", "then", "late", "retired", "outgoing", "defending"})
_NOT_TITLE_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP"})


def held_before(noun: Token) -> bool:
    """A role held in the past: "the former mayor", "ex-chair", and an apposed one that
    says until when or before whom ("…, mayor for two terms before Cllr Carne,", "…, chair
    until 2019,")."""
    if any(c.lower_ in FORMER for c in noun.children):
        return True
    preps = [c for c in noun.children if c.dep_ == "prep"]
    preps += [g for p in preps for o in p.children if o.dep_ == "pobj" for g in o.children]
    return any(p.dep_ == "prep" and p.lower_ in {"before", "until", "till"} for p in preps)


# A title whose holder the article calls by another noun: "Lady Justice Armitage" is "the judge".
TITLE_ROLE = {
    "justice": "judge",
    "cllr": "councillor",
    "coun": "councillor",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "lyonpo": "minister",
    "clr": "councillor",
    "cr": "councillor",
    "const": "constable",
    "sgt": "sergeant",
    "det": "detective",
    **dict.fromkeys(("dc", "ds", "di", "dci", "dsi"), "detective"),
    **dict.fromkeys(("pc", "pcso"), "officer"),
    "insp": "inspector",
    "supt": "superintendent",
    "capt": "captain",
    "lt": "lieutenant",
    "prof": "professor",
    "engr": "engineer",
    "eng": "engineer",
    "atty": "lawyer",
    "adv": "advocate",
}


# The office before "Attorney" in a prosecutor's title: "District Attorney", "U.S. Attorney".
PROSECUTING_OFFICES = frozenset({"district", "u.s.", "us", "county", "state", "state's"})


def unnamed_roles(doc: Doc) -> dict[str, int]:
    """Person nouns the article introduces as someone new ("a spokesman said"; not an
    apposition or predicate of a name, "Lena Marsh, a commissioner"), each with its first
    character."""
    found: dict[str, int] = {}
    for i in token_indices(doc, pos=("NOUN",), not_dep=("appos", "attr")):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if lemma in PERSON_NOUNS and lemma not in found and someone_new(tok):
            found[lemma] = tok.idx
    return found


def roles_around(name: Span) -> list[str]:
    """Roles the sentence gives a name as the apposition of a role noun ("The head coach,
    Arjun Mehta,"; not a possessed one: "Mehta's predecessor, Graham Tillotson,"), in a
    relative clause ("Harold Pike, who was mayor for six years": the former mayor) or the
    name's own clause ("X has chaired the board", "X was mayor from 2011 to 2013"), or the noun
    "named" follows ("a doctoral student named Amara Osei")."""
    root, found = name.root, []
    head = root.head
    of = head.head
    if (
        head.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.pos_ == "NOUN"
        and head.lemma_.lower() not in PERSON_NOUNS
    ):  # "The chairwoman of the residents' association, Ines Kowalczyk,": the chairwoman
        head = of.head
    if (
        root.dep_ == "appos"
        and head.i < name.start
        and (
            (head.pos_ == "NOUN" and (head.lemma_.lower() in PERSON_NOUNS or head.tag_ == "NN"))
            # "The Chairman of …, X", "the Registrar, Prof. X," (a house style's capitals)
            or (head.pos_ == "PROPN" and head.lower_ in _CAPITALISED_ROLES)
        )  # "The curator, X,"
    ):
        owner = possessor(head)
        former = any(c.lower_ in FORMER for c in head.children)
        if owner is None or owner.pos_ == "PRON":  # "their head coach, Dirk van der Berg,"
            found.append(role_key(head.lemma_.lower(), former))
        else:  # "Sierra Alta's chairman, Joaquín Villarreal,": that firm's chairman only
            found.append(owned_role_key(owner, head, former))
            if _a_place(owner) and not any(c.dep_ == "compound" for c in head.children):
                # "Harrowfell's mayor, Cllr Sandra Wilson,": "the mayor" (not "the
                # municipality's supply chain manager": which manager it does not say)
                found.append(role_key(head.lemma_.lower(), former))
        if (ranked := ranked_role(head)) is not None:
            found.append(ranked)
    elif (noun := _noun_before_commas(name)) is not None:
        found.append(role_key(noun.lemma_.lower(), any(c.lower_ in FORMER for c in noun.children)))
    named = noun_naming(root)
    if named is not None:
        found.append(named.lemma_.lower())  # "a doctoral student named Amara Osei"
    led = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else None
    if led is not None and led.lemma_ in _LEADING_VERBS and led.dep_ == "acl":
        # "The prosecution, led by Inspector Shermon Gellineau,": the prosecutor; "The court,
        # presided over by Counsellor Nasser Al-Obaidan,": the judge
        role = _LEADING_VERBS[led.lemma_].get(led.head.lemma_.lower())
        if role is not None:
            found.append(role)
    subject = root.head if root.dep_ == "appos" else root  # "His widow, X, 68, has chaired"
    verb = subject.head
    if subject.dep_ in {"nsubj", "nsubjpass"} and _makes(verb):
        found += _as_roles(verb)  # "X was unveiled as Inverbrae Athletic’s new manager"
    if subject.dep_ == "nsubjpass" and verb.lemma_ in _MADE_VERBS | {"crown"}:
        found += _made_roles(verb)  # "X was elected mayor", "was crowned Calypso Monarch"
    for held in (verb, *verb.conjuncts) if subject.dep_ == "nsubj" else ():
        if held is not verb and any(c.dep_ in SUBJECT_DEPS for c in held.children):
            continue  # a joined clause with a subject of its own: “He's coached half the men”
        if _holds_office(held):  # "X has chaired the board since", "X heads the branch",
            found += _office_roles(held)  # "X played for Vogt and has coached the Huskies"
    if subject.dep_ == "nsubj" and _testifies(verb):  # "X was giving evidence in a suit"
        found.append("witness")
    found += _role_once_held(root)
    for clause in _clauses_on(root):
        if clause.dep_ == "relcl" and _testifies(clause):  # "X, who testified on Monday,"
            found.append("witness")
        for verb in (clause, *clause.conjuncts) if clause.dep_ == "relcl" else ():
            if verb.lemma_ in OFFICE_VERBS:  # "…, who chairs the …", "who played … and has
                found += _office_roles(verb)  # coached"
            if _makes(verb):  # "…, who succeeded Mrs Pascal as chairwoman in 2022,"
                found += _as_roles(verb)
            if verb.lemma_ == "serve":  # "who played … and later served two terms as mayor"
                terms = [c for c in verb.children if c.dep_ == "dobj"]  # (its "as" on "terms")
                roles = _as_roles(verb) + [r for t in terms for r in _as_roles(t)]
                found += [role_key(role, verb.tag_ == "VBD") for role in roles]
        if clause.dep_ != "relcl" or clause.lemma_ not in {"be", "become"}:
            continue
        for attr in clause.children:
            lemma = attr.lemma_.lower()
            if (
                attr.dep_ == "attr"
                and attr.pos_ == "NOUN"
                and (lemma in PERSON_NOUNS or attr.tag_ == "NN")
            ):
                # "who was mayor", not "who became mayor in May"
                was = clause.lemma_ == "be" and clause.tag_ == "VBD"
                former = was or any(c.lower_ in FORMER for c in attr.children)
                found.append(role_key(lemma, former))
    return found


def _makes(verb: Token) -> bool:
    """The verb makes its subject what its "as" names: "was appointed as", "took over as"."""
    return verb.lemma_ in _MADE_VERBS or any(
        c.lower_ == _TAKING_VERBS.get(verb.lemma_) for c in verb.children
    )


def _as_roles(verb: Token) -> list[str]:
    """The person nouns the verb's "as" names: "served two terms as mayor"."""
    return [
        c.lemma_.lower()
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for c in prep.children
        if c.dep_ == "pobj" and c.lemma_.lower() in PEOPLE_NOUNS | OCCUPATIONS
    ]


def _made_roles(verb: Token) -> list[str]:
    """The person nouns a passive verb makes its subject: "was elected mayor", "was named
    head coach", "was crowned Calypso Monarch" (the title parsed as the object)."""
    return [
        c.lemma_.lower()
        for c in verb.children
        if c.dep_ in {"oprd", "dobj"} and c.lemma_.lower() in PEOPLE_NOUNS | OCCUPATIONS
    ]


_CAPITALISED_ROLES = PERSON_NOUNS | TITLES | OCCUPATIONS  # roles a house style may capitalise
_PERSON_WORDS = PERSON_NOUNS | OCCUPATIONS  # "a retired headteacher who has chaired …"


def _noun_before_commas(name: Span) -> Token | None:
    """The role noun a name stands between commas after, where the parse missed the
    apposition: "The court heard from a forensic document examiner, Dr. Tombe, who …"."""
    doc, at = name.doc, name.start - 1
    while at > 0 and doc[at].lower_.rstrip(".") in TITLES | HONORIFICS:
        at -= 1  # the title the name's span left out
    noun = doc[at - 1] if at > 0 else None
    if (
        noun is None
        or doc[at].text != ","
        or name.root.dep_ == "appos"
        or name.end >= len(doc)
        or doc[name.end].text != ","
    ):
        return None
    lemma = noun.lemma_.lower()
    if (
        (noun.tag_ == "NN" and lemma in PEOPLE_NOUNS | OCCUPATIONS)
        or (noun.tag_ == "NNP" and noun.lower_ in _CAPITALISED_ROLES)  # "the Registrar, X,"
    ) and any(c.dep_ == "det" for c in noun.children):
        return noun
    return None


def _clauses_on(root: Token) -> list[Token]:
    """The name's children, and those the parse hung on a bracket right after it: "Coun Brian
    Ackroyd (Con, Ryeholme), who was mayor in 2019/20," (the clause is Ackroyd's), or on a
    person noun in apposition: "Glenys Parry, a retired headteacher who has chaired …"."""
    doc, clauses = root.doc, list(root.children)
    for c in root.children:
        if c.dep_ != "appos":
            continue
        bracket = c.i >= 2 and doc[c.i - 1].text == "(" and c.i - 2 == root.i
        if bracket or (c.i > root.i and c.pos_ == "NOUN" and c.lemma_.lower() in _PERSON_WORDS):
            clauses += [g for g in c.children if g.dep_ == "relcl"]
    return clauses


# Who leads a side in court or presides over it: "The prosecution, led by X," is the
# prosecutor; "The court, presided over by X," the judge
_LEADING_VERBS = {
    "lead": {"prosecution": "prosecutor"},
    "preside": dict.fromkeys(("court", "tribunal", "hearing", "trial", "bench"), "judge"),
}


# A relation and what the other person is to its holder ("father" of X: X is his son or
# daughter); the gender of the other person picks one.
KIN_INVERSE = {
    "father": ("son", "daughter"),
    "mother": ("son", "daughter"),
    "son": ("father", "mother"),
    "daughter": ("father", "mother"),
    "brother": ("brother", "sister"),
    "sister": ("brother", "sister"),
    "husband": ("wife",),
    "wife": ("husband",),
    "grandfather": ("grandson", "granddaughter"),
    "grandmother": ("grandson", "granddaughter"),
    "grandson": ("grandfather", "grandmother"),
    "granddaughter": ("grandfather", "grandmother"),
    "uncle": ("nephew", "niece"),
    "aunt": ("nephew", "niece"),
    "nephew": ("uncle", "aunt"),
    "niece": ("uncle", "aunt"),
}


def title_initials(doc: Doc, start: int) -> str | None:
    """The initials of a title of two or more capitalised words before a name (and its
    honorific, and a qualifier in brackets, or a comma), in lower case: "dho" for "District
    Health Officer Dr. Suresh Pandharkar", "dcp" for "Deputy Commissioner of Police
    (South-East) X", "acs" for "the Agriculture Cabinet Secretary, Dr Halima Wario"."""
    i = start - 1
    while i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
        i -= 1
    if i > 0 and doc[i].text == "," and _title_word(doc[i - 1]):
        i -= 1  # a title in apposition: "the Agriculture Cabinet Secretary, Dr Halima Wario"
    if i >= 0 and doc[i].text == ")":  # "Deputy Commissioner of Police (South-East) X"
        opening = next((j for j in range(i - 1, max(-1, i - 6), -1) if doc[j].text == "("), None)
        i = opening - 1 if opening is not None else i
    words = []
    while i >= 0 and not doc[i].is_sent_start:
        if _title_word(doc[i]):
            words.append(doc[i].text)
        elif not (doc[i].lower_ in {"of", "for"} and i > 0 and _title_word(doc[i - 1])):
            break  # "of" inside a title counts no initial: "Deputy Commissioner of Police"
        i -= 1
    if i >= 0 and _title_word(doc[i]):
        words.append(doc[i].text)  # the title opens the sentence
    return "".join(w[0] for w in reversed(words)).lower() if 2 <= len(words) <= 5 else None


def apposed_title_initials(doc: Doc, end: int) -> list[str]:
    """The initials of a title of two or more capitalised words in apposition after a name,
    in lower case, with and without what follows its "of": "dfo" and "dfouk" for "Mito Riba,
    the Divisional Forest Officer of Upper Kesang," ("the DFO added")."""
    i = end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return []
    i += 1 + (doc[i + 1].lower_ in {"the", "a", "an"})
    words, at_of = [], None
    while i < len(doc) and not doc[i].is_sent_start:
        if _title_word(doc[i]):
            words.append(doc[i].text)
        elif doc[i].lower_ in {"of", "for"} and i + 1 < len(doc) and _title_word(doc[i + 1]):
            at_of = len(words) if at_of is None else at_of
        else:
            break
        i += 1
    found = {len(words), at_of or 0}
    return ["".join(w[0] for w in words[:n]).lower() for n in sorted(found) if 2 <= n <= 5]


def _title_word(tok: Token) -> bool:
    """A capitalised word that may belong to a title (not a day, a place or a people)."""
    return tok.is_title and tok.is_alpha and tok.ent_type_ not in _NOT_TITLE_LABELS


def apposed_proper_noun(tok: Token) -> Token | None:
    """The proper noun in apposition to ``tok`` ("its secretary, Rhoda Williamson"), if any."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def head_of(noun: Token) -> bool:
    """ "the head of education", "chief of staff": a head or chief of something, a role."""
    return noun.lemma_.lower() in {"head", "chief"} and any(c.lower_ == "of" for c in noun.rights)


def possessor(noun: Token) -> Token | None:
    """Whose the noun is: "Mehta" in "Mehta's predecessor", "Haddads" in "the Haddads’
    lawyer" (which the parse may read as a modifier and a stray mark)."""
    doc = noun.doc
    for c in noun.lefts:
        if c.dep_ == "poss" or (c.i + 1 < noun.i and doc[c.i + 1].text in {"’", "'"}):
            return c
    return None


def owned_role_key(owner: Token, noun: Token, former: bool = False) -> str:
    """ "sierra alta's chairman": a role that belongs to one possessor ("the town's former
    mayor": "town's former mayor")."""
    words = [t.lower_ for t in owner.subtree if t.dep_ not in {"case", "punct", "det"}]
    return f"{' '.join(words)}'s {role_key(noun.lemma_.lower(), former)}"


def _a_place(owner: Token) -> bool:
    """The possessor is a place ("Harrowfell's", "the town's"): its mayor is the story's."""
    return owner.ent_type_ in {"GPE", "LOC"} or (
        owner.pos_ == "NOUN" and owner.lemma_.lower() in PLACE_OF_NOUNS
    )


def ranked_role(noun: Token) -> str | None:
    """ "head chef", "sous chef", "assistant coach": a role with the word before it that tells
    one holder from another."""
    if noun.i == 0:
        return None
    word = noun.doc[noun.i - 1]
    if (
        word.head != noun
        or word.dep_ not in {"compound", "amod"}
        or any(c.lower_ in FORMER for c in (word, *noun.children))
    ):
        return None  # a former one's role has its own key
    return f"{word.lower_} {noun.lemma_.lower()}" if word.is_alpha else None


# Words for a parent that a (tabloid) story calls its subject by: "the mum", "the dad-of-two".
PARENT_WORDS = frozenset({"mum", "mom", "dad", "mother", "father", "gran", "grandad"})
# A parent by the number of children: "the gran-of-five", "the mum-of-two", "dad-of-three"
PARENT_EPITHET = re.compile(
    rf"the (?P<who>{'|'.join(sorted(PARENT_WORDS))})-of-(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)


_FOUNDING = frozenset({"found", "co-found", "cofound", "establish", "start", "launch"})


_FOUNDED_THINGS = frozenset(
    {"group", "company", "firm", "business", "charity", "organisation", "organization"}
    | {"campaign", "trust", "foundation", "club", "choir", "society", "movement", "startup"}
)


def stands_accused(name: Token) -> bool:
    """The name is who stands trial: "Moxey, 41, denies 14 counts of fraud", "Banda pleaded
    not guilty", "Banda was charged with …": "the accused" and "the defendant"."""
    verb = name.head
    lemma = verb.lemma_.lower()
    if name.dep_ == "nsubj" and lemma == "deny":
        return any(o.dep_ == "dobj" and o.lemma_.lower() in _CHARGES for o in verb.children)
    return (name.dep_ == "nsubj" and lemma == "plead") or (
        name.dep_ == "nsubjpass" and lemma in {"charge", "accuse", "indict"}
    )


_CHARGES = frozenset({"charge", "count", "allegation"})


def founded(name: Token) -> bool:
    """The name is who founded something: "founded in 2016 by Anele Dube", "Seah, who started
    the company in 2014", "Dube founded the group"."""
    if name.dep_ == "pobj" and name.head.lower_ == "by" and name.head.head.dep_ != "acl":
        return name.head.head.lemma_.lower() in _FOUNDING - {"start", "launch"}
    verbs = [name.head] if name.dep_ in SUBJECT_DEPS else []
    verbs += [c for c in name.children if c.dep_ == "relcl"]  # "Seah, who started …"
    return any(
        v.lemma_.lower() in _FOUNDING
        and any(o.dep_ == "dobj" and o.lemma_.lower() in _FOUNDED_THINGS for o in v.children)
        for v in verbs
    )


# Verbs for holding an office, in a relative clause after a name: "Ann Lee, who chairs the
# residents' association," is its chair.
OFFICE_VERBS = {
    "chair": "chair",
    "head": "head",
    "lead": "leader",
    "captain": "captain",
    "coach": "coach",  # "Jordan Kowalczyk, who has coached the team since 2015,"
}
# Bodies whose head is their chair: "Kim Albrecht, who heads the growers' association," is
# "the chairwoman"
_CHAIRED = frozenset(
    {"association", "club", "society", "committee", "board", "union", "federation", "guild"}
    | {"league", "alliance", "cooperative", "co-operative", "chamber", "trust", "council"}
)


def _office_roles(verb: Token) -> list[str]:
    """The roles an office verb gives its subject: "chairs" a chair, "heads the association"
    its head and chair, "coached" a former coach."""
    past = verb.tag_ == "VBD"
    found = [role_key(OFFICE_VERBS[verb.lemma_], past)]
    led = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if verb.lemma_ == "head" and led & _CHAIRED:
        found.append(role_key("chair", past))
    return found


# Verbs that make someone what their "as" names ("X was unveiled as the club's new manager").
_MADE_VERBS = frozenset(
    {"unveil", "appoint", "name", "confirm", "install", "elect", "announce", "hire", "sworn"}
    | {"succeed", "replace"}  # "X succeeded Mrs Pascal as chairwoman"
)
# Verbs with the particle that make their subject what the "as" names: "X took over as head
# coach in 2021", "X stepped in as interim chair"
_TAKING_VERBS = {"take": "over", "step": "in"}
# of them, those that say who holds an office also as a sentence's main verb ("X chairs the
# board"; not "X led the protest")
_MAIN_OFFICE_VERBS = frozenset({"chair", "head"})


def _role_once_held(name: Token) -> list[str]:
    """ "Peter Widger, a retired harbourmaster, was himself mayor from 2011 to 2013": the
    role a name's "was" gives it is one the person held before (a former mayor)."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ != "VBD":
        return []
    return [
        role_key(attr.lemma_.lower(), True)
        for attr in verb.children
        if attr.dep_ == "attr"
        and attr.pos_ == "NOUN"
        and attr.lemma_.lower() in _PERSON_WORDS
        and possessor(attr) is None
    ]


def _holds_office(verb: Token) -> bool:
    """A main clause's verb of holding an office, with what is held: "chairs the board",
    "has coached the Huskies for 14 years" (not "coached the side to victory": a match's)."""
    return any(c.dep_ == "dobj" for c in verb.children) and (
        verb.lemma_ in _MAIN_OFFICE_VERBS
        or (verb.lemma_ in _TEAM_OFFICE_VERBS and verb.tag_ != "VBD")
    )


_TEAM_OFFICE_VERBS = frozenset({"coach", "captain"})


def _testifies(verb: Token) -> bool:
    """The verb says its subject is a witness: "testified", "gave evidence", "took the
    stand"."""
    if verb.lemma_ == "testify":
        return True
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return (verb.lemma_ == "give" and bool(objects & {"evidence", "testimony"})) or (
        verb.lemma_ == "take" and "stand" in objects
    )


# Writings whose words an article quotes as their writer's: "The letter goes on: “…”".
WRITINGS = frozenset({"letter", "email", "e-mail", "note", "memo", "post", "text", "message"})
# What someone says back or sends: "The reply from the ministry was swift: “…”".
REPLIES = frozenset({"reply", "response", "answer", "message", "retort", "plea"})
WRITTEN_NOUNS = WRITINGS | REPLIES  # whose words are their writer's or sender's


def _subject_of_sending(noun: Token) -> Token | None:
    """Who sent the message ``noun``: the subject of "send" it is the object of ("Shalini Devi
    managed to send a text message to her husband") or that sent something "with" it ("Ana
    Castellano sent a photo to the hotline with a text message that read:")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
    elif noun.dep_ == "appos" and verb.dep_ in {"dobj", "dative"}:
        verb = verb.head  # "he sent his daughter a text message", parsed with the two apposed
    elif noun.dep_ == "compound" and verb.dep_ == "dobj":
        verb = verb.head  # "sent her a text message minutes after", parsed "message minutes"
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_.lower() != "send":
        return None
    if verb.dep_ == "xcomp":  # "managed to send"
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def sender(noun: Token) -> Token | None:
    """Who a reply, a message or a letter is from: the noun's possessor ("Her message"), the
    object of its "from" ("the reply from the ministry", "an email from … Philippa Ashworth")
    or of the "from" of the verb that brought it ("One text came from Dennis Harlow")."""
    for child in noun.children:
        if child.dep_ == "poss" and not _posted_to(noun, child):
            return child
        if child.dep_ == "prep" and child.lower_ == "from":
            return _from_sender(child)
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _ARRIVING | {"read"}:
        # "from" on the verb or, parsed so, on its side clause: "A text was waiting on his
        # phone when he reached the room, from his sister, X"; "The first, from his mother,
        # X, read:"
        verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "advcl")]
        source = next(
            (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "from"),
            None,
        )
        return _from_sender(source) if source is not None else None
    return _received_from_in_clause(noun)


def _received_from_in_clause(noun: Token) -> Token | None:
    """The sender a relative clause of receiving names ("a text message he received at 2 a.m.
    on the first Sunday of the outbreak from X": its "from", wherever the parse hung it in
    the clause, short of another verb)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in RECEIVING_VERBS:
            continue
        stack = list(clause.children)
        while stack:
            tok = stack.pop()
            if tok.pos_ in {"VERB", "AUX"}:
                continue
            if tok.dep_ == "prep" and tok.lower_ == "from":
                return _from_sender(tok)
            stack += tok.children
    return None


def _posted_to(noun: Token, owner: Token) -> bool:
    """The owner is a group or a page the message went to, a named person posting it: "X
    posted the group’s first message"."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in WRITING_VERBS
        and owner.pos_ == "NOUN"
        and owner.lemma_.lower() not in PERSON_NOUNS | OCCUPATIONS | KIN_NOUNS
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
    )


_ARRIVING = frozenset({"come", "arrive", "wait"})  # "a text was waiting for him from X"


def _from_sender(prep: Token) -> Token | None:
    """The sender a "from" names: its last object ("from Howells’ second wife", parsed with
    two), when it may send a message."""
    source = next((c for c in reversed(list(prep.children)) if c.dep_ == "pobj"), None)
    if source is not None and source.lemma_.lower() in _DEVICES:  # "from Tamer's number"
        source = next((c for c in source.children if c.dep_ == "poss"), None)
    if source is None or not _may_send(source):
        return None
    # (or after its phrase: "from the manager of his father's branch, Rola Haidar:")
    end = source.right_edge
    return (
        _signer(source)
        or _named_after_comma(source)
        or (_named_after_comma(end) if end.i > source.i else None)
        or source
    )


# What a message comes from in its sender's stead: "the reply from Tamer Zuraiqat’s number".
_DEVICES = frozenset({"number", "phone", "account", "address", "mobile", "handle"})


def _named_after_comma(noun: Token) -> Token | None:
    """The name set off by a comma right after a person noun, which the parse hung elsewhere:
    "a message from a Danish guest, Mette Kjaergaard, sent after …" (its last word)."""
    doc, i = noun.doc, noun.i + 1
    if noun.pos_ != "NOUN" or i + 1 >= len(doc) or doc[i].text != ",":
        return None
    first, end = doc[i + 1], i + 1
    if first.ent_type_ == "PERSON" and first.ent_iob_ == "B":
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
        return doc[end]
    if first.pos_ != "PROPN" or not first.is_title:
        return None
    # (a name NER took for a firm: "one of the alliance’s members, Savvas Petrides, 63,")
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
        end += 1
    return doc[end] if end > i + 1 else None


def _signer(source: Token) -> Token | None:
    """Who signed for the sender, when the parse hung "signed by" on it: "a letter … from
    Fetlay Community Council, signed by its secretary, Rhoda Williamson" (her, by name)."""
    for clause in source.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() == "sign":
            for agent in clause.children:
                signer = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if agent.dep_ == "agent" and signer is not None:
                    return apposed_proper_noun(signer) or signer
    return None


def _may_send(tok: Token) -> bool:
    """A word for someone who may send a message: a name, a pronoun, an organisation, a person
    noun ("from his lawyer", "from the ministry"; not "from his hospital bed")."""
    return (
        tok.pos_ in {"PROPN", "PRON"}
        or tok.ent_type_ in {"PERSON", "ORG", "NORP"}
        or tok.lemma_.lower() in PEOPLE_NOUNS | OCCUPATIONS | KIN_NOUNS | ORG_HEADS
    )


def writer_token(noun: Token) -> Token | None:
    """The person word a writing's phrase names as its writer: the agent of its signing
    ("The letter, signed by the branch chairman, Joseph Mensah,"; also before a sender: "A
    letter from the Traders’ Union dated February 20 and signed by its president, Mrs
    Comfort Bih Ngwa,"), its sender ("an email from Philippa Ashworth"), the subject of the
    verb that sent it ("Lau later sent her a WhatsApp message that read:", "an email
    Lindqvist sent") or of the verb its "in" phrase belongs to ("In a letter …, Graham
    Strachan wrote"), before anyone who passed it on ("X said in an email shared by the
    company")."""
    verb = noun.head
    sent_by = _subject_of_sending(noun)
    if sent_by is not None:
        return sent_by
    said_in = None  # the subject of the verb the writing's "in" belongs to
    if noun.dep_ == "pobj" and verb.lower_ == "in":
        said_in = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if said_in is not None and verb.head.lemma_.lower() in CUE_LEMMAS:
            return said_in
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    clauses += [j for c in clauses for j in c.children if j.dep_ == "conj"]
    for clause in clauses:
        if clause.lemma_.lower() in _BY_VERBS and (by := agent_of(clause)) is not None:
            # "sent … by one of the alliance’s members, Savvas Petrides, 63,": the name after
            # the comma, which the parse hung elsewhere (on the writing itself: "written … by
            # the family’s lawyer at the time, the late X")
            named = _named_after_comma(by.right_edge) or next(
                (a for a in noun.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"),
                None,
            )
            return named or by
    sent_by = sender(noun)
    if sent_by is not None:
        return sent_by
    # the verb it is the subject of, or one joined to it: "One message, read into the record,
    # was sent from Mr Matyila's number:"
    for sending in (verb, *verb.conjuncts) if noun.dep_ in SUBJECT_DEPS else ():
        device = _sent_from(sending)
        if device is not None:
            return possessor(device)
    for clause in noun.children:
        if clause.dep_ == "acl":
            device = _sent_from(clause)  # "messages sent from Kinsella’s phone"
            if device is not None:
                return possessor(device)
        if clause.dep_ == "relcl" and clause.lemma_.lower() not in WRITING_VERBS:
            # "a WhatsApp message which the State says the accused sent to his sister"
            clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
        if clause.dep_ in {"relcl", "ccomp", "acl"} and clause.lemma_.lower() in WRITING_VERBS:
            subject = next(  # (not the "which" the parse also made the verb's subject)
                (
                    c
                    for c in clause.children
                    if c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"}
                ),
                None,
            )
            if subject is not None:
                return subject  # "an email Lindqvist sent from a personal account" (also
                # as a participle with a subject: "a message his supervisor, X, sent")
            by = agent_of(clause)
            if by is not None:  # "The reply, which investigators say was written by Cody
                return by  # Lindgren, read:"
            # "a text message that the prosecution says was sent from Mr. Rymer’s phone"
            device = _sent_from(clause)
            if device is not None and (owner := possessor(device)) is not None:
                return owner
        if clause.dep_ == "appos" and any(
            c.dep_ == "acl" and c.lemma_.lower() in WRITING_VERBS for c in clause.children
        ):  # "a WhatsApp message the coach sent to the players", parsed as "message, the
            return clause  # coach (who was) sent": the coach wrote it
        if clause.dep_ == "appos" and any(
            c.dep_ == "acl" and c.lemma_.lower() in WRITING_VERBS and c.i > clause.i
            for c in noun.children
        ):  # "a message his site supervisor, Pradeep Nair, sent", the verb hung on the
            # message after its sender: the sender's name, else the sender
            return next((c for c in clause.children if c.dep_ == "appos"), clause)
        if clause.dep_ in {"relcl", "ccomp", "acl"} and clause.lemma_.lower() in _TAKEN_FROM:
            found = _from_object(clause)  # "a text message he (said he) received from Jamil"
            if found is not None and found.lemma_.lower() in _DEVICES:
                return possessor(found)  # "… (they received, was recovered) from X's phone"
            if found is not None and clause.lemma_.lower() in RECEIVING_VERBS:
                return found
    if noun.dep_ == "dobj":  # "read out the text message his wife, X, sent him", parsed as
        for joined in verb.children:  # two verbs joined: the second's subject follows the noun
            if joined.dep_ == "conj" and joined.lemma_.lower() in WRITING_VERBS:
                subject = next((c for c in joined.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.left_edge.i == noun.i + 1:
                    return subject
    if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEIVING_VERBS | {"read"}:
        found = _from_object(verb)  # "read out an email from Alan Tregear, the …"
        if found is not None:
            return found
    if noun.dep_ == "dobj" and verb.lemma_.lower() in WRITING_VERBS:
        # a verb joined to another shares its subject: "X could not make the trip, but sent
        # the crew a text message"
        while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        edge = verb.left_edge.i
        if subject is None and edge > 0 and verb.doc[edge - 1].pos_ == "PROPN":
            # "told the court Kallis had sent a text message", "Kallis" parsed as the court's
            return verb.doc[edge - 1]
        return subject
    if said_in is not None and verb.head.pos_ == "VERB":
        return said_in
    return None


def _sent_from(verb: Token) -> Token | None:
    """The phone, account or number a writing verb says a message was sent from: "sent from
    Kinsella’s phone"."""
    if verb.lemma_.lower() not in WRITING_VERBS:
        return None
    device = _from_object(verb)
    return device if device is not None and device.lemma_.lower() in _DEVICES else None


def _from_object(verb: Token) -> Token | None:
    """The object of the verb's "from" ("received from Jamil")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


# What a message is sent from whose owner wrote it: "from Kinsella’s phone"
_DEVICES = frozenset({"phone", "account", "number", "address", "laptop", "computer"})
# Verbs for getting a message, whose "from" names its writer: "a text he received from Jamil"
RECEIVING_VERBS = frozenset({"receive", "get"})
# What a message may be taken from: a sender, or (recovered, retrieved) a sender's device
_TAKEN_FROM = RECEIVING_VERBS | {"recover", "retrieve", "extract"}
# Verbs for writing or sending a letter or a message: "signed by X", "X sent her a text".
# (the small model lemmatises "texted" as "texte")
WRITING_VERBS = frozenset({"sign", "write", "send", "pen", "post", "text", "texte", "email"})


# Verbs whose agent wrote the writing: "a Facebook post made by Ulric Cato", "a statement
# issued by the club"
def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" ("written by Cody Lindgren": Lindgren)."""
    return next(
        (o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
        None,
    )


_BY_VERBS = WRITING_VERBS | {"make", "publish", "share", "issue", "upload", "tweet", "author"}


def gendered_forms(lemma: str) -> set[str]:
    """A role noun and its other forms for either sex: "chairman", "chairwoman",
    "chairperson", "chair"."""
    stem = re.sub(r"(?:wo)?man$|person$", "", lemma)
    if stem == lemma:
        return {lemma}
    return {stem, f"{stem}man", f"{stem}woman", f"{stem}person"}


# Roles a news story calls by another word once it has named their holder ("Dr X, a
# paediatrician" then "the doctor"; "Headteacher X" then "the head"): the words to look for
_MEDICS = {"doctor", "physician", "medic", "gp", "surgeon", "paediatrician", "pediatrician"}
_MEDICS |= {"cardiologist", "oncologist", "psychiatrist", "obstetrician", "anaesthetist", "dr"}
_HEADS = {"head", "headteacher", "headmaster", "headmistress", "principal"}
_LAWYERS = {"lawyer", "solicitor", "barrister", "attorney", "counsel"}  # (not "advocate")
_CLERICS = {"priest", "vicar", "rector", "pastor", "imam", "reverend", "minister", "chaplain"}
_POLICE = {"constable", "sergeant", "inspector", "detective", "superintendent", "trooper"}
_ROLE_WORDS: dict[str, frozenset[str]] = {
    **{w: frozenset(_MEDICS) for w in _MEDICS},
    **{w: frozenset(_HEADS) for w in _HEADS},
    **{w: frozenset(_LAWYERS) for w in _LAWYERS},
    "captain": frozenset({"captain", "skipper"}),
    "skipper": frozenset({"captain", "skipper"}),
    "ceo": frozenset({"ceo", "chief executive"}),
    "boss": frozenset({"manager", "ceo", "chief executive", "owner", "director", "chairman"}),
    "academic": frozenset({"lecturer", "professor", "researcher", "scientist"}),
    "publican": frozenset({"landlord", "landlady", "publican"}),
    "lawmaker": frozenset({"mp", "senator", "legislator", "representative", "congressman"}),
    "cleric": frozenset(_CLERICS),
    "clergyman": frozenset(_CLERICS),
    "officer": frozenset(_POLICE | {"officer"}),
    "magistrate": frozenset({"magistrate", "judge"}),
}


def same_roles(lemma: str) -> set[str]:
    """The role noun, its forms for either sex ("chairwoman", "chair") and the words a story
    uses for it in turn ("the doctor" of a paediatrician, "the head" of a headteacher)."""
    return gendered_forms(lemma) | set(_ROLE_WORDS.get(lemma, ()))


def role_key(lemma: str, former: bool) -> str:
    """ "mayor", or "former mayor" for the one who held it before: two roles, not one."""
    return f"former {lemma}" if former else lemma


def unnamed_person(noun: Token) -> bool:
    """A singular person noun introducing someone the article does not name: "one resident",
    "a spokesman" ("her husband" is not: a side character of the person in focus)."""
    lemma = noun.lemma_.lower()
    # "One regular, a sheep farmer from Minyip, …": "one" heads it, "regular" an adjective
    if noun.lower_ == "one":
        return any(c.dep_ == "appos" and c.lemma_.lower() in PEOPLE_NOUNS for c in noun.children)
    if noun.tag_ != "NN":
        return False
    return (
        (lemma in PEOPLE_NOUNS | OCCUPATIONS and someone_new(noun))
        or (lemma in KIN_NOUNS and indefinite(noun))
        or (indefinite(noun) and _who_clause(noun))  # "One gatherer, who did not want to be
    )  # named, …"; "One fisherman, who asked not to be named, said"


def _who_clause(noun: Token) -> bool:
    """A relative clause on the noun, or on its apposition, opens with "who": the noun is
    someone ("Another investor, a retired fitter who asked not to be named,")."""
    apposed = [c for c in noun.children if c.dep_ == "appos"]
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "who" and g.i < c.i for g in c.children)
        for n in (noun, *apposed)
        for c in n.children
    )


def definite_role(noun: Token) -> bool:
    """ "the host", "the singer": a person noun the article uses for someone it named (not
    "the spokesman", who is mostly someone it does not name)."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in _NAMED_ROLES
        and definite(noun)
        and not any(c.dep_ == "poss" for c in noun.children)
    )


def definite(noun: Token) -> bool:
    """The noun has "the": one the text spoke of before ("the letter", "the host")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def someone_new(noun: Token) -> bool:
    """A person noun for someone not named: "a spokesman", "one resident", "the minister's
    spokesman" (possessed, with no name in apposition); not a firm's one office ("its
    founder admits": the founder the article names later)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    office = bool(owners) and owners[0].lower_ in {"its", "their"} and _office(noun)
    return indefinite(noun) or (
        bool(owners) and not office and not any(c.dep_ == "appos" for c in noun.children)
    )


def _office(noun: Token) -> bool:
    """A role one person holds at a time: "founder", "chairman", "chief executive"."""
    lemma = noun.lemma_.lower()
    return lemma in TITLES - SPOKESPEOPLE or lemma in _OFFICES


_OFFICES = frozenset({"founder", "owner", "chair", "head", "headteacher", "editor", "executive"})


def indefinite(noun: Token) -> bool:
    """The noun has an indefinite determiner or "one": "a spokesman", "another aide", "one
    resident"."""
    return any(
        (c.dep_ == "det" and c.lower_ in INDEFINITE)
        or (c.lower_ == "one" and c.dep_ in {"nummod", "det"})
        for c in noun.children
    )


_WHETHER = frozenset({"whether", "if"})


def question_answerer(verb: Token) -> Token | None:
    """Who answers the question a verb reports: the one asked ("Adams asked Khumalo whether
    …") or the he, she or name the question is about ("Another reporter wanted to know
    whether he would be back")."""
    lemma = verb.lemma_.lower()
    if lemma == "want":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "know"), verb)
    elif lemma != "ask":
        return None
    if (opener := _named_after_asked(verb)) is not None:
        return opener
    asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if asked is not None and person_like(asked):
        return asked
    for clause in verb.children:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "ccomp" and clause.i > verb.i and marks & _WHETHER:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and person_like(subject):
                return subject
    return None


def _named_after_asked(verb: Token) -> Token | None:
    """The name after the comma of a sentence that opens "Asked whether …," ("Asked whether
    she expected it by Easter, Dr Atuhaire laughed."), when the parse made the "Asked" its
    root: the one asked, who answers."""
    if verb.i != verb.sent.start or verb.tag_ != "VBN":
        return None
    comma = next((t for t in verb.sent if t.i > verb.i and t.text == ","), None)
    if comma is None or comma.i + 1 >= verb.sent.end:
        return None
    name = None
    for tok in verb.doc[comma.i + 1 : verb.sent.end]:
        if tok.pos_ != "PROPN":
            break
        name = tok
    if name is None or name.ent_type_ in {"GPE", "LOC", "DATE"}:
        return None
    return name


def person_like(tok: Token) -> bool:
    """A named person or he or she (not a place, date or thing)."""
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in MALE | FEMALE
        or (tok.pos_ == "PROPN" and tok.ent_type_ not in {"GPE", "LOC", "DATE"})
    )
