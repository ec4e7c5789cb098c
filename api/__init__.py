"""The application factory: settings, database, API keys, OpenAPI, errors and blueprints."""

from __future__ import annotations

from inspect import iscoroutinefunction
from types import FunctionType

import orjson
from flask import Flask, Response
from flask.json.provider import JSONProvider

from api.config import Settings
from api.observability.request_id import REQUEST_KEY


class OrjsonProvider(JSONProvider):
    """Flask's JSON through orjson: faster, and keys stay in the order the schemas declare."""

    def dumps(self, obj, **kwargs) -> str:
        """Serialise to a JSON string."""
        return orjson.dumps(obj).decode()

    def loads(self, s, **kwargs):
        """Parse a JSON string or bytes."""
        return orjson.loads(s)

    def response(self, *args, **kwargs):
        """A JSON response, as `flask.jsonify` builds it."""
        body = orjson.dumps(self._prepare_response_obj(args, kwargs))
        return self._app.response_class(body, mimetype="application/json")


class CopydeskResponse(Response):
    """Flask's response, handing the server its headers without werkzeug's copy when none needs
    fixing for the environment.

    werkzeug copies every response's headers (checking each value again) to fix Location,
    Content-Location and Content-Length for some statuses; most answers need none of that.
    """

    def get_wsgi_response(self, environ: dict):
        """(body, status line, header list) for the server, as werkzeug's."""
        status = self.status_code
        if 200 <= status < 300 and status != 204:
            names = {name.lower() for name, _ in self.headers.items()}
            if "content-length" in names and names.isdisjoint(FIXED_HEADERS):
                return self.get_app_iter(environ), self.status, self.headers.to_wsgi_list()
        return super().get_wsgi_response(environ)


# Headers werkzeug's get_wsgi_headers rewrites (made absolute, IRIs quoted).
FIXED_HEADERS = frozenset({"location", "content-location"})


class CopydeskFlask(Flask):
    """Flask, asking once per function whether it is a coroutine function.

    Flask asks `inspect.iscoroutinefunction` of every hook, view and flask-smorest decorator
    layer on every request (about twenty times for a cached read); the answer never changes for
    a function, so it is remembered. Bound methods are remembered by their function, since a
    MethodView binds a new one per request; other callables (partials) are asked each time, so
    that nothing made per request is kept.
    """

    response_class = CopydeskResponse

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._is_coroutine: dict = {}
        # Answers cached reads of one article without the request cycle (api/web/fast_read.py):
        # the body, or None to leave the request to Flask.
        self.fast_reads = None

    def wsgi_app(self, environ: dict, start_response):
        """Flask's WSGI app, after the fast path for cached reads; the middleware wraps both."""
        fast_reads = self.fast_reads
        if fast_reads is not None:
            body = fast_reads(environ, start_response)
            if body is not None:
                return body
        return super().wsgi_app(environ, start_response)

    def ensure_sync(self, func):
        """`func` as it is, or wrapped to run to completion when it is a coroutine function."""
        is_coroutine = self._is_coroutine.get(func)  # a plain function: found at once
        if is_coroutine is None:
            key = getattr(func, "__func__", func)
            is_coroutine = self._is_coroutine.get(key)
            if is_coroutine is None:
                is_coroutine = iscoroutinefunction(func)
                if isinstance(key, FunctionType):
                    self._is_coroutine[key] = is_coroutine
        return self.async_to_sync(func) if is_coroutine else func

    def request_context(self, environ: dict):
        """Flask's request context, its request also left in the environ for the access line,
        which is written after the context has ended (api/observability/access.py)."""
        context = super().request_context(environ)
        environ[REQUEST_KEY] = context.request
        return context


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app for these settings (default: from the environment); creates no tables."""
    # Imported here so that `import api` (and the CLI) stay free of Flask-side set-up.
    from api.observability import access
    from api.observability.startup import log_startup
    from api.routes import articles, bulk, feeds, metrics, people, quotes, system
    from api.web import (
        auth,
        cors,
        fast_read,
        http_cache,
        limits,
        mount,
        proxies,
        query_guard,
        response_headers,
        security_headers,
    )
    from api.web import database as db
    from api.web.docs import bp as docs_bp
    from api.web.docs import init_api

    settings = settings or Settings.from_env()
    app = CopydeskFlask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.config["SETTINGS"] = settings  # for views with limits of their own (bulk import)
    app.json = OrjsonProvider(app)
    proxies.init_app(app, settings.trusted_proxies)
    # Order matters: hooks run before_request in this order, after_request in reverse.
    cors.init_app(app, settings.cors_origins)
    # A path outside SCRIPT_NAME is answered here: not rate limited, no database connection.
    mount.init_app(app, settings.script_name)
    # Before the database and any key check: a refused request opens no connection, and
    # requests with bad keys still count against the per-address limits.
    limits.init_app(app, settings)
    db.init_app(app, settings)
    api = init_api(app)
    auth.init_app(app, api, settings)  # after db: the key lookup needs the request's connection
    http_cache.init_app(app, api)  # before the blueprints: it documents their GETs as they come
    response_headers.init_spec(api.spec, limits.EXEMPT_PATHS)  # likewise
    api.register_blueprint(articles.blp)
    api.register_blueprint(bulk.blp)
    api.register_blueprint(quotes.blp)
    api.register_blueprint(people.blp)
    api.register_blueprint(feeds.blp)
    api.register_blueprint(system.blp)
    api.register_blueprint(metrics.blp)
    app.register_blueprint(docs_bp)
    query_guard.init_app(app)
    fast_read.init_app(app)  # after every hook: it answers as they would
    access.init_app(app)  # wraps the mount and trusted proxies: logs the path and address they set
    security_headers.init_app(app)  # last: the outermost middleware
    log_startup(settings)
    return app
