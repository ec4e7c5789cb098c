"""X-Request-ID: the client's when it is sane, else a new one; echoed on every response."""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, has_request_context, request

HEADER = "X-Request-ID"
# Short and plain, so that a client's id can go into logs and headers as it is.
SANE = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def current_request_id() -> str | None:
    """The id of the request being handled, or None outside a request."""
    return g.get("request_id") if has_request_context() else None


def _assign() -> None:
    offered = request.headers.get(HEADER, "")
    g.request_id = offered if SANE.fullmatch(offered) else uuid.uuid4().hex


def _echo(response: Response) -> Response:
    request_id = current_request_id()
    if request_id:
        response.headers[HEADER] = request_id
    return response


def init_app(app: Flask) -> None:
    """Give each request an id before anything else runs, and send it back with the answer."""
    app.before_request_funcs.setdefault(None, []).insert(0, _assign)
    app.after_request(_echo)
