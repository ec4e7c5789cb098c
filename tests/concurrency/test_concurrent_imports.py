"""Real gunicorn, 4 workers: two uploads of the same articles in opposite orders and single
posts of them, all at once. No writer deadlocks on another (PostgreSQL: people and content
hashes), and each article and person is stored once."""

from __future__ import annotations

import json
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from api.store.models import Article, Person
from tests.gunicorn_server import Gunicorn
from tests.synthetic import articles

WORKERS = 4
ARTICLES = 200
UPLOAD = 40  # articles per upload: each a write batch of its own
NDJSON = "application/x-ndjson"


@pytest.fixture
def server(database_url, tmp_path):
    """gunicorn with 4 workers on the test's migrated database."""
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=WORKERS) as running:
        yield running


def test_uploads_and_single_posts_of_the_same_articles_never_deadlock(server, db):
    texts = articles(ARTICLES)  # quotes from a small shared pool of people
    lines = [json.dumps({"text": text}).encode() for text in texts]

    def upload(order: list[int]) -> list[tuple[int, dict]]:
        answers = []
        for start in range(0, len(order), UPLOAD):
            body = b"\n".join(lines[n] for n in order[start : start + UPLOAD])
            status, data = server.request("POST", "/articles/import", body, NDJSON)
            answers.append((status, json.loads(data)))
        return answers

    def post(order: list[int]) -> list[tuple[int, dict]]:
        answers = []
        for n in order:
            status, data = server.request("POST", "/articles", texts[n].encode())
            answers.append((status, json.loads(data)))
        return answers

    forwards = list(range(ARTICLES))
    shuffled = random.Random(7).sample(forwards, k=ARTICLES)
    with ThreadPoolExecutor(4) as pool:
        uploads = [pool.submit(upload, forwards), pool.submit(upload, forwards[::-1])]
        posts = [pool.submit(post, shuffled[::2]), pool.submit(post, shuffled[1::2])]
        upload_answers = [answer for done in uploads for answer in done.result()]
        post_answers = [answer for done in posts for answer in done.result()]

    assert {status for status, _ in upload_answers} == {200}
    assert all(report["failed"] == 0 for _, report in upload_answers)
    assert {status for status, _ in post_answers} <= {200, 201}
    assert Article.select().count() == ARTICLES
    names = [person.normalised_name for person in Person.select()]
    assert len(names) == len(set(names))
    log = server.output()
    assert "deadlock" not in log
    assert "Traceback" not in log
