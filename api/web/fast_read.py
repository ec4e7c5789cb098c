"""GET /articles/{id} answered from its cached bytes without Flask's request cycle.

Flask's cycle (request and app contexts, routing, the hooks, flask-smorest's wrapper, the view, a
Response and its headers) is most of what a cached read costs beyond bare Flask. The common read
is simple: an id in the path, no query string, JSON or the export text, no key or a valid one.
This path answers exactly that, applying each hook's rule as the hook applies it:
- the database connection checked out, and parked with the thread after (api/web/database.py);
- the key check: a read needs none unless READ_REQUIRES_KEY; a key sent must be valid, and its
  use is recorded (api/web/auth.py);
- the query-string guard: with no query string there is nothing to check (api/web/query_guard.py);
- the view: the bytes cached for the article's current version, its ETag and Last-Modified,
  `Vary: Accept` (api/web/representations.py);
- HTTP caching: Cache-Control, `Vary: Accept-Encoding`, gzip, 304 for a current If-None-Match
  (api/web/http_cache.py).
The request id, the access line, the metrics and the security headers come from the WSGI
middleware around the app, as for every request.

Everything else falls through to Flask, which answers it as before: another method, path or a
query string, a path outside the mount, an `Accept` wanting another representation (or none: 406),
If-Modified-Since without If-None-Match, an unknown or revoked key (401), an article that is not
there (404) or has no current bytes cached (the view builds them), a database error; and every
request of an app whose hooks are not the ones above (rate limits or CORS on, a hook added) or
whose Flask signals have receivers. tests/web/test_fast_read.py holds the two paths' answers,
log lines and metrics equal.
"""

from __future__ import annotations

import re

from flask import Flask
from flask.signals import (
    appcontext_popped,
    appcontext_pushed,
    appcontext_tearing_down,
    request_finished,
    request_started,
    request_tearing_down,
)
from werkzeug.http import parse_etags, quote_etag

from api.observability import request_id
from api.observability.access import openapi_path
from api.observability.request_id import ROUTE_KEY
from api.store.db import check_in, check_out
from api.values import MAX_ID
from api.web import auth, database, http_cache, mount, query_guard
from api.web.mount import OUTSIDE
from api.web.representations import (
    CONTENT_TYPES,
    JSON,
    TEXT,
    CachedRead,
    article_headers,
    cached_read,
    preferred,
)

ENDPOINT = "articles.article"
# Ids as the route's int converter takes them, written the one way: ASCII digits, no leading 0
# (werkzeug also takes "01" and other scripts' digits: Flask answers those).
ARTICLE_PATH = re.compile(r"/articles/([1-9][0-9]{0,18})")
VARY = "Accept"  # the view negotiates
SERVED = frozenset({JSON, TEXT})  # the others hold absolute URLs: their bytes name the host
READ_METHODS = ("GET", "HEAD")
OK, NOT_MODIFIED = "200 OK", "304 NOT MODIFIED"  # as werkzeug writes the status lines
# Flask's environ key for a test client kept open (`with client:`): the test reads the request.
PRESERVE_CONTEXT = "werkzeug.debug.preserve_context"


class FastReads:
    """Answers a cached read of one article, or None to leave the request to Flask."""

    def __init__(self, app: Flask):
        self.app = app
        self.gzip_cache = app.extensions["http_cache"]
        self.route: str | None = None  # the article route as the access line names it
        self.known: bool | None = None  # whether the app is as this path knows it; None: not yet

    def __call__(self, environ: dict, start_response):
        """The body of the answer, having started the response; None when Flask must answer."""
        asked = self._asked(environ)
        if asked is None or not self._ready():
            return None
        article_id, representation, token = asked
        found = self._cached(environ, article_id, representation, token)
        if found is None:
            return None
        status, headers, body = answer(environ, representation, found, self.gzip_cache)
        environ[ROUTE_KEY] = (environ["PATH_INFO"], self.route)
        start_response(status, headers)
        return body

    def _asked(self, environ: dict) -> tuple[int, str, str | None] | None:
        """(article id, representation, bearer token) of a read this path may answer."""
        if environ.get("REQUEST_METHOD") not in READ_METHODS or environ.get("QUERY_STRING"):
            return None
        match = ARTICLE_PATH.fullmatch(environ.get("PATH_INFO", ""))
        if match is None or OUTSIDE in environ or PRESERVE_CONTEXT in environ:
            return None
        if "HTTP_IF_MODIFIED_SINCE" in environ and "HTTP_IF_NONE_MATCH" not in environ:
            return None
        if not environ.get("SCRIPT_NAME", "").isascii():
            return None  # werkzeug decodes it as UTF-8: its bytes name the cached version
        article_id = int(match[1])
        representation = preferred(environ.get("HTTP_ACCEPT") or "")
        if article_id > MAX_ID or representation not in SERVED:
            return None
        token = auth.token_in(environ)
        if token is None and self.app.config["READ_REQUIRES_KEY"]:
            return None  # 401
        return article_id, representation, token

    def _ready(self) -> bool:
        """Whether Flask's cycle would do no more than this path does, for this request."""
        if self.known is None:
            # Decided once Flask has answered a request: from then on it refuses new hooks.
            if not self.app._got_first_request:
                return False
            self.known = self._app_is_as_known()
        return self.known and not _heard()

    def _app_is_as_known(self) -> bool:
        app = self.app
        before = [database.connect, auth.authorize, query_guard.check_query_string]
        if "mount" in app.extensions:
            before.insert(0, mount.refuse_outside)
        hooks = (
            dict(app.before_request_funcs),
            dict(app.after_request_funcs),
            dict(app.teardown_request_funcs),
        )
        expected = ({None: before}, {None: [http_cache.after_request]}, {None: [database.release]})
        if hooks != expected or app.teardown_appcontext_funcs:
            return False
        if any(app.url_value_preprocessors.values()) or app.url_map.host_matching:
            return False
        if app.config["SERVER_NAME"] is not None or app.config["TRUSTED_HOSTS"] is not None:
            return False  # routing would look at the host
        view = app.view_functions.get(ENDPOINT)
        if (
            view is None
            or getattr(view, "public", False)
            or getattr(view, "without_database", False)
        ):
            return False  # the key check and the connection would be skipped
        rule, arguments = app.url_map.bind("localhost").match(
            f"/articles/{MAX_ID}", "HEAD", return_rule=True
        )
        if rule.endpoint != ENDPOINT or arguments != {"article_id": MAX_ID}:
            return False
        self.route = openapi_path(rule.rule)
        return True

    def _cached(
        self, environ: dict, article_id: int, representation: str, token: str | None
    ) -> CachedRead | None:
        """What the view serves from the cache; None when Flask must answer (401, 404, bytes to
        build, an error). A line logged meanwhile names the request, as under Flask."""
        named = request_id.answering(environ)
        try:
            return _look_up(environ, article_id, representation, token)
        finally:
            request_id.answered(named)


def _look_up(
    environ: dict, article_id: int, representation: str, token: str | None
) -> CachedRead | None:
    """The key check and the cache look-up, the connection checked out and back in as the
    database hooks do (handed back when something failed)."""
    try:
        check_out()
    except Exception:
        return None  # Flask tries again and answers the error
    failed = False
    try:
        if token is not None and not auth.reads_with(token):
            return None
        script_root = environ.get("SCRIPT_NAME", "").rstrip("/")
        return cached_read(article_id, representation, script_root)
    except Exception:
        failed = True
        return None
    finally:
        check_in(keep=not failed)


def _heard() -> bool:
    """Whether anything listens to the signals Flask sends for each request it answers."""
    return bool(
        request_started.receivers
        or request_finished.receivers
        or request_tearing_down.receivers
        or appcontext_pushed.receivers
        or appcontext_popped.receivers
        or appcontext_tearing_down.receivers
    )


def answer(
    environ: dict, representation: str, found: CachedRead, gzip_cache: http_cache.LRU
) -> tuple[str, list[tuple[str, str]], tuple | list]:
    """(status line, headers, body) as the view's response becomes after HTTP caching's
    after_request (http_cache.after_request) and werkzeug: the same headers in the same order."""
    etag, body = found.etag, found.body
    content_type = CONTENT_TYPES[representation]
    vary = VARY
    compress = len(body) >= http_cache.GZIP_MIN_BYTES and http_cache.compressible_type(content_type)
    if compress:
        vary = http_cache.vary_with(vary, "Accept-Encoding")  # caches must know, gzip or not
        compress = http_cache.allows_gzip(environ.get("HTTP_ACCEPT_ENCODING", ""))
    quoted = quote_etag(etag + http_cache.GZIP_SUFFIX if compress else etag)
    cache_control = ("Cache-Control", http_cache.CACHE_CONTROL)
    client_tags = environ.get("HTTP_IF_NONE_MATCH")
    if client_tags is not None and http_cache.matches(parse_etags(client_tags), etag):
        # A 304 repeats ETag, Vary and Cache-Control; the body's own headers go.
        return NOT_MODIFIED, [("ETag", quoted), ("Vary", vary), cache_control], ()
    if compress:
        body = http_cache.gzipped(body, etag, gzip_cache)
    headers = article_headers(quoted, found.updated_at, representation, vary)
    headers += [("Content-Type", content_type), ("Content-Length", str(len(body))), cache_control]
    if compress:
        headers.append(("Content-Encoding", "gzip"))
    return OK, headers, (() if environ["REQUEST_METHOD"] == "HEAD" else [body])


def init_app(app: Flask) -> None:
    """Answer cached reads of one article without Flask's cycle; call it after every hook."""
    app.fast_reads = FastReads(app)
