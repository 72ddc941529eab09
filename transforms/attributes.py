"""The model's ``attribute_ruler`` and ``lemmatizer`` with their effect cached per token kind.

The packaged ruler (the tag map, morphology and a few lemma exceptions) runs its 179 Matcher
patterns over every token of every line, about a seventh of the model's time. Its one-token
patterns read only a token's text, tag and dependency label, so what they set (POS, MORPH,
LEMMA) is computed once per (orth, tag, dep) by the ruler itself on a one-token Doc and then
copied. Only 140 words are named by the patterns (and three regexes test words): for every
other word the effect depends on the tag and label alone, so it is computed once per (tag, dep),
with a stand-in word, instead of once per word (about 100 µs each). On a line where one of its
eight two-token patterns ("gon na", expletive "there is", …) matches, the patterns from the
first two-token one on (32 of 179) then run as a ruler of their own: the ruler applies its
matches in pattern order, so what the earlier, one-token patterns set (the cache's effect) is
overwritten exactly where a later pattern matches. So does a line where the ruler also changes
a token's tag or label (a space the parser made a root is given the label "dep"), which the
cache does not write. The result is the ruler's, token for token.

The rule lemmatizer caches its lemma per (word, POS, morphology) already, but it still visits
each token in Python (a twelfth of the model's time); the cached one reads and writes the
lemmas of a whole line as arrays, and gives the wrapped one its index of known words as sets.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc

FACTORY = "newsdesk_cached_attributes"
LEMMA_FACTORY = "newsdesk_cached_lemmas"


class CachedAttributeRuler:
    """A pipeline component doing what the wrapped ``AttributeRuler`` does, from a cache."""

    def __init__(self) -> None:
        self.ruler: AttributeRuler | None = None
        self.pairs: AttributeRuler | None = None
        self.tail: AttributeRuler | None = None  # the patterns from the first pair pattern on
        # (orth, tag, dep) -> (pos, morph, lemma, 1 if the ruler also changes the tag or label)
        self.cache: dict[tuple[int, int, int], tuple[int, int, int, int]] = {}
        self.hints: frozenset[int] = frozenset()  # a word or label each pair pattern needs
        # The words the patterns name and the regexes they test words with; None when some
        # pattern reads more of a word than that, so that every word takes the ruler's path.
        self.named: frozenset[str] | None = None
        self.regexes: list[re.Pattern] = []
        self.plain: dict[tuple[int, int], tuple[int, int, int, int]] = {}  # (tag, dep) -> effect

    def wrap(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.pairs = AttributeRuler(ruler.vocab)
        patterns = ruler.patterns
        pairs = [p for p in patterns if any(len(t) > 1 for t in p["patterns"])]
        self.pairs.add_patterns(pairs)
        self.tail = AttributeRuler(ruler.vocab)
        first = patterns.index(pairs[0]) if pairs else len(patterns)
        tail = patterns[first:]
        if any(k.upper() in _SET for p in tail for t in p["patterns"] for spec in t for k in spec):
            tail = patterns  # a pattern reads what the cache writes: the whole ruler after all
        if any(k.upper() not in _SET for p in patterns[:first] for k in p["attrs"]):
            tail = patterns  # an early pattern sets what the cache does not write
        self.tail.add_patterns(tail)
        self.hints = frozenset(
            ruler.vocab.strings.add(w) for p in pairs for t in p["patterns"] for w in _hint(t)
        )
        self.named, self.regexes = _word_tests(patterns)
        if self.named is not None and not self._plain_word(ruler.vocab.strings.add(STAND_IN)):
            self.named = None

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:  # (the ruler also rewrites a lone token's label as a symbol)
            return self.ruler(doc)
        keys = doc.to_array([ORTH, TAG, DEP, LOWER])
        cache = self.cache
        values = [cache.get(k) or self._effect(*k) for k in map(tuple, keys[:, :3].tolist())]
        effects = np.array(values, dtype="uint64")
        doc.from_array([POS, MORPH, LEMMA], effects[:, :3].copy())
        if (
            effects[:, 3].any()  # e.g. a space the parser made a root gets label "dep"
            or (  # a two-token pattern may match
                not self.hints.isdisjoint(keys[:, 2:].ravel().tolist())
                and self.pairs.matcher(doc, allow_missing=True)
            )
        ):
            return self.tail(doc)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def forget_transient(self, strings: StringStore) -> None:
        """Drop the effects whose morphology or lemma is a string spaCy no longer holds."""

        def held(effects: dict) -> dict:
            return {k: v for k, v in effects.items() if all(not h or h in strings for h in v[1:3])}

        self.cache = held(self.cache)
        self.plain = held(self.plain)

    def _effect(self, orth: int, tag: int, dep: int) -> tuple[int, int, int, int]:
        if self._plain_word(orth):
            value = self.plain.get((tag, dep))
            if value is None:
                stand_in = self.ruler.vocab.strings[STAND_IN]
                value = self.plain[(tag, dep)] = self._ruler_effect(stand_in, tag, dep)
        else:
            value = self._ruler_effect(orth, tag, dep)
        self.cache[(orth, tag, dep)] = value
        return value

    def _plain_word(self, orth: int) -> bool:
        """Whether no pattern tells this word from the stand-in (not named, no regex, no space)."""
        if self.named is None:
            return False
        lex = self.ruler.vocab[orth]
        lower = lex.lower_
        return (
            not lex.is_space
            and lower not in self.named
            and not any(r.search(lower) for r in self.regexes)
        )

    def _ruler_effect(self, orth: int, tag: int, dep: int) -> tuple[int, int, int, int]:
        one = Doc(self.ruler.vocab, words=[self.ruler.vocab.strings[orth]])
        one[0].tag = tag
        one[0].dep = dep
        tok = self.ruler(one)[0]
        changed = int(tok.tag != tag or tok.dep != dep)
        return (tok.pos, tok.morph.key, tok.lemma, changed)


_SET = {"POS", "MORPH", "LEMMA"}  # what the cache writes before the tail runs (pattern keys)
STAND_IN = "newsdesk"  # a word no pattern names: its effects are every such word's


def _word_tests(patterns: list[dict]) -> tuple[frozenset[str] | None, list[re.Pattern]]:
    """The lowercase words the patterns name and the regexes they test words with, or None
    when a pattern reads a word some other way (its shape, its text as written, …)."""
    named: set[str] = set()
    regexes: list[re.Pattern] = []
    for pattern in patterns:
        for tokens in pattern["patterns"]:
            for spec in tokens:
                for key, test in spec.items():
                    key = key.upper()
                    if key in ("TAG", "DEP", "IS_SPACE"):  # the stand-in keeps the space test
                        continue
                    if key != "LOWER":
                        return None, []
                    if isinstance(test, str):
                        named.add(test)
                    elif isinstance(test, dict) and set(test) <= {"IN", "NOT_IN"}:
                        named.update(w for words in test.values() for w in words)
                    elif isinstance(test, dict) and set(test) == {"REGEX"}:
                        regexes.append(re.compile(test["REGEX"]))
                    else:
                        return None, []
    return frozenset(named), regexes


def _hint(tokens: list[dict]) -> list[str]:
    """Words (or a label) that a token of this multi-token pattern must have: the pattern can
    match only in a line that has one of them."""
    for spec in tokens:
        lower, dep = spec.get("LOWER"), spec.get("DEP")
        if isinstance(lower, str):
            return [lower]
        if isinstance(lower, dict) and "IN" in lower:
            return list(lower["IN"])
        if isinstance(dep, str):
            return [dep]
    raise ValueError(f"no word to look for in attribute pattern {tokens}")


@Language.factory(FACTORY)
def _make(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler()


class CachedLemmatizer:
    """A pipeline component setting the lemmas the wrapped rule ``Lemmatizer`` would set."""

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], int] = {}

    def wrap(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        if lemmatizer.lookups.has_table("lemma_index"):
            # The rule lemmatizer asks whether a form is in its index of known words, lists
            # of up to 57k: a millisecond for each (word, POS, morphology) that its cache
            # lacks. As sets they answer the same at once.
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array([ORTH, POS, MORPH, LEMMA])
        if not len(keys):
            return doc
        todo = (
            np.arange(len(keys)) if self.lemmatizer.overwrite else np.flatnonzero(keys[:, 3] == 0)
        )
        cache = self.cache
        for i in todo.tolist():
            key = (int(keys[i, 0]), int(keys[i, 1]), int(keys[i, 2]))
            lemma = cache.get(key)
            if lemma is None:
                word = self.lemmatizer.lemmatize(doc[i])[0]
                lemma = cache[key] = self.lemmatizer.vocab.strings.add(word)
            keys[i, 3] = lemma
        doc.from_array([LEMMA], keys[:, 3:4].copy())
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def forget_transient(self, strings: StringStore) -> None:
        """Drop the lemmas spaCy no longer holds; empty the wrapped lemmatizer's own cache
        (strings by word and part of speech), so that it does not grow either."""
        self.cache = {k: v for k, v in self.cache.items() if not v or v in strings}
        self.lemmatizer.cache.clear()


@Language.factory(LEMMA_FACTORY)
def _make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer()


def forget_transient(nlp: Language) -> None:
    """After a spaCy memory zone: the cached components drop what names a string the zone
    added (and spaCy has just forgotten); the rest of their caches stays valid."""
    for _name, pipe in nlp.pipeline:
        if isinstance(pipe, CachedAttributeRuler | CachedLemmatizer):
            pipe.forget_transient(nlp.vocab.strings)


def use_cache(nlp: Language) -> None:
    """Put the cached ruler and lemmatizer in place of the model's, under the same names."""
    ruler = nlp.get_pipe("attribute_ruler")
    nlp.replace_pipe("attribute_ruler", FACTORY)
    nlp.get_pipe("attribute_ruler").wrap(ruler)
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.replace_pipe("lemmatizer", LEMMA_FACTORY)
    nlp.get_pipe("lemmatizer").wrap(lemmatizer)
