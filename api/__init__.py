"""The application factory: settings, database, OpenAPI, error handlers and blueprints."""

from __future__ import annotations

import orjson
from flask import Flask
from flask.json.provider import JSONProvider

from api.config import Settings


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


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app for these settings (default: from the environment); creates no tables."""
    # Imported here so that `import api` (and the CLI) stay free of Flask-side set-up.
    from api import db, http_cache, query_guard
    from api.docs import bp as docs_bp
    from api.docs import init_api
    from api.routes import articles, bulk, people, quotes, system

    settings = settings or Settings.from_env()
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.config["SETTINGS"] = settings  # for views with limits of their own (bulk import)
    app.json = OrjsonProvider(app)
    db.init_app(app, settings)
    api = init_api(app)
    http_cache.init_app(app, api)  # before the blueprints: it documents their GETs as they come
    api.register_blueprint(articles.blp)
    api.register_blueprint(bulk.blp)
    api.register_blueprint(quotes.blp)
    api.register_blueprint(people.blp)
    api.register_blueprint(system.blp)
    app.register_blueprint(docs_bp)
    query_guard.init_app(app)
    return app
