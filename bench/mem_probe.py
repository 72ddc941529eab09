"""Where the flow process's memory goes, batch by batch: the real flow (as bench.run_flow runs
it), with a sample of this process taken after every batch's load.

    python -m bench.mem_probe SOURCE WAREHOUSE [--types] [--tracemalloc] [--out FILE]

Each sample: RSS and anonymous memory (/proc/self/smaps_rollup); glibc's heaps (mallinfo2:
bytes in use, bytes free but kept, and what it has from the system, every arena together);
Python's object allocator (pymalloc arenas, from sys._debugmallocstats); DuckDB's own tracked
memory (duckdb_memory()); threads and mappings; with --types the gc-tracked objects by type;
with --tracemalloc Python's traced bytes. What is left of the anonymous memory after glibc
and pymalloc is the memory of the other allocators (polars' and pyarrow's jemalloc) and
thread stacks. Prints one JSON line per sample to stderr and all of them to --out.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

MB = 2**20


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = MallInfo2


def glibc() -> dict[str, float]:
    """glibc malloc over all arenas: in use, free but kept, from the system (heaps + mmaps)."""
    m = _libc.mallinfo2()
    return {
        "glibc_used": (m.uordblks + m.hblkhd) / MB,
        "glibc_free": m.fordblks / MB,
        "glibc_system": (m.arena + m.hblkhd) / MB,
    }


def rollup() -> dict[str, float]:
    out = {}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("Rss", "Anonymous", "Pss_File", "Pss_Anon"):
                out[key.lower()] = int(rest.split()[0]) / 1024
    with open("/proc/self/status") as f:
        out["threads"] = next(int(line.split()[1]) for line in f if line.startswith("Threads"))
    with open("/proc/self/maps") as f:
        out["mappings"] = sum(1 for _ in f)
    return out


def pymalloc() -> float:
    """Bytes in pymalloc's arenas (each mmapped directly, outside glibc's heaps)."""
    with tempfile.TemporaryFile("w+") as tmp:
        saved = os.dup(2)
        sys.stderr.flush()
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read()
    match = re.search(r"(\d+) arenas \* (\d+) bytes/arena", text)
    return int(match.group(1)) * int(match.group(2)) / MB if match else 0.0


def _je() -> Any:
    import _duckdb

    mallctl = ctypes.CDLL(_duckdb.__file__).duckdb_je_mallctl
    mallctl.argtypes = [
        ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p,
        ctypes.c_size_t,
    ]  # fmt: skip
    return mallctl


def duck_jemalloc() -> dict[str, float]:
    """DuckDB's own (statically linked) jemalloc: bytes allocated, in active pages, resident."""
    mallctl = _je()
    epoch = ctypes.c_uint64(1)
    size = ctypes.c_size_t(8)
    mallctl(b"epoch", ctypes.byref(epoch), ctypes.byref(size), ctypes.byref(epoch), 8)
    out = {}
    for name in ("allocated", "active", "resident", "metadata", "retained"):
        value = ctypes.c_size_t()
        size = ctypes.c_size_t(ctypes.sizeof(value))
        mallctl(f"stats.{name}".encode(), ctypes.byref(value), ctypes.byref(size), None, 0)
        out[f"je_{name}"] = value.value / MB
    return out


def duck_purge() -> None:
    """Give the dirty pages of all of DuckDB's jemalloc arenas back (MALLCTL_ARENAS_ALL)."""
    _je()(b"arena.4096.purge", None, None, None, 0)


def duck(con: Any) -> dict[str, float]:
    rows = con.execute(
        "select tag, memory_usage_bytes from duckdb_memory() where memory_usage_bytes > 0"
    ).fetchall()
    out = {"duckdb": sum(b for _, b in rows) / MB}
    out.update({f"duckdb_{t.lower()}": round(b / MB, 1) for t, b in rows})
    return out


def type_counts() -> Counter[str]:
    return Counter(type(o).__qualname__ for o in gc.get_objects())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("warehouse")
    parser.add_argument("--types", action="store_true")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--purge", action="store_true", help="purge DuckDB's jemalloc per batch")
    args = parser.parse_args()
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(8)

    import flows  # noqa: F401  (Prefect's environment first)
    from flows import api_server

    api_server.start_early()
    import flows.ingest as ingest
    from flows.ingest import prepare, run

    prepare()
    samples: list[dict[str, Any]] = []
    base_types: Counter[str] = type_counts() if args.types else Counter()
    start = time.perf_counter()
    real_load = ingest.load_batch
    articles = [0]
    peak = [0.0]
    stop = threading.Event()

    def sample(label: str, con: Any = None) -> None:
        s: dict[str, Any] = {"at": label, "articles": articles[0]}
        s["seconds"] = round(time.perf_counter() - start, 1)
        s.update(rollup())
        s.update(glibc())
        s["pymalloc"] = pymalloc()
        s["other_native"] = s["anonymous"] - s["glibc_system"] - s["pymalloc"]
        s.update(duck_jemalloc())
        s["rest"] = s["other_native"] - s["je_resident"]
        if con is not None:
            s.update(duck(con))
        if args.tracemalloc:
            import tracemalloc

            s["tracemalloc"] = tracemalloc.get_traced_memory()[0] / MB
            s["tracemalloc_overhead"] = tracemalloc.get_tracemalloc_memory() / MB
        if args.types:
            counts = type_counts()
            s["objects"] = sum(counts.values())
            grown = {t: n - base_types.get(t, 0) for t, n in counts.items()}
            s["types_grown"] = dict(
                sorted(((t, n) for t, n in grown.items() if n > 0), key=lambda x: -x[1])[:25]
            )
        s = {k: round(v, 1) if isinstance(v, float) else v for k, v in s.items()}
        samples.append(s)
        print(json.dumps(s), file=sys.stderr, flush=True)

    def probed_load(con: Any, frames: dict, outcomes: list, failures: Any, run_id: str) -> None:
        real_load(con, frames, outcomes, failures, run_id)
        if args.purge:
            duck_purge()
        articles[0] += frames["article"].height if "article" in frames else 0
        sample("load", con)
        if args.tracemalloc and len(samples) == 9:  # after 8 batches: the baseline of the diff
            import tracemalloc

            first[0] = tracemalloc.take_snapshot()

    def watch() -> None:
        while not stop.is_set():
            with open("/proc/self/statm") as f:
                peak[0] = max(peak[0], int(f.read().split()[1]) * 4096 / MB)
            stop.wait(0.2)

    first: list[Any] = [None]
    ingest.load_batch = probed_load
    sample("start")
    threading.Thread(target=watch, daemon=True).start()
    result = run(args.source, args.warehouse)
    stop.set()
    if first[0] is not None:  # what grew in Python's heap from batch 8 to the end of the loads
        import tracemalloc

        diff = tracemalloc.take_snapshot().compare_to(first[0], "traceback")
        for stat in diff[:12]:
            print(f"{stat.size_diff / MB:+.2f} MB {stat.count_diff:+d} blocks", file=sys.stderr)
            for line in stat.traceback.format(limit=8, most_recent_first=True):
                print("   ", line, file=sys.stderr)
    sample("end")
    gc.collect()
    sample("end+gc")
    summary = {
        "peak_rss_mb": round(peak[0], 1),
        "status": result["status"],
        "load_seconds": result["stage_seconds"].get("load"),
        "wall_seconds": round(time.perf_counter() - start, 1),
    }
    print(json.dumps(summary), file=sys.stderr, flush=True)
    if args.out:
        args.out.write_text(json.dumps({"summary": summary, "samples": samples}, indent=1))


if __name__ == "__main__":
    main()
