"""The real reference article, posted to the API: its 26 quotes and 7 people come back."""

from __future__ import annotations

from tests.corpus import load_case

REFERENCE = "000_1422e3b34ff9195b"


def test_reference_article_quotes_and_people_through_the_api(client):
    text, expected = load_case(REFERENCE)
    created = client.post("/articles", data=text.encode(), content_type="text/plain")
    assert created.status_code == 201
    article = created.get_json()

    response = client.get(article["links"]["quotes"], query_string={"limit": 100})

    assert response.status_code == 200
    page = response.get_json()
    assert page["total"] == len(expected["quotes"]) == 26
    served = [(q["paragraph"], q["text"], q["speaker"]["name"]) for q in page["items"]]
    assert served == [(q["paragraph"], q["text"], q["speaker"]) for q in expected["quotes"]]
    people = [(p["name"], p["role"]) for p in article["people"]]
    assert people == [(p["name"], p["role"]) for p in expected["people"]]
    listed = client.get("/people", query_string={"limit": 100}).get_json()
    assert listed["total"] == len(expected["people"]) == 7
    counts = {p["name"]: p["quote_count"] for p in listed["items"]}
    assert sum(counts.values()) == 26
