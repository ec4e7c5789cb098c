"""The contract of the operational headers: X-Request-ID everywhere, rate limits and 429.

An apispec plugin documents them on every operation as it is registered; error responses
(shared components) get theirs from `error_headers`, which api/web/docs.py applies.
"""

from __future__ import annotations

from apispec import BasePlugin

REQUEST_ID = "X-Request-ID"
RATE_LIMIT_HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")
RETRY_AFTER = "Retry-After"
TOO_MANY_REQUESTS = 429

HEADER_COMPONENTS = {
    REQUEST_ID: {
        "description": "The request's id: the client's `X-Request-ID` when it is 1-128 characters"
        " of `A-Z a-z 0-9 . _ : -`, else one the server made. Every log line of the request"
        " carries it.",
        "schema": {"type": "string", "maxLength": 128},
    },
    "RateLimit-Limit": {
        "description": "Requests allowed in the window of the limit closest to running out.",
        "schema": {"type": "integer", "minimum": 0},
    },
    "RateLimit-Remaining": {
        "description": "Requests left in that window.",
        "schema": {"type": "integer", "minimum": 0},
    },
    "RateLimit-Reset": {
        "description": "Seconds until that window frees a request.",
        "schema": {"type": "integer", "minimum": 0},
    },
    RETRY_AFTER: {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "integer", "minimum": 0},
    },
}
REQUEST_ID_PARAMETER = {
    "in": "header",
    "name": REQUEST_ID,
    "required": False,
    "description": "An id for this request (1-128 characters of `A-Z a-z 0-9 . _ : -`), echoed"
    " in the response and written in the server's logs; another value is replaced by a new id.",
    "schema": {"type": "string"},
}


def error_headers(status: int | None) -> dict:
    """The headers documented on an error response (None: the default response)."""
    headers = {REQUEST_ID: REQUEST_ID}
    if status == TOO_MANY_REQUESTS:
        headers |= {RETRY_AFTER: RETRY_AFTER} | {name: name for name in RATE_LIMIT_HEADERS}
    return headers


class OperationalHeadersPlugin(BasePlugin):
    """Documents X-Request-ID on every operation, and rate-limit headers and 429 where limited."""

    def __init__(self, unlimited_paths: frozenset[str]):
        self.unlimited_paths = unlimited_paths

    def init_spec(self, spec) -> None:
        """Register the header and parameter components the operations refer to."""
        for name, header in HEADER_COMPONENTS.items():
            spec.components.header(name, header)
        spec.components.parameter(REQUEST_ID, "header", REQUEST_ID_PARAMETER)

    def operation_helper(self, path=None, operations=None, **kwargs) -> None:
        """Add the request id to each operation; limit headers and 429 to the limited ones."""
        limited = path not in self.unlimited_paths
        for operation in (operations or {}).values():
            operation.setdefault("parameters", []).append(REQUEST_ID)
            responses = operation.setdefault("responses", {})
            for code, response in list(responses.items()):
                if isinstance(response, dict) and "$ref" not in response:
                    responses[code] = _with_headers(response, limited)
            if limited:
                responses[TOO_MANY_REQUESTS] = "TOO_MANY_REQUESTS"


def _with_headers(response: dict, limited: bool) -> dict:
    # A copy: some responses (304) are one dict shared by every operation.
    headers = {**response.get("headers", {}), REQUEST_ID: REQUEST_ID}
    if limited:
        headers |= {name: name for name in RATE_LIMIT_HEADERS}
    return {**response, "headers": headers}


def init_spec(spec, unlimited_paths: frozenset[str]) -> None:
    """Document the operational headers on every operation registered from now on."""
    plugin = OperationalHeadersPlugin(unlimited_paths)
    spec.plugins.append(plugin)
    plugin.init_spec(spec)
