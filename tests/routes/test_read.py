"""GET and DELETE on articles: the whole article, its export text, the paginated list."""

from __future__ import annotations

import pytest

from api.parser import parse, render
from api.values import MAX_ID
from tests.problems import assert_problem


def _make_articles(client, count: int) -> list[int]:
    """Store `count` distinct synthetic articles; their ids in creation order."""
    ids = []
    for n in range(count):
        text = f"Tide table number {n} is published\n\nThe harbour office printed table {n}.\n"
        response = client.post("/articles", data=text, content_type="text/plain")
        assert response.status_code == 201
        ids.append(response.get_json()["id"])
    return ids


def test_get_article_returns_the_stored_article(client, created):
    response = client.get(f"/articles/{created['id']}")

    assert response.status_code == 200
    assert response.get_json() == created
    assert "Accept" in response.vary


def test_article_body_blocks_point_at_images(client, created):
    blocks = created["body"]

    assert {block["type"] for block in blocks} <= {"paragraph", "subheading", "image"}
    for block in blocks:
        if block["type"] == "image":
            assert 0 <= block["image"] < len(created["images"])
        else:
            assert block["text"]


def test_txt_returns_the_export_text(client, created, article_text):
    response = client.get(f"/articles/{created['id']}.txt")

    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.mimetype_params["charset"] == "utf-8"
    assert response.text == render(parse(article_text))


@pytest.mark.parametrize("accept", ["text/plain", "text/*", "text/plain, application/json;q=0.5"])
def test_accept_text_plain_returns_the_export_text(client, created, accept):
    response = client.get(f"/articles/{created['id']}", headers={"Accept": accept})

    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.text == client.get(created["links"]["text"]).text


@pytest.mark.parametrize(
    "accept", ["application/json", "*/*", "application/*", "text/plain;q=0.5, */*"]
)
def test_other_accept_headers_get_json(client, created, accept):
    response = client.get(f"/articles/{created['id']}", headers={"Accept": accept})

    assert response.status_code == 200
    assert response.get_json()["id"] == created["id"]


def test_export_text_round_trips_to_the_same_article(client, created):
    exported = client.get(created["links"]["text"]).text

    response = client.post("/articles", data=exported, content_type="text/plain")

    assert response.status_code == 200
    assert response.get_json()["id"] == created["id"]


def test_list_is_newest_first_with_total_and_links(client):
    ids = _make_articles(client, 3)

    response = client.get("/articles?limit=2")

    assert response.status_code == 200
    page = response.get_json()
    assert [item["id"] for item in page["items"]] == [ids[2], ids[1]]
    assert (page["total"], page["limit"]) == (3, 2)
    assert page["links"]["self"] == "/articles?limit=2"
    assert page["links"]["next"].startswith("/articles?limit=2&cursor=")
    assert page["links"]["prev"] is None
    assert response.headers["Link"] == f'<{page["links"]["next"]}>; rel="next"'


def test_following_next_links_visits_every_article_once(client):
    ids = _make_articles(client, 5)
    seen, url = [], "/articles?limit=2"

    while url:
        response = client.get(url)
        assert response.status_code == 200
        page = response.get_json()
        seen += [item["id"] for item in page["items"]]
        url = page["links"]["next"]

    assert seen == ids[::-1]
    previous = client.get(page["links"]["prev"]).get_json()
    assert [item["id"] for item in previous["items"]] == ids[::-1][2:4]


def test_list_summary_fields(client, created):
    response = client.get("/articles")

    assert response.status_code == 200
    (item,) = response.get_json()["items"]
    assert item == {
        "id": created["id"],
        "headline": created["headline"],
        "word_count": created["word_count"],
        "image_count": len(created["images"]),
        "publisher": None,
        "published_at": None,
        "created_at": created["created_at"],
        "links": {"self": created["links"]["self"]},
    }


@pytest.mark.parametrize("offset", [1, 40, MAX_ID])
def test_offset_past_the_end_is_an_empty_page(client, created, offset):
    response = client.get(f"/articles?offset={offset}")

    assert response.status_code == 200
    page = response.get_json()
    assert (page["items"], page["total"], page["links"]["next"]) == ([], 1, None)
    assert "Link" not in response.headers


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("offset=-1", "offset"),
        ("offset=99999999999999999999999999", "offset"),
        ("limit=1e3", "limit"),
    ],
)
def test_bad_pagination_is_400_naming_the_parameter(client, query, field):
    response = client.get(f"/articles?{query}")

    assert_problem(response, 400, field)


def test_delete_removes_the_article(client, created):
    response = client.delete(f"/articles/{created['id']}")

    assert response.status_code == 204
    assert response.data == b""
    assert "Content-Type" not in response.headers
    assert_problem(client.get(f"/articles/{created['id']}"), 404)
    assert_problem(client.delete(f"/articles/{created['id']}"), 404)


IMPOSSIBLE_IDS = ["999", "0", "-1", "abc", "9223372036854775807", "9223372036854775808", "9" * 30]


@pytest.mark.parametrize("article_id", IMPOSSIBLE_IDS)
@pytest.mark.parametrize("template", ["/articles/{}", "/articles/{}.txt"])
def test_get_missing_or_impossible_ids_is_404(client, template, article_id):
    response = client.get(template.format(article_id))

    assert_problem(response, 404)


@pytest.mark.parametrize("article_id", IMPOSSIBLE_IDS)
def test_delete_missing_or_impossible_ids_is_404(client, article_id):
    response = client.delete(f"/articles/{article_id}")

    assert_problem(response, 404)
