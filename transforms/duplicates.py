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


def fingerprint(text: str) -> str:
    """Equal for texts that differ only in case, punctuation and white space."""
    return hashlib.sha256(" ".join(words(text)).encode()).hexdigest()


def minhash(text: str) -> list[int]:
    """The MinHash signature (NUM_PERM values) of the text's word 5-shingles."""
    w = words(text)
    shingles = {" ".join(w[i : i + SHINGLE]) for i in range(max(1, len(w) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode() for s in shingles])
    return [int(v) for v in m.hashvalues]
