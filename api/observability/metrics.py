"""Prometheus metrics: requests and their latency by route, and articles stored.

Under gunicorn every worker is a process of its own; with PROMETHEUS_MULTIPROC_DIR set
(gunicorn.conf.py does it) each writes its values there and /metrics sums them all.
"""

from __future__ import annotations

from functools import lru_cache

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    values,
)
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.multiprocess import MultiProcessCollector

from api.values import process_id

if values.ValueClass is not values.MutexValue:
    # Multiprocess mode (PROMETHEUS_MULTIPROC_DIR set): each value written checks the process id
    # for a fork, by a system call unless told how to know it. Before any metric exists, so that
    # every value of this process writes its files through the same class.
    values.ValueClass = values.MultiProcessValue(process_identifier=process_id)

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4  # the text format every Prometheus version reads
UNMATCHED = "unmatched"  # the endpoint label of a request no route matched (404, scanners)
# From a cached read (~2 ms) to an import at the edge of gunicorn's worker timeout.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)

REQUESTS = Counter(
    "copydesk_http_requests",
    "HTTP requests answered, by route (the URL template, never the raw path), method and status.",
    ["endpoint", "method", "status"],
)
LATENCY = Histogram(
    "copydesk_http_request_duration_seconds",
    "Time from the request's start to the end of its response body, by route, method, status.",
    ["endpoint", "method", "status"],
    buckets=LATENCY_BUCKETS,
)
ARTICLES_STORED = Counter(
    "copydesk_articles_stored",
    "Articles stored (created; content that was already stored does not count).",
)


def observe_request(endpoint: str, method: str, status: int, seconds: float) -> None:
    """Count one answered request and its duration."""
    requests, latency = _series(endpoint, method, status)
    requests.inc()
    latency.observe(seconds)


@lru_cache(maxsize=4096)  # routes × methods × statuses: bounded labels, a few dozen in practice
def _series(endpoint: str, method: str, status: int):
    """The request counter and latency histogram of one label set; `labels()` looks them up
    through a lock and builds a key on every call."""
    labels = (endpoint, method, str(status))
    return REQUESTS.labels(*labels), LATENCY.labels(*labels)


def exposition(multiproc_dir: str = "") -> bytes:
    """The metrics in Prometheus' text format: of every worker when multiproc_dir is given."""
    if not multiproc_dir:
        return generate_latest(REGISTRY)
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=multiproc_dir)
    return generate_latest(registry)
