"""Input one database would accept and the other reject gets the same answer on both."""

from __future__ import annotations

from tests.problems import assert_problem

ARTICLE = "Harbour cafe wins award\n\nThe Gull Street cafe was named the best in the county.\n"


def test_nul_in_publisher_is_422_on_both_databases(client):
    # SQLite would store it; PostgreSQL rejects NUL in text and would answer 500.
    response = client.post("/articles", json={"text": ARTICLE, "publisher": "Bay\x00side"})

    assert_problem(response, 422, field="publisher")


def test_nul_in_the_article_text_is_dropped_on_both_databases(client):
    response = client.post("/articles", json={"text": ARTICLE.replace("cafe", "ca\x00fe", 1)})

    assert response.status_code == 201
    assert response.get_json()["headline"] == "Harbour cafe wins award"
