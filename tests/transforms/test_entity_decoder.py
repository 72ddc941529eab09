"""The recognizer that decodes a sub-batch at a time sets exactly the packaged model's entities."""

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span

from transforms.entity_decoder import FastEntityRecognizer, use_fast_decoder
from transforms.nlp import MODEL_NAME, lines_of, load_model

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles"
EDGES = [
    "",  # an empty line, whose Doc has no token
    "\n\n",
    "Mayor Rosa Delgado",  # an entity that runs to the last token
    "Ana Kowal.  Tom Reed met   Lena Okoro in New York City on 4 May 2024.\n",
    "“We will look at this again,” Mayor Rosa Delgado told reporters on Tuesday.\n",
    "IBM, Apple and the European Union fined Piotr Varga $4.5 million (€4 million) in 2023.\n",
]
ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


@pytest.fixture(scope="module")
def packaged():
    return spacy.load(MODEL_NAME)


def _lines() -> list[str]:
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(SAMPLES.glob("*.txt"))]
    return EDGES + [line for text in texts for line in lines_of(text)]


def _entities(docs) -> list[np.ndarray]:
    return [doc.to_array(ATTRS) for doc in docs]


@pytest.mark.parametrize("batch_size", [64, 7, 1])
def test_the_same_entities_as_the_packaged_recognizer(packaged, batch_size):
    ours = load_model()
    assert isinstance(ours.get_pipe("ner"), FastEntityRecognizer)
    lines = _lines()
    expected = _entities(packaged.pipe(lines, batch_size=batch_size))
    found = _entities(ours.pipe(lines, batch_size=batch_size))
    assert sum(int((e[:, 0] == 3).sum()) for e in expected) > 100  # many entities compared
    for line, a, b in zip(lines, expected, found, strict=True):
        assert np.array_equal(a, b), line


def test_one_doc_at_a_time(packaged):
    for line in EDGES:
        assert np.array_equal(load_model()(line).to_array(ATTRS), packaged(line).to_array(ATTRS))


def test_preset_entities_go_through_the_packaged_decoder(packaged):
    """A Doc that already holds an entity (set by an earlier component) constrains the
    decoding; such a sub-batch is decoded by spaCy itself, with the same result."""
    ours = load_model()
    line = "Tom Reed met Lena Okoro in Springfield on Tuesday.\n"
    results = []
    for nlp in (packaged, ours):
        with nlp.select_pipes(disable=["ner"]):
            doc = nlp(line)
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="unmodified")
        results.append(nlp.get_pipe("ner")(doc))
    assert results[1].ents[0].label_ == "ORG"
    assert np.array_equal(results[0].to_array(ATTRS), results[1].to_array(ATTRS))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_validity_rules_when_scores_push_entities_everywhere(seed):
    """With the output layer's bias pushed far (in the same way in both models), the
    validity rules, not the network, decide where entities begin, go on and end: at
    sentence starts, blank tokens and the end of a line."""
    packaged = spacy.load(MODEL_NAME)
    ours = spacy.load(MODEL_NAME)
    use_fast_decoder(ours)
    push = np.random.default_rng(seed).normal(0.0, 8.0, packaged.get_pipe("ner").moves.n_moves)
    packaged.get_pipe("ner").model.get_ref("upper").get_param("b")[:] += push
    ours.get_pipe("ner").bias[:] += push
    lines = _lines()
    expected = _entities(packaged.pipe(lines, batch_size=16))
    found = _entities(ours.pipe(lines, batch_size=16))
    assert sum(int((e[:, 0] == 1).sum()) for e in expected) > 100  # many tokens inside entities
    for line, a, b in zip(lines, expected, found, strict=True):
        assert np.array_equal(a, b), line
