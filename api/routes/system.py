"""Service endpoints: health."""

from __future__ import annotations

from flask_smorest import Blueprint

from api.db import database
from api.docs import problem_responses
from api.schemas import HealthSchema

blp = Blueprint("system", __name__, description="The service itself.")


@blp.route("/health", methods=["GET"])
@blp.doc(operationId="getHealth")
@blp.response(200, HealthSchema)
@problem_responses(blp, 503)
def health():
    """Whether the service and its database answer (503 when the database does not)."""
    # An unreachable database raises peewee.OperationalError, which the error handlers make 503.
    database.execute_sql("SELECT 1")
    return {"status": "ok"}
