"""Words that recur from batch to batch, kept out of spaCy's memory zones.

Each batch runs in a memory zone, so that the words it adds are forgotten after it and a long
run's memory stays flat. But inside a zone spaCy's tokenizer caches nothing, and every word the
model's small vocabulary lacks (most of them: it holds about 800) gets its lexeme made again,
attributes and all: the tokenizer took an eighth of the model's time. So the pieces of text
between spaces that a batch shares with the batch before it ("said,", "minister", "(AP)") are
tokenized once outside the zone, where spaCy keeps their lexemes and caches their tokens, up to
a fixed number of pieces: the same tokens and attributes, made faster, in bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language

LIMIT = 50_000  # pieces kept: under 20 MB (their lexemes, strings and cached tokens)


class RecurringWords:
    """Notes the pieces of each zone's texts and keeps those that the zone before had too."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.kept: set[str] = set()
        self.previous: set[str] = set()  # the pieces of the last zone's texts
        self.current: set[str] = set()

    def note(self, texts: Iterable[str]) -> None:
        """Remember the pieces of texts annotated in the current zone."""
        if len(self.kept) < self.limit:
            for text in texts:
                self.current.update(text.split())

    def keep(self, nlp: Language) -> None:
        """After a zone, outside it: tokenize the pieces it shares with the zone before, one at
        a time (a special case such as "Mr." stops spaCy caching the rest of its text)."""
        recurring = (self.current & self.previous) - self.kept
        self.previous, self.current = self.current, set()
        for piece in sorted(recurring)[: self.limit - len(self.kept)]:
            nlp.tokenizer(piece)
            self.kept.add(piece)
        if len(self.kept) >= self.limit:
            self.previous = set()
