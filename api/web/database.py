"""The database per request: bind it at start-up, check a connection out as a request starts.

A request checks a connection out of its worker's pool as it starts; as it ends, its thread keeps
the connection for its next request, or hands it back to the pool, still open, when the request
failed or left it in a transaction (api/store/connections.py).
"""

from __future__ import annotations

from flask import current_app, request

from api.store.db import (
    SIDE_READ_CONNECTIONS,
    check_in,
    check_out,
    close_all,
    database,
    open_database,
)


def init_app(app, settings) -> None:
    """Bind the proxy to settings.database_url; check a connection out per request, then back in."""
    # A second app in the same process (tests) must not strand the first one's pooled connections.
    close_all(database.obj)
    pool_size = settings.db_pool_size + SIDE_READ_CONNECTIONS
    database.initialize(open_database(settings.database_url, pool_size=pool_size))
    app.config["MIGRATIONS_DIR"] = settings.migrations_dir  # for the readiness probe
    app.before_request(connect)
    app.teardown_request(release)


def without_database(view):
    """Mark a view that needs no database connection (liveness), so none is opened for it."""
    view.without_database = True  # functools.wraps carries it up through flask-smorest's wrappers
    return view


def connect() -> None:
    """Before a request: check a connection out, unless its view needs none."""
    view = current_app.view_functions.get(request.endpoint)
    if getattr(view, "without_database", False):
        return
    check_out()


def release(exc: BaseException | None) -> None:
    """At a request's teardown: keep the connection for the thread's next request, or hand it
    back when the request failed."""
    # A request that failed hands its connection back to the pool, which rolls it back.
    check_in(keep=exc is None)
