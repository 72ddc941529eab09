"""Starting a real Prefect server on loopback (scheduled runs need one; one-off ingests don't)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.localhost import stop, wait_healthy


@contextmanager
def prefect_server(port: int, home: Path, timeout: float = 120.0) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1:PORT until the block ends; yield its API URL."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "ab")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    api = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(f"{api}/health", proc, timeout, f"prefect server (log: {home / 'server.log'})")
        yield api
    finally:
        stop(proc, timeout=20)
        log.close()
