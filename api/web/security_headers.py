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
    "Content-Security-Policy": STRICT_CSP,
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
    # One pass over the response's headers: werkzeug's setdefault looks each name up with an
    # exception when it is missing, which is every time here, on every request.
    present = {name.lower() for name, _ in response.headers}
    response.headers.extend(
        [(name, value) for name, value in HEADERS.items() if name.lower() not in present]
    )
    return response


def init_app(app: Flask) -> None:
    """Give every response of this app the security headers."""
    app.after_request(add_security_headers)
