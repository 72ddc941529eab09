"""The packaged given-name list is what bench/given_names.py writes from Faker and the corpus's
training halves (no hand edits drift from the script)."""

from __future__ import annotations

import pytest

from bench.given_names import GENDER_OUT, OUT, gendered_given_names, given_names
from tests.paths import SHARED


def test_the_packaged_given_names_are_the_scripts_output():
    corpus = SHARED / "corpus"
    if not corpus.exists():
        pytest.fail(f"{corpus} is missing: ../shared must sit beside the repository")
    packaged = [w for w in OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert packaged == given_names(corpus)


def test_the_packaged_given_name_genders_are_the_scripts_output():
    packaged = [
        tuple(line.split())
        for line in GENDER_OUT.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert packaged == list(gendered_given_names().items())
    assert dict(packaged)["Chloe"] == "f" and "Andrea" not in dict(packaged)  # listed for both
