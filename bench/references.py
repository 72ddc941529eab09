"""What the pipeline is compared with, on the same texts: spaCy alone on all cores (the bound)
and the naive pipeline a user would write first."""

from __future__ import annotations

import os
import re
import time

import duckdb
import spacy
from spacy.language import Language

from transforms.nlp import MODEL_NAME

NER_ONLY_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer"]
_QUOTE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
_SAID = re.compile(r"\b(said|says|told|added|asked)\b")


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def load(ner_only: bool = False) -> Language:
    """The model as the references run it: the full pipeline, or only tok2vec and NER."""
    return spacy.load(MODEL_NAME, exclude=NER_ONLY_EXCLUDE if ner_only else [])


def spacy_bound(texts: list[str], ner_only: bool, nlp: Language | None = None) -> float:
    """Words per second of spaCy alone over the texts, one process per core (NLP: the model
    as ``load(ner_only)`` gives it, when already loaded)."""
    nlp = nlp or load(ner_only)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=os.cpu_count() or 1):
        pass
    return words(texts) / (time.perf_counter() - start)


def naive_baseline(texts: list[str], warehouse: str, nlp: Language | None = None) -> float:
    """Words per second of: nlp(text) per article (the full pipeline), regex quotes with the
    nearest PERSON before a said-verb as speaker, and rows inserted one at a time."""
    nlp = nlp or load()
    con = duckdb.connect(warehouse)
    con.execute("create or replace table mention (doc int, name varchar, s int, e int)")
    con.execute("create or replace table quote (doc int, text varchar, speaker varchar)")
    start = time.perf_counter()
    for i, text in enumerate(texts):
        doc = nlp(text)
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        for e in people:
            con.execute(
                "insert into mention values (?, ?, ?, ?)", [i, e.text, e.start_char, e.end_char]
            )
        for m in _QUOTE.finditer(text):
            window = text[m.end() : m.end() + 80]
            speaker = None
            if _SAID.search(window):
                after = [p for p in people if m.end() <= p.start_char <= m.end() + 80]
                before = [p for p in people if p.end_char <= m.start()]
                speaker = (after or before[-1:] or [None])[0]
            con.execute(
                "insert into quote values (?, ?, ?)",
                [i, m.group(1), speaker.text if speaker else None],
            )
    elapsed = time.perf_counter() - start
    con.close()
    return words(texts) / elapsed
