"""The `newsdesk` command: ingest, status, sql, serve."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

import flows  # noqa: F401  (sets Prefect's environment before Prefect is imported)
from flows.settings import Settings

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False
)
console = Console(stderr=False)
err = Console(stderr=True)

WarehouseOpt = Annotated[
    str | None,
    typer.Option(
        "--warehouse",
        "-w",
        help="DuckDB file, or a DuckLake target 'ducklake:postgres:dbname=… host=…' "
        "(default: NEWSDESK_WAREHOUSE or ./warehouse.duckdb).",
    ),
]
LakeDataOpt = Annotated[
    str | None,
    typer.Option(help="DuckLake data path (folder or URL) for a new lake (NEWSDESK_LAKE_DATA)."),
]


def _warehouse(path: str | None) -> str:
    return path or Settings().warehouse


def _fail(message: str) -> typer.Exit:
    if os.environ.get("NEWSDESK_DEBUG"):
        err.print_exception()
    err.print(f"[bold red]error:[/] {escape(message)}")
    return typer.Exit(code=1)


@app.command()
def ingest(
    source: Annotated[str, typer.Argument(help="Folder, glob or fsspec URL of raw article files.")],
    warehouse: WarehouseOpt = None,
    batch_size: Annotated[int | None, typer.Option(help="Files per Prefect task.")] = None,
    max_file_mb: Annotated[
        float | None, typer.Option(help="Reject files larger than this.")
    ] = None,
    strict: Annotated[bool, typer.Option(help="Exit non-zero when any file is rejected.")] = False,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    force: Annotated[
        bool, typer.Option(help="Process every file again, changed or not (same as rebuild).")
    ] = False,
    cluster: Annotated[
        str | None, typer.Option(help="Dask scheduler (tcp://host:8786) to run batches on.")
    ] = None,
    lake_data: LakeDataOpt = None,
) -> None:
    """Ingest new and changed files from SOURCE into the warehouse (a Prefect flow run).
    Files last processed by another extractor version are derived again."""
    from flows import api_server

    if not cluster and not Settings().cluster:
        api_server.start_early()  # boots beside the imports below
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from flows import ingest as ingest_module
    from flows import progress as progress_hooks
    from flows.sources import Source

    path = _warehouse(warehouse)
    try:
        Source(source, ()).check()  # a typo fails now, not after Prefect has started
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc)) from None
    max_bytes = int(max_file_mb * 1024 * 1024) if max_file_mb else None
    bar = Progress(
        "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, disable=not progress, transient=False,
        redirect_stdout=False, redirect_stderr=False,
    )  # fmt: skip
    job = bar.add_task("starting Prefect", total=None)
    progress_hooks.listen(
        lambda n: bar.update(job, description="ingesting", total=n), lambda n: bar.advance(job, n)
    )
    try:
        with bar:
            result = ingest_module.run(
                source, path, batch_size, max_bytes, force, cluster, lake_data
            )
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:
        raise _fail(f"ingest failed: {type(exc).__name__}: {exc}") from None
    finally:
        progress_hooks.listen(None, None)
    console.print(
        f"run {result['run_id']}: [bold]{result['status']}[/] — {result['files_seen']} files seen, "
        f"{result['files_loaded']} loaded, {result['files_unchanged']} unchanged, "
        f"{result['files_rejected']} rejected, {result['files_deleted']} deleted → {path}"
    )
    if strict and result["files_rejected"]:
        raise typer.Exit(code=2)


@app.command()
def rebuild(
    source: Annotated[str, typer.Argument(help="Folder, glob or fsspec URL of raw article files.")],
    warehouse: WarehouseOpt = None,
    batch_size: Annotated[int | None, typer.Option(help="Files per Prefect task.")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    cluster: Annotated[
        str | None, typer.Option(help="Dask scheduler (tcp://host:8786) to run batches on.")
    ] = None,
    lake_data: LakeDataOpt = None,
) -> None:
    """Derive every article of SOURCE again with the current extractor (one published run)."""
    ingest(
        source, warehouse, batch_size, None, False, progress, force=True, cluster=cluster,
        lake_data=lake_data,
    )  # fmt: skip


@app.command()
def status(warehouse: WarehouseOpt = None, top: int = 10) -> None:
    """Rows per table, top people and speakers, rejected files and recent runs."""
    from warehouse import report
    from warehouse.connect import connect_reader

    try:
        con = connect_reader(_warehouse(warehouse))
    except (FileNotFoundError, RuntimeError) as exc:
        raise _fail(str(exc)) from None
    with con:
        _print("Rows per table", report.table_counts(con))
        _print("Top people (by mentions)", report.top_people(con, top))
        _print("Top quoted speakers", report.top_speakers(con, top))
        _print("Rejected or deleted files", report.rejected_files(con))
        _print("Recent runs", report.recent_runs(con))


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run on a read-only connection.")],
    warehouse: WarehouseOpt = None,
    csv: Annotated[bool, typer.Option(help="Print CSV instead of a table.")] = False,
) -> None:
    """Run a read-only SQL query against the warehouse."""
    import duckdb

    from warehouse.connect import connect_reader

    try:
        with connect_reader(_warehouse(warehouse)) as con:
            df = con.execute(query).pl()
    except (FileNotFoundError, RuntimeError, duckdb.Error) as exc:
        raise _fail(str(exc)) from None
    if csv:
        sys.stdout.write(df.write_csv())
    else:
        _print(None, df)


@app.command()
def serve(
    source: Annotated[str, typer.Argument(help="Folder, glob or fsspec URL to ingest.")],
    cron: Annotated[str, typer.Option(help="Cron schedule, e.g. '*/15 * * * *'.")] = "*/15 * * * *",
    warehouse: WarehouseOpt = None,
    name: Annotated[str, typer.Option(help="Deployment name.")] = "newsdesk-scheduled",
) -> None:
    """Serve the ingest flow on a cron schedule (needs a Prefect server: `make serve`)."""
    import os

    from flows.ingest import ingest as ingest_flow

    if not os.environ.get("PREFECT_API_URL"):
        raise _fail("PREFECT_API_URL is not set: start a server with `make serve`")
    path = _warehouse(warehouse)
    if not path.startswith("ducklake:"):
        path = str(Path(path).resolve())
    console.print(f"serving '{name}' on cron '{cron}': {source} → {path} (Ctrl-C to stop)")
    ingest_flow.serve(name=name, cron=cron, parameters={"source": source, "warehouse": path})


@app.command("to-lake")
def to_lake(
    lake: Annotated[str, typer.Argument(help="DuckLake target: 'ducklake:postgres:dbname=… …'.")],
    lake_data: Annotated[str, typer.Option(help="DuckLake data path (folder or URL).")],
    warehouse: WarehouseOpt = None,
) -> None:
    """Copy an embedded warehouse file into a new DuckLake and verify it, table by table."""
    from warehouse.lake_import import copy_to_lake

    source = _warehouse(warehouse)
    try:
        checked = copy_to_lake(Path(source), lake, lake_data)
    except (FileNotFoundError, RuntimeError) as exc:
        raise _fail(str(exc)) from None
    rows = sum(checked.values())
    console.print(
        f"copied {len(checked)} tables, {rows} rows from {source} into {lake}: "
        "row counts and checksums match"
    )


@app.command()
def compact(warehouse: WarehouseOpt = None) -> None:
    """Maintain a DuckLake: write small inlined inserts out as Parquet, merge small files,
    drop expired snapshots (run it now and then, e.g. nightly, beside readers and writers)."""
    from warehouse.lake import compact as compact_lake
    from warehouse.lake import is_lake_target

    target = _warehouse(warehouse)
    if not is_lake_target(target):
        raise _fail("compact is for a DuckLake warehouse (ducklake:…); a file needs none")
    try:
        seconds = compact_lake(target)
    except RuntimeError as exc:
        raise _fail(str(exc)) from None
    console.print(f"compacted {target} in {seconds:.1f} s")


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of <id>.txt files with <id>.gold.json.")],
    worst: Annotated[int, typer.Option(help="How many worst documents to list.")] = 5,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write all figures here.")] = None,
    warehouse: Annotated[Path | None, typer.Option(help="Keep the scratch warehouse here.")] = None,
) -> None:
    """Score people and quotes against gold annotations (precision, recall, F1)."""
    import json

    from flows import api_server

    api_server.start_early()  # boots beside the imports below
    import polars as pl

    from flows.evaluate import evaluate

    try:
        report = evaluate(gold_dir, warehouse)
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    rows = pl.DataFrame(report.to_rows()).with_columns(pl.col(pl.Float64).round(3))
    _print(f"{gold_dir}", rows)
    if report.speakers_total:
        console.print(f"speaker accuracy on matched quotes: {report.speaker_accuracy:.3f}")
    worst_docs = report.worst_documents(worst)
    if worst_docs:
        _print("Worst documents", pl.DataFrame([d._asdict() for d in worst_docs]))
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(), indent=2))


def _print(title: str | None, df) -> None:
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in df.columns:
        table.add_column(col, overflow="fold")
    for row in df.iter_rows():
        table.add_row(*("" if v is None else escape(str(v)) for v in row))
    console.print(table)


if __name__ == "__main__":
    app()
