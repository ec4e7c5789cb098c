"""Every operation of openapi.yaml fuzzed in-process with schemathesis and all its checks.

The settings (checks, per-operation expectations, seed, example counts, NDJSON serializer) live
in schemathesis.toml so that `schemathesis run` against a real server uses the same ones.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from api.config import PROJECT_ROOT
from tests.api.contract import SPEC_PATH

# schemathesis's WSGI transport hands gzip-coded bodies to its checks as they are (unlike requests
# over HTTP, which decodes them), so in-process cases ask for none; the CLI run covers gzip.
IDENTITY = {"Accept-Encoding": "identity"}
WORKFLOWS = 20  # state-machine scenarios per backend
WORKFLOW_STEPS = 6
CONFIG = schemathesis.Config.from_path(PROJECT_ROOT / "schemathesis.toml")
schema = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)


@schema.parametrize()
# One database per operation, shared by its examples like a real server's: that is the point.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_operation_keeps_the_contract(
    case, app, backend, stored_articles, api_headers, case_counter
):
    case_counter[case.operation.label, backend] += 1
    case.call_and_validate(app=app, headers={**IDENTITY, **api_headers})


def test_workflows_keep_the_contract(app, backend, stored_articles, api_headers, case_counter):
    """Sequences of calls (create, then read, patch, delete what was made), every step checked."""
    workflow = schema.as_state_machine()

    class InProcess(workflow):
        def get_call_kwargs(self, case):
            case_counter[f"workflow step: {case.operation.label}", backend] += 1
            return {"app": app, "headers": {**IDENTITY, **api_headers}}

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
