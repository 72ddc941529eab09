"""The cached attribute ruler and lemmatizer annotate exactly as the model's own."""

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from transforms.nlp import MODEL_NAME, load_model, memory_zone, text_of

LINES = [
    "“We will look at this again,” Mayor Rosa Delgado told reporters on Tuesday.\n",
    "There is a problem, y'all, and we're gon na fix it. It ai n't so.\n",
    "Let's go, c'mon, I got ta leave: the council said its budget was cut by 4%.\n",
    "He didn't say whether the firm, which employs 1,200 people, would appeal.\n",
    "\n",
    "   margin-right:15px;\n",  # a leading space the parser makes a root: labelled "dep"
]


def test_cached_ruler_equals_the_packaged_one():
    packaged = spacy.load(MODEL_NAME)
    ours = load_model()
    for name in ("attribute_ruler", "lemmatizer"):
        assert type(ours.get_pipe(name)) is not type(packaged.get_pipe(name))
    index = ours.get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())  # not 57k-word lists
    attrs = [POS, MORPH, LEMMA, TAG, DEP, HEAD]
    for _ in range(2):  # the second pass reads the cache
        for a, b in zip(packaged.pipe(LINES), ours.pipe(LINES), strict=True):
            assert np.array_equal(a.to_array(attrs), b.to_array(attrs)), a.text


def test_text_of_is_the_doc_text():
    doc = load_model()("Ana Kowal said so.\n")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)


NEW_WORDS = [
    "Zorblatt Quenwise flurbled the vantricles, said Mirela Tovkanen on Xandrody.\n",
    "The glimmerquists were unflorbed by Okwuadi Branstetter's pelinarchy.\n",
]


def _annotations(nlp, lines: list[str]) -> list[tuple]:
    return [
        (t.text, t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph), t.ent_type_)
        for doc in nlp.pipe(lines)
        for t in doc
    ]


def test_memory_zone_forgets_new_words_and_keeps_annotations():
    nlp = load_model()
    expected = _annotations(spacy.load(MODEL_NAME), NEW_WORDS + LINES)
    list(nlp.pipe(LINES))  # the common words' effects are cached before the zones
    strings = len(nlp.vocab.strings)
    for _ in range(3):  # each zone meets the new words afresh; caches survive between zones
        with memory_zone():
            assert _annotations(nlp, NEW_WORDS + LINES) == expected
        assert len(nlp.vocab.strings) == strings
        assert "Zorblatt" not in nlp.vocab.strings
    assert _annotations(nlp, NEW_WORDS + LINES) == expected  # outside a zone too


def test_words_no_pattern_names_share_one_effect_per_tag_and_label():
    ruler = load_model().get_pipe("attribute_ruler")
    assert ruler.named is not None and "but" in ruler.named and ruler.regexes
    words = ["Zorblatt", "council", "but", "a", "An", "nothin'", "Nuthin'", "ai", "y'", "  ", "x"]
    kinds = [
        (w, tag, dep)
        for w in words
        for tag in ("NN", "CC", "DT", "_SP")
        for dep in ("", "advmod", "ROOT")
    ]
    strings = ruler.ruler.vocab.strings
    ruler.cache, ruler.plain = {}, {}
    calls = []
    real = ruler._ruler_effect
    ruler._ruler_effect = lambda *key: calls.append(key) or real(*key)
    for word, tag, dep in kinds:
        key = (strings.add(word), strings.add(tag), strings.add(dep))
        assert ruler._effect(*key) == real(*key), (word, tag, dep)
    plain = {w for w in words if ruler._plain_word(strings[w])}
    assert plain == {"Zorblatt", "council", "x"}  # named words, regex words and spaces are not
    # the plain words' 36 kinds took one ruler call per (tag, dep), the others one each
    assert len(calls) == 12 + (len(words) - 3) * 12


def test_a_pattern_reading_more_of_a_word_turns_the_shared_effects_off():
    from spacy.pipeline import AttributeRuler

    from transforms.attributes import CachedAttributeRuler

    nlp = spacy.blank("en")
    packaged = AttributeRuler(nlp.vocab)
    packaged.add_patterns([{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}}])
    cached = CachedAttributeRuler()
    cached.wrap(packaged)
    assert cached.named is None
    word = nlp.vocab.strings.add("Anna")
    assert not cached._plain_word(word)
    assert nlp.vocab.strings[cached._effect(word, 0, 0)[0]] == "PROPN"
