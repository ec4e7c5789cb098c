"""POST /articles: text/plain and JSON bodies, deduplication, and every way a body can be wrong."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from api import create_app
from api.parser import parse
from tests.problems import assert_problem


def test_post_text_plain_creates_the_parsed_article(client, article_text):
    response = client.post("/articles", data=article_text, content_type="text/plain")

    assert response.status_code == 201
    body = response.get_json()
    assert response.headers["Location"] == f"/articles/{body['id']}"
    expected = parse(article_text).to_dict()  # the same content keys as `python -m api parse`
    assert {key: body[key] for key in expected} == expected
    assert body["links"] == {
        "self": f"/articles/{body['id']}",
        "text": f"/articles/{body['id']}.txt",
        "quotes": f"/articles/{body['id']}/quotes",
    }
    assert (body["url"], body["publisher"], body["published_at"]) == (None, None, None)


def test_post_json_stores_metadata(client, article_text):
    payload = {
        "text": article_text,
        "url": "https://news.example.com/bakery",
        "publisher": "Example Wire",
        "published_at": "2024-05-01T09:30:00+02:00",
    }

    response = client.post("/articles", json=payload)

    assert response.status_code == 201
    body = response.get_json()
    assert body["headline"] == parse(article_text).headline
    assert body["url"] == payload["url"]
    assert body["publisher"] == "Example Wire"
    assert body["published_at"] == "2024-05-01T07:30:00+00:00"


def test_post_same_content_again_answers_200_with_the_existing_article(client, created):
    again = client.post("/articles", json={"text": client.get(created["links"]["text"]).text})

    assert again.status_code == 200
    assert again.get_json()["id"] == created["id"]
    assert "Location" not in again.headers


def test_text_plain_charset_utf8_is_accepted(client, article_text):
    response = client.post(
        "/articles", data=article_text.encode(), content_type="text/plain; charset=UTF-8"
    )

    assert response.status_code == 201


@pytest.mark.parametrize(
    "content_type", [None, "application/xml", "multipart/form-data", "text/plain; charset=latin-1"]
)
def test_unsupported_content_type_is_415(client, article_text, content_type):
    response = client.post("/articles", data=article_text.encode(), content_type=content_type)

    assert_problem(response, 415)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": None}, "text"),
        ({"text": 12}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   \n\n  "}, "text"),
        ({"text": "Only a headline here"}, "text"),
        ({"text": "A\n\nB.", "url": "not a url"}, "url"),
        ({"text": "A\n\nB.", "url": "javascript:alert(1)"}, "url"),
        ({"text": "A\n\nB.", "publisher": ""}, "publisher"),
        ({"text": "A\n\nB.", "published_at": "yesterday"}, "published_at"),
        ({"text": "A\n\nB.", "published_at": "9999-12-31T23:59:59-14:00"}, "published_at"),
        ({"text": "A\n\nB.", "author": "Someone"}, "author"),
    ],
)
def test_invalid_json_fields_are_422_naming_the_field(client, payload, field):
    response = client.post("/articles", json=payload)

    assert_problem(response, 422, field)


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2024-03-02", "2024-03-02T00:00:00+00:00"),  # a date alone is midnight UTC
        ("2024-03-02T10:15:00", "2024-03-02T10:15:00+00:00"),  # no offset: UTC
        ("2024-03-02T10:15:00Z", "2024-03-02T10:15:00+00:00"),
        ("2024-03-02T10:15:00-05:00", "2024-03-02T15:15:00+00:00"),
    ],
)
def test_published_at_takes_the_forms_the_filters_take(client, given, stored):
    response = client.post(
        "/articles", json={"text": "Ferry runs late\n\nIt ran late.", "published_at": given}
    )

    assert response.status_code == 201
    assert response.get_json()["published_at"] == stored
    listed = client.get(
        "/articles", query_string={"published_after": given, "fields": "published_at"}
    )
    assert [item["published_at"] for item in listed.get_json()["items"]] == [stored]


@pytest.mark.parametrize("text", ["", "  \n \n", "Only a headline here\n"])
def test_text_plain_that_is_not_an_article_is_422_on_text(client, text):
    response = client.post("/articles", data=text, content_type="text/plain")

    assert_problem(response, 422, "text")


@pytest.mark.parametrize("body", [b"{", b"[1, 2", b"\xff\xfe{}", b""])
def test_malformed_json_is_400(client, body):
    response = client.post("/articles", data=body, content_type="application/json")

    assert_problem(response, 400)


@pytest.mark.parametrize("body", [b"[]", b'"text"', b"null", b"42"])
def test_json_that_is_not_an_object_is_422(client, body):
    response = client.post("/articles", data=body, content_type="application/json")

    assert_problem(response, 422)


def test_invalid_utf8_text_is_400(client):
    response = client.post(
        "/articles", data=b"Headline\n\nCaf\xe9 opens.\n", content_type="text/plain"
    )

    assert_problem(response, 400, "text")


def test_nul_characters_never_cause_a_500(client):
    response = client.post("/articles", json={"text": "Head\x00line\n\nA body\x00 line.\n"})

    assert response.status_code in (201, 422)


@pytest.mark.parametrize("content_type", ["text/plain", "application/json"])
def test_body_over_the_configured_limit_is_413(settings, client_for, contract, content_type):
    small = create_app(replace(settings, max_body_bytes=64))

    response = client_for(small).post("/articles", data=b"x" * 65, content_type=content_type)

    body = assert_problem(response, 413)
    assert "64 bytes" in body["detail"]
    contract.check(response)


@pytest.mark.parametrize(("size", "status"), [(64, 201), (65, 413), (5000, 413)])
def test_chunked_body_is_held_to_the_same_limit(settings, client_for, contract, size, status):
    small = create_app(replace(settings, max_body_bytes=64))
    text = ("Short headline\n\n" + "Words of the body. " * 300)[:size].encode()

    # No Content-Length: the server (gunicorn) terminates the chunked stream itself.
    response = client_for(small).post(
        "/articles",
        input_stream=io.BytesIO(text),
        content_type="text/plain",
        environ_overrides={"wsgi.input_terminated": True},
    )

    assert response.status_code == status
    contract.check(response)
