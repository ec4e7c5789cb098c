"""Every operation of openapi.yaml fuzzed in-process with schemathesis and all its checks.

The settings (checks, per-operation expectations, seed, example counts, NDJSON serializer) live
in schemathesis.toml so that `schemathesis run` against a real server uses the same ones.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import ignored_auth

from api.config import PROJECT_ROOT
from tests.contract import SPEC_PATH
from tests.fuzz.conftest import STORED_IDS

# schemathesis's WSGI transport hands gzip-coded bodies to its checks as they are (unlike requests
# over HTTP, which decodes them), so in-process cases ask for none; the CLI run covers gzip.
IDENTITY = {"Accept-Encoding": "identity"}
WORKFLOWS = 20  # state-machine scenarios per backend
WORKFLOW_STEPS = 6
CONFIG = schemathesis.Config.from_path(PROJECT_ROOT / "schemathesis.toml")
schema = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)


def _credentials(case, api_headers: dict[str, str]) -> dict[str, str]:
    """A valid key where the case carries credentials; none where it tests their absence."""
    sent = {name.lower() for name in (case.headers or {})}
    needed = {name.lower() for name in api_headers}
    return api_headers if needed <= sent else {}


@schema.parametrize()
# One database per operation, shared by its examples like a real server's: that is the point.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_operation_keeps_the_contract(
    case, app, backend, stored_articles, api_headers, case_counter
):
    case_counter[case.operation.label, backend] += 1
    # The `ignored_auth` check re-sends a case without its key through the schema's own
    # transport: bound to this test's app, that probe stays in-process too.
    case.operation.schema.app = app
    case.call_and_validate(app=app, headers={**IDENTITY, **_credentials(case, api_headers)})


def _reset_to_the_seed(client, api_headers, seed_lines: bytes) -> None:
    """Every article deleted, then the seed articles restored under their ids from their export
    lines: each scenario starts from the same database, so that hypothesis, which replays a
    scenario's choices, meets the same answers (an article a scenario made or deleted would
    change which steps the next one can take)."""
    listed = client.get("/articles?fields=id&limit=100", headers=api_headers).get_json()
    for item in listed["items"]:
        client.delete(f"/articles/{item['id']}", headers=api_headers)
    restored = client.post(
        "/articles/import",
        data=seed_lines,
        content_type="application/x-ndjson",
        headers=api_headers,
    ).get_json()
    assert restored["created"] == len(STORED_IDS), restored


def test_workflows_keep_the_contract(
    app, client, backend, stored_articles, api_headers, case_counter
):
    """Sequences of calls (create, then read, patch, delete what was made), every step checked."""
    workflow = schema.as_state_machine()
    seed_lines = b"".join(
        client.get(f"/articles/{article_id}", headers=api_headers).data + b"\n"
        for article_id in stored_articles
    )

    class InProcess(workflow):
        def setup(self):
            _reset_to_the_seed(client, api_headers, seed_lines)

        def get_call_kwargs(self, case):
            case_counter[f"workflow step: {case.operation.label}", backend] += 1
            case.operation.schema.app = app  # see test_operation_keeps_the_contract
            return {"app": app, "headers": {**IDENTITY, **_credentials(case, api_headers)}}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            # Steps swap schemathesis's made-up key for a valid one, so `ignored_auth` would read
            # their 200s as a made-up key accepted; the single-operation runs above keep that check.
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=[ignored_auth],
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    InProcess.run(
        settings=settings(
            max_examples=WORKFLOWS,
            stateful_step_count=WORKFLOW_STEPS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
