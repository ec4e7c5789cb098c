"""Connections kept from one request to the next: reused, replaced when dropped, left clean."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import peewee
import psycopg
import pytest
from flask import Flask
from psycopg import conninfo

from api.config import Settings
from api.store import connections
from api.store import db as dbmod
from api.store.db import database
from api.web import database as web_database

# A temporary table lives as long as the connection (the session) that created it.
REMEMBER = "CREATE TEMPORARY TABLE remembered (n INTEGER)"
RECALL = "SELECT count(*) FROM remembered"
ADD_PERSON = (
    "INSERT INTO person (name, normalised_name, kind) VALUES ('Ann Quay', 'ann quay', 'person')"
)


class LeftOpen(RuntimeError):
    """What the failing view raises after writing inside a transaction it never ends."""


def _probe_app(settings: Settings) -> Flask:
    """A bare app with the database hooks and views that look at the connection they are given."""
    app = Flask(__name__)
    web_database.init_app(app, settings)
    in_flight = threading.Barrier(2, timeout=30)

    @app.post("/remember")
    def remember():
        database.execute_sql(REMEMBER)
        return "ok"

    @app.get("/recall")
    def recall():
        try:
            return str(database.execute_sql(RECALL).fetchone()[0])
        except peewee.DatabaseError:
            return "forgotten"

    @app.get("/pid")
    def pid():
        return str(database.execute_sql("SELECT pg_backend_pid()").fetchone()[0])

    @app.get("/pid-in-transaction")
    def pid_in_transaction():
        with database.atomic():
            return pid()

    @app.get("/connection")
    def connection():
        in_flight.wait()  # both requests hold their connection at once
        return str(id(database.connection()))

    @app.post("/fail/<how>")
    def fail(how):
        if how == "begin":
            database.execute_sql("BEGIN")
        else:
            database.atomic().__enter__()  # a transaction entered and never left
        database.execute_sql(ADD_PERSON)
        raise LeftOpen("the view failed half-way")

    @app.get("/people")
    def people():
        return str(database.execute_sql("SELECT count(*) FROM person").fetchone()[0])

    @app.post("/people")
    def add_person():
        with database.atomic():
            database.execute_sql(ADD_PERSON)
        return "ok"

    return app


@pytest.fixture
def probe(settings):
    """A client of the probe app with a pool of one connection, so every request gets the same."""
    app = _probe_app(replace(settings, db_pool_size=1))
    yield app.test_client()
    dbmod.close_all(database.obj)
    database.initialize(None)


def test_a_connection_is_kept_from_one_request_to_the_next(probe):
    assert probe.post("/remember").status_code == 200

    response = probe.get("/recall")

    assert response.status_code == 200
    assert response.text == "0"  # the table made by the previous request is still there
    assert not database.is_closed()  # parked with the thread for its next request


def test_a_thread_takes_a_connection_another_parked_when_the_pool_has_none_left(settings):
    pooled = dbmod.open_database(settings.database_url, pool_size=1)
    taken = []

    def another_thread():
        pooled.connect()
        taken.append(id(pooled.connection()))
        pooled.release(keep=False)  # back to the pool

    try:
        pooled.connect()
        parked = id(pooled.connection())
        pooled.release(keep=True)
        thread = threading.Thread(target=another_thread)
        thread.start()
        thread.join(30)
        pooled.connect()  # its own was taken: it checks out the one the other thread gave back
        again = id(pooled.connection())
        pooled.release(keep=False)
    finally:
        pooled.close_all()

    assert taken == [parked]  # not a wait of 10 s, then a 503
    assert again == parked


def test_concurrent_requests_get_their_own_connections_and_keep_them(settings):
    app = _probe_app(replace(settings, db_pool_size=2))
    answers = []

    def ask():
        answers.append(app.test_client().get("/connection").text)

    # Two threads that live on, as a server's do: each request waits in the view for the other.
    serving = ThreadPoolExecutor(max_workers=2)

    def two_at_once():
        for request in [serving.submit(ask) for _ in range(2)]:
            request.result(timeout=60)

    try:
        two_at_once()
        first = set(answers)
        two_at_once()
    finally:
        serving.shutdown()
        dbmod.close_all(database.obj)
        database.initialize(None)

    assert len(first) == 2  # never one connection for two requests in flight
    assert set(answers) == first  # and later requests reuse them rather than open more


@pytest.mark.parametrize("how", ["begin", "atomic"])
def test_a_failed_request_leaves_no_transaction_open(probe, how):
    failed = probe.post(f"/fail/{how}")

    counted = probe.get("/people")  # on the same connection: it would see its own writes
    added = probe.post("/people")

    assert failed.status_code == 500
    assert counted.status_code == 200
    assert counted.text == "0"
    assert added.status_code == 200  # no write lock left behind either
    assert probe.get("/people").text == "1"


@pytest.mark.parametrize("backend", ["sqlite"])  # pragmas are SQLite's
def test_pooled_sqlite_connections_get_the_pragmas(settings):
    pooled = dbmod.open_database(settings.database_url, pool_size=2)
    try:
        with pooled.connection_context():
            assert pooled.pragma("busy_timeout") == 10000
            assert pooled.journal_mode == "wal"
    finally:
        pooled.close_all()


def _terminate(server, pid: str) -> None:
    """End a session from the server's side and wait until it has gone."""
    with psycopg.connect(server.admin_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s, 10000)", (int(pid),))


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize("path", ["/pid", "/pid-in-transaction"])
def test_postgres_session_ended_by_the_server_is_replaced_at_check_out(
    probe, postgres_server, path
):
    first = probe.get(path)
    _terminate(postgres_server, first.text)

    second = probe.get(path)

    assert second.status_code == 200
    assert second.text != first.text


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize("path", ["/pid", "/pid-in-transaction"])
def test_postgres_session_found_gone_by_the_first_statement_is_replaced(
    probe, postgres_server, path, monkeypatch
):
    first = probe.get(path)
    _terminate(postgres_server, first.text)
    # As when the server's goodbye is still on its way: check-out sees nothing wrong.
    monkeypatch.setattr(connections, "has_input", lambda fd: False)

    second = probe.get(path)

    assert second.status_code == 200
    assert second.text != first.text


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgres_statement_errors_are_not_retried(probe):
    response = probe.get("/recall")  # the first statement fails: no such table

    assert response.text == "forgotten"
    assert probe.post("/remember").status_code == 200
    assert probe.get("/recall").text == "0"


@pytest.mark.parametrize("backend", ["postgresql"])
def test_creating_the_app_opens_no_connection(settings, postgres_server):
    from api import create_app

    name = conninfo.conninfo_to_dict(settings.database_url)["dbname"]

    def sessions() -> int:
        with psycopg.connect(postgres_server.admin_url, autocommit=True) as admin:
            query = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s"
            return admin.execute(query, (name,)).fetchone()[0]

    before = sessions()
    try:
        create_app(settings)
        after = sessions()
    finally:
        dbmod.close_all(database.obj)
        database.initialize(None)

    assert after == before  # a gunicorn master that loads the app holds nothing to fork


def test_a_forked_child_opens_its_own_connection_and_leaves_the_parents(probe):
    assert probe.post("/remember").status_code == 200
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.write(writer, probe.get("/recall").text.encode())
        finally:
            os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    with os.fdopen(reader) as pipe:
        seen_by_child = pipe.read()

    assert seen_by_child == "forgotten"  # the parent's session was not carried over
    assert probe.get("/recall").text == "0"  # and the child did not end it on its way out
