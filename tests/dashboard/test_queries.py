"""dashboard/queries.py against the marts and plain SQL on a snapshot built by the real flow."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dashboard import queries
from warehouse.connect import connect_reader


@pytest.fixture(scope="module")
def con(snapshots):
    con = connect_reader(snapshots.second)
    yield con
    con.close()


def test_unfiltered_people_equal_the_marts(con):
    for order, mart in (("mentions", "people_by_mentions"), ("articles", "people_by_articles")):
        shown = queries.people(con, order=order).select("person_id", "mentions", "articles")
        expected = con.execute(f"select person_id, mentions, articles from marts.{mart}").fetchall()
        assert shown.rows() == expected


def test_publisher_and_day_filters(con):
    per_publisher = [
        queries.people(con, publishers=[p])["mentions"].sum() for p in queries.publishers(con)
    ]
    assert (
        sum(per_publisher) == con.execute("select count(*) from main.person_mention").fetchone()[0]
    )
    first, last = queries.day_bounds(con)
    assert queries.people(con, start=first, end=last).height == queries.people(con).height
    assert queries.people(con, start=last + timedelta(days=1)).height == 0
    assert queries.people(con, end=first - timedelta(days=1)).height == 0


def test_quote_filters(con):
    total, unattributed = con.execute(
        "select count(*), count(*) filter (where speaker_surface is null) from main.quote"
    ).fetchone()
    assert queries.quotes(con).height == total
    assert queries.quotes(con, unattributed_only=True).height == unattributed
    top = con.execute(
        "select person_id, canonical_name, quotes from marts.quotes_by_speaker"
    ).fetchone()
    assert queries.quotes(con, person_id=top[0]).height == top[2]
    by_name = queries.quotes(con, speaker=top[1].upper())
    assert by_name.height >= top[2]
    word = queries.quotes(con)["text"][0].split()[0]
    assert all(word.lower() in t.lower() for t in queries.quotes(con, text=word)["text"])


def test_co_mentions_stay_among_the_top(con):
    top = set(queries.top_people_by_articles(con, 5)["person_id"])
    pairs = queries.co_mentions(con, 5)
    assert set(pairs["person_a_id"]) | set(pairs["person_b_id"]) <= top
