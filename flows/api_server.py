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

from flows import localhost

_process: subprocess.Popen | None = None


def start_early() -> None:
    """Start the API server in a subprocess unless an API URL is set (or it already runs)."""
    global _process
    if _process is not None or os.environ.get("PREFECT_API_URL"):
        return
    port = localhost.free_port()
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
    localhost.wait_healthy(url, _process, timeout, "Prefect's API server")


def stop() -> None:
    global _process
    if _process is None:
        return
    localhost.stop(_process, timeout=10)
    _process = None
    os.environ.pop("PREFECT_API_URL", None)
