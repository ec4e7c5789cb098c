"""Fixtures of the server tests: Chromium for the browser tests."""

from __future__ import annotations

import os
import shutil

import pytest

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser() -> str:
    """Chromium's path; without it the test skips, except under CI=true where it fails
    (`make test` installs Chromium there as root)."""
    if BROWSER is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is not installed, and CI must run the browser tests")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return BROWSER
