"""Who said it: the cue verb and the speaker expression of each quote, as written, from the
dependency parse ("she said", "said Ann Lee, a nurse", "according to", a colon intro, a dash
credit, a run of quotes). Which person that expression is, ``speaker_resolver`` decides."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from transforms.article_facts import (
    QUESTIONS,
    RELATIVE_PRONOUNS,
    age_opening_clause,
    fronted_subject,
    noun_phrase,
    person_in_apposition,
)
from transforms.lexicon import (
    CUE_LEMMAS,
    FEMALE,
    KIN_NOUNS,
    MALE,
    OCCUPATIONS,
    SOURCE_NOUNS,
    SPEECH_LEMMAS,
)
from transforms.nlp import text_of
from transforms.quote_marks import is_question
from transforms.role_phrases import (
    PARENT_EPITHET,
    PEOPLE_NOUNS,
    RECEIVING_VERBS,
    REPLIES,
    SUBJECT_DEPS,
    WRITING_VERBS,
    WRITINGS,
    WRITTEN_NOUNS,
    apposed_proper_noun,
    definite,
    person_like,
    question_answerer,
    sender,
    writer_token,
)
from transforms.speaker_resolver import SpeakerResolver

VAGUE_PRONOUNS = frozenset({"it", "that", "this", "what", "which", "who", "there", "these"})
_PERSONAL_NOUNS = PEOPLE_NOUNS | KIN_NOUNS  # "the couple's daughter"
OPENING_MARKS = ("“", '"', "‘", "«", "„")
OPENING_MARKS_TEXT = "".join(OPENING_MARKS)
MAX_LABEL_TOKENS = 8
CLOSING_MARKS = ("”", '"', "’", "»")
ENDING_PUNCT = frozenset({",", "?", "!", "—", "–", "-", "…"})
CLAUSE_DEPS = frozenset({"ccomp", "dobj", "xcomp", "dative"})
# cues whose object is the person spoken to ("asked his barrister", "told reporters")
ADDRESSED_CUES = frozenset({"ask", "tell", "assure", "remind", "warn", "urge"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
COORDINATE_DEPS = frozenset({"conj", "parataxis"})
# "“…” ― Ana Ruiz": a credit after a dash, to the end of the line or the first punctuation.
DASH_CREDIT = re.compile(
    r"[”\"’»]?[^\S\n]*[―—–-]{1,2}[^\S\n]*(?P<name>[A-Z][^\n.,;:“”\"()]{1,60}?)[^\S\n]*(?:[.,;(]|\n|$)"
)
MAX_SPEAKER_TOKENS = 16
MAX_APPOSED_TOKENS = 40  # a name, then what the article says of them, then the cue
# speech verbs whose participle before a quote names its speaker ("footage of Lee saying"); not
# those said of things ("a sign reading “…”", "a post continuing")
# (and the verbs that name what the words call a thing: "with Councillor X describing the
# move as “…”", "calling it “…”")
PARTICIPLE_CUES = SPEECH_LEMMAS - {"read", "post", "continue", "report"} | {"describe", "call"}
MAX_CREDIT_WORDS = 4
DETERMINERS = frozenset({"the", "a", "an", "one", "another", "this", "that"})
# Words a speaker expression may start with, and words a speaker after its cue may contain.
SPEAKER_START_POS = frozenset({"PROPN", "PRON", "DET", "NOUN", "ADJ", "NUM"})
SPEAKER_RUN_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PUNCT"})


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    # who spoke, when the speaker above is the source reporting it ("…, according to CNN")
    voice_start: int | None = None
    voice_end: int | None = None
    # which rule found the speaker ("trailing", "cue", "participle", "near_cue", "colon",
    # "according", "subject", "aged", and in quotes.py "inscription", "intro", "previous", "next",
    # "prev_subject")
    how: str = ""


def tagged(att: Attribution, how: str) -> Attribution:
    """``att`` marked as found by the rule ``how`` (an empty attribution stays as it is)."""
    return att if att.speaker_start is None else replace(att, how=how)


def attribute(doc: Doc, start: int, end: int) -> Attribution:
    """The cue verb and speaker of the quote ``[start, end)`` from the parse, if any; a
    source named by "according to" in the attribution's sentence outranks the speaker
    ("“…,” Sanders said, according to CNN": the source is CNN), but not the named sender of
    the message the sentence before its colon sends ("X sent a text to his players, according
    to Y, who shared it:": X's words)."""
    att = _attribute(doc, start, end)
    colon = _word_before_quote(doc, start)
    after_colon = colon is not None and colon.text == ":"
    if att.speaker_start is None:
        if not after_colon:
            return att
        writing = _writing_read_as_noun(colon.sent)
        if writing is not None:  # "Her mother had texted her. The message read: “…”"
            return tagged(_writing_named(writing), "writer")  # the message's writer
        aged = _age_before_verb(colon.sent)  # "…, the 22-year-old wrote: “…”", parsed with
        return tagged(aged, "aged") if aged is not None else att  # no subject
    if after_colon:
        # "X sent a group text to his players, according to Y, who shared it with the
        # Courier:"; "X says the last text message his father sent him read:"
        writer = (
            _sent_in_sentence(colon.sent)
            or _reported_writing_writer(colon.sent)
            or _relative_read_writer(colon)
            or _named_sender_in(colon.doc[colon.sent.start : colon.i])
        )
        if writer is not None:
            return tagged(_attribution(writer, None), "writer")
    source = _according_to_source(doc, att, start, end)
    if source is not None:
        return tagged(source, "according")
    principal = _on_behalf_of(doc, att)
    return tagged(principal, "behalf") if principal is not None else att


def _on_behalf_of(doc: Doc, att: Attribution) -> Attribution | None:
    """ "X read a statement on behalf of Y:", "X spoke on Y's behalf": the words are Y's, read
    out by X (the voice)."""
    if att.cue_start is None:
        return None
    span = doc.char_span(att.cue_start, att.cue_end, alignment_mode="expand")
    if span is None:
        return None
    for on in span.root.children:
        behalf = next((c for c in on.children if c.lower_ == "behalf"), None)
        if on.lower_ != "on" or behalf is None:
            continue
        whose = [c for c in behalf.children if c.dep_ == "poss"]
        whose += [o for p in behalf.children if p.lower_ == "of" for o in p.children]
        who = next((t for t in whose if t.pos_ == "PROPN" or t.lower_ in MALE | FEMALE), None)
        if who is not None:
            principal = _attribution(who, span.root)
            return replace(principal, voice_start=att.speaker_start, voice_end=att.speaker_end)
    return None


def _according_to_source(doc: Doc, att: Attribution, start: int, end: int) -> Attribution | None:
    anchor = att.cue_start if att.cue_start is not None else att.speaker_start
    span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if span is None:
        return None
    for tok in span[0].sent:
        if tok.lower_ != "according" or start - 1 <= tok.idx < end + 1:
            continue
        obj = _according_to(tok)
        if obj is not None and not (start <= obj.idx < end):
            source = _attribution(obj, tok)
            return replace(source, voice_start=att.speaker_start, voice_end=att.speaker_end)
    return None


def _attribute(doc: Doc, start: int, end: int) -> Attribution:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Attribution()
    lo, hi = span.start - 1, span.end + 1  # include the quote marks

    def outside(t: Token) -> bool:
        return not (lo <= t.i < hi)

    text = text_of(doc)
    asker = _ASKED_BY.search(text, max(0, start - 80), start - 1)
    if asker is not None and is_question(text, start, end):
        # “Asked by a reporter, “Were the traders consulted?” the commissioner replied”
        return tagged(Attribution(asker.start("who"), asker.end("who")), "asked_by")
    trailing = _trailing_attribution(doc, span)
    if trailing is not None and trailing.speaker_start is not None:
        said_by = doc.char_span(trailing.speaker_start, trailing.speaker_end or 0)
        cue = doc.char_span(trailing.cue_start, trailing.cue_end) if trailing.cue_end else None
        # the subject's head: "it begins", not the "one" of "said one fan"
        writer = _writer_of_it(said_by.root, cue[0], span[0]) if said_by and cue else None
        if writer is not None:  # "“Dear Dr. Wojcik,” it begins.": the letter's writer
            return tagged(_voiced(trailing, _attribution(writer, cue[0])), "writer")
    if trailing is not None:
        return tagged(trailing, "trailing")
    reporter = _participle_reporter(doc, span)
    if reporter is not None:
        return tagged(_attribution(*reporter), "participle")
    fallback: tuple[Token, Token] | None = None
    for tok in span:
        if not outside(tok.head) or tok.head == tok:
            continue
        for verb in [tok.head, *tok.head.ancestors]:
            if verb.lower_ == "according":
                obj = _according_to(verb)
                if obj is not None:
                    return tagged(_attribution(obj, verb), "according")
            if verb.pos_ not in {"VERB", "AUX"} or not outside(verb):
                continue
            subj = _subject(verb)
            if subj is None or not outside(subj):
                continue
            writer = _writer_of_relative(subj, verb)
            if writer is not None:  # "Lau sent her a message that read: “…”": Lau
                return tagged(_attribution(writer, verb), "writer")
            writer = _writer_of_it(subj, verb)
            if writer is not None:  # "… an email Lindqvist sent. It read: “…”": "it", his
                said = _attribution(subj, verb)
                return tagged(_voiced(said, _attribution(writer, verb)), "writer")
            writer = _message_read(subj, verb) or _writer_passed_on(verb)
            if writer is not None:  # "Eirian said the last text message her father sent her,
                # …, read: “…”"; "Redfeather texted the family. Travis Kessler shared the
                # message with the Courier: “…”"
                return tagged(_attribution(writer, verb), "writer")
            if verb.lemma_.lower() in CUE_LEMMAS and _can_speak(subj, verb):
                asker = _asker_of_the_asked(verb)
                if asker is not None:  # "Cross-examined by X, defending, Mrs Harker was
                    return tagged(_attribution(asker, verb), "asked_by")  # asked:": X
                writer = _writer_read_out(verb) or _reported_sender(verb, span)
                if writer is not None:  # "Tyler read her first text aloud: “…”": the text's
                    return tagged(_attribution(writer, verb), "writer")
                return tagged(_attribution(*_outermost_source(subj, verb, outside)), "cue")
            if _can_speak(subj) and subj.lower_ not in VAGUE_PRONOUNS:
                fallback = fallback or (subj, verb)
        break
    nearby = _nearest_cue(doc, span, outside)
    if nearby is not None:
        writer = (
            _writer_read_out(nearby[1]) or _writer_said_of(nearby[1]) or _read_by_a_thing(*nearby)
        )
        if writer is not None:
            return tagged(_attribution(writer, nearby[1]), "writer")
        return tagged(_attribution(*nearby), "near_cue")
    colon = _colon_intro(doc, span)
    if colon is not None:
        return colon if colon.how == "writer" else tagged(colon, "colon")
    for tok in span[0].sent:  # "According to the Daily Caller, “…”"; "…”, according to Hale"
        if tok.lower_ == "according" and outside(tok):
            obj = _according_to(tok)
            if obj is not None and outside(obj):
                return tagged(_attribution(obj, tok), "according")
        if tok.i < span.start and (source := _reckoning_of(tok)) is not None:
            return tagged(_attribution(source, tok), "according")  # "by X's count, “…”"
    if fallback is not None:
        return tagged(_attribution(*fallback), "subject")
    return Attribution()


def _writing_read_as_noun(sent: Span) -> Token | None:
    """ "The message read:", parsed as one noun ("message read"): the writing."""
    root = sent.root
    if root.lower_ not in {"read", "reads"} or root.pos_ == "VERB":
        return None
    return next(
        (c for c in root.children if c.dep_ == "compound" and c.lemma_.lower() in WRITTEN_NOUNS),
        None,
    )


def _writing_named(writing: Token) -> Attribution:
    """The attribution to the writing's noun phrase ("The message" of "The message read:"),
    whose writer the resolver finds."""
    start = writing.left_edge.i
    if start > 0 and writing.doc[start - 1].dep_ == "det":  # "The" hung on "read"
        start -= 1
    return Attribution(writing.doc[start].idx, writing.idx + len(writing))


def _message_read(subj: Token, verb: Token) -> Token | None:
    """The writer of a message that "read" the quote, when its phrase names one ("the last
    text message her father sent her read:"): the words are the writer's, not those of whoever
    reports them."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and any(  # "the last message she received from her father was a text:"
        c.dep_ == "attr" and c.lemma_.lower() in WRITTEN_NOUNS for c in verb.children
    ):
        lemma = "read"
    if lemma != "read" or (
        subj.lemma_.lower() not in WRITTEN_NOUNS and subj.lower_ not in _ONE_OF_THEM
    ):
        return None
    return _named_writer(subj)


# Words for one of the messages just named: "212 texts … The first, from his mother, read:"
_ONE_OF_THEM = frozenset({"first", "last", "latest", "second", "third", "one", "another"})


def _read_by_a_thing(subj: Token, verb: Token) -> Token | None:
    """The writer of the message a sentence names, when its "read" has a thing for subject
    (the parse's slip: "The text message she sent her son moments after the goal read:")."""
    lemma = subj.lemma_.lower()
    if verb.lemma_.lower() != "read" or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    if lemma in PEOPLE_NOUNS or lemma in SOURCE_NOUNS or lemma in WRITTEN_NOUNS:
        return None
    writings = (t for t in verb.sent if t.lemma_.lower() in WRITTEN_NOUNS and t.i < subj.i)
    return next(filter(None, map(_named_writer, writings)), None)


def _writer_said_of(cue: Token) -> Token | None:
    """Who sent a message whose relative clause says so, the cue a clause of the message:
    "a text message that prosecutors said Mr. Kollie sent to a cashier: “…”": Mr. Kollie,
    not the prosecutors."""
    if cue.dep_ != "relcl" or cue.head.lemma_.lower() not in WRITINGS:
        return None
    return _named_writer(cue.head)


def _participle_reporter(doc: Doc, span: Span) -> tuple[Token, Token] | None:
    """ "The ad ends with footage of Trump saying, “…”": the person a speech participle
    before the quote belongs to (its subject, or the name written just before it), when no
    other verb stands between the participle and the quote."""
    i = span.start - 1
    floor = span[0].sent.start
    while i >= floor and doc[i].pos_ not in {"VERB", "AUX"}:
        i -= 1
    if i <= floor:
        return None
    verb = doc[i]
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in PARTICIPLE_CUES:
        return None
    owner = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), doc[i - 1])
    if owner.i >= verb.i or not _is_word(owner) or not person_like(owner):
        return None
    return owner, verb


def _named_governor(subj: Token, verb: Token, outside) -> tuple[Token, Token] | None:
    """The named subject of the clause framing "what he called “…”" ("Lee condemned what she
    called “…”": Lee, the speaker written with the sentence)."""
    if any(c.lower_ == "what" for c in verb.children):
        gov = verb.head
    elif verb.dep_ == "relcl" and verb.head.lower_ == "what":
        gov = verb.head.head
    else:
        return None
    top = _subject(gov) if gov != verb else None
    if top is None or not outside(top) or top.i > subj.i or top.pos_ != "PROPN":
        return None
    return top, gov


def _outermost_source(subj: Token, verb: Token, outside) -> tuple[Token, Token]:
    """The top source of a nested report: "Trump said that Clinton described it as “…”" goes
    to the outer speaker; a he/she subject of the quote's own cue stays, being the mention
    written next to the quote ("Lee said that, as she put it, “…”": she)."""
    best = (subj, verb)
    if subj.lower_ in MALE | FEMALE:
        return _named_governor(subj, verb, outside) or best
    for higher in _reporting_ancestors(verb):
        if higher.pos_ != "VERB" or higher.lemma_.lower() not in CUE_LEMMAS or not outside(higher):
            continue
        top = _subject(higher)
        if (
            top is not None
            and outside(top)
            and _can_speak(top, higher)
            and top.lower_ not in VAGUE_PRONOUNS | {"they", "we"}
        ):
            best = (top, higher)
    return best


def _reporting_ancestors(verb: Token):
    """The words above ``verb`` up to a conjunction or side-by-side clause: "Lee said so, and
    the aide replied “…”" is the aide's, not a report inside Lee's; nor past a relative
    clause with a subject of its own ("pressed him on an email in which a manager wrote
    that …": the manager's)."""
    child = verb
    while child.head != child and child.dep_ not in COORDINATE_DEPS and not _own_clause(child):
        child = child.head
        yield child


def _own_clause(verb: Token) -> bool:
    """A relative clause whose subject is no relative pronoun: "(an email) in which a manager
    wrote", not "(a candidate) who has called for"; or a side clause of time whose subject
    cries out ("Cllr Ellery called for calm as some protesters shouted “…”": what happened
    then, not what she reported; not "… while her opponent wants to “…”")."""
    own_subject = any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children
    )
    crying_out = (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in _CRYING_OUT
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)
    )
    return own_subject and (verb.dep_ == "relcl" or crying_out)


# Words that open a side clause of time ("as", "while"), and the verbs of crying out in it
_TIME_MARKS = frozenset({"as", "while", "when", "whilst"})
_CRYING_OUT = frozenset({"shout", "chant", "yell", "scream", "cry", "jeer", "heckle", "sing"})


def previous_subject(
    doc: Doc,
    start: int,
    floor: int,
    resolver: SpeakerResolver | None = None,
    nouns: bool = False,
) -> Attribution:
    """For a quote nothing attributes: the person the sentence before it is about
    ("Valastro praised the plan. ¶ “We need someone …”"), looking no further back than
    ``floor``; with ``nouns``, also a person noun ("the ranger agreed …")."""
    last = _word_before_quote(doc, start, floor)
    if last is None:
        return Attribution()
    i, root = last.i, last.sent.root
    subj = _subject(root)
    # "Asked what had changed since Lotofale last won, the 58-year-old paused before
    # answering:", "The 63-year-old recalled the morning he found the kraal empty:", parsed
    # with "the paused" and "the recalled" nouns
    aged = _age_before_verb(doc[i].sent)
    if aged is not None and (subj is None or aged.speaker_start < subj.idx):
        return aged
    if subj is None or subj.i > i:
        return Attribution()
    if resolver is not None:  # "His wife, Mele Havili, who ran the canteen, was unconvinced."
        subj = next(
            (
                c
                for c in subj.children
                if c.dep_ == "appos" and resolver.mention_at(c.idx, c.idx + len(c)) is not None
            ),
            subj,
        )
    named = resolver is not None and resolver.mention_at(subj.idx, subj.idx + len(subj))
    noun = nouns and subj.pos_ == "NOUN" and subj.lemma_.lower() in _PERSONAL_NOUNS | OCCUPATIONS
    if not (named or noun or person_like(subj) or _of_age(subj)):
        return Attribution()
    verb = root if root.lemma_.lower() in CUE_LEMMAS else None
    return _attribution(subj, verb)


def reported_question_answerer(doc: Doc, start: int, floor: int) -> Attribution:
    """For a quote nothing attributes, after a sentence that reports a question: whoever
    answers it ("Another reporter wanted to know whether he would be back. ¶ “Ask me in
    August.”": his answer), looking no further back than ``floor``."""
    last = _word_before_quote(doc, start, floor)
    asked = question_answerer(last.sent.root) if last is not None else None
    return _attribution(asked, None) if asked is not None else Attribution()


def sender_after(doc: Doc, end: int) -> Attribution:
    """For a quote nothing attributes, the sender the next sentence says it came from ("“…”
    It came from Desmond Lush, the plant manager, and …")."""
    span = doc.char_span(end, end + 1, alignment_mode="expand")
    i = span.end if span is not None else len(doc)
    while i < len(doc) and (doc[i].is_space or doc[i].text in (*CLOSING_MARKS, ".", ",")):
        i += 1
    sender = _came_from(doc[i].sent) if i < len(doc) and doc[i].sent.start >= i else None
    return tagged(_attribution(sender, None), "writer") if sender is not None else Attribution()


def _word_before_quote(doc: Doc, start: int, floor: int = 0) -> Token | None:
    """The last word before the quote opening at ``start`` and its marks, if it stands at or
    after ``floor``: where the sentence that introduces the quote ends."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    i = _before_marks(doc, span.start) if span is not None else -1
    return doc[i] if i >= 0 and doc[i].idx >= floor else None


def _of_age(tok: Token) -> bool:
    """ "the 71-year-old", which the parse heads with "old": a person of that age."""
    return tok.lower_ == "old" and any(c.lower_ == "year" for c in tok.children)


def attribute_intro(doc: Doc, start: int, end: int) -> Attribution:
    """Speaker of a block quote from its introducing sentence ("Here's his side of it:")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Attribution()
    sent = doc[span.end - 1].sent
    aged = _age_before_verb(sent)
    if aged is not None:  # "The 63-year-old recalled the morning he found the kraal empty:"
        return aged
    writing = _writing_read_as_noun(sent)
    if writing is not None:  # "The message read:", "read" parsed as a noun: the message's
        return _writing_named(writing)
    reported = _reported_writing_writer(sent)
    if reported is not None:  # "X says the last text message his father sent him read:"
        return tagged(_attribution(reported, None), "writer")
    # the sentence's own verb first: "In a statement read by Ms Anand, Corey's mother, …,
    # said:" is the mother's
    for tok in sorted(sent, key=lambda t: t.dep_ != "ROOT"):
        if tok.dep_ == "advcl" and tok.tag_ == "VBN":
            continue  # "Asked by the defence whether …, Dr Mutasa was frank:": not the defence
        if tok.lemma_.lower() in CUE_LEMMAS and tok.pos_ == "VERB":
            writer = _writer_read_out(tok)  # "Jabari read a letter from Clive Ottley, …:"
            if writer is not None:
                return tagged(_attribution(writer, None), "writer")
            # "Cllr Ferrier read the letter into the record:": the letter's, whose writer the
            # resolver finds before
            read = next((o for o in tok.children if _read_letter(tok, o) and definite(o)), None)
            if read is not None:
                return tagged(_attribution(read, None), "writer")
            subj = _subject(tok)
            if subj is None:
                continue
            writer = _writer_of_it(subj, tok)
            if writer is not None:  # "… a post made by Ulric Cato. It read:" ¶ “…”: "it", his
                said = _attribution(subj, tok)
                return tagged(_voiced(said, _attribution(writer, tok)), "writer")
            said = _attribution(_name_apposed_before(subj), tok)
            principal = _on_behalf_of(doc, said)  # "X read a statement on behalf of Y:"
            return tagged(principal, "behalf") if principal is not None else said
    root = sent.root
    subject = _subject(root)
    shown = next(
        (c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in WRITTEN_NOUNS), None
    )
    writer = _named_writer(shown) if shown is not None else None
    if writer is not None and writer != subject:  # "Arslan shared with the Chronicle an email
        return tagged(_attribution(writer, None), "writer")  # sent … by Savvas Petrides, 63,"
    if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ not in _PLACE_OR_TIME:
        return _attribution(subject, None)  # "Dr Mutasa was frank:"
    writer = _writer_of_it(subject, root) if subject is not None else None
    if writer is not None:  # "… a letter to the minister from Dervla Quigg. It ended:"
        return tagged(_voiced(_attribution(subject, root), _attribution(writer, root)), "writer")
    owner = _utterance_owner(subject) if subject is not None else None
    if owner is not None:  # "The coach's message to his players, with the Warriors trailing,
        return tagged(_attribution(owner, None), "writer")  # was short:": the coach's
    writer = _writer_in(sent)
    if writer is not None:  # "her father sent her what turned out to be his last text message:";
        # "Her granddaughter Tessa keeps a text message her grandmother sent her:"; "She
        # still keeps the first letter, which ends:"
        return tagged(_attribution(writer, None), "writer")
    named = _named_beside_person_noun(root)
    if named is not None:
        return _attribution(named, None)
    for tok in sent:
        if tok.ent_type_ == "PERSON" or tok.lower_ in MALE | FEMALE | {"they", "their"}:
            return _attribution(tok, None)
    return Attribution()


def _relative_read_writer(colon: Token) -> Token | None:
    """The sender of a message "that read:" right before the quote ("he got a text message
    from a mill manager at 6:15 a.m. that read:"): its words are the sender's."""
    verb = colon.head
    if verb.lemma_.lower() != "read" or verb.dep_ != "relcl" or colon.i != verb.i + 1:
        return None
    # the message, also where the parse hung the clause on a word after it ("… at 6:15 a.m.")
    written = [t for t in verb.sent if t.i <= verb.head.i and t.lemma_.lower() in WRITTEN_NOUNS]
    return _named_writer(written[-1]) if written else None


def _reported_writing_writer(sent: Span) -> Token | None:
    """The writer of a writing whose words a reported clause says it gives ("Her son says
    the last text message his father sent him read:": the father)."""
    for tok in sent:
        subj = _subject(tok) if tok.dep_ == "ccomp" else None
        if subj is not None and (writer := _message_read(subj, tok)) is not None:
            return writer
    return None


def _age_before_verb(sent: Span) -> Attribution | None:
    """ "the 58-year-old" right before a verb of the sentence, however the parse hung it."""
    for tok in sent:
        span = age_opening_clause(tok)
        if span is not None:
            return Attribution(*span)
    return None


def _named_beside_person_noun(root: Token) -> Token | None:
    """ "His wife, Linda Duchesne, posted on the bakery's Facebook page:" (also parsed as a
    noun phrase with "posted" describing it): the name apposed to the person noun."""
    noun = root if root.pos_ == "NOUN" else _subject(root)
    if noun is None or noun.lemma_.lower() not in _PERSONAL_NOUNS:
        return None
    return apposed_proper_noun(noun)


# Where a writing stands in its sentence (a noun as "ccomp" is the parse's slip)
_WRITING_DEPS = frozenset({"dobj", "attr", "pobj", "nsubj", "ccomp"})
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def read_out(doc: Doc, start: int, end: int) -> Attribution | None:
    """The writer of a letter or message the paragraph ``[start, end)`` says someone read out
    or from, when the text names the writer: "Erik then read from a letter his mother wrote to
    him in 2005." before the letter's words."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span[-1].sent:
        if tok.lemma_.lower() not in WRITINGS or tok.dep_ not in {"dobj", "pobj"}:
            continue
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.lemma_.lower() not in _READING:
            continue
        writer = _named_writer(tok)
        if writer is not None:
            return tagged(_attribution(writer, None), "writer")
    return None


_READING = frozenset({"read", "quote", "recite", "show"})  # "He showed it to reporters:"
# "Asked by a reporter, “…?”": the one who asked the question that follows
_ASKED_BY = re.compile(r"\b[Aa]sked by (?P<who>(?:\w[\w.’'-]*\s?){1,6}),\s*$")


def _read_letter(verb: Token, obj: Token) -> bool:
    """ "read a letter", "quoted the email": a writing the verb reads out."""
    return verb.lemma_.lower() in _READING and obj.dep_ == "dobj" and obj.lemma_.lower() in WRITINGS


def _writer_read_out(verb: Token) -> Token | None:
    """Who wrote the letter or message that is the speech verb's object, when its phrase says:
    "Jabari read a letter from Clive Ottley", "Tyler read her first text aloud"; or, for "it",
    the writer the sentence before names: "Ethel Guidry wrote a statement for the court. Her
    son read it aloud:", "… a text message was waiting, from his sister, Kayla Pruitt. He read
    it aloud:"."""
    for obj in (_whole_of(c) for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in WRITINGS:
            writer = _named_writer(obj)
            if writer is not None:
                return writer
        if obj.lower_ == "it" and verb.lemma_.lower() in _READING:
            sent = verb.sent  # "… a text message from his sister, Kayla. He read it aloud:"
            before = [verb.doc[sent.start - 1].sent] if sent.start > 0 else []
            return _writer_before(verb) or _writer_named_in(before)
    return None


def _whole_of(obj: Token) -> Token:
    """What a part is of ("She read part of it aloud": it), what a relative pronoun stands
    for ("sent a letter, which Mrs Renouf read to the Assembly:": the letter), else the object
    itself."""
    verb = obj.head
    if obj.lower_ in {"which", "that"} and verb.dep_ == "relcl" and verb.head.i < obj.i:
        return verb.head
    if obj.lemma_.lower() not in _PARTS:
        return obj
    return next((o for p in obj.children if p.lower_ == "of" for o in p.children), obj)


_PARTS = frozenset({"part", "some", "passage", "excerpt", "extract", "line", "lines", "portion"})


def _writer_before(verb: Token) -> Token | None:
    """The subject of the sentence before, when it wrote a writing: "X wrote a statement"."""
    sent = verb.sent
    if sent.start == 0:
        return None
    for tok in verb.doc[sent.start - 1].sent:
        if tok.lemma_.lower() in WRITING_VERBS and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _STATEMENTS for o in tok.children
        ):
            return next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


_STATEMENTS = WRITINGS | {"statement"}


def _can_speak(tok: Token, verb: Token | None = None) -> bool:
    """A subject that can utter a quote: a person, organisation, pronoun or source noun; with
    a plain speech verb ("the clip says") any noun."""
    if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.pos_ in {"PROPN", "PRON"}:
        return True
    if _of_age(tok):
        return True  # "The 61-year-old said:" (the parse's subject is "old")
    lemma = tok.lemma_.lower()
    if tok.dep_ == "nsubjpass" and tok.pos_ == "NOUN" and lemma not in PEOPLE_NOUNS | SOURCE_NOUNS:
        return False  # "before the sentence was read": what is read says nothing itself
    if verb is not None and tok.pos_ == "NOUN" and tok.is_title and tok.head == verb:
        return True  # a name tagged as a common noun ("Sanders responded")
    if (
        verb is not None
        and tok.head == verb  # its own subject, not one borrowed from a conjoined verb
        and verb.lemma_.lower() in SPEECH_LEMMAS
        and tok.pos_ == "NOUN"
    ):
        return True
    return lemma in PEOPLE_NOUNS or lemma in SOURCE_NOUNS


def _according_to(tok: Token) -> Token | None:
    """Whom "according to" names: its object, or the name set off by commas right after a
    role ("According to the president of the federation, Dr Siueni Lolo, the campaign …",
    parsed with the name as the next clause's subject)."""
    for child in tok.children:
        if child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _name_after_role(obj) or obj
    return None


def _reckoning_of(tok: Token) -> Token | None:
    """Whose count or words a phrase before a quote gives: "by Wes Danneker's count, “about
    half the fiddlers”", "by her own estimate", "in his words", "in the words of X"."""
    lemma, prep = tok.lemma_.lower(), tok.head.lower_
    if tok.dep_ != "pobj" or not (
        (prep == "by" and lemma in _RECKONINGS) or (prep == "in" and tok.lower_ == "words")
    ):
        return None
    whose = [c for c in tok.children if c.dep_ == "poss"]
    # "in the words of his daughter, Jo Marsh,"
    whose += [_name_after_role(o) or apposed_proper_noun(o) or o for o in _of_objects(tok)]
    return next(
        (t for t in whose if t.pos_ == "PROPN" or t.lower_ in MALE | FEMALE or _person_noun(t)),
        None,
    )


_RECKONINGS = frozenset({"count", "reckoning", "estimate", "estimation", "tally", "calculation"})


def _people_noun(tok: Token) -> bool:
    """A noun for people, or "one of" them ("one of its authors")."""
    if tok.lower_ == "one":
        return any(o.lemma_.lower() in PEOPLE_NOUNS for o in _of_objects(tok))
    return tok.lemma_.lower() in PEOPLE_NOUNS


def _of_objects(tok: Token) -> list[Token]:
    """The objects of the word's "of": "authors" of "one of its authors"."""
    return [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _name_after_role(role: Token) -> Token | None:
    """The person's name between commas right after the role noun's phrase."""
    doc, after = role.doc, role.right_edge.i + 1
    if not _people_noun(role) or after + 1 >= len(doc) or doc[after].text != ",":
        return None
    end = after + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    words = doc[after + 1 : end]
    closed = end < len(doc) and doc[end].text == ","
    person = any(t.ent_type_ == "PERSON" for t in words)
    return words[-1] if len(words) and closed and person else None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the verb it is conjoined to when it has none (from
    the object of the verb an infinitive hangs on, when there is one); of two, the one nearest
    before the verb that can speak ("But this financial year, because of …, he said", the year
    parsed as a subject too)."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _is_word(c)]
        if subjects:
            subject = subjects[0] if len(subjects) == 1 else _nearest_speaking(subjects, verb)
            return person_in_apposition(subject)
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        fronted = fronted_subject(verb) or _apposed_before(verb)
        if fronted is not None:
            return fronted
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head != verb:
            controller = _object_controller(verb)
            if controller is not None:
                return person_in_apposition(controller)
            verb = verb.head
        else:
            return None
    return None


def _apposed_before(verb: Token) -> Token | None:
    """ "In an e-mail … seen by The Mercury, the company's chief executive, Marcus Lambe,
    wrote": the person named in apposition right before a conjoined verb (its comma between,
    no "and") is its subject, though the parse hung the name on the phrase before; so is the
    name set off right before a root verb that has no subject."""
    doc = verb.doc
    if verb.dep_ not in {"conj", "ROOT"} or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if verb.dep_ == "conj":
        ok = name.dep_ == "appos" and name.ent_type_ == "PERSON" and name.right_edge.i == name.i
        return name if ok else None
    # a root verb without a subject: "…, a copy of which was obtained by the Chronicle, plant
    # manager Rory Gillis, Hector Gillis’s grandson, wrote:" (the name parsed as a conjunct)
    if name.dep_ == "appos" and name.head.i < name.i and name.right_edge.i == name.i:
        name = name.head  # the name before its own apposition
    if name.ent_type_ == "PERSON" and name.dep_ in {"conj", "appos"} and name.head.i < name.i:
        return name
    return None


def _nearest_speaking(subjects: list[Token], verb: Token) -> Token:
    """Of a verb's subjects (a fronted phrase misparsed as a second one: "At an event in Salem,
    New Hampshire, Trump went …"), the one nearest before the verb among those that can speak."""
    speaking = [s for s in subjects if _can_speak(s)] or subjects
    before = [s for s in speaking if s.i < verb.i]
    return before[-1] if before else speaking[0]


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive hangs on, who does what it says ("That prompted
    Rubio to make a joke and call Trump “very flexible”": Rubio)."""
    if verb.dep_ != "xcomp":
        return None
    objs = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not objs or objs[0].lower_ in VAGUE_PRONOUNS:  # "the paper had this to say:"
        return None
    return objs[0] if _can_speak(objs[0]) else None


def _is_word(tok: Token) -> bool:
    """Not a dash or other mark the parse took for a noun ("… public ― Trump boasted")."""
    return any(ch.isalnum() for ch in tok.text)


_CLOSING = frozenset({"”", '"', "»"})


def _in_other_quote(doc: Doc, tok: Token, span: Span) -> bool:
    """The word sits inside another quote than ``span``: a closing mark (or two straight
    ones) between it and a later quote, an opening one between an earlier quote and it."""
    between = doc[tok.i + 1 : span.start] if tok.i < span.start else doc[span.end : tok.i]
    marks = [t.text for t in between]
    edge = "”" if tok.i < span.start else "“"
    return edge in marks or marks.count('"') >= 2


def _nearest_cue(doc: Doc, span, outside) -> tuple[Token, Token] | None:
    """A speech verb with a subject in the quote's first or last sentence, nearest first."""
    sents = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    intro = _introducing_sentence(doc, span)
    if intro is not None:
        sents[intro.start] = intro
    best: tuple[int, Token, Token] | None = None
    for sent in sents.values():
        for tok in sent:
            if not outside(tok) or tok.lemma_.lower() not in CUE_LEMMAS or tok.pos_ != "VERB":
                continue
            if _in_other_quote(doc, tok, span):
                continue  # "“… I've never wanted a ball more …,” she said. “…”": quoted words
            subj = _subject(tok)
            if subj is None or not outside(subj) or not _can_speak(subj, tok):
                continue
            if any(t.text in _CLOSING for t in doc[subj.i : tok.i]):
                continue  # "“…, my Lord,” Mrs. Okafor replied": "Lord" is in another quote
            dist = min(abs(tok.i - span.start), abs(tok.i - span.end))
            if best is None or dist < best[0]:
                best = (dist, subj, tok)
    return (best[1], best[2]) if best else None


def _asker_before(words: Span) -> Attribution | None:
    """The first name in ``words`` when they end in a verb of asking or telling and the words
    for the one addressed ("Cllr Oliver Grange, who voted against it, asked planning officer"):
    the asker, however the parse hung the verb."""
    verb = next((t for t in reversed(words) if t.lemma_.lower() in _ADDRESSING), None)
    if verb is None:
        return None
    addressed = words[verb.i - words.start + 1 :]
    if any(t.pos_ not in {"NOUN", "PROPN", "DET"} for t in addressed):
        return None
    name = [t for t in words[: verb.i - words.start] if t.ent_type_ == "PERSON"]
    if not name:
        return None
    end = name[0]
    while end.i + 1 < verb.i and end.doc[end.i + 1].ent_type_ == "PERSON":
        end = end.doc[end.i + 1]
    return Attribution(name[0].idx, end.idx + len(end))


_ADDRESSING = frozenset({"ask", "tell"})


def _before_marks(doc: Doc, i: int) -> int:
    """The index of the last token before token ``i`` that is no space or opening quote mark
    (-1 if none): where the words that introduce a quote end."""
    i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text in OPENING_MARKS):
        i -= 1
    return i


def _colon_intro(doc: Doc, span: Span) -> Attribution | None:
    """The speaker of a quote after a colon in its own paragraph: the subject before the
    colon ("McConnell delivered a blunt message: “…”", "Continued Stone: “…”") or a name
    standing alone before it ("… he tweeted about it. Donald Trump: “…”")."""
    i = _before_marks(doc, span.start)
    if i <= 0 or doc[i].text != ":" or "\n" in text_of(doc)[doc[i].idx : span.start_char]:
        return None
    first = doc[i].sent.start
    label = [t for t in doc[first:i] if not t.is_space]
    if len(label) == 2 and label[0].lower_ in _MESSAGE_PRONOUNS:  # "One read:" (parsed as a
        writer = _writer_of_it(label[0], label[1])  # number and a noun): one of the messages
        if writer is not None:
            return _voiced(_attribution(label[0], None), _attribution(writer, None))
    writer = _writer_in(doc[first:i]) or _came_from(doc[first:i])
    if writer is not None:  # also "She still keeps the first letter, which ends:"
        return tagged(_attribution(writer, None), "writer")
    writer = _writer_before_colon(doc[i - 1])
    if writer is not None:
        return _attribution(_name_apposed_before(writer), writer.head)
    if _unowned_reply(doc[i].sent.root):
        return None  # "On whether private hospitals would benefit, the answer was as direct:":
        # whoever was answering, not a subject inside the question
    asker = _question_from(doc[i].sent.root)
    if asker is not None:  # "Khadka faced a pointed question from ward chairperson X:"
        return _attribution(asker, None)
    for tok in doc[first:i]:
        owner = _utterance_owner(tok) if tok.dep_ in SUBJECT_DEPS else None
        if owner is not None:  # "The reply from the ministry was swift: “…”": the ministry
            return tagged(_attribution(owner, None), "writer")  # its writer, as of a letter
        if (
            tok.dep_ in SUBJECT_DEPS
            and tok.head.i < i
            and tok.head.dep_ != "relcl"  # "Tolliver, a driver who still keeps …, told …:"
            and _can_speak(tok, tok.head)
        ):
            if tok.lower_ in VAGUE_PRONOUNS:
                return None
            writer = _writer_read_out(tok.head)  # "she sent Pelletier a text message. He
            if writer is not None:  # showed it to reporters after the game:": hers
                return tagged(_attribution(writer, None), "writer")
            verb = tok.head if tok.head.pos_ in {"VERB", "AUX"} else None
            return _attribution(_name_apposed_before(tok), verb)
    named = _named_beside_person_noun(doc[i].sent.root)  # "Her granddaughter, Mele Fong, who
    if named is not None:  # lives in Auckland, posted on Facebook:"
        return _attribution(named, None)
    for tok in doc[first:i]:  # "One resident, standing in the hallway, called out:", parsed
        if tok.dep_ == "acl" and tok.lemma_.lower() in CUE_LEMMAS and _person_noun(tok.head):
            return _attribution(tok.head, tok)  # with the verb a clause of the resident
    name = doc[i - 1]
    if name.ent_type_ == "PERSON":
        start = name
        while start.i > first and doc[start.i - 1].ent_type_ == "PERSON":
            start = doc[start.i - 1]
        asker = _asker_before(doc[first : start.i])
        if asker is not None:  # "Cllr Grange, who …, asked planning officer Hannah Cole:"
            return asker
        return Attribution(start.idx, name.idx + len(name))
    # A label opening its line: "Continued Stone:", "Former secretary of state Hillary Clinton:"
    label = [t for t in doc[first:i] if not t.is_space and t.text not in OPENING_MARKS]
    line_start = text_of(doc).rfind("\n", 0, label[0].idx) + 1 if label else 0
    if (
        not label
        or len(label) > MAX_LABEL_TOKENS
        or label[-1].pos_ != "PROPN"
        or text_of(doc)[line_start : label[0].idx].strip(OPENING_MARKS_TEXT + " ")
    ):
        return None
    if label[0].lemma_.lower() in CUE_LEMMAS and label[0].pos_ != "PROPN" and len(label) > 1:
        label = label[1:]
    return Attribution(label[0].idx, label[-1].idx + len(label[-1]))


def _question_from(verb: Token) -> Token | None:
    """Who put the question the verb's object is, by its "from": "faced a pointed question
    from ward chairperson Tek Bahadur Gurung"."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in QUESTIONS:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _person_noun(tok: Token) -> bool:
    """ "resident", "a woman": a noun for a person, before the clause it heads."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PEOPLE_NOUNS | OCCUPATIONS


def _reported_sender(cue: Token, span: Span) -> Token | None:
    """Who the cue's reported clause says wrote the quote its colon opens: "Prosecutors said
    Brandt texted a friend that night: “…”" (Brandt's text, not the prosecutors')."""
    doc = span.doc
    i = _before_marks(doc, span.start)  # not before the cue: a word, no mark
    if doc[i].text != ":":
        return None
    sender = _message_sender_before(doc[i - 1])
    if sender is not None:
        return sender
    writer = _writer_before_colon(doc[i - 1])
    return writer if writer is not None and writer.head.head.i == cue.i else None


def _message_sender_before(last: Token) -> Token | None:
    """The sender of a message the words before a colon end in: "she first heard the news in
    a text message from the local MLA, Niall Devenney:" (the name apposed, else the sender)."""
    sender = last.head if last.dep_ == "appos" else last
    prep = sender.head
    if (
        sender.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in WRITTEN_NOUNS
    ):
        return last
    return None


def _writer_before_colon(last: Token) -> Token | None:
    """The subject of a side or reported clause whose writing verb, or its object or an
    adverbial, ends right before the colon: "Jody was on the highway when her brother texted
    her: “…”", "Prosecutors said Brandt texted a friend at 11:48 p.m. that night: “…”"."""
    verb = next((t for t in (last, *last.ancestors) if t.pos_ == "VERB"), last)
    if verb.dep_ not in {"advcl", "ccomp"} or verb.lemma_ not in WRITING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in VAGUE_PRONOUNS or not _can_speak(subject, verb):
        return None
    return subject


def _writer_in(words: Span) -> Token | None:
    """The writer of a message or a letter the words name: "Martin received a text from
    Pridmore:", "the first message was a text her mother had sent at halftime:", "Erik read
    from a letter his mother wrote:", "A text message her mother sent her, on Friday, was
    about the coach:"; else the one a relative clause among them gives (``_writer_in_relative``:
    "She still keeps the first letter, which ends:")."""
    for tok in words:
        if tok.dep_ in _WRITING_DEPS and tok.lemma_.lower() in WRITTEN_NOUNS:
            writer = _named_writer(tok)
            if writer is not None:
                return writer
    return _writer_in_relative(words)


def _named_sender_in(words: Span) -> Token | None:
    """The writer, a name or a person's noun, of a message the words before a colon name
    ("her phone buzzed with a text from Bev Haskins, …:", "A text message her mother sent her
    … was about the coach:"), not a thing ("a letter, a copy of which …")."""
    writer = _writer_in(words)
    if writer is None or not (writer.pos_ == "PROPN" or writer.lemma_ in _PERSONAL_NOUNS):
        return None
    return writer


def _asker_of_the_asked(verb: Token) -> Token | None:
    """Who asked the subject of "was asked": the agent of its clause ("Cross-examined by
    Andrew Pattinson, defending, Mrs Harker was asked:"), not the one asked."""
    if verb.lemma_ != "ask" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for tok in verb.subtree:
        if tok.dep_ == "agent":
            return next((c for c in tok.children if c.dep_ == "pobj"), None)
    return None


def _sent_in_sentence(sent: Span) -> Token | None:
    """The sender, named or a he or she, of a message the sentence's main verb sends
    ("Ostrowski sent a group text to his current players", "she sent him a message he has
    kept:")."""
    for noun in sent.root.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in WRITTEN_NOUNS:
            writer = writer_token(noun)
            if writer is not None and (writer.pos_ == "PROPN" or writer.lower_ in MALE | FEMALE):
                return writer
    return None


def _came_from(words: Span) -> Token | None:
    """The sender a message "came from" ("One came from Ada Quist, 81, who coached her:")."""
    for tok in words:
        if tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_ != "come":
            continue
        if tok.lower_ not in _MESSAGE_PRONOUNS and tok.lemma_.lower() not in WRITTEN_NOUNS:
            continue
        for prep in tok.head.children:
            if prep.lower_ == "from":
                return next(
                    (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None
                )
    return None


def _named_writer(noun: Token) -> Token | None:
    """The writer ``writer_token`` finds for a writing, unless a word that names no one ("it",
    "which")."""
    writer = writer_token(noun)
    return writer if writer is not None and writer.lower_ not in VAGUE_PRONOUNS else None


def reply_without_owner(doc: Doc, start: int) -> bool:
    """Whether the colon before the quote opening at ``start`` follows "the answer was …" with no
    one's answer named ("On private hospitals, the answer was equally direct:"): the answer
    goes on from whoever answered last."""
    colon = _word_before_quote(doc, start)
    return (
        colon is not None and colon.i > 0 and colon.text == ":" and _unowned_reply(colon.sent.root)
    )


def _unowned_reply(root: Token) -> bool:
    """Whether the clause's subject is a reply nobody owns: "the answer was equally direct"."""
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    return any(c.lemma_.lower() in REPLIES and _utterance_owner(c) is None for c in subjects)


def _utterance_owner(noun: Token) -> Token | None:
    """Whose reply or message the noun is: its possessor ("Her message") or the object of
    its "from" ("the reply from the ministry")."""
    return sender(noun) if noun.lemma_.lower() in REPLIES else None


def _writer_of_relative(subj: Token, verb: Token) -> Token | None:
    """Who sent the message or letter whose words a relative clause gives ("Lau sent her a
    WhatsApp message that read: “…”"; not "a letter from his doctor that says", which PolNeAR
    credits to whoever released it), or who wrote in the sentence before the one naming "the
    letter" ("he wrote to her every week. She still keeps the first letter, which ends:")."""
    noun = verb.head
    if subj.lower_ not in {"that", "which"} or verb.dep_ != "relcl":
        return None
    sender = _received_from(noun)
    if sender is not None:
        return sender  # "received a text message from the firm's director, X, which read:"
        # (the clause hung on the sender)
    if noun.lemma_.lower() not in WRITTEN_NOUNS:
        return None
    sent = noun.dep_ == "dobj" and noun.head.lemma_.lower() in WRITING_VERBS
    # or its own clause says who sent it: "a text message Mr X allegedly sent to an employee
    # in August, which read:"
    sent_by = any(
        c.dep_ == "relcl" and c != verb and c.lemma_.lower() in WRITING_VERBS for c in noun.children
    )
    if sent or sent_by:
        return _named_writer(noun)
    if definite(noun) and verb.lemma_.lower() in _IT_SAYS and noun.sent.start > 0:
        return _writer_before_definite(noun.doc[noun.sent.start - 1].sent)
    return None


def _received_from(noun: Token) -> Token | None:
    """The sender a relative clause was hung on, whom a received message came from ("received
    a text message from Lusuntha’s managing director, Tiwonge Banda, which read:"): the name,
    or the person noun's apposed name."""
    name = noun
    if noun.dep_ == "appos":
        noun = noun.head
    else:
        name = next((c for c in noun.children if c.dep_ == "appos"), noun)
    prep = noun.head
    person = name.ent_type_ == "PERSON" or (
        name is not noun and name.pos_ == "PROPN" and noun.lemma_.lower() in PEOPLE_NOUNS
    )
    if noun.dep_ != "pobj" or prep.lower_ != "from" or not person:
        return None
    verb = prep.head
    if verb.lemma_.lower() in WRITTEN_NOUNS and verb.dep_ == "dobj":
        verb = verb.head  # "from" on the message itself
    received = verb.lemma_.lower() in RECEIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WRITTEN_NOUNS for c in verb.children
    )
    return name if received else None


def _writer_in_relative(words: Span) -> Token | None:
    """The writer ``_writer_of_relative`` finds for a relative clause among the words."""
    for which in words:
        if which.dep_ == "nsubj" and (writer := _writer_of_relative(which, which.head)):
            return writer
    return None


def _voiced(said: Attribution, writer: Attribution) -> Attribution:
    """The attribution to "it" (the span the corpus marks) whose words are the writer's."""
    return replace(said, voice_start=writer.speaker_start, voice_end=writer.speaker_end)


_MESSAGE_PRONOUNS = frozenset({"it", "one", "another"})
# what a message does with its words: "“Dear Dr. X,” it begins", "It stated:"
_IT_SAYS = frozenset({"read", "say", "begin", "continue", "end", "go", "state"})


def _writer_of_it(subj: Token, verb: Token, opening: Token | None = None) -> Token | None:
    """Who wrote the message "it" stands for, when the sentence before has one with its writer
    ("… an email Lindqvist sent from a personal account. It read: “…”"); the sentence before
    the quote's ``opening`` word, for "“…,” it said."; for "One read:" and "Another said:",
    one of the messages a sentence up to three back names ("messages sent from Kinsella’s
    phone"); for "She wrote:", the writer of the letter the sentence before names ("a letter
    from Howells’ second wife, Bethan. She wrote: “…”")."""
    first = (opening or subj).sent.start
    wrote = subj.lower_ in {"he", "she"} and verb.lemma_.lower() == "write"  # "She wrote:"
    said = subj.lower_ in _MESSAGE_PRONOUNS and verb.lemma_.lower() in _IT_SAYS
    if _the_writing_says(subj, verb) and first > 0:  # "X emailed parents. “…,” the email said."
        return _named_writer(subj) or _writer_before_definite(subj.doc[first - 1].sent)
    if not (said or wrote) or first == 0:
        return None
    before = [subj.doc[first - 1].sent]
    while subj.lower_ in {"one", "another"} and len(before) < 3 and before[-1].start > 0:
        before.append(subj.doc[before[-1].start - 1].sent)  # "One read: “…” Another said:"
    if verb.lemma_.lower() == "read" and _quoting(before[-1]) and before[-1].start > 0:
        # "… text message he received from his grandmother arrived at 6:40. ¶ “She’d only
        # learned to text,” he said. It read:" (a message reads; "It said" may be a body's)
        before.append(subj.doc[before[-1].start - 1].sent)
    return _writer_named_in(before)


def _quoting(sent: Span) -> bool:
    """The sentence holds words in quote marks (what someone said between a writing and its
    "It read:")."""
    return any(t.text in OPENING_MARKS for t in sent)


def _the_writing_says(subj: Token, verb: Token) -> bool:
    """ "the email said", "the letter reads": a definite writing says the words."""
    return subj.lemma_.lower() in WRITINGS and definite(subj) and verb.lemma_.lower() in _IT_SAYS


def _writer_named_in(sents: list[Span]) -> Token | None:
    """The writer of the first writing the sentences name with its writer (an email X sent,
    a letter from Y; "the post" of one who posted), or of a writing "written by" someone."""
    if not sents:
        return None
    doc = sents[0].doc
    for tok in (tok for sent in sents for tok in sent):
        writer = None
        if tok.lemma_.lower() in WRITTEN_NOUNS and tok.pos_ == "NOUN":
            writer = writer_token(tok)
            if writer is None and definite(tok):
                # "she posted on Facebook, and the post had been shared … It read:": who
                # wrote in the sentence naming the writing, or in the one before ("In 1983,
                # Winters wrote to the health department … The family shared the letter with
                # the Current. It reads:")
                writer = _writer_before_definite(tok.sent)
                if writer is None and tok.sent.start > 0:
                    writer = _writer_before_definite(doc[tok.sent.start - 1].sent)
        elif tok.lemma_.lower() in WRITING_VERBS:  # "It was written in 1991 by Gerald Thiessen"
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            writer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if writer is not None and writer.lower_ not in VAGUE_PRONOUNS:
            # the name apposed to the writer: "from Howells’ second wife, Bethan"
            return apposed_proper_noun(writer) or writer
    return None


def _writer_passed_on(verb: Token) -> Token | None:
    """Who wrote the message someone shared or forwarded: its writer as its phrase names them,
    or, for "the message", whoever wrote or texted in the sentence before."""
    if verb.lemma_.lower() not in _PASSING_ON:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in WRITINGS:
            writer = _named_writer(obj)
            if writer is None and definite(obj) and obj.sent.start > 0:
                writer = _writer_before_definite(verb.doc[obj.sent.start - 1].sent)
            return writer
    return None


_PASSING_ON = frozenset({"share", "forward", "show", "pass"})


def _writer_before_definite(sent: Span) -> Token | None:
    """The subject that "wrote", "posted" or "texted" in ``sent``, a person's name or he/she:
    the writer of what the sentence or the next calls "the letter", "the post"."""
    for tok in sent:
        if tok.lemma_ in WRITING_VERBS and tok.pos_ == "VERB":
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "NOUN":  # "the head teacher, Mr X,"
                subject = apposed_proper_noun(subject) or subject
            if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in MALE | FEMALE):
                return subject
    return None


def _name_apposed_before(subj: Token) -> Token:
    """The name opening the sentence that a role noun, the parse's subject, is apposed to
    ("Tolliver, a former driver who …, told reporters:" parsed with "driver" as subject)."""
    edge = subj.left_edge.i
    if (
        subj.pos_ == "NOUN"
        and subj.lemma_.lower() in _PERSONAL_NOUNS | OCCUPATIONS
        and subj.doc[edge].lower_ in {"a", "an"}
        and edge > 1
        and subj.doc[edge - 1].text == ","
        and subj.doc[edge - 2].pos_ in {"PROPN", "ADV"}
        and subj.doc[edge - 2].text[:1].isupper()
        and subj.doc[edge - 2].is_sent_start
    ):
        return subj.doc[edge - 2]
    return subj


def _introducing_sentence(doc: Doc, span: Span) -> Span | None:
    """The sentence right before a quote that opens its own sentence, when it introduces the
    quote: it ends in a colon or comma ("Said Ellis:") or with its speech verb ("Schiff
    said.")."""
    first = span[0].sent
    if first.start == 0 or span.start - first.start > 1:
        return None
    prev = doc[first.start - 1].sent
    words = [t for t in prev if not t.is_space and t.text not in OPENING_MARKS]
    if len(words) < 2 or "\n" in text_of(doc)[words[-1].idx : span.start_char]:
        return None  # a sentence of another paragraph (its line break may be its last token)
    if words[-1].text in {":", ","}:
        return prev
    return prev if words[-1].text == "." and _is_cue_verb(words[-2]) else None


def _trailing_attribution(doc: Doc, span: Span) -> Attribution | None:
    """The attribution written right after the closing mark, read from the words rather
    than the parse (which often folds the speaker into the quote):
    '“…,” Flynn, a top surrogate, said', '“…,” said David Plouffe, an aide', '“…” ― Ana Ruiz'."""
    dashed = DASH_CREDIT.match(text_of(doc), span.end_char)
    if dashed:
        return Attribution(dashed.start("name"), dashed.end("name"))
    k = span.end
    if k >= len(doc) or doc[k].text not in CLOSING_MARKS:
        return None
    k += 1
    while k < len(doc) and doc[k].text in CLOSING_MARKS:
        k += 1  # a quote inside it closing too: "… who said, ‘About time,’” the 47-year-old said"
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc):
        return None
    if _is_cue_verb(doc[k]):
        return _run_attribution(doc, k + 1, doc[k])
    # A quote ending its sentence ("… here.”) is followed by a new sentence, not a speaker.
    if _last_word(span).text not in ENDING_PUNCT:
        return None
    return _credit_before_cue(doc, k, span) or _misread_credit(doc, k)


def _last_word(span: Span) -> Token:
    """The quote's last token before the closing mark of a quote inside it ("… who said,
    ‘About time,’”": the comma)."""
    last = span[-1]
    while last.text in CLOSING_MARKS and last.i > span.start:
        last = last.doc[last.i - 1]
    return last


def _credit_before_cue(doc: Doc, k: int, span: Span) -> Attribution | None:
    # a name and a long apposition closed by a comma before the cue: '“…,” Trump, the party's
    # frontrunner nationally and … after winning the primaries, said'
    limit = MAX_APPOSED_TOKENS if _name_then_comma(doc, k) else MAX_SPEAKER_TOKENS
    for j in range(k, min(k + limit, len(doc))):
        tok = doc[j]
        if tok.text in CLOSING_MARKS + OPENING_MARKS or tok.text == "." or "\n" in tok.text:
            return None
        if j - k >= MAX_SPEAKER_TOKENS and doc[j - 1].text != ",":
            continue
        if (_is_cue_verb(tok) or _closes_attribution(doc, tok)) and j > k:
            return _speaker_before_cue(doc[k:j], tok, final=_last_word(span).text != ",")
    return None


def _name_then_comma(doc: Doc, k: int) -> bool:
    """One to four proper nouns at ``k``, then a comma."""
    j = k
    while j < len(doc) and j - k < 4 and doc[j].pos_ == "PROPN":
        j += 1
    return k < j < len(doc) and doc[j].text == ","


def _misread_credit(doc: Doc, k: int) -> Attribution | None:
    """'“…,” the memo reads.' when the parse took the verb for a noun ('reads') or the name
    for a verb or auxiliary ('Will wrote'): a few words, then a word of saying that ends the
    clause."""
    for j in range(k + 1, min(k + MAX_CREDIT_WORDS + 3, len(doc) - 1)):
        tok = doc[j]
        if not (tok.is_alpha or _age_part(tok)):  # "the 61-year-old insisted."
            return None
        after = doc[j + 1]
        if not _cue_word(tok) or not (
            after.text in {".", ",", ";"}
            or "\n" in after.text
            or after.lower_ in {"in", "on", "to"}
        ):
            continue
        words = doc[k:j]
        if not all(t.is_alpha or t.like_num or _age_part(t) for t in words):
            return None
        if not (words[0].is_title or words[0].lower_ in DETERMINERS):
            return None
        if all(t.lower_ in DETERMINERS for t in words):
            return None  # '“…,” the state.'
        return Attribution(words.start_char, words.end_char, tok.idx, tok.idx + len(tok))
    return None


def _cue_word(tok: Token) -> bool:
    """A word of saying, also one the tagger made an adjective ("insisted") or a noun ("the
    47-year-old said, drawing laughter")."""
    low = tok.lower_
    return (
        tok.lemma_.lower() in CUE_LEMMAS
        or low in {"said", "says"}
        or (low.endswith("ed") and (low[:-2] in CUE_LEMMAS or low[:-1] in CUE_LEMMAS))
    )


def _age_part(tok: Token) -> bool:
    """A number or hyphen of an age written as one noun: "61", "-" of "the 61-year-old"."""
    return tok.like_num or (tok.text == "-" and tok.head.lower_ in {"year", "old"})


def _closes_attribution(doc: Doc, verb: Token) -> bool:
    """Any verb that ends the clause after a quote attributes it ("“No!” the crowd cried
    out.", "“…,” Trump shot back.", "“…?” Trump went on, …")."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"}:
        return False
    j = verb.i + 1
    while (
        j < len(doc) and doc[j].pos_ in {"ADP", "ADV", "PART"} and doc[j].dep_ in {"prt", "advmod"}
    ):
        j += 1
    return j >= len(doc) or doc[j].text in {".", ",", ";", ":", "—", "–"} or "\n" in doc[j].text


def _speaker_before_cue(speaker: Span, cue: Token, final: bool) -> Attribution | None:
    """'Flynn, a top surrogate,' before 'said'; after a question or exclamation the cue must
    close the attribution ("Graham asked."), not open a new statement ("She says it …")."""
    # without the cue's auxiliaries and adverbs: "Thanou had" (said), "he later" (said)
    while len(speaker) > 1 and (
        speaker[-1].is_punct
        or (speaker[-1].dep_ in {"aux", "neg", "advmod"} and speaker[-1].head == cue)
    ):
        speaker = speaker[:-1]
    # a name the parse took for an auxiliary: "“…,” Jiten said later."
    misparsed = len(speaker) == 1 and speaker[0].pos_ == "AUX" and _capitalised_word(speaker[0])
    if not misparsed and (
        speaker[0].pos_ not in SPEAKER_START_POS or speaker.root.pos_ in {"VERB", "AUX"}
    ):
        return None  # a clause, not a speaker: "he was due to" (say)
    objects = [c for c in cue.children if c.dep_ in CLAUSE_DEPS and c.i > cue.i]
    # "asked his barrister outside court": what follows the person spoken to is no statement
    if final and objects and not _addressee(cue, objects[0]):
        return None
    return Attribution(speaker.start_char, speaker.end_char, cue.idx, cue.idx + len(cue))


def _capitalised_word(tok: Token) -> bool:
    """A capitalised word that is no stop word ("Jiten", not "Will" or "Can")."""
    return tok.is_title and tok.is_alpha and not tok.is_stop


def _addressee(cue: Token, obj: Token) -> bool:
    """The person or body a cue is spoken to ("“…?” a reporter asked his barrister", "she told
    him", "asked the jury"), not what is said."""
    return (
        cue.lemma_.lower() in ADDRESSED_CUES
        and obj.dep_ in {"dobj", "dative"}
        and (
            obj.lower_ in OBJECT_PRONOUNS
            or person_like(obj)
            or obj.lemma_.lower() in _PERSONAL_NOUNS | OCCUPATIONS | _AUDIENCES
        )
    )


# Bodies a question or a plea is put to ("“…?” Mr Lowther asked the jury")
_AUDIENCES = frozenset({"jury", "court", "crowd", "audience", "meeting", "panel", "committee"})


def _run_attribution(doc: Doc, k: int, cue: Token) -> Attribution | None:
    """The speaker after an inverted cue ('“…,” said David Plouffe, an aide'): the name or
    noun phrase starting at token ``k``, up to punctuation or the line end."""
    epithet = PARENT_EPITHET.match(text_of(doc), doc[k].idx) if k < len(doc) else None
    if epithet is not None:  # "said the gran-of-five", its "gran" parsed a verb
        return Attribution(epithet.start(), epithet.end(), cue.idx, cue.idx + len(cue))
    j = k
    while j < len(doc) and j < k + MAX_SPEAKER_TOKENS:
        tok = doc[j]
        if tok.pos_ not in SPEAKER_RUN_POS or (tok.is_punct and tok.text not in "-'’"):
            break
        j += 1
    if j == k or doc[k].pos_ not in SPEAKER_START_POS or doc[k].ent_type_ in {"DATE", "TIME"}:
        return None
    speaker = doc[k:j]
    return Attribution(speaker.start_char, speaker.end_char, cue.idx, cue.idx + len(cue))


def _is_cue_verb(tok: Token) -> bool:
    return tok.lemma_.lower() in CUE_LEMMAS and tok.pos_ in {"VERB", "AUX"}


def _attribution(subj: Token, verb: Token | None) -> Attribution:
    s, e = noun_phrase(subj)  # "Kall, who called it …": the speaker is written "who"
    if verb is None:
        return Attribution(s, e)
    return Attribution(s, e, verb.idx, verb.idx + len(verb))
