"""Fixtures of the server tests: Chromium for the browser tests."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_SECONDS = 120  # a bound, not an expectation: rendering takes a few seconds


def headless(browser: str, *args: str, budget_ms: int = 10000) -> subprocess.CompletedProcess:
    """Chromium run headless with `args` (a URL last), reaching nothing outside this machine."""
    return subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", f"--virtual-time-budget={budget_ms}", *args,
        ],
        capture_output=True, text=True, timeout=BROWSER_SECONDS, check=False,
    )  # fmt: skip


@pytest.fixture
def browser() -> str:
    """Chromium's path; without it the test skips, except under CI=true where it fails
    (`make test` installs Chromium there as root)."""
    if BROWSER is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is not installed, and CI must run the browser tests")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return BROWSER
