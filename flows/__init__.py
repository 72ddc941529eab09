"""Prefect flows and the CLI: orchestration only; the work is in transforms and warehouse.

Importing this package points Prefect at the project's state folder (before Prefect is
imported anywhere), turns analytics off and keeps Prefect's own console logging quiet.
"""

import os
from pathlib import Path

_state = Path(os.environ.get("NEWSDESK_STATE_DIR", ".newsdesk")).resolve()
os.environ.setdefault("PREFECT_HOME", str(_state / "prefect"))
Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# Flow and task logs still reach Prefect's API (and UI); the console shows only our output.
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
