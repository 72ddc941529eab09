"""The array helpers of transforms.nlp give what a walk over the tokens gives."""

import re
from pathlib import Path

import transforms
from transforms.nlp import SHORT_SCAN, annotate, token_indices, tokens_ending_at

TEXT = "Mayor Rosa Delgado said the harbor plan from New York City was approved on Tuesday.\n"


def test_token_indices_match_a_walk_over_the_tokens():
    (doc,) = annotate([TEXT])
    propn = [t.i for t in doc if t.pos_ == "PROPN"]
    assert propn  # the sentence has proper nouns to find
    assert token_indices(doc, pos=("PROPN",)) == propn
    heads = [t.i for t in doc if t.pos_ == "PROPN" and t.dep_ != "compound"]
    assert token_indices(doc, pos=("PROPN",), not_dep=("compound",)) == heads
    assert len(heads) < len(propn)  # the exclusion did remove the compound parts
    subjects = [t.i for t in doc if t.dep_ in {"nsubj", "nsubjpass"}]
    assert token_indices(doc, dep=("nsubj", "nsubjpass")) == subjects
    assert token_indices(doc, pos=("PROPN",), start=3, end=12) == [i for i in propn if 3 <= i < 12]


def test_long_spans_and_short_windows_select_the_same_tokens_as_a_walk():
    """Spans longer than ``SHORT_SCAN`` tokens are read with numpy, shorter ones from lists:
    both give what a walk over the tokens gives."""
    (doc,) = annotate([TEXT * 60])
    assert len(doc) > 2 * SHORT_SCAN
    tests = {
        "pos": lambda t: t.pos_ in {"PROPN", "NOUN"},
        "dep": lambda t: t.dep_ in {"nsubj", "pobj"},
        "not_dep": lambda t: t.dep_ not in {"compound", "punct"},
    }
    labels = {"pos": ("PROPN", "NOUN"), "dep": ("nsubj", "pobj"), "not_dep": ("compound", "punct")}
    for name, wanted in tests.items():
        for start, end in ((0, None), (5, len(doc) - 3), (17, 90), (200, 201)):
            walk = [t.i for t in doc[start:end] if wanted(t)]
            assert token_indices(doc, **{name: labels[name]}, start=start, end=end) == walk
    assert token_indices(doc, pos=("PROPN",), start=17, end=90)  # windows do find tokens


def test_tokens_ending_at_finds_the_tokens_that_end_at_the_offsets():
    (doc,) = annotate([TEXT])
    ends = [TEXT.index(w) + len(w) for w in ("Delgado", "plan")]
    mid_word = TEXT.index("harbor") + 2
    assert [doc[i].text for i in tokens_ending_at(doc, [*ends, mid_word])] == ["Delgado", "plan"]
    assert tokens_ending_at(doc, ends, start=3) == tokens_ending_at(doc, ends[1:])


def test_the_extractors_read_the_text_kept_on_the_doc():
    """spaCy joins ``doc.text`` from every token on each access, so a check per token that
    reads it costs time quadratic in the article: the extractors use ``text_of(doc)``."""
    package = Path(transforms.__file__).parent
    offenders = [
        f"{path.name}:{n}"
        for path in sorted(package.glob("*.py"))
        if path.name != "nlp.py"
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if re.search(r"\bdoc\.text\b(?!_)", line)
    ]
    assert offenders == []


def test_joined_lines_equal_spacys_concatenation():
    """``joined`` gives what ``Doc.from_docs`` gives: text, every annotation, entities and
    sentences; lines that carry user data go through ``from_docs`` itself."""
    from spacy.tokens import Doc

    from transforms.nlp import _JOINED, joined, lines_of, load_model

    text = "Omar Haddad, the harbour master, said:\n\n“It is old.” He left.\n   Ana Kowal agreed.\n"
    lines = list(load_model().pipe(lines_of(text)))
    ours, spacys = joined(lines), Doc.from_docs(lines, ensure_whitespace=False)
    assert ours.text == spacys.text == text
    assert (ours.to_array(_JOINED) == spacys.to_array(_JOINED)).all()
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [
        (e.start, e.end, e.label_) for e in spacys.ents
    ]
    assert any(e.label_ == "PERSON" for e in ours.ents)
    assert [s.start for s in ours.sents] == [s.start for s in spacys.sents]
    assert len(list(ours.sents)) >= 3
    lines[0].user_data[("._.", "flag", 0, 4)] = True
    assert joined(lines).user_data == {("._.", "flag", 0, 4): True}
