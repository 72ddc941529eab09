"""Worker processes spawned before the flow (``flows.workers``) are the ones its batches run
on; a run that sends them nothing ends them."""

from __future__ import annotations

import shutil

from flows import workers
from flows.ingest import ingest
from tests.paths import SAMPLES
from warehouse.connect import connect_reader


def test_batches_run_on_the_early_pool(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for path in sorted(SAMPLES.glob("0*.txt"))[:4]:
        shutil.copy(path, source / path.name)
    workers.start(2)
    pool = workers._pool
    assert len(pool._processes) == 2  # spawned now, before the flow
    result = ingest(str(source), str(tmp_path / "w.duckdb"), batch_size=1)
    assert result["files_loaded"] == 4
    assert workers._pool is None  # adopted, then shut down with the flow's runner
    assert pool._shutdown_thread
    with connect_reader(tmp_path / "w.duckdb") as con:
        assert con.execute("select count(*) from article").fetchone()[0] == 4


def test_an_empty_plan_ends_the_early_workers(tmp_path):
    (tmp_path / "empty").mkdir()
    workers.start(2)
    processes = list(workers._pool._processes.values())
    result = ingest(str(tmp_path / "empty"), str(tmp_path / "w.duckdb"))
    assert result["files_seen"] == 0
    assert workers._pool is None
    for p in processes:
        p.join(timeout=10)
        assert not p.is_alive()


def test_batches_are_even_and_a_multiple_of_the_workers():
    from flows.ingest import batches

    todo = list(range(200))
    sizes = [len(b) for b in batches(todo, 64, 2)]
    assert sizes == [50, 50, 50, 50]
    assert [x for b in batches(todo, 64, 2) for x in b] == todo
    assert [len(b) for b in batches(todo, 64, 3)] == [33, 33, 34, 33, 33, 34]
    assert [len(b) for b in batches(list(range(64)), 64, 2)] == [64]  # one batch runs inline
    assert batches([], 64, 2) == []
    assert max(len(b) for b in batches(list(range(10_001)), 64, 2)) <= 64
