"""An article's representations as bytes, built once per article version: Copydesk's JSON, the
export text, schema.org JSON-LD, IPTC ninjs and an HTML page (the last three in api/web/jsonld.py,
ninjs.py and article_page.py, from the facts of api/web/article_facts.py).

The bytes are cached in the database (api/store/cache.py), so that reading an article
whose bytes are cached is one indexed query for any worker: no parts loaded, no marshmallow. The
first read of a version caches them, or, for the JSON, the API write that made the version.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import orjson
from flask import Response, current_app, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import NotAcceptable, NotFound
from werkzeug.http import http_date, parse_accept_header, quote_etag
from werkzeug.utils import get_content_type

from api.parser import render
from api.store import articles as store
from api.store import cache as representation_cache
from api.web import article_page, jsonld, ninjs
from api.web.article_facts import gather
from api.web.article_json import article_fields
from api.web.http_cache import strong_matches, version_tag

CHUNK_BYTES = 64 * 1024  # lines are sent in chunks of about this size, not one write per line

JSON, TEXT, JSONLD, NINJS, HTML = "json", "text", "jsonld", "ninjs", "html"
# Each representation's media type; on a tie in `Accept` the earlier wins (JSON is the default,
# and `text/*` means the export text).
MIMETYPES = {
    JSON: "application/json",
    TEXT: "text/plain",
    JSONLD: jsonld.MIMETYPE,
    NINJS: ninjs.MIMETYPE,
    HTML: article_page.MIMETYPE,
}
# Representations holding absolute URLs: their version names the host they were built for.
ABSOLUTE = frozenset({JSONLD, NINJS, HTML})
# Content-Type as werkzeug makes it from the media type (a text type gets its charset).
CONTENT_TYPES = {name: get_content_type(mimetype, "utf-8") for name, mimetype in MIMETYPES.items()}
HEADERS = {HTML: (("Content-Security-Policy", article_page.CSP),)}
# Besides this package's own code, what shapes the bytes of a representation.
SHAPING_LIBRARIES = ("marshmallow", "orjson", "flask", "werkzeug")

log = logging.getLogger(__name__)


class Built(NamedTuple):
    """One representation of one article version, built: its ETag (unquoted), its bytes, and
    whether they were cached for the next read."""

    etag: str
    body: bytes
    cached: bool


def article_bytes(article: store.StoredArticle, representation: str) -> bytes:
    """The article as the API shows it: ArticleSchema JSON, the export text, or a standard."""
    return BUILDERS[representation](article)


BUILDERS: dict[str, Callable[[store.StoredArticle], bytes]] = {
    # The same bytes as flask-smorest's dump of ARTICLE_SCHEMA through the app's orjson provider.
    JSON: lambda article: orjson.dumps(article_fields(article)),
    TEXT: lambda article: render(article.document).encode("utf-8"),
    JSONLD: lambda article: jsonld.jsonld_bytes(gather(article)),
    NINJS: lambda article: ninjs.ninjs_bytes(gather(article)),
    HTML: lambda article: article_page.page_bytes(gather(article)),
}


def negotiate(accept_header: str | None) -> str:
    """The representation an `Accept` header prefers; JSON without one (or when indifferent).

    NotAcceptable (406) naming the media types on offer when it accepts none of them.
    Example: `negotiate("text/html, */*;q=0.1") == HTML`.
    """
    chosen = preferred(accept_header or "")
    if chosen is None:
        raise NotAcceptable(
            "This article is available as " + ", ".join(MIMETYPES.values()) + "; `Accept`"
            " allows none of them."
        )
    return chosen


@lru_cache(maxsize=256)
def preferred(accept_header: str) -> str | None:
    """What negotiate answers (None: 406), remembered per header: clients send the same few
    headers again and again, and weighing five media types against one costs more than the rest
    of a read."""
    accept = parse_accept_header(accept_header, MIMEAccept)
    if not accept:
        return JSON  # no Accept header: any type will do
    quality, _, chosen = max(
        (accept.quality(mimetype), -order, name)
        for order, (name, mimetype) in enumerate(MIMETYPES.items())
    )
    return chosen if quality > 0 else None


def article_etag(article: store.StoredArticle, representation: str) -> str:
    """The ETag value (unquoted) of one representation of this version of the article."""
    return _etag(article.id, article.content_hash, article.updated_at, representation)


def article_response(article_id: int, representation: str, vary: str | None = None) -> Response:
    """200 with the article's representation, its ETag and Last-Modified (and Vary when given);
    NotFound if none.

    Bytes cached for the article's current version are served as they are; otherwise they are
    built from the stored parts and cached for the next read.
    """
    cached = representation_cache.lookup(article_id, representation)
    if cached is None:
        raise NotFound(f"There is no article {article_id}.")
    updated_at, body = cached.updated_at, cached.body
    etag = _etag(article_id, cached.content_hash, updated_at, representation)
    if cached.version != _cached_version(etag):
        article = store.get_article(article_id)
        if article is None:
            raise NotFound(f"There is no article {article_id}.")  # deleted meanwhile
        # Named by the version actually loaded, which may be newer than the one looked up.
        updated_at = article.updated_at
        etag, body, _ = build_and_cache(article, representation)
    # A list with the full Content-Type: werkzeug builds the response's headers from it as they
    # are, rather than a dict's items and the media type's charset looked up on each read.
    headers = article_headers(quote_etag(etag), updated_at, representation, vary)
    return current_app.response_class(
        body, content_type=CONTENT_TYPES[representation], headers=headers
    )


def article_headers(
    etag: str, updated_at: datetime, representation: str, vary: str | None
) -> list[tuple[str, str]]:
    """The headers article_response gives a representation: ETag (quoted), Last-Modified, the
    representation's own, Vary when given."""
    headers = [("ETag", etag), ("Last-Modified", _http_date(updated_at))]
    headers.extend(HEADERS.get(representation, ()))
    if vary:
        headers.append(("Vary", vary))
    return headers


class CachedRead(NamedTuple):
    """What a read serves from the cache: the version's ETag (unquoted), when it changed, bytes."""

    etag: str
    updated_at: datetime
    body: bytes


def cached_read(article_id: int, representation: str, script_root: str) -> CachedRead | None:
    """What article_response serves, for a representation without absolute URLs, when the bytes
    cached are of the article's current version as built under `script_root`; None when it
    would decide otherwise (no such article: 404; nothing current cached: built).

    Reads no Flask request, for api/web/fast_read.py: the same look-up, ETag and version check.
    """
    if representation in ABSOLUTE:
        return None  # their bytes and ETag name the request's host
    cached = representation_cache.lookup(article_id, representation)
    if cached is None or cached.body is None:
        return None
    etag = _etag_at(article_id, cached.content_hash, cached.updated_at, representation, "")
    if cached.version != _cached_version(etag, script_root):
        return None
    return CachedRead(etag, cached.updated_at, cached.body)


def build_and_cache(article: store.StoredArticle, representation: str) -> Built:
    """Build this version's bytes from the loaded article and cache them for every worker's
    next read: the one way bytes get cached, on a read that found none and on a write.

    Example: `build_and_cache(store.get_article(7), JSON).etag` names what GET /articles/7 serves.
    """
    etag = article_etag(article, representation)
    body = article_bytes(article, representation)
    cached = representation_cache.put(article.id, representation, _cached_version(etag), body)
    return Built(etag, body, cached)


class JsonOfWrite:
    """A write's on_stored/on_changed callback: builds and caches the JSON of the version written
    (in the write's transaction), and answers the write with those same bytes: built once.

    Example: `written = JsonOfWrite(); store.ingest_text(text, on_stored=written)`.
    """

    def __init__(self) -> None:
        self.built: Built | None = None

    def __call__(self, article: store.StoredArticle) -> bool:
        self.built = cache_json(article)
        return self.built is not None and self.built.cached

    def reuse_or_cache(self, article: store.StoredArticle) -> None:
        """For a write that wrote nothing (the article was stored already, or a PATCH changed
        nothing): answer with the bytes cached for this version, or build and cache them."""
        cached = representation_cache.lookup(article.id, JSON)
        if cached is None or (cached.content_hash, cached.updated_at) != (
            article.content_hash,
            article.updated_at,
        ):
            return  # deleted or changed since it was loaded: the answer is built from the load
        if is_current_json(cached.version, article.id, cached.content_hash, cached.updated_at):
            self.built = Built(article_etag(article, JSON), cached.body, True)
        else:
            self(article)  # stored before this code, or by the command line

    def response(
        self, article: store.StoredArticle, status: int, headers=None, *, send_etag: bool = False
    ) -> Response:
        """The JSON answer: the bytes built (or found cached) at write, else built now; with
        `send_etag`, the version's ETag for a client's next If-Match."""
        body = self.built.body if self.built else article_bytes(article, JSON)
        response = current_app.response_class(
            body, status=status, mimetype=MIMETYPES[JSON], headers=headers
        )
        if send_etag:
            response.set_etag(article_etag(article, JSON))
        return response


def etag_matches(article_id: int, etags) -> Callable[[str, datetime], bool]:
    """Whether an article version (content_hash, updated_at) is one that `etags` (If-Match)
    names, in any of its representations."""

    def matches(content_hash: str, updated_at: datetime) -> bool:
        versions = {_etag(article_id, content_hash, updated_at, r) for r in MIMETYPES}
        return strong_matches(etags, versions)

    return matches


def cache_json(article: store.StoredArticle) -> Built | None:
    """On a write: cache the JSON of the version just written, so that its first GET is a cached
    read. What was built; None when building failed, which is logged, never raised: the write
    stands without it.

    Called inside the write's transaction, the bytes commit with it (representation_cache.cache).
    The text representation stays lazy: few clients ask for it.
    """
    try:
        return build_and_cache(article, JSON)
    except Exception:  # a cache must not fail the write it follows, whatever went wrong
        log.warning("article %s: JSON not cached at write", article.id, exc_info=True)
        return None


def is_current_json(version: str | None, article_id, content_hash, updated_at) -> bool:
    """Whether cached bytes named `version` are the JSON this article version serves here (under
    this request's script root, with this code); False for nothing cached (None)."""
    return version == _cached_version(_etag(article_id, content_hash, updated_at, JSON))


def _cached_version(etag: str, script_root: str | None = None) -> str:
    """What cached bytes with this ETag are named by: links inside them start with the script
    root (the request's unless given), so a differently mounted app builds and caches its own."""
    return etag + (request.script_root if script_root is None else script_root)


def _etag(article_id, content_hash, updated_at, representation) -> str:
    host_url = request.host_url if representation in ABSOLUTE else ""
    return _etag_at(article_id, content_hash, updated_at, representation, host_url)


def _etag_at(article_id, content_hash, updated_at, representation, host_url: str) -> str:
    # The code that builds the bytes is part of their version: after an upgrade, bytes cached by
    # older code are built again, and clients holding them see a new ETag.
    code = code_fingerprint()
    return _version_etag(article_id, content_hash, updated_at, representation, host_url, code)


# Reads of the same article version ask again and again: a hash and two date formats a read.
@lru_cache(maxsize=4096)
def _version_etag(article_id, content_hash, updated_at, representation, host_url, code) -> str:
    parts = (article_id, content_hash, updated_at.isoformat(), representation)
    if host_url:
        parts += (host_url,)
    return version_tag(*parts, code)


_http_date = lru_cache(maxsize=4096)(http_date)


@cache
def code_fingerprint() -> str:
    """A hash of this package's source and of the libraries that shape its output."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    for library in SHAPING_LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.hexdigest()


def export_lines(query) -> Iterator[bytes]:
    """The selected articles as NDJSON lines (the JSON of GET /articles/{id}), in chunks."""
    return _chunked(article_bytes(a, JSON) + b"\n" for a in store.walk_articles(query))


def _chunked(lines: Iterable[bytes]) -> Iterator[bytes]:
    buffer: list[bytes] = []
    size = 0
    for line in lines:
        buffer.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)
