"""Mounted under a path (SCRIPT_NAME=/copydesk): the API answers under it, every other path is a
problem naming the mount, and the served contract names the mount as its server."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from api import create_app
from api.commands.openapi import SPEC_PATH
from api.config import Settings
from tests.problems import assert_problem
from tests.synthetic import article

MOUNT = "/copydesk"


@pytest.fixture
def mounted_app(settings, db):
    application = create_app(dataclasses.replace(settings, script_name=MOUNT))
    application.testing = True
    return application


@pytest.fixture
def mounted(mounted_app, client_for):
    """A client of the mounted app that sends a write key; paths are the full paths a proxy
    passes through (/copydesk/articles)."""
    return client_for(mounted_app)


@pytest.mark.parametrize(
    ("path", "meant"),
    [
        ("/health", "/copydesk/health"),
        ("/articles?limit=2", "/copydesk/articles?limit=2"),
        ("/articles/1", "/copydesk/articles/1"),
        ("/copydeskish/health", "/copydesk/copydeskish/health"),  # a prefix of a segment is not it
        ("/", "/copydesk/docs"),
    ],
)
def test_a_path_outside_the_mount_is_a_problem_naming_it(mounted, path, meant):
    response = mounted.get(path, headers={"X-Request-ID": "outside-1"})

    body = assert_problem(response, 404)
    assert body["detail"] == f"Copydesk is served under /copydesk; try {meant}"
    assert response.headers["X-Request-ID"] == "outside-1"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_write_outside_the_mount_stores_nothing(mounted):
    refused = mounted.post("/articles", data=article(3), content_type="text/plain")
    listed = mounted.get("/copydesk/articles").get_json()

    assert_problem(refused, 404)
    assert listed["total"] == 0


def test_the_api_answers_under_the_mount_with_links_under_it(mounted):
    health = mounted.get("/copydesk/health")
    created = mounted.post("/copydesk/articles", data=article(3), content_type="text/plain")
    location = created.headers["Location"]
    read = mounted.get(location)
    page = mounted.get("/copydesk/articles").get_json()

    assert (health.status_code, health.get_json()) == (200, {"status": "ok"})
    assert created.status_code == 201
    assert location.startswith("/copydesk/articles/")
    assert read.status_code == 200
    assert read.get_json()["links"]["self"] == location
    assert page["links"]["self"].startswith("/copydesk/articles")
    assert [item["links"]["self"] for item in page["items"]] == [location]


def test_paths_outside_the_mount_are_not_rate_limited(settings, db, client_for):
    limited = dataclasses.replace(
        settings, script_name=MOUNT, ratelimit_enabled=True, ratelimit_reads_per_ip="2/minute"
    )
    client = create_app(limited).test_client()

    outside = [client.get("/articles").status_code for _ in range(4)]
    inside = [client.get("/copydesk/articles").status_code for _ in range(3)]

    assert outside == [404] * 4
    assert inside == [200, 200, 429]


def test_the_served_contract_names_the_mount_as_its_server(mounted):
    served = yaml.safe_load(mounted.get("/copydesk/openapi.yaml").data)
    committed = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))

    assert [server["url"] for server in served["servers"]] == ["/copydesk"]
    assert {key: value for key, value in served.items() if key != "servers"} == committed
    # In order: the servers come right after info, as a reader looks for them.
    assert list(served)[:3] == ["openapi", "info", "servers"]


def test_the_contract_served_at_the_root_names_no_server(anonymous_client):
    served = anonymous_client.get("/openapi.yaml").data.decode()

    assert served == SPEC_PATH.read_text(encoding="utf-8")


def test_the_docs_page_under_the_mount_loads_the_mounted_contract(mounted):
    page = mounted.get("/copydesk/docs").get_data(as_text=True)

    assert 'url: "/copydesk/openapi.yaml"' in page
    assert 'href="/copydesk/docs/swagger-ui.css"' in page


@pytest.mark.parametrize(
    ("given", "mount"), [("/copydesk/", "/copydesk"), ("", ""), ("/a/b", "/a/b")]
)
def test_script_name_is_read_without_its_trailing_slash(given, mount):
    assert Settings.from_env({"SCRIPT_NAME": given}).script_name == mount


def test_a_script_name_that_is_not_a_path_stops_the_start():
    with pytest.raises(ValueError, match="SCRIPT_NAME must be a path starting with /"):
        Settings.from_env({"SCRIPT_NAME": "copydesk"})
