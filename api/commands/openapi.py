"""`python -m api openapi [--check]`: write openapi.yaml from the code, or fail when it drifted."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from api.config import PROJECT_ROOT, Settings

SPEC_PATH = PROJECT_ROOT / "openapi.yaml"


def generated_spec() -> str:
    """The OpenAPI document that create_app's routes and schemas describe, as YAML."""
    from api import create_app
    from api.web.docs import spec_yaml

    # An in-memory database: generating the contract must not create or touch any file.
    return spec_yaml(create_app(Settings(database_url="sqlite:///:memory:")))


def run_openapi(check: bool, path: Path = SPEC_PATH) -> int:
    """Write the spec to `path`; with `check`, only compare and return 1 when it differs."""
    spec = generated_spec()
    if not check:
        path.write_text(spec, encoding="utf-8")
        print(f"wrote {path}")
        return 0
    committed = path.read_text(encoding="utf-8") if path.exists() else ""
    if committed == spec:
        print(f"{path.name} is up to date")
        return 0
    print(
        f"{path.name} differs from the code; run `python -m api openapi` and commit it",
        file=sys.stderr,
    )
    return 1


@click.command("openapi", short_help="write openapi.yaml from the code")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when openapi.yaml differs.")
def openapi_command(check: bool) -> int:
    """Write openapi.yaml from the code (routes and schemas).

    \b
    Example:
      .venv/bin/python -m api openapi --check
    """
    return run_openapi(check)
