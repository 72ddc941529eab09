"""A published snapshot shows on reload without a restart; no warehouse yet is said plainly;
the dashboard never writes the file nor keeps it locked between renders."""

from __future__ import annotations

import hashlib

import duckdb

from dashboard import queries
from tests.dashboard.browse import metric, open_page, wait_for, wait_text
from warehouse.connect import connect_reader


def _summary(path) -> dict[str, int]:
    con = connect_reader(path)
    try:
        return queries.summary(con)
    finally:
        con.close()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_snapshot_shows_on_reload(browser, first, snapshots, artifacts):
    before, after = _summary(snapshots.first), _summary(snapshots.second)
    assert after["articles"] > before["articles"] and after["runs"] == before["runs"] + 1
    open_page(browser, first.page("page=health"), "#metric-runs")
    assert metric(browser, "runs") == str(before["runs"])
    assert metric(browser, "articles") == str(before["articles"])

    first.publish(snapshots.second)
    browser.refresh()
    wait_text(browser, "#metric-runs .nd-value", str(after["runs"]))
    assert metric(browser, "articles") == str(after["articles"])
    assert first.process.poll() is None, "the same dashboard process served both snapshots"
    browser.save_screenshot(str(artifacts / "health-after-publish.png"))


def test_missing_warehouse_is_explained(browser, first, snapshots):
    first.path.unlink()
    open_page(browser, first.page("page=people"), '[data-testid="stAlertContainer"]')
    alert = '[data-testid="stAlertContainer"]'
    wait_text(browser, alert, f"No warehouse at {first.path} yet", exact=False)
    first.publish(snapshots.first)
    browser.refresh()
    wait_for(browser, "#people-by-mentions")


def test_reading_never_writes_nor_holds_the_file(browser, first, snapshots):
    published = _sha(first.path)
    for page, ready in [("people", "#people-by-mentions"), ("quotes", "table#quotes"),
                        ("article", "#article-text"), ("co-mentions", "table#co-mentions"),
                        ("health", "table#runs")]:  # fmt: skip
        open_page(browser, first.page(f"page={page}"), ready)
    assert _sha(first.path) == published
    assert not first.path.with_name(first.path.name + ".wal").exists()
    # A writer can take the file right after a render: the dashboard holds no connection.
    duckdb.connect(str(first.path)).close()


def test_a_writer_holding_the_file_gives_a_message_not_a_crash(browser, first, snapshots):
    writer = duckdb.connect(str(first.path))  # an ingest writing in place holds the lock
    try:
        open_page(browser, first.page("page=people"), '[data-testid="stAlertContainer"]')
        wait_text(
            browser,
            '[data-testid="stAlertContainer"]',
            "cannot be opened read-only right now",
            exact=False,
        )
    finally:
        writer.close()
    first.publish(snapshots.first)
    browser.refresh()
    wait_for(browser, "#people-by-mentions")
