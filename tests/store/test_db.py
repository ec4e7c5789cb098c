"""DATABASE_URL parsing, SQLite pragmas and the per-request connection hooks."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace

import peewee
import psycopg
import pytest
from flask import Flask
from playhouse.pool import PooledDatabase, PooledPostgresqlDatabase

from api.config import Settings
from api.store import db as dbmod
from api.web import database as web_database


def test_sqlite_relative_path_is_under_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = dbmod.open_database("sqlite:///var/nested/app.db")
    assert isinstance(db, peewee.SqliteDatabase)
    assert db.database == "var/nested/app.db"
    assert (tmp_path / "var" / "nested").is_dir()  # the parent folder is created


def test_sqlite_absolute_path(tmp_path):
    target = tmp_path / "deep" / "app.db"
    db = dbmod.open_database(f"sqlite:///{target}")
    assert db.database == str(target)
    assert target.parent.is_dir()


def test_sqlite_memory():
    db = dbmod.open_database("sqlite:///:memory:")
    assert db.database == ":memory:"


def test_sqlite_pragmas_are_set_on_connect(tmp_path):
    db = dbmod.open_database(f"sqlite:///{tmp_path / 'app.db'}")
    with db.connection_context():
        assert db.journal_mode == "wal"
        assert db.foreign_keys == 1
        assert db.pragma("busy_timeout") == 10000
        assert db.synchronous == 1  # NORMAL


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://copy:secret@db.example:5432/copydesk",
        "postgres://copy:p%40ss@db.example/copydesk?sslmode=require",
        "postgresql:///copydesk",
    ],
)
def test_postgres_urls_use_psycopg3_and_pass_the_url_to_libpq(url):
    db = dbmod.open_database(url)
    assert isinstance(db, peewee.PostgresqlDatabase)
    assert isinstance(db._adapter, peewee.Psycopg3Adapter)
    assert db.database == "postgresql://" + url.split("://", 1)[1]
    assert db.is_closed()  # nothing is contacted until the first connection


def test_postgres_pool_is_opened_only_when_asked_for():
    url = "postgresql://copy:secret@db.example/copydesk"

    pooled = dbmod.open_database(url, pool_size=3)

    assert isinstance(pooled, PooledPostgresqlDatabase)
    assert isinstance(pooled._adapter, peewee.Psycopg3Adapter)
    assert pooled._max_connections == 3
    assert pooled._stale_timeout == dbmod.POOL_STALE_SECONDS
    assert not isinstance(dbmod.open_database(url), PooledPostgresqlDatabase)
    assert not isinstance(dbmod.open_database("sqlite:///:memory:"), PooledDatabase)
    assert isinstance(dbmod.open_database("sqlite:///:memory:", pool_size=3), PooledDatabase)


@pytest.mark.parametrize(
    ("environ", "size"), [({}, Settings.db_pool_size), ({"DB_POOL_SIZE": "12"}, 12)]
)
def test_pool_size_comes_from_the_environment(environ, size):
    assert Settings.from_env(environ).db_pool_size == size


@pytest.mark.parametrize("raw", ["0", "-1", "many"])
def test_invalid_pool_size_names_the_variable(raw):
    with pytest.raises(ValueError, match="DB_POOL_SIZE"):
        Settings.from_env({"DB_POOL_SIZE": raw})


@pytest.mark.parametrize(
    "url",
    ["", "copydesk.db", "mysql://localhost/copydesk", "sqlite://", "sqlite:///", "sqlite:///var/"],
)
def test_invalid_urls_name_the_variable(url):
    with pytest.raises(ValueError, match="DATABASE_URL"):
        dbmod.open_database(url)


def test_invalid_postgres_url_keeps_the_password_out_of_the_message():
    with pytest.raises(ValueError, match="DATABASE_URL") as info:
        dbmod.open_database("postgresql://copy:hunter2@[db.example/copydesk")
    assert "hunter2" not in str(info.value)


def test_init_app_connects_per_request_and_parks_a_clean_one_at_teardown(tmp_path):
    app = Flask(__name__)
    web_database.init_app(app, Settings(database_url=f"sqlite:///{tmp_path / 'app.db'}"))
    seen = []

    @app.get("/probe")
    def probe():
        seen.append(dbmod.database.is_closed())
        return "ok"

    @app.get("/fail")
    def fail():
        raise RuntimeError("the view failed")

    client = app.test_client()
    try:
        assert client.get("/probe").status_code == 200
        assert seen == [False]
        assert not dbmod.database.is_closed()  # parked with its thread for the next request

        assert client.get("/fail").status_code == 500
        assert dbmod.database.is_closed()  # a failed request hands its connection back
    finally:
        dbmod.close_all(dbmod.database.obj)
        dbmod.database.initialize(None)


@pytest.mark.parametrize("backend", ["sqlite"])  # BEGIN IMMEDIATE is SQLite's
def test_write_transaction_takes_the_sqlite_write_lock_at_begin(db):
    other = sqlite3.connect(db.obj.database, timeout=0, isolation_level=None)
    try:
        with dbmod.write_transaction():
            # Nothing written yet, but a second writer is already shut out.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def _backend_pid_app(settings) -> Flask:
    app = Flask(__name__)
    web_database.init_app(app, settings)

    @app.get("/pid")
    def pid():
        return str(dbmod.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0])

    return app


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgres_requests_reuse_one_pooled_connection(settings):
    client = _backend_pid_app(settings).test_client()
    try:
        first, second = client.get("/pid"), client.get("/pid")

        assert (first.status_code, second.status_code) == (200, 200)
        assert first.text == second.text  # the same server session served both requests
        assert not dbmod.database.is_closed()  # parked with the thread between requests
        assert len(dbmod.database.obj._in_use) == 1  # and no second connection was opened
    finally:
        dbmod.close_all(dbmod.database.obj)
        dbmod.database.initialize(None)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgres_pool_replaces_a_connection_the_server_ended(settings, postgres_server):
    client = _backend_pid_app(settings).test_client()
    try:
        first = client.get("/pid")
        with psycopg.connect(postgres_server.admin_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (int(first.text),))

        second = client.get("/pid")

        assert second.status_code == 200
        assert second.text != first.text
    finally:
        dbmod.close_all(dbmod.database.obj)
        dbmod.database.initialize(None)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_an_exhausted_pool_answers_503_instead_of_waiting_forever(settings, monkeypatch):
    from api import create_app  # the full app: its error handlers turn the wait into a 503

    monkeypatch.setattr(dbmod, "POOL_WAIT_SECONDS", 1)  # peewee counts whole seconds
    app = create_app(replace(settings, db_pool_size=1))
    answers = []
    try:
        dbmod.database.connect()  # this thread holds the only connection
        worker = threading.Thread(target=lambda: answers.append(app.test_client().get("/articles")))
        worker.start()
        worker.join()
    finally:
        dbmod.close_all(dbmod.database.obj)
        dbmod.database.initialize(None)

    assert answers[0].status_code == 503
    assert answers[0].headers["Retry-After"]
