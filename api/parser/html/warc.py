"""HTML pages out of a WARC file: each HTML response record as (target URI, date, bytes)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html_response(record) -> bool:
    """A response record whose HTTP Content-Type is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return kind in HTML_TYPES


def iter_warc_pages(stream: BinaryIO) -> Iterator[tuple[str, str, bytes, str | None]]:
    """(target URI, WARC date, body bytes, Content-Type) of each HTML response, in file order."""
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(stream):
        if not is_html_response(record):
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        date = record.rec_headers.get_header("WARC-Date") or ""
        content_type = record.http_headers.get_header("Content-Type")
        yield uri, date, record.content_stream().read(), content_type
