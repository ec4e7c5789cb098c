"""X-Request-ID: the client's when it is sane, else a new one; echoed on every response.

The id lives in the WSGI environ (set by the access middleware, api/observability/access.py,
before the app sees the request), so that every log line of the request can name it.
"""

from __future__ import annotations

import os
import re
from contextvars import ContextVar, Token

from flask import has_request_context, request

HEADER = "X-Request-ID"
ENVIRON_KEY = "copydesk.request_id"
# Where the app leaves its request object (CopydeskFlask.request_context): Flask's context has
# ended by the time the access line is written, and the line still wants the matched route.
REQUEST_KEY = "copydesk.request"
# Where a read answered without Flask's request (api/web/fast_read.py) leaves (path, route) for
# the access line: the path it saw and its route as an OpenAPI path.
ROUTE_KEY = "copydesk.route"
# Short and plain, so that a client's id can go into logs and headers as it is.
SANE = re.compile(r"[A-Za-z0-9._:-]{1,128}")


# The id of a request answered outside Flask's request context (api/web/fast_read.py), for the
# log lines written meanwhile (a key's use not recorded, peewee's statements at DEBUG).
_ANSWERING: ContextVar[str | None] = ContextVar("copydesk_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being handled, or None outside a request."""
    if has_request_context():
        return request.environ.get(ENVIRON_KEY)
    return _ANSWERING.get()


def answering(environ: dict) -> Token:
    """Name the request in `environ` in log lines until `answered(token)`, outside Flask."""
    return _ANSWERING.set(environ.get(ENVIRON_KEY))


def answered(token: Token) -> None:
    """Stop naming the request that `answering` named."""
    _ANSWERING.reset(token)


def assign(environ: dict) -> str:
    """Give the request in `environ` its id: the one it offers when sane, else a new one.

    Example: `X-Request-ID: abc-123` keeps `abc-123`; `X-Request-ID: has space` gets 32 random
    hex digits (as random as a uuid4, without building a UUID object on every request).
    """
    offered = environ.get("HTTP_X_REQUEST_ID")
    if offered and SANE.fullmatch(offered):
        request_id = offered
    else:
        request_id = os.urandom(16).hex()
    environ[ENVIRON_KEY] = request_id
    return request_id
