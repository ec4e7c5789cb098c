"""Every error as RFC 9457 application/problem+json: one builder and the handlers that use it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from http import HTTPStatus

from flask import Flask, Response, current_app, request
from marshmallow import RAISE, ValidationError
from peewee import OperationalError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestEntityTooLarge

from api.parser.errors import EncodingError, ParseError

PROBLEM_MIMETYPE = "application/problem+json"
INVALID_FIELDS = "The request has invalid fields; see `errors`."
# How every query string is read (`blp.arguments(Schema, **QUERY_ARGS)`): a bad or unknown
# parameter is a bad URL, 400 naming it, where a bad body is 422.
QUERY_ARGS = {"location": "query", "unknown": RAISE, "error_status_code": 400}

log = logging.getLogger(__name__)


class FieldProblem(HTTPException):
    """A request part at fault, answered as a problem naming it: FieldProblem(400, "body", why)."""

    def __init__(self, status: int, field: str, message: str):
        super().__init__(message)
        self.code = status
        # The shape webargs gives its errors, so that handle_http_exception lists the field.
        self.data = {"messages": {"request": {field: [message]}}}


def problem(
    status: int,
    detail: str,
    *,
    errors: list[dict] | None = None,
    headers: dict | None = None,
    extensions: dict | None = None,
) -> Response:
    """Build the one error response shape: type, title, status, detail and optional `errors`,
    then any extension members (RFC 9457 section 3.2), such as an import's report."""
    body: dict = {
        "type": "about:blank",  # RFC 9457: the title is then the status phrase
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    body.update(extensions or {})
    response = current_app.response_class(
        current_app.json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE
    )
    response.headers.extend(headers or {})
    return response


def field_errors(messages, path: tuple[str, ...] = ()) -> Iterator[dict]:
    """Flatten marshmallow's nested messages into {field, message} items with dotted paths."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            # `_schema` holds errors about the whole object, not one of its fields.
            yield from field_errors(value, path if key == "_schema" else (*path, str(key)))
    elif isinstance(messages, list | tuple):
        for message in messages:
            yield from field_errors(message, path)
    else:
        yield (
            {"field": ".".join(path), "message": str(messages)}
            if path
            else {"message": str(messages)}
        )


def handle_http_exception(error: HTTPException) -> Response:
    """Werkzeug and webargs errors (404, 405, 415, 400 on query strings...) as problems."""
    data = getattr(error, "data", None) or {}
    if "messages" in data:
        # webargs nests messages by location ({"query": {"limit": [...]}}); clients want fields.
        errors = [e for msgs in data["messages"].values() for e in field_errors(msgs)]
        return problem(error.code, INVALID_FIELDS, errors=errors)
    headers = {}
    if isinstance(error, MethodNotAllowed) and error.valid_methods:
        headers["Allow"] = ", ".join(sorted(error.valid_methods))
    return problem(
        error.code, error.description or HTTPStatus(error.code).description, headers=headers
    )


def handle_too_large(error: RequestEntityTooLarge) -> Response:
    """A body over the limit: say what the limit is (the request's own; imports have theirs)."""
    message = f"The request body is larger than the limit of {request.max_content_length} bytes."
    return problem(413, message, errors=[{"field": "body", "message": message}])


def handle_validation_error(error: ValidationError) -> Response:
    """A request body that a schema rejected: 422 naming each field."""
    return problem(422, INVALID_FIELDS, errors=list(field_errors(error.messages)))


def handle_encoding_error(error: EncodingError) -> Response:
    """Bytes that are not UTF-8 cannot be read at all: 400."""
    return problem(400, str(error), errors=[{"field": "text", "message": str(error)}])


def handle_parse_error(error: ParseError) -> Response:
    """Readable text that is not an article (empty, headline only...): 422 on `text`."""
    return problem(422, str(error), errors=[{"field": "text", "message": str(error)}])


def handle_database_down(error: OperationalError) -> Response:
    """The database cannot be reached or is locked: 503, so that clients retry later."""
    log.error("database unavailable: %s", error)
    return problem(
        503, "The database is unavailable; try again later.", headers={"Retry-After": "5"}
    )


def handle_unexpected(error: Exception) -> Response:
    """Anything else is our bug: log it, and tell the client nothing about its insides."""
    log.exception("unhandled error", exc_info=error)
    return problem(500, "The server failed to answer this request; the error has been logged.")


def register_error_handlers(app: Flask) -> None:
    """Make every error the app can raise answer with problem+json."""
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(RequestEntityTooLarge, handle_too_large)
    app.register_error_handler(ValidationError, handle_validation_error)
    app.register_error_handler(EncodingError, handle_encoding_error)
    app.register_error_handler(ParseError, handle_parse_error)
    app.register_error_handler(OperationalError, handle_database_down)
    app.register_error_handler(Exception, handle_unexpected)
