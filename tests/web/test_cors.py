"""CORS: allowed origins get the headers a frontend needs, others none, preflights need no key."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api import create_app

ALLOWED = "https://app.example.com"
REFUSED = "https://evil.example.net"


@pytest.fixture
def cors_client(settings):
    """A client of an app that allows one frontend origin (and rate limits, to see preflights)."""
    app = create_app(
        replace(
            settings,
            cors_origins=(ALLOWED,),
            ratelimit_enabled=True,
            ratelimit_reads_per_ip="1/minute",
            ratelimit_writes_per_ip="1/minute",
        )
    )
    return app.test_client()


def test_an_allowed_origin_may_read_the_answer_and_its_headers(cors_client):
    response = cors_client.get("/articles", headers={"Origin": ALLOWED})

    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "Origin" in response.headers["Vary"]
    exposed = {
        h.strip().lower() for h in response.headers["Access-Control-Expose-Headers"].split(",")
    }
    assert {
        "etag",
        "link",
        "location",
        "retry-after",
        "ratelimit-remaining",
        "x-request-id",
    } <= exposed
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_a_refused_origin_gets_no_cors_headers(cors_client):
    response = cors_client.get("/articles", headers={"Origin": REFUSED})

    assert response.status_code == 200  # the server answers; the browser withholds it
    assert not [name for name in response.headers.keys() if name.startswith("Access-Control-")]


@pytest.mark.parametrize("path", ["/articles", "/articles/1", "/articles/import", "/people"])
def test_preflight_allows_a_keyed_write_and_is_never_limited(cors_client, path):
    preflight = {
        "Origin": ALLOWED,
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "Authorization, Content-Type, If-Match, X-Request-ID",
    }

    answers = [cors_client.options(path, headers=preflight) for _ in range(3)]

    for response in answers:
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
        assert "PATCH" in response.headers["Access-Control-Allow-Methods"]
        allowed = response.headers["Access-Control-Allow-Headers"].lower()
        for header in ("authorization", "content-type", "if-match", "x-request-id"):
            assert header in allowed
        assert int(response.headers["Access-Control-Max-Age"]) > 0


def test_a_preflight_from_a_refused_origin_is_not_allowed(cors_client):
    response = cors_client.options(
        "/articles", headers={"Origin": REFUSED, "Access-Control-Request-Method": "POST"}
    )

    assert "Access-Control-Allow-Origin" not in response.headers


def test_without_cors_origins_no_response_has_cors_headers(client):
    response = client.get("/articles", headers={"Origin": ALLOWED})
    preflight = client.options(
        "/articles", headers={"Origin": ALLOWED, "Access-Control-Request-Method": "POST"}
    )

    for answer in (response, preflight):
        assert not [name for name in answer.headers.keys() if name.startswith("Access-Control-")]
