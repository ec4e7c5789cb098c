"""Each representation of an article against its standard: schema.org JSON-LD (expanded with
pyld and schema.org's context), IPTC ninjs 3.3 (its JSON Schema), and the HTML page (strict HTML5
parsing, and read back by an extractor of the elements HTML ingestion will read)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import html5lib
import pytest

from api.config import PROJECT_ROOT
from api.parser import parse_html
from api.store.articles import get_article
from api.web import article_page, jsonld, ninjs
from api.web.article_facts import Facts
from tests.conftest import ARTICLE_TEXT
from tests.standards import SCHEMA_ORG, expand, ninjs_validator, terms

QUOTED_TEXT = ARTICLE_TEXT + '\n"We never expected to win," owner Marta Kowalczyk said.\n'
METADATA = {
    "publisher": "Example Wire",
    "url": "https://example.com/news/rye",
    "published_at": "2024-05-01T09:30:00+02:00",
    "tags": ["bread", "prizes"],
}
# Google's recommended NewsArticle properties (it requires none), and the JSON that holds each
# one's data in Copydesk, when Copydesk has it at all.
GOOGLE_RECOMMENDED = {
    "headline": "headline",
    "image": "images",
    "datePublished": "published_at",
    "author": None,  # articles have no authors yet (HTML ingestion adds them)
    "dateModified": None,  # nor the time their publisher changed them
}


def _organisation_text() -> str:
    sample = json.loads((PROJECT_ROOT / "tests/fixtures/quotes/transit_strike.json").read_text())
    return "Fairmont bus drivers strike\n\n" + "\n\n".join(sample["paragraphs"]) + "\n"


@pytest.fixture
def rich(client) -> dict:
    """An article with bullets, captioned and credited images, a subheading, a quote, metadata."""
    response = client.post("/articles", json={"text": QUOTED_TEXT, **METADATA})
    assert response.status_code == 201
    article = response.get_json()
    assert article["people"] and article["images"] and article["bullets"]
    return article


@pytest.fixture
def organisations(client) -> dict:
    """An article whose speakers include organisations."""
    response = client.post("/articles", data=_organisation_text(), content_type="text/plain")
    assert response.status_code == 201
    article = response.get_json()
    assert {p["kind"] for p in article["people"]} == {"person", "organisation"}
    return article


def _quotes(client, article: dict) -> list[dict]:
    return client.get(f"{article['links']['quotes']}?limit=100").get_json()["items"]


# schema.org JSON-LD


def test_jsonld_expands_to_schema_org_terms_only(client, rich, organisations):
    for article in (rich, organisations):
        document = client.get(f"/articles/{article['id']}.jsonld").get_json()

        expanded = expand(document)
        properties, types = terms(expanded)
        assert properties and types
        assert [iri for iri in properties | types if not iri.startswith(SCHEMA_ORG)] == []
        # Without the context's catch-all @vocab, a term schema.org does not define is dropped:
        # nothing is, so every term is one schema.org defines.
        assert expand(document, vocab=False) == expanded
        kinds = {"person": "Person", "organisation": "Organization"}
        expected = {"NewsArticle", *(kinds[p["kind"]] for p in article["people"])}
        expected |= {"ImageObject"} if article["images"] else set()
        expected |= {"Quotation"} if _quotes(client, article) else set()
        assert {f"{SCHEMA_ORG}{name}" for name in expected} <= types


def test_jsonld_says_what_copydesk_knows(client, rich):
    document = client.get(f"/articles/{rich['id']}.jsonld").get_json()

    assert document["@type"] == "NewsArticle"
    assert document["headline"] == rich["headline"]
    assert document["description"] == "\n".join(rich["bullets"])
    texts = [b["text"] for b in rich["body"] if b["type"] != "image"]
    assert document["articleBody"] == "\n\n".join(texts)
    assert document["wordCount"] == rich["word_count"]
    assert document["url"] == METADATA["url"]
    assert document["publisher"] == {"@type": "Organization", "name": "Example Wire"}
    assert document["datePublished"] == rich["published_at"]
    assert document["keywords"] == ["bread", "prizes"]
    assert [(i["caption"], i["creditText"], i["description"]) for i in document["image"]] == [
        (i["caption"], i["credit"], i["alt"]) for i in rich["images"]
    ]


def test_jsonld_has_googles_recommended_properties_where_copydesk_has_the_data(client, rich):
    document = client.get(f"/articles/{rich['id']}.jsonld").get_json()

    for term, source in GOOGLE_RECOMMENDED.items():
        assert (term in document) == bool(source and rich[source]), term


def test_jsonld_quotes_are_quotations_by_their_speakers_kind(client, rich, organisations):
    for article in (rich, organisations):
        document = client.get(f"/articles/{article['id']}.jsonld").get_json()
        quotes = _quotes(client, article)

        quotations = document["hasPart"]
        assert [q["text"] for q in quotations] == [q["text"] for q in quotes]
        for quotation, quote in zip(quotations, quotes, strict=True):
            assert quotation["@type"] == "Quotation"
            speaker = quote["speaker"]
            if speaker is None:
                assert "creator" not in quotation
                continue
            kind = {"person": "Person", "organisation": "Organization"}[speaker["kind"]]
            assert quotation["creator"]["@type"] == kind
            assert quotation["creator"]["name"] == speaker["name"]
            assert quotation["creator"]["@id"].endswith(speaker["link"])
        assert [m["name"] for m in document["mentions"]] == [p["name"] for p in article["people"]]


def test_jsonld_leaves_out_what_an_article_lacks(client):
    response = client.post(
        "/articles", data="Quiet day\n\nNothing happened.\n", content_type="text/plain"
    )
    document = client.get(f"/articles/{response.get_json()['id']}.jsonld").get_json()

    assert set(document) == {
        "@context", "@type", "@id", "headline", "articleBody", "wordCount",
    }  # fmt: skip


# IPTC ninjs


def test_ninjs_validates_against_iptcs_schema(client, rich, organisations):
    for article in (rich, organisations):
        document = client.get(f"/articles/{article['id']}.ninjs.json").get_json()

        errors = [e.message for e in ninjs_validator().iter_errors(document)]
        assert errors == []
        # The schema's `uri` format has no checker installed: check URIs here.
        for uri in [document["uri"], *(p["uri"] for p in document.get("people", ()))]:
            assert urlsplit(uri).scheme in ("http", "https") and urlsplit(uri).netloc


def test_ninjs_carries_captions_credits_and_people(client, rich, organisations):
    document = client.get(f"/articles/{rich['id']}.ninjs.json").get_json()

    assert document["standard"]["version"] == "3.3"
    assert document["headlines"] == [{"role": "main", "value": rich["headline"]}]
    assert [d["value"] for d in document["descriptions"]] == rich["bullets"]
    pictures = document["associations"]
    assert [p["type"] for p in pictures] == ["picture"] * len(rich["images"])
    for picture, image in zip(pictures, rich["images"], strict=True):
        assert picture["by"] == image["credit"]
        captions = {d["role"]: d["value"] for d in picture["descriptions"]}
        assert captions == {"caption": image["caption"], "alt": image["alt"]}
    assert [p["name"] for p in document["people"]] == [p["name"] for p in rich["people"]]
    assert [s["name"] for s in document["subjects"]] == rich["tags"]
    assert document["contentCreated"] == rich["published_at"]
    assert document["infoSources"] == [{"name": "Example Wire", "role": "publisher"}]
    assert "<h2>How the loaf is made</h2>" in document["bodies"][0]["value"]

    other = client.get(f"/articles/{organisations['id']}.ninjs.json").get_json()
    organisation_names = [p["name"] for p in organisations["people"] if p["kind"] != "person"]
    assert [o["name"] for o in other["organisations"]] == organisation_names


# The HTML page


def _parse_strictly(page: bytes):
    """The page as an element tree; html5lib raises on any HTML5 parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def _text(element) -> str:
    return "".join(element.itertext())


def test_html_page_is_valid_html5_with_a_strict_policy_and_no_script(client, rich):
    response = client.get(f"/articles/{rich['id']}.html")

    assert response.mimetype == "text/html"
    root = _parse_strictly(response.data)
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    scripts = root.findall(".//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]  # data, never run
    assert json.loads(_text(scripts[0])) == client.get(f"/articles/{rich['id']}.jsonld").get_json()
    (style,) = root.findall(".//style")
    assert _text(style) == article_page.STYLESHEET
    assert root.find(".//meta[@name='viewport']") is not None


@pytest.mark.parametrize("which", ["rich", "organisations"])
def test_html_page_read_by_html_ingestion_is_the_same_article(client, request, which):
    # The round trip: Copydesk's own extractor reads the page it serves back into the article.
    article = request.getfixturevalue(which)
    page = client.get(f"/articles/{article['id']}.html").data

    read_back = parse_html(page).to_dict()

    assert read_back["headline"] == article["headline"]
    assert read_back["bullets"] == article["bullets"]
    assert [(i["alt"], i["caption"], i["credit"]) for i in read_back["images"]] == [
        (i["alt"], i["caption"], i["credit"]) for i in article["images"]
    ]
    assert read_back["body"] == article["body"]


def test_html_quotes_carry_their_speakers(client, rich, organisations):
    for article in (rich, organisations):
        root = _parse_strictly(client.get(f"/articles/{article['id']}.html").data)
        quotes = _quotes(client, article)

        marked = root.findall(".//article//q")
        assert [_text(q) for q in marked] == [q["text"] for q in quotes]
        for q, quote in zip(marked, quotes, strict=True):
            speaker = quote["speaker"]
            assert q.get("data-speaker") == (speaker and speaker["name"])
            if speaker:
                assert q.get("cite").endswith(speaker["link"])
                assert q.get("data-speaker-kind") == speaker["kind"]


def test_html_page_escapes_what_it_shows(client):
    text = 'A <script>alert(1)</script> & "friends"\n\nThe <b>bold</b> claim </script> stands.\n'
    stored = client.post(
        "/articles", json={"text": text, "publisher": "<i>Wire</i>", "tags": ["</script>"]}
    )
    response = client.get(f"/articles/{stored.get_json()['id']}.html")

    root = _parse_strictly(response.data)
    assert root.findall(".//script/*") == []
    assert len(root.findall(".//script")) == 1
    assert _text(root.find(".//h1")) == 'A <script>alert(1)</script> & "friends"'
    assert json.loads(_text(root.find(".//script")))["publisher"]["name"] == "<i>Wire</i>"


# Fields articles from web pages add (the store holds them since migration 0010).


def test_fields_html_ingestion_adds_appear_once_the_store_has_them(app, rich):
    with app.test_request_context("/"):
        stored = get_article(rich["id"])
        picture = replace(stored.document.images[0], src="https://e.com/a.jpg")
        document = replace(stored.document, images=(picture, *stored.document.images[1:]))
        fuller = replace(
            stored,
            document=document,
            authors=("Ann Writer",),
            language="en",
            section="Food",
            modified_at=datetime(2024, 5, 2, tzinfo=UTC),
        )
        facts = Facts(fuller, (), "http://localhost")
        schema_org, news_item = jsonld.news_article(facts), ninjs.ninjs(facts)
        page = article_page.page_bytes(facts).decode()

    assert schema_org["author"] == [{"@type": "Person", "name": "Ann Writer"}]
    assert (schema_org["inLanguage"], schema_org["articleSection"]) == ("en", "Food")
    assert schema_org["dateModified"] == "2024-05-02T00:00:00+00:00"
    assert schema_org["image"][0]["contentUrl"] == "https://e.com/a.jpg"
    assert (news_item["by"], news_item["language"]) == ("Ann Writer", "en")
    assert news_item["associations"][0]["renditions"] == [
        {"name": "original", "href": "https://e.com/a.jpg"}
    ]
    assert ninjs_validator().is_valid(news_item)
    assert '<img src="https://e.com/a.jpg" alt=' in page and '<html lang="en">' in page
    _parse_strictly(page.encode())
