"""GET /articles/{id} in every representation: negotiation, suffixes, 406, ETags and caching;
and the feeds of a query (Atom read by feedparser, JSON Feed against its schema)."""

from __future__ import annotations

import calendar

import feedparser
import pytest
import yaml

from api.web.representations import MIMETYPES
from tests.problems import assert_problem
from tests.standards import json_feed_validator

SUFFIXES = {
    "json": ".json",
    "text": ".txt",
    "jsonld": ".jsonld",
    "ninjs": ".ninjs.json",
    "html": ".html",
}
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


@pytest.mark.parametrize(
    ("accept", "representation"),
    [
        (None, "json"),
        ("*/*", "json"),
        ("application/ld+json", "jsonld"),
        ("application/ninjs+json", "ninjs"),
        ("text/html", "html"),
        (BROWSER, "html"),
        ("text/*", "text"),
        ("application/json;q=0.5, application/ld+json", "jsonld"),
        ("text/html;q=0.1, application/ninjs+json;q=0.2", "ninjs"),
    ],
)
def test_accept_chooses_the_representation(client, created, accept, representation):
    headers = {"Accept": accept} if accept else {}
    response = client.get(f"/articles/{created['id']}", headers=headers)

    assert response.status_code == 200
    assert response.mimetype == MIMETYPES[representation]
    assert "Accept" in response.vary
    suffixed = client.get(f"/articles/{created['id']}{SUFFIXES[representation]}")
    assert suffixed.mimetype == MIMETYPES[representation]
    assert (suffixed.data, suffixed.headers["ETag"]) == (response.data, response.headers["ETag"])


@pytest.mark.parametrize("accept", ["image/png", "application/xml", "text/plain;q=0, */*;q=0"])
def test_an_accept_allowing_no_representation_is_406_listing_them(client, created, accept):
    response = client.get(f"/articles/{created['id']}", headers={"Accept": accept})

    assert_problem(response, 406)
    for mimetype in MIMETYPES.values():
        assert mimetype in response.get_json()["detail"]


def test_each_representation_has_its_own_etag_and_answers_304(client, created):
    etags = set()
    for suffix in SUFFIXES.values():
        url = f"/articles/{created['id']}{suffix}"
        response = client.get(url)
        etag = response.headers["ETag"]
        etags.add(etag.removesuffix('-gzip"'))
        assert response.headers["Last-Modified"]
        again = client.get(url, headers={"If-None-Match": etag})
        assert (again.status_code, again.data) == (304, b"")

    assert len(etags) == len(SUFFIXES)


def test_a_change_gives_every_representation_a_new_etag(client, created):
    urls = [f"/articles/{created['id']}{suffix}" for suffix in SUFFIXES.values()]
    before = [client.get(url).headers["ETag"] for url in urls]

    client.patch(f"/articles/{created['id']}", json={"publisher": "Example Wire"})

    after = [client.get(url) for url in urls]
    assert all(a.headers["ETag"] != b for a, b in zip(after, before, strict=True))
    assert b"Example Wire" in after[2].data and b"Example Wire" in after[4].data


@pytest.mark.parametrize("representation", ["jsonld", "ninjs", "html"])
def test_standard_representations_are_built_once_per_version(
    client, created, builds, representation
):
    url = f"/articles/{created['id']}{SUFFIXES[representation]}"

    first = client.get(url)
    second = client.get(url)

    assert builds == [created["id"]]  # the second read served the bytes cached by the first
    assert second.data == first.data


def test_representations_name_the_host_they_were_built_for(client, created, builds):
    url = f"/articles/{created['id']}.jsonld"

    here = client.get(url)
    there = client.get(url, base_url="https://copydesk.example")

    assert here.get_json()["@id"] == f"http://localhost/articles/{created['id']}"
    assert there.get_json()["@id"] == f"https://copydesk.example/articles/{created['id']}"
    assert here.headers["ETag"] != there.headers["ETag"]


def test_the_html_page_has_its_own_policy(client, created):
    page = client.get(f"/articles/{created['id']}.html")
    data = client.get(f"/articles/{created['id']}.jsonld")

    assert "style-src 'sha256-" in page.headers["Content-Security-Policy"]
    assert data.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


@pytest.mark.parametrize("suffix", list(SUFFIXES.values()))
def test_a_missing_article_is_404_in_every_representation(client, suffix):
    assert_problem(client.get(f"/articles/999999{suffix}"), 404)


# Feeds


def _store(client, headline: str, speaker: str, **metadata) -> dict:
    text = (
        f"{headline}\n\n  • A first point about {headline.lower()}.\n\n"
        f"The harbour office said the change starts on Monday.\n\n"
        f'"It was time to change the timetable for everyone," said {speaker}, the harbour'
        " master.\n"
    )
    response = client.post("/articles", json={"text": text, **metadata})
    assert response.status_code == 201
    return response.get_json()


@pytest.fixture
def stored(client) -> list[dict]:
    return [
        _store(client, "Ferry fares frozen", "Ann Quay", publisher="Bayside Courier",
               published_at="2024-05-01T09:30:00Z", url="https://example.com/fares",
               tags=["ferries"]),
        _store(client, "Bridge repairs delayed", "Bo Lind"),
        _store(client, "Ferry timetable changes", "Ann Quay", publisher="Example Wire"),
    ]  # fmt: skip


def test_atom_feed_reads_cleanly_with_every_field(client, stored):
    response = client.get("/feeds/articles.atom")

    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [e.title for e in feed.entries] == [a["headline"] for a in reversed(stored)]
    for entry, article in zip(feed.entries, reversed(stored), strict=True):
        links = {link.type: link.href for link in entry.links if link.rel == "alternate"}
        assert links["text/html"] == f"http://localhost/articles/{article['id']}.html"
        assert links["application/json"] == f"http://localhost/articles/{article['id']}"
        assert entry.summary == "\n".join(article["bullets"])
        assert entry.updated_parsed is not None
        if article["publisher"]:
            assert entry.author == article["publisher"]
    oldest = feed.entries[-1]
    assert calendar.timegm(oldest.published_parsed) == calendar.timegm(
        (2024, 5, 1, 9, 30, 0, 0, 0, 0)
    )
    assert [t.term for t in oldest.tags] == ["ferries"]
    assert feed.feed.title and feed.feed.updated_parsed


@pytest.mark.parametrize(
    ("query", "headlines"),
    [
        ("q=ferry", ["Ferry timetable changes", "Ferry fares frozen"]),
        ("speaker=ann%20quay&limit=1", ["Ferry timetable changes"]),
        ("publisher=Bayside%20Courier", ["Ferry fares frozen"]),
    ],
)
def test_feeds_take_the_lists_filters_and_search(client, stored, query, headlines):
    atom = feedparser.parse(client.get(f"/feeds/articles.atom?{query}").data)
    json_feed = client.get(f"/feeds/articles.json?{query}").get_json()

    assert [e.title for e in atom.entries] == headlines
    assert [i["title"] for i in json_feed["items"]] == headlines


def test_json_feed_validates_against_the_spec(client, stored):
    document = client.get("/feeds/articles.json").get_json()

    assert [e.message for e in json_feed_validator().iter_errors(document)] == []
    (oldest,) = [i for i in document["items"] if i["title"] == "Ferry fares frozen"]
    assert oldest["url"].endswith(".html") and oldest["_copydesk"]["json"] == oldest["id"]
    assert oldest["external_url"] == "https://example.com/fares"
    assert oldest["date_published"] == "2024-05-01T09:30:00Z"
    assert oldest["authors"] == [{"name": "Bayside Courier"}]
    assert oldest["summary"] == "A first point about ferry fares frozen."


@pytest.mark.parametrize("path", ["/feeds/articles.atom", "/feeds/articles.json"])
def test_feeds_answer_conditional_gets(client, stored, path):
    etag = client.get(path).headers["ETag"]

    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    client.patch(f"/articles/{stored[0]['id']}", json={"tags": ["harbour"]})
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 200


@pytest.mark.parametrize("path", ["/feeds/articles.atom", "/feeds/articles.json"])
@pytest.mark.parametrize("query", ["limit=0", "limit=101", "sort=id", "q=%22", "ids=x"])
def test_feed_query_errors_are_400_problems(client, path, query):
    assert_problem(client.get(f"{path}?{query}"), 400)


def test_an_empty_feed_is_still_a_valid_feed(client):
    atom = feedparser.parse(client.get("/feeds/articles.atom?q=nothinghere").data)
    document = client.get("/feeds/articles.json?q=nothinghere").get_json()

    assert not atom.bozo and atom.entries == []
    assert json_feed_validator().is_valid(document) and document["items"] == []


def test_the_contract_lists_the_media_types_of_each_operation(client):
    # /docs renders this contract: each operation's responses list their media types.
    spec = yaml.safe_load(client.get("/openapi.yaml").data)
    paths = spec["paths"]

    negotiated = paths["/articles/{article_id}"]["get"]
    assert set(negotiated["responses"]["200"]["content"]) == set(MIMETYPES.values())
    assert "406" in negotiated["responses"]
    for representation, suffix in SUFFIXES.items():
        operation = paths[f"/articles/{{article_id}}{suffix}"]["get"]
        assert list(operation["responses"]["200"]["content"]) == [MIMETYPES[representation]]
    feeds = {"/feeds/articles.atom": "application/atom+xml",
             "/feeds/articles.json": "application/feed+json"}  # fmt: skip
    for path, mimetype in feeds.items():
        assert list(paths[path]["get"]["responses"]["200"]["content"]) == [mimetype]
