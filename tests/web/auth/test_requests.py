"""Which requests need which key, and how the API answers when the key is missing or wrong."""

from __future__ import annotations

import json

import pytest

from api.store import keys as keys_store
from api.store.models import ApiKey, Article
from tests.problems import assert_problem

CHALLENGE = 'Bearer realm="copydesk"'
INVALID = f'{CHALLENGE}, error="invalid_token"'
# Another article than the fixture's, so that a create or import that got through would show.
OTHER_TEXT = "Library opens on Sundays\n\nThe Eastmere library will open on Sundays from May.\n"
# Each write the API has, as (method, path, keyword arguments of the test client's call).
WRITES = {
    "create": ("POST", "/articles", {"data": OTHER_TEXT, "content_type": "text/plain"}),
    "import": (
        "POST",
        "/articles/import",
        {"data": json.dumps({"text": OTHER_TEXT}), "content_type": "application/x-ndjson"},
    ),
    "patch": ("PATCH", "/articles/{id}", {"json": {"publisher": "Example Wire"}}),
    "delete": ("DELETE", "/articles/{id}", {}),
}


def _write(client, name: str, article: dict, **extra):
    method, path, kwargs = WRITES[name]
    return client.open(path.format(id=article["id"]), method=method, **kwargs, **extra)


def _unchanged(client, article: dict) -> None:
    """The write did nothing: the article is as it was and no other was stored."""
    assert Article.select().count() == 1
    assert client.get(f"/articles/{article['id']}").get_json() == article


@pytest.mark.parametrize("write", WRITES)
def test_each_write_without_a_key_is_401_and_changes_nothing(anonymous_client, article, write):
    response = _write(anonymous_client, write, article)

    body = assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == CHALLENGE  # no error code: nothing was sent
    assert "Authorization: Bearer" in body["detail"]
    _unchanged(anonymous_client, article)


@pytest.mark.parametrize("write", WRITES)
def test_each_write_with_the_write_key_goes_through(client, article, write):
    response = _write(client, write, article)

    assert response.status_code in (200, 201, 204)


@pytest.mark.parametrize(
    "header",
    [
        "Bearer",
        "Bearer ",
        "Bearer two words",
        "Bearer caf\u00e9",
        "Bearer " + "x" * 300,
        "Bearer cdk_00000000_" + "A" * 43,  # well formed, but no such key
    ],
)
def test_a_malformed_or_unknown_key_is_401_invalid_token(anonymous_client, article, header):
    response = _write(anonymous_client, "create", article, headers={"Authorization": header})

    body = assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == INVALID
    assert body["detail"] == "The API key is not valid."
    _unchanged(anonymous_client, article)


def test_another_authorization_scheme_counts_as_no_key(anonymous_client, article):
    response = _write(anonymous_client, "create", article, headers={"Authorization": "Basic YTpi"})

    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == CHALLENGE


def test_the_scheme_name_is_case_insensitive(anonymous_client, db):
    _, key = keys_store.create_key("lower case", "write")

    response = anonymous_client.post(
        "/articles",
        data=OTHER_TEXT,
        content_type="text/plain",
        headers={"Authorization": f"bearer {key}"},
    )

    assert response.status_code == 201


def test_a_revoked_key_is_401_and_the_key_is_never_echoed(anonymous_client, article, db):
    row, key = keys_store.create_key("leaked", "write")
    keys_store.revoke_key(row.id)

    response = _write(
        anonymous_client, "delete", article, headers={"Authorization": f"Bearer {key}"}
    )

    body = assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == INVALID
    assert body["detail"] == "The API key has been revoked."
    assert key not in response.get_data(as_text=True)
    assert key not in str(response.headers)
    _unchanged(anonymous_client, article)


@pytest.mark.parametrize("write", WRITES)
def test_a_read_key_may_not_write_403(reader, article, write):
    response = _write(reader, write, article)

    body = assert_problem(response, 403)
    assert response.headers["WWW-Authenticate"] == (
        f'{CHALLENGE}, error="insufficient_scope", scope="write"'
    )
    assert "`write`" in body["detail"]
    _unchanged(reader, article)


@pytest.mark.parametrize(
    "path", ["/articles", "/articles/{id}", "/articles/{id}.txt", "/quotes", "/people"]
)
def test_reads_are_public_by_default(anonymous_client, reader, article, path):
    path = path.format(id=article["id"])

    assert anonymous_client.get(path).status_code == 200
    assert reader.get(path).status_code == 200


def test_a_bad_key_sent_with_a_public_read_is_still_refused(anonymous_client, article):
    # A client whose key was revoked learns it on its next request, not on its next write.
    response = anonymous_client.get(
        "/articles", headers={"Authorization": "Bearer not-a-key-at-all"}
    )

    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == INVALID


def test_routing_comes_first_405_and_404_need_no_key(anonymous_client):
    wrong_method = anonymous_client.put("/articles", data=OTHER_TEXT, content_type="text/plain")
    assert_problem(wrong_method, 405)
    assert set(wrong_method.headers["Allow"].split(", ")) >= {"GET", "POST"}

    assert_problem(anonymous_client.post("/no/such/path", data="x"), 404)
    assert_problem(anonymous_client.delete("/articles/999999"), 401)  # a real route: key first


def test_cors_preflight_needs_no_key(anonymous_client):
    response = anonymous_client.options("/articles")

    assert response.status_code == 200
    assert "POST" in response.headers["Allow"]


@pytest.fixture
def locked(locked_app, client_for, contract):
    """Clients of an app with READ_REQUIRES_KEY=1: with no key, and with a `read` key."""
    return contract.watch(locked_app.test_client()), contract.watch(client_for(locked_app, "read"))


@pytest.mark.parametrize(
    "path", ["/articles", "/articles/{id}", "/quotes", "/people", "/articles/export"]
)
def test_read_requires_key_makes_reads_need_any_key(locked, article, path):
    anonymous, reader = locked
    path = path.format(id=article["id"])

    response = anonymous.get(path)

    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"] == CHALLENGE
    assert reader.get(path).status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/health", "/health/ready", "/metrics", "/docs", "/openapi.yaml", "/docs/swagger-ui.css"],
)
def test_health_and_docs_stay_open_when_reads_need_a_key(locked, path):
    anonymous, _ = locked

    response = anonymous.get(path)
    response.close()  # the stylesheet is streamed from its file

    assert response.status_code == 200


def test_last_used_is_recorded_at_most_once_a_minute(anonymous_client, db):
    row, key = keys_store.create_key("watched", "read")
    headers = {"Authorization": f"Bearer {key}"}

    def last_used():
        return ApiKey.get_by_id(row.id).last_used_at

    assert last_used() is None
    anonymous_client.get("/articles", headers=headers)
    first = last_used()
    assert first is not None
    anonymous_client.get("/articles", headers=headers)
    assert last_used() == first  # the second use within the minute wrote nothing

    earlier = first - keys_store.TOUCH_INTERVAL
    ApiKey.update(last_used_at=earlier).where(ApiKey.id == row.id).execute()
    anonymous_client.get("/articles", headers=headers)
    assert last_used() > earlier
