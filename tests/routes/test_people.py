"""GET /people and GET /people/{id}: one person across articles, their roles, counts and links."""

from __future__ import annotations

import pytest

from tests.problems import assert_problem
from tests.quote_samples import FOLLOW_UP, HARBOUR


def _post(client, text: str) -> dict:
    response = client.post("/articles", data=text, content_type="text/plain")
    assert response.status_code == 201
    return response.get_json()


def _person(article: dict, name: str) -> dict:
    return next(p for p in article["people"] if p["name"] == name)


@pytest.fixture
def articles(client) -> tuple[dict, dict]:
    """The two synthetic articles with quotes, stored in this order."""
    return _post(client, HARBOUR), _post(client, FOLLOW_UP)


def test_one_person_across_two_articles(client, articles):
    harbour, follow_up = articles
    quay = _person(harbour, "Ann Quay")
    assert _person(follow_up, "Ann Quay")["id"] == quay["id"]

    response = client.get(quay["link"])

    assert response.status_code == 200
    assert response.get_json() == {
        "id": quay["id"],
        "name": "Ann Quay",
        "kind": "person",
        "roles": [
            {
                "role": "Portwenna harbour master",
                "article": {"id": follow_up["id"], "link": follow_up["links"]["self"]},
            },
            {
                "role": "harbour master",
                "article": {"id": harbour["id"], "link": harbour["links"]["self"]},
            },
        ],
        "quote_count": 4,
        "article_count": 2,
        "links": {"self": quay["link"], "quotes": f"/quotes?speaker={quay['id']}"},
    }


def test_a_persons_quotes_link_lists_their_quotes(client, articles):
    person = client.get(_person(articles[0], "Tomas Ferreira")["link"]).get_json()

    response = client.get(person["links"]["quotes"])

    assert response.status_code == 200
    quotes = response.get_json()["items"]
    assert len(quotes) == person["quote_count"] == 1
    assert quotes[0]["speaker"]["id"] == person["id"]


def test_people_are_listed_by_name(client, articles):
    response = client.get("/people")

    assert response.status_code == 200
    page = response.get_json()
    assert [p["name"] for p in page["items"]] == [
        "Ann Quay",
        "Ben Okafor",
        "Marta Lindqvist",
        "Tomas Ferreira",
    ]
    assert [p["article_count"] for p in page["items"]] == [2, 1, 1, 1]
    assert page["total"] == 4


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("quay", ["Ann Quay"]),
        ("LINDQVÍST", ["Marta Lindqvist"]),
        ("o", ["Ben Okafor", "Tomas Ferreira"]),
    ],
)
def test_people_q_matches_part_of_the_name(client, articles, q, expected):
    response = client.get("/people", query_string={"q": q})

    assert response.status_code == 200
    assert [p["name"] for p in response.get_json()["items"]] == expected


def test_people_page_links_keep_q(client, articles):
    response = client.get("/people?q=a&limit=1")

    assert response.status_code == 200
    assert response.get_json()["links"]["next"] == "/people?q=a&limit=1&offset=1"


def test_a_person_whose_article_is_deleted_keeps_their_page(client):
    article = _post(client, FOLLOW_UP)
    okafor = _person(article, "Ben Okafor")
    assert client.delete(article["links"]["self"]).status_code == 204

    response = client.get(okafor["link"])

    assert response.status_code == 200
    assert response.get_json()["article_count"] == response.get_json()["quote_count"] == 0
    assert client.get("/people").get_json()["total"] == 0
    # Stored again, the article quotes the same person under the same id.
    assert _person(_post(client, FOLLOW_UP), "Ben Okafor")["id"] == okafor["id"]


@pytest.mark.parametrize("path", ["/people/999", "/people/0", f"/people/{2**63}"])
def test_missing_people_are_404(client, path):
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("q=", "q"),
        ("q=%00", "q"),
        ("q=" + "y" * 201, "q"),
        ("limit=101", "limit"),
        ("nmae=Quint", "nmae"),
    ],
)
def test_bad_or_unknown_query_parameters_are_400(client, query, field):
    assert_problem(client.get(f"/people?{query}"), 400, field=field)


# Invented: a company named with the role of a body ("game developer"), then called "the company".
COMPANY_QUOTED = """\
Studio ships a patch after the outage

The game developer Valve said in a statement that its servers were back. "We are sorry for the \
disruption," the company said.
"""


def test_a_company_is_stored_as_an_organisation(client):
    _post(client, COMPANY_QUOTED)

    people = client.get("/people?q=valve").get_json()["items"]

    assert [(p["name"], p["kind"]) for p in people] == [("Valve", "organisation")]
    assert people[0]["quote_count"] == 1
