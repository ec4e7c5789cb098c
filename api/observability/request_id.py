"""X-Request-ID: the client's when it is sane, else a new one; echoed on every response.

The id lives in the WSGI environ (set by the access middleware, api/observability/access.py,
before the app sees the request), so that every log line of the request can name it.
"""

from __future__ import annotations

import re
import uuid

from flask import has_request_context, request

HEADER = "X-Request-ID"
ENVIRON_KEY = "copydesk.request_id"
# Where the app leaves its request object (CopydeskFlask.request_context): Flask's context has
# ended by the time the access line is written, and the line still wants the matched route.
REQUEST_KEY = "copydesk.request"
# Short and plain, so that a client's id can go into logs and headers as it is.
SANE = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def current_request_id() -> str | None:
    """The id of the request being handled, or None outside a request."""
    return request.environ.get(ENVIRON_KEY) if has_request_context() else None


def assign(environ: dict) -> str:
    """Give the request in `environ` its id: the one it offers when sane, else a new one.

    Example: `X-Request-ID: abc-123` keeps `abc-123`; `X-Request-ID: has space` gets a uuid4 hex.
    """
    offered = environ.get("HTTP_X_REQUEST_ID", "")
    request_id = environ[ENVIRON_KEY] = offered if SANE.fullmatch(offered) else uuid.uuid4().hex
    return request_id
