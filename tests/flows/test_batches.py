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
