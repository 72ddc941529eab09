"""Prefect's API for a one-off run, started before anything heavy is imported.

Without ``PREFECT_API_URL`` Prefect starts its ephemeral API server (a uvicorn subprocess) when
the flow first calls it, after this process has imported Prefect, polars, pandera and the rest:
the two start-ups run one after the other. ``start_early`` launches the same server process at
once, so that it boots on the other core while this process imports, and points
``PREFECT_API_URL`` at it; ``wait_ready`` is called before the flow. This module imports nothing
of Prefect.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
import time
import urllib.request

from flows.localhost import free_port

_process: subprocess.Popen | None = None


def start_early() -> None:
    """Start the API server in a subprocess unless an API URL is set (or it already runs)."""
    global _process
    if _process is not None or os.environ.get("PREFECT_API_URL"):
        return
    port = free_port()
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
           "PREFECT__SERVER_FINAL": "1"}  # fmt: skip
    _process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"],
        env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
    atexit.register(stop)


def wait_ready(timeout: float = 120.0) -> None:
    """Block until the server started by ``start_early`` answers its health check."""
    if _process is None:
        return
    url = os.environ["PREFECT_API_URL"] + "/health"
    deadline = time.monotonic() + timeout
    while True:
        if _process.poll() is not None:
            raise RuntimeError(f"Prefect's API server exited with code {_process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"Prefect's API server did not answer in {timeout:.0f} s")
        time.sleep(0.05)


def stop() -> None:
    global _process
    if _process is None:
        return
    _process.terminate()
    try:
        _process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        _process.kill()
        _process.wait()
    _process = None
    os.environ.pop("PREFECT_API_URL", None)
