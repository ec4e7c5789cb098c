"""Conditional GET on every resource (ETag, Last-Modified, 304) and gzip when it is accepted."""

from __future__ import annotations

import gzip
import json
from datetime import timedelta

import pytest
from werkzeug.http import http_date

from tests.synthetic import article

# Every buffered GET the API serves; {id} is an article with a quote, {person} its speaker.
RESOURCES = [
    "/articles/{id}",
    "/articles/{id}.txt",
    "/articles",
    "/articles/{id}/quotes",
    "/quotes",
    "/people",
    "/people/{person}",
    "/health",
]
# Over 1 KB as text and as JSON, so that gzip applies to both.
QUOTED = (
    "Lifeboat crew rescues two kayakers off the point\n\n"
    "Two kayakers were brought ashore on Sunday after their boats overturned in a squall"
    " half a mile off the point, where the tide runs hard against the wind.\n\n"
    '"The sea was far rougher than the forecast said," said Nia Marlow, the coxswain.\n\n'
    "The crew launched within eight minutes of the call and found the pair clinging to one"
    " upturned hull, cold but unhurt, with their paddles lost and their radio soaked.\n\n"
    "Both were checked by paramedics at the harbour and went home the same evening, the"
    " station said, thanking the walker on the cliff path who had raised the alarm.\n\n"
    "The station reminds everyone on the water to carry a means of calling for help, to"
    " check the tide tables before setting out, and to tell someone on shore where they"
    " plan to go and when they expect to be back, so that a search can start early.\n\n"
    "Last year the station answered ninety calls, a third of them to people in small craft,"
    " and its volunteers spent more than four hundred hours at sea between them.\n\n"
    "A new boathouse, paid for by an appeal that ran for two winters, is due to open in the"
    " spring, with room for a second inshore boat and a training room for the crew.\n"
)


@pytest.fixture
def urls(client) -> dict:
    """The resource URLs, filled in for a stored article and the person it quotes."""
    for n in range(5):
        assert client.post("/articles", data=article(n), content_type="text/plain").status_code
    body = client.post("/articles", data=QUOTED, content_type="text/plain").get_json()
    person = body["people"][0]["id"]
    return {path: path.format(id=body["id"], person=person) for path in RESOURCES}


@pytest.mark.parametrize("path", RESOURCES)
def test_every_get_has_an_etag_and_answers_304_for_it(client, urls, path):
    first = client.get(urls[path])
    assert first.status_code == 200
    etag = first.headers["ETag"]

    again = client.get(urls[path], headers={"If-None-Match": etag})

    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    assert "Content-Type" not in again.headers
    assert first.headers["Cache-Control"] == again.headers["Cache-Control"] == "no-cache"


@pytest.mark.parametrize(
    "header",
    ['W/"{tag}"', '"other", "{tag}"', "*", '"{tag}-gzip"'],
    ids=["weak", "in-a-list", "star", "gzip-form"],
)
def test_if_none_match_compares_weakly(client, urls, header):
    tag = client.get(urls["/articles/{id}"]).headers["ETag"].strip('"')

    response = client.get(urls["/articles/{id}"], headers={"If-None-Match": header.format(tag=tag)})

    assert response.status_code == 304


def test_another_etag_gets_the_body(client, urls):
    response = client.get(urls["/articles/{id}"], headers={"If-None-Match": '"not-this-one"'})

    assert response.status_code == 200
    assert response.get_json()["headline"]


def test_the_json_and_the_text_of_an_article_have_different_etags(client, urls):
    as_json = client.get(urls["/articles/{id}"])
    as_text = client.get(urls["/articles/{id}"], headers={"Accept": "text/plain"})

    assert as_json.headers["ETag"] != as_text.headers["ETag"]
    assert as_text.headers["ETag"] == client.get(urls["/articles/{id}.txt"]).headers["ETag"]


def test_a_change_to_the_article_changes_its_validators(client, urls):
    before = client.get(urls["/articles/{id}"])

    client.patch(urls["/articles/{id}"], json={"publisher": "Coast Weekly"})
    after = client.get(urls["/articles/{id}"], headers={"If-None-Match": before.headers["ETag"]})

    assert after.status_code == 200
    assert after.get_json()["publisher"] == "Coast Weekly"
    assert after.headers["ETag"] != before.headers["ETag"]


def test_deleting_an_article_changes_the_list_etag(client, urls):
    listed = client.get("/articles")
    newest = listed.get_json()["items"][0]["id"]
    assert client.delete(f"/articles/{newest}").status_code == 204

    again = client.get("/articles", headers={"If-None-Match": listed.headers["ETag"]})

    assert again.status_code == 200
    assert again.get_json()["total"] == listed.get_json()["total"] - 1


def test_lists_carry_no_last_modified(client, urls):
    # A deletion leaves every remaining row's time as it was: only the ETag can tell.
    assert "Last-Modified" not in client.get("/articles").headers


@pytest.mark.parametrize("path", ["/articles/{id}", "/articles/{id}.txt"])
def test_if_modified_since(client, urls, path):
    response = client.get(urls[path])
    modified = response.last_modified

    current = client.get(urls[path], headers={"If-Modified-Since": http_date(modified)})
    older = client.get(
        urls[path], headers={"If-Modified-Since": http_date(modified - timedelta(seconds=1))}
    )

    assert current.status_code == 304
    assert older.status_code == 200


def test_if_none_match_overrides_if_modified_since(client, urls):
    modified = client.get(urls["/articles/{id}"]).last_modified

    response = client.get(
        urls["/articles/{id}"],
        headers={"If-None-Match": '"stale"', "If-Modified-Since": http_date(modified)},
    )

    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/articles/{id}", "/articles", "/articles/{id}.txt"])
def test_gzip_when_accepted(client, urls, path):
    plain = client.get(urls[path])

    packed = client.get(urls[path], headers={"Accept-Encoding": "br, gzip;q=0.8"})

    assert packed.status_code == 200
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.data) == plain.data
    assert len(packed.data) < len(plain.data)
    assert packed.headers["ETag"] == plain.headers["ETag"][:-1] + '-gzip"'
    assert "Accept-Encoding" in plain.vary and "Accept-Encoding" in packed.vary


@pytest.mark.parametrize("accept_encoding", [None, "identity", "gzip;q=0", "br"])
def test_no_gzip_unless_accepted(client, urls, accept_encoding):
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}

    response = client.get(urls["/articles/{id}"], headers=headers)

    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers
    assert response.get_json()["headline"]


def test_small_bodies_are_not_compressed(client, urls):
    response = client.get("/health", headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers
    assert "Accept-Encoding" not in response.vary


def test_a_304_for_a_gzip_client_repeats_the_gzip_etag(client, urls):
    packed = client.get(urls["/articles/{id}"], headers={"Accept-Encoding": "gzip"})

    again = client.get(
        urls["/articles/{id}"],
        headers={"Accept-Encoding": "gzip", "If-None-Match": packed.headers["ETag"]},
    )

    assert again.status_code == 304
    assert again.headers["ETag"] == packed.headers["ETag"]
    assert "Content-Encoding" not in again.headers


def test_head_has_the_get_headers_and_no_body(client, urls):
    got = client.get(urls["/articles/{id}"], headers={"Accept-Encoding": "gzip"})

    head = client.head(urls["/articles/{id}"], headers={"Accept-Encoding": "gzip"})
    url = urls["/articles/{id}"]
    conditional = client.head(url, headers={"If-None-Match": got.headers["ETag"]})

    assert head.status_code == 200
    assert head.data == b""
    for name in ("ETag", "Last-Modified", "Content-Encoding", "Content-Length", "Vary"):
        assert head.headers[name] == got.headers[name]
    assert conditional.status_code == 304


def test_errors_and_writes_get_no_etag(client, urls):
    missing = client.get("/articles/999999")
    created = client.post("/articles", data=article(50), content_type="text/plain")

    assert missing.status_code == 404
    assert created.status_code == 201
    assert "ETag" not in missing.headers and "ETag" not in created.headers


def test_the_export_stream_is_gzipped_on_the_fly(client, urls):
    plain = client.get("/articles/export")

    packed = client.get("/articles/export", headers={"Accept-Encoding": "gzip"})

    assert packed.headers["Content-Encoding"] == "gzip"
    assert "ETag" not in packed.headers  # a stream is never held whole to be hashed
    assert gzip.decompress(packed.data) == plain.data
    assert len(plain.data.splitlines()) == 6


def test_an_article_version_is_serialised_once(client, urls, builds):
    first = client.get(urls["/articles/{id}"])
    second = client.get(urls["/articles/{id}"])
    client.patch(urls["/articles/{id}"], json={"tags": ["rescue"]})
    third = client.get(urls["/articles/{id}"])

    assert first.data == second.data
    assert json.loads(third.data)["tags"] == ["rescue"]
    assert len(builds) == 1  # by the PATCH: the first version's bytes were kept at its POST
