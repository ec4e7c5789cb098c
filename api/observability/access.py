"""One access log line and one metrics observation per request, when its body has been sent."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from flask import Flask, Response, g, request
from flask_smorest.spec.plugins import FlaskPlugin

from api.observability import metrics
from api.observability.request_id import current_request_id

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
    bytes: int = 0

    def finish(self) -> None:
        """Log the access line and count the request (the body is sent: the timing is whole)."""
        seconds = time.perf_counter() - self.started
        metrics.observe_request(self.endpoint, self.method, self.status, seconds)
        log.info(
            "%s %s %s",
            self.method,
            self.path,
            self.status,
            extra={
                "request_id": self.request_id,
                "method": self.method,
                "path": self.path,
                "endpoint": self.endpoint,
                "status": self.status,
                "duration_ms": round(seconds * 1000, 2),
                "remote_addr": self.remote_addr,
                "response_bytes": self.bytes,
            },
        )


class CountedBody:
    """A streamed body that counts the bytes it hands to the server."""

    def __init__(self, chunks: Iterable[bytes], exchange: Exchange):
        self.chunks = chunks
        self.exchange = exchange

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.exchange.bytes += len(chunk)
            yield chunk

    def close(self) -> None:
        """Close the stream underneath (it ends the request context of a streamed export)."""
        close = getattr(self.chunks, "close", None)
        if close is not None:
            close()


def route_template() -> str:
    """The matched route as an OpenAPI path (`/articles/{article_id}`): a bounded label."""
    rule = request.url_rule
    return _openapi_path(rule.rule) if rule is not None else metrics.UNMATCHED


@cache  # one entry per route of the app
def _openapi_path(rule: str) -> str:
    return FlaskPlugin.flaskpath2openapi(rule)


def _start() -> None:
    g.started = time.perf_counter()


def _track(response: Response) -> Response:
    exchange = Exchange(
        request_id=current_request_id(),
        method=request.method,
        path=request.path,
        endpoint=route_template(),
        status=response.status_code,
        remote_addr=request.remote_addr,
        started=g.get("started", time.perf_counter()),
    )
    if response.is_streamed and not response.direct_passthrough:
        response.response = CountedBody(response.response, exchange)
    else:
        exchange.bytes = response.content_length or 0
    # After the server has sent the body and closed it: outside the request, hence `exchange`.
    response.call_on_close(exchange.finish)
    return response


def init_app(app: Flask) -> None:
    """Time every request of this app; register it before other hooks so that it sees their work.

    Flask runs after_request hooks in reverse order: registered first, this one runs last and
    sees the final status, headers and (gzip-coded) body.
    """
    app.before_request(_start)
    app.after_request(_track)
