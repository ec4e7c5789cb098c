"""Conditional GET and gzip for every GET: ETag, Last-Modified, 304 Not Modified, compression."""

from __future__ import annotations

import gzip
import hashlib
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from apispec import BasePlugin
from flask import Flask, Response, current_app, request
from werkzeug.http import parse_accept_header, remove_entity_headers, unquote_etag

GZIP_MIN_BYTES = 1024  # below this the gzip header and a round trip's CPU outweigh the saving
GZIP_LEVEL = 6
GZIP_SUFFIX = "-gzip"  # the gzip-coded representation's ETag is the identity one plus this
GZIP_CACHE_BYTES = 16 * 1024 * 1024  # per worker: compressed bodies by ETag
COMPRESSIBLE = {
    "application/json",
    "application/ld+json",
    "application/ninjs+json",
    "application/feed+json",
    "application/atom+xml",
    "application/problem+json",
    "application/x-ndjson",
    "application/yaml",
}
NOT_MODIFIED = {
    "description": "Not Modified: the copy that `If-None-Match` (or, without it,"
    " `If-Modified-Since`) names is current. No body.",
    "headers": {"ETag": "ETag"},
}
CACHE_CONTROL = "no-cache"  # stored copies are fine, but must be revalidated (cheaply, by ETag)


class LRU:
    """A thread-safe least-recently-used map, bounded by the total len() of its values (bytes)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        """The value for key (now the most recently used), or None."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        """Keep value under key, dropping the least recently used entries beyond the bound."""
        if len(value) > self.max_bytes // 8:
            return  # one huge body must not flush everything else
        with self._lock:
            old = self._items.pop(key, None)
            self.size += len(value) - (len(old) if old is not None else 0)
            self._items[key] = value
            while self.size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self.size -= len(dropped)


def version_tag(*parts: object) -> str:
    """An ETag value (unquoted) naming one version of a representation: a hash of its parts."""
    key = "\x1f".join(str(part) for part in parts).encode()
    return hashlib.blake2b(key, digest_size=16).hexdigest()


def body_tag(body: bytes) -> str:
    """An ETag value (unquoted) for a body nobody tagged: the hash of its bytes."""
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def matches(header_tags, etag: str) -> bool:
    """Whether If-None-Match / If-Match tags name this representation (weak comparison, `*`).

    The gzip-coded form ("abc-gzip") names the same representation as "abc".
    """
    if header_tags.star_tag:
        return True
    return any(tag.removesuffix(GZIP_SUFFIX) == etag for tag in _tags(header_tags, weak=True))


def strong_matches(header_tags, etags: Iterable[str]) -> bool:
    """Whether If-Match names one of these current tags (strong comparison: W/ never matches)."""
    if header_tags.star_tag:
        return True
    wanted = set(etags)
    return any(tag.removesuffix(GZIP_SUFFIX) in wanted for tag in _tags(header_tags, weak=False))


def _tags(header_tags, *, weak: bool) -> set[str]:
    """The tags of an If-(None-)Match header; werkzeug reads an empty `""` as None: no tag."""
    return {tag for tag in header_tags.as_set(weak) if tag}


def accepts_gzip() -> bool:
    """Whether the request's Accept-Encoding allows gzip (an absent header allows nothing)."""
    return allows_gzip(request.environ.get("HTTP_ACCEPT_ENCODING", ""))


@lru_cache(maxsize=256)
def allows_gzip(accept_encoding: str) -> bool:
    """accepts_gzip's answer for one header value: clients send the same few again and again."""
    return parse_accept_header(accept_encoding).quality("gzip") > 0


def add_vary(response: Response, field: str) -> None:
    """Add `field` to the response's Vary header unless it names it already.

    Example: Vary `Accept` becomes `Accept, Accept-Encoding`.
    """
    _add_vary(response.headers, _present(response.headers).get("vary"), field)


def _present(headers) -> dict[str, str]:
    """The headers by lower-case name (the first of a repeated one, as Headers.get answers),
    read in one pass. Headers' own look-ups scan the list once per name, and one for a name
    that is absent raises (and catches) an HTTP exception."""
    present: dict[str, str] = {}
    for name, value in headers.items():
        present.setdefault(name.lower(), value)
    return present


def _add_vary(headers, vary: str | None, field: str) -> None:
    value = vary_with(vary, field)
    if value != vary:
        headers.set("Vary", value)


@lru_cache(maxsize=256)
def vary_with(vary: str | None, field: str) -> str:
    """A Vary value that also names `field` (the same few values come again and again)."""
    if not vary:
        return field
    if field.lower() in {name.strip().lower() for name in vary.split(",")}:
        return vary
    return f"{vary}, {field}"


def _compressible(response: Response) -> bool:
    present = _present(response.headers)
    return compressible_type(present.get("content-type")) and "content-encoding" not in present


@lru_cache(maxsize=64)
def compressible_type(content_type: str | None) -> bool:
    mimetype = (content_type or "").split(";", 1)[0].strip().lower()
    return mimetype.startswith("text/") or mimetype in COMPRESSIBLE


def _not_modified(etag: str, response: Response) -> bool:
    # RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
    environ = request.environ
    if "HTTP_IF_NONE_MATCH" in environ:
        return matches(request.if_none_match, etag)
    if "HTTP_IF_MODIFIED_SINCE" not in environ:
        return False  # most requests: neither header is parsed, nor Last-Modified parsed back
    since = request.if_modified_since
    if since is None:
        return False
    last_modified = response.last_modified
    return last_modified is not None and last_modified.replace(microsecond=0) <= since


def _make_304(response: Response) -> Response:
    response.set_data(b"")
    response.status_code = 304
    # Keeps ETag, Vary and Cache-Control, which a 304 must repeat; drops the body's headers.
    remove_entity_headers(response.headers)
    return response


class GzipStream:
    """A streamed body compressed chunk by chunk, each flushed so that readers get whole lines."""

    def __init__(self, chunks: Iterable[bytes]):
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip
        for chunk in self.chunks:
            data = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
            if data:
                yield data
        yield compressor.flush()

    def close(self) -> None:
        """Close the stream underneath, even one never started (ends its request context)."""
        close = getattr(self.chunks, "close", None)
        if close is not None:
            close()


def _finish_stream(response: Response) -> Response:
    """A streamed body gets no validators (it is never in memory), only gzip on the fly."""
    if response.direct_passthrough or not _compressible(response):
        return response  # files (Swagger UI's assets) go out as they are
    add_vary(response, "Accept-Encoding")
    if accepts_gzip():
        response.response = GzipStream(response.response)
        response.headers["Content-Encoding"] = "gzip"
        response.headers.pop("Content-Length", None)
    return response


def after_request(response: Response) -> Response:
    """Give a 200 GET/HEAD response its ETag, answer 304 when the client's copy is current, gzip."""
    environ = request.environ  # one context look-up for the request's headers below
    if response.status_code != 200 or environ["REQUEST_METHOD"] not in ("GET", "HEAD"):
        return response
    if response.is_streamed:
        return _finish_stream(response)
    headers = response.headers
    present = _present(headers)
    tagged = present.get("etag")  # set by a view that names its version; else hash the body
    # A tagged body is read only to be compressed: its size is in Content-Length.
    body = None if tagged else response.get_data()
    size = len(body) if body is not None else _declared_size(present, response)
    etag = _unquoted(tagged) if tagged else body_tag(body)
    if "cache-control" not in present:
        headers.add("Cache-Control", CACHE_CONTROL)
    compress = (
        size >= GZIP_MIN_BYTES
        and compressible_type(present.get("content-type"))
        and "content-encoding" not in present
    )
    if compress:
        # Even when not compressed: caches must know.
        _add_vary(headers, present.get("vary"), "Accept-Encoding")
        compress = allows_gzip(environ.get("HTTP_ACCEPT_ENCODING", ""))
    if compress or not tagged:
        response.set_etag(etag + GZIP_SUFFIX if compress else etag)
    if _not_modified(etag, response):
        return _make_304(response)
    if compress:
        response.set_data(gzipped(response.get_data(), etag, current_app.extensions["http_cache"]))
        headers["Content-Encoding"] = "gzip"
    return response


def _declared_size(present: dict[str, str], response: Response) -> int:
    """The body's size from its Content-Length, or from the body when none is declared."""
    declared = present.get("content-length", "")
    return int(declared) if declared.isdigit() else len(response.get_data())


@lru_cache(maxsize=4096)  # a view's tags repeat with each read of the same version
def _unquoted(etag: str) -> str:
    return unquote_etag(etag)[0]


def gzipped(body: bytes, etag: str, cache: LRU) -> bytes:
    """The body compressed, cached by its ETag (which names exactly these bytes)."""
    data = cache.get(etag)
    if data is None:
        data = gzip.compress(body, GZIP_LEVEL, mtime=0)  # mtime 0: the same bytes every time
        cache.put(etag, data)
    return data


class ConditionalGetPlugin(BasePlugin):
    """Documents on every GET the ETag and Last-Modified headers and the 304 answer."""

    def init_spec(self, spec) -> None:
        """Register the header components the operations refer to."""
        self.spec = spec
        spec.components.header(
            "ETag",
            {
                "description": "Names this version of the representation; send it back in"
                " `If-None-Match` to get 304 while it is current (or in `If-Match` to PATCH).",
                "schema": {"type": "string"},
            },
        )

    def operation_helper(self, path=None, operations=None, **kwargs) -> None:
        """Add the 304 response and the validator headers to each buffered GET."""
        operation = (operations or {}).get("get")
        if operation is None:
            return
        ok = operation.get("responses", {}).get(200)  # flask-smorest keys statuses by int
        if not isinstance(ok, dict) or "application/x-ndjson" in ok.get("content", {}):
            return  # streamed: no validators
        ok.setdefault("headers", {})["ETag"] = "ETag"
        operation["responses"][304] = NOT_MODIFIED


def init_app(app: Flask, api) -> None:
    """Answer conditional GETs and compress for this app; document it in the app's spec."""
    app.extensions["http_cache"] = LRU(GZIP_CACHE_BYTES)
    app.after_request(after_request)
    plugin = ConditionalGetPlugin()
    api.spec.plugins.append(plugin)  # before the blueprints register, so it sees every path
    plugin.init_spec(api.spec)
