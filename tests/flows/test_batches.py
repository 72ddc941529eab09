"""How the flow cuts its work into batches for the worker processes."""

from __future__ import annotations

from flows.ingest import batches


def test_batches_are_even_and_a_multiple_of_the_workers():
    todo = list(range(200))
    sizes = [len(b) for b in batches(todo, 64, 2)]
    assert sizes == [50, 50, 50, 50]
    assert [x for b in batches(todo, 64, 2) for x in b] == todo
    assert [len(b) for b in batches(todo, 64, 3)] == [33, 33, 34, 33, 33, 34]
    assert [len(b) for b in batches(list(range(64)), 64, 2)] == [64]  # one batch runs inline
    assert batches([], 64, 2) == []
    assert max(len(b) for b in batches(list(range(10_001)), 64, 2)) <= 64


def test_the_flow_module_leaves_spacy_to_the_workers():
    """A scheduled re-run that parses nothing must not pay spaCy's import (about 1 s)."""
    import subprocess
    import sys

    code = "import sys, flows.ingest; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_discover_returns_a_listing_that_prefect_does_not_walk(tmp_path):
    from prefect.utilities.collections import visit_collection

    from flows.ingest import Listing
    from flows.sources import Source

    (tmp_path / "a.txt").write_text("Title\n\nBody.\n", "utf-8")
    listing = Listing(Source(str(tmp_path), (".txt",)).discover())
    visited = []
    visit_collection(listing, visited.append)
    assert visited == [listing] and [e.uri for e in listing.entries] == [str(tmp_path / "a.txt")]
