"""The dashboard under a real browser: two warehouse snapshots built by the real flow, the
Streamlit app in a subprocess on a free loopback port, and headless Debian Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from flows.localhost import free_port, stop, wait_healthy
from tests.paths import ROOT, SAMPLES

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "test-artifacts" / "dashboard"
# Articles left out of the first snapshot and added by the second.
LATER = (
    "12_hospital_nurses_contract.txt",
    "13_minor_league_ballpark.txt",
    "14_heat_pump_rebates.txt",
)
START_TIMEOUT = 90.0


@dataclass(frozen=True)
class Snapshots:
    """First (fewer articles, one run) and second (all samples, two runs) warehouse files."""

    first: Path
    second: Path


@dataclass
class Dashboard:
    """A running dashboard: its base URL, the path it reads and the server process."""

    url: str
    path: Path
    process: subprocess.Popen

    def publish(self, snapshot: Path) -> None:
        """Publish a snapshot as an ingest process would: copy beside, then os.replace."""
        staging = self.path.with_name(self.path.name + ".publishing")
        shutil.copyfile(snapshot, staging)
        os.replace(staging, self.path)

    def page(self, query: str) -> str:
        return f"{self.url}/?{query}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def snapshots(tmp_path_factory) -> Snapshots:
    """Build two snapshots with the real flow: the samples without LATER, then all of them."""
    from flows.ingest import ingest

    base = tmp_path_factory.mktemp("snapshots")
    corpus = base / "articles"
    corpus.mkdir()
    for f in SAMPLES.iterdir():
        if f.name not in LATER:
            shutil.copy(f, corpus / f.name)
    first = base / "first.duckdb"
    ingest(str(corpus), str(first))
    second = base / "second.duckdb"
    shutil.copyfile(first, second)
    for name in LATER:
        shutil.copy(SAMPLES / name, corpus / name)
    ingest(str(corpus), str(second))
    return Snapshots(first, second)


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    try:
        wait_healthy(f"{url}/_stcore/health", process, START_TIMEOUT, "the dashboard")
    except (RuntimeError, TimeoutError) as e:
        pytest.fail(f"{e}:\n{log.read_text()}")


@pytest.fixture(scope="session")
def dashboard(snapshots, artifacts, tmp_path_factory) -> Iterator[Dashboard]:
    """`streamlit run dashboard/app.py` on a free loopback port, reading the first snapshot."""
    path = tmp_path_factory.mktemp("published") / "warehouse.duckdb"
    port = free_port()
    env = os.environ | {"NEWSDESK_WAREHOUSE": str(path)}
    log = artifacts / "server.log"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--client.toolbarMode", "viewer",
    ]  # fmt: skip
    with log.open("w") as out:
        process = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    board = Dashboard(f"http://127.0.0.1:{port}", path, process)
    board.publish(snapshots.first)
    try:
        _wait_until_up(board.url, process, log)
        yield board
    finally:
        stop(process)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through chromedriver; fails (never skips) when missing."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not os.access(p, os.X_OK)]
    if missing:
        pytest.fail(
            f"the dashboard tests need a browser, and {', '.join(missing)} is missing: "
            "run `make browser` (apt-get install chromium chromium-driver)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=en-US"):  # fmt: skip
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    if call.when == "call":
        item.failed_in_call = outcome.get_result().failed


@pytest.fixture(autouse=True)
def screenshot_on_failure(request, artifacts):
    """Keep a screenshot of the page a failing browser test ended on."""
    yield
    if getattr(request.node, "failed_in_call", False) and "browser" in request.fixturenames:
        driver = request.getfixturevalue("browser")
        driver.save_screenshot(str(artifacts / f"FAILED-{request.node.name}.png"))


@pytest.fixture
def first(dashboard, snapshots) -> Dashboard:
    """The dashboard with the first snapshot published (tests may publish others)."""
    dashboard.publish(snapshots.first)
    return dashboard
