"""A WSGI app for the worker's tests: `/sleep/N` answers after N seconds, any other path at once."""

from __future__ import annotations

import time


def app(environ, start_response):
    """200 with the path as the body, after sleeping N seconds for `/sleep/N`."""
    path = environ.get("PATH_INFO", "")
    if path.startswith("/sleep/"):
        time.sleep(float(path.removeprefix("/sleep/")))
    body = path.encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]
