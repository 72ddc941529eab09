"""`make serve`: a Prefect server on 127.0.0.1 plus the ingest flow served on a cron schedule."""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
from pathlib import Path

import flows  # noqa: F401  (Prefect environment)
from flows.prefect_server import prefect_server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", required=True)
    parser.add_argument("--warehouse", default="warehouse.duckdb")
    parser.add_argument("--cron", default=os.environ.get("NEWSDESK_CRON", "*/15 * * * *"))
    parser.add_argument("--port", type=int, default=4200)
    args = parser.parse_args()
    home = Path(os.environ["PREFECT_HOME"]).parent / "prefect-server"
    with prefect_server(args.port, home) as api:
        print(f"Prefect server: {api.removesuffix('/api')}  (PREFECT_API_URL={api})")
        env = {**os.environ, "PREFECT_API_URL": api}
        cmd = [sys.executable, "-m", "flows.cli", "serve", args.source, "--cron", args.cron,
               "--warehouse", args.warehouse]  # fmt: skip
        with contextlib.suppress(KeyboardInterrupt):
            subprocess.run(cmd, env=env, check=False)


if __name__ == "__main__":
    main()
