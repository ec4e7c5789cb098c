"""Compressed request bodies: gzip and deflate on POST /articles and POST /articles/import."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from dataclasses import replace

import pytest

from api import create_app
from tests.problems import assert_problem
from tests.synthetic import article

NDJSON = "application/x-ndjson"


def test_a_gzip_export_is_stored_as_the_plain_one_would_be(client):
    response = client.post(
        "/articles",
        data=gzip.compress(article(1).encode()),
        content_type="text/plain",
        headers={"Content-Encoding": "gzip"},
    )

    assert response.status_code == 201, response.get_data(as_text=True)
    again = client.post("/articles", data=article(1), content_type="text/plain")
    assert (again.status_code, again.get_json()["id"]) == (200, response.get_json()["id"])


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_a_deflate_json_body_is_accepted(client, wbits):
    packer = zlib.compressobj(wbits=wbits)
    body = json.dumps({"text": article(2), "publisher": "Example Wire"}).encode()

    response = client.post(
        "/articles",
        data=packer.compress(body) + packer.flush(),
        content_type="application/json",
        headers={"Content-Encoding": "deflate"},
    )

    assert response.status_code == 201, response.get_data(as_text=True)
    assert response.get_json()["publisher"] == "Example Wire"


def test_a_gzip_ndjson_import_of_several_members(client):
    lines = [json.dumps({"text": article(n)}).encode() + b"\n" for n in (3, 4, 5)]
    # `cat a.gz b.gz` is a valid gzip stream: every member counts.
    body = gzip.compress(lines[0]) + gzip.compress(b"".join(lines[1:]))

    response = client.post(
        "/articles/import", data=body, content_type=NDJSON, headers={"Content-Encoding": "gzip"}
    )

    assert response.status_code == 200
    assert response.get_json()["created"] == 3


@pytest.fixture
def small(settings, client_for):
    """A client for an app that takes 256 KiB per article and 512 KiB per import."""
    return client_for(create_app(replace(settings, max_body_bytes=2**18, import_max_bytes=2**19)))


@pytest.mark.parametrize("path", ["/articles", "/articles/import"])
def test_a_zip_bomb_is_413_without_being_inflated(small, path):
    bomb = gzip.compress(b"\n" * 2**26, compresslevel=9)  # 64 MiB of newlines in ~64 KiB
    assert len(bomb) < 2**18

    tracemalloc.start()
    try:
        response = small.post(
            path,
            data=bomb,
            content_type="text/plain",
            headers={"Content-Encoding": "gzip"},
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    body = assert_problem(response, 413, field="body")
    assert "decompresses to more than" in body["errors"][0]["message"]
    assert peak < 2**23  # 8 MiB: a few times the limit, never the 64 MiB the bomb holds
    assert small.get("/articles").get_json()["total"] == 0


@pytest.mark.parametrize("coding", ["br", "compress", "gzip, br"])
def test_other_codings_are_415_naming_the_supported_ones(client, coding):
    response = client.post(
        "/articles",
        data=article(6),
        content_type="text/plain",
        headers={"Content-Encoding": coding},
    )

    body = assert_problem(response, 415)
    assert "gzip or deflate" in body["detail"]


@pytest.mark.parametrize(
    "data", [b"not gzip at all", gzip.compress(b"Headline\n\nBody text.\n")[:-12]],
    ids=["garbage", "cut short"],
)  # fmt: skip
def test_a_broken_gzip_body_is_400(client, data):
    response = client.post(
        "/articles/import", data=data, content_type=NDJSON, headers={"Content-Encoding": "gzip"}
    )

    assert_problem(response, 400, field="body")
