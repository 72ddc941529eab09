"""A cheap language guess: enough to keep non-English text out of English-only extraction."""

from __future__ import annotations

import re

_ENGLISH_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "he",
        "she",
        "his",
        "her",
        "be",
        "by",
        "at",
        "from",
        "this",
        "have",
        "are",
        "were",
        "not",
        "but",
        "they",
        "an",
        "or",
        "had",
        "has",
        "said",
        "which",
        "their",
        "been",
        "who",
        "will",
        "would",
        "its",
        "we",
        "you",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, sample_chars: int = 20_000) -> str:
    """'en' when common English function words make up a fair share of the words, else 'und'."""
    words = _WORD.findall(text[:sample_chars].lower())
    if not words:
        return "und"
    share = sum(w in _ENGLISH_STOPWORDS for w in words) / len(words)
    return "en" if share >= 0.12 else "und"
