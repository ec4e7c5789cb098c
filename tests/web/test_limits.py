"""Rate limits: 429 problems with Retry-After and RateLimit-* headers, per address and per key."""

from __future__ import annotations

import runpy
import threading
import time
from dataclasses import replace

import pytest

from api import create_app
from api.config import PROJECT_ROOT, Settings
from api.web.limits import api_key_bucket
from tests.problems import assert_problem

# Writes aimed at an article that does not exist: whatever they answer (404 today, 401 for a
# key the server does not know), they count against the write limits.
WRITE = ("DELETE", "/articles/999999")


@pytest.fixture
def limited_app(settings):
    """An app with rate limits on: 3 reads per address, 3 writes per address, 2 per key."""
    return create_app(
        replace(
            settings,
            ratelimit_enabled=True,
            ratelimit_reads_per_ip="3/minute",
            ratelimit_writes_per_ip="3/minute",
            ratelimit_writes_per_key="2/minute",
        )
    )


@pytest.fixture
def limited(limited_app, contract):
    """A contract-checked client of limited_app that can speak from any address and key."""
    test_client = limited_app.test_client()

    def send(method: str, path: str, address: str = "192.0.2.1", key: str | None = None, **kw):
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        environ = {"REMOTE_ADDR": address}
        response = test_client.open(
            path, method=method, headers=headers, environ_base=environ, **kw
        )
        contract.check(response)
        return response

    return send


def test_reads_past_the_limit_are_429_problems_with_retry_after(limited):
    answers = [limited("GET", "/articles") for _ in range(4)]

    assert [r.status_code for r in answers[:3]] == [200, 200, 200]
    assert [r.headers["RateLimit-Limit"] for r in answers[:3]] == ["3", "3", "3"]
    assert [r.headers["RateLimit-Remaining"] for r in answers[:3]] == ["2", "1", "0"]
    refused = answers[3]
    body = assert_problem(refused, 429)
    assert body["detail"].startswith("Too many reads from this address: the limit is 3/minute")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["RateLimit-Limit"] == "3"
    assert refused.headers["RateLimit-Remaining"] == "0"
    assert 0 <= int(refused.headers["RateLimit-Reset"]) <= 60
    assert refused.headers["X-Request-ID"]


def test_each_address_has_its_own_read_budget(limited):
    for _ in range(3):
        assert limited("GET", "/articles", address="192.0.2.1").status_code == 200

    assert limited("GET", "/articles", address="192.0.2.1").status_code == 429
    assert limited("GET", "/articles", address="192.0.2.2").status_code == 200


def test_a_key_is_limited_wherever_it_comes_from(limited):
    first = [limited(*WRITE, address="192.0.2.10", key="key-a") for _ in range(2)]
    # A third write with the same key from another address: the key's budget is spent.
    again = limited(*WRITE, address="192.0.2.11", key="key-a")
    other_key = limited(*WRITE, address="192.0.2.11", key="key-b")

    assert all(r.status_code != 429 for r in first)
    body = assert_problem(again, 429)
    assert "writes with this API key" in body["detail"]
    assert other_key.status_code != 429


def test_an_address_is_limited_whatever_keys_it_uses(limited):
    # Three writes from one address, each with a fresh key: no key is near its own limit.
    writes = [limited(*WRITE, address="192.0.2.20", key=f"key-{n}") for n in range(3)]
    fourth = limited(*WRITE, address="192.0.2.20", key="key-3")
    keyless = limited(*WRITE, address="192.0.2.21")

    assert all(r.status_code != 429 for r in writes)
    body = assert_problem(fourth, 429)
    assert "writes from this address" in body["detail"]
    assert keyless.status_code != 429


def test_reads_and_writes_are_counted_apart(limited):
    for _ in range(3):
        limited("GET", "/articles")

    assert limited(*WRITE).status_code != 429
    assert limited("GET", "/articles").status_code == 429


@pytest.mark.parametrize("path", ["/health", "/health/ready", "/metrics"])
def test_probes_and_metrics_are_never_limited(limited, path):
    answers = [limited("GET", path) for _ in range(5)]

    assert [r.status_code for r in answers] == [200] * 5
    assert all("RateLimit-Limit" not in r.headers for r in answers)


def test_limits_off_refuse_nothing_and_send_no_headers(settings, contract):
    off = create_app(replace(settings, ratelimit_enabled=False, ratelimit_reads_per_ip="1/minute"))
    client = off.test_client()

    answers = [client.get("/articles") for _ in range(3)]

    assert [r.status_code for r in answers] == [200, 200, 200]
    assert all("RateLimit-Limit" not in r.headers for r in answers)


def test_the_key_bucket_is_a_hash_never_the_key(limited_app):
    buckets = {}
    for token in ("s3cret-token", "s3cret-token", "other-token"):
        headers = {"Authorization": f"Bearer {token}"}
        with limited_app.test_request_context("/articles", method="POST", headers=headers):
            buckets.setdefault(token, set()).add(api_key_bucket())

    assert len(buckets["s3cret-token"]) == 1  # the same key, the same bucket
    assert buckets["s3cret-token"] != buckets["other-token"]
    assert not any("s3cret" in bucket for bucket in buckets["s3cret-token"])


def test_forwarded_addresses_count_only_behind_a_trusted_proxy(settings):
    def refused_after_three(trusted_proxies: int) -> bool:
        app = create_app(
            replace(
                settings,
                ratelimit_enabled=True,
                ratelimit_reads_per_ip="3/minute",
                trusted_proxies=trusted_proxies,
            )
        )
        client = app.test_client()
        for n in range(3):
            client.get("/articles", headers={"X-Forwarded-For": f"198.51.100.{n}"})
        # A fourth "client": believed behind a proxy, a forgery without one.
        response = client.get("/articles", headers={"X-Forwarded-For": "198.51.100.99"})
        return response.status_code == 429

    assert refused_after_three(trusted_proxies=0)
    assert not refused_after_three(trusted_proxies=1)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"RATELIMIT_READS_PER_IP": "lots"}, "RATELIMIT_READS_PER_IP"),
        ({"RATELIMIT_ENABLED": "maybe"}, "RATELIMIT_ENABLED"),
        ({"TRUSTED_PROXIES": "-1"}, "TRUSTED_PROXIES"),
    ],
)
def test_bad_limit_settings_stop_start_up(environ, message):
    with pytest.raises(ValueError, match=message):
        Settings.from_env(environ)


def test_limit_settings_come_from_the_environment():
    settings = Settings.from_env(
        {
            "RATELIMIT_ENABLED": "0",
            "RATELIMIT_WRITES_PER_KEY": "10/second;500/hour",
            "CORS_ORIGINS": "https://app.example.com, https://admin.example.com/",
        }
    )

    assert settings.ratelimit_enabled is False
    assert settings.ratelimit_writes_per_key == "10/second;500/hour"
    assert settings.cors_origins == ("https://app.example.com", "https://admin.example.com")


def test_gunicorn_timeouts_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_TIMEOUT", "120")
    monkeypatch.setenv("GUNICORN_GRACEFUL_TIMEOUT", "45")
    monkeypatch.setenv("GUNICORN_KEEPALIVE", "2")

    config = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))

    assert (config["timeout"], config["graceful_timeout"], config["keepalive"]) == (120, 45, 2)


def test_a_field_name_past_any_real_one_is_a_400_naming_fields(client):
    response = client.get("/articles", query_string={"fields": "x" * 5000})

    body = assert_problem(response, 400, "fields")
    assert "x" * 200 not in response.get_data(as_text=True), body


def test_counting_in_memory_starts_no_thread_per_request(limited, monkeypatch):
    # (one request first: the worker's one side-read thread, made on first use, is started by
    # whichever test of the process reads first, and is no thread per request)
    limited("GET", "/articles")
    started = []
    original = threading.Thread.start
    monkeypatch.setattr(
        threading.Thread, "start", lambda self: started.append(self) or original(self)
    )

    for _ in range(3):
        limited("GET", "/articles")
        time.sleep(0.02)  # past limits' 10 ms timer, which would start a new thread each time

    assert started == []
