"""GET /articles `fields` (sparse fieldsets) and `include` (heavy parts) on list items."""

from __future__ import annotations

import pytest

from api.schemas.listing import DEFAULT_FIELDS, INCLUDABLE
from tests.problems import assert_problem


def _item(client, query: str) -> dict:
    response = client.get(f"/articles?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    (item,) = response.get_json()["items"]
    return item


def test_default_items_are_summaries(client, created):
    assert _item(client, "").keys() == set(DEFAULT_FIELDS)


@pytest.mark.parametrize(
    ("fields", "keys"),
    [
        ("headline", {"id", "headline"}),
        ("id", {"id"}),
        ("headline,published_at,url,content_hash", {"id", "headline", "published_at", "url",
                                                    "content_hash"}),
        ("images.credit", {"id", "images"}),
        ("images,images.credit", {"id", "images"}),
        ("quotes.speaker.name,people.role", {"id", "quotes", "people"}),
    ],
)  # fmt: skip
def test_fields_choose_exactly_what_items_show(client, created, fields, keys):
    assert _item(client, f"fields={fields}").keys() == keys


def test_nested_fields_narrow_the_nested_items(client, created):
    item = _item(client, "fields=images.credit,quotes.speaker.name")

    assert item["images"] == [{"credit": image["credit"]} for image in created["images"]]
    assert all(quote.keys() <= {"speaker"} for quote in item["quotes"])


def test_a_whole_nested_field_wins_over_its_parts(client, created):
    assert _item(client, "fields=images,images.credit")["images"] == created["images"]


def test_include_adds_parts_equal_to_the_whole_article(client, created):
    item = _item(client, f"include={','.join(INCLUDABLE)}")

    assert item.keys() == set(DEFAULT_FIELDS) | set(INCLUDABLE)
    for part in ("bullets", "images", "body", "people", "tags"):
        assert item[part] == created[part], part
    quotes = client.get(created["links"]["quotes"]).get_json()["items"]
    assert item["quotes"] == quotes


@pytest.mark.parametrize("part", ["bullets", "images", "body", "people", "tags"])
def test_each_part_included_alone_equals_the_whole_articles(client, created, part):
    item = _item(client, f"include={part}")

    assert item.keys() == set(DEFAULT_FIELDS) | {part}
    assert item[part] == created[part]
    assert item["image_count"] == len(created["images"])


def test_include_adds_to_fields(client, created):
    assert _item(client, "fields=headline&include=body").keys() == {"id", "headline", "body"}


@pytest.mark.parametrize(
    ("query", "field", "named"),
    [
        ("fields=headlines", "fields", "headline"),  # the message lists the valid ones
        ("fields=images.width", "fields", "images.credit"),
        ("fields=", "fields", "headline"),
        ("fields=id,,headline", "fields", "headline"),
        ("include=comments", "include", "quotes"),
        ("include=snippet", "include", "quotes"),
    ],
)
def test_unknown_fields_are_400_listing_the_valid_ones(client, query, field, named):
    body = assert_problem(client.get(f"/articles?{query}"), 400, field)

    assert named in body["errors"][0]["message"]
