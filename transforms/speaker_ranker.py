"""A learned second opinion on who said a quote: every noun phrase near the quote is a
candidate, described by a few syntactic and positional features, and a linear model (fitted on
PolNeAR's training half by ``bench/fit_speakers.py``; weights in ``data/speaker_weights.json``)
picks the likeliest. The rule attribution enters as a feature, so the model learns when to
overrule it."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from transforms.article_facts import noun_phrase
from transforms.lexicon import CUE_LEMMAS, PERSON_NOUNS, SOURCE_NOUNS, UTTERANCE_NOUNS
from transforms.nlp import text_of, token_indices, tokens_ending_at
from transforms.quote_marks import ALL_MARKS, QuoteSpan
from transforms.speaker_resolver import SpeakerResolver
from transforms.speakers import (
    Attribution,
    _is_cue_verb,
    person_in_apposition,
)

WEIGHTS = Path(__file__).with_name("data") / "speaker_weights.json"
CANDIDATE_POS = frozenset({"PROPN", "PRON", "NOUN"})
CANDIDATE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "poss", "pobj", "dobj", "conj", "appos", "ROOT", "attr", "dative"}
)
DEP_FEATURES = ("nsubj", "nsubjpass", "poss", "pobj", "dobj")
PERSONAL = frozenset({"he", "she", "him", "her", "his", "i", "we", "they", "my", "our", "their"})
PLURAL = frozenset({"we", "they", "our", "their"})
FIRST_PERSON = frozenset({"i", "my", "we", "our"})
SKIP_PRONOUNS = frozenset({"it", "its", "this", "that", "what", "which", "there", "these", "you"})
SHORT_QUOTE_WORDS = 5
# the rules of speakers.py and quotes.py (Attribution.how), each flag crossed
RULE_NAMES = (
    "trailing",
    "cue",
    "near_cue",
    "colon",
    "according",
    "subject",
    "intro",
    "previous",
    "next",
    "prev_subject",
)
CROSSED = (
    "before",
    "same_sent",
    "prev_sent",
    "next_sent",
    "other_para",
    "pron",
    "propn",
    "noun",
    "named",
    "subj_cue",
    "subj_governs",
    "head_governs",
    "dep_poss",
    "dep_pobj",
    "rule",
    "rule_cue",
    "nearest",
    "nearest_subj",
    "q_short",
    "q_opens",
    "first_cue_subj",
    "first_cue_side",
    "over_first_side",
    "plural",
    "odd_name",
    "acl_cue",
    "poss_utterance",
    "run",
    "salient",
    "prev_subj",
    "q_nocue",
    "pron_named_near",
    *(f"rule_how_{how}" for how in RULE_NAMES),
)
# clauses that report on their own ("…, though he said “…”", "…, which she called “…”"),
# unlike a complement ("Lee said he called it “…”"), whose outer subject is the source
SIDE_CLAUSES = frozenset({"relcl", "advcl", "conj", "parataxis"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVE = frozenset({"which", "that"})
ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP"})


@dataclass(frozen=True, slots=True)
class Discourse:
    """What the article said before a quote: the person the rules credit with the quote before
    it, whether that quote stands in the same or the preceding paragraph, and everyone the
    rules credit with an earlier quote."""

    previous: str | None = None
    near: bool = False
    speakers: frozenset[str] = frozenset()


def discourse(
    doc: Doc, rows: Sequence[tuple[QuoteSpan, Attribution, int]], resolver: SpeakerResolver
) -> list[Discourse]:
    """The :class:`Discourse` of each quote of ``rows`` (the article's quotes in text order,
    with their rule attributions and context floors)."""
    out: list[Discourse] = []
    seen: set[str] = set()
    previous: str | None = None
    paragraph: int | None = None
    for qs, att, _ in rows:
        here = qs.paragraph
        near = paragraph is not None and 0 <= here - paragraph <= 1
        out.append(Discourse(previous, near, frozenset(seen)))
        who = None
        if att.speaker_start is not None and att.speaker_end is not None:
            who = resolver.resolve(doc, att.speaker_start, att.speaker_end)
        if who is not None:
            seen.add(who)
        previous, paragraph = who, here
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    cue_start: int | None
    cue_end: int | None
    features: dict[str, float]


@cache
def weights() -> dict[str, float]:
    return json.loads(WEIGHTS.read_text("utf-8")) if WEIGHTS.exists() else {}


def rerank(
    doc: Doc,
    start: int,
    end: int,
    rule: Attribution,
    resolver: SpeakerResolver,
    floor: int,
    quoted: Sequence[tuple[int, int]] = (),
    context: Discourse | None = None,
) -> Attribution:
    """The best-scoring candidate speaker of the quote ``[start, end)`` (the rule's own
    answer when the model prefers it, or when there are no weights). Words inside the
    article's other quotes (``quoted``, spans without their marks) are not candidates."""
    w = weights()
    if not w:
        return rule
    cands = candidates(doc, start, end, rule, resolver, floor, quoted, context)
    if not cands:
        return Attribution() if _rule_in_other_quote(rule, start, end, quoted) else rule
    best = max(cands, key=lambda c: score(c.features, w))
    if best.features.get("rule") or _inside_rules_phrase(doc, rule, best):
        return rule
    return Attribution(best.start, best.end, best.cue_start, best.cue_end)


def _inside_rules_phrase(doc: Doc, rule: Attribution, best: Candidate) -> bool:
    """Whether the candidate is written inside the apposition describing the rule's named
    speaker ("Pauline Holt, chairwoman of the Traders' Association, …": not the
    association; but "…, who said …" is a candidate of its own)."""
    if rule.speaker_start is None:
        return False
    said = doc.char_span(rule.speaker_start, rule.speaker_end, alignment_mode="expand")
    if said is None or said.root.pos_ != "PROPN":
        return False
    cand = doc.char_span(best.start, best.end, alignment_mode="expand")
    if cand is None or said.root not in cand.root.ancestors:
        return False
    path = []
    for tok in cand.root.ancestors:
        if tok == said.root:
            break
        path.append(tok.dep_)
    path.append(cand.root.dep_)
    return "appos" in path and "relcl" not in path  # not "…, who added that …"


def _heads_above(span: SpacySpan) -> set[int]:
    """Indices of every token's head and that head's ancestors (one walk up from each token,
    stopping where an earlier walk passed)."""
    seen: set[int] = set()
    for tok in span:
        v = tok.head
        while v.i not in seen:
            seen.add(v.i)
            if v.head.i == v.i:
                break
            v = v.head
    return seen


def score(features: dict[str, float], w: dict[str, float]) -> float:
    """The linear model's score (most features are zero and add nothing: skipped)."""
    return sum(w.get(k, 0.0) * v for k, v in features.items() if v)


def candidates(
    doc: Doc,
    start: int,
    end: int,
    rule: Attribution,
    resolver: SpeakerResolver,
    floor: int,
    quoted: Sequence[tuple[int, int]] = (),
    context: Discourse | None = None,
) -> list[Candidate]:
    """Noun phrases from the sentence before the quote to the sentence after it (not before
    ``floor``, the start of its context, nor inside another quote), plus the rule's
    speaker."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    first, last = span[0].sent, span[-1].sent
    lo = doc[first.start - 1].sent.start if first.start > 0 else 0
    hi = doc[last.end].sent.end if last.end < len(doc) else len(doc)
    inside = range(span.start - 1, span.end + 1)  # the quote with its marks
    governed = _heads_above(span) - set(inside)
    first_cue = _first_governing_cue(span, inside)
    quote = _quote_features(doc, start, end, _has_cue(first, last, inside))
    prev_subj = _previous_subject(doc, first, resolver)
    context = context or Discourse()
    out: list[Candidate] = []
    whos: list[tuple[str | None, bool]] = []
    rule_seen = False
    # only tokens of a candidate's part of speech and role, and tokens ending a name, can pass
    plain_shaped = token_indices(doc, pos=CANDIDATE_POS, dep=CANDIDATE_DEPS, start=lo, end=hi)
    name_ends = tokens_ending_at(doc, {m.end for m in resolver.mentions}, lo, hi)
    subjects = token_indices(doc, dep=SUBJECTS, start=lo, end=hi)
    ceiling = _own_paragraph_end(text_of(doc), start, end)
    for i in sorted({*plain_shaped, *name_ends, *subjects}):
        tok = doc[i]
        if tok.idx < floor or tok.i in inside or tok.idx >= ceiling:
            continue
        plain = _candidate(tok)
        odd = not plain and _misparsed_name(tok, resolver)
        other = not (plain or odd) and _reporting_subject(tok, governed)
        if not (plain or odd or other):
            continue
        s, e = noun_phrase(person_in_apposition(tok))  # "Outside court, the couple's daughter"
        if (s < end and start < e) or _in_other_quote(s, e, start, end, quoted):
            continue
        is_rule = rule.speaker_start is not None and s < rule.speaker_end and rule.speaker_start < e
        rule_seen |= is_rule
        feats = _features(doc, tok, span, first, last, governed, resolver, quote)
        _first_cue_features(feats, tok, first_cue)
        feats["odd_name"] = float(odd)
        feats["other_cue_subj"] = float(other)
        who = resolver.resolve(doc, s, e)
        whos.append((who, tok.pos_ == "PRON"))
        _discourse_features(feats, who, context, quote, prev_subj)
        feats["rule"] = float(is_rule)
        feats["rule_cue"] = float(is_rule and rule.cue_start is not None)
        _rule_how(feats, rule, is_rule)
        # the voice a source reports ("Sanders said, according to CNN": Sanders)
        feats["rule_voice"] = float(
            rule.voice_start is not None and s < rule.voice_end and rule.voice_start < e
        )
        verb = tok.head if tok.head.pos_ in {"VERB", "AUX"} else None
        out.append(
            Candidate(
                s, e, verb.idx if verb else None, verb.idx + len(verb) if verb else None, feats
            )
        )
    if (
        rule.speaker_start is not None
        and rule.speaker_end is not None
        and not rule_seen
        and not _rule_in_other_quote(rule, start, end, quoted)
    ):  # the rule's speaker, beyond the neighbouring sentences
        out.append(_far_rule_candidate(rule))
        whos.append((None, False))
    # a he/she whose person is also named among the candidates ("Lee … he said": two mentions)
    named = {who for who, pron in whos if who is not None and not pron}
    for c, (who, pron) in zip(out, whos, strict=True):
        c.features["pron_named_near"] = float(pron and who in named)
    _rank_distance(out)
    for c in out:
        _cross(c.features)
    return out


def _quote_features(doc: Doc, start: int, end: int, has_cue: bool) -> dict[str, float]:
    """What the quote ``[start, end)`` itself is like: short, opening its paragraph, and
    with no cue verb in its sentences (``has_cue``)."""
    text = text_of(doc)
    return {
        "short": float(len(text[start:end].split()) <= SHORT_QUOTE_WORDS),
        "opens": float(not text[text.rfind("\n", 0, start) + 1 : start].strip("“\"‘'„ ")),
        "nocue": float(not has_cue),
    }


def _far_rule_candidate(rule: Attribution) -> Candidate:
    """The rule's speaker as a candidate of its own, where it stands outside the sentences
    around the quote."""
    feats = {
        "bias": 1.0,
        "rule": 1.0,
        "rule_cue": float(rule.cue_start is not None),
        "rule_far": 1.0,
    }
    _rule_how(feats, rule, True)
    return Candidate(rule.speaker_start, rule.speaker_end, rule.cue_start, rule.cue_end, feats)


def _own_paragraph_end(text: str, start: int, end: int) -> int:
    """Where the quote's paragraph ends when the quote is all of it (no speaker of a quote
    that fills its paragraphs stands in the paragraph after, unless that is a dashed credit
    line); else the end of the text."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    alone = not text[line:start].strip(ALL_MARKS + " ") and not text[end:stop].strip(
        ALL_MARKS + " "
    )
    credit = text[stop:].lstrip()[:1] in {"-", "–", "—", "―"}  # "¶ - Bernie Sanders."
    return stop if alone and not credit else len(text)


def _rule_how(f: dict[str, float], rule: Attribution, is_rule: bool) -> None:
    """Which rule credits the candidate (a trailing "… ,” Lee said", the quote's own cue, a
    cue nearby, a quote before it …): some rules are surer than others."""
    if is_rule and rule.how:
        f[f"rule_how_{rule.how}"] = 1.0


def _has_cue(first: SpacySpan, last: SpacySpan, inside: range) -> bool:
    """A cue verb or "according" outside the quote in its first or last sentence."""
    for sent in {first.start: first, last.start: last}.values():
        for tok in sent:
            if tok.i in inside:
                continue
            if tok.lower_ == "according" or _is_cue_verb(tok):
                return True
    return False


def _previous_subject(doc: Doc, first: SpacySpan, resolver: SpeakerResolver) -> str | None:
    """The person the sentence before the quote's is about (its main clause's subject)."""
    if first.start == 0:
        return None
    root = doc[first.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subj is None:
        return None
    s, e = noun_phrase(subj)
    return resolver.resolve(doc, s, e)


def _discourse_features(
    f: dict[str, float],
    who: str | None,
    context: Discourse,
    quote: dict[str, float],
    prev_subj: str | None,
) -> None:
    """The candidate is the person credited with the quote before (a run of quotes, "“…,” Lee
    said. ¶ “…”"), anyone credited earlier (a salient speaker), or the subject of the sentence
    before; with the quote's sentence holding no cue verb of its own."""
    run = who is not None and who == context.previous and context.near
    f["run"] = float(run)
    f["run_nocue"] = float(run and quote["nocue"] > 0)
    f["salient"] = float(who is not None and who in context.speakers)
    f["prev_subj"] = float(who is not None and who == prev_subj)
    f["prev_subj_nocue"] = f["prev_subj"] * quote["nocue"]


def _in_other_quote(
    s: int, e: int, start: int, end: int, quoted: Sequence[tuple[int, int]]
) -> bool:
    """``[s, e)`` lies inside a quote that does not hold the quote ``[start, end)`` (a
    speaker written inside an outer quote, "“He told me ‘…’,” Lee said", stays one)."""
    return any(a <= s and e <= b and not (a <= start and end <= b) for a, b in quoted)


def _rule_in_other_quote(
    rule: Attribution, start: int, end: int, quoted: Sequence[tuple[int, int]]
) -> bool:
    """The rule's speaker is written inside another quote (not a candidate)."""
    s = rule.speaker_start
    return s is not None and _in_other_quote(s, rule.speaker_end or s, start, end, quoted)


def _cross(f: dict[str, float]) -> None:
    """Pairwise products of the main binary features, so the linear model can weigh
    combinations ("a pronoun subject of a cue verb in the sentence before")."""
    on = [k for k in CROSSED if f.get(k)]
    for i, a in enumerate(on):
        for b in on[i + 1 :]:
            f[f"{a}*{b}"] = f[a] * f[b]


def _first_governing_cue(span, inside: range) -> Token | None:
    """The subject of the lowest cue verb outside the quote that governs it: "Smith said he
    called it “…”" gives "he", the mention written with the quote's own cue."""
    for t in span:
        if t.head.i in inside or t.head == t:
            continue
        for verb in [t.head, *t.head.ancestors]:
            if verb.i in inside or verb.pos_ not in {"VERB", "AUX"}:
                continue
            if verb.lemma_.lower() in CUE_LEMMAS:
                return next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return None
    return None


def _first_cue_features(f: dict[str, float], tok: Token, first: Token | None) -> None:
    """The candidate is the subject of the quote's own cue; when that cue sits in a side
    clause ("Ryan said so, though he added “…”"), whether the candidate is that subject or
    the subject of a verb above it."""
    side = first is not None and first.head.dep_ in SIDE_CLAUSES
    f["first_cue_subj"] = float(first is not None and tok.i == first.i)
    f["first_cue_side"] = float(f["first_cue_subj"] > 0 and side)
    f["over_first_side"] = float(
        side
        and tok.dep_ in SUBJECTS
        and tok.head != first.head
        and tok.head.is_ancestor(first.head)
    )


def _candidate(tok: Token) -> bool:
    """Names, personal pronouns, "who", and nouns that are people, sources or organisations;
    any other noun or relative pronoun that is a subject, except of "be" ("the email read",
    "which notes")."""
    if tok.pos_ not in CANDIDATE_POS or tok.dep_ not in CANDIDATE_DEPS or _court_aside(tok):
        return False
    if tok.dep_ == "attr" and tok.head.dep_ == "relcl" and tok.head.lemma_ == "be":
        return False  # "X, who was Lord Mayor when …, was unmoved": what X was, not a source
    subject = tok.dep_ in SUBJECTS
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL or tok.lower_ == "who" or (subject and _relative(tok))
    if tok.pos_ == "NOUN":  # the subject of "be" is what a quote describes, not its source
        return _known_noun(tok) or (subject and tok.head.lemma_ != "be")
    return True


def _court_aside(tok: Token) -> bool:
    """ "Siobhán Ní Bhriain KC, mitigating, described …": a counsel's part set off by commas
    after the name, which the parse may take for a second subject."""
    doc = tok.doc
    return (
        tok.lower_.endswith("ing")
        and 1 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text == ","
        and doc[tok.i + 1].text == ","
        and doc[tok.i - 2].pos_ == "PROPN"
    )


def _reporting_subject(tok: Token, governed: set[int]) -> bool:
    """Any other word that is the subject of a cue verb or of a verb above the quote: "most
    said", "someone shouted", "several argued", "it attacked him, saying “…”" (a count, a
    quantifier, an indefinite or vague pronoun)."""
    reports = _is_cue_verb(tok.head) or tok.head.i in governed
    return tok.dep_ in SUBJECTS and reports and any(ch.isalnum() for ch in tok.text)


def _misparsed_name(tok: Token, resolver: SpeakerResolver) -> bool:
    """The last word of a person's name that the parse attached as something other than a
    noun phrase head ("Lee assails …" read with "assails" as a noun, "Lee" its compound)."""
    m = resolver.mention_at(tok.idx, tok.idx + len(tok))
    return m is not None and m.end == tok.idx + len(tok) and not (m.start <= tok.head.idx < m.end)


def _known_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in SOURCE_NOUNS or tok.ent_type_ in ENTITY_TYPES


def _relative(tok: Token) -> bool:
    return tok.lower_ in RELATIVE and tok.head.dep_ == "relcl"


def _features(doc, tok, span, first, last, governed, resolver, quote) -> dict[str, float]:
    before = tok.i < span.start
    gap = span.start - tok.i if before else tok.i - span.end
    sent = tok.sent
    head = tok.head
    pos, lower, dep, ent = tok.pos_, tok.lower_, tok.dep_, tok.ent_type_
    lemma, head_lemma = tok.lemma_.lower(), head.lemma_.lower()
    head_dep = head.dep_
    low, high = min(tok.idx, span.start_char), max(tok.idx, span.start_char)
    f: dict[str, float] = {
        "bias": 1.0,
        "before": float(before),
        "log_gap": math.log1p(max(gap, 0)),
        "same_sent": float(sent.start in {first.start, last.start}),
        "prev_sent": float(sent.end <= first.start),
        "next_sent": float(sent.start >= last.end),
        "other_para": float(before and text_of(doc).find("\n", low, high) >= 0),
        "propn": float(pos == "PROPN"),
        "pron": float(pos == "PRON"),
        "noun": float(pos == "NOUN"),
        "who": float(lower == "who"),
        "plural": float(lower in PLURAL),  # often a group or the reports, not a person
        "first_person": float(lower in FIRST_PERSON),
        "relative": float(pos == "PRON" and _relative(tok)),
        "plain_noun": float(pos == "NOUN" and not _known_noun(tok)),
        "person_ent": float(ent == "PERSON"),
        "org_ent": float(ent in {"ORG", "NORP", "GPE"}),
        "named": float(resolver.mention_at(tok.idx, tok.idx + len(tok)) is not None),
        "person_noun": float(lemma in PERSON_NOUNS),
        "source_noun": float(lemma in SOURCE_NOUNS),
        "head_cue": float(head_lemma in CUE_LEMMAS),
        "head_verb": float(head.pos_ in {"VERB", "AUX"}),
        "head_governs": float(head.i in governed),
        "head_root": float(head_dep == "ROOT"),
        "according": float(head.lower_ == "to" and head.head.lower_ == "according"),
        "agent": float(head_dep == "agent"),
    }
    for name, label in _DEP_NAMES:
        f[name] = float(dep == label)
    subj = dep in {"nsubj", "nsubjpass"}
    f["subj_governs"] = float(subj and head.i in governed)
    f["subj_cue"] = float(subj and f["head_cue"] > 0)
    f["subj_root_same"] = float(subj and head_dep == "ROOT" and f["same_sent"] > 0)
    # "footage of Lee saying “…”", "a sign reading “…”": the noun a governing cue describes
    f["acl_cue"] = float(
        any(
            c.dep_ == "acl" and c.lemma_.lower() in CUE_LEMMAS and c.i in governed
            for c in tok.children
        )
    )
    # "Lee's claim that “…”": the possessor of a governing word for an utterance
    f["poss_utterance"] = float(
        dep == "poss" and head_lemma in UTTERANCE_NOUNS and head.i in governed
    )
    subj_governs, before_f, pron = f["subj_governs"], f["before"], f["pron"]
    for k, v in quote.items():
        plain, with_subj, with_before, with_pron = _quote_names(k)
        f[plain] = v
        f[with_subj] = v * subj_governs
        f[with_before] = v * before_f
        f[with_pron] = v * pron
    return f


_DEP_NAMES = tuple((f"dep_{dep}", dep) for dep in DEP_FEATURES)


@cache
def _quote_names(key: str) -> tuple[str, str, str, str]:
    """The names of a quote feature and of its three crossings."""
    return f"q_{key}", f"q_{key}_subj_governs", f"q_{key}_before", f"q_{key}_pron"


def _rank_distance(cands: list[Candidate]) -> None:
    """Nearest candidate (and nearest subject) flags, by the gap feature."""
    if not cands:
        return
    gaps = [c.features.get("log_gap", 99.0) for c in cands]
    nearest = min(gaps)
    subj = [g for c, g in zip(cands, gaps, strict=True) if c.features.get("dep_nsubj")]
    nearest_subj = min(subj) if subj else None
    for c, g in zip(cands, gaps, strict=True):
        c.features["nearest"] = float(g == nearest)
        c.features["nearest_subj"] = float(
            nearest_subj is not None and g == nearest_subj and bool(c.features.get("dep_nsubj"))
        )
