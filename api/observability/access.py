"""One access log line and one metrics observation per request, when its body has been sent.

A WSGI middleware rather than Flask hooks: it reads the environ and the status line directly,
which costs a cached read a fraction of what request hooks and Flask's context proxies did, and
it sees every answer, those of the middleware further in included.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from flask import Flask
from flask_smorest.spec.plugins import FlaskPlugin

from api.observability import metrics, request_id
from api.observability.logs import json_line, json_stream_handlers, write_line
from api.values import process_id

log = logging.getLogger("copydesk.access")


@dataclass
class Exchange:
    """What the access line says about one request; filled in as its response goes out."""

    request_id: str | None
    method: str
    path: str
    endpoint: str
    status: int
    remote_addr: str | None
    started: float
    bytes: int = -1  # not known yet: counted as the body goes out unless its length is declared

    def finish(self) -> None:
        """Log the access line and count the request (the body is sent: the timing is whole)."""
        seconds = time.perf_counter() - self.started
        metrics.observe_request(self.endpoint, self.method, self.status, seconds)
        if not log.isEnabledFor(logging.INFO):
            return
        fields = {
            "request_id": self.request_id,
            "method": self.method,
            "path": self.path,
            "endpoint": self.endpoint,
            "status": self.status,
            "duration_ms": round(seconds * 1000, 2),
            "remote_addr": self.remote_addr,
            "response_bytes": self.bytes,
        }
        args = (self.method, self.path, self.status)
        handlers = json_stream_handlers(log, logging.INFO)
        if handlers is None:
            log.handle(_record(args, fields, time.time()))
            return
        # Plain JSON lines to a stream (gunicorn.conf.py's set-up): the line JsonFormatter would
        # make of the record, written as its handler would, without the record (most of the
        # line's cost: the record, the logger's and handlers' walk, the formatter's own).
        now = time.time()
        message = "%s %s %s" % args  # noqa: UP031 (the record's message, as logging makes it)
        line = json_line(now, "INFO", log.name, message, process_id(), self.request_id, fields)
        write_line(handlers, line, lambda: _record(args, fields, now))


def _record(args: tuple, extra: dict, now: float) -> logging.LogRecord:
    """The access line's record, with the attributes `log.makeRecord` gives it.

    Most of them (logger, level, place, thread, process) are the same on every line a thread
    writes: they are copied from a record made once per thread, which costs a fraction of
    making each one afresh. The message's arguments, the time and the extras are the line's own.
    """
    base = _thread_record(threading.current_thread(), process_id())
    record = object.__new__(type(base))
    record.__dict__ = {
        **base.__dict__,
        "args": args,
        "created": now,
        "msecs": int((now - int(now)) * 1000) + 0.0,  # as LogRecord computes them
        "relativeCreated": base.relativeCreated + (now - base.created) * 1000,
        **extra,
    }
    return record


@lru_cache(maxsize=64)  # one per thread of the worker (a thread object, not a reusable ident)
def _thread_record(thread: threading.Thread, pid: int) -> logging.LogRecord:
    return log.makeRecord(log.name, logging.INFO, __file__, 0, "%s %s %s", (), None, func="finish")


class AccessLog:
    """WSGI middleware: a request id before the app runs, echoed in X-Request-ID, and the
    access line and metrics once the server has sent the body and closed it."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        exchange = Exchange(
            request_id=request_id.assign(environ),
            method=environ.get("REQUEST_METHOD", ""),
            path="",
            endpoint=metrics.UNMATCHED,
            status=500,
            remote_addr=None,
            started=started,
        )

        def start_with_id(status, headers, exc_info=None):
            exchange.status = int(status[:3])
            for name, value in headers:
                if name.lower() == "content-length" and value.isdigit():
                    exchange.bytes = int(value)
            headers.append((request_id.HEADER, exchange.request_id))
            return start_response(status, headers, exc_info)

        try:
            chunks = self.wsgi_app(environ, start_with_id)
        except BaseException:
            _describe(exchange, environ)
            exchange.finish()  # the server answers 500: the line says so
            raise
        _describe(exchange, environ)
        return LoggedBody(chunks, exchange)


class LoggedBody:
    """A response body that logs its exchange when the server closes it, counting the bytes it
    hands over when the response declared no Content-Length (streams, 304s)."""

    __slots__ = ("chunks", "exchange")

    def __init__(self, chunks: Iterable[bytes], exchange: Exchange):
        self.chunks = chunks
        self.exchange = exchange

    def __iter__(self) -> Iterator[bytes]:
        if self.exchange.bytes >= 0:
            return iter(self.chunks)
        self.exchange.bytes = 0
        return self._counted()

    def _counted(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.exchange.bytes += len(chunk)
            yield chunk

    def close(self) -> None:
        """Close the body underneath (it ends a streamed export's request), then log."""
        try:
            close = getattr(self.chunks, "close", None)
            if close is not None:
                close()
        finally:
            self.exchange.bytes = max(self.exchange.bytes, 0)
            self.exchange.finish()


def _describe(exchange: Exchange, environ: dict) -> None:
    """Fill in what the app worked out: the path it saw (under its mount), the route it
    matched and the client's address (after any trusted proxy's headers)."""
    route = environ.pop(request_id.ROUTE_KEY, None)
    request = environ.pop(request_id.REQUEST_KEY, None)
    if route is not None:
        exchange.path, exchange.endpoint = route
    elif request is not None:
        exchange.path = request.path
        rule = request.url_rule
        if rule is not None:
            exchange.endpoint = openapi_path(rule.rule)
    else:
        exchange.path = environ.get("PATH_INFO") or "/"
    exchange.remote_addr = environ.get("REMOTE_ADDR")


@cache  # one entry per route of the app
def openapi_path(rule: str) -> str:
    """A URL rule as an OpenAPI path (`/articles/{article_id}`): a bounded metrics label."""
    return FlaskPlugin.flaskpath2openapi(rule)


def init_app(app: Flask) -> None:
    """Give every request an id and an access line; call it after the middleware whose work the
    line should see (the mount, trusted proxies), so that it wraps them."""
    app.wsgi_app = AccessLog(app.wsgi_app)
