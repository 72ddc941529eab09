"""Names the grammar marks as people though NER missed them: after a title, an honorific, a
sovereign's title or a role noun ("Chancellor Ines Vogt", "King Birendra", "musician Jane
Doe"), named by a kin noun ("his daughter, Ama"), or the subject of a speech verb."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from transforms import name_context
from transforms.document import Span
from transforms.layout import inside
from transforms.lexicon import (
    BYSTANDER_NOUNS,
    DEMONYMS,
    HONORIFICS,
    KIN_NOUNS,
    NON_PERSON_LABELS,
    OCCUPATIONS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_ONLY_TITLES,
    PERSONAL_TITLES,
    ROLE_PREFIXES,
    SOVEREIGN_TITLES,
    SPEAKER_NOUNS,
    THING_DESCRIPTORS,
    TITLES,
)
from transforms.name_edges import PARTICLE, TRADE_ENDING, in_portfolio, plausible, speaks
from transforms.name_spans import (
    CAP_WORD,
    INITIAL,
    PARTICLES,
    first_names,
    is_given_name,
    listed_given_names,
    title_also_given_name,
)
from transforms.nlp import common_nouns, entities, text_of, token_indices
from transforms.quote_marks import ALL_MARKS

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
    | {"boss", "predecessor", "successor", "deputy", "colleague"}  # "Her boss, Sheriff X,"
)


def _covers(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with any of ``spans``."""
    return any(start < e and s < end for s, e in spans)


class _Known(NamedTuple):
    """What the article already holds when the grammar's names are sought: the names found
    so far (``taken``), their surnames (which grow as the grammar finds full names) and given
    names, and NER's entities."""

    taken: list[tuple[int, int]]
    surnames: set[str]
    given: set[str]
    entity_tokens: set[tuple[int, int]]
    entity_of: dict[int, tuple[int, int]]

    @classmethod
    def of(cls, doc: Doc, taken: list[tuple[int, int]]) -> _Known:
        text = text_of(doc)
        full = [text[s:e].split() for s, e in taken if " " in text[s:e]]
        return cls(
            taken,
            {words[-1] for words in full},
            {words[0] for words in full},
            {(e.start, e.end) for e in entities(doc)},
            {i: (e.start_char, e.end_char) for e in entities(doc) for i in range(e.start, e.end)},
        )


class _Evidence(NamedTuple):
    """What the words around a name say of it, strongest first: the first that holds names the
    mention's origin (``role_<kind>``). "described" is what is written with the name; it says
    more than the verb after it ("Ann Lee, a nurse, said", "District Collector Anjali Bhosale
    said")."""

    judge: bool
    described: bool
    title: bool
    speaker: bool
    conjunct: bool
    kin: bool
    named: bool
    relative: bool
    apposed: bool

    def kind(self) -> str | None:
        """The strongest evidence, if any beyond a judge's title alone."""
        if not any(self[1:]):
            return None
        return next(k for k, ok in zip(self._fields, self, strict=True) if ok)


def names_by_role(
    doc: Doc, regions: list[Span], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Two to four capitalised proper nouns that NER missed, where the grammar says person:
    the subject of a speech verb ("Rosa Delgado said"), after a title ("Mayor Rosa Delgado"),
    or a full name coordinated with a known one ("Rosa Delgado and Ken Ito")."""
    text = text_of(doc)
    known = _Known.of(doc, taken)
    found = []
    # the proper nouns that are not a compound part of another word, and a surname the tagger
    # took for a plural noun after proper nouns ("Eng Farai Chikomo said")
    heads = token_indices(doc, pos=("PROPN",), not_dep=("compound",))
    heads += [
        i
        for i in token_indices(doc, pos=("NOUN", "ADJ"), dep=("nsubj",))
        if _misread_surname(doc[i])
    ]
    for i in sorted(heads):
        named = _role_name(doc, doc[i], known)
        if named is None:
            continue
        name, kind, whole = named
        s, e = name.start_char, name.end_char
        if not plausible(text[s:e]) or not inside(regions, s, e):
            continue
        if all(w.lower_ in TITLES | ROLE_PREFIXES for w in name):
            continue  # "the Senior Magistrate said": an office
        # a part NER took for a person ("Ji-woo" of "Professor Ji-woo Park, a coastal
        # engineer, said", its "Park" a firm) gives way to the whole name the grammar backs
        if not any(
            s < t_e and t_s < e and not (whole and s == t_s < t_e < e) for t_s, t_e in taken
        ):
            found.append((s, e, f"role_{kind}"))
            if len(name) > 1:  # "Cllr Rourke" after "Local councillor Paudie Rourke said"
                known.surnames.add(name[-1].text)
    return found


def _role_name(doc: Doc, tok: Token, known: _Known) -> tuple[SpacySpan, str, bool] | None:
    """The name that ends at ``tok`` if the grammar says it is a person's, with the kind of
    evidence, and whether that evidence is strong enough for the whole name to replace a part
    of it NER found."""
    if _sovereign_named(tok):
        return None  # "Maronite Patriarch Sfeir said": the name alone, found by its title
    is_speaker = speaks(tok)
    # "Rosa Delgado, a lawyer": a name in apposition with a person noun
    described_as = [c for c in tok.children if c.dep_ == "appos" and _person_noun(c)]
    is_described = bool(described_as)
    # or a relative clause saying what the person is: "Qaunaq Kakkik, who was mayor when"
    is_described = is_described or any(_who_is_person(c) for c in tok.children)
    # a titled name in apposition to a person noun: "Her former boss, retired Sheriff Wade
    # Tolliver, bought …"
    apposed = tok.dep_ == "appos" and tok.head.i < tok.i and _person_noun(tok.head)
    found_start = _name_start(doc, tok, is_speaker, is_described or apposed)
    if found_start is None:
        return None
    start_tok, lead, titled, judge = found_start
    if (
        lead.i == tok.i > start_tok.i
        and not judge
        and (tok.text in known.surnames or tok.text in known.given)
    ):
        return None  # "Chief Okafor said" after "Raymond Okafor", "Chief Mosiuoa said" after
        # "Chief Mosiuoa Khoarai": titles and a short form
    kin = _next_of_kin(tok, start_tok)
    # words after the first: a hyphenated name's "Ka", "-", "ho" are one
    more = tok.i - start_tok.i - 2 * sum(map(_name_hyphen, doc[start_tok.i : tok.i]))
    if not (1 <= more <= 3 or (more == 0 and (kin or judge or titled))):
        return None
    name = doc[start_tok.i : tok.i + 1]
    words = name.text.split()
    if not all(
        _CAP_WORD.fullmatch(w)
        or w == "Ó"
        or (0 < k < len(words) - 1 and PARTICLE.fullmatch(w))
        or (k < len(words) - 1 and INITIAL.fullmatch(w))
        for k, w in enumerate(words)
    ):  # "Donal Ó Briain", "Riana du Plessis", "District Collector S. Bharathi"
        return None
    evidence = _evidence(tok, name, is_speaker, is_described, judge, kin, known)
    kind = evidence.kind()
    if kind is None:
        return None
    # ... unless it also speaks: a place never "said" as "X, a farmer at Kasungu," or "The
    # farmers' leader, X," ('Mutinta Hamoonga' tagged a place)
    spoken_for = (is_described or evidence.apposed) and is_speaker and len(name) > 1
    # or when two person nouns say so: "The State's main witness, Tiwonge Mhango, 52, a former
    # accounts clerk," (tagged a place)
    spoken_for = spoken_for or (is_described and apposed and len(name) > 1)
    # or one person noun with "former" (no place is a former anything): "from Jordan Okemaw,
    # a former Blizzard defenceman,"; or someone's: "Her colleague, Palesa Mohale," (tagged a
    # place)
    former = any(a.lower_ == "former" for c in described_as for a in c.children)
    owned = apposed and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.head.children)
    spoken_for = spoken_for or (len(name) > 1 and (former or owned))
    # (nor "the late" anything but a person: "set up by the late Maara Tevaki", tagged a place)
    spoken_for = spoken_for or _the_late(name)
    if (
        not kin
        and not spoken_for
        and (not is_described or (name.start, name.end) in known.entity_tokens)
        and _place_labels(name, known, text_of(doc))
    ):
        return None
    titled_lead = name[0].lower_.rstrip(".") in _TITLE_LEADS
    whole = (is_speaker or is_described or apposed) and not titled_lead
    return name, kind, whole


def _evidence(
    tok: Token,
    name: SpacySpan,
    is_speaker: bool,
    is_described: bool,
    judge: bool,
    kin: bool,
    known: _Known,
) -> _Evidence:
    """What the words around ``name`` (ending at ``tok``) say of it."""
    text = text_of(tok.doc)
    before = tok.doc[name.start - 1] if name.start > 0 else None
    # "Ann Lee and Bo Park": a full name joined to a known name by "and" or a comma
    is_conjunct = len(name) > 1 and tok.dep_ == "conj" and _covers(known.taken, tok.head.idx)
    after_title = before is not None and (
        before.lower_.rstrip(".") in TITLES | HONORIFICS | ROLE_PREFIXES
        or (before.lower_ in DEMONYMS and name[0].text in first_names())
        or (before.is_lower and before.lemma_ in PERSON_NOUNS | OCCUPATIONS)  # "spokesman Per Lund"
        # "by Tuaroa resident Anau Pera", "fellow villager Seru Tawake"
        or (
            before.is_lower
            and before.dep_ == "compound"
            and before.tag_ == "NN"  # (not "arch-rivals Kpetema Stars")
            and before.lemma_ in SPEAKER_NOUNS | BYSTANDER_NOUNS
            and len(name) > 1
        )
        or (before.is_sent_start and before.lower_ in OCCUPATIONS)  # "Farmer Huw Price"
    )
    is_named = _named_as(tok) and len(name) > 1  # "a doctoral student named Amara Osei"
    # "Wade Ferrier and his brother, Colin Ferrier": a given name before a known surname
    # (or a word no list knows, where the name is a verb's subject: "Eidagaruwo Temaki
    # lifted …" beside "Deibure Temaki")
    is_relative = (
        len(name) == 2
        and tok.text in known.surnames
        and (
            name[0].text in listed_given_names()
            or (tok.dep_ == "nsubj" and name[0].lower_ not in common_nouns())
        )
    )
    # a person noun the name is in apposition to: "Our goalkeeper, Uche Nnamdi,"
    quoted_title = name.start_char > 0 and text[name.start_char - 1] in ALL_MARKS
    is_apposed = (
        tok.dep_ == "appos"
        and tok.head.i < tok.i
        and _person_noun(tok.head)
        and len(name) > 1
        and not quoted_title
    )
    # "The district commissioner, Bashiir Cilmi Roble, wrote": as sure as a description; so
    # is "the late" ("set up by the late Maara Tevaki")
    described = is_described or (is_apposed and tok.head.tag_ == "NN" and speaks(tok.head))
    described = described or _the_late(name)
    return _Evidence(
        judge,
        described,
        after_title,
        is_speaker,
        is_conjunct,
        kin,
        is_named,
        is_relative,
        is_apposed,
    )


def _the_late(name: SpacySpan) -> bool:
    """A full name right after "the late" ("the late Maara Tevaki"; not a title's "the late
    Chief X")."""
    doc, i = name.doc, name.start
    return (
        len(name) > 1
        and i > 1
        and doc[i - 1].lower_ == "late"
        and doc[i - 2].lower_ == "the"
        and name[0].lower_.rstrip(".") not in TITLES | PERSONAL_TITLES
    )


def _place_labels(name: SpacySpan, known: _Known, text: str) -> bool:
    """The model labelled a word of the name a place or another non-person, as an entity over
    exactly the name or one the name is no part of. An apposed person noun ("Ann Lee, a
    lawyer") outweighs labels the model gave the words one by one, not one place entity over
    the whole name ("Hong Kong"); nor labels of an entity the model glued around the name
    ("Ann Lee of" as a work)."""
    span = (name.start_char, name.end_char)
    return any(
        t.ent_type_ in NON_PERSON_LABELS - {"ORG"}
        and (
            known.entity_of[t.i] == span
            or span not in name_context.entity_parts(text, *known.entity_of[t.i])
        )
        for t in name
    )


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
            doc[k].text[:1].isupper() or PARTICLE.fullmatch(doc[k].text) or _name_hyphen(doc[k])
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
    elif lead.i == tok.i > start_tok.i + 1 and is_speaker and start_tok.lower_ in TITLES:
        start_tok = lead  # "replied Tuai Rumah Empiang": titles before one word of a name
    # the last word of a portfolio the parse chained into the name: "Minister of Works and
    # Infrastructure Hemos Laelang", "State Minister for Labour and Employment Kamrul …"
    while start_tok.i < tok.i - 1 and _portfolio_word(start_tok):
        start_tok = doc[start_tok.i + 1]
    titled = False  # "Mr Mwale told the court": a surname the grammar backs, no list
    # (also a title that stands only before a person's name: "the club chaplain, Rev Pyke,")
    lone_title = tok.i == start_tok.i + 1 and start_tok.lower_.rstrip(".") in PERSON_ONLY_TITLES
    if start_tok.lower_.rstrip(".") in HONORIFICS or lone_title:
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


def without_portfolio(doc: Doc, start: int, end: int) -> int:
    """The start of a name past the portfolio words NER took into it ("Culture" of "Minister
    for Kannada and Culture S.K. Doddamani")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    word = span[0]
    while word.i < span.end - 1 and word.is_title and _portfolio_word(word):
        word = doc[word.i + 1]
    return max(start, word.idx)


def _portfolio_word(word: Token) -> bool:
    """A common noun, no given name, that closes an office's portfolio (``in_portfolio``)."""
    return word.lower_ in common_nouns() and not is_given_name(word.text) and in_portfolio(word)


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


def sovereign_at(doc: Doc, start: int, end: int) -> bool:
    """The span is one name after a sovereign's title (``_sovereign_named``)."""
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and _sovereign_named(span[0])


def names_after_sovereign_titles(
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
        if inside(regions, s, e) and not _overlaps_any(taken, s, e):
            found.append((s, e, origin))
    return found


def names_of_speaking_surnames(
    doc: Doc, regions: list[Span], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """A given name and a surname, one of which speaks alone elsewhere, which NER took for a
    firm or a place ("Among his apprentices is Lagi Fuataha, who …" and "“…,” Fuataha says";
    "Dabeo Eidagaruk and his sister …" and "“…,” Dabeo admitted")."""
    text = text_of(doc)
    alone = {  # words that speak alone, not titles ("Superintendent")
        tok.text
        for tok in doc
        if tok.pos_ == "PROPN"
        and tok.is_title
        and len(tok.text) > 2
        and speaks(tok)
        and not any(c.dep_ in {"compound", "flat"} for c in tok.children)
        and tok.lower_ not in TITLES | PERSON_NOUNS | OCCUPATIONS
        and tok.tag_ != "NNPS"  # "Palestinians say"
    }
    speaking = {word for word in alone if not is_given_name(word)}  # surnames ("Kamrul wrote")
    # a given name NER found alone as a subject, never a surname ("Dabeo admitted"; not the
    # "Cundiff" of "Wanda Cundiff" and "“Cundiff Day”")
    surnames = {text[s:e].split()[-1] for s, e in taken if " " in text[s:e]}
    given_alone = {
        tok.text
        for tok in doc
        if tok.ent_type_ == "PERSON"
        and tok.ent_iob_ == "B"
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        and tok.dep_ in {"nsubj", "nsubjpass"}
    } - surnames
    found = []
    for tok in doc:
        given = doc[tok.i - 1] if tok.i > 0 else None
        named_alone = (  # (the pair a subject too: not "regarded Cofinec GDRs")
            given is not None
            and given.text in alone & given_alone
            and tok.text not in alone
            and tok.dep_ in {"nsubj", "nsubjpass"}
        )
        if (
            (tok.text not in speaking and not named_alone)
            or given is None
            or given.pos_ != "PROPN"
            or given.dep_ != "compound"
            or given.head.i != tok.i
            or not given.is_title
            or not given.is_alpha  # "F.H. Faulding", a firm
            or given.lower_ in DEMONYMS
            or (given.is_sent_start and not named_alone)
            or given.lower_.rstrip(".") in PERSONAL_TITLES | TITLES | PERSON_NOUNS | OCCUPATIONS
            or text[given.idx - 1 : given.idx] in ALL_MARKS  # 'the “Dollar” …'
        ):
            continue
        s, e = given.idx, tok.idx + len(tok.text)
        if plausible(text[s:e]) and inside(regions, s, e) and not _overlaps_any(taken, s, e):
            found.append((s, e, "role_speaker"))
    return found


def _misread_surname(tok: Token) -> bool:
    """A capitalised noun in mid-sentence after a given name the parse chained to it: "Eng
    Farai Chikomo said" with "Chikomo" tagged a plural noun; "Androulla Kyriakidou-Savva,
    chairwoman of …" with "Savva" tagged an adjective."""
    doc, before = tok.doc, tok.i - 1
    if before > 1 and doc[before].text == "-" and doc[before - 1].is_title:
        before -= 2  # the first part of a hyphenated surname
    return (
        tok.is_title
        and not tok.is_sent_start
        and before >= 0
        and doc[before].pos_ == "PROPN"
        and doc[before].dep_ == "compound"
        and doc[before].head == tok
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
        low in OCCUPATIONS or (bool(TRADE_ENDING.fullmatch(low)) and low in common_nouns())
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


# Entity labels of a place: "Miss Venezuela" is a title, not Miss + a full name.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


_THING_OR_ORG = THING_DESCRIPTORS | ORG_HEADS  # "a retailer" is a firm


def _person_noun(noun: Token) -> bool:
    """A noun for a person: a known one ("lawyer", "resident"), or one with a trade's ending
    and an article ("a transport planner"), not a firm's ("a retailer")."""
    lemma = noun.lemma_.lower()
    if lemma in _APPOSED_PERSON:
        return True
    return (
        noun.is_lower
        and bool(TRADE_ENDING.fullmatch(lemma))
        and lemma not in _THING_OR_ORG
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    )


def _name_hyphen(tok: Token) -> bool:
    """The hyphen of a hyphenated name the parse split, with no space on either side
    ("Abul-Ezz": "Abul", "-", "Ezz")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and not tok.whitespace_
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].is_alpha
        and doc[tok.i + 1].is_alpha
    )


def _hyphen_start(tok: Token) -> Token:
    """The first word of a hyphenated name the parse split ("Soo-ah", "Ji-hoon": "Soo", "-",
    "ah"), not of a title ("Prosecutor-General")."""
    while tok.i >= 2 and _name_hyphen(tok.doc[tok.i - 1]) and tok.lower_ not in TITLES:
        tok = tok.doc[tok.i - 2]
    return tok


def kin_named(doc: Doc, start: int, end: int) -> bool:
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


def _surname_word(tok: Token) -> bool:
    """A word after an honorific that may be a surname: not a role or a title ("Madam
    Speaker", "Mr President") nor a common word ("Mr Big")."""
    low = tok.lower_
    return tok.pos_ == "PROPN" and low not in _ROLE_WORDS and low not in common_nouns()


_ROLE_WORDS = TITLES | PERSON_NOUNS | OCCUPATIONS
