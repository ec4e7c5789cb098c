"""Real gunicorn, 4 workers, 8 clients posting the same articles at once: each stored once."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest
from peewee import fn

from api.store.models import Article
from tests.gunicorn_server import Gunicorn
from tests.synthetic import articles

WORKERS = 4
CLIENTS = 8
ARTICLES = 500
REPEATS = 20  # extra posts per client of articles it has already sent


@pytest.fixture
def server(database_url, tmp_path):
    """gunicorn with 4 workers on the test's migrated database."""
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=WORKERS) as running:
        yield running


def _plan(client: int) -> list[int]:
    """Every article once in an order of this client's own, then some of them again."""
    rng = random.Random(client)
    order = list(range(ARTICLES))
    rng.shuffle(order)
    return order + rng.choices(range(ARTICLES), k=REPEATS)


def test_concurrent_clients_store_each_article_exactly_once(server, db):
    texts = [text.encode() for text in articles(ARTICLES)]

    def post_all(client: int) -> list[tuple[int, int, bytes]]:
        return [(n, *server.request("POST", "/articles", texts[n])) for n in _plan(client)]

    with ThreadPoolExecutor(CLIENTS) as pool:
        answers = [answer for batch in pool.map(post_all, range(CLIENTS)) for answer in batch]

    statuses = Counter(status for _, status, _ in answers)
    assert set(statuses) <= {200, 201}, statuses
    assert statuses[201] == ARTICLES  # one creation per article, whoever won the race
    ids = defaultdict(set)
    for n, _, body in answers:
        ids[n].add(json.loads(body)["id"])
    assert all(len(found) == 1 for found in ids.values())  # every copy answered with the same id
    assert len({found.pop() for found in ids.values()}) == ARTICLES
    assert Article.select().count() == ARTICLES
    assert Article.select(fn.COUNT(Article.content_hash.distinct())).scalar() == ARTICLES
    log = server.output()
    assert "database is locked" not in log
    assert "Traceback" not in log
