"""HTML pages out of a WARC file: each HTML response record as (target URI, date, bytes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from api.parser.errors import ParseError

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html_response(record) -> bool:
    """A response record whose HTTP Content-Type is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return kind in HTML_TYPES


def iter_warc_pages(
    stream: BinaryIO, on_skip: Callable[[], object] | None = None
) -> Iterator[tuple[str, str, bytes, str | None]]:
    """(target URI, WARC date, body bytes, Content-Type) of each HTML response, in file order;
    `on_skip()` is called for every other record (to count them). ParseError when the stream
    is not WARC."""
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(stream):
        if record.format != "warc":  # warcio reads what is not WARC as the older ARC format
            raise ParseError("not a WARC file: a record without a WARC header")
        if not is_html_response(record):
            if on_skip is not None:
                on_skip()
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        date = record.rec_headers.get_header("WARC-Date") or ""
        content_type = record.http_headers.get_header("Content-Type")
        yield uri, date, record.content_stream().read(), content_type
