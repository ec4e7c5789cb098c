"""POST /articles with a web page (text/html), and web pages in NDJSON imports."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from api import create_app
from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs
from tests.problems import assert_problem
from tests.store.test_html_articles import BODY, HEAD

PAGE = page(BODY, HEAD)
PAGE_URL = "https://example.com/news/ferry-returns?from=feed"
NO_CANONICAL = page(
    paragraphs(3)
    + "<figure><img src='../img/boat.jpg' alt='A boat'><figcaption>The boat.</figcaption>"
    "</figure>" + paragraphs(1, "After")
)
NDJSON = "application/x-ndjson"


def test_a_page_is_stored_with_the_structure_the_extractor_gives(client):
    response = client.post("/articles", data=PAGE.encode(), content_type="text/html; charset=utf-8")

    body = response.get_json()
    assert response.status_code == 201, body
    assert response.headers["Location"] == f"/articles/{body['id']}"
    expected = parse_html(PAGE.encode()).to_dict()
    keywords = expected.pop("keywords")
    expected["published_at"] = "2024-03-02T07:30:00+00:00"  # in UTC, as every date
    assert {key: body[key] for key in expected} == expected
    assert body["tags"] == sorted(keywords)
    assert body["source"] == "html"
    assert body["authors"] == ["Ann Writer", "Bo Lee"]
    assert (body["language"], body["section"]) == ("en", "Travel")
    assert body["modified_at"] == "2024-03-03T10:00:00+00:00"
    assert [b["items"] for b in body["body"] if b["type"] == "list"] == [
        ["The first boat leaves at six.", "Bikes ride free."]
    ]
    assert client.get(f"/articles/{body['id']}").get_json() == body
    text = client.get(f"/articles/{body['id']}.txt").text
    assert "\n▪ The first boat leaves at six.\n▪ Bikes ride free.\n" in text


def test_an_export_says_it_is_one(client, article_text):
    body = client.post("/articles", data=article_text, content_type="text/plain").get_json()
    assert (body["source"], body["authors"], body["language"]) == ("text", [], None)
    assert all("src" not in image for image in body["images"])


@pytest.mark.parametrize("how", ["Content-Location", "query"])
def test_the_page_url_resolves_links_and_is_stored_without_a_canonical_one(client, how):
    headers = {"Content-Location": PAGE_URL} if how == "Content-Location" else {}
    url = "/articles" + (
        f"?url={PAGE_URL.replace('?', '%3F').replace('=', '%3D')}" if how == "query" else ""
    )

    response = client.post(
        url, data=NO_CANONICAL.encode(), content_type="text/html", headers=headers
    )

    body = response.get_json()
    assert response.status_code == 201, body
    assert body["url"] == PAGE_URL
    assert body["images"][0]["src"] == "https://example.com/img/boat.jpg"


def test_a_canonical_url_wins_over_the_page_url(client):
    response = client.post(
        "/articles", data=PAGE.encode(), content_type="text/html",
        headers={"Content-Location": PAGE_URL},
    )  # fmt: skip
    assert response.get_json()["url"] == "https://example.com/news/ferry-returns"


def test_the_charset_comes_from_the_header(client):
    latin = page("<p>Café owners say the ferry brings them trade again. " + "x" * 40 + "</p>"
                 + paragraphs(3)).replace("<meta charset='utf-8'>", "")  # fmt: skip
    response = client.post(
        "/articles", data=latin.encode("cp1252"), content_type="text/html; charset=windows-1252"
    )
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["body"][0]["text"].startswith("Café owners")


def test_undecodable_bytes_are_a_400_with_the_offset(client):
    data = PAGE.encode()
    bad = data.index(b"Paragraph 2")
    response = client.post(
        "/articles", data=data[:bad] + b"\xff" + data[bad:], content_type="text/html"
    )
    body = assert_problem(response, 400)
    assert f"offset {bad}" in body["detail"]


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><h1>Hello</h1><p>Short.</p></body></html>",
        "<html><head><title>Only a title</title></head></html>",
    ],
)
def test_a_page_without_an_article_is_a_422_with_the_reason(client, html):
    body = assert_problem(client.post("/articles", data=html, content_type="text/html"), 422)
    assert "article" in body["detail"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/path", "ftp://e.com/x"])
def test_a_page_url_that_is_not_http_is_a_422(client, url):
    response = client.post(
        "/articles", data=PAGE, content_type="text/html", headers={"Content-Location": url}
    )
    assert_problem(response, 422, "Content-Location")
    response = client.post(
        "/articles", data=PAGE, content_type="text/html", query_string={"url": url}
    )
    assert_problem(response, 422, "url")


def test_the_url_parameter_gives_an_export_its_url(client, article_text):
    response = client.post(
        "/articles?url=https://e.com/a", data=article_text, content_type="text/plain"
    )
    assert response.get_json()["url"] == "https://e.com/a"
    json_url = client.post(
        "/articles?url=https://e.com/a",
        json={"text": "Other headline\n\nOther body text here.", "url": "https://e.com/b"},
    )
    assert json_url.get_json()["url"] == "https://e.com/b"  # the body's own wins


def test_a_page_over_the_body_limit_is_413(settings, client_for):
    small = create_app(replace(settings, max_body_bytes=1000))
    response = client_for(small).post("/articles", data=PAGE, content_type="text/html")
    assert_problem(response, 413)


def test_the_same_page_again_answers_200(client):
    first = client.post("/articles", data=PAGE, content_type="text/html")
    again = client.post("/articles", data=PAGE, content_type="text/html")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]


def test_ndjson_imports_take_pages_beside_exports(client, article_text):
    lines = [
        {"html": NO_CANONICAL, "url": PAGE_URL, "tags": ["boats"]},
        {"text": article_text},
        {"html": "<html><body><p>No article here.</p></body></html>"},
        {"html": PAGE, "publisher": "Not taken from a line"},
        {"html": PAGE, "url": "javascript:alert(1)"},
    ]
    upload = b"\n".join(json.dumps(line).encode() for line in lines)

    response = client.post("/articles/import", data=upload, content_type=NDJSON)

    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == ["created", "created", "error", "error", "error"]
    assert results[2]["error"].startswith("text: ")
    assert "publisher" in results[3]["error"]
    assert results[4]["error"].startswith("url: ")
    stored = client.get(f"/articles/{results[0]['id']}").get_json()
    assert (stored["source"], stored["url"], stored["tags"]) == ("html", PAGE_URL, ["boats"])


def test_an_exported_page_article_imports_back_as_itself(client):
    created = client.post("/articles", data=PAGE, content_type="text/html").get_json()
    exported = client.get("/articles/export").data
    client.delete(f"/articles/{created['id']}")

    response = client.post("/articles/import", data=exported, content_type=NDJSON)

    assert [r["status"] for r in response.get_json()["results"]] == ["created"]
    restored = client.get(f"/articles/{created['id']}").get_json()
    assert restored == created


def _page_by(authors: list[str], language: str, n: int) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "author": [{"@type": "Person", "name": a} for a in authors]}  # fmt: skip
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    return page(paragraphs(3, f"Item {n}"), head, headline=f"Ferry report {n}", lang=language)


def test_filters_by_author_and_language(client, article_text):
    ids = [
        client.post(
            "/articles", data=_page_by(authors, lang, n), content_type="text/html"
        ).get_json()["id"]
        for n, (authors, lang) in enumerate(
            [(["Ann Writer", "Bo Lee"], "en-GB"), (["Bo Leeds"], "en"), (["Ann Writer"], "fr")]
        )
    ]
    client.post("/articles", data=article_text, content_type="text/plain")

    def found(**query) -> list[int]:
        response = client.get("/articles", query_string=query)
        assert response.status_code == 200, response.get_json()
        return sorted(item["id"] for item in response.get_json()["items"])

    assert found(author="Ann Writer") == [ids[0], ids[2]]
    assert found(author="bo lee") == [ids[0]]  # whole names only, any case
    assert found(author="Bo Leeds", q="ferry") == [ids[1]]
    assert found(language="en") == [ids[0], ids[1]]
    assert found(language="EN-gb") == [ids[0]]
    assert found(language="fr", author="Ann Writer") == [ids[2]]
    assert found(q="Leeds") == [ids[1]]  # authors are searched too
    assert found(author='x%_"') == []


@pytest.mark.parametrize("language", ["en_GB", "e%", "", "en-"])
def test_a_malformed_language_is_a_400(client, language):
    assert_problem(client.get("/articles", query_string={"language": language}), 400, "language")


def test_the_charset_comes_from_a_byte_order_mark_or_the_meta(client):
    text = page("<p>Zoë Marsh says the café will open again in May. " + "y" * 40 + "</p>"
                + paragraphs(3), headline="Café reopens")  # fmt: skip
    bom = client.post("/articles", data=text.encode("utf-16"), content_type="text/html")
    assert bom.status_code == 201, bom.get_json()
    assert bom.get_json()["headline"] == "Café reopens"
    latin = text.replace("<meta charset='utf-8'>", "<meta charset='iso-8859-1'>")
    meta = client.post("/articles", data=latin.encode("latin-1"), content_type="text/html")
    assert meta.status_code in (200, 201), meta.get_json()
    assert meta.get_json()["id"] == bom.get_json()["id"]  # the same article, read alike
