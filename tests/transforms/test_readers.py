"""Each input format becomes article records whose spans index the composed document text."""

from __future__ import annotations

import gzip
import io
import json
import socket

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from transforms.document import DocumentRejected
from transforms.readers import Limits, read_file
from transforms.readers.json_feed import with_fields

ARTICLE = {
    "headline": "Harbor Plan Approved",
    "articleBody": "The council approved the plan.\n\n“We finally have a plan,” said Rosa Delgado.",
    "author": [{"name": "Maya Okafor"}, {"name": "Jon Ito"}],
    "datePublished": "2024-05-02T10:00:00+02:00",
    "url": "https://ledger.example/harbor",
    "publisher": {"name": "The Harbor Ledger"},
}
PAGE = """<html lang="en"><head><title>Mayor Speaks | The Ledger</title>
<link rel="canonical" href="https://ledger.example/a/1"><meta name="author" content="Ana Lima">
<meta property="og:site_name" content="The Ledger">
<meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>Mayor Speaks</h1>
<p>The mayor spoke on Monday about the budget for the coming year and the roads.</p>
<p>“We will fix the roads this summer,” said Mayor Rosa Delgado at the meeting.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def check_spans(doc):
    text = doc.document_text
    assert doc.title_span.text(text) == doc.title
    for b in doc.bylines:
        assert b.name_span.text(text) == b.name
    for p in doc.body:
        assert p.text(text) and not p.text(text).startswith(" ")


def test_json_article_fields_are_mapped():
    [rec], encoding = read_file("feed/a.json", json.dumps(ARTICLE).encode())
    assert encoding == "utf-8"
    doc = rec.doc
    assert (doc.title, doc.url, doc.publisher) == (
        "Harbor Plan Approved",
        "https://ledger.example/harbor",
        "The Harbor Ledger",
    )
    assert [b.name for b in doc.bylines] == ["Maya Okafor", "Jon Ito"]
    assert doc.published_at.isoformat() == "2024-05-02T08:00:00+00:00"
    assert doc.body_text.endswith("said Rosa Delgado.")
    check_spans(doc)


@pytest.mark.parametrize(
    ("byline", "authors", "publisher"),
    [
        ("By Maya Okafor and Jon Ito, AP", ["Maya Okafor", "Jon Ito"], "AP"),
        ("Maya Okafor | The Harbor Ledger", ["Maya Okafor"], "The Harbor Ledger"),
        ("Maya Okafor, Staff Writer", ["Maya Okafor"], None),
        ("Okafor, Maya", ["Okafor, Maya"], None),  # surname first: kept whole
        (["Maya Okafor", "Jon Ito"], ["Maya Okafor", "Jon Ito"], None),
    ],
)
def test_a_feed_byline_string_is_read_like_a_by_line(byline, authors, publisher):
    item = {"title": "Harbor Plan Approved", "body": "The plan passed.", "byline": byline}
    [rec], _ = read_file("feed/a.json", json.dumps(item).encode())
    assert [b.name for b in rec.doc.bylines] == authors
    assert rec.doc.publisher == publisher
    check_spans(rec.doc)


def test_one_bad_json_line_rejects_that_line_only():
    lines = [json.dumps(ARTICLE), "{not json", json.dumps({"title": "No body here"})]
    records, _ = read_file("feed/b.jsonl", "\n".join(lines).encode())
    assert [r.index for r in records] == [1, 2, 3]
    assert records[0].doc is not None
    assert "invalid JSON" in records[1].error
    assert "no body" in records[2].error


def test_html_page_main_text_and_metadata():
    [rec], _ = read_file("site/page.html", PAGE.encode())
    doc = rec.doc
    assert doc.title == "Mayor Speaks"
    assert doc.url == "https://ledger.example/a/1"
    assert [b.name for b in doc.bylines] == ["Ana Lima"]
    assert "Subscribe" not in doc.document_text and "Home | News" not in doc.document_text
    assert "We will fix the roads" in doc.body_text
    check_spans(doc)


def test_gzip_is_undone_and_bombs_are_refused():
    [rec], _ = read_file("site/page.html.gz", gzip.compress(PAGE.encode()))
    assert rec.doc.title == "Mayor Speaks"
    bomb = gzip.compress(b"A" * 5_000_000)
    with pytest.raises(DocumentRejected, match="over the limit"):
        read_file("x/bomb.txt.gz", bomb, Limits(decompressed_bytes=1_000_000))


def test_warc_html_responses_become_articles_identified_by_url():
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i, ctype in enumerate(["image/png", "text/html; charset=utf-8", "text/html"]):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/story/{i}", "response",
                payload=io.BytesIO(PAGE.replace("https://ledger.example/a/1", "").encode()),
                http_headers=headers,
            )
        )  # fmt: skip
    records, enc = read_file("crawl/part.warc.gz", buf.getvalue())
    assert enc is None
    assert [r.doc.url for r in records] == [
        "https://news.example/story/1",
        "https://news.example/story/2",
    ]


def test_html_in_a_txt_file_is_sniffed():
    [rec], _ = read_file("dump/page.txt", PAGE.encode())
    assert rec.doc.title == "Mayor Speaks"


def test_parsing_never_opens_a_network_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = (
        '<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" '
        '[<!ENTITY ext SYSTEM "http://127.0.0.1:9/secret">]>'
        '<html><head><title>Remote things</title><link rel="stylesheet" href="http://127.0.0.1:9/s.css">'
        '<script src="http://127.0.0.1:9/a.js"></script></head><body><article>'
        "<h1>Remote things</h1><p>&ext; The mayor, Ana Ruiz, said the pier will reopen in May "
        'after repairs that took two years.</p><img src="http://127.0.0.1:9/i.png">'
        '<iframe src="http://127.0.0.1:9/f"></iframe></article></body></html>'
    )
    [rec], _ = read_file("site/remote.html", page.encode())
    assert rec.doc is not None and "pier will reopen" in rec.doc.document_text
    assert "secret" not in rec.doc.document_text


def test_a_feed_with_its_own_field_names_maps_by_config(monkeypatch):
    item = {
        "webTitle": "Ferry adds a night crossing",
        "fields": {"bodyText": "The harbour authority will run a late ferry from June."},
        "webUrl": "https://example.org/ferry",
    }
    data = json.dumps(item).encode()
    [plain], _ = read_file("feed/g.json", data)
    assert plain.doc is None  # the built-in names do not cover this shape
    monkeypatch.setenv(
        "NEWSDESK_JSON_FIELDS",
        '{"title": ["webTitle"], "body": ["fields.bodyText"], "url": ["webUrl"]}',
    )
    from flows.settings import Settings

    [rec], _ = read_file("feed/g.json", data, json_fields=Settings().field_map())
    assert rec.doc.title == "Ferry adds a night crossing"
    assert "late ferry" in rec.doc.body_text and rec.doc.url == "https://example.org/ferry"
    with pytest.raises(ValueError, match="unknown JSON fields"):
        with_fields({"headline": ["x"]})
