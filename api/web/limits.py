"""Rate limits (flask-limiter): reads per client address, writes per address and per API key.

Every limit is shared by all routes of its kind, so a client cannot multiply its budget by
spreading requests over endpoints. The answer past a limit is a 429 problem (api/web/errors.py
makes it) with `Retry-After`; every limited response carries `RateLimit-Limit`,
`RateLimit-Remaining` and `RateLimit-Reset` (seconds until the window resets) for the limit
closest to running out.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time

from flask import Flask, Response, request
from flask_limiter import ApplicationLimit, Limiter
from limits.storage import MemoryStorage

from api.config import Settings
from api.web.auth import READ_METHODS, bearer_token

WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
# Probes and scrapes must never be refused: an orchestrator or Prometheus polls them.
EXEMPT_PATHS = frozenset({"/health", "/health/ready", "/metrics"})
LIMIT_HEADER = "RateLimit-Limit"
REMAINING_HEADER = "RateLimit-Remaining"
RESET_HEADER = "RateLimit-Reset"

log = logging.getLogger(__name__)
SWEEP_SECONDS = 1.0


class SweepingMemoryStorage(MemoryStorage):
    """limits' in-memory storage, minus a thread started for nearly every request.

    MemoryStorage starts a short timer thread to drop expired counters whenever none is
    running: on a quiet server that is a thread started per request. Expired
    counters are already ignored when read, so sweeping them inline once a second is enough
    to keep memory bounded. (Overrides a private method of limits 5.8, pinned.)
    """

    STORAGE_SCHEME = ["copydesk-memory"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self._next_sweep = time.monotonic() + SWEEP_SECONDS

    def _MemoryStorage__schedule_expiry(self) -> None:  # noqa: N802 (the name limits calls)
        now = time.monotonic()
        if now >= self._next_sweep:
            self._next_sweep = now + SWEEP_SECONDS
            self._MemoryStorage__expire_events()


def storage_uri(configured: str) -> str:
    """The storage flask-limiter should use: ours in place of plain memory://."""
    return "copydesk-memory://" if configured.startswith("memory://") else configured


def client_address() -> str:
    """The client's address (the proxy's own unless TRUSTED_PROXIES makes it the forwarded one)."""
    return request.remote_addr or "unknown"


def api_key_bucket() -> str:
    """The per-key bucket: a hash of the bearer token, so no raw key is kept in the storage."""
    return "key:" + hashlib.sha256((bearer_token() or "").encode()).hexdigest()[:32]


def _exempt() -> bool:
    # A CORS preflight carries no credentials and does nothing: never count it.
    return request.method == "OPTIONS" or request.path in EXEMPT_PATHS


def _limits(settings: Settings) -> list[ApplicationLimit]:
    def message(rate: str, what: str) -> str:
        return f"Too many {what}: the limit is {rate}; retry after the seconds in Retry-After."

    return [
        ApplicationLimit(
            settings.ratelimit_reads_per_ip,
            key_function=client_address,
            scope="reads-per-address",
            methods=READ_METHODS,
            error_message=message(settings.ratelimit_reads_per_ip, "reads from this address"),
        ),
        ApplicationLimit(
            settings.ratelimit_writes_per_ip,
            key_function=client_address,
            scope="writes-per-address",
            methods=WRITE_METHODS,
            error_message=message(settings.ratelimit_writes_per_ip, "writes from this address"),
        ),
        ApplicationLimit(
            settings.ratelimit_writes_per_key,
            key_function=api_key_bucket,
            scope="writes-per-key",
            methods=WRITE_METHODS,
            exempt_when=lambda: not bearer_token(),  # no token, or an empty one
            error_message=message(settings.ratelimit_writes_per_key, "writes with this API key"),
        ),
    ]


def _headers(limiter: Limiter):
    def add_headers(response: Response) -> Response:
        current = limiter.current_limits
        if not current:
            return response
        try:
            # The breached limit if any, else the one closest to running out.
            breached = [limit for limit in current if limit.breached]
            shown = breached[0] if breached else min(current, key=lambda limit: limit.remaining)
            reset = max(0, math.ceil(shown.window[0] - time.time()))  # (reset time, remaining)
        except Exception:  # the storage failed after the check: the answer stands without hints
            log.warning("rate limit storage failed; response sent without RateLimit headers")
            return response
        response.headers[LIMIT_HEADER] = str(shown.limit.amount)
        response.headers[REMAINING_HEADER] = str(max(0, shown.remaining))
        response.headers[RESET_HEADER] = str(reset)
        if response.status_code == 429:
            response.headers["Retry-After"] = str(max(1, reset))
        return response

    return add_headers


def init_app(app: Flask, settings: Settings) -> Limiter:
    """Count this app's requests against the configured limits (nothing when they are off)."""
    app.config.update(
        RATELIMIT_ENABLED=settings.ratelimit_enabled,
        RATELIMIT_HEADERS_ENABLED=False,  # ours, with the IETF names and a relative reset
    )
    limiter = Limiter(
        client_address,
        application_limits=_limits(settings),
        storage_uri=storage_uri(settings.ratelimit_storage_uri),
        # No burst of twice the rate across a window boundary (fixed window), and two counters
        # per key instead of one timestamp per request (moving window).
        strategy="sliding-window-counter",
        key_prefix="copydesk",
        # Shared storage (redis) down: count in this process instead of failing every request.
        in_memory_fallback_enabled=True,
    )
    limiter.request_filter(_exempt)
    limiter.init_app(app)
    if settings.ratelimit_enabled:  # off, no limit is ever current: no headers to add
        app.after_request(_headers(limiter))
    return limiter
