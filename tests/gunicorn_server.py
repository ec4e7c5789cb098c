"""The real server for system tests and benchmarks: gunicorn with our config, on a free port."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from api.config import PROJECT_ROOT
from api.store import keys as keys_store
from api.store.db import open_database
from api.store.models import ApiKey
from api.web.auth import READ_METHODS
from tests.pg_cluster import free_port

START_SECONDS = 60  # a bound on start-up, not an expectation: it usually takes about a second
STOP_SECONDS = 30


def issue_key(database_url: str, name: str = "gunicorn tests") -> str:
    """A new `write` key stored in a migrated database, for a client of a real server."""
    db = open_database(database_url)
    try:
        with db.bind_ctx([ApiKey]), db.connection_context():
            return keys_store.create_key(name, "write")[1]
    finally:
        db.close()


# Tests that hammer the server measure storage, not the rate limits: those are off unless a
# test turns them on through `env`.
HAMMER_ENV = {"RATELIMIT_ENABLED": "0"}


class Gunicorn:
    """gunicorn serving create_app() for one DATABASE_URL; its output goes to `log`.

    Every write request() carries an API key made in that database, so callers never deal with
    keys.
    Benchmarks serve another entry point (`app`), pass more gunicorn `options` or environment.
    """

    def __init__(
        self,
        database_url: str,
        log: Path,
        workers: int = 4,
        *,
        app: str = "api:create_app()",
        options: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ):
        self.database_url = database_url
        self.log = log
        self.workers = workers
        self.app, self.options = app, options
        # Metrics files beside the log (tmp_path), not in /tmp: a SIGKILLed master leaves them.
        metrics_dir = str(log.parent / "metrics")
        self.env = {**HAMMER_ENV, "PROMETHEUS_MULTIPROC_DIR": metrics_dir, **(env or {})}
        # Under SCRIPT_NAME the API answers only below it: readiness is probed there.
        self.mount = self.env.get("SCRIPT_NAME", "").rstrip("/")
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.key = ""

    def start(self) -> Gunicorn:
        """Start the master and its workers, and wait until /health/ready answers 200."""
        self.port = free_port()
        self.key = self.key or issue_key(self.database_url)
        env = {
            **os.environ,
            **self.env,
            "DATABASE_URL": self.database_url,
            "PYTHONUNBUFFERED": "1",
        }
        command = [
            sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py",
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
            *self.options, self.app,
        ]  # fmt: skip
        with open(self.log, "ab") as log:
            # A session of its own, so that kill() can reach the master and every worker at once.
            self.process = subprocess.Popen(
                command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited at start-up:\n{self.output()}")
            try:
                if self.request("GET", f"{self.mount}/health/ready")[0] == 200:
                    return self
            except OSError:
                pass  # not listening yet
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"gunicorn was not ready in {START_SECONDS} s:\n{self.output()}")

    def stop(self) -> None:
        """Graceful shutdown (SIGTERM); kill() if it lingers."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL the master and every worker at once, as a power cut or the OOM killer would."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # already gone
        self.process.wait()

    def request(
        self, method: str, path: str, body: bytes | None = None, content_type: str = "text/plain"
    ) -> tuple[int, bytes]:
        """One request on a new connection; (status, body). OSError when nothing answers."""
        headers = {"Content-Type": content_type} if body is not None else {}
        status, _, data = self.exchange(method, path, body, headers)
        return status, data

    def exchange(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        """One request on a new connection; (status, response headers, body)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            headers = {**self.credentials(method), **(headers or {})}
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()

    def credentials(self, method: str) -> dict[str, str]:
        """The key for a write; reads go without, as a browser's do (and a key costs a lookup)."""
        return {} if method in READ_METHODS else {"Authorization": f"Bearer {self.key}"}

    def output(self) -> str:
        """Everything gunicorn and the app have logged so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> Gunicorn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
