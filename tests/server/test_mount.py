"""A real gunicorn with SCRIPT_NAME=/copydesk: gunicorn itself no longer answers paths outside
the mount with its HTML error page; the app answers them with a problem naming the mount."""

from __future__ import annotations

import json
import time

import pytest
import yaml

from tests.gunicorn_server import Gunicorn
from tests.synthetic import article


@pytest.fixture
def mounted(database_url, tmp_path):
    env = {"SCRIPT_NAME": "/copydesk"}
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1, env=env) as running:
        yield running


@pytest.mark.parametrize(
    ("path", "meant"),
    [("/health", "/copydesk/health"), ("/articles?limit=1", "/copydesk/articles?limit=1")],
)
def test_a_root_path_answers_a_problem_naming_the_mount(mounted, path, meant):
    status, headers, body = mounted.exchange("GET", path)

    assert status == 404, body
    assert headers["Content-Type"] == "application/problem+json"
    assert json.loads(body)["detail"] == f"Copydesk is served under /copydesk; try {meant}"


def test_the_api_answers_under_the_mount(mounted):
    health = mounted.exchange("GET", "/copydesk/health")
    created = mounted.exchange(
        "POST", "/copydesk/articles", article(5).encode(), {"Content-Type": "text/plain"}
    )
    location = created[1]["Location"]
    read = mounted.exchange("GET", location)
    contract = yaml.safe_load(mounted.exchange("GET", "/copydesk/openapi.yaml")[2])

    assert (health[0], json.loads(health[2])) == (200, {"status": "ok"})
    assert created[0] == 201
    assert location.startswith("/copydesk/articles/")
    assert json.loads(read[2])["links"]["self"] == location
    assert contract["servers"][0]["url"] == "/copydesk"


def test_a_script_name_header_changes_nothing(mounted, database_url, tmp_path):
    # From 127.0.0.1, an address gunicorn trusts for forwarded headers by default.
    header = {"SCRIPT_NAME": "/other"}
    inside = mounted.exchange("GET", "/copydesk/health", headers=header)
    outside = mounted.exchange("GET", "/health", headers=header)
    with Gunicorn(database_url, tmp_path / "root.log", workers=1) as at_root:
        root = at_root.exchange("GET", "/health", headers=header)

    assert (inside[0], json.loads(inside[2])) == (200, {"status": "ok"})
    assert (outside[0], outside[1]["Content-Type"]) == (404, "application/problem+json")
    assert (root[0], json.loads(root[2])) == (200, {"status": "ok"})


def test_requests_outside_the_mount_are_logged_as_unmatched(mounted):
    mounted.exchange("GET", "/health", headers={"X-Request-ID": "outside-mount"})
    mounted.exchange("GET", "/copydesk/health", headers={"X-Request-ID": "inside-mount"})

    def access_lines():
        lines = [json.loads(line) for line in mounted.output().splitlines() if line.strip()]
        return {
            line["request_id"]: (line["status"], line["endpoint"])
            for line in lines
            if line["logger"] == "copydesk.access"
        }

    expected = {"outside-mount": (404, "unmatched"), "inside-mount": (200, "/health")}
    assert _eventually(access_lines, expected) == expected
    assert "does not start with SCRIPT_NAME" not in mounted.output()


def _eventually(read, expected, seconds: float = 10.0):
    """read() once it holds `expected`'s items (access lines follow the response by a moment)."""
    deadline = time.monotonic() + seconds
    while True:
        value = read()
        picked = {key: value[key] for key in expected if key in value}
        if picked == expected or time.monotonic() > deadline:
            return picked
        time.sleep(0.05)
