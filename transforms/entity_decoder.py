"""The model's entity recognizer, its greedy decoding done for a sub-batch at once with numpy.

en_core_web_sm's ``ner`` takes one BILUO action per token. Its network is cheap: a tok2vec, a
lower layer precomputed once per token, and per step three of those rows summed, a maxout and
a 64 x 74 output layer. spaCy's compiled decoder, though, checks the validity of each of the
74 actions for every token one by one, which on this build costs more than the network (about
60% of the recognizer's time here). This component runs the same network on the same sub-batches
(the recognizer's own ``pipe`` batching: sorted by length, a quarter of the batch at a time)
and takes each step for all the batch's documents together: the same float32 sums in the
same order, the same BLIS call for the output layer (thinc's, as spaCy's), the validity rules of spaCy's
``_parser_internals/ner.pyx`` for documents without preset entities, and the same first-best
choice; so the entities are spaCy's, token for token. A batch holding a Doc with preset
entities goes through spaCy's own decoder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch
from thinc.api import NumpyOps

FACTORY = "newsdesk_entity_recognizer"
_MOVES = "BILU"  # begin, in, last, unit; "O" is out, "M" (missing) and "U-" never valid
_BEGIN, _IN, _LAST, _UNIT = (_MOVES.index(m) for m in _MOVES)
_BLANK, _STOP, _FREE, _INSIDE = range(4)  # a state's cases (rows of the invalid-action table)
_OPS = NumpyOps()  # BLIS matrix products


class FastEntityRecognizer:
    """A pipeline component setting the entities the wrapped ``EntityRecognizer`` would set."""

    def __init__(self) -> None:
        self.ner: EntityRecognizer | None = None

    def wrap(self, ner: EntityRecognizer) -> None:
        self.ner = ner
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        labels = sorted({n[2:] for n in names if n[:2] == "B-"})
        column = {name: i for i, name in enumerate(names)}
        self.labels = np.array([ner.vocab.strings[label] for label in labels], dtype="uint64")
        self.out = column["O"]
        self.columns = {m: np.array([column[f"{m}-{lb}"] for lb in labels]) for m in _MOVES}
        self.move = np.full(len(names), -1)  # each class's move (index in _MOVES) and label
        self.label = np.zeros(len(names), dtype=np.int64)
        for m, cols in self.columns.items():
            self.move[cols] = _MOVES.index(m)
            self.label[cols] = np.arange(len(labels))
        model = ner.model
        self.tok2vec, self.lower = model.get_ref("tok2vec"), model.get_ref("lower")
        upper = model.get_ref("upper")
        self.weights = np.ascontiguousarray(upper.get_param("W"), dtype="f")
        self.bias = upper.get_param("b")
        self.lower_bias = self.lower.get_param("b").reshape(-1)
        self.pieces = self.lower.get_dim("nP")
        self.unseen = np.array(sorted(model.attrs["unseen_classes"]), dtype=np.int64)
        self.invalid = _invalid_actions(self.out, self.columns, len(names))

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            self._annotate(sorted(batch, key=len), max(batch_size // 4, 2))
            yield from batch

    def _annotate(self, docs: list[Doc], sub_batch: int = 64) -> None:
        """Set the entities of docs, sorted by length: the network runs on the recognizer's own
        sub-batches; each step is taken for all the docs together (one pass over the longest
        doc's tokens instead of one per sub-batch)."""
        if not any(len(doc) for doc in docs):
            return
        subs = [docs[i : i + sub_batch] for i in range(0, len(docs), sub_batch)]
        if any(doc.to_array([ENT_IOB]).any() for doc in docs if len(doc)):
            for sub in subs:
                self.ner.set_annotations(sub, self.ner.predict(sub))
            return
        # each sub-batch's rows: the padding row 0, then its tokens' rows
        parts = [self.lower.predict(self.tok2vec.predict(sub)) for sub in subs]
        cached = np.concatenate([parts[0][:1], *(part[1:] for part in parts)])
        rows = cached.reshape(cached.shape[0], cached.shape[1], -1)
        spans = self._decode(docs, rows)
        for i, doc in enumerate(docs):
            ents = [Span(doc, s, e, label=int(self.labels[lb])) for s, e, lb in spans.get(i, [])]
            doc.set_ents(ents, default="outside")

    def _decode(self, docs: list[Doc], rows: np.ndarray) -> dict[int, list[tuple[int, int, int]]]:
        """Greedy BILUO decoding of docs (ascending length) over the precomputed lower layer
        (row 0 the padding, then each token's row per feature): (start, end, label) by doc."""
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        flags = np.concatenate([doc.to_array([SENT_START, IS_SPACE]) for doc in docs if len(doc)])
        # an entity cannot go on past a token that ends its doc or precedes a sentence start
        stop = np.zeros(len(flags), dtype=bool)
        stop[:-1] = flags[1:, 0] == 1
        stop[(offsets + lengths - 1)[lengths > 0]] = True
        blank = flags[:, 1] != 0
        outside = np.where(blank, _BLANK, np.where(stop, _STOP, _FREE))  # a closed state's case
        n = len(docs)
        is_open = np.zeros(n, dtype=bool)
        start = np.zeros(n, dtype=np.int64)
        label = np.zeros(n, dtype=np.int64)
        spans: dict[int, list[tuple[int, int, int]]] = {}
        first = 0
        for t in range(int(lengths.max())):
            while lengths[first] <= t:
                first += 1
            token = offsets[first:] + t
            opened = is_open[first:]
            # the recognizer's three features: the token, the entity's first token, the token
            # before (the last two only inside an entity); row 0 is the padding
            hidden = (
                rows[token + 1, 0] + rows[np.where(opened, token - t + start[first:] + 1, 0), 1]
            )
            hidden += rows[np.where(opened, token, 0), 2]
            hidden += self.lower_bias
            pieces = hidden.reshape(len(token), -1, self.pieces)
            hidden = pieces[:, :, 0]  # maxout: the largest piece (max of views, not a reduce)
            for p in range(1, self.pieces):
                hidden = np.maximum(hidden, pieces[:, :, p])
            scores = _OPS.gemm(hidden, self.weights, trans2=True)
            scores += self.bias
            if len(self.unseen):
                scores[:, self.unseen] = scores.min()
            case = np.where(opened, _INSIDE + 2 * label[first:] + stop[token], outside[token])
            scores += self.invalid[case]  # -inf on the actions the state cannot take
            guess = scores.argmax(axis=1)
            moves = self.move[guess]
            changes = (moves == _BEGIN) | (moves == _LAST) | (moves == _UNIT)  # in, out do not
            for j in np.flatnonzero(changes).tolist():
                move, doc = int(moves[j]), first + j
                if move == _BEGIN:
                    is_open[doc], start[doc], label[doc] = True, t, self.label[guess[j]]
                elif move == _LAST:
                    spans.setdefault(doc, []).append((int(start[doc]), t + 1, int(label[doc])))
                    is_open[doc] = False
                else:
                    spans.setdefault(doc, []).append((t, t + 1, int(self.label[guess[j]])))
        return spans


def _invalid_actions(out: int, columns: dict[str, np.ndarray], n_classes: int) -> np.ndarray:
    """Per case of a state, 0 for the actions it may take and -inf for the others: the
    recognizer's rules (``ner.pyx``'s ``is_valid``) for a Doc without preset entities.
    Outside an entity: out always; unit unless the token is blank; begin unless it is blank
    or the entity could not go on (``_STOP``). Inside an entity of label k: last-k always;
    in-k unless the entity cannot go on."""
    n_labels = len(columns["B"])
    table = np.full((_INSIDE + 2 * n_labels, n_classes), -np.inf, dtype="f")
    table[[_BLANK, _STOP, _FREE], out] = 0.0
    table[np.ix_([_STOP, _FREE], columns["U"])] = 0.0
    table[_FREE, columns["B"]] = 0.0
    for k in range(n_labels):
        table[[_INSIDE + 2 * k, _INSIDE + 2 * k + 1], columns["L"][k]] = 0.0
        table[_INSIDE + 2 * k, columns["I"][k]] = 0.0
    return table


@Language.factory(FACTORY)
def _make(nlp: Language, name: str) -> FastEntityRecognizer:
    return FastEntityRecognizer()


def use_fast_decoder(nlp: Language) -> None:
    """Put the numpy-decoding recognizer in place of the model's ``ner``, under its name."""
    ner = nlp.get_pipe("ner")
    nlp.replace_pipe("ner", FACTORY)
    nlp.get_pipe("ner").wrap(ner)
