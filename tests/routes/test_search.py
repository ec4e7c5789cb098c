"""GET /articles?q=: full-text search with ranking, phrases, OR, NOT, prefixes and snippets."""

from __future__ import annotations

import re

import pytest

from tests.listing import ids, store
from tests.problems import assert_problem


@pytest.fixture
def articles(client) -> dict[str, int]:
    """Invented articles, by a short name, each with words the searches below look for."""
    return {
        "keeper": store(
            client,
            "Lighthouse keeper retires after forty years",
            "The lighthouse on Gull Rock has had the same keeper since 1984.",
            "He climbed the lighthouse stairs every night.",
            bullets=("A new keeper starts in June.",),
            image=("A white tower", "The tower at dusk.", "Pat Example/Example Wire"),
        ),
        "harbour": store(
            client,
            "Harbour master opens the new quay",
            "The harbour master cut the ribbon on Monday.",
            "Fishing boats can now unload at any tide, and a lighthouse is planned.",
        ),
        "ferry": store(
            client,
            "Ferry fares rise in the spring",
            "The master of the ferry said the harbour dues had doubled.",
            "The fish & chips shop at <Pier 3> stays open late.",
        ),
        "bridge": store(
            client,
            "Footbridge closes for repairs",
            "Engineers found rust under the footbridge deck.",
            "Walkers must use the ferry until the bridge reopens.",
        ),
    }


def _search(client, q: str, extra: str = "") -> list[int]:
    return ids(client, f"/articles?q={q}{extra}")


def test_results_are_ranked_by_relevance(client, articles):
    response = client.get("/articles?q=lighthouse")

    assert response.status_code == 200
    page = response.get_json()
    # Three mentions in a short article rank above one in passing.
    assert [item["id"] for item in page["items"]] == [articles["keeper"], articles["harbour"]]
    assert page["total"] == 2


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("harbour master", {"harbour", "ferry"}),  # words anywhere
        ("%22harbour master%22", {"harbour"}),  # the exact phrase
        ("ferry OR footbridge", {"ferry", "bridge"}),
        ("harbour -ferry", {"harbour"}),
        ("harbour NOT ferry", {"harbour"}),
        ("master -%22harbour master%22", {"ferry"}),  # both words, but not as the phrase
        ("harbour NOT %22harbour master%22", {"ferry"}),
        ("harbour -(fares OR footbridge)", {"harbour"}),
        ("(lighthouse OR ferry) -rust", {"keeper", "harbour", "ferry"}),
        ("lightho*", {"keeper", "harbour"}),
        ("lightho", set()),  # without the star a word is whole
        ("LIGHTHOUSE", {"keeper", "harbour"}),
        ("june", {"keeper"}),  # bullets
        ("dusk", {"keeper"}),  # captions
        ("%22example wire%22", {"keeper"}),  # credits
        ("zeppelin", set()),
    ],
)
def test_query_syntax(client, articles, q, expected):
    assert set(_search(client, q)) == {articles[name] for name in expected}


@pytest.mark.parametrize("q", ['-"harbour master"', 'NOT "harbour master"', "-(ferry OR quay)"])
def test_a_query_that_only_excludes_is_refused(client, articles, q):
    response = client.get("/articles", query_string={"q": q})

    assert_problem(response, 400, "q")
    assert "only excludes" in str(response.get_json())


def test_search_combines_with_sort_and_keeps_its_total(client, articles):
    found = _search(client, "master", "&sort=id")

    assert found == sorted([articles["harbour"], articles["ferry"]])


def test_snippets_mark_matches_in_escaped_html(client, articles):
    response = client.get("/articles?q=chips")

    assert response.status_code == 200
    (item,) = response.get_json()["items"]
    snippet = item["snippet"]
    assert "<mark>chips</mark>" in snippet
    assert "fish &amp; <mark>chips</mark> shop at &lt;Pier 3&gt;" in snippet
    assert "<Pier" not in snippet


def test_snippets_mark_the_matching_phrase(client, articles):
    response = client.get('/articles?q="harbour master"&fields=snippet')

    (item,) = response.get_json()["items"]
    assert item.keys() == {"id", "snippet"}
    # SQLite marks the phrase as one span, PostgreSQL each of its words.
    assert re.search(r"<mark>harbour(</mark> <mark>| )master</mark>", item["snippet"], re.I)


def test_items_have_snippets_only_when_searching(client, articles):
    plain = client.get("/articles?fields=headline,snippet").get_json()["items"]

    assert all("snippet" not in item for item in plain)


def test_deleted_articles_leave_the_results(client, articles):
    assert client.delete(f"/articles/{articles['bridge']}").status_code == 204

    assert _search(client, "footbridge") == []


# What users (or scanners) type: never a 500; either results or a 400 naming q.
HOSTILE = [
    '"',
    '""',
    "'",
    "NOT",
    "*",
    "\x00",
    "harbour\x00master",
    "AND OR",
    "')--",
    "'; DROP TABLE article; --",
    '" OR 1=1 --',
    "(((",
    ")))",
    "-",
    "NEAR(harbour master)",
    "harbour:master",
    "^harbour",
    "{harbour master}",
    "harbour & | ! <-> :*",
    "\\",
    "%_%",
    "😀",
    "\u200b",
    "\ue000harbour\ue001",
    "harbour " + "x" * 490,
    "x" * 501,
    "w " * 40,
]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_never_fail(client, articles, q):
    response = client.get("/articles", query_string={"q": q})

    if response.status_code != 200:
        assert_problem(response, 400, "q")
