"""Questions and answers: who asks and who answers in an exchange quoted paragraph by
paragraph ("“…?” Castellano asked. ¶ “…,” she replied. ¶ “So the answer is yes?” ¶ “Yes.”"),
a reporter's question at a press conference, and the one a question is put to. The rules of
``transforms.quotes`` call these while they attribute quotes in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from transforms.article_facts import noun_phrase, puts_a_question
from transforms.document import Span
from transforms.lexicon import KIN_NOUNS, NOUN_GENDER, OCCUPATIONS, PERSON_NOUNS
from transforms.nlp import text_of
from transforms.quote_marks import ALL_MARKS, OPENING_MARKS, QuoteSpan, is_question
from transforms.role_phrases import head_of, possessor
from transforms.speaker_resolver import SpeakerResolver
from transforms.speakers import Attribution, previous_subject, tagged

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})


def turn(
    text: str, body: list[Span], last: list[tuple[QuoteSpan, Attribution]], qs: QuoteSpan
) -> bool:
    """The quote takes the next turn of a question-and-answer exchange whose last two turns
    the rules gave to two speakers: a question after an answer, an answer after a question,
    each opening the paragraph after the one before ("“…?” he asked. ¶ “On the 21st.” ¶
    “Eighteen days after he sent it?” ¶ “Yes.”")."""
    (q1, a1), (q2, a2) = last
    return (
        a1.speaker_start is not None
        and (
            a2.how in {"answer", "exchange"}
            or (cue_word(text, a2) in _REPLYING and one_sentence(text, qs))
        )
        and q1.paragraph + 1 == q2.paragraph == qs.paragraph - 1
        and opens_paragraph(text, body, qs)
        and (
            (asks(text, q1, a1) or by_reporter(text, a1)) == asks(text, qs) != asks(text, q2, a2)
            # a statement put back after an answer, and the answer to it: "“Was that true?”
            # ¶ “At the time I believed it.” ¶ “Your wife had been a director by then.” ¶
            # “My wife is a director of many companies.”"
            or (
                (asks(text, q1, a1) or a2.how == "exchange")
                and not asks(text, q2, a2)
                and _bare(text, body, qs)
            )
        )
    )


def _bare(text: str, body: list[Span], qs: QuoteSpan) -> bool:
    """The quote is its paragraph, nothing said around it."""
    return not text[qs.end : body[qs.paragraph].end].strip(" ”\"’'\n.,")


def answers(
    text: str, body: list[Span], question: QuoteSpan, asked: Attribution, qs: QuoteSpan
) -> bool:
    """The quote answers the question (or a reporter's challenge: "“But your teams have not
    even visited the colony,” one reporter pointed out.") quoted, and attributed ``asked``, in
    the paragraph before."""
    return (asks(text, question, asked) or by_reporter(text, asked)) and replies(
        text, body, question, qs
    )


def by_reporter(text: str, att: Attribution) -> bool:
    """The attribution is a reporter's ("one reporter pointed out"), whose words at a press
    conference someone answers."""
    words = text[att.speaker_start or 0 : att.speaker_end or 0].lower().split()
    return words[-1:] in (["reporter"], ["journalist"])


def replies(text: str, body: list[Span], before: QuoteSpan, qs: QuoteSpan) -> bool:
    """The quote opens the paragraph after the quote ``before`` and does not open asking."""
    return (
        before.paragraph == qs.paragraph - 1
        and opens_paragraph(text, body, qs)
        and not opens_asking(text, qs)
    )


def opens_asking(text: str, qs: QuoteSpan) -> bool:
    """The quote's first sentence is a question (not an answer that ends on one: "“I've said
    sorry at every service. What else do they want from me?”")."""
    first = re.match(r"[^.!?]*[.!?]*", text[qs.start : qs.end])
    return first is not None and "?" in first.group()


def answerer(
    doc: Doc, body: list[Span], resolver: SpeakerResolver, question: QuoteSpan, asked: Attribution
) -> Attribution:
    """Who answers a question put in the paragraph before (“…?” Pretorius asked. ¶ “No.”):
    the person the sentence before the question is about ("… the ranger agreed …"), unless
    that is the asker; no one, else. One the question was put to by name answers first ("a
    radio reporter asked Andrea: “…?”"); after a reporter's question at a press conference, the
    one who told reporters."""
    if asked.speaker_start is not None and asked.speaker_end is not None:
        put_to = _pressed(doc, asked, resolver)
        if put_to.speaker_start is not None:
            return tagged(put_to, "answer")
    floor = body[max(0, question.paragraph - 1)].start
    att = previous_subject(doc, question.start, floor, resolver, nouns=True)
    if asked.how == "press_question" and att.speaker_end is not None:  # who told reporters
        named = resolver.resolve(doc, att.speaker_start, att.speaker_end) is not None
        return tagged(att, "answer") if named else Attribution()
    if att.speaker_start is None or att.speaker_end is None or asked.speaker_start is None:
        return Attribution()
    who = resolver.resolve(doc, att.speaker_start, att.speaker_end)
    asker = resolver.resolve(doc, asked.speaker_start, asked.speaker_end or asked.speaker_start)
    if who is not None and who == asker:  # "Hale pressed Ms Osei on the timeline.": Osei
        att = _pressed(doc, att, resolver)
        who = resolver.resolve(doc, att.speaker_start, att.speaker_end) if att.speaker_end else None
    return tagged(att, "answer") if who is not None and who != asker else Attribution()


def _pressed(doc: Doc, asker: Attribution, resolver: SpeakerResolver) -> Attribution:
    """The person the asker's sentence puts the question to: its verb's named object
    ("Hale pressed Ms Osei on the timeline")."""
    span = doc.char_span(asker.speaker_start, asker.speaker_end, alignment_mode="expand")
    if span is None:
        return Attribution()
    for obj in span.root.head.children:
        if obj.dep_ in {"dobj", "dative"} and resolver.mention_at(obj.idx, obj.idx + len(obj)):
            return Attribution(*noun_phrase(obj))
    return Attribution()


def press_question(
    text: str, body: list[Span], before: QuoteSpan, qs: QuoteSpan, nxt: QuoteSpan | None
) -> Attribution | None:
    """A question alone in its paragraph, after a quote someone "told reporters" and before an
    answer opening the next paragraph, is the reporters' ("“We will not pay,” X told reporters.
    ¶ “Has any data been stolen?” ¶ “We don't know yet.”"): their words are its speaker."""
    paragraph = body[qs.paragraph]
    if not (
        asks(text, qs)
        and not asks(text, before)
        and not text[qs.end : paragraph.end].strip(" ”\"’'\n")
        and nxt is not None
        and replies(text, body, qs, nxt)
    ):
        return None
    paragraphs = [body[before.paragraph]]
    opened = text[paragraphs[0].start : paragraphs[0].end].lstrip()[:1] in OPENING_MARKS
    if opened and before.paragraph > 0:
        # "… a reporter asked Okafor whether he had considered resigning. ¶ “No,” the
        # 47-year-old insisted. ¶ “Did the board vote on it?”" (an indirect question: a
        # quoted one starts an exchange that turn and exchange_turn follow)
        asked = body[before.paragraph - 1]
        if _OPENING.search(text, asked.start, asked.end) is None:
            paragraphs.append(asked)
    for paragraph in paragraphs:
        press = _PRESS.search(text, paragraph.start, paragraph.end)
        if press is not None:
            who = next(group for group in ("asker", "who", "where") if press[group])
            return Attribution(press.start(who), press.end(who), how="press_question")
    return None


# a quote mark opening words (not the apostrophe of "association's")
_OPENING = re.compile(rf"(?:^|(?<=[\s(\[—-]))[{''.join(OPENING_MARKS)}]", re.M)
# a press conference: "a reporter asked", "told reporters", "at a news conference"
_PRESS = re.compile(
    r"\b(?P<asker>(?:a|one|another) (?:reporter|journalist)) asked\b"
    r"|\b(?:told|telling|briefed|briefing) (?P<who>reporters|journalists|the media|the press"
    r"|a (?:press|news|media) conference)"
    r"|\bat (?P<where>(?:a|the|an) (?:[\w-]+ )?(?:press|news|media) (?:conference|briefing))"
)


def asks(text: str, qs: QuoteSpan, att: Attribution | None = None) -> bool:
    """The quote is a question: it ends in a question mark, or its cue (``att``'s) says it was
    asked ("“Is this about money? The old course needed 40 marshals,” one reporter asked.")."""
    if is_question(text, qs.start, qs.end):
        return True
    return att is not None and cue_word(text, att) in _ASKING


_ASKING = {"asked", "asks", "ask", "queried", "wondered", "inquired", "enquired"}


def exchange_turn(
    text: str, turns: dict[int, tuple[bool, Attribution]], qs: QuoteSpan
) -> Attribution | None:
    """In a question-and-answer exchange, paragraph by paragraph ("“…?” a reporter asked. ¶
    “…,” Keough said. ¶ “Will you do it again?” ¶ “I hope not.”"), an unattributed question
    after an answer is the asker's, and an answer after a question the answerer's: the
    speaker of the paragraph before the previous one, when the two alternate between two
    speakers the text names apart (not "he" after "West": one man's rhetorical question)."""
    before, earlier = turns.get(qs.paragraph - 1), turns.get(qs.paragraph - 2)
    if before is None or earlier is None:
        return None
    (before_asks, before_att), (earlier_asks, earlier_att) = before, earlier
    replied = cue_word(text, before_att) in _REPLYING
    # a question put back opens the quote, whatever follows it: "“Including a striker? Your
    # top scorer has two goals.”"
    now = asks(text, qs) or (earlier_asks and not before_asks and opens_asking(text, qs))
    if (earlier_asks != now or before_asks == now) and not puts_back(text, turns, qs):
        return None
    said = [
        text[att.speaker_start : att.speaker_end]
        for att in (earlier_att, before_att)
        if att.speaker_start is not None and att.speaker_end is not None
    ]
    if len(said) < 2 or said[0] == said[1]:
        return None
    # "“…?” Castellano asked. ¶ “…,” she replied. ¶ “So the answer is yes?”"; "“…?” a
    # reporter asked. ¶ “Exhausted,” she said. ¶ “Did you know the shot was going in?”"
    press = any(by_reporter(text, att) for att in (earlier_att, before_att))
    if not replied and not press and any(w.lower() in PERSONAL_PRONOUNS for w in said):
        return None
    return tagged(earlier_att, "exchange")


def puts_back(text: str, turns: dict[int, tuple[bool, Attribution]], qs: QuoteSpan) -> bool:
    """The paragraph before replied to a question put the paragraph before that, so a
    one-sentence statement now is the asker's, put back ("“Who is going to pay?” ¶ “…,”
    Harrow replied. ¶ “That's not what I asked.”"); more sentences, or a long one, go on
    with the reply."""
    before, earlier = turns.get(qs.paragraph - 1), turns.get(qs.paragraph - 2)
    return (
        before is not None
        and earlier is not None
        and earlier[0]
        and not before[0]
        and cue_word(text, before[1]) in _REPLYING
        and one_sentence(text, qs)
        and len(text[qs.start : qs.end].split()) <= _PUT_BACK_WORDS
        and (asks(text, qs) or _TURNING_BACK.match(text, qs.start) is not None)
    )


# A statement put back is short ("That's not what I asked."); a long one goes on with a reply
_PUT_BACK_WORDS = 20
# and turns back on the reply ("But two people died.", "So not a primary endpoint."), not
# one going on with it ("We will not allow a situation where …")
_TURNING_BACK = re.compile(r"(?:But|So|Yet|That|Then|And|Still|Surely|You|Your)\b")


def one_sentence(text: str, qs: QuoteSpan) -> bool:
    """The quote's words are a single sentence."""
    return _SENTENCE_BREAK.search(text, qs.start, qs.end) is None


_SENTENCE_BREAK = re.compile(r"[.!?][”’\"']?\s+[“‘\"']?[A-Z]")


_REPLYING = {"replied", "answered", "responded", "retorted", "replies", "answers"}


def answer_beside(
    text: str,
    turns: dict[int, tuple[bool, Attribution]],
    question: QuoteSpan,
    asked: Attribution,
    qs: QuoteSpan,
) -> Attribution | None:
    """An answer right after a question in the same paragraph, nothing between them, when the
    question took its turn in an exchange: the one who answered the paragraph before ("“…,”
    the Minister replied. ¶ “Who was responsible for the delay?” “That is being looked
    into.”")."""
    if (
        asked.how not in {"exchange", "press_question"}
        or not asks(text, question)
        or asks(text, qs)
        or text[question.end : qs.start].strip(ALL_MARKS + "‘’' ")
    ):
        return None
    before = turns.get(question.paragraph - 1)
    if before is None or before[0] or before[1].speaker_start is None:
        return None
    return tagged(before[1], "exchange")


def turn_beside(
    text: str, done: list[tuple[QuoteSpan, Attribution]], qs: QuoteSpan
) -> Attribution | None:
    """The next turn of a question and an answer quoted in one paragraph by two speakers
    ("“Will you play on?” a reporter asked. “Ask my hamstrings,” the 47-year-old said. “What
    about Cody?” “Cody's got 15 years in him.”"): the speaker of the quote before the last,
    when nothing but the last one's attribution stands between (the turn may open the next
    paragraph)."""
    if len(done) < 2:
        return None
    (q1, a1), (q2, a2) = done[-2:]
    if q1.paragraph != q2.paragraph or qs.paragraph not in (q2.paragraph, q2.paragraph + 1):
        return None
    if None in (a1.speaker_start, a2.speaker_start) or not _only_credit(text, q2, a2, qs):
        return None
    if text[a1.speaker_start : a1.speaker_end] == text[a2.speaker_start : a2.speaker_end]:
        return None
    first, second, now = asks(text, q1, a1), asks(text, q2, a2), asks(text, qs)
    return tagged(a1, "exchange") if first != second and now == first else None


def _only_credit(text: str, before: QuoteSpan, att: Attribution, qs: QuoteSpan) -> bool:
    """Between the quote ``before`` and ``qs`` stand only marks and the attribution ``att``
    of the one before ("…,” the 47-year-old said. “…")."""
    gap = text[before.end : qs.start]
    if att.speaker_start is not None and before.end <= att.speaker_start < qs.start:
        ends = [e for e in (att.speaker_end, att.cue_end) if e is not None and e <= qs.start]
        cut = max(ends, default=att.speaker_start)
        low = min(att.speaker_start, att.cue_start or att.speaker_start)
        gap = text[before.end : low] + text[cut : qs.start]
    return not gap.strip(ALL_MARKS + "‘’' ,.\n")


def opens_paragraph(text: str, body: list[Span], qs: QuoteSpan) -> bool:
    """The quote starts its paragraph (only its opening mark before it)."""
    return not text[body[qs.paragraph].start : qs.start].strip(OPENING_MARKS + " ")


def cue_word(text: str, att: Attribution) -> str:
    """The attribution's cue verb as written, in lower case ("asked"); "" without one."""
    return text[att.cue_start : att.cue_end].lower() if att.cue_start is not None else ""


def other_party(
    doc: Doc, resolver: SpeakerResolver, done: list[tuple[QuoteSpan, Attribution]]
) -> Attribution | None:
    """The answerer of the last question in ``done`` when the text names only its asker: the
    last one quoted in the paragraphs before who is someone else ("“…,” the 58-year-old told
    the commission. ¶ Evidence leader X was unmoved. “…?” ¶ “At the time I believed it.”")."""
    question, asked = done[-1]
    if asked.speaker_start is None or asked.speaker_end is None:
        return None
    reporter = by_reporter(text_of(doc), asked)  # "“…,” one reporter pointed out."
    asking = asked.how == "prev_subject" or cue_word(text_of(doc), asked) in _ASKING
    if not (asking or reporter):
        return None  # "“…?” he said, paraphrasing …": his own question, not one put to anyone
    asker = resolver.resolve(doc, asked.speaker_start, asked.speaker_end)
    for qs, att in reversed(done[:-1]):
        if qs.paragraph < question.paragraph - 3:
            break
        if att.speaker_start is None or att.speaker_end is None:
            continue
        who = resolver.resolve(doc, att.speaker_start, att.speaker_end)
        if who is not None and (asker is not None or reporter) and who != asker:
            return tagged(att, "answer")
    return None


def addressed_reply(
    doc: Doc,
    body: list[Span],
    resolver: SpeakerResolver,
    before: tuple[QuoteSpan, Attribution],
    qs: QuoteSpan,
    att: Attribution,
) -> Attribution:
    """ "“Are you frightened, Dad?” she asked. ¶ “Only of the basses going flat,” he replied":
    the he or she who replies to a question calling the asker's father or mother "Dad" or
    "Ma" is that parent, when the article names them; one the question's paragraph says it was
    asked of ("“…?” Cllr Tait asked the council's head of education. ¶ “…,” he replied") is
    that one (``att`` given them as its voice); ``att`` as it is otherwise. (One the question
    calls by name the resolver finds itself.)"""
    text = text_of(doc)
    question, asked = before
    if (
        cue_word(text, att) not in _REPLYING
        or text[att.speaker_start : att.speaker_end].lower() not in {"he", "she"}
        or not asks(text, question)
        or question.paragraph not in {qs.paragraph, qs.paragraph - 1}
    ):
        return att
    gender = "m" if text[att.speaker_start : att.speaker_end].lower() == "he" else "f"
    word = _PARENT_VOCATIVE.search(text[question.start : question.end])
    if word is None or asked.speaker_start is None or asked.speaker_end is None:
        put_to = _asked_of(doc, resolver, body, question, gender)
        if put_to is None:
            return att
        return replace(att, voice_start=put_to[0], voice_end=put_to[1])
    relation = _PARENTS[word["word"].lower()]
    asker = resolver.resolve(doc, asked.speaker_start, asked.speaker_end)
    parents = resolver.kin.get((asker, relation), set()) if asker else set()
    if len(parents) != 1 or NOUN_GENDER.get(relation) != gender:
        return att
    parent = next((m for m in resolver.mentions if m.canonical in parents), None)
    if parent is None:
        return att
    return replace(att, voice_start=parent.start, voice_end=parent.end)


def _asked_of(
    doc: Doc, resolver: SpeakerResolver, body: list[Span], question: QuoteSpan, gender: str
) -> tuple[int, int] | None:
    """Whom a question quoted in its paragraph is asked of: a named or described person that
    "ask" takes for object there ("Cllr Tait asked the council's head of education"; "she asked
    her grandmother the question every child wanted to ask:"), of the reply's gender; or the
    one a question is put to as "him" or "her", the person in focus before the asker's
    sentence ("“…,” the minister said. ¶ Mayor Anibar then put a question to him directly:
    “…?”")."""
    paragraph = body[question.paragraph]
    words = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
    for verb in words if words is not None else []:
        if question.start <= verb.idx < question.end:
            continue
        if puts_a_question(verb):
            # "put a question to him directly:": him, the one who spoke before (not "put a
            # question to the witness herself: “Mr. Arzu, …?”", whom the question names)
            put_to = [o.lower_ for c in verb.children if c.lower_ == "to" for o in c.children]
            if put_to == [_OBJECT_PRONOUNS[gender]]:
                return _in_focus_before(doc, resolver, verb.sent, gender)
        if verb.lemma_ != "ask":
            continue
        for obj in verb.children:
            if obj.dep_ not in {"dobj", "dative"} or not _someone(obj, resolver):
                continue
            if NOUN_GENDER.get(obj.lemma_.lower(), gender) == gender:
                return noun_phrase(obj)
    return None


def _in_focus_before(
    doc: Doc, resolver: SpeakerResolver, sent: SpacySpan, gender: str
) -> tuple[int, int] | None:
    """The words naming the person of ``gender`` in focus before the sentence, not its own
    subject: whom its "him" or "her" stands for."""
    own = {who for at, who, _ in resolver.subjects if sent.start_char <= at < sent.end_char}
    for at, who, _ in reversed(resolver.subjects):
        if at >= sent.start_char or who is None or who in own:
            continue
        if resolver.gender.get(who) not in (None, gender):
            return None
        word = doc.char_span(at, at + 1, alignment_mode="expand")
        return noun_phrase(word.root) if word is not None else None
    return None


_OBJECT_PRONOUNS = {"m": "him", "f": "her"}


def _someone(tok: Token, resolver: SpeakerResolver) -> bool:
    """A name, an owned role or kin ("the council's head of education", "her grandmother"), or
    a role the article gave someone; not "the question", a pronoun, nor a role no one holds."""
    lemma = tok.lemma_.lower()
    owned = possessor(tok) is not None and lemma in PERSON_NOUNS | OCCUPATIONS | KIN_NOUNS
    return tok.ent_type_ == "PERSON" or head_of(tok) or owned or lemma in resolver.roles


_PARENTS = {
    **dict.fromkeys(("dad", "daddy", "pa", "papa", "baba"), "father"),
    **dict.fromkeys(("mum", "mom", "mummy", "mommy", "ma", "mama", "mam"), "mother"),
}
_PARENT_VOCATIVE = re.compile(rf"(?:^|, )(?P<word>{'|'.join(map(str.title, _PARENTS))})(?:,|\?$)")
