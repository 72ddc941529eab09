"""A Doc is freed as soon as extraction lets it go: nothing the extractors keep on it (in
``user_data``) may point back at it, or every Doc of a batch (with its tok2vec tensors) stays
alive until a full garbage collection, which made each worker 90 MB larger at 1k articles."""

import gc

from spacy.tokens import Doc

from transforms.nlp import annotate
from transforms.people import extract_mentions, name_regions
from transforms.quotes import extract_quotes
from transforms.readers import read_file

ARTICLE = b"""Harbor plan wins approval

By Ana Lima

The council approved the harbor plan on Tuesday, Mayor Rosa Delgado said.
"We will look at this again," Delgado told reporters. Tom Reyes of Acme Corp in Boston disagreed.
"""


def test_a_doc_is_not_left_in_a_reference_cycle_by_extraction():
    (record,), _ = read_file("mem://article.txt", ARTICLE)
    pdoc = record.doc
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds unreachable goes to gc.garbage
    try:
        (doc,) = annotate([pdoc.document_text])
        mentions = extract_mentions(doc, *name_regions(pdoc))
        quotes = extract_quotes(doc, pdoc.body, mentions, pdoc.title_span)
        assert mentions and quotes  # the extractors did read the Doc
        del doc
        gc.collect()
        cyclic_docs = [o for o in gc.garbage if isinstance(o, Doc)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert cyclic_docs == []
