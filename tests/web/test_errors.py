"""Errors outside any one resource: unknown paths, wrong methods, server faults, database down."""

from __future__ import annotations

import pytest
from peewee import OperationalError

from api.store.db import database
from tests.problems import assert_problem


@pytest.mark.parametrize("path", ["/", "/nope", "/articles/", "/articles/1/extra", "/health/x"])
def test_unknown_paths_are_404_problems(client, path):
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/articles", {"GET", "POST"}),
        ("PATCH", "/articles", {"GET", "POST"}),
        ("DELETE", "/articles", {"GET", "POST"}),
        ("POST", "/articles/1", {"GET", "DELETE"}),
        ("PUT", "/articles/1", {"GET", "DELETE"}),
        ("DELETE", "/articles/1.txt", {"GET"}),
        ("POST", "/health", {"GET"}),
    ],
)
def test_wrong_method_is_405_with_allow(client, method, path, allowed):
    response = client.open(path, method=method)

    assert_problem(response, 405)
    assert allowed <= {m.strip() for m in response.headers["Allow"].split(",")}


def test_unexpected_failure_is_a_500_that_leaks_nothing(app, client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("api.store.listing.load_article_list", broken)

    response = client.get("/articles")

    body = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert "errors" not in body


def test_database_down_is_503_on_readiness(client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(database.obj, "execute_sql", unreachable)

    response = client.get("/health/ready")

    assert_problem(response, 503)
    assert response.headers["Retry-After"]
