"""Cached reads answered without Flask's request cycle (api/web/fast_read.py) answer exactly as
Flask does: the same status line, headers in the same order, body, log lines and metrics; and
every request the fast path cannot answer alike is left to Flask."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

import peewee
import pytest
from flask.signals import request_started
from prometheus_client import REGISTRY
from werkzeug.test import EnvironBuilder

from api import create_app
from api.store import cache as representation_cache
from api.store import keys as keys_store
from api.store.db import database
from tests.conftest import ARTICLE_TEXT

REQUEST_ID = "fast-read-test"  # sent, so that both paths' answers carry the same id
SHORT_TEXT = "Short note\n\nThe ferry runs tonight.\n"  # its JSON is under gzip's threshold
# Metric samples that count requests; the duration's sum and buckets differ from run to run.
COUNTED = ("copydesk_http_requests_total", "copydesk_http_request_duration_seconds_count")
VOLATILE = ("time", "duration_ms")  # of a log line


@dataclass(frozen=True)
class Seen:
    """Everything a client and an operator see of one request."""

    status: str
    headers: list[tuple[str, str]]
    body: bytes
    lines: list[dict]  # the log lines it wrote, without their times
    counted: dict  # the metric samples it moved, and by how much


class FastSpy:
    """Wraps the app's fast path and remembers whether it answered the last request."""

    def __init__(self, fast_reads):
        self.fast_reads = fast_reads
        self.answered = False

    def __call__(self, environ, start_response):
        body = self.fast_reads(environ, start_response)
        self.answered = body is not None
        return body


def _counts() -> dict:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in REGISTRY.collect()
        for sample in family.samples
        if sample.name in COUNTED
    }


def serve(app, json_log, path: str, method: str = "GET", headers=None) -> Seen:
    """One request through the whole WSGI stack, its body read and closed as a server would."""
    sent = {"X-Request-ID": REQUEST_ID, **(headers or {})}
    environ = EnvironBuilder(path=path, method=method, headers=sent).get_environ()
    started = []
    json_log.clear()
    before = _counts()
    chunks = app(environ, lambda status, headers, exc_info=None: started.append((status, headers)))
    body = b"".join(chunks)
    chunks.close()
    after = _counts()
    moved = {key: value - before.get(key, 0) for key, value in after.items()}
    lines = [{k: v for k, v in line.items() if k not in VOLATILE} for line in json_log]
    (status, header_list), *_ = started
    return Seen(status, list(header_list), body, lines, {k: v for k, v in moved.items() if v})


def both_ways(app, json_log, path: str, method: str = "GET", headers=None) -> tuple[Seen, bool]:
    """The request answered by Flask alone and again with the fast path: the fast path's answer
    (asserted the same) and whether the fast path gave it."""
    spy = FastSpy(app.fast_reads)
    app.fast_reads = None
    try:
        by_flask = serve(app, json_log, path, method, headers)
    finally:
        app.fast_reads = spy
    try:
        fast = serve(app, json_log, path, method, headers)
    finally:
        app.fast_reads = spy.fast_reads
    assert fast == by_flask
    return fast, spy.answered


@pytest.fixture
def stored(app, client_for) -> dict:
    """Two articles stored through the API (their JSON cached), a gone id, and ETags; Flask has
    answered requests, so the fast path has decided it may answer."""
    writer = client_for(app)
    article = writer.post("/articles", data=ARTICLE_TEXT, content_type="text/plain")
    short = writer.post("/articles", data=SHORT_TEXT, content_type="text/plain")
    assert (article.status_code, short.status_code) == (201, 201)
    id_, short_id = article.get_json()["id"], short.get_json()["id"]
    etag = writer.get(f"/articles/{id_}").headers["ETag"]
    return {"id": id_, "short": short_id, "gone": short_id + 100, "etag": etag.strip('"')}


# (what, method, path, headers, whether the fast path answers); {id}, {short}, {gone}, {etag}
# are filled in from `stored`.
CASES = [
    ("hit", "GET", "/articles/{id}", {}, True),
    ("hit, Accept */*", "GET", "/articles/{id}", {"Accept": "*/*"}, True),
    ("hit, gzip", "GET", "/articles/{id}", {"Accept-Encoding": "gzip, deflate"}, True),
    ("hit, gzip refused", "GET", "/articles/{id}", {"Accept-Encoding": "gzip;q=0"}, True),
    ("hit under 1 KB", "GET", "/articles/{short}", {"Accept-Encoding": "gzip"}, True),
    ("HEAD", "HEAD", "/articles/{id}", {}, True),
    ("HEAD, gzip", "HEAD", "/articles/{id}", {"Accept-Encoding": "gzip"}, True),
    ("304", "GET", "/articles/{id}", {"If-None-Match": '"{etag}"'}, True),
    ("304, weak", "GET", "/articles/{id}", {"If-None-Match": 'W/"{etag}"'}, True),
    ("304, star", "GET", "/articles/{id}", {"If-None-Match": "*"}, True),
    ("304, one of two", "GET", "/articles/{id}", {"If-None-Match": '"x", "{etag}"'}, True),
    (
        "304, gzip",
        "GET",
        "/articles/{id}",
        {"If-None-Match": '"{etag}-gzip"', "Accept-Encoding": "gzip"},
        True,
    ),
    ("304, HEAD", "HEAD", "/articles/{id}", {"If-None-Match": '"{etag}"'}, True),
    ("304 under 1 KB", "GET", "/articles/{short}", {"If-None-Match": "*"}, True),
    ("stale If-None-Match", "GET", "/articles/{id}", {"If-None-Match": '"old"'}, True),
    (
        "If-None-Match wins over If-Modified-Since",
        "GET",
        "/articles/{id}",
        {"If-None-Match": '"old"', "If-Modified-Since": "Sun, 01 Jan 2090 00:00:00 GMT"},
        True,
    ),
    ("the export text", "GET", "/articles/{id}", {"Accept": "text/plain"}, True),
    (
        "another scheme's credentials",
        "GET",
        "/articles/{id}",
        {"Authorization": "Basic eDp5"},
        True,
    ),
    ("a Range (ignored)", "GET", "/articles/{id}", {"Range": "bytes=0-9"}, True),
    ("a client's no-cache (ignored)", "GET", "/articles/{id}", {"Cache-Control": "no-cache"}, True),
    (
        "a forwarded address (not trusted)",
        "GET",
        "/articles/{id}",
        {"X-Forwarded-For": "1.2.3.4"},
        True,
    ),
    ("unknown id: 404", "GET", "/articles/{gone}", {}, False),
    ("id 0: 404", "GET", "/articles/0", {}, False),
    ("leading zero", "GET", "/articles/0{id}", {}, False),
    ("past 64 bits: 404", "GET", "/articles/9223372036854775808", {}, False),
    ("not an id: 404", "GET", "/articles/abc", {}, False),
    ("trailing slash: 404", "GET", "/articles/{id}/", {}, False),
    ("a query string: 400", "GET", "/articles/{id}?fields=id", {}, False),
    ("an empty query string", "GET", "/articles/{id}?", {}, True),
    ("JSON-LD", "GET", "/articles/{id}", {"Accept": "application/ld+json"}, False),
    ("nothing acceptable: 406", "GET", "/articles/{id}", {"Accept": "image/png"}, False),
    (
        "If-Modified-Since alone",
        "GET",
        "/articles/{id}",
        {"If-Modified-Since": "Sun, 01 Jan 2090 00:00:00 GMT"},
        False,
    ),
    ("an unknown key: 401", "GET", "/articles/{id}", {"Authorization": "Bearer nope"}, False),
    ("an empty key: 401", "GET", "/articles/{id}", {"Authorization": "Bearer "}, False),
    ("DELETE", "DELETE", "/articles/{gone}", {}, False),
    ("OPTIONS", "OPTIONS", "/articles/{id}", {}, False),
]


@pytest.mark.parametrize(
    ("method", "path", "headers", "answered"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_the_fast_path_answers_as_flask_does(
    app, stored, json_log, method, path, headers, answered
):
    headers = {name: value.format(**stored) for name, value in headers.items()}

    seen, fast = both_ways(app, json_log, path.format(**stored), method, headers)

    assert fast == answered
    assert [line["logger"] for line in seen.lines].count("copydesk.access") == 1


def test_what_it_answers_is_a_cached_read_with_every_header(app, stored, json_log):
    seen, fast = both_ways(app, json_log, f"/articles/{stored['id']}")

    assert fast
    assert seen.status == "200 OK"
    assert [name for name, _ in seen.headers] == [
        "ETag", "Last-Modified", "Vary", "Content-Type", "Content-Length", "Cache-Control",
        "X-Request-ID", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
        "Content-Security-Policy",
    ]  # fmt: skip
    (line,) = seen.lines
    assert (line["request_id"], line["endpoint"], line["status"]) == (
        REQUEST_ID,
        "/articles/{article_id}",
        200,
    )
    assert line["response_bytes"] == len(seen.body)
    labels = (("endpoint", "/articles/{article_id}"), ("method", "GET"), ("status", "200"))
    assert seen.counted == {(name, labels): 1.0 for name in COUNTED}


def _new_key(scope: str, *, revoked: bool = False) -> str:
    with database.connection_context():
        row, key = keys_store.create_key(f"fast read ({scope})", scope)
        if revoked:
            keys_store.revoke_key(row.id)
    return key


def _last_used(key: str):
    with database.connection_context():
        return keys_store.find_key(key).last_used_at


@pytest.mark.parametrize("scope", ["read", "write"])
def test_a_valid_key_is_checked_and_its_use_recorded(app, stored, json_log, scope):
    key = _new_key(scope)
    headers = {"Authorization": f"Bearer {key}"}

    app.fast_reads = spy = FastSpy(app.fast_reads)
    seen = serve(app, json_log, f"/articles/{stored['id']}", headers=headers)
    app.fast_reads = spy.fast_reads

    assert spy.answered
    assert seen.status == "200 OK"
    assert _last_used(key) is not None  # as `authorize` records it
    assert both_ways(app, json_log, f"/articles/{stored['id']}", headers=headers)[1]


def test_a_revoked_key_is_left_to_flask(app, stored, json_log):
    key = _new_key("read", revoked=True)

    seen, fast = both_ways(
        app, json_log, f"/articles/{stored['id']}", headers={"Authorization": f"Bearer {key}"}
    )

    assert not fast
    assert seen.status.startswith("401")


def test_bytes_not_cached_for_this_version_are_left_to_the_view(app, stored, json_log):
    path = f"/articles/{stored['id']}"
    with database.connection_context():
        database.execute_sql("DELETE FROM article_representation")

    app.fast_reads = spy = FastSpy(app.fast_reads)
    built = serve(app, json_log, path)
    app.fast_reads = spy.fast_reads

    assert not spy.answered  # the view built the bytes and cached them
    seen, fast = both_ways(app, json_log, path)
    assert fast
    assert (seen.status, seen.headers, seen.body) == (built.status, built.headers, built.body)


def test_a_database_error_is_left_to_flask(app, stored, json_log, monkeypatch):
    def fail(*args):
        raise peewee.OperationalError("database is locked")

    monkeypatch.setattr(representation_cache, "lookup", fail)

    seen, fast = both_ways(app, json_log, f"/articles/{stored['id']}")

    assert not fast
    assert seen.status.startswith("503")


def test_flask_answers_an_app_s_first_request(settings, db):
    app = create_app(settings)
    app.fast_reads = spy = FastSpy(app.fast_reads)

    response = app.test_client().get("/articles/1")

    assert response.status_code == 404
    assert not spy.answered  # until Flask has answered once, hooks may still be added


def test_reads_need_a_key_when_the_settings_say_so(settings, db, client_for, json_log):
    app = create_app(dataclasses.replace(settings, read_requires_key=True))
    id_ = client_for(app).post("/articles", data=ARTICLE_TEXT, content_type="text/plain")
    path = f"/articles/{id_.get_json()['id']}"
    key = _new_key("read")

    anonymous, anonymous_fast = both_ways(app, json_log, path)
    keyed, keyed_fast = both_ways(app, json_log, path, headers={"Authorization": f"Bearer {key}"})

    assert (anonymous.status[:3], anonymous_fast) == ("401", False)
    assert (keyed.status, keyed_fast) == ("200 OK", True)


@pytest.mark.parametrize(
    "changes",
    [{"ratelimit_enabled": True}, {"cors_origins": ("https://desk.example",)}],
    ids=["rate limits on", "CORS on"],
)
def test_an_app_with_other_hooks_leaves_every_read_to_flask(
    settings, db, client_for, json_log, changes
):
    app = create_app(dataclasses.replace(settings, **changes))
    id_ = client_for(app).post("/articles", data=ARTICLE_TEXT, content_type="text/plain")

    app.fast_reads = spy = FastSpy(app.fast_reads)

    seen = serve(app, json_log, f"/articles/{id_.get_json()['id']}")

    assert (seen.status, spy.answered) == ("200 OK", False)


def test_a_signal_receiver_leaves_reads_to_flask(app, stored, json_log):
    heard = []

    with request_started.connected_to(lambda sender, **extra: heard.append(sender), app):
        seen, fast = both_ways(app, json_log, f"/articles/{stored['id']}")

    assert (seen.status, fast) == ("200 OK", False)
    assert len(heard) == 2  # the receiver heard both requests


def test_under_a_mount_it_answers_as_flask_does(settings, db, client_for, json_log):
    app = create_app(dataclasses.replace(settings, script_name="/copydesk"))
    created = client_for(app).post(
        "/copydesk/articles", data=ARTICLE_TEXT, content_type="text/plain"
    )
    id_ = created.get_json()["id"]

    inside, inside_fast = both_ways(app, json_log, f"/copydesk/articles/{id_}")
    outside, outside_fast = both_ways(app, json_log, f"/articles/{id_}")

    assert (inside.status, inside_fast) == ("200 OK", True)
    assert (outside.status[:3], outside_fast) == ("404", False)


def test_behind_a_trusted_proxy_it_answers_as_flask_does(settings, db, client_for, json_log):
    app = create_app(dataclasses.replace(settings, trusted_proxies=1))
    created = client_for(app).post("/articles", data=ARTICLE_TEXT, content_type="text/plain")
    headers = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}

    seen, fast = both_ways(app, json_log, f"/articles/{created.get_json()['id']}", headers=headers)

    assert (seen.status, fast) == ("200 OK", True)
    (line,) = seen.lines
    assert line["remote_addr"] == "203.0.113.7"


def test_lines_logged_during_a_fast_read_name_its_request(app, stored, json_log):
    peewee_log = logging.getLogger("peewee")  # its statements, at DEBUG
    level = peewee_log.level
    peewee_log.setLevel(logging.DEBUG)
    try:
        seen, fast = both_ways(app, json_log, f"/articles/{stored['id']}")
    finally:
        peewee_log.setLevel(level)

    assert fast
    statements = [line for line in seen.lines if line["logger"] == "peewee"]
    assert statements
    assert {line.get("request_id") for line in statements} == {REQUEST_ID}
