"""Security headers on every response: no MIME sniffing, no referrer, a strict CSP.

The API answers JSON, text and YAML, none of which should ever run script or be framed, so
the default Content-Security-Policy allows nothing. A view that serves a page (the Swagger UI
at /docs) sets its own policy, which is kept.
"""

from __future__ import annotations

from flask import Flask

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


class SecurityHeaders:
    """WSGI middleware: adds each of HEADERS that the response has not set itself.

    At the WSGI edge, over plain (name, value) tuples: the same job on Flask's response objects
    cost a read several microseconds, and here every answer gets the headers, those of the
    middleware further in (the mount) included.
    """

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        def start_with_security_headers(status, headers, exc_info=None):
            present = {name.lower() for name, _ in headers}
            headers.extend(item for key, item in _HEADER_ITEMS if key not in present)
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start_with_security_headers)


_HEADER_ITEMS = tuple((name.lower(), (name, value)) for name, value in HEADERS.items())


def init_app(app: Flask) -> None:
    """Give every response of this app the security headers; call it last, so that it wraps
    every other middleware."""
    app.wsgi_app = SecurityHeaders(app.wsgi_app)
