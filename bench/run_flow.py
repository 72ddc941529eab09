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


def tree_rss(pid: int) -> dict[int, int]:
    """Resident bytes of a process and each of its descendants, by pid, from /proc."""
    sizes, stack = {}, [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                sizes[p] = int(f.read().split()[1]) * page
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return sizes


def main() -> None:
    import flows  # noqa: F401  (Prefect's environment first)
    from flows import api_server

    api_server.start_early()  # as the CLI does: the server boots beside the imports below
    from flows.ingest import prepare, run

    imported = time.perf_counter() - START
    prepare()
    api_ready = time.perf_counter() - START

    peak = [0]
    peak_of: dict[int, int] = {}  # pid -> its own peak
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            sizes = tree_rss(os.getpid())
            peak[0] = max(peak[0], sum(sizes.values()))
            for p, size in sizes.items():
                peak_of[p] = max(peak_of.get(p, 0), size)
            stop.wait(0.2)

    threading.Thread(target=sample, daemon=True).start()
    source, warehouse = sys.argv[1], sys.argv[2]
    result = run(source, warehouse)  # NEWSDESK_CLUSTER / NEWSDESK_LAKE_DATA apply
    stop.set()
    result["wall_seconds"] = round(time.perf_counter() - START, 3)
    result["startup_seconds"] = {"imports": round(imported, 3), "api_ready": round(api_ready, 3)}
    result["peak_rss_mb"] = round(peak[0] / 2**20, 1)
    own = peak_of.pop(os.getpid(), 0)  # the flow (and the loads); then the children, largest first
    result["peak_rss_mb_by_process"] = [
        round(b / 2**20, 1) for b in [own, *sorted(peak_of.values(), reverse=True)]
    ]
    size = Path(warehouse).stat().st_size if Path(warehouse).exists() else 0  # a lake: 0
    result["warehouse_mb"] = round(size / 2**20, 2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
