"""CORS for browser frontends on an allow-list of origins (flask-cors); none without a list."""

from __future__ import annotations

from flask import Flask, Response
from flask_cors import CORS

from api.web.http_cache import add_vary

# What a frontend sends, and what it may read back from a response besides the simple headers.
ALLOW_HEADERS = ["Authorization", "Content-Type", "If-Match", "If-None-Match", "X-Request-ID"]
EXPOSE_HEADERS = [
    "ETag",
    "Link",
    "Last-Modified",
    "Location",
    "Retry-After",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "X-Request-ID",
]
METHODS = ["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"]
PREFLIGHT_MAX_AGE = 600  # seconds a browser may reuse a preflight's answer


def init_app(app: Flask, origins: tuple[str, ...]) -> None:
    """Answer CORS for these exact origins; with none, send no CORS header at all."""
    if not origins:
        return
    CORS(
        app,
        origins=list(origins),
        allow_headers=ALLOW_HEADERS,
        expose_headers=EXPOSE_HEADERS,
        methods=METHODS,
        max_age=PREFLIGHT_MAX_AGE,
        supports_credentials=False,  # keys travel in Authorization, never in cookies
    )
    app.after_request(_vary_on_origin)


def _vary_on_origin(response: Response) -> Response:
    # Whether the CORS headers come depends on Origin; flask-cors says so only when more than
    # one origin is allowed, yet a cache must never hand one origin's answer to another.
    add_vary(response, "Origin")
    return response
