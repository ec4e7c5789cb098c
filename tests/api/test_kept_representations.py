"""An article's JSON and text are built once per version and kept in the database for every
worker; kept bytes are never served for another version, another mount point or other code."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import psycopg
import pytest

from api import create_app, representations
from api.db import database
from api.models import ArticleRepresentation
from tests.synthetic import article


@pytest.fixture
def article_url(client) -> str:
    return client.post("/articles", data=article(7), content_type="text/plain").headers["Location"]


def kept_rows() -> list[tuple[int, str]]:
    with database.connection_context():
        query = ArticleRepresentation.select(
            ArticleRepresentation.article, ArticleRepresentation.representation
        )
        return sorted(query.tuples())


@contextmanager
def another_writer(database_url: str):
    """Another process's transaction holding the database (SQLite) or the kept bytes' table."""
    if database_url.startswith("sqlite:///"):
        holder = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    else:
        holder = psycopg.connect(database_url)
        holder.execute("LOCK TABLE article_representation IN EXCLUSIVE MODE")
    try:
        yield
    finally:
        holder.rollback() if isinstance(holder, psycopg.Connection) else holder.execute("ROLLBACK")
        holder.close()


def test_a_second_worker_serves_what_the_first_built(
    settings, client, client_for, article_url, builds
):
    first = client.get(article_url)
    other_worker = client_for(create_app(settings))

    again = other_worker.get(article_url)

    assert again.status_code == 200
    assert again.data == first.data
    assert again.headers["ETag"] == first.headers["ETag"]
    assert len(builds) == 1


def test_both_representations_are_kept_apart(client, article_url):
    as_json = client.get(article_url)
    as_text = client.get(article_url, headers={"Accept": "text/plain"})

    assert as_json.get_json()["headline"] in as_text.get_data(as_text=True)
    assert as_text.mimetype == "text/plain"
    assert [kind for _, kind in kept_rows()] == ["json", "text"]
    assert client.get(article_url).data == as_json.data


def test_an_edit_is_served_at_once(client, article_url, builds):
    before = client.get(article_url)

    client.patch(article_url, json={"publisher": "Coastal Courier"})
    after = client.get(article_url)

    assert after.get_json()["publisher"] == "Coastal Courier"
    assert after.headers["ETag"] != before.headers["ETag"]
    assert len(builds) == 2


def test_bytes_built_by_older_code_are_built_again_under_a_new_etag(
    client, article_url, builds, monkeypatch
):
    old = client.get(article_url)
    monkeypatch.setattr(representations, "code_fingerprint", lambda: "a newer release")

    new = client.get(article_url, headers={"If-None-Match": old.headers["ETag"]})

    assert new.status_code == 200  # the client's copy came from other code: not a 304
    assert new.headers["ETag"] != old.headers["ETag"]
    assert new.data == old.data
    assert len(builds) == 2


def test_links_follow_the_mount_point(client, anonymous_client, article_url):
    at_root = client.get(article_url).get_json()

    # Not through the contract-checking client: openapi.yaml's server is the root.
    mounted = anonymous_client.get(article_url, base_url="http://localhost/copydesk").get_json()

    assert at_root["links"]["self"] == article_url
    assert mounted["links"]["self"] == "/copydesk" + article_url
    assert client.get(article_url).get_json()["links"]["self"] == article_url


def test_a_read_while_another_writer_holds_the_database_is_served_and_not_kept(
    client, article_url, database_url
):
    with another_writer(database_url):
        busy = client.get(article_url)
        kept_meanwhile = kept_rows()

    assert busy.status_code == 200
    assert busy.get_json()["links"]["self"] == article_url
    assert kept_meanwhile == []
    assert client.get(article_url).data == busy.data
    assert [kind for _, kind in kept_rows()] == ["json"]  # kept by the next read


def test_deleting_an_article_deletes_what_was_kept_of_it(client, article_url):
    client.get(article_url)

    client.delete(article_url)

    assert client.get(article_url).status_code == 404
    assert kept_rows() == []
