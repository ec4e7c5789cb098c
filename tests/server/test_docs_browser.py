"""/docs renders in a real browser under its Content-Security-Policy (when Chromium is here)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.gunicorn_server import Gunicorn

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_SECONDS = 120  # a bound, not an expectation: rendering takes a few seconds


@pytest.fixture
def browser() -> str:
    """Chromium's path; without it the test skips, except under CI=true where it fails
    (`make test` installs Chromium there as root)."""
    if BROWSER is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is not installed, and CI must run the browser tests")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return BROWSER


def test_swagger_ui_renders_every_operation_under_the_csp(browser, database_url, tmp_path):
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1) as server:
        result = subprocess.run(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--virtual-time-budget=10000",
                "--dump-dom", f"http://127.0.0.1:{server.port}/docs",
            ],
            capture_output=True, text=True, timeout=BROWSER_SECONDS, check=False,
        )  # fmt: skip

    # The operations are drawn by the page's inline script, which runs only by its nonce.
    assert "/articles/{article_id}" in result.stdout, result.stderr[-2000:]
    assert result.stdout.count('class="opblock-summary-path"') >= 10


def test_swagger_ui_under_a_mount_offers_the_mount_as_its_server(browser, database_url, tmp_path):
    env = {"SCRIPT_NAME": "/copydesk"}
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1, env=env) as server:
        result = subprocess.run(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--virtual-time-budget=10000",
                "--dump-dom", f"http://127.0.0.1:{server.port}/copydesk/docs",
            ],
            capture_output=True, text=True, timeout=BROWSER_SECONDS, check=False,
        )  # fmt: skip

    # The contract loaded from the mount, and "Try it out" sends to the server it names.
    assert "/articles/{article_id}" in result.stdout, result.stderr[-2000:]
    assert '<option value="/copydesk">' in result.stdout, result.stdout[:3000]
