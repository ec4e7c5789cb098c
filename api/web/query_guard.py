"""Every operation's query string is checked before its view: unknown, repeated or undecodable
parameters are a 400 naming them.

The lists and searches also refuse unknown parameters as they read their query string; the other
operations read none, so without this `GET /articles/1?fields=id` would quietly ignore it. A
repeated parameter would quietly count once, and bytes that are not UTF-8 would be read as
something the client never sent.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from flask import Flask, current_app, request
from flask_smorest.spec.plugins import FlaskPlugin

from api.web.errors import INVALID_FIELDS, problem

Operations = dict[tuple[str, str], frozenset[str]]


def documented_parameters(spec: dict) -> Operations:
    """(OpenAPI path, METHOD) → the names of the query parameters the operation documents."""
    found: Operations = {}
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            parameters = [*shared, *operation.get("parameters", [])]
            names = frozenset(p["name"] for p in parameters if p.get("in") == "query")
            found[path, method.upper()] = names
    return found


def undecodable(query_string: bytes) -> list[str]:
    """Names of the parameters whose name or value is not UTF-8 once percent-decoded."""
    bad = []
    for pair in query_string.split(b"&"):
        name, _, value = pair.partition(b"=")
        try:
            for part in (name, value):
                unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            bad.append(unquote_to_bytes(name).decode("utf-8", "replace"))
    return bad


def query_errors(known: frozenset[str]) -> list[dict]:
    """What is wrong with this request's query string for an operation taking `known`."""
    errors = [
        {"field": name, "message": "Not valid UTF-8 once percent-decoded."}
        for name in undecodable(request.query_string)
    ]
    takes = f"it takes {', '.join(sorted(known))}" if known else "it takes none"
    for name, values in request.args.lists():
        if name not in known:
            errors.append({"field": name, "message": f"Unknown query parameter; {takes}."})
        elif len(values) > 1:
            errors.append({"field": name, "message": "Given more than once; give it once."})
    return errors


def _operations() -> Operations:
    operations = current_app.extensions.get("documented_parameters")
    if operations is None:
        # Built on first use: the blueprints document their operations as they register.
        spec = current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec
        operations = documented_parameters(spec.to_dict())
        current_app.extensions["documented_parameters"] = operations
    return operations


def check_query_string():
    """Before the view: a 400 problem listing each parameter at fault, if any is."""
    if not request.query_string or request.url_rule is None:
        return None
    method = "GET" if request.method == "HEAD" else request.method
    known = _operations().get((FlaskPlugin.flaskpath2openapi(request.url_rule.rule), method))
    if known is None:
        return None  # outside the contract (the docs, the spec) or a method it does not have
    errors = query_errors(known)
    return problem(400, INVALID_FIELDS, errors=errors) if errors else None


def init_app(app: Flask) -> None:
    """Check the query string of every documented operation of this app."""
    app.before_request(check_query_string)
