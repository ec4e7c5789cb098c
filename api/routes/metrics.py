"""Prometheus metrics at /metrics, summed over every gunicorn worker."""

from __future__ import annotations

from flask import current_app

from api.observability.metrics import CONTENT_TYPE, exposition
from api.web.auth import public
from api.web.database import without_database
from api.web.docs import Blueprint

blp = Blueprint("metrics", __name__, description="Metrics for Prometheus.")

METRICS_TEXT = {
    "type": "string",
    "description": "Prometheus' text exposition format 0.0.4: copydesk_http_requests_total and"
    " copydesk_http_request_duration_seconds by endpoint (route template), method and status;"
    " copydesk_articles_stored_total.",
}


@blp.route("/metrics", methods=["GET"])
@blp.doc(operationId="getMetrics")
@blp.response(200, METRICS_TEXT, content_type="text/plain")
@public
@without_database
def metrics():
    """Request counts and latencies by route, and articles stored (no key, no rate limit)."""
    settings = current_app.config["SETTINGS"]
    body = exposition(settings.prometheus_multiproc_dir)
    return current_app.response_class(body, content_type=CONTENT_TYPE)
