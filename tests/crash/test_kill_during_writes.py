"""kill -9 of gunicorn in the middle of a stream of writes: what was acknowledged survives whole."""

from __future__ import annotations

import http.client
import itertools
import json
import os
import subprocess
import sys
import threading

import pytest

from api.config import PROJECT_ROOT
from api.parser import parse
from api.store.models import Article
from tests.gunicorn_server import Gunicorn
from tests.synthetic import articles

WORKERS = 4
CLIENTS = 4
ARTICLES = 400  # more than can be stored before the kill, so writes are in flight when it comes
KILL_AFTER = 120  # acknowledged articles
WAIT_SECONDS = 300  # a bound against a hang, far above the usual few seconds


class Writers:
    """Client threads posting articles one by one, each recording the ids acknowledged to it."""

    def __init__(self, server: Gunicorn, texts: list[str]):
        self.server = server
        self.texts = texts
        self.acknowledged: dict[int, str] = {}  # id -> the text that was posted
        self.enough = threading.Event()
        self._next = itertools.count()
        self._lock = threading.Lock()
        self.threads = [threading.Thread(target=self._post) for _ in range(CLIENTS)]

    def _post(self) -> None:
        while (n := next(self._next)) < len(self.texts):
            try:
                status, body = self.server.request("POST", "/articles", self.texts[n].encode())
            except (OSError, http.client.HTTPException):
                return  # the server is gone: nothing more will be acknowledged
            if status in (200, 201):
                with self._lock:
                    self.acknowledged[json.loads(body)["id"]] = self.texts[n]
                    if len(self.acknowledged) >= KILL_AFTER:
                        self.enough.set()


@pytest.fixture
def log(tmp_path):
    """The file both gunicorn runs write to."""
    return tmp_path / "gunicorn.log"


def _check(database_url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "api", "check"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=False,
    )


def test_acknowledged_articles_survive_kill_9_complete(database_url, log, db):
    server = Gunicorn(database_url, log, workers=WORKERS).start()
    writers = Writers(server, articles(ARTICLES, start=100_000))
    try:
        for thread in writers.threads:
            thread.start()
        assert writers.enough.wait(WAIT_SECONDS), server.output()
    finally:
        server.kill()  # the master and all workers, mid-request
        for thread in writers.threads:
            thread.join(WAIT_SECONDS)
    acknowledged = dict(writers.acknowledged)
    assert len(acknowledged) < ARTICLES  # the kill did land in the middle of the stream

    with Gunicorn(database_url, log, workers=WORKERS) as restarted:
        for article_id, text in acknowledged.items():
            status, body = restarted.request("GET", f"/articles/{article_id}")
            assert status == 200, article_id
            stored = json.loads(body)
            expected = parse(text).to_dict()
            assert {key: stored[key] for key in expected} == expected

    assert Article.select().count() >= len(acknowledged)
    checked = _check(database_url)
    assert checked.returncode == 0, checked.stdout + checked.stderr
