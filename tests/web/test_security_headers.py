"""Security headers on every response, a nonce CSP for /docs, and 500s that leak nothing."""

from __future__ import annotations

import re

import pytest

from api.store.db import database
from api.web.security_headers import STRICT_CSP
from tests.problems import assert_problem


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/articles"),
        ("GET", "/health"),
        ("GET", "/openapi.yaml"),
        ("GET", "/metrics"),
        ("GET", "/nope"),
        ("PUT", "/articles"),
        ("GET", "/articles?limit=0"),
    ],
)
def test_every_response_forbids_sniffing_framing_and_script(client, method, path):
    response = client.open(path, method=method)

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Content-Security-Policy"] == STRICT_CSP
    assert "Server" not in response.headers
    assert "X-Powered-By" not in response.headers


def test_docs_run_only_their_own_scripts_by_a_fresh_nonce(client):
    pages = [client.get("/docs") for _ in range(2)]

    nonces = []
    for page in pages:
        assert page.status_code == 200
        csp = page.headers["Content-Security-Policy"]
        nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
        assert f'<script nonce="{nonce}">' in page.text
        assert "script-src 'self' 'nonce-" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert page.headers["Cache-Control"] == "no-store"
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


# A failure inside a view whose message names tables, columns and SQL: none of it may reach
# the client. IntegrityError is a 500 (our bug), OperationalError a 503 (try again later).
FAILING_SQL = {
    500: "INSERT INTO article (headline) VALUES (NULL)",
    503: "SELECT secret_column FROM no_such_table_xyz",
}
LEAKS = ("INSERT", "SELECT", "article", "headline", "no_such_table", "secret", "Traceback", ".py")


@pytest.mark.parametrize("status", [500, 503])
def test_a_database_error_in_a_view_leaks_no_sql_or_traceback(
    client, monkeypatch, status, json_log
):
    def failing_query(*args, **kwargs):
        if status == 503:
            # SQLite and PostgreSQL classify a missing table differently; the handler decides.
            from peewee import OperationalError

            raise OperationalError(f"no such table: no_such_table_xyz in {FAILING_SQL[503]}")
        database.execute_sql(FAILING_SQL[500])

    monkeypatch.setattr("api.store.listing.load_article_list", failing_query)

    response = client.get("/articles", headers={"X-Request-ID": "leak-check-1"})

    body = assert_problem(response, status)
    text = response.get_data(as_text=True)
    for leak in LEAKS:
        assert leak not in text, leak
    assert set(body) == {"type", "title", "status", "detail"}
    assert response.headers["X-Request-ID"] == "leak-check-1"
    logged = [line for line in json_log if line["level"] == "ERROR"]
    assert logged and all(entry["request_id"] == "leak-check-1" for entry in logged)
    if status == 500:
        assert "Traceback" in logged[0]["traceback"]  # the insides go to the log, only there
