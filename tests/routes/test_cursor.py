"""GET /articles sort keys and cursor pagination: every order, walked both ways, exactly once."""

from __future__ import annotations

import base64
import json
from datetime import datetime

import pytest

from api.search.cursors import Cursor, Sort, sort_choices
from tests.listing import ids, store, walk
from tests.problems import assert_problem

# (headline, published_at): distinct initials, so that every collation sorts them alike.
ARTICLES = [
    ("Birch avenue gets new lamps", "2024-02-01T08:00:00Z"),
    ("Alder lane closes for a week", None),
    ("Elm park pond is drained", "2024-01-15T08:00:00Z"),
    ("Cedar school wins a chess cup", "2024-02-01T08:00:00Z"),  # same time as Birch
    ("Dogwood market moves indoors", None),
    ("Fir hill gets a bus stop", "2023-12-31T23:59:59Z"),
    ("Gorse common is mown", "2024-03-09T12:00:00Z"),
]


@pytest.fixture
def stored(client) -> list[dict]:
    """The articles as the list shows them (id, headline, published_at, created_at), by id."""
    for headline, published_at in ARTICLES:
        store(
            client,
            headline,
            f"Residents said the {headline.split()[0].lower()} news was welcome.",
            published_at=published_at,
        )
    page = client.get("/articles?sort=id&fields=headline,published_at,created_at").get_json()
    return page["items"]


def _expected(items: list[dict], sort: str) -> list[int]:
    """The order the API promises for `sort`; articles without a date always come last."""
    key, reverse = sort.removeprefix("-"), sort.startswith("-")
    if key == "id":
        return sorted((i["id"] for i in items), reverse=reverse)
    dated = [i for i in items if i[key] is not None]
    undated = [i for i in items if i[key] is None]
    ordered = sorted(dated, key=lambda i: (i[key], i["id"]), reverse=reverse)
    ordered += sorted(undated, key=lambda i: i["id"], reverse=reverse)
    return [i["id"] for i in ordered]


ORDERS = [s for s in sort_choices() if "relevance" not in s]


@pytest.mark.parametrize("sort", ORDERS)
def test_each_sort_key_both_ways(client, stored, sort):
    assert ids(client, f"/articles?sort={sort}") == _expected(stored, sort)


@pytest.mark.parametrize("sort", ORDERS)
def test_following_next_visits_every_article_once_in_order(client, stored, sort):
    pages = list(walk(client, f"/articles?sort={sort}&limit=2"))

    seen = [item["id"] for page in pages for item in page["items"]]
    assert seen == _expected(stored, sort)
    assert [len(page["items"]) for page in pages] == [2, 2, 2, 1]
    assert {page["total"] for page in pages} == {len(ARTICLES)}


@pytest.mark.parametrize("sort", ORDERS)
def test_following_prev_from_the_last_page_goes_back_over_the_same_pages(client, stored, sort):
    forward = list(walk(client, f"/articles?sort={sort}&limit=3"))
    back, url = [], forward[-1]["links"]["prev"]
    while url:
        page = client.get(url).get_json()
        back.append([item["id"] for item in page["items"]])
        url = page["links"]["prev"]

    assert back == [[item["id"] for item in page["items"]] for page in forward[-2::-1]]


def test_relevance_pages_walk_every_match_once(client, stored):
    everything = ids(client, "/articles?q=news&limit=100")
    pages = list(walk(client, "/articles?q=news&limit=3"))

    assert [item["id"] for page in pages for item in page["items"]] == everything
    assert sorted(everything) == [item["id"] for item in stored]
    reverse = ids(client, "/articles?q=news&sort=-relevance&limit=100")
    assert reverse == everything[::-1]


@pytest.mark.parametrize("sort", ["id", "-id", "-created_at", "published_at", "headline"])
def test_articles_added_between_pages_never_repeat_or_hide_others(client, stored, sort):
    url, seen, added = f"/articles?sort={sort}&limit=2", [], 0
    while url:
        page = client.get(url).get_json()
        seen += [item["id"] for item in page["items"]]
        added += 1
        # A newcomer at either end of the order: "Aardvark"/"Zebra", dated early or late.
        store(client, f"{'Aardvark' if added % 2 else 'Zebra'} news {added}",
              f"Item {added} arrived while a client paged.",
              published_at=f"20{10 + added * 5}-01-01T00:00:00Z")  # fmt: skip
        url = page["links"]["next"]

    assert len(seen) == len(set(seen))
    assert {item["id"] for item in stored} <= set(seen)


def test_first_and_last_pages_have_no_link_beyond_them(client, stored):
    first = client.get(f"/articles?limit={len(ARTICLES)}")

    assert first.status_code == 200
    assert first.get_json()["links"] == {
        "self": f"/articles?limit={len(ARTICLES)}",
        "next": None,
        "prev": None,
    }
    assert "Link" not in first.headers


def test_the_link_header_repeats_the_body_links(client, stored):
    response = client.get("/articles?limit=2")
    second = client.get(response.get_json()["links"]["next"])

    links = second.get_json()["links"]
    assert second.headers["Link"] == f'<{links["next"]}>; rel="next", <{links["prev"]}>; rel="prev"'


def test_offset_still_skips(client, stored):
    assert ids(client, "/articles?sort=id&offset=5") == [item["id"] for item in stored][5:]


@pytest.mark.parametrize(
    "cursor",
    [
        Cursor("-id", False, None, 7),
        Cursor("headline", True, "Zürich “quoted” headline", 2**63 - 1),
        Cursor("-published_at", False, datetime(2024, 5, 1, 9, 30, 0, 123456), 3),
        Cursor("published_at", True, None, 3),
        Cursor("relevance", False, -3.2608124325373367e-06, 12),
    ],
)
def test_cursors_round_trip_exactly(cursor):
    assert Cursor.decode(cursor.encode(), Sort.parse(cursor.sort)) == cursor


def _cursor(raw) -> str:
    return base64.urlsafe_b64encode(json.dumps(raw).encode()).rstrip(b"=").decode()


@pytest.mark.parametrize(
    "cursor",
    [
        "abc",
        "====",
        "not a cursor!",
        "x" * 2001,
        _cursor({"sort": "-id"}),
        _cursor([1, "-id", "a", None]),
        _cursor([2, "-id", "a", None, 5]),  # another version
        _cursor([1, "-id", "x", None, 5]),
        _cursor([1, "-id", "a", None, 0]),
        _cursor([1, "-id", "a", None, 2**63]),
        _cursor([1, "-id", "a", None, "5"]),
        _cursor([1, "-id", "a", None, True]),
        _cursor([1, "-id", "a", "Birch", 5]),  # an id sort has no value
        _cursor([1, "id", "a", None, 5]),  # made for another sort
    ],
)
def test_cursors_this_api_did_not_make_are_400(client, stored, cursor):
    assert_problem(client.get("/articles", query_string={"cursor": cursor}), 400, "cursor")


@pytest.mark.parametrize(
    ("sort", "raw"),
    [
        ("headline", [1, "headline", "a", 5, 5]),
        ("headline", [1, "headline", "a", "Birch\x00", 5]),
        ("-published_at", [1, "-published_at", "a", "yesterday", 5]),
        ("-published_at", [1, "-published_at", "a", "2024-01-01T00:00:00+00:00", 5]),
        ("created_at", [1, "created_at", "a", None, 5]),
    ],
)
def test_cursor_values_must_fit_their_sort_key(client, stored, sort, raw):
    response = client.get("/articles", query_string={"sort": sort, "cursor": _cursor(raw)})

    assert_problem(response, 400, "cursor")


def test_relevance_cursors_must_hold_a_finite_score(client, stored):
    cursor = base64.urlsafe_b64encode(b'[1,"relevance","a",NaN,5]').decode()

    response = client.get("/articles", query_string={"q": "news", "cursor": cursor})

    assert_problem(response, 400, "cursor")


def test_a_tampered_cursor_is_400(client, stored):
    cursor = client.get("/articles?limit=2").get_json()["links"]["next"].split("cursor=")[1]
    tampered = cursor[:-3] + ("A" if cursor[-3] != "A" else "B") + cursor[-2:]

    assert_problem(client.get(f"/articles?cursor={tampered}"), 400, "cursor")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("sort=newest", "sort"),
        ("sort=", "sort"),
        ("sort=--id", "sort"),
        ("sort=relevance", "sort"),  # relevance needs q
        ("sort=-relevance", "sort"),
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("offset=2&cursor=" + _cursor([1, "-id", "a", None, 5]), "offset"),
    ],
)
def test_bad_sort_and_paging_parameters_are_400(client, query, field):
    assert_problem(client.get(f"/articles?{query}"), 400, field)


def test_an_unknown_sort_lists_the_valid_ones(client):
    body = assert_problem(client.get("/articles?sort=newest"), 400, "sort")

    (error,) = body["errors"]
    assert all(choice in error["message"] for choice in sort_choices())
