"""The one helper that asserts an error response is a well-formed RFC 9457 problem."""

from __future__ import annotations

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(response, status: int, field: str | None = None) -> dict:
    """Assert `response` is a problem+json with this status (naming `field` if given); its body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert PROBLEM_KEYS <= body.keys()
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["detail"]
    if field is not None:
        assert field in [error.get("field") for error in body.get("errors", [])], body
    return body
