"""Run the real ingest flow once in this process and print its result and peak RSS as JSON.

Peak RSS is sampled over this process and its children (the worker processes)."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

START = time.perf_counter()


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * page
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def main() -> None:
    import flows  # noqa: F401  (Prefect's environment first)
    from flows import api_server

    api_server.start_early()  # as the CLI does: the server boots beside the imports below
    from flows.ingest import prepare, run

    imported = time.perf_counter() - START
    prepare()
    api_ready = time.perf_counter() - START

    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss_bytes(os.getpid()))
            stop.wait(0.2)

    threading.Thread(target=sample, daemon=True).start()
    source, warehouse = sys.argv[1], sys.argv[2]
    result = run(source, warehouse)  # NEWSDESK_CLUSTER / NEWSDESK_LAKE_DATA apply
    stop.set()
    result["wall_seconds"] = round(time.perf_counter() - START, 3)
    result["startup_seconds"] = {"imports": round(imported, 3), "api_ready": round(api_ready, 3)}
    result["peak_rss_mb"] = round(peak[0] / 2**20, 1)
    size = Path(warehouse).stat().st_size if Path(warehouse).exists() else 0  # a lake: 0
    result["warehouse_mb"] = round(size / 2**20, 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
