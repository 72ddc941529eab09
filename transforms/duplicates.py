"""Fingerprints for finding the same story under another URL or file: an exact fingerprint of
the normalised body text, and a MinHash signature of its word shingles (datasketch) whose bands
let the warehouse find near-duplicates without comparing every pair."""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
SHINGLE = 5  # words per shingle
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased words: punctuation, quote styles and line breaks do not matter."""
    return WORD.findall(text.lower())


def signature(text: str) -> tuple[str, list[int]]:
    """The exact fingerprint (SHA-256 of the lower-cased words: equal for texts that differ only
    in case, punctuation and white space) and the MinHash (NUM_PERM values) of the word
    5-shingles, from one pass over the words."""
    w = words(text)
    shingles = {" ".join(w[i : i + SHINGLE]) for i in range(max(1, len(w) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode() for s in shingles])
    return hashlib.sha256(" ".join(w).encode()).hexdigest(), [int(v) for v in m.hashvalues]
