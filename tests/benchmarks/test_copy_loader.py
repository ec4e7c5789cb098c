"""benchmarks/copy_loader.py: articles derived from a parsed pool and COPYed in read back
through the API as the pool's articles do, search finds them, and writing goes on after them."""

from __future__ import annotations

import re

import psycopg
import pytest

from api.commands.search_check import POSTGRES_FILTER_VALUES, POSTGRES_KEPT_FILTER_VALUES
from benchmarks import copy_loader, derived_rows

POOL = 3
# Up to round 8: every variant of the place names, and the identity (round 7) once more.
COUNT = POOL * (derived_rows.VARIANTS + 2)
# What a derived article takes from elsewhere than its body's pool article.
OWN_FIELDS = {
    "id",
    "headline",
    "content_hash",
    "url",
    "publisher",
    "published_at",
    "created_at",
    "updated_at",
}
VECTOR = copy_loader._search_vector_sql()


@pytest.fixture
def loaded(client, database_url) -> None:
    """The pool parsed and stored by the store, then derived articles COPYed up to COUNT."""
    assert copy_loader.store_pool(POOL, seed=1) == POOL
    with psycopg.connect(database_url) as conn:
        copy_loader.copy_derived(conn, COUNT, seed=1)


def _article(client, article_id: int) -> dict:
    response = client.get(f"/articles/{article_id}")
    assert response.status_code == 200
    return response.get_json()


def _quotes(client, article_id: int) -> list[dict]:
    response = client.get(f"/articles/{article_id}/quotes", query_string={"limit": 100})
    assert response.status_code == 200
    return response.get_json()["items"]


def _content(article: dict) -> dict:
    return {key: value for key, value in article.items() if key not in OWN_FIELDS | {"links"}}


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_derived_article_reads_back_as_its_pool_article_with_another_headline(client, loaded):
    k, rounds = 1, derived_rows.VARIANTS  # the identity variant: no place name swapped
    derived = _article(client, rounds * POOL + k + 1)
    body, head = _article(client, k + 1), _article(client, (k + rounds) % POOL + 1)

    assert derived["headline"] == head["headline"]
    assert derived["publisher"] == head["publisher"]
    expected = _content(body) | {"word_count": derived["word_count"]}
    assert _content(derived) == expected
    assert derived["word_count"] == (
        body["word_count"] - len(body["headline"].split()) + len(head["headline"].split())
    )


@pytest.mark.parametrize("backend", ["postgresql"])
def test_place_names_are_swapped_everywhere_with_quotes_still_in_place(client, loaded):
    swaps = derived_rows.place_swaps(1)
    for k in range(POOL):
        derived, body = _article(client, POOL + k + 1), _article(client, k + 1)
        paragraphs = [block["text"] for block in derived["body"] if block["type"] == "paragraph"]

        quotes = _quotes(client, POOL + k + 1)

        assert [q["text"] for q in quotes] == [
            derived_rows.swapped(q["text"], swaps) for q in _quotes(client, k + 1)
        ]
        assert derived["headline"] != body["headline"]
        for quote in quotes:
            paragraph = paragraphs[quote["paragraph"]]
            assert paragraph[quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_every_search_row_is_the_one_the_triggers_would_store(client, loaded, database_url):
    with psycopg.connect(database_url) as conn:
        count, differing = conn.execute(
            f"SELECT count(*), count(*) FILTER (WHERE f.search_vector <> {VECTOR})"
            " FROM article a JOIN article_fts f ON f.rowid = a.id"
        ).fetchone()
        other_values = conn.execute(
            f"SELECT count(*) FROM ({POSTGRES_FILTER_VALUES}"
            f" EXCEPT {POSTGRES_KEPT_FILTER_VALUES}) AS differing"
        ).fetchone()[0]

    assert (count, differing, other_values) == (COUNT, 0, 0)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_search_finds_derived_articles_and_new_articles_follow_them(client, loaded, article_text):
    word = re.findall("[A-Za-z]+", _article(client, COUNT)["headline"])[-1]
    found = client.get("/articles", query_string={"q": word, "limit": 100})
    created = client.post("/articles", data=article_text, content_type="text/plain")

    assert found.status_code == 200
    assert COUNT in [item["id"] for item in found.get_json()["items"]]
    assert created.status_code == 201
    assert created.get_json()["id"] == COUNT + 1
