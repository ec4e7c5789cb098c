"""A real gunicorn: no Server banner, JSON logs with one access line per request, metrics summed
over the workers, and rate limits answered with their headers."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.gunicorn_server import Gunicorn

# A bound on waiting for the second worker to take a request: on a loaded machine it may still be
# booting when the first is ready (400 requests in a row once went to one worker under CI).
BOTH_WORKERS_SECONDS = 60
# A request is logged and counted once its body has gone out, just after the client has it.
SETTLE_SECONDS = 10  # a bound, not an expectation: it takes milliseconds


def _settled(read, expected):
    """read() once it returns `expected`, or its last value when SETTLE_SECONDS have passed."""
    deadline = time.monotonic() + SETTLE_SECONDS
    value = read()
    while value != expected and time.monotonic() < deadline:
        time.sleep(0.05)
        value = read()
    return value


def _log_lines(server: Gunicorn) -> list[dict]:
    """Every line gunicorn and the app wrote, each parsed as JSON (any other line fails)."""
    complete = server.output().split("\n")[:-1]  # the last piece may be a line being written
    return [json.loads(line) for line in complete if line.strip()]


def _access(server: Gunicorn) -> list[dict]:
    return [line for line in _log_lines(server) if line["logger"] == "copydesk.access"]


def _count(server: Gunicorn, endpoint: str = "/health") -> float:
    """The requests the workers answered 200 to a GET of this route, summed on /metrics."""
    status, _, body = server.exchange("GET", "/metrics")
    assert status == 200
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            if sample.name == "copydesk_http_requests_total" and sample.labels == {
                "endpoint": endpoint,
                "method": "GET",
                "status": "200",
            }:
                return sample.value
    return 0.0


@pytest.fixture
def server(database_url, tmp_path):
    """gunicorn with 2 workers and the project's gunicorn.conf.py."""
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=2) as running:
        yield running


def test_no_server_banner_and_every_log_line_is_json(server):
    answers = [
        server.exchange("GET", path, headers={"X-Request-ID": f"banner-{n}"})
        for n, path in enumerate(["/health", "/articles", "/nope", "/docs"])
    ]

    for _, headers, _ in answers:
        assert "Server" not in headers, headers
        assert headers["X-Content-Type-Options"] == "nosniff"
    assert [status for status, _, _ in answers] == [200, 200, 404, 200]
    ids = [f"banner-{n}" for n in range(4)]

    def logged_ids():
        return sorted(line["request_id"] for line in _access(server) if line["request_id"] in ids)

    # Exactly one access line per request: gunicorn's own access log stays off.
    assert _settled(logged_ids, ids) == ids
    lines = _log_lines(server)
    assert any(line["logger"].startswith("gunicorn") for line in lines)
    start = [line for line in lines if line["message"].endswith("starting")]
    assert start and all(line["version"] and line["database"] for line in start)


def test_metrics_sum_every_worker(server):
    sent = 0
    # Concurrent connections: sent one after another, an idle worker may take every one.
    with ThreadPoolExecutor(max_workers=8) as pool:
        deadline = time.monotonic() + BOTH_WORKERS_SECONDS
        while time.monotonic() < deadline:
            answers = list(pool.map(lambda _: server.exchange("GET", "/health"), range(40)))
            assert {status for status, _, _ in answers} == {200}
            sent += len(answers)
            if len({line["pid"] for line in _access(server)}) == 2:
                break
            time.sleep(0.05)  # lets a booting worker reach accept() between bursts
    assert len({line["pid"] for line in _access(server)}) == 2, "one worker took every request"

    # Whichever worker answers /metrics, it reports the requests both workers served.
    assert _settled(lambda: _count(server), sent) == sent
    assert [_count(server) for _ in range(4)] == [sent] * 4


def test_rate_limits_on_a_real_server(database_url, tmp_path):
    env = {"RATELIMIT_ENABLED": "1", "RATELIMIT_READS_PER_IP": "2/minute"}
    # One worker: in-memory counts are per worker process (RATELIMIT_STORAGE_URI shares them).
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1, env=env) as server:
        answers = [server.exchange("GET", "/articles") for _ in range(3)]
        health = server.exchange("GET", "/health")

    assert [status for status, _, _ in answers] == [200, 200, 429]
    status, headers, body = answers[2]
    assert headers["Content-Type"] == "application/problem+json"
    assert json.loads(body)["status"] == 429
    assert int(headers["Retry-After"]) >= 1
    assert (headers["RateLimit-Limit"], headers["RateLimit-Remaining"]) == ("2", "0")
    assert health[0] == 200


def test_a_restarted_server_counts_from_zero(database_url, tmp_path):
    env = {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics")}
    with Gunicorn(database_url, tmp_path / "first.log", workers=2, env=env) as first:
        for _ in range(3):
            first.exchange("GET", "/health")
        assert _settled(lambda: _count(first), 3) == 3

    # The same folder: the files the last run left behind are cleared at start.
    with Gunicorn(database_url, tmp_path / "second.log", workers=2, env=env) as second:
        assert _count(second) == 0


def test_cached_reads_keep_their_headers_log_lines_and_counts(server):
    # Past each worker's first request, cached reads are answered without Flask's request
    # cycle (api/web/fast_read.py) and their lines written straight to the log's stream.
    text = b"Ferry keeps its night crossing\n\nThe ferry will run through the winter.\n"
    status, _, body = server.exchange("POST", "/articles", text, {"Content-Type": "text/plain"})
    assert status == 201
    path = f"/articles/{json.loads(body)['id']}"
    ids = [f"cached-read-{n}" for n in range(12)]

    answers = [server.exchange("GET", path, headers={"X-Request-ID": id_}) for id_ in ids]

    for id_, (status, headers, body) in zip(ids, answers, strict=True):
        assert status == 200
        assert headers["X-Request-ID"] == id_
        assert headers["ETag"] and headers["Last-Modified"] and headers["Cache-Control"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert int(headers["Content-Length"]) == len(body)

    def lines():
        return sorted(
            (line["request_id"], line["endpoint"], line["status"], line["response_bytes"])
            for line in _access(server)
            if line["request_id"] in ids
        )

    size = len(answers[0][2])
    expected = sorted((id_, "/articles/{article_id}", 200, size) for id_ in ids)
    assert _settled(lines, expected) == expected
    assert _count(server, "/articles/{article_id}") == len(ids)
