"""People resources: everyone quoted in the stored articles, and one person with their roles."""

from __future__ import annotations

from werkzeug.exceptions import NotFound

from api.schemas.quotes import PeopleQuerySchema, PersonPageSchema, PersonSchema
from api.store import quotes as quotes_store
from api.values import MAX_ID
from api.web.docs import Blueprint, problem_responses
from api.web.errors import QUERY_ARGS

blp = Blueprint(
    "people", __name__, url_prefix="/people", description="People and organisations quoted."
)

# Ids past the 64-bit range cannot exist: the converter answers 404 before any query overflows.
PERSON_ID = f"<int(min=1, max={MAX_ID}):person_id>"


@blp.route("", methods=["GET"])
@blp.doc(operationId="listPeople")
@blp.arguments(PeopleQuerySchema, **QUERY_ARGS, as_kwargs=True)
@blp.response(200, PersonPageSchema)
def list_people(limit: int, offset: int, **filters):
    """A page of the people quoted in stored articles, by name; `q` matches part of the name."""
    items, total = quotes_store.list_people(limit=limit, offset=offset, name=filters.get("q"))
    return {"items": items, "total": total, "limit": limit, "offset": offset, "filters": filters}


@blp.route(f"/{PERSON_ID}", methods=["GET"])
@blp.doc(operationId="getPerson")
@blp.response(200, PersonSchema)
@problem_responses(blp, 404)
def get_person(person_id: int):
    """One person: the roles articles give them, and how many quotes and articles they have."""
    person = quotes_store.get_person(person_id)
    if person is None:
        raise NotFound(f"There is no person {person_id}.")
    return person
