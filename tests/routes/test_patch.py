"""PATCH /articles/{id}: metadata by JSON merge patch, guarded by If-Match; tags on create."""

from __future__ import annotations

import pytest

from api.store import metadata as metadata_store
from api.store.models import ArticleTag
from tests.problems import assert_problem

MERGE_PATCH = "application/merge-patch+json"
CHANGES = {
    "url": ("https://news.example.com/bakery-prize", "https://news.example.com/bakery-prize"),
    "publisher": ("Northbrook Herald", "Northbrook Herald"),
    "published_at": ("2024-05-01T09:30:00+02:00", "2024-05-01T07:30:00+00:00"),
    "tags": (["food", "awards", "food"], ["awards", "food"]),
}


def _patch(client, article_id, changes, **headers):
    return client.patch(
        f"/articles/{article_id}", json=changes, headers=headers, content_type=MERGE_PATCH
    )


@pytest.mark.parametrize("field", CHANGES)
def test_patch_sets_one_field_and_moves_updated_at(client, created, field):
    sent, shown = CHANGES[field]

    response = _patch(client, created["id"], {field: sent})

    assert response.status_code == 200
    body = response.get_json()
    assert body[field] == shown
    assert body["updated_at"] > created["updated_at"]
    others = {k: v for k, v in created.items() if k not in (field, "updated_at")}
    assert {k: body[k] for k in others} == others
    assert client.get(f"/articles/{created['id']}").get_json() == body


def test_null_clears_a_value_and_the_tags(client, created):
    _patch(client, created["id"], {"url": "https://news.example.com/a", "tags": ["bread"]})

    response = _patch(client, created["id"], {"url": None, "tags": None})

    assert response.status_code == 200
    assert (response.get_json()["url"], response.get_json()["tags"]) == (None, [])


def test_keys_left_out_stay(client, created):
    _patch(client, created["id"], {"publisher": "Northbrook Herald", "tags": ["bread"]})

    response = _patch(client, created["id"], {"url": "https://news.example.com/b"})

    body = response.get_json()
    assert (body["publisher"], body["tags"]) == ("Northbrook Herald", ["bread"])


def test_a_patch_that_changes_nothing_keeps_the_version(client, created):
    etag = client.get(f"/articles/{created['id']}").headers["ETag"]

    response = _patch(client, created["id"], {"publisher": None, "tags": []}, **{"If-Match": etag})

    assert response.status_code == 200
    assert response.get_json()["updated_at"] == created["updated_at"]
    assert response.headers["ETag"] == etag


def test_the_patch_answer_etag_is_the_new_get_etag(client, created):
    response = _patch(client, created["id"], {"tags": ["bread"]})

    assert response.headers["ETag"] == client.get(f"/articles/{created['id']}").headers["ETag"]


@pytest.mark.parametrize("source", ["json", "text", "gzip"])
def test_if_match_with_the_current_etag_applies(client, created, source):
    headers = {"Accept": "text/plain"} if source == "text" else {}
    if source == "gzip":
        headers["Accept-Encoding"] = "gzip"
    etag = client.get(f"/articles/{created['id']}", headers=headers).headers["ETag"]

    response = _patch(client, created["id"], {"tags": ["bread"]}, **{"If-Match": etag})

    assert response.status_code == 200
    assert response.get_json()["tags"] == ["bread"]


def test_if_match_star_applies_to_any_version(client, created):
    response = _patch(client, created["id"], {"tags": ["bread"]}, **{"If-Match": "*"})

    assert response.status_code == 200


@pytest.mark.parametrize("stale", ["previous", "weak", "unknown"])
def test_if_match_with_another_etag_is_412_and_changes_nothing(client, created, stale):
    etag = client.get(f"/articles/{created['id']}").headers["ETag"]
    _patch(client, created["id"], {"publisher": "First Edit"})
    header = {"previous": etag, "weak": f"W/{etag}", "unknown": '"abc"'}[stale]
    if stale == "weak":  # weak tags never match strongly, even the current one
        header = "W/" + client.get(f"/articles/{created['id']}").headers["ETag"]

    response = _patch(client, created["id"], {"publisher": "Second Edit"}, **{"If-Match": header})

    assert_problem(response, 412)
    assert client.get(f"/articles/{created['id']}").get_json()["publisher"] == "First Edit"


def test_patch_of_a_missing_article_is_404(client):
    assert_problem(_patch(client, 999_999, {"tags": ["bread"]}), 404)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"headline": "New headline"}, "headline"),
        ({"text": "Headline\n\nBody."}, "text"),
        ({"url": "ftp://example.com/a"}, "url"),
        ({"publisher": ""}, "publisher"),
        ({"published_at": "2024-05-01 at noon"}, "published_at"),
        ({"tags": "bread"}, "tags"),
        ({"tags": [" bread"]}, "tags.0"),
        ({"tags": ["x" * 65]}, "tags.0"),
        ({"tags": ["line\nbreak"]}, "tags.0"),
        ({"tags": [f"t{n}" for n in range(33)]}, "tags"),
    ],
)
def test_invalid_changes_are_422_naming_the_field(client, created, changes, field):
    response = _patch(client, created["id"], changes)

    assert_problem(response, 422, field=field)
    assert client.get(f"/articles/{created['id']}").get_json() == created


def test_a_date_alone_is_midnight_utc(client, created):
    response = _patch(client, created["id"], {"published_at": "2024-03-02"})

    assert response.status_code == 200
    assert response.get_json()["published_at"] == "2024-03-02T00:00:00+00:00"


@pytest.mark.parametrize("tag", [" bread", "bread ", "line\nbreak"])
def test_a_refused_tag_is_told_what_a_tag_may_contain(client, created, tag):
    response = _patch(client, created["id"], {"tags": [tag]})

    assert_problem(response, 422, field="tags.0")
    message = response.get_json()["errors"][0]["message"]
    assert "no space at its start or end" in message
    assert "no control characters or line breaks" in message


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        (b'{"tags": ["bread"]}', "text/plain", 415),
        (b"{not json", MERGE_PATCH, 400),
        (b'["bread"]', MERGE_PATCH, 422),
    ],
)
def test_bodies_that_are_not_a_json_object(client, created, data, content_type, status):
    response = client.patch(f"/articles/{created['id']}", data=data, content_type=content_type)

    assert_problem(response, status)


def test_plain_application_json_works_too(client, created):
    response = client.patch(f"/articles/{created['id']}", json={"tags": ["bread"]})

    assert response.status_code == 200
    assert response.get_json()["tags"] == ["bread"]


def test_create_takes_tags(client, article_text):
    response = client.post("/articles", json={"text": article_text, "tags": ["b", "a", "b"]})

    assert response.status_code == 201
    assert response.get_json()["tags"] == ["a", "b"]


def test_deleting_an_article_deletes_its_tags(client, created):
    _patch(client, created["id"], {"tags": ["bread", "awards"]})
    assert ArticleTag.select().count() == 2

    assert client.delete(f"/articles/{created['id']}").status_code == 204

    assert ArticleTag.select().count() == 0


def test_a_change_between_the_read_and_the_write_is_412(client, created, monkeypatch):
    # Another writer gets in after the client's GET: If-Match is checked on the locked row.
    etag = client.get(f"/articles/{created['id']}").headers["ETag"]
    original = metadata_store.update_metadata

    def after_a_rival(article_id, changes, *, is_expected=None, **hooks):
        original(article_id, {"publisher": "Rival Edit"})
        return original(article_id, changes, is_expected=is_expected, **hooks)

    monkeypatch.setattr(metadata_store, "update_metadata", after_a_rival)

    response = _patch(client, created["id"], {"publisher": "Mine"}, **{"If-Match": etag})

    assert_problem(response, 412)
    assert client.get(f"/articles/{created['id']}").get_json()["publisher"] == "Rival Edit"
