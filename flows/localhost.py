"""Loopback helpers for starting real services (Prefect, PostgreSQL, Dask) in tests and benchmarks."""

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float, what: str) -> None:
    """Poll URL until it answers 200; fail as soon as PROC exits, or after TIMEOUT seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not answer on {url} in {timeout:.0f} s")
        time.sleep(0.1)


def stop(proc: subprocess.Popen, timeout: float = 15) -> None:
    """Terminate PROC; kill it if it has not ended after TIMEOUT seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _spawn(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", *args], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


@contextmanager
def dask_cluster(workers: int, env: dict) -> Iterator[str]:
    """A Dask scheduler and WORKERS single-threaded worker processes on 127.0.0.1, each a
    separate process as on separate machines; yields the scheduler address once all joined."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    dashboard = f"127.0.0.1:{free_port()}"
    procs = [_spawn(["distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                     str(port), "--dashboard-address", dashboard], env)]  # fmt: skip
    try:
        worker = ["distributed.cli.dask_worker", address, "--nworkers", "1", "--nthreads", "1",
                  "--no-dashboard"]  # fmt: skip
        procs += [_spawn(worker, env) for _ in range(workers)]
        with Client(address, timeout="60s") as client:
            client.wait_for_workers(workers, timeout=180)
        yield address
    finally:
        for proc in reversed(procs):
            stop(proc, timeout=30)
