"""The gunicorn worker (api/worker.py) on a real server: kept-alive requests, and a request
longer than gunicorn's timeout, which gthread's heartbeat let finish."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys

import pytest

from api.config import PROJECT_ROOT
from tests.gunicorn_server import Gunicorn

READ_SECONDS = 60  # a bound on waiting for an answer, not an expectation


@pytest.fixture
def server(database_url, tmp_path):
    """The project's gunicorn.conf.py with one worker, which answers in its main thread."""
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1) as running:
        yield running


def test_the_project_serves_with_the_inline_worker(server):
    status, _ = server.request("GET", "/health")

    assert status == 200
    assert "Using worker: api.worker.InlineThreadWorker" in server.output()


def test_a_kept_alive_connection_answers_request_after_request(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=READ_SECONDS)
    answers, sockets = [], set()
    for path in ["/health", "/articles", "/nope", "/health"]:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        answers.append((response.status, response.will_close))
        sockets.add(id(connection.sock))  # http.client reconnects when the server closes
    connection.close()

    assert answers == [(200, False), (200, False), (404, False), (200, False)]
    assert len(sockets) == 1


def test_a_request_longer_than_the_timeout_is_not_killed(database_url, tmp_path):
    # gunicorn kills a worker silent for `timeout` seconds; the heartbeat thread speaks for it
    # while its main thread answers (gthread's main loop did, while its thread answered).
    options = ("--timeout", "2")
    slow = Gunicorn(
        database_url, tmp_path / "slow.log", workers=1, app="tests.server.slow_app:app",
        options=options,
    )  # fmt: skip
    with slow:
        status, body = slow.request("GET", "/sleep/5")

        assert (status, body) == (200, b"/sleep/5")
        assert "WORKER TIMEOUT" not in slow.output()


def test_the_loaded_app_is_left_out_of_the_collectors_passes(database_url):
    # In a process of its own: frozen objects stay frozen, and pytest's would be too.
    code = (
        "import gc\n"
        "from api import create_app\n"
        "from api.worker import freeze_loaded_objects\n"
        "create_app()\n"
        "freeze_loaded_objects()\n"
        "print(gc.get_freeze_count() > 10_000)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.split() == ["True"]
