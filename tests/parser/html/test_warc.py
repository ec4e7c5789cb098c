"""WARC: every HTML response record as (URI, date, bytes, Content-Type); the rest skipped."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from api.parser import parse_html
from api.parser.html import iter_warc_pages
from tests.parser.html.pages import page, paragraphs


def warc(records: list[tuple[str, str, bytes]], gzip: bool = True) -> io.BytesIO:
    """A WARC in memory with one response record per (URI, content type, body)."""
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzip)
    for uri, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
        )
        writer.write_record(record)
    writer.write_record(
        writer.create_warc_record("https://n.example/", "warcinfo", payload=io.BytesIO(b"x"))
    )
    stream.seek(0)
    return stream


# warcio's writer (used here only to build the file) leaves a spooled temporary file unclosed.
WRITER_TEMPFILE = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@WRITER_TEMPFILE
def test_html_responses_come_out_in_order_and_others_are_skipped():
    html = page(paragraphs(3)).encode()
    stream = warc(
        [
            ("https://n.example/a", "text/html; charset=utf-8", html),
            ("https://n.example/logo.png", "image/png", b"\x89PNG"),
            ("https://n.example/b", "application/xhtml+xml", html),
        ]
    )
    pages = list(iter_warc_pages(stream))
    assert [(uri, body) for uri, _, body, _ in pages] == [
        ("https://n.example/a", html),
        ("https://n.example/b", html),
    ]
    assert all(date.startswith("20") for _, date, _, _ in pages)
    uri, _, body, content_type = pages[0]
    assert parse_html(body, url=uri, content_type=content_type).url == "https://n.example/a"


@WRITER_TEMPFILE
def test_an_uncompressed_warc():
    stream = warc([("https://n.example/c", "text/html", b"<p>x</p>")], gzip=False)
    assert [uri for uri, *_ in iter_warc_pages(stream)] == ["https://n.example/c"]
