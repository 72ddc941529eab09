"""Golden tests for every input format and every kind of page furniture: fixtures written for
this project (tests/fixtures/formats) parsed into the right fields; a corrupt file of each
format is rejected or skipped with a reason."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.paths import FIXTURES, SHARED
from transforms.datelines import find_dateline
from transforms.document import DocumentRejected
from transforms.readers import read_file

FORMATS = FIXTURES / "formats"
FURNITURE = (
    "Ad Blocker Detected", "Share this article", "ALSO READ", "Watch on",
    "This content is imported from YouTube", "Subscribe to our newsletter", "First Published",
)  # fmt: skip


def _read(name: str, data: bytes | None = None):
    path = FORMATS / name
    return read_file(str(path), data if data is not None else path.read_bytes())


def test_text_dump_fields_and_furniture():
    [rec], encoding = _read("furniture_dump.txt")
    doc = rec.doc
    assert encoding == "utf-8"
    assert doc.title == "Harbour ferry to add a night crossing after years of requests"
    assert doc.dek == "The late boat will leave the pier at 11 p.m. from June, the authority says"
    assert doc.image_caption == "Image: The ferry Saltmarsh at the north pier at dusk"
    assert doc.image_credit == "Harbour Authority"
    assert doc.published_at == datetime(2022, 4, 7, 9, 30, tzinfo=UTC)
    assert doc.publisher == "Harbour Post"
    names = {(b.name, b.role) for b in doc.bylines}
    assert names == {("Lena Okoro", None), ("Lena Okoro", "Transport Reporter")}
    assert any(b.bio and b.bio.startswith("Lena Okoro covers ports") for b in doc.bylines)
    body = doc.body_text
    assert body.startswith("PORTSMOUTH (Reuters) - The harbour authority")
    assert body.endswith("the fares must stay low.")
    for line in FURNITURE:  # out of the body, still in the document (offsets never move)
        assert line not in body and line in doc.document_text
    assert "Transport Reporter" not in body and doc.dek not in body
    dateline = find_dateline(doc.document_text, doc.body)
    assert (dateline.place, dateline.agency) == ("PORTSMOUTH", "Reuters")


def test_html_page_main_text_and_metadata():
    [rec], _ = _read("page.html")
    doc = rec.doc
    assert doc.title == "Library reopens with a rooftop reading room"
    assert [b.name for b in doc.bylines] == ["Iris Lind"]
    assert doc.publisher == "Valley Courier"
    assert doc.url == "https://courier.example/news/library-reopens"
    assert doc.published_at.date() == datetime(2025, 3, 14).date()
    assert doc.body_text.startswith("The central library reopened on Friday")
    assert "Subscribe" not in doc.body_text and "All rights reserved" not in doc.body_text
    for span in doc.body:
        assert doc.document_text[span.start : span.end] in doc.body_text


def test_json_lines_feed_shapes_and_a_bad_line():
    records, _ = _read("feed.jsonl")
    good = {r.index: r.doc for r in records if r.doc}
    bad = {r.index: r.error for r in records if r.doc is None}
    assert good[1].title == "Bakery opens a second shop"
    assert [b.name for b in good[1].bylines] == ["Jon Varga"]
    assert good[1].published_at == datetime(2025, 5, 2, 7, 30, tzinfo=UTC)
    assert (good[1].url, good[1].publisher) == ("https://post.example/bakery", "Harbour Post")
    assert good[2].title == "Marathon record falls"
    assert [b.name for b in good[2].bylines] == ["Eli Mendes"]
    assert good[2].publisher == "Harbour Post"
    assert list(bad) == [3] and "invalid JSON" in bad[3]


def test_single_json_article_with_paragraph_list():
    [rec], _ = _read("one.json")
    doc = rec.doc
    assert doc.title == "Nurses agree a new contract"
    assert len(doc.body) == 2 and "Sara Ito" in doc.body_text
    assert [b.name for b in doc.bylines] == ["Piotr Quinn"]
    assert doc.published_at.date() == datetime(2025, 2, 11).date()


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers
            )
        )
    return buf.getvalue()


def test_warc_html_records_become_articles_and_other_records_are_skipped():
    page = (FORMATS / "page.html").read_bytes()
    data = _warc(
        [
            ("https://courier.example/news/library-reopens", "text/html; charset=utf-8", page),
            ("https://courier.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        ]
    )
    records, _ = read_file("crawl/part.warc.gz", data)
    articles = [r.doc for r in records if r.doc]
    assert [a.title for a in articles] == ["Library reopens with a rooftop reading room"]
    assert articles[0].url == "https://courier.example/news/library-reopens"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("cut.txt.gz", gzip.compress(b"Title\n\nBody text here.\n" * 50)[:-30], "gzip"),
        ("cut.jsonl", b'{"title": "A", "body": "B b b."}\n{"title": "C", "bo', None),
        ("empty_body.html", b"<html><head><title>T</title></head><body></body></html>", "no article text"),
        ("cut.warc.gz", None, None),
    ],
)  # fmt: skip
def test_a_corrupt_file_of_each_format_is_rejected_or_skipped_with_a_reason(name, data, reason):
    if name == "cut.warc.gz":
        whole = _warc([("https://x.example/a", "text/html", (FORMATS / "page.html").read_bytes())])
        data = whole[: len(whole) // 2]
    try:
        records, _ = read_file(f"bad/{name}", data)
    except DocumentRejected as exc:
        assert reason is None or reason in str(exc)
        return
    errors = [r.error for r in records if r.doc is None]
    assert errors and all(errors), f"{name}: nothing was rejected"
    if reason:
        assert any(reason in e for e in errors)


def test_bbc_raw_dev_parses_every_file_with_a_plausible_title_and_body():
    folder = SHARED / "corpus" / "bbc_raw" / "dev"
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 100, f"{folder} is missing (../shared must sit beside the repository)"
    for path in files:
        [rec], _ = read_file(str(path), path.read_bytes())
        assert rec.doc is not None, f"{path.name}: {rec.error}"
        title, body = rec.doc.title, rec.doc.body_text
        assert 3 <= len(title.split()) <= 15 and not title.endswith("."), path.name
        assert len(body.split()) >= 80 and title not in body, path.name
