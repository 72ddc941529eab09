"""Worker processes started before the flow, so that their start-up overlaps Prefect's.

Prefect's ``ProcessPoolTaskRunner`` spawns its processes on the first batch submitted: after
the imports, the API server's boot, the flow run's creation and the plan. Each then imports
spaCy and loads the model (tens of seconds on a busy 2-core machine) while the flow waits.
``start`` spawns the same kind of pool at once, beside those start-ups; the ingest flow's
runner (``flows.ingest.EarlyPoolTaskRunner``) adopts it, and ``stop_if_idle`` ends it when the
plan sends nothing to the workers. Without an early pool the runner is Prefect's own.

This module imports nothing of Prefect: ``start`` runs before Prefect is imported.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

_pool: ProcessPoolExecutor | None = None
_queue: Any = None  # the workers' queue of events and logs, read by Prefect's forwarder
_taken = False


def start(workers: int) -> None:
    """Spawn WORKERS processes now; each loads the model (in ``_initialize``) at once."""
    global _pool, _queue, _taken
    if _pool is not None:
        return
    context = multiprocessing.get_context("spawn")  # as Prefect's runner
    _queue = context.Queue()
    _pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_initialize,
                                initargs=(_queue,))  # fmt: skip
    _taken = False
    for _ in range(workers):  # one process is spawned per submission while none is idle
        _pool.submit(_ready)


def take(workers: int) -> tuple[ProcessPoolExecutor, Any] | None:
    """The early pool and its message queue, once, if it has WORKERS processes."""
    global _taken
    if _pool is None or _taken or _pool._max_workers != workers:
        return None
    _taken = True
    return _pool, _queue


def stop_if_idle() -> None:
    """End the early workers when the run gives them nothing (an empty plan, or one batch,
    which runs inline): a model load that nobody waits for only takes CPU from the run."""
    global _pool, _queue
    if _pool is None:
        return
    for process in list(_pool._processes.values()):  # (no public way)
        process.terminate()
    _pool.shutdown(wait=False, cancel_futures=True)
    _pool = _queue = None


def release() -> None:
    """Forget the pool once its runner has shut it down."""
    global _pool, _queue
    _pool = _queue = None


def _initialize(queue: Any) -> None:
    """In each worker: Prefect's set-up of a pool process (events and logs go to the parent),
    then the model."""
    from prefect.task_runners import _initialize_process_pool_worker

    from flows.ingest import warm_up

    _initialize_process_pool_worker(queue, warm_up)


def _ready() -> None:
    """A no-op, submitted once per worker to spawn it."""
