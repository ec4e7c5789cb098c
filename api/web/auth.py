"""API keys on requests: writes need a `write` key, reads are public unless READ_REQUIRES_KEY=1."""

from __future__ import annotations

from apispec import BasePlugin
from flask import Flask, Response, current_app, g, request
from flask_smorest.utils import prepare_response

from api.schemas.article import ProblemSchema
from api.store import keys as keys_store
from api.web.errors import PROBLEM_MIMETYPE, problem

SCHEME = "bearerAuth"  # the security scheme's name in openapi.yaml
CHALLENGE = 'Bearer realm="copydesk"'
READ_METHODS = ("GET", "HEAD")  # also what the rate limits count as reads
NO_KEY = "This request needs an API key: send `Authorization: Bearer <key>`."
BAD_KEY = "The API key is not valid."
REVOKED_KEY = "The API key has been revoked."
READ_ONLY_KEY = "The API key may only read; this request needs a key with the `write` scope."


def public(view):
    """Mark a view that never needs a key (health, docs), whatever the method or settings."""
    view.public = True  # functools.wraps carries it up through flask-smorest's wrappers
    return view


def init_app(app: Flask, api, settings) -> None:
    """Check keys on this app's requests and document the scheme in its spec."""
    app.config["READ_REQUIRES_KEY"] = settings.read_requires_key
    # Registered after db.init_app's hook, so the key lookup finds the connection open.
    app.before_request(authorize)
    plugin = BearerAuthPlugin(app)
    api.spec.plugins.append(plugin)  # before the blueprints register, so it sees every path
    plugin.init_spec(api.spec)


def authorize() -> Response | None:
    """Answer 401/403 for a request its key does not allow; None lets it through."""
    # After routing: an unknown path stays 404 and a wrong method 405 (with Allow), never 401.
    asked = request._get_current_object()  # one context look-up, not one per attribute
    if asked.routing_exception is not None or asked.method == "OPTIONS":
        return None
    app = current_app._get_current_object()
    if getattr(app.view_functions.get(asked.endpoint), "public", False):
        return None
    writing = asked.method not in READ_METHODS
    token = bearer_token()
    if token is None:
        if writing or app.config["READ_REQUIRES_KEY"]:
            return _challenge(401, NO_KEY)
        return None
    row = keys_store.find_key(token)
    if row is None or row.revoked_at is not None:
        detail = BAD_KEY if row is None else REVOKED_KEY
        return _challenge(401, detail, 'error="invalid_token"')
    if writing and row.scope != "write":
        return _challenge(403, READ_ONLY_KEY, 'error="insufficient_scope", scope="write"')
    keys_store.touch(row)
    g.api_key = row  # who is asking, for whatever wants to know (rate limits, logs)
    return None


def bearer_token() -> str | None:
    """The token of the request's Bearer Authorization header ("" when empty); None without one."""
    return token_in(request.environ)


def token_in(environ: dict) -> str | None:
    """The token of a Bearer Authorization header in this WSGI environ, as `bearer_token`."""
    # From the environ: request.headers.get raises and catches a KeyError for an absent header.
    scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None  # no header, or another scheme: no credentials for us (RFC 6750, 3)
    return token.strip()


def reads_with(token: str) -> bool:
    """Whether a read that sent this key may go on, its use recorded as `authorize` records it;
    False where `authorize` answers 401 (unknown or revoked). Any key's scope allows a read."""
    row = keys_store.find_key(token)
    if row is None or row.revoked_at is not None:
        return False
    keys_store.touch(row)
    return True


def _challenge(status: int, detail: str, error: str = "") -> Response:
    """A problem with the RFC 6750 challenge; the key itself is never repeated back."""
    challenge = f"{CHALLENGE}, {error}" if error else CHALLENGE
    return problem(status, detail, headers={"WWW-Authenticate": challenge})


class BearerAuthPlugin(BasePlugin):
    """Documents the bearerAuth scheme: required on writes, optional on reads, with 401/403."""

    def __init__(self, app: Flask):
        self.app = app

    def init_spec(self, spec) -> None:
        """Register the security scheme and the 401/403 responses operations refer to."""
        self.spec = spec
        spec.components.security_scheme(
            SCHEME,
            {
                "type": "http",
                "scheme": "bearer",
                "description": "An API key from `python -m api keys create`. Writes need a"
                " key with the `write` scope; reads need none unless the server sets"
                " READ_REQUIRES_KEY=1, but a key sent with a read must be valid.",
            },
        )
        spec.components.header(
            "WWW-Authenticate",
            {
                "description": 'The RFC 6750 challenge: `Bearer realm="copydesk"`, with'
                ' `error="invalid_token"` or `error="insufficient_scope"` when a key was sent.',
                "required": True,
                "schema": {"type": "string"},
            },
        )
        for name, description in (
            ("Unauthorized", "No API key, or one that is malformed, unknown or revoked."),
            ("Forbidden", "The API key's scope does not allow this request (a `read` key)."),
        ):
            response = {
                "description": description,
                "schema": ProblemSchema,
                "headers": {"WWW-Authenticate": "WWW-Authenticate"},
            }
            prepare_response(response, spec, PROBLEM_MIMETYPE)
            spec.components.response(name, response)

    def operation_helper(self, path=None, operations=None, rule=None, **kwargs) -> None:
        """Declare the scheme and its error answers on every operation of a non-public view."""
        view = self.app.view_functions.get(rule.endpoint) if rule is not None else None
        if getattr(view, "public", False):
            return
        for method, operation in (operations or {}).items():
            responses = operation.setdefault("responses", {})
            responses[401] = "Unauthorized"
            if method.upper() in READ_METHODS:
                operation["security"] = [{}, {SCHEME: []}]  # {}: anonymous reads are allowed
            else:
                operation["security"] = [{SCHEME: []}]
                responses[403] = "Forbidden"
