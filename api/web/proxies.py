"""Deployments behind reverse proxies: believe their X-Forwarded-For/-Proto, and only theirs."""

from __future__ import annotations

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix


def init_app(app: Flask, trusted_proxies: int) -> None:
    """Take the client address and scheme from the last `trusted_proxies` proxies' headers.

    Off (0) by default: without a proxy in front, anyone could forge X-Forwarded-For and
    escape the per-address rate limits or fake the address in the logs.
    """
    if trusted_proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=trusted_proxies, x_proto=trusted_proxies)
