"""The ingest flow: discover → (read, transform, validate) per batch → load per batch."""

from __future__ import annotations

import gc
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import duckdb
import polars as pl
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ProcessPoolTaskRunner

from flows import api_server, progress
from flows.settings import Settings
from flows.sources import Source, SourceEntry, plan, sha256
from transforms import EXTRACTOR_VERSION
from transforms.timing import StageTimer
from warehouse.lake import LakeConflict, LakeWriter, is_lake_target
from warehouse.load import FileOutcome, load_batch, mark_deleted
from warehouse.runs import RunCounts, finish_run, known_files, start_run
from warehouse.snapshots import SnapshotWriter

LAKE_RUN_ATTEMPTS = 3  # a lake run that lost a commit race to another writer runs again
# A full garbage collection per this many files loaded or rejected: Prefect leaves each task
# run's engine, futures and pickled results in reference cycles, and with the ~200k long-lived
# objects of the flow process Python's own full collections come only every hundred batches
# or so, so that garbage grew with the run (a 10k run freed 26 MB at its end).
GC_EVERY_FILES = 1000

if TYPE_CHECKING:
    from schemas.validate import Validated
    from transforms.batch import BatchResult, RawFile

# Extraction (spaCy, pandera, trafilatura, datasketch) is imported where it runs, in the worker
# processes: a run with nothing to extract never pays for it.


def _no_failures() -> pl.DataFrame:
    from schemas.validate import FAILURE_SCHEMA

    return pl.DataFrame(schema=FAILURE_SCHEMA)


@dataclass(slots=True)
class BatchOutput:
    frames: dict[str, pl.DataFrame]
    outcomes: list[FileOutcome] = field(default_factory=list)
    failures: pl.DataFrame = field(default_factory=_no_failures)
    unchanged: int = 0
    timer: StageTimer = field(default_factory=StageTimer)


class Listing:
    """A task's list of source entries, opaque to Prefect: Prefect walks a returned list item
    by item when it records the result (1.7 s for 100k files), but not a plain object."""

    __slots__ = ("entries",)

    def __init__(self, entries: list[SourceEntry]):
        self.entries = entries


@task(name="discover", cache_policy=NO_CACHE)
def discover(source: str, extensions: tuple[str, ...]) -> Listing:
    """List the source's files (metadata only: nothing is read here)."""
    return Listing(Source(source, extensions).discover())


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(
    source: str,
    entries: list[SourceEntry],
    known_hashes: dict[str, str],
    run_id: str,
    max_file_bytes: int,
) -> BatchOutput:
    """Read, hash, transform and validate one batch of files."""
    from schemas.validate import validate_batch
    from transforms.batch import RawFile, transform_batch

    src = Source(source, ())
    files, outcomes, unchanged = [], [], 0
    by_uri = {e.uri: e for e in entries}
    read_timer = StageTimer()
    for e in entries:
        if e.size > max_file_bytes:
            outcomes.append(
                _rejected(e, None, f"file too large: {e.size} bytes > {max_file_bytes}")
            )
            continue
        try:
            with read_timer("read_hash"):
                data = src.read(e.uri)
        except FileNotFoundError:
            outcomes.append(_rejected(e, None, "file vanished before it could be read"))
            continue
        except OSError as exc:
            outcomes.append(_rejected(e, None, f"unreadable: {exc}"))
            continue
        with read_timer("read_hash"):
            digest = sha256(data)
        if known_hashes.get(e.uri) == digest:
            unchanged += 1
            continue
        files.append(RawFile(e.uri, digest, data))
    settings = Settings()
    result = transform_batch(
        files, run_id, datetime.now(UTC), settings.limits(), settings.field_map()
    )
    timer = result.timer
    timer.update(read_timer)
    with timer("validate"):
        checked = validate_batch(result.frames)
    articles_of = result.articles_of
    for r in result.rejections:
        outcomes.append(_rejected(by_uri[r.source_uri], r.content_sha256, r.reason))
    for f in files:
        if f.source_uri not in articles_of:
            continue
        outcomes.append(
            _file_outcome(f, by_uri[f.source_uri], articles_of[f.source_uri], result, checked)
        )
    return BatchOutput(checked.frames, outcomes, checked.failures, unchanged, timer)


@task(name="load-batch", cache_policy=NO_CACHE)
def load(con: duckdb.DuckDBPyConnection, batch: BatchOutput, run_id: str) -> None:
    """Write a batch to the warehouse in one transaction."""
    load_batch(con, batch.frames, batch.outcomes, batch.failures, run_id)


def _load_next(
    con: duckdb.DuckDBPyConnection,
    in_flight: deque[tuple[int, PrefectFuture[BatchOutput] | Future[BatchOutput]]],
    run_id: str,
    counts: RunCounts,
    timer: StageTimer,
) -> None:
    files, future = in_flight.popleft()
    with timer("wait_for_workers"):
        batch = future.result()
    with timer("load"):
        load(con, batch, run_id)
    timer.update(batch.timer)
    before = counts.files_loaded + counts.files_rejected
    counts.files_unchanged += batch.unchanged
    counts.files_loaded += sum(o.status == "loaded" for o in batch.outcomes)
    counts.files_rejected += sum(o.status == "rejected" for o in batch.outcomes)
    progress.done(files)
    _release(batch)
    if (counts.files_loaded + counts.files_rejected) // GC_EVERY_FILES > before // GC_EVERY_FILES:
        gc.collect()


def _release(batch: BatchOutput) -> None:
    """Let a loaded batch's frames go now. Prefect's task engine keeps the load task's
    parameters (and the extract future's result) in reference cycles that only a full garbage
    collection frees, so without this a run held a couple of dozen loaded batches at times."""
    batch.frames.clear()
    batch.outcomes.clear()
    batch.failures = batch.failures.clear()


def _done(batch: BatchOutput) -> Future[BatchOutput]:
    """An already finished future, so an inline batch goes through the same loading path."""
    future: Future[BatchOutput] = Future()
    future.set_result(batch)
    return future


@contextmanager
def shared_prefect_api() -> Iterator[None]:
    """Give the worker processes this process's Prefect API. Without a PREFECT_API_URL the flow
    runs on a temporary (ephemeral) server, and each worker would start one more of its own
    (10–15 s each, and left running if the worker is killed)."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    if get_current_settings().api.url:  # (checked first: Prefect's server modules take seconds
        yield  # to import, for nothing when the API is elsewhere)
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the process's temporary server, if one was started
    if not server.running:
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield


def warm_up() -> None:
    """Run once in each worker process: load the NLP model before the first batch arrives."""
    from transforms.nlp import load_model

    load_model()


def _file_outcome(
    f: RawFile, e: SourceEntry, article_ids: list[str], result: BatchResult, checked: Validated
) -> FileOutcome:
    """Loaded when at least one of the file's articles passed validation; the reasons of any
    records left out are kept with the file."""
    problems = list(result.record_errors.get(f.source_uri, []))
    problems += [
        checked.rejected_articles[a] for a in article_ids if a in checked.rejected_articles
    ]
    kept = [a for a in article_ids if a not in checked.rejected_articles]
    reason = "; ".join(problems)[:1000] or None
    if not kept:
        return _rejected(e, f.content_sha256, reason or "no valid article")
    return FileOutcome(
        e.uri, "loaded", f.content_sha256, e.size, e.modified_at,
        kept[0] if len(article_ids) == 1 else None, result.encodings.get(f.source_uri), reason,
    )  # fmt: skip


def _rejected(e: SourceEntry, digest: str | None, reason: str) -> FileOutcome:
    return FileOutcome(e.uri, "rejected", digest, e.size, e.modified_at, error_reason=reason)


def _ingest(
    con: duckdb.DuckDBPyConnection,
    source: str,
    run_id: str,
    batch_size: int,
    max_file_bytes: int,
    counts: RunCounts,
    timer: StageTimer,
    force: bool,
) -> None:
    """Plan the run against what the warehouse knows, then extract and load batch by batch."""
    settings = Settings()
    with timer("discover"):
        entries = discover(source, settings.extensions).entries
        known = known_files(con)
        uris = known["source_uri"].to_list()
        live = [s != "deleted" for s in known["status"].to_list()]
        # Files last processed by another extractor version are derived again.
        redo = {
            u for u, v in zip(uris, known["extractor_version"].to_list(), strict=True)
            if force or v != EXTRACTOR_VERSION
        }  # fmt: skip
        todo, counts.files_unchanged = plan(entries, known, redo)
    counts.files_seen = len(entries)
    src = Source(source, settings.extensions)
    present = {e.uri for e in entries}
    gone = [
        u for u, alive in zip(uris, live, strict=True)
        if alive and u not in present and src.covers(u)
    ]  # fmt: skip
    mark_deleted(con, gone, run_id)
    counts.files_deleted = len(gone)
    # The recorded hash of each file to read (same hash: unchanged after all, nothing parsed).
    recorded = {
        u: h for u, h, alive in zip(uris, known["sha256"].to_list(), live, strict=True)
        if h and alive and u not in redo
    }  # fmt: skip
    progress.planned(len(todo))
    chunks = batches(todo, batch_size, settings.workers)
    in_flight: deque[tuple[int, PrefectFuture[BatchOutput] | Future[BatchOutput]]] = deque()
    if len(chunks) == 1:  # one batch: worker processes would cost more than they save
        batch = extract_batch(
            source, chunks[0], _hashes(chunks[0], recorded), run_id, max_file_bytes
        )
        in_flight.append((len(chunks[0]), _done(batch)))
        chunks = []
    with shared_prefect_api():
        for chunk in chunks:
            # A bounded window of batches in the worker processes; loads happen here, in
            # order, as each finishes: the corpus is never held in memory.
            hashes = _hashes(chunk, recorded)  # only the chunk's: task arguments are pickled
            in_flight.append(
                (len(chunk), extract_batch.submit(source, chunk, hashes, run_id, max_file_bytes))
            )
            if len(in_flight) >= 2 * settings.workers:
                _load_next(con, in_flight, run_id, counts, timer)
        while in_flight:
            _load_next(con, in_flight, run_id, counts, timer)


def batches(todo: list[SourceEntry], batch_size: int, workers: int) -> list[list[SourceEntry]]:
    """Batches of at most BATCH_SIZE files; more than one, their count is a multiple of the
    WORKERS and their sizes differ by one at most, so the last round keeps every worker busy
    (200 files in 64s would leave one of 2 workers idle for the last 64)."""
    count = -(-len(todo) // batch_size)
    if count > 1:
        count = -(-count // workers) * workers
    return [todo[i * len(todo) // count : (i + 1) * len(todo) // count] for i in range(count)]


def _hashes(chunk: list[SourceEntry], recorded: dict[str, str]) -> dict[str, str]:
    return {e.uri: recorded[e.uri] for e in chunk if e.uri in recorded}


@flow(
    name="newsdesk-ingest",
    log_prints=False,
    validate_parameters=False,
    task_runner=ProcessPoolTaskRunner(max_workers=Settings().workers, initializer=warm_up),
)
def ingest(
    source: str,
    warehouse: str = "warehouse.duckdb",
    batch_size: int | None = None,
    max_file_bytes: int | None = None,
    force: bool = False,
    lake_data: str | None = None,
) -> dict:
    """Ingest new and changed raw article files from SOURCE into the WAREHOUSE (a DuckDB file
    or a DuckLake target, whose data path is LAKE_DATA); FORCE processes every file again
    (files of another extractor version always are)."""
    settings = Settings()
    batch_size = batch_size or settings.batch_size
    max_file_bytes = max_file_bytes or settings.max_file_bytes
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
    timer = StageTimer()
    counts = RunCounts()
    with ExitStack() as stack:
        with timer("open_sync"):
            writer = stack.enter_context(open_writer(warehouse, lake_data or settings.lake_data))
        con = writer.con
        start_run(con, run_id, flow_run.get_id(), source, EXTRACTOR_VERSION)
        try:
            _ingest(con, source, run_id, batch_size, max_file_bytes, counts, timer, force)
            finish_run(con, run_id, counts, timer)
        except BaseException as exc:
            # Readers keep the last published run: undo this run's batches, record why.
            message = f"{type(exc).__name__}: {exc}"
            writer.sync()
            finish_run(con, run_id, counts, timer, status="failed", message=message)
            writer.publish()
            raise
        with timer("publish"):
            writer.publish()
    stages = {k: round(v, 3) for k, v in timer.items()}
    return {"run_id": run_id, "status": counts.status, **asdict(counts), "stage_seconds": stages}


def open_writer(warehouse: str, lake_data: str | None) -> SnapshotWriter | LakeWriter:
    """The writer of the run: the embedded file's snapshot writer, or a DuckLake transaction."""
    if is_lake_target(warehouse):
        return LakeWriter(warehouse, lake_data)
    return SnapshotWriter(warehouse)


def prepare() -> None:
    """Before the flow: let DuckDB import numpy, pandas and pyarrow (it does on its first query
    with parameters, seconds of start-up) while Prefect's API server boots, then wait for it."""
    duckdb.connect().execute("select ?", [0]).close()
    api_server.wait_ready()


def run(
    source: str,
    warehouse: str = "warehouse.duckdb",
    batch_size: int | None = None,
    max_file_bytes: int | None = None,
    force: bool = False,
    cluster: str | None = None,
    lake_data: str | None = None,
) -> dict:
    """Run the ingest flow with its batches on the local worker processes or, given a Dask
    scheduler address (``tcp://host:8786``, or NEWSDESK_CLUSTER), on that cluster's workers."""
    cluster = cluster or Settings().cluster
    prepare()
    flow_fn = ingest
    if cluster:
        from prefect_dask import DaskTaskRunner

        flow_fn = ingest.with_options(task_runner=DaskTaskRunner(address=cluster))
    for attempt in range(1, LAKE_RUN_ATTEMPTS + 1):
        try:
            return flow_fn(source, warehouse, batch_size, max_file_bytes, force, lake_data)
        except LakeConflict:
            # Another writer changed the same rows first: run again on what it committed
            # (files it already loaded are unchanged now). The lost run is recorded failed.
            if attempt == LAKE_RUN_ATTEMPTS:
                raise
    raise AssertionError("unreachable")
