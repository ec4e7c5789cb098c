"""Liveness (/health) and readiness (/health/ready): what each one says when the database is not."""

from __future__ import annotations

import pytest
from playhouse.migrations import Migration, Runner

from api import create_app
from api.config import Settings
from api.store.db import close_all, database, open_database
from tests.pg_cluster import free_port
from tests.problems import assert_problem

ALL_MIGRATIONS = [m.name for m in Migration.load_directory(Settings().migrations_dir)]


@pytest.fixture
def unreachable(contract):
    """A client of an app whose PostgreSQL server is not there (nothing listens on the port)."""
    url = f"postgresql://copydesk@127.0.0.1:{free_port()}/copydesk?connect_timeout=2"
    app = create_app(Settings(database_url=url))
    yield app.test_client()
    close_all(database.obj)
    database.initialize(None)


def test_ready_when_the_schema_is_current(client):
    response = client.get("/health/ready")

    assert response.status_code == 200
    assert response.get_json() == {"status": "ready", "database": "ok", "migrations": "current"}


def test_not_ready_while_a_migration_is_pending(database_url, contract):
    db = open_database(database_url)
    try:
        Runner(db, Settings().migrations_dir).down()  # the newest one
    finally:
        db.close()
    app = create_app(Settings(database_url=database_url))

    response = app.test_client().get("/health/ready")

    body = assert_problem(response, 503)
    assert f"Migrations pending: {ALL_MIGRATIONS[-1]}" in body["detail"]
    assert "python -m api db upgrade" in body["detail"]
    contract.check(response)


def test_not_ready_when_the_database_is_down(unreachable, contract):
    response = unreachable.get("/health/ready")

    body = assert_problem(response, 503)
    assert "database" in body["detail"]
    assert response.headers["Retry-After"]
    contract.check(response)


def test_alive_when_the_database_is_down(unreachable, contract):
    response = unreachable.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}
    contract.check(response)
