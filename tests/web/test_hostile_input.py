"""Hostile input: whatever a client sends, the answer is 2xx or a 4xx problem naming the field.

Query and path parameters come from openapi.yaml, so a parameter added to the contract is
attacked here too. Every response is also checked against the contract (tests/conftest.py).
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
import yaml

from tests.contract import SPEC_PATH
from tests.problems import assert_problem

SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
# What each parameter is sent, as it would be typed (percent-encoded before sending).
HOSTILE_VALUES = {
    "sql-or": "' OR 1=1 --",
    "sql-drop": "1; DROP TABLE article; --",
    "fts-quote": '"',
    "fts-near": "NEAR(",
    "fts-star": "*",
    "fts-not": "NOT",
    "tsquery-prefix": ":*",
    "tsquery-ops": "&|!",
    "nul": "\x00",
    "int-2**63": str(2**63),
    "int-10**30": str(10**30),
    "negative": "-1",
    "empty": "",
}
# Already percent-encoded: bytes that are not UTF-8.
INVALID_UTF8 = "%FF%FE"
MEGABYTES_10 = 10 * 1024 * 1024
MERGE_PATCH = "application/merge-patch+json"
NDJSON = "application/x-ndjson"


def _resolved(parameter: dict) -> dict:
    """A parameter as written, or the component its `$ref` names."""
    if "$ref" not in parameter:
        return parameter
    return SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]


def _operations():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method != "parameters":
                listed = [*item.get("parameters", []), *operation.get("parameters", [])]
                yield path, method, [_resolved(p) for p in listed]


QUERY_PARAMETERS = [
    pytest.param(path, p["name"], id=f"{method.upper()} {path} ?{p['name']}")
    for path, method, parameters in _operations()
    for p in parameters
    if p["in"] == "query"
]
PATH_PARAMETERS = [
    pytest.param(method, path, p["name"], id=f"{method.upper()} {path}")
    for path, method, parameters in _operations()
    for p in parameters
    if p["in"] == "path"
]
OPERATIONS = [
    pytest.param(method, path, id=f"{method.upper()} {path}") for path, method, _ in _operations()
]


@pytest.fixture
def stored(client, article_text, api_headers) -> dict:
    """One stored article whose quotes name a person; its ids and a snapshot of all the data."""
    quoted = article_text + '\n"We will keep baking," owner Mara Field said.\n'
    response = client.post("/articles", data=quoted, content_type="text/plain", headers=api_headers)
    assert response.status_code == 201
    article = response.get_json()
    return {"article_id": article["id"], "person_id": article["people"][0]["id"]}


def _snapshot(client) -> tuple:
    """Everything stored, as the API shows it: to prove that no request changed anything."""
    export = client.get("/articles/export").get_data()
    people = client.get("/people?limit=100").get_json()
    quotes = client.get("/quotes?limit=100").get_json()
    return export, people, quotes


def _url(path: str, ids: dict, query: str = "") -> str:
    for name, value in ids.items():
        path = path.replace("{" + name + "}", str(value))
    return f"{path}?{query}" if query else path


def _assert_answered(response, field: str | None = None) -> None:
    """2xx, or a 4xx problem that names `field` when one is given."""
    if response.status_code < 400:
        assert response.status_code < 300, response.status_code
        return
    assert response.status_code < 500, response.get_data(as_text=True)
    assert_problem(response, response.status_code, field)


@pytest.mark.parametrize(("path", "name"), QUERY_PARAMETERS)
def test_hostile_query_values_are_answered_and_change_nothing(
    client, stored, api_headers, path, name
):
    before = _snapshot(client)
    queries = [f"{name}={quote(value, safe='')}" for value in HOSTILE_VALUES.values()]
    url = _url(path, stored)

    for query in queries:
        _assert_answered(client.get(f"{url}?{query}", headers=api_headers), field=name)

    assert _snapshot(client) == before


@pytest.mark.parametrize(("path", "name"), QUERY_PARAMETERS)
def test_query_bytes_that_are_not_utf8_are_400_naming_the_parameter(
    client, stored, api_headers, path, name
):
    response = client.get(_url(path, stored, f"{name}={INVALID_UTF8}"), headers=api_headers)

    assert_problem(response, 400, name)


@pytest.mark.parametrize(("path", "name"), QUERY_PARAMETERS)
def test_a_repeated_query_parameter_is_400_naming_it(client, stored, api_headers, path, name):
    response = client.get(_url(path, stored, f"{name}=1&{name}=2"), headers=api_headers)

    assert_problem(response, 400, name)


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_unknown_query_parameters_are_400_naming_them(client, stored, api_headers, method, path):
    response = client.open(
        _url(path, stored, "colour=red&limit_=5"), method=method.upper(), headers=api_headers
    )

    body = assert_problem(response, 400)
    assert {"colour", "limit_"} <= {error.get("field") for error in body["errors"]}


@pytest.mark.parametrize(("method", "path", "name"), PATH_PARAMETERS)
def test_hostile_path_values_are_404_and_change_nothing(
    client, stored, api_headers, method, path, name
):
    before = _snapshot(client)
    values = [quote(value, safe="") for value in HOSTILE_VALUES.values()] + [INVALID_UTF8]

    for value in values:
        response = client.open(
            _url(path, {**stored, name: value}), method=method.upper(), headers=api_headers
        )
        # No such resource: the URL itself names nothing, so there is no field to name.
        assert_problem(response, 404)

    assert _snapshot(client) == before


def test_a_10_mb_line_is_413_on_create(client, api_headers):
    line = b"A" * MEGABYTES_10

    as_text = client.post("/articles", data=line, content_type="text/plain", headers=api_headers)
    as_json = client.post("/articles", json={"text": line.decode()}, headers=api_headers)

    assert_problem(as_text, 413, "body")
    assert_problem(as_json, 413, "body")


@pytest.mark.parametrize("content_type", [NDJSON, "text/plain"])
def test_a_10_mb_article_is_413_on_import_and_nothing_is_stored(
    client, stored, api_headers, content_type
):
    before = _snapshot(client)
    huge = "Headline\n\n" + "A" * MEGABYTES_10
    small = "Small headline\n\nA small body.\n"
    if content_type == NDJSON:
        body = "\n".join(json.dumps({"text": text}) for text in (small, huge))
    else:
        body = f"{small}\f\n{huge}"

    response = client.post(
        "/articles/import", data=body, content_type=content_type, headers=api_headers
    )

    problem = assert_problem(response, 413, "body")
    # Where the huge article starts: the second NDJSON line, or the line after the form feed.
    assert f"line {2 if content_type == NDJSON else 5} " in problem["errors"][0]["message"]
    assert _snapshot(client) == before


DEEP = b"[" * 100_000


@pytest.mark.parametrize(
    ("method", "path", "content_type"),
    [("POST", "/articles", "application/json"), ("PATCH", "/articles/{article_id}", MERGE_PATCH)],
)
def test_deeply_nested_json_is_400_naming_the_body(
    client, stored, api_headers, method, path, content_type
):
    response = client.open(
        _url(path, stored), method=method, data=DEEP, content_type=content_type, headers=api_headers
    )

    assert_problem(response, 400, "body")


def test_deeply_nested_json_in_an_import_fails_that_line_only(client, api_headers):
    good = json.dumps({"text": "Small headline\n\nA small body.\n"}).encode()

    response = client.post(
        "/articles/import", data=DEEP + b"\n" + good, content_type=NDJSON, headers=api_headers
    )

    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == ["error", "created"]
    assert "not valid JSON" in results[0]["error"]


def test_nesting_within_json_limits_is_422_naming_the_field(client, stored, api_headers):
    nested = b'{"tags": ' + b"[" * 500 + b"]" * 500 + b"}"

    response = client.patch(
        _url("/articles/{article_id}", stored), data=nested, content_type=MERGE_PATCH,
        headers=api_headers,
    )  # fmt: skip

    assert_problem(response, 422, "tags.0")


@pytest.mark.parametrize(
    ("method", "path", "content_type"),
    [("POST", "/articles", "application/json"), ("PATCH", "/articles/{article_id}", MERGE_PATCH)],
)
def test_json_bodies_that_are_not_utf8_are_400_naming_the_body(
    client, stored, api_headers, method, path, content_type
):
    response = client.open(
        _url(path, stored), method=method, data=b'{"publisher": "Caf\xe9"}',
        content_type=content_type, headers=api_headers,
    )  # fmt: skip

    assert_problem(response, 400, "body")


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("publisher", "Bay\x00side", "publisher"),
        ("url", "https://example.com/\x00", "url"),
        ("tags", ["a\x00b"], "tags.0"),
        ("published_at", "2024-05-01T09:30:00\x00+02:00", "published_at"),
    ],
)
def test_nul_in_a_json_field_is_422_naming_it(client, stored, api_headers, field, value, named):
    before = _snapshot(client)

    created = client.post(
        "/articles", json={"text": "Headline\n\nBody.\n", field: value}, headers=api_headers
    )
    patched = client.patch(
        _url("/articles/{article_id}", stored), json={field: value}, headers=api_headers
    )

    assert_problem(created, 422, named)
    assert_problem(patched, 422, named)
    assert _snapshot(client) == before


HTML = '<script>alert("harbour")</script> & <img src=x onerror=alert(1)>'


def test_html_in_an_article_is_stored_and_returned_as_text(client, api_headers):
    text = f"Harbour {HTML} headline\n\nThe harbour body holds {HTML} too.\n"

    created = client.post("/articles", data=text, content_type="text/plain", headers=api_headers)
    article = client.get(created.headers["Location"])
    export = client.get(created.headers["Location"] + ".txt")

    assert created.status_code == 201
    assert article.mimetype == "application/json"
    assert article.get_json()["headline"] == f"Harbour {HTML} headline"
    assert article.get_json()["body"][0]["text"] == f"The harbour body holds {HTML} too."
    assert export.mimetype == "text/plain"
    assert export.get_data(as_text=True) == text


def test_html_in_a_search_snippet_is_escaped(client, api_headers):
    text = f"Harbour {HTML} headline\n\nThe harbour body holds {HTML} too.\n"
    client.post("/articles", data=text, content_type="text/plain", headers=api_headers)

    response = client.get("/articles?q=harbour", headers=api_headers)

    snippet = response.get_json()["items"][0]["snippet"]
    assert "&lt;script&gt;" in snippet
    assert "<script" not in snippet and "<img" not in snippet
