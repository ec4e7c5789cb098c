"""Security headers on every response: no MIME sniffing, no referrer, a strict CSP.

The API answers JSON, text and YAML, none of which should ever run script or be framed, so
the default Content-Security-Policy allows nothing. A view that serves a page (the Swagger UI
at /docs) sets its own policy, which is kept.
"""

from __future__ import annotations

from flask import Flask, Response

STRICT_CSP = "default-src 'none'; frame-ancestors 'none'"
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # for browsers that predate frame-ancestors
}


def page_csp(script_nonce: str) -> str:
    """A policy for an HTML page that loads everything from this origin, plus one inline script."""
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src 'self' 'nonce-{script_nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        )
    )


def add_security_headers(response: Response) -> Response:
    """Set the headers a response has not set itself."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Content-Security-Policy", STRICT_CSP)
    return response


def init_app(app: Flask) -> None:
    """Give every response of this app the security headers."""
    app.after_request(add_security_headers)
