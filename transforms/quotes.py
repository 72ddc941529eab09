"""Quotes with their kind, cue and speaker: marks and layout find them, the parse attributes them."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc

from transforms.document import Span
from transforms.exchanges import (
    addressed_reply,
    answer_beside,
    answerer,
    answers,
    asks,
    by_reporter,
    exchange_turn,
    opens_asking,
    opens_paragraph,
    other_party,
    press_question,
    puts_back,
    replies,
    turn,
    turn_beside,
)
from transforms.inscriptions import is_inscription, names_a_written_thing
from transforms.lexicon import CUE_LEMMAS, TITLE_SMALL_WORDS
from transforms.nlp import text_of
from transforms.people import Mention
from transforms.quote_marks import (
    OPENING_MARKS,
    SPEAKING_VOICE,
    TITLE,
    QuoteSpan,
    find_quotes,
    find_title_quotes,
)
from transforms.speaker_ranker import discourse, rerank
from transforms.speaker_resolver import SpeakerResolver
from transforms.speakers import (
    Attribution,
    attribute,
    attribute_intro,
    previous_subject,
    read_out,
    reply_without_owner,
    reported_question_answerer,
    sender_after,
    tagged,
)

INSCRIPTION = Attribution(how="inscription")  # words on a sign: no speaker, none to find
# Rules the speaker ranker does not overrule: words on a sign; "footage of Clinton asking, “…”"
# (the ranker, fitted before that rule, prefers the clause's subject, "the ad"); the turns of
# a question-and-answer exchange and a reporter's question at a press conference (the ranker,
# fitted before them, prefers the last speaker); the writer of a message whose words a
# relative clause gives ("Tan said Lau sent her a message that read: “…”": the ranker prefers
# the reporting subject) or that someone reads out; the owner "That was X's verdict" names;
# the second half of a split quote ("“…,” she said. “…”"); "the 22-year-old wrote:" (the
# ranker, fitted before that rule, prefers the "his" of "from his hospital bed" before it).
SURE_RULES = frozenset(
    {"inscription", "participle", "exchange", "answer", "writer", "press_question"}
    | {"verdict", "split", "asked_by", "aged"}
)
DIRECT_MIN_WORDS = 6
SCARE_MAX_WORDS = 3
TITLE_MAX_WORDS = 12  # a name or title in marks after "known as", "the single" …
SPEAKING_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})
# Cue verbs whose object is a thing, not words ("promoting “magic” pills", "sang “Hallelujah”").
NOT_SPEECH_CUES = frozenset(["promote", "sing", "agree", "find"])  # "Its report, “…”, found"
# Nouns naming an utterance ("the phrase “…”", "his call for “…”"): a quote, not a scare quote.
SPEECH_NOUNS = frozenset(
    ["phrase", "call", "assertion", "comment", "remark", "claim", "label", "chant", "cry", "dictum"]
)


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | partial | block
    paragraph_index: int
    speaker_start: int | None
    speaker_end: int | None
    speaker_surface: str | None
    speaker_canonical: str | None
    cue_start: int | None
    cue_end: int | None
    cue: str | None
    region: str = "body"  # body | title (paragraph_index -1)


def extract_quotes(
    doc: Doc, body: list[Span], mentions: list[Mention], title: Span | None = None
) -> list[Quote]:
    """Every quote in the body paragraphs (and the title's, given ``title``), attributed and
    resolved where the text allows."""
    marks = find_quotes(text_of(doc), body)
    resolver = SpeakerResolver(doc, mentions, [(qs.start, qs.end) for qs in marks])
    rows = _title_attributions(doc, title, body) + rule_attributions(doc, body, resolver, marks)
    quoted = [(qs.start, qs.end) for qs, _, _ in rows]
    contexts = discourse(doc, rows, resolver)
    found = [
        (
            qs,
            att
            if qs.block or att.how in SURE_RULES
            else rerank(doc, qs.start, qs.end, att, resolver, floor, quoted, context),
        )
        for (qs, att, floor), context in zip(rows, contexts, strict=True)
    ]
    # “Save our pier,” read one placard: words on a thing, no one's
    return [
        _quote(doc, qs, INSCRIPTION if _on_a_thing(doc, att) else att, resolver)
        for qs, att in found
    ]


def _on_a_thing(doc: Doc, att: Attribution) -> bool:
    return att.speaker_start is not None and names_a_written_thing(
        doc, att.speaker_start, att.speaker_end
    )


def rule_attributions(
    doc: Doc,
    body: list[Span],
    resolver: SpeakerResolver,
    marks: list[QuoteSpan] | None = None,
) -> list[tuple[QuoteSpan, Attribution, int]]:
    """Each quote with the attribution the rules give it and where its context starts
    (``marks``: the body's quote spans, when the caller has found them already)."""
    text = text_of(doc)
    marks = find_quotes(text, body) if marks is None else marks
    inscribed = [qs for qs in marks if not qs.block and is_inscription(doc, qs.start, qs.end)]
    written = _with_listed(text, marks, inscribed)
    spans = [qs for qs in marks if qs in written or not is_scare_quote(doc, qs)]
    found = _attribute_in_order(doc, body, [qs for qs in spans if qs not in written])
    _borrow_from_next(found)
    out = [(qs, INSCRIPTION, _context_floor(text, body, qs)) for qs in written]
    done: list[tuple[QuoteSpan, Attribution]] = []
    for qs, att in found:
        floor = _context_floor(text, body, qs)
        before = done[-1] if done else None
        if att.speaker_start is None and not qs.block:
            if before is not None and _runs_on(text, body, *before, qs):
                att = tagged(before[1], "previous")  # "X was blunt. “…” ¶ “…”": X goes on
            elif before is not None and reply_without_owner(doc, qs.start):
                att = tagged(before[1], "previous")  # "…,” the minister said. ¶ On …, the
                # answer was as direct: ¶ “…”": the minister's
            elif len(done) > 1 and turn(text, body, done[-2:], qs):
                att = tagged(done[-2][1], "exchange")  # the asker asks again, or is answered
            elif before is not None and answers(text, body, *before, qs):
                # the one the question was put to; else, as before, the quote goes on
                att = answerer(doc, body, resolver, *before)
                if att.speaker_start is None:  # the one who spoke before the asker, else on
                    att = other_party(doc, resolver, done) or tagged(before[1], "previous")
            elif (
                asked := reported_question_answerer(doc, qs.start, floor)
            ).speaker_start is not None:
                att = tagged(asked, "answer")  # "A reporter asked whether he would stay. ¶ “…”"
            elif (sent := sender_after(doc, qs.end)).speaker_start is not None:
                att = sent  # "“…” It came from Desmond Lush"
            else:
                att = tagged(previous_subject(doc, qs.start, floor, resolver), "prev_subject")
        elif before is not None and _same_credit(before[1], att):
            voice = before[1]  # "“Scared?” she replied. “Honey, …”": her voice goes on
            att = replace(att, voice_start=voice.voice_start, voice_end=voice.voice_end)
        elif before is not None:
            att = addressed_reply(doc, body, resolver, before, qs, att)
        out.append((qs, att, floor))
        done.append((qs, att))
    return sorted(out, key=lambda row: row[0].start)


def _same_credit(before: Attribution, att: Attribution) -> bool:
    """Both quotes are credited to one speaker span with one cue, the first with a voice."""
    return (
        before.voice_start is not None
        and before.speaker_start == att.speaker_start
        and before.cue_start == att.cue_start
    )


def _with_listed(text: str, marks: list[QuoteSpan], written: list[QuoteSpan]) -> list[QuoteSpan]:
    """The inscriptions and the words listed after one ("signs that read “…” and “…”")."""
    found = list(written)
    for before, qs in pairwise(marks):
        if before in found and qs not in found and _LISTED.fullmatch(text, before.end, qs.start):
            found.append(qs)
    return found


_LISTED = re.compile(r"[”\"’'],?\s*(?:and|or|,)\s*[“\"‘']")


def _runs_on(
    text: str, body: list[Span], prev_q: QuoteSpan, prev_att: Attribution, qs: QuoteSpan
) -> bool:
    """The quote goes on from the one before, whose speaker only the sentence before it gave:
    the next paragraph, opening with the quote (not a question)."""
    return prev_att.how == "prev_subject" and replies(text, body, prev_q, qs)


def _title_attributions(
    doc: Doc, title: Span | None, body: list[Span]
) -> list[tuple[QuoteSpan, Attribution, int]]:
    """The headline's quote with the attribution the parse gives it (its subject before the
    colon); its context is the title alone. A title that is also a body paragraph is left to
    the body."""
    if title is None or any(p.start < title.end and title.start < p.end for p in body):
        return []
    found = find_title_quotes(text_of(doc), title)
    return [(qs, attribute(doc, qs.start, qs.end), title.start) for qs in found]


# What a name or title in quote marks follows: "known (to fans) as", "nicknamed",
# "so-called", "the single" (the quote mark right after). Not "dubbed": a nickname someone
# gave is words someone said.
_NAMED_AS = re.compile(
    r"(?i)(?:\bknown(?: [\w ’'-]{1,50})? as|\bnicknamed|\bso-called|\bcode-?named"
    r"|\b(?:single|album|song|track|anthem|hymn|carol|ballad|lullaby|film|movie|novel|memoir"
    r"|slow air|tune|reel|jig|hornpipe|lament|waltz|hit"
    r"|play|opera|poem"
    r"|documentary|exhibition|installation|sculpture|painting|mural|composition"
    r"|calypso|soca"
    r"|instrumental"
    r"|canoe|boat|trawler|yacht|vessel|dhow)"  # "the canoe “God Is Able”"
    r"(?: became)?)"  # "The song became “Loretta’s Lullaby”"
    r"[,:]? [\"“‘']$"
)
_KNOWN_AS_THE = re.compile(r"(?i)\bknown(?: [\w ’'-]{1,50})? as the [\"“‘']$")


def _short_name(quoted: str) -> bool:
    """A nickname's shape: a word or two, or three in Title Case, with no closing stop."""
    words = quoted.split()
    return quoted[-1:].isalnum() and (len(words) <= 2 or (len(words) == 3 and _title_case(quoted)))


# A document's title in Title Case after "titled": "a board paper titled “Parking for the
# Future”", "a report, provisionally titled “…”". Not a memo's, an ad's, an editorial's or a
# book's, whose titles PolNeAR mostly counts as quotes.
_TITLED = re.compile(
    r"(?i)\b(?:report|review|paper|spreadsheet|petition|checklist|profile|talk|lecture|study"
    r"|survey|presentation|document|dossier|consultation|plan|strategy|guide|handbook"
    r"|application|bill|motion|assessment|audit|evaluation|inquiry|fundraiser|appeal"
    r"|memoir|album|documentary|exhibition)"
    r"(?:(?: commissioned| prepared| written)? by [^.,;“”\"]{1,40})?,?"  # "a report by officers,"
    r"(?: provisionally| simply)? (?:titled|entitled)[,:]? [\"“‘']$"
    r"|\b(?:under|with) the (?:title|headline)[,:]? [\"“‘']$"  # "published under the title “…”"
    r"|\b(?:published|released|issued|marketed|billed|branded) as [\"“‘']$"  # "published as “…”"
)
# A body or a campaign "called" a Title Case name: "a volunteer group called “Hut Watch”", "an
# appeal, called “Eyes on the Sky”", "a gallery called “…”" (not "a campaign called “hand-to-hand
# combat”", nor a show's "regular series, called “Quick Question”", which PolNeAR counts).
_CALLED_THING = re.compile(
    r"(?i)\b(?:group|campaign|appeal|scheme|initiative|project|fund|programme|program|network"
    r"|app|platform|society|movement|operation|charity|venture|newsletter|gallery|exhibition"
    r"|display|hall|wing|festival),? (?:called|named|titled)"
    r" [\"“‘']$"
)
# A title followed by a comma and its author: "“The Tide Clerks”, by Soraya Benali".
_TITLE_BY = re.compile(r"(?:,[\"”’']|[\"”’'],) by [A-Z]")
# A title followed by what it is: "“Concrete Promises”, a documentary about …".
_TITLE_WHAT = re.compile(
    r"[\"”’'],? (?:a|an|the|his|her|their|its)(?: [A-Za-z-]+){0,2} (?:documentary|film|movie|book"
    r"|novel|memoir|report|song|ballad|carol|hymn|anthem|lullaby|tune|album|single|play"
    r"|musical|series|show|programme|podcast|history|biography|cookbook"
    r"|exhibition|installation|sculpture|mural|composition|opera|petition|painting|poem"
    r"|arrangement|cantata|oratorio"
    r"|campaign|slogan|commentary)\b"
)
# A title or a slogan dated in brackets: "“Midnight at the Orchard” (1968)".
_TITLE_YEAR = re.compile(r"[\"”’'],? \((?:1[89]|20)\d\d\)")
# A document's title in apposition to it: "the industrial strategy, “Made Here, Made Better”,".
_DOCUMENT_BEFORE = re.compile(
    r"(?i)\b(?:strategy|report|review|study|audit|survey|plan|paper|manifesto|policy|programme|bill"
    r"|framework|document|guide|handbook|charter|leaflet|brochure|pamphlet|booklet|flyer"
    r"|collection|anthology|history|biography)"
    r"(?: (?:prepared|written|published|commissioned|released|issued|produced)"
    r"(?: (?:in|on|last) [\w’'-]+)? by(?: [\w’'-]+){1,7}"
    r"| (?:on|into|about|of|by|in|from)(?: [\w’'-]+){1,6}"
    r"| (?:last|this|that) (?:year|month|week)"  # "In a ministry report last year, “…”"
    r"| that went (?:before|to) (?:the )?[\w’'-]+)?,? [\"“‘']$"  # "… that went before the board"
)  # "A report prepared by the city's transportation department, “Micromobility …,”", "the
# ministry’s report on examination malpractice, “Securing …”", "His history of the line, “…”"
# A document's title, by the word it ends in (and a year after): "… Performance Review 2021/22"
_DOCUMENT_TITLE = re.compile(
    r"\b(?:Review|Report|Strategy|Survey|Audit|Index|Framework|Charter|Assessment|Manual"
    r"|Handbook|Guidelines)"
    r"(?: No\.? ?\d+| [\d/–-]+)?[,.]?$"  # "… Situation Report No. 14"
    r"|\b(?:Report|Review|Audit) (?:of|on|into) "  # "(Special Audit) Report on Input Loan …"
)
# One of someone's works singled out: "He composed more than 70 tunes. The best known, “The
# Harecleugh Lass”, was written for Jean"
# A plan's or a report's years at the end of its title: "“Shaping Our Schools 2024-2030”".
_YEARS_AT_END = re.compile(r"\s(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?[,.]?$")
# "the best known of them “The Ice-Fog Waltz” and “…”", "the best known of which, “…”"
_BEST_KNOWN = re.compile(
    r"(?i)\b(?:best[- ]known|most famous|best[- ]loved|most popular)"
    r"(?: of (?:them|which|these|those|all))?,?"
    r"(?: [\"“‘'][^\"“”‘’]{1,60}[\"”’'],? (?:and|or))? [\"“‘']$"
)
# Titles listed: "old favourites such as “Lanterns Over Carn Du” and “The Engine House Hymn”".
_LISTED_TITLES = re.compile(
    r"(?i)\b(?:favourites|favorites|songs|hymns|tunes|books|titles|works|albums|records|novels"
    r"|plays|films|poems),? (?:such as|including|beginning with|starting with)"
    r"(?: [\"“‘'][^\"“”‘’]{1,60}[\"”’'],? (?:and|or))? [\"“‘']$"
)
# A day proclaimed: "has proclaimed Friday “Dale Hurd Day”".
_PROCLAIMED = re.compile(r"\b(?:proclaimed|declared|designated)(?: [A-Z]\w+(?: \d+)?)? [\"“‘']$")
# A group's or a campaign's name after a comma: "a Facebook group, “Ring On, Kilcrona”," (not
# "the Palestinian group “Hamas”", which PolNeAR counts).
_GROUP_BEFORE = re.compile(
    r"(?i)\b(?:group|page|campaign|appeal|drive|initiative|scheme|petition), [\"“‘']$"
)
# Words shaped like a title: capitalised, a "the", "of" or "and" between ("The Keeper's Daughters").
_NAME_WORDS = re.compile(
    r"(?:(?:the|The) )?[A-Z][\w’'-]*(?: (?:of |the |and )?[A-Z][\w’'-]*){0,3}[,.]?"
)


def is_scare_quote(doc: Doc, qs: QuoteSpan) -> bool:
    """A few words in marks inside a sentence that reports no speech: no cue verb, no
    "according to", and no person, organisation or personal pronoun as a subject outside the
    marks ("the girls were granted “parole” status", "a “support movement” grew").
    Utterances (opening their sentence, in the first or second person, or asking) are kept."""
    text = text_of(doc)
    quoted = text[qs.start : qs.end]
    if qs.block:
        return False
    if (
        _NAMED_AS.search(text, max(0, qs.start - 70), qs.start)
        or _TITLE_BY.match(text, qs.end)
        or _TITLE_YEAR.match(text, qs.end)
    ):
        return len(quoted.split()) <= TITLE_MAX_WORDS  # "known as “Zee”", "“Tide” (1968)"
    if _KNOWN_AS_THE.search(text, max(0, qs.start - 70), qs.start) and _short_name(quoted):
        return True  # "the team, known at home as the “Kupesi”" (not "the bill, known as the
        # “Justice Against Sponsors of Terrorism Act”", which PolNeAR counts)
    if (
        _TITLE_WHAT.match(text, qs.end)
        and (
            _NAME_WORDS.fullmatch(quoted)
            or _title_case(quoted)
            or (  # a title in another language: "“Vegurin undir sjónum”, a song written for …"
                len(quoted.split()) <= TITLE_MAX_WORDS
                and quoted.rstrip()[-1:] not in ".?!,"
                and not SPEAKING_VOICE.search(quoted)
            )
        )
    ):
        return True  # "“Concrete Promises”, a documentary"
    if _with_subtitle(quoted) or (
        _title_case(quoted) and (_DOCUMENT_TITLE.search(quoted) or _YEARS_AT_END.search(quoted))
    ):  # (or a plan's years: "“Shaping Our Schools 2024-2030”")
        return True  # "the Authority’s annual “Coffee Export Performance Review 2021/22”"
    if _title_case(quoted) and (
        _CALLED_THING.search(text, max(0, qs.start - 40), qs.start)
        or (len(quoted.split()) > 1 and _name_as_modifier(doc, text, qs))
    ):  # "a volunteer group called “Hut Watch”", "its “Lantern Fire” line" (not "a “Secret”
        return True  # level", which PolNeAR counts as a quote)
    if _title_case(quoted) and (
        _LISTED_TITLES.search(text, max(0, qs.start - 90), qs.start)
        or (quoted.endswith(" Day") and _PROCLAIMED.search(text, max(0, qs.start - 40), qs.start))
    ):
        return True  # "favourites such as “Lanterns Over Carn Du”", "proclaimed “Hurd Day”"
    titled = _TITLED.search(text, max(0, qs.start - 60), qs.start) or _BEST_KNOWN.search(
        text, max(0, qs.start - 110), qs.start
    )
    if (
        _DOCUMENT_BEFORE.search(text, max(0, qs.start - 80), qs.start)
        or _GROUP_BEFORE.search(text, max(0, qs.start - 20), qs.start)
        or titled
    ) and _title_case(quoted):
        return True  # "the strategy, “Made Here, Made Better”,", "a report titled “…”"
    if titled and quoted.rstrip()[-1:] not in ".?!" and not SPEAKING_VOICE.search(quoted):
        return True  # "a paper titled “A new bush frog (Anura: Rhacophoridae) from a …”"
    if len(quoted.split()) > SCARE_MAX_WORDS or SPEAKING_VOICE.search(quoted):
        return False
    if (
        quoted.rstrip()[-1:] in "?!"
        or text[: qs.start].rstrip(OPENING_MARKS + " ")[-1:] in ".?!:\n"
    ):
        return False
    span = doc.char_span(qs.start, qs.end, alignment_mode="expand")
    if span is None:
        return False
    inside = range(span.start - 1, span.end + 1)
    for tok in span[0].sent:
        if tok.i in inside:
            continue
        if tok.lower_ == "according" or (
            tok.lemma_.lower() in CUE_LEMMAS - NOT_SPEECH_CUES and tok.pos_ in {"VERB", "AUX"}
        ):
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            return False
        if tok.dep_ in {"nsubj", "nsubjpass"} and (
            tok.ent_type_ in {"PERSON", "ORG", "NORP"} or tok.lower_ in SPEAKING_SUBJECTS
        ):
            return False
    return True


def _name_as_modifier(doc: Doc, text: str, qs: QuoteSpan) -> bool:
    """ "its “Lantern Fire” line of sauces": a name in marks between a determiner and the
    noun it names a kind of (an adjective between: "the “Island Saver” multi-trip ticket")."""
    if not _DETERMINER_BEFORE.search(text, max(0, qs.start - 30), qs.start):
        return False
    after = _WORD_AFTER.match(text, qs.end)
    span = doc.char_span(*after.span(1)) if after is not None else None
    if span is None:
        return False
    word = span.root  # or the noun it modifies: "the “Island Saver” multi-trip ticket"
    return word.pos_ == "NOUN" or (word.dep_ in {"amod", "compound"} and word.head.pos_ == "NOUN")


_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?|\w+['’]s)"
    r"(?: annual| new| first| latest| own)? [\"“‘']$"
)  # "the department's annual “Fill the Boot” drive", "The “Keep Holmsay Learning” campaign"
# the word after the closing mark, hyphenated or not ("the “Island Saver” multi-trip ticket")
_WORD_AFTER = re.compile(r"[\"”’'] ([a-z]+(?:-[a-z]+)*)\b")


def _with_subtitle(quoted: str) -> bool:
    """A title and its subtitle, both in Title Case: "“Lakes on the Rise: Glacial Hazard in the
    Upper Kharog Valley”", "“Hamon Court: Homes for Islanders”". Not a slogan's "Where …" or a
    book's "How …", which the gold counts as quotes ("“Verdigree: Where Neighbors Look Out for
    Neighbors”")."""
    title, colon, subtitle = quoted.partition(": ")
    return (
        bool(colon)
        and _title_case(title)
        and _title_case(subtitle)
        and subtitle.split()[0].lower() not in _WH_WORDS
    )


_WH_WORDS = frozenset({"where", "when", "how", "why", "what", "who"})


def _title_case(quoted: str) -> bool:
    """Written as a title: a few words, each capitalised but the small ones."""
    words = quoted.strip(" ,.").split()
    return (
        0 < len(words) <= TITLE_MAX_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS for w in words)
    )


def _attribute_in_order(
    doc: Doc, body: list[Span], spans: list[QuoteSpan]
) -> list[tuple[QuoteSpan, Attribution]]:
    """Attribute each quote from its own sentence, its introducing paragraph, or the quote
    before it in the same paragraph (or the paragraph before, when it opens its own)."""
    text = text_of(doc)
    found: list[tuple[QuoteSpan, Attribution]] = []
    last_block: Attribution | None = None
    previous: tuple[QuoteSpan, Attribution] | None = None
    turns: dict[int, tuple[bool, Attribution]] = {}  # paragraph -> its last quote's turn
    for i, qs in enumerate(spans):
        if qs.block:
            intro = body[qs.paragraph - 1]
            att = attribute_intro(doc, intro.start, intro.end)
            if att.speaker_start is None and last_block is not None:
                att = last_block
            last_block = att
        else:
            att = _verdict_after(text, qs) or attribute(doc, qs.start, qs.end)
            opens = opens_paragraph(text, body, qs)
            if att.speaker_start is None and opens:
                att = _introduced(doc, text, body, qs) or att
            if att.speaker_start is None and previous is not None:
                prev_q, prev_att = previous
                if prev_q.paragraph == qs.paragraph and _split(text, prev_q, prev_att, qs):
                    att = tagged(prev_att, "split")  # "“…,” X said. “…”": X goes on
                elif prev_q.paragraph == qs.paragraph or qs.continues:
                    beside = answer_beside(text, turns, prev_q, prev_att, qs)
                    beside = beside or turn_beside(text, found, qs)
                    att = beside or tagged(prev_att, "previous")
                elif _ends_in(body, prev_q) == qs.paragraph - 1 and opens:
                    # "… ,” he said. ¶ “Next quote.”: the same speaker goes on; not after a
                    # question, which someone else answers (see answerer)
                    asked = asks(text, prev_q, prev_att) or by_reporter(text, prev_att)
                    asked = asked and not opens_asking(text, qs)
                    nxt = spans[i + 1] if i + 1 < len(spans) else None
                    if (press := press_question(text, body, prev_q, qs, nxt)) is not None:
                        att = press
                    else:
                        # a statement put back after a reply waits for the asker (see turn)
                        asked = asked or puts_back(text, turns, qs)
                        att = (
                            exchange_turn(text, turns, qs)
                            or turn_beside(text, found, qs)
                            or (att if asked else tagged(prev_att, "previous"))
                        )
        previous = (qs, att)
        turns[qs.paragraph] = (asks(text, qs, att), att)
        found.append((qs, att))
    return found


def _ends_in(body: list[Span], qs: QuoteSpan) -> int:
    """The paragraph a quote ends in: a quote of several paragraphs ends after the one it
    opens ("“For twenty years … ¶ “Today … on the same day.” ¶ “Our workers …”": the
    speaker of the first goes on in the third)."""
    return bisect_right([p.start for p in body], qs.end - 1) - 1


def _split(text: str, before: QuoteSpan, att: Attribution, qs: QuoteSpan) -> bool:
    """The quote goes on from the one before it in the paragraph, only the attribution of that
    one between them ("“…,” the 31-year-old said. “…”")."""
    if att.how not in {"trailing", "cue"} or att.speaker_start is None:
        return False
    between = text[before.end : qs.start]
    return before.end <= att.speaker_start < qs.start and _SPLIT_GAP.fullmatch(between) is not None


# a closing mark, an attribution without a sentence end inside, its full stop, an opening mark
_SPLIT_GAP = re.compile(r"[,.!?]?[”\"’']\s*[^.!?“”\"\n]{2,80}[.,:]\s*[“\"‘']")


def _verdict_after(text: str, qs: QuoteSpan) -> Attribution | None:
    """The speaker the sentence right after a quote names as its owner, over any attribution
    before it ("“…” ¶ That was Keisha Okoro’s verdict afterward", "That was the view of Dr
    Lee", "Those words came from …")."""
    found = _VERDICT.match(text, qs.end)
    if found is None:
        return None
    who = next(group for group in ("owner", "of", "from", "to", "is") if found[group])
    return Attribution(found.start(who), found.end(who), how="verdict")


_VERDICT_NOUNS = (
    r"(?:verdict|view|assessment|take|reaction|response|summary|message|advice|plea|warning)"
)
_NAME = r"(?:[A-Z][\w.’'-]* ){0,3}[A-Z][\w’'-]+"
# "That was Keisha Okoro’s verdict", "That was the plea from Tan Yi Xuan, who …", "Those words
# came from ward councillor Mpho Sebola, …", "The memory belonged to Lloyd Pusey, 69, …",
# "That’s Delroy Banks, 79, who worked the deck"
_VERDICT = re.compile(
    rf"[”\"’']?\s+(?:(?:That|This|Such|So) (?:was|is|had been)"
    rf" (?:(?P<owner>{_NAME})['’]s? (?:[a-z]+ )?{_VERDICT_NOUNS}"
    rf"|the (?:[a-z]+ )?{_VERDICT_NOUNS} (?:of|from) (?:[\w-]+ ){{0,4}}?(?P<of>{_NAME})(?=,|\.| who\b))"
    rf"|(?:Those|These|The) (?:words|memory|memories|remarks|comments) (?:came|come) from"
    rf" (?:[\w-]+ ){{0,4}}?(?P<from>{_NAME})(?=,|\.| who\b)"
    rf"|The (?:memory|memories|words) belonged to (?:[\w-]+ ){{0,4}}?(?P<to>{_NAME})(?=,|\.| who\b)"
    rf"|(?:That|This)(?:['’]s| was| is) (?P<is>{_NAME})(?=,? who\b|, \d+,|, (?:a|an|the) ))"
)


def _borrow_from_next(found: list[tuple[QuoteSpan, Attribution]]) -> None:
    """A quote whose attribution only follows it ("… ends here. ¶ “… closes it,” she said.")."""
    for i in range(len(found) - 2, -1, -1):
        (qs, att), (nxt, nxt_att) = found[i], found[i + 1]
        continued = nxt.continues and nxt.paragraph == qs.paragraph + 1
        if (
            att.speaker_start is None
            and not qs.block
            and (nxt.paragraph == qs.paragraph or continued)
        ):
            found[i] = (qs, tagged(nxt_att, "next"))


def _context_floor(text: str, body: list[Span], qs: QuoteSpan) -> int:
    """Where the context of an unattributed quote starts: its paragraph, or the one before
    when the quote opens its paragraph."""
    if opens_paragraph(text, body, qs) and qs.paragraph > 0:
        return body[qs.paragraph - 1].start
    return body[qs.paragraph].start


def _introduced(doc: Doc, text: str, body: list[Span], qs: QuoteSpan) -> Attribution | None:
    """Speaker of a quote introduced by the previous paragraph ("Caddell continued:"), or the
    writer of a letter it says someone read from."""
    if qs.paragraph == 0:
        return None
    intro = body[qs.paragraph - 1]
    if not text[intro.start : intro.end].rstrip().endswith(":"):
        return read_out(doc, intro.start, intro.end)  # "Erik then read from a letter his
        # mother wrote to him in 2005." ¶ “…”
    att = attribute_intro(doc, intro.start, intro.end)
    if att.speaker_start is None:
        return None
    return att if att.how == "writer" else tagged(att, "intro")  # a letter's writer is sure


def _quote(doc: Doc, qs: QuoteSpan, att: Attribution, resolver: SpeakerResolver) -> Quote:
    text = text_of(doc)
    speaker = canonical = None
    if att.speaker_start is not None and att.speaker_end is not None:
        speaker = text[att.speaker_start : att.speaker_end]
        canonical = resolver.resolve(doc, att.speaker_start, att.speaker_end)
        pronoun = speaker.lower() in {"he", "she"}  # "She wrote:" of a letter's writer
        if (canonical is None or pronoun) and att.voice_start is not None and att.voice_end:
            canonical = resolver.resolve(doc, att.voice_start, att.voice_end) or canonical
    cue = text[att.cue_start : att.cue_end] if att.cue_start is not None else None
    return Quote(
        start=qs.start,
        end=qs.end,
        text=text[qs.start : qs.end],
        kind=_kind(text, qs),
        paragraph_index=qs.paragraph,
        speaker_start=att.speaker_start,
        speaker_end=att.speaker_end,
        speaker_surface=speaker,
        speaker_canonical=canonical,
        cue_start=att.cue_start,
        cue_end=att.cue_end,
        cue=cue,
        region="title" if qs.paragraph == TITLE else "body",
    )


def _kind(text: str, qs: QuoteSpan) -> str:
    """block for unmarked paragraphs; direct for whole utterances; partial for fragments."""
    if qs.block:
        return "block"
    quoted = text[qs.start : qs.end]
    before = text[: max(0, qs.start - 1)].rstrip()
    starts_utterance = (
        not before or before[-1] in ",:\n" or text[qs.start - 2 : qs.start - 1] == "\n"
    )
    if (starts_utterance and quoted[:1].isupper()) or len(quoted.split()) >= DIRECT_MIN_WORDS:
        return "direct"
    return "partial"
