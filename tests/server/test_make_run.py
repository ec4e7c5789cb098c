"""`make run` itself: beside a server already on its port it stops before changing anything
(the running server's development key keeps working), and once a server has stopped it serves
again."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from api.config import PROJECT_ROOT
from tests.gunicorn_server import START_SECONDS, STOP_SECONDS, Gunicorn
from tests.pg_cluster import free_port
from tests.synthetic import article

KEY_LINE = re.compile(r"^(cdk_\S+)$", re.MULTILINE)
EXAMPLES = len(list((PROJECT_ROOT / "examples").glob("*.txt")))


def make_run_env(port: int, database_url: str) -> dict[str, str]:
    """make run's environment: this port and database, one worker, a new key every run."""
    env = {**os.environ, "PORT": str(port), "DATABASE_URL": database_url, "WEB_CONCURRENCY": "1"}
    env.pop("COPYDESK_DEV_KEY", None)
    env.pop("MAKEFLAGS", None)  # a make above this test must not pass its options down
    return env


# CORPUS= : the examples only, even where a corpus sits beside the checkout.
MAKE_RUN = ["make", "--no-print-directory", "run", "CORPUS="]


def keys_table(database_url: str) -> str:
    listed = subprocess.run(
        [sys.executable, "-m", "api", "keys", "list"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=True,
    )
    return listed.stdout


def development_key(database_url: str) -> str:
    made = subprocess.run(
        [sys.executable, "-m", "api", "keys", "dev"],
        cwd=PROJECT_ROOT,
        env=make_run_env(0, database_url),
        capture_output=True,
        text=True,
        check=True,
    )
    return made.stdout.strip()


def test_a_second_make_run_beside_a_running_server_keeps_its_key(database_url, tmp_path):
    key = development_key(database_url)
    server = Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1)
    server.key = key  # the key its users hold: every write below sends it
    with server:
        keys_before = keys_table(database_url)

        second = subprocess.run(
            MAKE_RUN,
            cwd=PROJECT_ROOT,
            env=make_run_env(server.port, database_url),
            capture_output=True,
            text=True,
            timeout=START_SECONDS,
            check=False,
        )
        keys_after = keys_table(database_url)  # before the write below marks the key used
        listed = json.loads(server.request("GET", "/articles")[1])
        stored = server.request("POST", "/articles", article(1).encode())

    assert second.returncode != 0
    assert f"port {server.port} is already in use" in second.stderr
    assert f"process {server.process.pid} listens on it" in second.stderr  # gunicorn's master
    assert "make run: stopped before changing anything" in second.stderr
    # Nothing changed: the key still writes, no key was made or revoked, no article loaded.
    assert stored[0] == 201, stored
    assert keys_after == keys_before
    assert listed["total"] == 0


class MakeRun:
    """`make run` in the background, its output in a file, stopped as Ctrl-C would."""

    def __init__(self, port: int, database_url: str, output: Path):
        self.port, self.output = port, output
        with open(output, "wb") as sink:
            self.process = subprocess.Popen(
                MAKE_RUN, cwd=PROJECT_ROOT, env=make_run_env(port, database_url),
                stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )  # fmt: skip

    def wait_ready(self) -> str:
        """Wait for /health/ready; the development key make run printed."""
        deadline = time.monotonic() + START_SECONDS + 60  # migrations, examples, cache first
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output.read_text()
            try:
                if self.get("/health/ready")[0] == 200:
                    return KEY_LINE.findall(self.output.read_text())[-1]
            except OSError:
                pass  # not listening yet
            time.sleep(0.2)
        self.stop()
        pytest.fail(f"make run did not serve:\n{self.output.read_text()}")

    def get(self, path: str, key: str | None = None) -> tuple[int, bytes]:
        return self.send("GET", path, key=key)

    def send(self, method: str, path: str, body: bytes | None = None, key: str | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            headers = {"Content-Type": "text/plain"} | (
                {"Authorization": f"Bearer {key}"} if key else {}
            )
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def stop(self) -> int:
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            return self.process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            return self.process.wait()


def test_make_run_serves_again_once_the_first_has_stopped(tmp_path):
    # A database that does not exist yet, in a folder that does not either: a clean start.
    database_url = f"sqlite:///{tmp_path / 'var' / 'copydesk.db'}"
    port = free_port()

    first = MakeRun(port, database_url, tmp_path / "first.log")
    try:
        first_key = first.wait_ready()
        first_total = json.loads(first.get("/articles")[1])["total"]
    finally:
        first.stop()
    second = MakeRun(port, database_url, tmp_path / "second.log")
    try:
        second_key = second.wait_ready()
        second_total = json.loads(second.get("/articles")[1])["total"]
        with_new_key = second.send("POST", "/articles", article(2).encode(), second_key)
        with_old_key = second.send("POST", "/articles", article(3).encode(), first_key)
    finally:
        second.stop()

    assert (first_total, second_total) == (EXAMPLES, EXAMPLES)  # not stored twice
    assert with_new_key[0] == 201
    # Each run makes a new development key and revokes the one before (COPYDESK_DEV_KEY keeps one).
    assert with_old_key[0] == 401
    assert "already in use" not in second.output.read_text()
