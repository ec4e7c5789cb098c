"""The database per request: bind it at start-up, check a connection out as a request starts.

A request checks a connection out of its worker's pool as it starts and hands it back, still
open, as it ends (api/store/connections.py keeps it open).
"""

from __future__ import annotations

from flask import current_app, request

from api.store.db import SIDE_READ_CONNECTIONS, check_out, close_all, database, open_database


def init_app(app, settings) -> None:
    """Bind the proxy to settings.database_url; check a connection out per request, then back in."""
    # A second app in the same process (tests) must not strand the first one's pooled connections.
    close_all(database.obj)
    pool_size = settings.db_pool_size + SIDE_READ_CONNECTIONS
    database.initialize(open_database(settings.database_url, pool_size=pool_size))
    app.config["MIGRATIONS_DIR"] = settings.migrations_dir  # for the readiness probe
    app.before_request(_connect)
    app.teardown_request(_release)


def without_database(view):
    """Mark a view that needs no database connection (liveness), so none is opened for it."""
    view.without_database = True  # functools.wraps carries it up through flask-smorest's wrappers
    return view


def _connect() -> None:
    view = current_app.view_functions.get(request.endpoint)
    if getattr(view, "without_database", False):
        return
    check_out()


def _release(exc: BaseException | None) -> None:
    if database.is_closed():
        return
    # A view that failed inside a transaction it began by hand left it on peewee's stack, where
    # close() would refuse; the pool rolls the connection back as it takes it in.
    while database.in_transaction():
        database.pop_transaction()
    database.close()
