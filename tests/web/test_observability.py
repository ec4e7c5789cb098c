"""Request ids, JSON access lines, Prometheus metrics and the start-up line, in process."""

from __future__ import annotations

import io
import json
import logging
import re
import time
from datetime import UTC, datetime

import pytest
from prometheus_client.parser import text_string_to_metric_families

from api import create_app
from api.observability import access
from api.observability.logs import JsonFormatter, iso_time
from api.observability.startup import app_version, redacted

REQUEST_ID = "X-Request-ID"
ACCESS_FIELDS = {
    "time", "level", "request_id", "method", "path", "endpoint", "status", "duration_ms",
    "remote_addr", "response_bytes",
}  # fmt: skip


def _access_lines(json_log: list[dict]) -> list[dict]:
    return [line for line in json_log if line["logger"] == "copydesk.access"]


def _sample(client, name: str, **labels) -> float:
    """The value of one sample on /metrics (0 when it is not there yet)."""
    response = client.get("/metrics")
    assert response.status_code == 200
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return sample.value
    return 0.0


@pytest.mark.parametrize("offered", ["abc-123", "req:2024.05.01_7", "x" * 128])
def test_a_sane_request_id_is_echoed(client, offered):
    response = client.get("/articles", headers={REQUEST_ID: offered})

    assert response.headers[REQUEST_ID] == offered


@pytest.mark.parametrize("offered", ["", "x" * 129, "has space", 'quote"', "a\tb", "ünïcode"])
def test_an_odd_request_id_is_replaced_by_a_new_one(client, offered):
    response = client.get("/articles", headers={REQUEST_ID: offered})

    assert re.fullmatch(r"[0-9a-f]{32}", response.headers[REQUEST_ID])


def test_every_answer_gets_its_own_id_problems_included(client):
    answers = [client.get("/articles"), client.get("/nope"), client.put("/articles")]

    ids = [response.headers[REQUEST_ID] for response in answers]
    assert [r.status_code for r in answers] == [200, 404, 405]
    assert len(set(ids)) == 3


def test_one_json_access_line_per_request_with_its_id(client, created, json_log):
    json_log.clear()
    response = client.get(f"/articles/{created['id']}", headers={REQUEST_ID: "trace-me"})
    response.close()  # the line is written once the server has sent the body

    lines = _access_lines(json_log)
    assert len(lines) == 1
    line = lines[0]
    assert ACCESS_FIELDS <= line.keys()
    assert line["request_id"] == "trace-me"
    assert (line["method"], line["path"], line["status"]) == (
        "GET",
        f"/articles/{created['id']}",
        200,
    )
    assert line["endpoint"] == "/articles/{article_id}"
    assert line["response_bytes"] == len(response.data)
    assert line["duration_ms"] >= 0


def test_a_streamed_export_logs_the_bytes_it_sent(client, created, json_log):
    json_log.clear()
    response = client.get("/articles/export")
    body = response.data
    response.close()

    (line,) = _access_lines(json_log)
    assert line["endpoint"] == "/articles/export"
    assert line["response_bytes"] == len(body) > 0


def test_metrics_count_requests_by_route_template_not_raw_path(client, created):
    route = {"endpoint": "/articles/{article_id}", "method": "GET", "status": "200"}
    before = _sample(client, "copydesk_http_requests_total", **route)

    for _ in range(3):
        client.get(f"/articles/{created['id']}").close()
    client.get("/articles/123456789").close()

    assert _sample(client, "copydesk_http_requests_total", **route) == before + 3
    missing = {**route, "status": "404"}
    assert _sample(client, "copydesk_http_requests_total", **missing) >= 1
    text = client.get("/metrics").text
    assert f'endpoint="/articles/{created["id"]}"' not in text
    assert "copydesk_http_request_duration_seconds_bucket" in text


def test_metrics_count_articles_created_not_ones_sent_again(client, article_text):
    before = _sample(client, "copydesk_articles_stored_total")

    first = client.post("/articles", data=article_text, content_type="text/plain")
    again = client.post("/articles", data=article_text, content_type="text/plain")

    assert (first.status_code, again.status_code) == (201, 200)
    assert _sample(client, "copydesk_articles_stored_total") == before + 1


def test_metrics_are_prometheus_text(client):
    response = client.get("/metrics")

    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert "# TYPE copydesk_http_requests_total counter" in response.text


def test_start_up_states_version_database_and_settings(settings, json_log):
    create_app(settings)

    (line,) = [entry for entry in json_log if entry["message"].endswith("starting")]
    assert line["version"] == app_version() != "unknown"
    assert line["database"] == redacted(settings.database_url)
    assert line["rate_limits"] == "off"  # the test settings turn them off
    assert line["cors_origins"] == []


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("sqlite:////srv/copydesk.db", "sqlite:////srv/copydesk.db"),
        ("postgresql://app:hunter2@db:5432/news", "postgresql://app:***@db:5432/news"),
        (
            "postgresql://db/news?user=app&password=hunter2",
            "postgresql://db/news?user=app&password=***",
        ),
        ("postgresql://app@db/news", "postgresql://app@db/news"),
    ],
)
def test_logged_database_urls_hide_passwords(url, shown):
    assert redacted(url) == shown


@pytest.mark.parametrize(
    "created",
    [0.0, 0.1234, 1.9999995, 1764855856.1199999, 1764855856.9995, 1764855859.999_999_7],
)
def test_a_log_time_is_written_as_datetime_writes_it(created):
    expected = datetime.fromtimestamp(created, UTC).isoformat(timespec="milliseconds")

    assert iso_time(created) == expected


def test_an_access_record_has_what_make_record_gives_it():
    args = ("GET", "/articles/1", 200)
    extra = {"request_id": "abc", "status": 200, "duration_ms": 1.5}
    made = access.log.makeRecord(
        access.log.name, logging.INFO, access.__file__, 0, "%s %s %s", args, None,
        func="finish", extra=extra,
    )  # fmt: skip

    copied = access._record(args, dict(extra), time.time())

    assert type(copied) is type(made)
    assert list(vars(copied)) == list(vars(made))
    times = {"created", "msecs", "relativeCreated"}
    assert {k: v for k, v in vars(copied).items() if k not in times} == {
        k: v for k, v in vars(made).items() if k not in times
    }
    assert copied.getMessage() == "GET /articles/1 200"


@pytest.fixture
def access_stream(monkeypatch):
    """The access logger with one plain JSON stream handler, as gunicorn.conf.py sets it up
    (pytest adds handlers of its own to the logging tree's loggers); (stream, handler)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.Logger(access.log.name, logging.INFO)
    logger.addHandler(handler)
    monkeypatch.setattr(access, "log", logger)
    return stream, handler


def test_an_access_line_written_directly_is_the_line_logging_writes(
    client, created, access_stream, monkeypatch
):
    stream, handler = access_stream
    records = []
    make_record = access._record
    monkeypatch.setattr(access, "_record", lambda *args: records.append(args) or make_record(*args))
    path = f"/articles/{created['id']}"

    client.get(path, headers={REQUEST_ID: "same-id"}).close()  # written directly
    assert records == []
    handler.addFilter(lambda record: True)  # a filter: the line goes through logging's record
    client.get(path, headers={REQUEST_ID: "same-id"}).close()
    assert len(records) == 1

    written = stream.getvalue()
    assert written.endswith("\n")
    direct, through_logging = (json.loads(line) for line in written.splitlines())
    volatile = {"time", "duration_ms"}
    assert list(direct) == list(through_logging)  # the same fields in the same order
    assert {k: v for k, v in direct.items() if k not in volatile} == {
        k: v for k, v in through_logging.items() if k not in volatile
    }
    assert direct["message"] == f"GET {path} 200"
    assert direct["request_id"] == "same-id"


def test_an_access_line_that_cannot_be_written_is_reported_as_logging_reports_it(
    client, created, access_stream, monkeypatch
):
    stream, handler = access_stream
    reported = []

    def full(text):
        raise OSError("No space left on device")

    monkeypatch.setattr(stream, "write", full)
    monkeypatch.setattr(handler, "handleError", reported.append)

    response = client.get(f"/articles/{created['id']}", headers={REQUEST_ID: "lost"})
    response.close()

    (record,) = reported
    assert record.getMessage() == f"GET /articles/{created['id']} 200"
    assert (record.request_id, record.status) == ("lost", 200)
