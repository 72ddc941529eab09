"""The packaged given-name list is what bench/given_names.py writes from Faker and the corpus's
training halves (no hand edits drift from the script)."""

from __future__ import annotations

import pytest

from bench.given_names import OUT, given_names
from tests.paths import SHARED


def test_the_packaged_given_names_are_the_scripts_output():
    corpus = SHARED / "corpus"
    if not corpus.exists():
        pytest.fail(f"{corpus} is missing: ../shared must sit beside the repository")
    packaged = [w for w in OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert packaged == given_names(corpus)
