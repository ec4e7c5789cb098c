"""/docs renders in a real browser under its Content-Security-Policy (when Chromium is here)."""

from __future__ import annotations

from tests.gunicorn_server import Gunicorn
from tests.server.conftest import headless


def test_swagger_ui_renders_every_operation_under_the_csp(browser, database_url, tmp_path):
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1) as server:
        result = headless(browser, "--dump-dom", f"http://127.0.0.1:{server.port}/docs")

    # The operations are drawn by the page's inline script, which runs only by its nonce.
    assert "/articles/{article_id}" in result.stdout, result.stderr[-2000:]
    assert result.stdout.count('class="opblock-summary-path"') >= 10


def test_swagger_ui_under_a_mount_offers_the_mount_as_its_server(browser, database_url, tmp_path):
    env = {"SCRIPT_NAME": "/copydesk"}
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1, env=env) as server:
        result = headless(browser, "--dump-dom", f"http://127.0.0.1:{server.port}/copydesk/docs")

    # The contract loaded from the mount, and "Try it out" sends to the server it names.
    assert "/articles/{article_id}" in result.stdout, result.stderr[-2000:]
    assert '<option value="/copydesk">' in result.stdout, result.stdout[:3000]
