"""Who said it: the cue verb and speaker expression of each quote (from the dependency parse),
and the person a speaker expression refers to (names, short forms, pronouns, descriptions)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from transforms.lexicon import CUE_LEMMAS, PERSON_NOUNS, SOURCE_NOUNS
from transforms.people import Mention

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NOUN_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "case"})


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


class SpeakerResolver:
    """Resolves a speaker expression to a canonical person name of the article."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.gender: dict[str, str] = {}
        self.subjects: list[tuple[int, str]] = []  # (char, canonical) of person subjects
        self._learn(doc)

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect_right(self._starts, end) - 1
        while i >= 0 and self.mentions[i].end > start - 40:
            m = self.mentions[i]
            if m.start < end and start < m.end:
                return m
            i -= 1
        return None

    def _learn(self, doc: Doc) -> None:
        """Walk subjects in order: person subjects set the focus, he/she teach its gender."""
        for tok in doc:
            if tok.dep_ not in SUBJECT_DEPS:
                continue
            m = self.mention_at(tok.idx, tok.idx + len(tok))
            if m is not None:
                self.subjects.append((tok.idx, m.canonical))
            elif tok.lower_ in MALE | FEMALE:
                who = self._recent(tok.idx, None)
                if who is not None and who not in self.gender:
                    self.gender[who] = "m" if tok.lower_ in MALE else "f"

    def _recent(self, char: int, gender: str | None) -> str | None:
        for pos, who in reversed(self.subjects):
            if pos < char and (gender is None or self.gender.get(who, gender) == gender):
                return who
        for m in reversed(self.mentions):
            if m.start < char and (
                gender is None or self.gender.get(m.canonical, gender) == gender
            ):
                return m.canonical
        return None

    def resolve(self, doc: Doc, start: int, end: int) -> str | None:
        m = self.mention_at(start, end)
        if m is not None:
            return m.canonical
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        head = span.root
        low = head.lower_
        if low in MALE:
            return self._recent(start, "m")
        if low in FEMALE:
            return self._recent(start, "f")
        if low in {"i", "me", "my"}:
            return None
        if head.lemma_.lower() in PERSON_NOUNS and head.tag_ in {"NN", "NNP"}:
            return self._recent(start, None)
        return None


def attribute(doc: Doc, start: int, end: int) -> Attribution:
    """The cue verb and speaker of the quote ``[start, end)`` from the parse, if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Attribution()
    lo, hi = span.start - 1, span.end + 1  # include the quote marks

    def outside(t: Token) -> bool:
        return not (lo <= t.i < hi)

    fallback: tuple[Token, Token] | None = None
    for tok in span:
        if not outside(tok.head) or tok.head == tok:
            continue
        for verb in [tok.head, *tok.head.ancestors]:
            if verb.lower_ == "according":
                obj = _according_to(verb)
                if obj is not None:
                    return _attribution(obj, verb)
            if verb.pos_ not in {"VERB", "AUX"} or not outside(verb):
                continue
            subj = _subject(verb)
            if subj is None or not outside(subj):
                continue
            if verb.lemma_.lower() in CUE_LEMMAS and _can_speak(subj):
                return _attribution(subj, verb)
            fallback = fallback or (subj, verb)
        break
    nearby = _nearest_cue(doc, span, outside)
    if nearby is not None:
        return _attribution(*nearby)
    if fallback is not None:
        return _attribution(*fallback)
    return Attribution()


def attribute_intro(doc: Doc, start: int, end: int) -> Attribution:
    """Speaker of a block quote from its introducing sentence ("Here's his side of it:")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Attribution()
    sent = doc[span.end - 1].sent
    for tok in sent:
        if tok.lemma_.lower() in CUE_LEMMAS and tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None:
                return _attribution(subj, tok)
    for tok in sent:
        if tok.ent_type_ == "PERSON" or tok.lower_ in MALE | FEMALE | {"they", "their"}:
            return _attribution(tok, None)
    return Attribution()


def _can_speak(tok: Token) -> bool:
    """A subject that can utter a quote: a person, organisation, pronoun or source noun."""
    if tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or tok.pos_ in {"PROPN", "PRON"}:
        return True
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in SOURCE_NOUNS


def _according_to(tok: Token) -> Token | None:
    for child in tok.children:
        if child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed from the verb it is conjoined to when it has none."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head != verb:
            verb = verb.head
        else:
            return None
    return None


def _nearest_cue(doc: Doc, span, outside) -> tuple[Token, Token] | None:
    """A speech verb with a subject in the quote's first or last sentence, nearest first."""
    sents = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    best: tuple[int, Token, Token] | None = None
    for sent in sents.values():
        for tok in sent:
            if not outside(tok) or tok.lemma_.lower() not in CUE_LEMMAS or tok.pos_ != "VERB":
                continue
            subj = _subject(tok)
            if subj is None or not outside(subj) or not _can_speak(subj):
                continue
            dist = min(abs(tok.i - span.start), abs(tok.i - span.end))
            if best is None or dist < best[0]:
                best = (dist, subj, tok)
    return (best[1], best[2]) if best else None


def _attribution(subj: Token, verb: Token | None) -> Attribution:
    s, e = _noun_phrase(subj)
    if verb is None:
        return Attribution(s, e)
    return Attribution(s, e, verb.idx, verb.idx + len(verb))


def _noun_phrase(tok: Token) -> tuple[int, int]:
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
