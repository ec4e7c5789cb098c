"""An article's JSON and text are built once per version and kept in the database for every
worker; kept bytes are never served for another version, another mount point or other code.
The API keeps the JSON of what it writes, so that the first GET of an article is a kept read."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import orjson
import psycopg
import pytest

from api import create_app
from api.store import cache as representation_cache
from api.store.db import database
from api.store.models import ArticleRepresentation
from api.web import representations
from tests.synthetic import article

NDJSON = "application/x-ndjson"


@pytest.fixture
def article_url(client) -> str:
    return client.post("/articles", data=article(7), content_type="text/plain").headers["Location"]


def cached_rows() -> list[tuple[int, str]]:
    with database.connection_context():
        query = ArticleRepresentation.select(
            ArticleRepresentation.article, ArticleRepresentation.representation
        )
        return sorted(query.tuples())


def forget_cached() -> None:
    """Empty the kept bytes, as they are for articles stored before any were kept."""
    with database.connection_context():
        ArticleRepresentation.delete().execute()


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
    forget_cached()
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
    assert [kind for _, kind in cached_rows()] == ["json", "text"]
    assert client.get(article_url).data == as_json.data


def test_an_edit_is_served_at_once(client, article_url, builds):
    before = client.get(article_url)

    client.patch(article_url, json={"publisher": "Coastal Courier"})
    after = client.get(article_url)

    assert after.get_json()["publisher"] == "Coastal Courier"
    assert after.headers["ETag"] != before.headers["ETag"]
    assert len(builds) == 1  # by the PATCH; both reads were of kept bytes


def test_bytes_built_by_older_code_are_built_again_under_a_new_etag(
    client, article_url, builds, monkeypatch
):
    old = client.get(article_url)
    monkeypatch.setattr(representations, "code_fingerprint", lambda: "a newer release")

    new = client.get(article_url, headers={"If-None-Match": old.headers["ETag"]})

    assert new.status_code == 200  # the client's copy came from other code: not a 304
    assert new.headers["ETag"] != old.headers["ETag"]
    assert new.data == old.data
    assert len(builds) == 1  # by the read after the upgrade: the first read's were kept at POST


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
    forget_cached()
    with another_writer(database_url):
        busy = client.get(article_url)
        cached_meanwhile = cached_rows()

    assert busy.status_code == 200
    assert busy.get_json()["links"]["self"] == article_url
    assert cached_meanwhile == []
    assert client.get(article_url).data == busy.data
    assert [kind for _, kind in cached_rows()] == ["json"]  # kept by the next read


def test_deleting_an_article_deletes_what_was_kept_of_it(client, article_url):
    client.get(article_url)

    client.delete(article_url)

    assert client.get(article_url).status_code == 404
    assert cached_rows() == []


def test_the_first_get_after_a_create_builds_nothing(client, builds):
    created = client.post("/articles", data=article(8), content_type="text/plain")

    first = client.get(created.headers["Location"])

    assert created.status_code == 201
    assert first.status_code == 200
    assert first.get_json() == created.get_json()
    assert builds == [created.get_json()["id"]]  # once, by the POST
    assert cached_rows() == [(created.get_json()["id"], "json")]  # text stays lazy


def test_a_create_of_a_stored_article_keeps_it_when_nothing_is_kept(client, builds):
    stored = client.post("/articles", json={"text": article(8)}).get_json()
    forget_cached()

    again = client.post("/articles", json={"text": article(8)})
    once_more = client.post("/articles", json={"text": article(8)})
    first = client.get(f"/articles/{stored['id']}")

    assert (again.status_code, once_more.status_code, first.status_code) == (200, 200, 200)
    assert builds == [stored["id"]] * 2  # the create, then the first "already there" alone


def test_the_first_gets_after_an_import_build_nothing(client, builds):
    existing = client.post("/articles", json={"text": article(8)}).get_json()["id"]
    upload = b"\n".join(
        orjson.dumps({"text": text}) for text in (article(8), article(9), article(10))
    )

    report = client.post("/articles/import", data=upload, content_type=NDJSON).get_json()
    reads = [client.get(f"/articles/{result['id']}") for result in report["results"]]

    assert [r["status"] for r in report["results"]] == ["existing", "created", "created"]
    assert {r.status_code for r in reads} == {200}
    assert sorted(builds) == [existing, *(r["id"] for r in report["results"][1:])]


def test_the_first_get_after_a_patch_builds_nothing(client, article_url, builds):
    patched = client.patch(article_url, json={"tags": ["harbour"]})

    first = client.get(article_url)

    assert patched.status_code == 200
    assert first.headers["ETag"] == patched.headers["ETag"]
    assert first.get_json() == patched.get_json()
    assert len(builds) == 1  # by the PATCH


def test_a_patch_that_changes_nothing_keeps_nothing(client, article_url, builds):
    client.patch(article_url, json={"tags": []})

    assert builds == []


def _uncacheable_sql(monkeypatch):
    # A statement the database refuses: on PostgreSQL it would abort the write's transaction
    # but for the savepoint around it.
    monkeypatch.setattr(
        representation_cache, "PUT_SQL", "INSERT INTO no_such_table VALUES ({param})"
    )


def test_a_failing_cache_write_does_not_fail_the_write(client, monkeypatch):
    _uncacheable_sql(monkeypatch)

    created = client.post("/articles", json={"text": article(8)})
    url = created.headers["Location"]
    patched = client.patch(url, json={"publisher": "Coastal Courier"})
    upload = orjson.dumps({"text": article(9)})
    imported = client.post("/articles/import", data=upload, content_type=NDJSON)
    cached_meanwhile = cached_rows()
    monkeypatch.undo()

    assert (created.status_code, patched.status_code, imported.status_code) == (201, 200, 200)
    assert imported.get_json()["created"] == 1
    assert cached_meanwhile == []
    assert client.get(url).get_json() == patched.get_json()  # built by this read
    assert [kind for _, kind in cached_rows()] == ["json"]
