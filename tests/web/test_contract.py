"""openapi.yaml is generated from the code, committed, and equal to the routes the app serves."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from flask_smorest.spec.plugins import FlaskPlugin

from api.commands.openapi import run_openapi
from api.config import PROJECT_ROOT
from tests.contract import OUTSIDE_CONTRACT, SPEC_PATH

IMPLICIT_METHODS = {"HEAD", "OPTIONS"}  # answered by Flask for every route


@pytest.fixture(scope="module")
def spec() -> dict:
    """The committed openapi.yaml."""
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def _operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method != "parameters":
                yield path, method, operation


def test_committed_spec_matches_the_code():
    result = subprocess.run(
        [sys.executable, "-m", "api", "openapi", "--check"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


def test_check_fails_on_a_drifted_file(tmp_path, capsys):
    drifted = tmp_path / "openapi.yaml"
    drifted.write_text(SPEC_PATH.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")

    assert run_openapi(check=True, path=drifted) == 1
    assert "differs" in capsys.readouterr().err


def test_write_then_check_passes(tmp_path):
    target = tmp_path / "openapi.yaml"

    assert run_openapi(check=False, path=target) == 0
    assert run_openapi(check=True, path=target) == 0
    assert target.read_text(encoding="utf-8") == SPEC_PATH.read_text(encoding="utf-8")


def test_routes_and_methods_equal_the_spec_paths(app, spec):
    served = {
        (FlaskPlugin.flaskpath2openapi(rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if not rule.rule.startswith(OUTSIDE_CONTRACT)
        for method in rule.methods - IMPLICIT_METHODS
    }

    documented = {(path, method) for path, method, _ in _operations(spec)}

    assert served == documented


def test_every_operation_has_a_unique_operation_id(spec):
    ids = [operation.get("operationId") for _, _, operation in _operations(spec)]

    assert all(ids)
    assert len(set(ids)) == len(ids)


def test_every_error_response_is_documented_as_problem_json(spec):
    responses = spec["components"]["responses"]
    for path, method, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if status != "default" and int(status) < 400:
                continue
            if "$ref" in response:
                response = responses[response["$ref"].rsplit("/", 1)[-1]]
            content = response["content"]
            assert list(content) == ["application/problem+json"], (path, method, status)
            schema = content["application/problem+json"]["schema"]
            if schema != {"$ref": "#/components/schemas/Problem"}:
                # A problem with extension members (RFC 9457 3.2), such as an import's report:
                # every member of Problem, as Problem has it, and more.
                _assert_extends_problem(spec, schema, (path, method, status))


def _assert_extends_problem(spec, schema: dict, where) -> None:
    schemas = spec["components"]["schemas"]
    problem, extended = schemas["Problem"], schemas[schema["$ref"].rsplit("/", 1)[-1]]
    for name, member in problem["properties"].items():
        assert extended["properties"].get(name) == member, (where, name)
    assert set(problem["required"]) <= set(extended["required"]), where
    assert set(extended["properties"]) > set(problem["properties"]), where
