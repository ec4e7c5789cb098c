"""Shared fixtures: a migrated temporary database per test, settings, the app and its client."""

from __future__ import annotations

import pytest
from playhouse.migrations import Runner

from api.config import Settings
from api.db import database, open_database

# Each backend a test can run against; PostgreSQL joins here as a second parameter later.
BACKENDS = ["sqlite"]


def _sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'copydesk.db'}"


@pytest.fixture(params=BACKENDS)
def empty_database_url(request, tmp_path) -> str:
    """The URL of a new, empty database (no tables) on each backend."""
    if request.param == "sqlite":
        return _sqlite_url(tmp_path)
    raise ValueError(f"unknown backend {request.param!r}")


@pytest.fixture
def database_url(empty_database_url) -> str:
    """The URL of a new database with every migration applied."""
    db = open_database(empty_database_url)
    try:
        Runner(db, Settings().migrations_dir).up()
    finally:
        db.close()
    return empty_database_url


@pytest.fixture
def settings(database_url) -> Settings:
    """Settings pointing at the test's migrated database."""
    return Settings(database_url=database_url)


@pytest.fixture
def db(database_url):
    """The database proxy, bound to the test's migrated database and connected."""
    opened = open_database(database_url)
    database.initialize(opened)
    opened.connect()
    yield database
    # The app fixture may have re-bound the proxy to its own database object: close both.
    for candidate in (opened, database.obj):
        if candidate is not None and not candidate.is_closed():
            candidate.close()
    database.initialize(None)


@pytest.fixture
def app(settings, db):
    """The Flask app built by create_app for the test's database (the proxy is re-bound to it)."""
    from api import create_app  # imported late: the factory is written alongside this file

    application = create_app(settings)
    application.testing = True
    return application


@pytest.fixture
def client(app):
    """A test client for the app."""
    return app.test_client()
