"""Selenium helpers: open a page, wait for an element or a text, read tables, screenshots."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

TIMEOUT = 45


def wait_for(driver: WebDriver, css: str, timeout: float = TIMEOUT) -> WebElement:
    """The first element matching css once it is visible."""
    try:
        return WebDriverWait(driver, timeout).until(
            ec.visibility_of_element_located((By.CSS_SELECTOR, css))
        )
    except TimeoutException:
        errors = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".stException, .stAlert")]
        raise AssertionError(
            f"no {css!r} on {driver.current_url} after {timeout} s; {errors}"
        ) from None


def open_page(driver: WebDriver, url: str, css: str) -> WebElement:
    """Load url and wait for css to show."""
    driver.get(url)
    return wait_for(driver, css)


def wait_text(
    driver: WebDriver, css: str, expected: str, timeout: float = TIMEOUT, exact: bool = True
) -> None:
    """Wait until an element matching css reads expected (or contains it, unless exact)."""
    seen: list[str] = []

    def matches(d: WebDriver) -> bool:
        try:
            found = d.find_elements(By.CSS_SELECTOR, css)
            seen[:] = [e.text for e in found]
        except StaleElementReferenceException:
            return False
        return any(t == expected if exact else expected in t for t in seen)

    try:
        WebDriverWait(driver, timeout).until(matches)
    except TimeoutException:
        raise AssertionError(f"{css!r} shows {seen}, expected {expected!r}") from None


def metric(driver: WebDriver, name: str) -> str:
    """The value of a dashboard metric block."""
    return wait_for(driver, f"#metric-{name} .nd-value").text


def rows(driver: WebDriver, table_id: str) -> list[list[str]]:
    """The body cells of a dashboard table, as text."""
    table = wait_for(driver, f"table#{table_id}")
    return [
        [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")
    ]


def idle(driver: WebDriver) -> None:
    """Wait until Streamlit has finished running the script (no running indicator)."""
    WebDriverWait(driver, TIMEOUT).until(
        lambda d: not d.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]')
    )


def screenshot(driver: WebDriver, folder: Path, name: str) -> Path:
    """Save a PNG of the page as a test artifact (and into $NEWSDESK_SCREENSHOTS when set,
    which is how docs/screenshots are refreshed)."""
    idle(driver)
    path = folder / f"{name}.png"
    driver.save_screenshot(str(path))
    if docs := os.environ.get("NEWSDESK_SCREENSHOTS"):
        Path(docs).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(docs) / path.name)
    return path
