"""A learned last word on candidate person mentions: every name span the extraction rules
propose is described by a few general features (where it came from, its shape, how the article
uses the same words elsewhere, its neighbours, whether its line reads like a results table) and
a logistic model (fitted on CoNLL's training half by ``bench/fit_people.py``; weights in
``data/person_filter.json``) keeps it or drops it. A candidate a rule filter objects to is
dropped either way (on the training half the model did worse at overruling them)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from spacy.tokens import Doc

from transforms.lexicon import (
    ARTICLES,
    CUE_LEMMAS,
    HONORIFICS,
    NON_PERSON_LABELS,
    ORG_HEADS,
    PERSON_NOUNS,
    ROLE_PREFIXES,
    SOVEREIGN_TITLES,
    TITLES,
    TITLES_ALSO_GIVEN_NAMES,
)
from transforms.name_context import after_person_title, name_given
from transforms.name_edges import in_portfolio
from transforms.name_spans import (
    INITIAL,
    NICKNAME,
    first_names,
    is_post_nominal,
    line_at,
    short_word_before,
    word_before,
)
from transforms.nlp import common_nouns, entities, lower_case_words, text_of

WEIGHTS = Path(__file__).with_name("data") / "person_filter.json"
PLACE_PREPS = frozenset({"in", "at", "from", "to", "for", "against", "of", "on", "near", "into"})
_DIGIT = re.compile(r"\d")
ONE_WORD_CROSSED = (
    "person_ent",
    "src_alias",
    "src_list",
    "repeats",
    "lower_elsewhere",
    "other_label",
    "word_in_other_ent",
    "prev_prep",
    "prev_article",
    "prev_thing_noun",
    "next_digit",
    "next_noun",
    "next_poss_noun",
    "line_digits",
    "line_caps",
    "c_person_ctx",
    "c_thing_ctx",
    "canon_full",
    "subject",
    "pobj",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed mention: its span, where it came from, and the rule filters' verdicts."""

    start: int
    end: int
    source: str
    rule_flags: tuple[str, ...] = ()
    origin: str = ""  # the rule that proposed it: ner | role | shape | list | alias | ...


@cache
def model() -> tuple[dict[str, float], float] | None:
    """(weights, threshold), or None when no model is packaged."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text("utf-8"))
    return data["weights"], data["threshold"]


def probability(features: dict[str, float], w: dict[str, float]) -> float:
    z = sum(w.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4096)
def _line_features(line: str) -> dict[str, float]:
    """What the line a candidate stands on looks like (a results table, a heading, prose)."""
    digits = sum(map(str.isdigit, line))
    return {
        "line_digits": min(1.0, digits / max(1, len(line)) * 5),
        "line_short": float(len(line) < 60),
        "line_caps": float(not any(map(str.islower, line))),
        "line_no_verb": float(len(line) < 80 and " said" not in line and "." not in line[-2:]),
    }


def features(doc: Doc, cands: list[Candidate], canon: dict[str, str]) -> list[dict[str, float]]:
    """One feature dict per candidate (all values in [0, 1] or small counts)."""
    text = text_of(doc)
    label_votes: dict[str, list[int]] = {}
    word_other: dict[str, int] = {}
    for ent in entities(doc):
        v = label_votes.setdefault(ent.text, [0, 0])
        v[ent.label_ == "PERSON"] += 1
        if ent.label_ in NON_PERSON_LABELS:
            for t in doc[ent.start : ent.end]:
                word_other[t.text] = word_other.get(t.text, 0) + 1
    person_ents = {(e.start_char, e.end_char) for e in entities(doc) if e.label_ == "PERSON"}
    lower = lower_case_words(doc)
    surfaces = [text[c.start : c.end] for c in cands]
    count: dict[str, int] = {}
    for s in surfaces:
        count[s] = count.get(s, 0) + 1
    in_full = {w for s in surfaces if " " in s for w in s.split()}
    names = first_names()
    out = []
    for c, surface in zip(cands, surfaces, strict=True):
        words = [
            w
            for w in surface.split()
            if w[:1].isupper() and w.rstrip(".").lower() not in HONORIFICS
        ] or surface.split()
        # a middle initial ("Benigno M. Kapileo") is no word of its own
        n = len([w for w in words if not INITIAL.fullmatch(w)]) or len(words)
        f: dict[str, float] = {"bias": 1.0, f"src_{c.origin or c.source}": 1.0}
        f["words1"] = float(n == 1)
        f["words3"] = float(n >= 3)
        f["first_name"] = float(words[0] in names if words else 0)
        f["all_caps"] = float(surface.isupper())
        f["initial"] = float(bool(re.match(r"[A-Z]\.", surface)))
        f["person_ent"] = float((c.start, c.end) in person_ents)
        votes = label_votes.get(surface, [0, 0])
        f["other_label"] = votes[0] / (votes[0] + votes[1]) if sum(votes) else 0.0
        f["word_in_other_ent"] = float(any(word_other.get(w, 0) for w in words))
        f["lower_elsewhere"] = float(any(w.lower() in lower for w in words))
        f["one_in_full"] = float(n == 1 and surface in in_full)
        f["canon_full"] = float(n == 1 and " " in canon.get(surface, surface))
        f["repeats"] = math.log(count[surface])
        f["last_org_head"] = float(words[-1].lower() in ORG_HEADS if words else 0)
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None:
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            after2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
            head = span.root
            if head.dep_ == "compound" and is_post_nominal(head.head.text):
                head = head.head  # "Jordan Ashdown KC told the jury": the parse heads it at KC
            if before is not None:
                b = before.lower_.rstrip(".")
                f["prev_prep"] = float(b in PLACE_PREPS)
                f["prev_article"] = float(b in ARTICLES)
                f["prev_title"] = float(b in TITLES or b in HONORIFICS)
                f["prev_person_noun"] = float(before.lemma_.lower() in PERSON_NOUNS)
                f["prev_digit"] = float(bool(_DIGIT.search(before.text)))
                f["prev_propn"] = float(before.pos_ == "PROPN" and before.is_title)
                f["prev_open"] = float(before.text in {"(", "[", "/"})
                f["prev_thing_noun"] = float(
                    before.pos_ == "NOUN"
                    and before.is_lower
                    and before.lemma_ not in PERSON_NOUNS
                    and b not in TITLES
                )
            else:
                f["doc_start"] = 1.0
            if after is not None:
                f["next_poss"] = float(after.tag_ == "POS")
                f["next_poss_noun"] = float(
                    after.tag_ == "POS" and after2 is not None and after2.pos_ == "NOUN"
                )
                f["next_digit"] = float(bool(_DIGIT.search(after.text)))
                f["next_bracket"] = float(after.text == "(")
                f["next_noun"] = float(after.pos_ == "NOUN")
                f["next_propn"] = float(after.pos_ == "PROPN" and after.is_title)
                f["next_comma"] = float(after.text == ",")
            f["speaker"] = float(
                head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in CUE_LEMMAS
            )
            f["subject"] = float(head.dep_ in {"nsubj", "nsubjpass"})
            f["pobj"] = float(head.dep_ == "pobj")
            f["compound"] = float(head.dep_ == "compound")
            f["poss"] = float(head.dep_ == "poss")
            f["sent_start"] = float(span[0].is_sent_start)
            f["propn"] = sum(t.pos_ == "PROPN" for t in span) / len(span)
        f.update(_line_features(line_at(text, c.start, c.end)))
        out.append(f)
    _add_cluster_features(out, [canon.get(s, s) for s in surfaces])
    return out


def _add_cluster_features(feats: list[dict[str, float]], canonicals: list[str]) -> None:
    """What the other mentions of the same person say (a title or a speech verb anywhere), and
    one-word crossings of the context features (context matters most for one word)."""
    groups: dict[str, list[dict[str, float]]] = {}
    for f, c in zip(feats, canonicals, strict=True):
        groups.setdefault(c, []).append(f)
    for f, c in zip(feats, canonicals, strict=True):
        group = groups[c]
        f["c_person_ctx"] = max(
            max(g.get("prev_title", 0), g.get("prev_person_noun", 0), g.get("speaker", 0))
            for g in group
        )
        f["c_named"] = float(any(g["first_name"] for g in group) or " " in c)
        f["c_thing_ctx"] = sum(
            max(g.get("prev_prep", 0), g.get("prev_thing_noun", 0), g.get("next_digit", 0))
            for g in group
        ) / len(group)
        if f["words1"]:
            for k in ONE_WORD_CROSSED:
                if f.get(k):
                    f[f"w1*{k}"] = f[k]


# Rules whose names the model does not overrule (it was fitted before the judge rule).
_TRUSTED_ROLES = frozenset(
    {"role_kin", "role_judge", "role_described", "role_sovereign", "role_given"}
)


def keep(doc: Doc, cands: list[Candidate], canon: dict[str, str]) -> list[bool]:
    """Which candidates to keep: bylines; and, of those no rule objects to, names a kin noun
    or a judge's or sovereign's title introduces ("a younger brother, Kemal": all 24 in conll
    and gum are gold names; "Lady Justice Armitage", "Queen Beatrix"), an honorific's short
    form of a full name ("Ms Ní Bhriain"), and the rest that (when a model is packaged) the
    model scores at or above its threshold."""
    m = model()
    if m is None:
        return [c.source == "byline" or not c.rule_flags for c in cands]
    w, threshold = m
    feats = features(doc, cands, canon)
    text = text_of(doc)
    titled = _titled_surnames(text, cands)
    verdicts = [
        c.source == "byline"
        or (
            not c.rule_flags
            and (
                c.origin in _TRUSTED_ROLES
                or _titled_full_name(text, c)
                or _after_portfolio(doc, c)
                or _after_school_year(text, c)
                or name_given(text, c.start)
                or _titled_short_form(text, c, canon)
                or _surname_titled(text[c.start : c.end], canon, titled)
                or (c.origin == "role_speaker" and _surname_alone(doc, text[c.start : c.end]))
                or probability(f, w) >= threshold
            )
        )
        for c, f in zip(cands, feats, strict=True)
    ]
    # a full name kept once is a person wherever no rule objects ("Zaw Lin Htet says …" after
    # "Ko Zaw Lin Htet, 29, who studied under …")
    kept = {text[c.start : c.end] for c, ok in zip(cands, verdicts, strict=True) if ok}
    # and a name with a quoted nickname whose surname is kept alone: 'the funeral of
    # Bhekithemba “Maestro” Shongwe' before "Shongwe died"
    surnames = {surface.split()[-1] for surface in kept}
    return [
        ok
        or (
            not c.rule_flags
            and " " in (surface := text[c.start : c.end])
            and (
                surface in kept
                or (NICKNAME.search(surface) is not None and surface.split()[-1] in surnames)
            )
        )
        for c, ok in zip(cands, verdicts, strict=True)
    ]


def _surname_alone(doc: Doc, surface: str) -> bool:
    """ "Ama Mensah said …" then "Mensah said": a speaker's full name whose last word the
    article also writes alone, as people's surnames are (a firm's or an agency's last word
    seldom is: "Statistics Canada", "Morgan Stanley"), no word of it a common noun."""
    words = surface.split()
    nouns = common_nouns()
    if len(words) < 2 or any(_common(w.lower(), nouns) for w in words):
        return False
    last = words[-1]
    text = text_of(doc)
    alone = re.finditer(rf"(?<![\w'’-]){re.escape(last)}(?![\w-])", text)
    return any(
        text[max(0, m.start() - len(words[-2]) - 1) : m.start()].strip() != words[-2] for m in alone
    )


def _common(word: str, nouns: frozenset[str]) -> bool:
    """A common noun, or the plural of one ("Dodgers")."""
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def _titled_full_name(text: str, c: Candidate) -> bool:
    """A name of two words or more right after a title or an honorific ("Cllr Tadhg Ó Sé",
    "Nana Ekow Quansah III"), or a capitalised rank or sovereign's title ("Sheikh Faisal
    al-Ruwaidi", "Colonel Severin Konan Kouame")."""
    before = word_before(text, c.start, 12)
    return " " in text[c.start : c.end] and (
        after_person_title(text, c.start)
        or short_word_before(text, c.start) in TITLES_ALSO_GIVEN_NAMES
        or (before.istitle() and before.lower() in ROLE_PREFIXES | SOVEREIGN_TITLES)
    )


def _after_portfolio(doc: Doc, c: Candidate) -> bool:
    """A name of two words or more right after an office and its portfolio ("Minister of Works
    and Infrastructure Hemos Laelang")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return (
        span is not None and len(span) > 1 and span.start > 0 and in_portfolio(doc[span.start - 1])
    )


def _after_school_year(text: str, c: Candidate) -> bool:
    """A name of two words or more right after a student's year, written small ("a field
    goal by junior Kendall Price")."""
    return (
        " " in text[c.start : c.end]
        and _SCHOOL_YEAR.search(text, max(0, c.start - 12), c.start) is not None
    )


_SCHOOL_YEAR = re.compile(r"\b(?:freshman|sophomore|junior|senior) $")


def _titled_surnames(text: str, cands: list[Candidate]) -> set[str]:
    """One-word candidates the article writes after an honorific ("Mr Vake")."""
    return {
        surface
        for c in cands
        if " " not in (surface := text[c.start : c.end]) and _after_honorific(text, c.start)
    }


def _surname_titled(surface: str, canon: dict[str, str], titled: set[str]) -> bool:
    """A full name whose surname the article also writes after an honorific ("Tomasi Vake"
    then "Mr Vake"), and its short forms: a person, whatever the model tagged it (a firm is
    no Mr)."""
    full = canon.get(surface, surface)
    return " " in full and full.split()[-1] in titled and surface in full


def _after_honorific(text: str, start: int) -> bool:
    """An honorific ("Mr", "Dr.", "Madam") is the word right before ``start``."""
    return short_word_before(text, start) in HONORIFICS


def _titled_short_form(text: str, c: Candidate, canon: dict[str, str]) -> bool:
    """ "Ms Ní Bhriain" after "Siobhán Ní Bhriain": an honorific before a short form of a full
    name the article gave is a person, whatever the model tagged it."""
    surface = text[c.start : c.end]
    full = canon.get(surface, surface)
    return full != surface and surface in full and _after_honorific(text, c.start)
