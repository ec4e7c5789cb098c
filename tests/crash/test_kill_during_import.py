"""kill -9 of the whole server in the middle of concurrent bulk imports, then a restart.

What an import acknowledged survives whole, nothing is half-stored, `python -m api check` passes,
and the same uploads sent again store exactly what is missing.
"""

from __future__ import annotations

import http.client
import json
import queue
import threading
import time

import pytest

from api.parser import parse
from api.parser.analysis import parsed_article
from api.store.models import Article
from tests.crash.test_kill_during_writes import _check
from tests.gunicorn_server import Gunicorn
from tests.synthetic import articles

WORKERS = 4
CLIENTS = 4
BATCH = 20  # articles per upload
ARTICLES = 480  # 24 uploads: many more than are stored when the kill comes
KILL_AT = 120  # articles in the database: past the first uploads, well before the last
WAIT_SECONDS = 300  # a bound against a hang, far above the usual few seconds
NDJSON = "application/x-ndjson"
ACKNOWLEDGED = {"created", "existing"}


def _uploads(texts: list[str]) -> list[bytes]:
    lines = [json.dumps({"text": text}).encode() + b"\n" for text in texts]
    return [b"".join(lines[i : i + BATCH]) for i in range(0, len(lines), BATCH)]


class Importers:
    """Client threads sending uploads from one queue; they record what completed responses said."""

    def __init__(self, server: Gunicorn, uploads: list[bytes]):
        self.server = server
        self.uploads = uploads
        self.outcomes: dict[tuple[int, int], tuple[str, int]] = {}  # (upload, line) -> status, id
        self.completed: list[int] = []  # uploads answered in full
        self.cut_off: list[int] = []  # uploads whose connection the kill broke
        self._todo: queue.SimpleQueue[int] = queue.SimpleQueue()
        for number in range(len(uploads)):
            self._todo.put(number)
        self._lock = threading.Lock()
        self.threads = [threading.Thread(target=self._send) for _ in range(CLIENTS)]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def join(self) -> None:
        for thread in self.threads:
            thread.join(WAIT_SECONDS)

    def _send(self) -> None:
        while True:
            try:
                number = self._todo.get_nowait()
            except queue.Empty:
                return
            try:
                status, body = self.server.request(
                    "POST", "/articles/import", self.uploads[number], NDJSON
                )
            except (OSError, http.client.HTTPException):
                with self._lock:
                    self.cut_off.append(number)
                return  # the server is gone: nothing more will be acknowledged
            assert status == 200, body
            with self._lock:
                self.completed.append(number)
                for outcome in json.loads(body)["results"]:
                    assert outcome["status"] in ACKNOWLEDGED, outcome
                    self.outcomes[number, outcome["line"]] = (outcome["status"], outcome["id"])

    def text(self, upload: int, line: int) -> str:
        """The article that started on `line` of upload number `upload` (one line each)."""
        return json.loads(self.uploads[upload].splitlines()[line - 1])["text"]


def _wait_for_articles(count: int) -> int:
    """Poll the database until it holds at least `count` articles; how many it held."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        stored = Article.select().count()
        if stored >= count:
            return stored
        time.sleep(0.05)
    raise AssertionError(f"the imports stored fewer than {count} articles")


def _expected(text: str) -> dict:
    return parsed_article(parse(text))


def _assert_complete(server: Gunicorn, article_id: int, text: str) -> None:
    """The stored article equals a fresh parse of its text: content, quotes and people."""
    expected = _expected(text)
    status, body = server.request("GET", f"/articles/{article_id}")
    assert status == 200, article_id
    stored = json.loads(body)
    content = {key: value for key, value in expected.items() if key not in ("quotes", "people")}
    assert {key: stored[key] for key in content} == content, article_id
    assert [(p["name"], p["kind"], p["role"]) for p in stored["people"]] == [
        (p["name"], p["kind"], p["role"]) for p in expected["people"]
    ], article_id
    status, body = server.request("GET", f"/articles/{article_id}/quotes?limit=100")
    assert status == 200, article_id
    quotes = [
        {**{key: q[key] for key in ("paragraph", "start", "end", "text", "method", "continues")},
         "speaker": q["speaker"]["name"] if q["speaker"] else None}
        for q in json.loads(body)["items"]
    ]  # fmt: skip
    assert quotes == expected["quotes"], article_id


@pytest.fixture
def log(tmp_path):
    """The file every gunicorn run writes to."""
    return tmp_path / "gunicorn.log"


def test_kill_9_mid_import_keeps_every_acknowledged_article_whole(database_url, log, db):
    texts = articles(ARTICLES, start=200_000)
    by_headline = {parse(text).headline: text for text in texts}
    uploads = _uploads(texts)

    server = Gunicorn(database_url, log, workers=WORKERS).start()
    importers = Importers(server, uploads)
    try:
        importers.start()
        stored_at_kill = _wait_for_articles(KILL_AT)
    finally:
        server.kill()  # SIGKILL to the master and every worker at once
        importers.join()
    # The kill landed mid-import: some articles were stored but not all, and uploads were
    # being answered when it came (their connections broke).
    stored_after_kill = Article.select().count()
    print(  # shown when the test fails, and with -s
        f"killed at {stored_at_kill} stored articles ({stored_after_kill} after the kill),"
        f" {len(importers.outcomes)} acknowledged, {len(importers.completed)} uploads answered,"
        f" {len(importers.cut_off)} cut off"
    )
    assert KILL_AT <= stored_at_kill <= stored_after_kill < ARTICLES
    assert importers.cut_off, "no upload was in flight when the server was killed"
    assert len(importers.completed) < len(uploads)

    with Gunicorn(database_url, log, workers=WORKERS) as restarted:
        for (upload, line), (_, article_id) in importers.outcomes.items():
            _assert_complete(restarted, article_id, importers.text(upload, line))
        # Nothing half-stored: every article in the database, acknowledged or not, is whole.
        status, body = restarted.request("GET", "/articles/export")
        assert status == 200
        survivors = {}  # headline -> id
        for line in body.splitlines():
            article = json.loads(line)
            _assert_complete(restarted, article["id"], by_headline[article["headline"]])
            survivors[article["headline"]] = article["id"]
        assert len(survivors) == stored_after_kill

        checked = _check(database_url)
        assert checked.returncode == 0, checked.stdout + checked.stderr

        again = Importers(restarted, uploads)
        again.start()
        again.join()
        assert sorted(again.completed) == list(range(len(uploads))), restarted.output()
    # Whatever survived the kill is `existing` under its id; everything else is created now.
    for (upload, line), (status, article_id) in again.outcomes.items():
        headline = parse(again.text(upload, line)).headline
        if headline in survivors:
            assert (status, article_id) == ("existing", survivors[headline])
        else:
            assert status == "created"
    assert len(again.outcomes) == ARTICLES
    assert Article.select().count() == ARTICLES
