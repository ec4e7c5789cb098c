"""GET /articles/{id}/quotes and GET /quotes: quotes with speakers, filters, pages and bounds."""

from __future__ import annotations

import json

import pytest

from api.commands.parse import run_parse
from tests.problems import assert_problem
from tests.quote_samples import FOLLOW_UP, FOLLOW_UP_QUOTES, HARBOUR, HARBOUR_QUOTES


def _post(client, text: str) -> dict:
    response = client.post("/articles", data=text, content_type="text/plain")
    assert response.status_code == 201
    return response.get_json()


def _rows(page: dict) -> list[tuple]:
    return [
        (q["paragraph"], q["text"], q["speaker"] and q["speaker"]["name"], q["method"])
        for q in page["items"]
    ]


@pytest.fixture
def articles(client) -> tuple[dict, dict]:
    """The two synthetic articles with quotes, stored in this order."""
    return _post(client, HARBOUR), _post(client, FOLLOW_UP)


def test_article_quotes_in_reading_order_with_speakers(client):
    article = _post(client, HARBOUR)

    response = client.get(article["links"]["quotes"])

    assert response.status_code == 200
    page = response.get_json()
    assert _rows(page) == HARBOUR_QUOTES
    assert (page["total"], page["limit"], page["offset"]) == (5, 20, 0)
    first = page["items"][0]
    assert first["article"] == {"id": article["id"], "link": article["links"]["self"]}
    quay = next(p for p in article["people"] if p["name"] == "Ann Quay")
    assert first["speaker"] == {k: quay[k] for k in ("id", "name", "kind", "link")}


def test_quote_offsets_point_into_the_articles_paragraphs(client):
    article = _post(client, HARBOUR)
    paragraphs = [b["text"] for b in article["body"] if b["type"] == "paragraph"]

    quotes = client.get(article["links"]["quotes"]).get_json()["items"]

    assert quotes
    for quote in quotes:
        assert paragraphs[quote["paragraph"]][quote["start"] : quote["end"]] == quote["text"]


def test_api_quotes_and_people_say_what_the_cli_prints(client, tmp_path, capsys):
    article = _post(client, HARBOUR)
    export = tmp_path / "harbour.txt"
    export.write_text(HARBOUR, encoding="utf-8")
    assert run_parse(str(export)) == 0
    printed = json.loads(capsys.readouterr().out)

    quotes = client.get(article["links"]["quotes"]).get_json()["items"]

    # The API adds ids and links; the CLI names the speaker. Everything else is the same.
    served = [{**q, "speaker": q["speaker"]["name"]} for q in quotes]
    assert served[0].keys() - {"id", "article"} == printed["quotes"][0].keys()
    assert [{k: q[k] for k in printed["quotes"][0]} for q in served] == printed["quotes"]
    people = [{k: p[k] for k in printed["people"][0]} for p in article["people"]]
    assert people == printed["people"]


def test_the_article_resource_lists_its_people(client):
    article = _post(client, HARBOUR)

    assert [(p["name"], p["kind"], p["role"]) for p in article["people"]] == [
        ("Ann Quay", "person", "harbour master"),
        ("Tomas Ferreira", "person", "council's finance chair"),
        ("Marta Lindqvist", "person", "marine biologist at the Westcombe Coastal Trust"),
    ]
    assert article["links"]["quotes"] == f"/articles/{article['id']}/quotes"
    for person in article["people"]:
        assert person["link"] == f"/people/{person['id']}"
    assert client.get(article["links"]["self"]).get_json()["people"] == article["people"]


def test_an_article_without_quotes_has_an_empty_page(client, created):
    response = client.get(created["links"]["quotes"])

    assert response.status_code == 200
    assert (response.get_json()["items"], response.get_json()["total"]) == ([], 0)
    assert created["people"] == []


@pytest.mark.parametrize("path", ["/articles/999/quotes", "/articles/0/quotes"])
def test_quotes_of_a_missing_article_is_404(client, path):
    assert_problem(client.get(path), 404)


def test_all_quotes_newest_article_first(client, articles):
    response = client.get("/quotes")

    assert response.status_code == 200
    assert _rows(response.get_json()) == FOLLOW_UP_QUOTES + HARBOUR_QUOTES


QUAY = [FOLLOW_UP_QUOTES[0], HARBOUR_QUOTES[0], HARBOUR_QUOTES[1], HARBOUR_QUOTES[4]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("speaker=Ann%20Quay", QUAY),
        ("speaker=ANN%20QUAY", QUAY),
        ("speaker=Quay", QUAY),  # a surname alone
        ("speaker=ann", QUAY),  # any whole word of the name
        ("speaker=Qua", []),  # not part of a word
        ("speaker=Okafor", [FOLLOW_UP_QUOTES[1]]),
        ("q=eelgrass", [HARBOUR_QUOTES[3]]),
        ("q=WE&speaker=Ann%20Quay", [FOLLOW_UP_QUOTES[0], HARBOUR_QUOTES[0], HARBOUR_QUOTES[4]]),
        ("speaker=Nobody%20Known", []),
        ("article=999", []),
        ("speaker=99999", []),
        (f"speaker={2**64}", []),
    ],
)
def test_quote_filters(client, articles, query, expected):
    response = client.get(f"/quotes?{query}")

    assert response.status_code == 200
    assert _rows(response.get_json()) == expected
    assert response.get_json()["total"] == len(expected)


def test_quote_filters_by_speaker_id_and_article(client, articles):
    harbour, follow_up = articles
    quay = next(p for p in harbour["people"] if p["name"] == "Ann Quay")

    by_id = client.get(f"/quotes?speaker={quay['id']}")
    in_article = client.get(f"/quotes?speaker={quay['id']}&article={follow_up['id']}")

    assert by_id.status_code == in_article.status_code == 200
    assert _rows(by_id.get_json()) == QUAY
    assert _rows(in_article.get_json()) == [FOLLOW_UP_QUOTES[0]]


def test_quote_page_links_keep_the_filters(client, articles):
    response = client.get("/quotes?speaker=Ann%20Quay&limit=3&offset=0")

    assert response.status_code == 200
    page = response.get_json()
    assert page["links"] == {
        "self": "/quotes?speaker=Ann+Quay&limit=3&offset=0",
        "next": "/quotes?speaker=Ann+Quay&limit=3&offset=3",
        "prev": None,
    }
    rest = client.get(page["links"]["next"]).get_json()
    assert _rows(page) + _rows(rest) == QUAY
    assert rest["links"]["next"] is None


def test_article_quote_pages_link_to_the_same_article(client):
    article = _post(client, HARBOUR)

    page = client.get(f"{article['links']['quotes']}?limit=2&offset=2").get_json()

    assert page["links"]["prev"] == f"/articles/{article['id']}/quotes?limit=2&offset=0"
    assert page["links"]["next"] == f"/articles/{article['id']}/quotes?limit=2&offset=4"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("offset=-1", "offset"),
        ("article=0", "article"),
        (f"article={2**63}", "article"),
        ("article=first", "article"),
        ("q=", "q"),
        ("q=" + "x" * 201, "q"),
        ("q=a%00b", "q"),
        ("speaker=", "speaker"),
        ("speaker=%00", "speaker"),
        ("speakr=Ann", "speakr"),
    ],
)
def test_bad_or_unknown_query_parameters_are_400(client, query, field):
    assert_problem(client.get(f"/quotes?{query}"), 400, field=field)


@pytest.mark.parametrize(("query", "field"), [("limit=1000", "limit"), ("page=2", "page")])
def test_bad_article_quotes_parameters_are_400(client, created, query, field):
    assert_problem(client.get(f"{created['links']['quotes']}?{query}"), 400, field=field)
