"""The OpenAPI contract: the flask-smorest Api that documents problems, the YAML, offline docs."""

from __future__ import annotations

import http
import secrets
from html import escape

import yaml
from flask import Blueprint as FlaskBlueprint
from flask import Flask, current_app, request, send_from_directory, url_for
from flask_smorest import Api
from flask_smorest import Blueprint as ApiBlueprint
from flask_smorest.utils import prepare_response
from swagger_ui_bundle import swagger_ui_path

from api.schemas.article import ProblemSchema
from api.web.auth import public
from api.web.errors import PROBLEM_MIMETYPE, register_error_handlers
from api.web.response_headers import error_headers
from api.web.security_headers import page_csp

API_TITLE = "Copydesk"
API_VERSION = "0.1.0"  # the contract's version: bump it when openapi.yaml changes incompatibly
OPENAPI_VERSION = "3.0.3"  # the Swagger UI that swagger-ui-bundle ships renders 3.0.x only
API_DESCRIPTION = (
    "Parses plain-text news-article exports into structure (headline, bullets, images with"
    " caption and credit, body blocks, quotes and who said them) and serves them, with the people"
    " quoted across articles. Every error is an RFC 9457"
    " `application/problem+json` document."
)


class Blueprint(ApiBlueprint):
    """flask-smorest's Blueprint whose documenting decorators (`doc`, `alt_response`) document
    a view without wrapping it. flask-smorest wraps the view in one more function per decorator,
    each only passing the call on; a read of one article went through eight of them.
    """

    def doc(self, **kwargs):
        """Document the operation (as flask-smorest's `doc`)."""
        return _documenting_only(super().doc(**kwargs))

    def alt_response(self, *args, **kwargs):
        """Document another response of the operation (as flask-smorest's `alt_response`)."""
        return _documenting_only(super().alt_response(*args, **kwargs))


def _documenting_only(decorator):
    """Apply a flask-smorest decorator for the documentation it records, keeping the view itself.

    Example: `_documenting_only(blp.doc(summary="x"))(view) is view`, and view._apidoc has it.
    """

    def document(view):
        view._apidoc = decorator(view)._apidoc
        return view

    return document


class ProblemApi(Api):
    """flask-smorest's Api, with every error documented and answered as problem+json."""

    ERROR_SCHEMA = ProblemSchema

    def _register_error_handlers(self) -> None:
        register_error_handlers(self._app)

    def _register_responses(self) -> None:
        # flask-smorest documents errors as application/json; ours are problem+json.
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
                response["headers"] = error_headers(status)
            prepare_response(response, self.spec, PROBLEM_MIMETYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {
            "description": "Any other error",
            "schema": self.ERROR_SCHEMA,
            "headers": error_headers(None),
        }
        prepare_response(response, self.spec, PROBLEM_MIMETYPE)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, response, lazy=True)

    def _register_pagination_header(self) -> None:
        # Our pages carry their counts in the body (ArticlePage), not in flask-smorest's header.
        return None


def problem_responses(blp: Blueprint, *statuses: int):
    """Document that an operation can answer these error statuses (as problem+json)."""

    def decorator(func):
        for status in statuses:
            func = blp.alt_response(status, response=http.HTTPStatus(status).name)(func)
        return func

    return decorator


def init_api(app: Flask) -> ProblemApi:
    """Configure and attach the Api; flask-smorest's own spec and UI routes stay off."""
    app.config.update(
        API_TITLE=API_TITLE,
        API_VERSION=API_VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS={"info": {"description": API_DESCRIPTION}},
        OPENAPI_URL_PREFIX=None,
    )
    return ProblemApi(app)


TOP_LEVEL_ORDER = ["openapi", "info", "servers", "tags", "paths", "components"]
OPERATION_ORDER = ["summary", "operationId", "tags", "parameters", "requestBody", "responses"]


def _ordered(mapping: dict, order: list[str]) -> dict:
    """The mapping with `order`'s keys first, in that order, then the rest as they came."""
    first = {key: mapping[key] for key in order if key in mapping}
    return first | {key: value for key, value in mapping.items() if key not in first}


def _tidy(spec: dict) -> dict:
    """Reading order for people: operations as summary → responses, responses by status code."""
    for path in spec.get("paths", {}).values():
        for method, operation in path.items():
            if method == "parameters":
                continue
            responses = operation.get("responses", {})
            codes = sorted(responses, key=lambda code: (code == "default", str(code)))
            operation["responses"] = {code: responses[code] for code in codes}
            path[method] = _ordered(operation, OPERATION_ORDER)
    return _ordered(spec, TOP_LEVEL_ORDER)


def spec_yaml(app: Flask, script_root: str = "") -> str:
    """The app's OpenAPI document as YAML, in a deterministic order.

    Served under a mount (`script_root`, /copydesk) it names that mount as its server, so that
    clients generated from it and "Try it out" in /docs call /copydesk/articles, not /articles.
    At the root it has no `servers`: the committed openapi.yaml.
    """
    spec = app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    if script_root:
        spec["servers"] = [{"url": script_root, "description": "where this server mounts the API"}]
    return yaml.safe_dump(_tidy(spec), sort_keys=False, allow_unicode=True, width=100)


bp = FlaskBlueprint("docs", __name__)

SWAGGER_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="{css}">
<link rel="icon" type="image/png" href="{icon}">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{js}"></script>
<script nonce="{nonce}">
window.ui = SwaggerUIBundle({{
  url: "{spec}",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout"
}});
</script>
</body>
</html>
"""


@bp.get("/openapi.yaml")
@public
def openapi_yaml():
    """The OpenAPI contract, generated from the code (equal to the committed openapi.yaml)."""
    return current_app.response_class(
        spec_yaml(current_app, request.script_root), mimetype="application/yaml"
    )


@bp.get("/docs")
@public
def swagger_ui():
    """Interactive documentation; every asset is served from here, nothing from outside."""
    # The page's one inline script runs by this nonce; the CSP lets no other script run.
    nonce = secrets.token_urlsafe(16)
    page = SWAGGER_PAGE.format(
        nonce=nonce,
        title=escape(f"{API_TITLE} API"),
        css=url_for(".asset", filename="swagger-ui.css"),
        icon=url_for(".asset", filename="favicon-32x32.png"),
        js=url_for(".asset", filename="swagger-ui-bundle.js"),
        spec=url_for(".openapi_yaml"),
    )
    response = current_app.response_class(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = page_csp(nonce)
    response.headers["Cache-Control"] = "no-store"  # a cached page would reuse a spent nonce
    return response


@bp.get("/docs/<path:filename>")
@public
def asset(filename: str):
    """Swagger UI's static files, from the swagger-ui-bundle package."""
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
