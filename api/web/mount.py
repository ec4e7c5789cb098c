"""Serving under a path (SCRIPT_NAME): the app mounts itself, and answers any other path with a
problem naming the mount.

gunicorn strips SCRIPT_NAME itself when it finds it in its environment, but answers a path
outside it with an HTML error page of its own ("500 Bad Request") before the app sees the
request. gunicorn.conf.py therefore takes SCRIPT_NAME out of each worker's environment once the
app has read it (`Settings.script_name`), and this middleware does the mounting instead.
"""

from __future__ import annotations

from flask import Flask, current_app, request
from werkzeug.exceptions import NotFound

# The environ key that marks a request for a path outside the mount.
OUTSIDE = "copydesk.outside_mount"


class Mount:
    """WSGI middleware: `/copydesk/articles` reaches the app as SCRIPT_NAME + `/articles`."""

    def __init__(self, wsgi_app, prefix: str):
        self.wsgi_app = wsgi_app
        self.prefix = prefix

    def __call__(self, environ, start_response):
        # A server or proxy that mounted the app already (SCRIPT_NAME set) is believed as it is.
        if not environ.get("SCRIPT_NAME"):
            path = environ.get("PATH_INFO") or "/"
            if path == self.prefix or path.startswith(self.prefix + "/"):
                environ["SCRIPT_NAME"] = self.prefix
                environ["PATH_INFO"] = path[len(self.prefix) :]
            else:
                environ[OUTSIDE] = True  # answered by _outside() in the app, as a problem
        return self.wsgi_app(environ, start_response)


def suggestion(prefix: str, environ: dict) -> str:
    """The URL the client probably meant: the same path and query under the mount (the root:
    the interactive documentation)."""
    path = environ.get("PATH_INFO") or "/"
    query = environ.get("QUERY_STRING")
    return prefix + ("/docs" if path == "/" else path) + (f"?{query}" if query else "")


def init_app(app: Flask, prefix: str) -> None:
    """Mount the app at `prefix` (nothing to do at the root).

    Call it before the rate limits and the database hooks: a request outside the mount is
    answered before either, like a path that no route matches.
    """
    if not prefix:
        return
    app.wsgi_app = Mount(app.wsgi_app, prefix)
    app.extensions["mount"] = prefix
    app.before_request(refuse_outside)


def refuse_outside() -> None:
    """Before anything else: a path outside the mount is a 404 problem naming the mount."""
    if request.environ.get(OUTSIDE):
        prefix = current_app.extensions["mount"]
        # Logged and counted as unmatched, not as the route the path names at the root.
        request.url_rule = None
        raise NotFound(
            f"Copydesk is served under {prefix}; try {suggestion(prefix, request.environ)}"
        )
