"""The array helpers of transforms.nlp give what a walk over the tokens gives."""

from transforms.nlp import annotate, token_indices, tokens_ending_at

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


def test_tokens_ending_at_finds_the_tokens_that_end_at_the_offsets():
    (doc,) = annotate([TEXT])
    ends = [TEXT.index(w) + len(w) for w in ("Delgado", "plan")]
    mid_word = TEXT.index("harbor") + 2
    assert [doc[i].text for i in tokens_ending_at(doc, [*ends, mid_word])] == ["Delgado", "plan"]
    assert tokens_ending_at(doc, ends, start=3) == tokens_ending_at(doc, ends[1:])
