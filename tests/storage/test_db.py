"""DATABASE_URL parsing, SQLite pragmas and the per-request connection hooks."""

from __future__ import annotations

import sqlite3

import peewee
import pytest
from flask import Flask

from api import db as dbmod
from api.config import Settings


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


def test_init_app_connects_per_request_and_closes_at_teardown(tmp_path):
    app = Flask(__name__)
    dbmod.init_app(app, Settings(database_url=f"sqlite:///{tmp_path / 'app.db'}"))
    seen = []

    @app.get("/probe")
    def probe():
        seen.append(dbmod.database.is_closed())
        return "ok"

    try:
        response = app.test_client().get("/probe")
        assert response.status_code == 200
        assert seen == [False]
        assert dbmod.database.is_closed()
    finally:
        dbmod.database.initialize(None)


def test_write_transaction_takes_the_sqlite_write_lock_at_begin(db):
    if not dbmod.is_sqlite():
        pytest.skip("BEGIN IMMEDIATE is SQLite's")
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
