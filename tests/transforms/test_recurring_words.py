"""Words that recur from one memory zone to the next are kept, within a limit, and the
annotations stay exactly the packaged model's."""

import spacy

from transforms.nlp import MODEL_NAME, annotate, load_model, memory_zone
from transforms.recurring_words import RecurringWords

FIRST = "Mr. Quorvane said the Brelltown council can't meet, “not till Thursday,” she added.\n"
SECOND = "Quorvane's aide told Mr. Dasperich the Brelltown vote was off; Quorvane said so.\n"
THIRD = "Dasperich, 54, said: “Quorvane won't say it. Brelltown will.”\n"


ATTRIBUTES = ("text", "whitespace_", "pos_", "tag_", "dep_", "lemma_", "ent_iob_", "ent_type_",
              "norm_", "shape_", "prefix_", "suffix_", "is_stop", "like_num")  # fmt: skip


def _annotations(docs) -> list[tuple]:
    return [
        (t.head.i, str(t.morph), *(getattr(t, a) for a in ATTRIBUTES)) for doc in docs for t in doc
    ]


def test_words_of_two_zones_in_a_row_are_kept_and_annotations_unchanged():
    nlp = load_model()
    expected = _annotations(spacy.load(MODEL_NAME).pipe([FIRST, SECOND, THIRD]))
    found = []
    for text in (FIRST, SECOND, THIRD):
        with memory_zone():
            found += _annotations(annotate([text]))
    assert found == expected
    strings = nlp.vocab.strings
    assert "Quorvane" in strings and "Brelltown" in strings  # in the first two zones
    assert "Quorvane's" not in strings  # only in the second: forgotten with its zone
    with memory_zone():  # the kept pieces now come from spaCy's caches
        assert _annotations(annotate([FIRST, SECOND, THIRD])) == expected


def test_no_more_pieces_are_kept_than_the_limit():
    nlp = load_model()
    words = RecurringWords(limit=2)
    for text in ("Ulmrick Ozzaway Pentrel Tamsk", "Ulmrick Ozzaway Pentrel Tamsk", "Vorrin"):
        with nlp.memory_zone():
            words.note([text])
            nlp(text)
        words.keep(nlp)
    assert words.kept == {"Ozzaway", "Pentrel"}  # the first two in order; then none noted
    assert not words.current and not words.previous
    assert "Ozzaway" in nlp.vocab.strings and "Tamsk" not in nlp.vocab.strings
