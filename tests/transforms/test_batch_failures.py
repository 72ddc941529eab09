"""An extractor's bug on one article costs that article only: the batch goes on, and the
article's file says why (a record error, or its rejection when it held nothing else)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

import transforms.batch
from transforms.batch import RawFile, transform_batch

TEXT = "Harbour Plan\n\n“We will rebuild the pier,” Mayor Rosa Delgado said on Monday."
BROKEN = "Broken Story\n\nThe word TRIGGER makes the quote extractor fail here."


@pytest.fixture
def failing_extractor(monkeypatch):
    """Quote extraction that raises on the article holding TRIGGER (fault injection)."""
    real = transforms.batch.extract_quotes

    def extract(doc, *args, **kwargs):
        if "TRIGGER" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(transforms.batch, "extract_quotes", extract)


def test_a_failing_article_alone_in_its_file_rejects_that_file_only(failing_extractor):
    files = [
        RawFile("in/good.txt", "a" * 64, TEXT.encode()),
        RawFile("in/broken.txt", "b" * 64, BROKEN.encode()),
    ]
    result = transform_batch(files, "run", datetime.now(UTC))
    [rejection] = result.rejections
    assert rejection.source_uri == "in/broken.txt"
    assert rejection.reason == "extraction failed: IndexError: list index out of range"
    assert set(result.articles_of) == {"in/good.txt"}
    assert result.frames["article"]["source_uri"].to_list() == ["in/good.txt"]
    assert result.frames["quote"]["speaker_surface"].to_list() == ["Mayor Rosa Delgado"]


def test_a_failing_record_of_a_feed_is_a_record_error_and_the_rest_load(failing_extractor):
    feed = "\n".join(
        json.dumps({"title": title, "text": body, "url": f"https://example.org/{i}"})
        for i, (title, body) in enumerate(t.split("\n\n", 1) for t in (TEXT, BROKEN))
    )
    result = transform_batch(
        [RawFile("in/feed.jsonl", "c" * 64, feed.encode())], "run", datetime.now(UTC)
    )
    assert not result.rejections
    assert len(result.articles_of["in/feed.jsonl"]) == 1
    assert result.record_errors["in/feed.jsonl"] == [
        "record 2: extraction failed: IndexError: list index out of range"  # its line
    ]
    assert result.frames["article"].height == 1
