"""Service endpoints: liveness (/health) and readiness (/health/ready)."""

from __future__ import annotations

from flask import current_app
from werkzeug.exceptions import ServiceUnavailable

from api.schemas.article import HealthSchema, ReadinessSchema
from api.store.db import UPGRADE_HINT, database, pending_migrations
from api.web.auth import public
from api.web.database import without_database
from api.web.docs import Blueprint, problem_responses

blp = Blueprint("system", __name__, description="The service itself.")


@blp.route("/health", methods=["GET"])
@blp.doc(operationId="getHealth")
@blp.response(200, HealthSchema)
@without_database
@public
def health():
    """Liveness: the process answers (the database is /health/ready's concern)."""
    # No database here: an outage there must not get healthy workers restarted.
    return {"status": "ok"}


@blp.route("/health/ready", methods=["GET"])
@blp.doc(operationId="getReadiness")
@blp.response(200, ReadinessSchema)
@problem_responses(blp, 503)
@public
def ready():
    """Readiness: the database answers and no migration is pending (503 naming what is not)."""
    # An unreachable database raises peewee.OperationalError, which the error handlers make 503.
    database.execute_sql("SELECT 1")
    pending = pending_migrations(database.obj, current_app.config["MIGRATIONS_DIR"])
    if pending:
        raise ServiceUnavailable(f"Migrations pending: {', '.join(pending)}; {UPGRADE_HINT}.")
    return {"status": "ready", "database": "ok", "migrations": "current"}
