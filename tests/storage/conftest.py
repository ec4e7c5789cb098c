"""Fixtures for the storage tests: running the CLI in a subprocess against the test database."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from api.config import PROJECT_ROOT


@pytest.fixture
def run_cli():
    """Run `python -m api ARGS...` with DATABASE_URL set; returns the CompletedProcess."""

    def run(database_url: str, *args: str, stdin: bytes | None = None):
        env = {**os.environ, "DATABASE_URL": database_url}
        return subprocess.run(
            [sys.executable, "-m", "api", *args],
            cwd=PROJECT_ROOT,
            env=env,
            input=stdin,
            capture_output=True,
            check=False,
        )

    return run
