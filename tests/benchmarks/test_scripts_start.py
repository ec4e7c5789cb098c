"""Every benchmark script still starts: its imports follow the code as it moves (figures are
measured by running the scripts, never here)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from api.config import PROJECT_ROOT

SCRIPTS = sorted(
    path
    for path in (PROJECT_ROOT / "benchmarks").glob("*.py")
    if path.name != "harness.py" and "argparse" in path.read_text()
)
# Imported by the scripts, not run.
LIBRARIES = ("callgrind", "derived_rows", "harness", "html_split", "synth")


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_the_script_answers_help(script):
    result = subprocess.run(
        [sys.executable, str(script), "--help"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr[-2000:]
    assert "usage:" in result.stdout


@pytest.mark.parametrize("module", LIBRARIES)
def test_the_shared_modules_import(module):
    result = subprocess.run(
        [sys.executable, "-c", f"import benchmarks.{module}"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr[-2000:]
