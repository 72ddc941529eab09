"""Every page in headless Chromium: the numbers shown equal the SQL answers, and the links
lead from a person to their quotes to the article with its spans highlighted."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from dashboard import queries
from tests.dashboard.browse import metric, open_page, rows, screenshot, wait_for, wait_text
from warehouse.connect import connect_reader


@pytest.fixture(scope="module")
def con(snapshots):
    """A read-only connection to the snapshot the pages show."""
    con = connect_reader(snapshots.first)
    yield con
    con.close()


def test_people_page_shows_the_marts(browser, first, con, artifacts):
    open_page(browser, first.page("page=people"), "#people-by-mentions")
    mart = con.execute(
        "select canonical_name, mentions, articles from marts.people_by_mentions"
    ).fetchall()
    by_articles = queries.people(con, order="articles")
    assert metric(browser, "people") == str(len(mart))
    assert metric(browser, "top-person") == mart[0][0]
    assert metric(browser, "top-mentions") == str(mart[0][1])
    shown = rows(browser, "people-by-mentions")
    assert [r[1:4] for r in shown[:10]] == [[n, str(m), str(a)] for n, m, a in mart[:10]]
    top_by_articles = rows(browser, "people-by-articles")[0]
    first_row = by_articles.row(0, named=True)
    assert top_by_articles[1:4] == [
        first_row["canonical_name"], str(first_row["mentions"]), str(first_row["articles"])
    ]  # fmt: skip
    wait_for(browser, '[data-testid="stVegaLiteChart"]')
    screenshot(browser, artifacts, "people")


def test_people_filter_by_publisher(browser, first, con):
    publisher = con.execute(
        "select publisher from marts.articles_per_publisher where publisher <> '(unknown)' "
        "order by articles desc, publisher limit 1"
    ).fetchone()[0]
    expected = queries.people(con, publishers=[publisher])
    assert 0 < expected.height < queries.people(con).height
    open_page(browser, first.page("page=people"), "#people-by-mentions")
    box = wait_for(browser, '[data-testid="stMultiSelect"] input')
    box.send_keys(publisher)
    box.send_keys(Keys.ENTER)
    wait_text(browser, "#metric-people .nd-value", str(expected.height))
    assert metric(browser, "top-mentions") == str(expected["mentions"][0])


def test_quotes_page_counts_and_search(browser, first, con, artifacts):
    total, unattributed = con.execute(
        "select count(*), count(*) filter (where speaker_surface is null) from main.quote"
    ).fetchone()
    open_page(browser, first.page("page=quotes"), "table#quotes")
    assert metric(browser, "quotes") == str(total)
    assert metric(browser, "unattributed") == str(unattributed)
    assert unattributed > 0, "the samples have unattributed quotes"
    shown = browser.find_elements(By.CSS_SELECTOR, "table#quotes .nd-unattributed")
    assert len([e for e in shown if e.text == "unattributed"]) == unattributed
    screenshot(browser, artifacts, "quotes")

    speaker = con.execute("select canonical_name from marts.quotes_by_speaker limit 1").fetchone()[
        0
    ]
    expected = queries.quotes(con, speaker=speaker)
    box = wait_for(browser, '[data-testid="stTextInputRootElement"] input')
    box.send_keys(speaker, Keys.ENTER)
    wait_text(browser, "#metric-quotes .nd-value", str(expected.height))
    assert expected.height < total


def test_person_to_quote_to_article(browser, first, con, artifacts):
    open_page(browser, first.page("page=people"), "#people-by-mentions")
    person = queries.people(con).row(0, named=True)
    link = browser.find_element(By.CSS_SELECTOR, "table#people-by-mentions tbody tr a")
    assert link.text == person["canonical_name"]
    link.click()

    their = queries.quotes(con, person_id=person["person_id"])
    assert their.height > 0
    wait_text(browser, "#metric-quotes .nd-value", str(their.height))
    assert f"person_id={person['person_id']}" in browser.current_url
    assert len(browser.window_handles) == 1, "links open in the same tab"
    quote_link = wait_for(browser, "table#quotes a.nd-quote-link")
    shown_quote = quote_link.text
    quote = next(q for q in their.iter_rows(named=True) if shown_quote == f"“{q['text']}”")
    quote_link.click()

    article = queries.article(con, quote["article_id"])
    wait_text(browser, "#article-title", article["title"])
    assert f"quote_id={quote['quote_id']}" in browser.current_url
    text = wait_for(browser, "#article-text")
    quotes = queries.article_quotes(con, quote["article_id"])
    mentions = queries.article_mentions(con, quote["article_id"])
    marked = {
        e.get_attribute("data-quote") for e in text.find_elements(By.CSS_SELECTOR, ".nd-quote")
    }
    assert marked == set(quotes["quote_id"])
    mentioned = {
        e.get_attribute("data-mention") for e in text.find_elements(By.CSS_SELECTOR, ".nd-mention")
    }
    assert mentioned == {str(s) for s in mentions["char_start"]}
    focus = text.find_elements(By.CSS_SELECTOR, ".nd-focus")
    assert {e.get_attribute("data-quote") for e in focus} == {quote["quote_id"]}
    assert "".join(e.text for e in focus).replace("\n", "") == quote["text"].replace("\n", "")
    speakers = text.find_elements(By.CSS_SELECTOR, "a.nd-speaker")
    assert any(person["person_id"] in a.get_attribute("href") for a in speakers)
    meta = dict((k, v) for k, v in rows(browser, "article-meta"))
    assert meta["quotes"] == str(quotes.height)
    assert meta["mentions"] == str(mentions.height)
    screenshot(browser, artifacts, "article")


def test_co_mentions_page(browser, first, con, artifacts):
    pairs = queries.co_mentions(con, 15)
    open_page(browser, first.page("page=co-mentions"), "table#co-mentions")
    assert metric(browser, "pairs") == str(pairs.height)
    assert metric(browser, "top-pair") == str(pairs["articles"].max())
    shown = rows(browser, "co-mentions")
    assert len(shown) == pairs.height
    assert shown[0] == [pairs["person_a"][0], pairs["person_b"][0], str(pairs["articles"][0])]
    wait_for(browser, '[data-testid="stVegaLiteChart"]')
    screenshot(browser, artifacts, "co-mentions")


def test_health_page(browser, first, con, artifacts):
    runs = con.execute(
        "select status, files_seen, files_loaded, files_rejected, extractor_version "
        "from main.ingest_run order by started_at desc"
    ).fetchall()
    rejected = con.execute(
        "select source_uri, error_reason from main.source_file where status = 'rejected'"
    ).fetchall()
    open_page(browser, first.page("page=health"), "table#runs")
    assert metric(browser, "runs") == str(len(runs))
    assert metric(browser, "extractor") == runs[0][4]
    assert metric(browser, "rejected") == str(len(rejected))
    shown = rows(browser, "runs")
    assert len(shown) == len(runs)
    assert [shown[0][2], *shown[0][3:5], shown[0][6]] == [str(v) for v in runs[0][:4]]
    assert {(r[0], r[1]) for r in rows(browser, "rejected")} == set(rejected)
    assert len(rejected) == 2, "the samples hold a binary and an empty file"
    screenshot(browser, artifacts, "health")
